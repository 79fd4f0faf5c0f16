"""Where a message goes: a route is a tier's channel list ("I", "II", "III") or "fallback" (told when a
message could not be delivered). Channels are found again at send time by a hash of their URL, so the
database never stores a token and a channel removed from the config is noticed instead of mis-sent.
"""

from __future__ import annotations

import hashlib

from monitor.config import AppConfig

TIER_ORDER = ("III", "II", "I")  # escalation goes up this list
FALLBACK = "fallback"
META_RULE_TYPES = {"delivery_dead"}


def channel_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def route_urls(config: AppConfig, route: str, escalated: bool = False) -> list[str]:
    if route == FALLBACK:
        return list(config.alerting.fallback_urls)
    urls = config.tier_urls(route)
    if escalated:
        urls += [u for u in config.tier(route).escalation_urls if u not in urls]
    return urls


def url_for_key(config: AppConfig, key: str) -> str | None:
    for url in config.channel_urls():
        if channel_key(url) == key:
            return url
    return None


def escalated_tier(tier: str, level: int) -> str:
    """Ⅲ→Ⅱ→Ⅰ; Ⅰ stays Ⅰ (its escalation_urls are added instead)."""
    index = TIER_ORDER.index(tier) if tier in TIER_ORDER else len(TIER_ORDER) - 1
    return TIER_ORDER[min(index + level, len(TIER_ORDER) - 1)]


def route_tier(route: str) -> str:
    """The tier whose settings (deadline, quiet hours) a route follows; fallback acts as Ⅰ级."""
    return "I" if route == FALLBACK else route
