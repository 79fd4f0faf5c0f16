"""What each kind of channel accepts: message format, size limit in UTF-8 bytes, and a send budget.

The numbers are the vendors' documented limits, with a little room left for the JSON around the text:
DingTalk rejects requests over 20000 bytes; a WeCom group bot takes 2048 bytes of text or 4096 of markdown;
a Feishu/Lark bot about 30 KB. Chat robots throttle at about 20 messages per minute per robot (DingTalk
then blocks for ten minutes), so that is the default budget for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlsplit

MARKDOWN, TEXT = "markdown", "text"
ROBOT_PER_MINUTE = 20


@dataclass(frozen=True)
class ChannelProfile:
    scheme: str
    body_format: str  # MARKDOWN or TEXT: which template the message is rendered with
    max_bytes: int  # budget for title + body, UTF-8 bytes
    per_minute: int  # messages per minute per channel; 0 = no limit


_PROFILES = {
    "dingtalk": ChannelProfile("dingtalk", MARKDOWN, 19000, ROBOT_PER_MINUTE),
    "wecombot": ChannelProfile("wecombot", MARKDOWN, 4000, ROBOT_PER_MINUTE),
    "feishu": ChannelProfile("feishu", MARKDOWN, 29000, ROBOT_PER_MINUTE),
    "lark": ChannelProfile("lark", MARKDOWN, 29000, ROBOT_PER_MINUTE),
    "mailto": ChannelProfile("mailto", MARKDOWN, 500_000, 0),
    "mailtos": ChannelProfile("mailtos", MARKDOWN, 500_000, 0),
}
_TEXT_LIMITS = {"wecombot": 2000}  # WeCom text messages are half the size of markdown ones
_NATIVE_HOSTS = {
    "oapi.dingtalk.com": "dingtalk",
    "qyapi.weixin.qq.com": "wecombot",
    "open.feishu.cn": "feishu",
    "open.larksuite.com": "lark",
}
DEFAULT_PROFILE = ChannelProfile("other", MARKDOWN, 60_000, 0)


def channel_kind(url: str) -> str:
    """The scheme, or the vendor for a native webhook URL (https://oapi.dingtalk.com/robot/send?…)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") and (parts.hostname or "").lower() in _NATIVE_HOSTS:
        return _NATIVE_HOSTS[(parts.hostname or "").lower()]
    return scheme


def profile_for(url: str, per_minute: dict[str, int] | None = None) -> ChannelProfile:
    """The profile of one channel URL. ``?format=text`` (Apprise's own parameter) switches a robot to plain
    text; ``per_minute`` overrides budgets by scheme (``{"dingtalk": 10}``)."""
    kind = channel_kind(url)
    profile = _PROFILES.get(kind, replace(DEFAULT_PROFILE, scheme=kind))
    fmt = (parse_qs(urlsplit(url).query).get("format") or [""])[0].lower()
    if fmt in (TEXT, MARKDOWN) and fmt != profile.body_format:
        profile = replace(profile, body_format=fmt)
    if profile.body_format == TEXT and kind in _TEXT_LIMITS:
        profile = replace(profile, max_bytes=_TEXT_LIMITS[kind])
    if per_minute and kind in per_minute:
        profile = replace(profile, per_minute=int(per_minute[kind]))
    return profile
