"""Reading one spreadsheet cell as a number or a date, the way Chinese back-office exports write them.

生意参谋, 京东商智 and ERP exports write ``2.50%``, ``1,234``, ``¥15.00``, ``--`` for "no data", and dates as
``2024/3/1``, ``2024-03-01``, ``2024年3月1日`` or ``20240301``. Errors are ``ValueError`` with a Chinese reason,
because the person reading the import report is the seller, not a developer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

EMPTY = {"", "-", "--", "—", "——", "/", "n/a", "N/A", "null", "None", "无"}
_STRIP = str.maketrans({",": None, "，": None, "¥": None, "￥": None, " ": None, "\u3000": None, "元": None})
_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s*(\d{1,2})[:：时](\d{2})?(?:[:：分](\d{2}))?)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?$"),
]


def is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip() in EMPTY)


def parse_number(raw: object, percent_format: bool = False) -> tuple[float, bool]:
    """(value, written as a percentage). ``2.5%`` → (2.5, True); an Excel cell holding 0.025 formatted as a
    percentage → (2.5, True); ``1,234`` → (1234.0, False)."""
    if isinstance(raw, bool):
        raise ValueError("不是数字")
    if isinstance(raw, (int, float)):
        return (float(raw) * 100, True) if percent_format else (float(raw), False)
    text = str(raw).strip()
    try:
        value = float(text)  # the common case first: plain numbers in big files
    except ValueError:
        return _parse_text_number(text)
    if value - value != 0:  # nan, inf
        raise ValueError("不是有限的数字")
    return value, False


@lru_cache(maxsize=4096)
def _parse_text_number(text: str) -> tuple[float, bool]:
    cleaned = text.translate(_STRIP)
    percent = cleaned.endswith(("%", "％"))
    if percent:
        cleaned = cleaned[:-1]
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError("百分比格式不对" if percent else "不是数字") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("不是有限的数字")
    return value, percent


def parse_time(raw: object, timezone: str) -> datetime:
    """A cell as an aware UTC datetime; dates without a time are local midnight in ``timezone``."""
    if isinstance(raw, datetime):
        moment = raw
    elif isinstance(raw, date):
        moment = datetime.combine(raw, time())
    else:
        return _parse_text_time(str(raw).strip(), timezone)
    zone = ZoneInfo(timezone)
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(ZoneInfo("UTC"))


@lru_cache(maxsize=65536)
def _parse_text_time(text: str, timezone: str) -> datetime:
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
            try:
                local = datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(timezone))
            except ValueError:
                raise ValueError("日期不存在") from None
            return local.astimezone(ZoneInfo("UTC"))
    raise ValueError("日期无法识别（可用 2024-03-01、2024/3/1、2024年3月1日、20240301）")
