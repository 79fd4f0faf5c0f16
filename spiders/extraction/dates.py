"""Times as review and mention listings show them, to aware UTC datetimes.

Chinese sites show "2024-05-01 12:30", "2024年5月1日", "05-01" (this year), "3天前", "昨天 18:20", "刚刚",
or epoch seconds/milliseconds in JSON. Times without a zone are China time (Asia/Shanghai).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")
_FULL = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2}):(\d{2}))?$")
_AGO = re.compile(r"(\d+)\s*(秒|分钟|小时|天|周|个月|月|年)前")
_AGO_UNITS = {"秒": 1, "分钟": 60, "小时": 3600, "天": 86400, "周": 7 * 86400, "个月": 30 * 86400, "月": 30 * 86400,
              "年": 365 * 86400}
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def _local(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=CHINA).astimezone(UTC)
    except ValueError:
        return None


def parse_time(value: object, now: datetime | None = None) -> datetime | None:
    """A listing's time as aware UTC, or None when the value is not a recognisable time."""
    now = now or datetime.now(UTC)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=CHINA).astimezone(UTC)
    if isinstance(value, (int, float)) or (isinstance(value, str) and re.fullmatch(r"\d{10}(\d{3})?", value.strip())):
        number = float(value)
        seconds = number / 1000 if number > 1e11 else number
        return datetime.fromtimestamp(seconds, UTC) if seconds > 0 else None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)  # Python 3.11 reads a trailing "Z" too
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=CHINA).astimezone(UTC)
    except ValueError:
        pass
    if re.match(r"^[A-Z][a-z]{2}, \d", text):  # RFC 2822, as in RSS
        try:
            parsed = parsedate_to_datetime(text)
            return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (TypeError, ValueError):
            return None
    if match := _FULL.search(text):
        parts = [int(p) if p else 0 for p in match.groups()]
        return _local(*parts)
    local_now = now.astimezone(CHINA)
    if match := _MONTH_DAY.match(text):
        month, day, hour, minute = (int(p) if p else 0 for p in match.groups())
        found = _local(local_now.year, month, day, hour, minute)
        if found and found > now + timedelta(days=1):  # "12-30" seen in January is last year's
            found = _local(local_now.year - 1, month, day, hour, minute)
        return found
    if text in ("刚刚", "刚才", "just now"):
        return now
    if match := _AGO.search(text):
        return now - timedelta(seconds=int(match.group(1)) * _AGO_UNITS[match.group(2)])
    for word, days in (("前天", 2), ("昨天", 1), ("今天", 0)):
        if word in text:
            day = local_now - timedelta(days=days)
            clock = _CLOCK.search(text)
            hour, minute = (int(clock.group(1)), int(clock.group(2))) if clock else (0, 0)
            return _local(day.year, day.month, day.day, hour, minute)
    return None


def is_relative_time(value: object) -> bool:
    """"3天前" and "昨天" mean another instant tomorrow: not usable in a stable dedupe key."""
    return isinstance(value, str) and bool(re.search(r"前|昨天|今天|刚刚|刚才|ago|just now", value))
