"""Who is told, when, and how loudly: tiers (Ⅰ/Ⅱ/Ⅲ级) and the ``alerting:`` section.

Defaults follow Alertmanager where it is right for sellers (group by rule and shop, never re-send unless
something changed or the repeat interval passed) and add what it lacks: acknowledgement with escalation,
quiet hours that hold lower tiers for a morning digest, and a fallback channel for messages that could not
be delivered.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, field_validator

from monitor.config.base import Duration, _Strict, parse_duration

_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
PRICE_AND_STOCK_RULES = ["price_drop", "price_rise", "undercut", "price_floor", "stock", "scrape_failures"]


def _optional_duration(value: Any) -> Any:
    return None if value in (None, 0, "0") else parse_duration(value)


class TierConfig(_Strict):
    name: str | None = None
    urls: list[str] = Field(default_factory=list, description="Apprise URLs (may use ${ENV})")
    response_target: Duration | None = Field(None, description="shown in messages (Ⅰ级: 1h by default)")
    escalate_after: Duration | None = Field(
        None, description="not acknowledged this long after the first message: escalate (default: response_target)")
    assess_within: Duration | None = Field(
        None, description="first assessment (a note or the resolution) due this long after firing; Ⅰ级 24h")
    escalation_urls: list[str] = Field(
        default_factory=list, description="extra channels told when an alert escalates into this tier")
    repeat_interval: Duration | None = Field(None, description="default: alerting.repeat_interval")
    send_resolved: bool = True
    delivery_deadline: Duration | None = Field(None, description="retry a message this long; default by tier")
    quiet_hours: bool | None = Field(None, description="held during quiet hours; default: yes except Ⅰ级")

    _durations = field_validator("response_target", "escalate_after", "assess_within", "repeat_interval",
                                 "delivery_deadline",
                                 mode="before")(_optional_duration)


class QuietHours(_Strict):
    start: str = "22:00"
    end: str = "08:00"

    @field_validator("start", "end")
    @classmethod
    def _clock(cls, value: str) -> str:
        if not _CLOCK.match(str(value)):
            raise ValueError(f"use HH:MM, got {value!r}")
        return str(value)

    def minutes(self) -> tuple[int, int]:
        (h1, m1), (h2, m2) = (map(int, self.start.split(":")), map(int, self.end.split(":")))
        return h1 * 60 + m1, h2 * 60 + m2


class InhibitRule(_Strict):
    """While an alert of ``source`` fires for a site, alerts of ``suppress`` types on that site stay quiet."""

    source: str = "site_blocked"
    suppress: list[str] = Field(default_factory=lambda: list(PRICE_AND_STOCK_RULES))


class RetryConfig(_Strict):
    base: Duration = 5.0
    max: Duration = 600.0

    _durations = field_validator("base", "max", mode="before")(parse_duration)


class AlertingConfig(_Strict):
    group_wait: Duration = Field(0.0, description="wait this long for more alerts of a group before sending")
    group_interval: Duration = Field(60.0, description="at most one message per group this often")
    repeat_interval: Duration = Field(12 * 3600.0, description="remind about an unacknowledged alert")
    max_escalations: int = Field(2, ge=0, le=5)
    quiet_hours: QuietHours | None = None
    inhibit: list[InhibitRule] = Field(default_factory=lambda: [InhibitRule()])
    rate_limits: dict[str, int] = Field(default_factory=dict, description="messages/minute by scheme")
    retry: RetryConfig = Field(default_factory=RetryConfig)
    send_timeout: Duration = 15.0
    fallback_urls: list[str] = Field(default_factory=list, description="told when a message cannot be delivered")
    templates_dir: str | None = Field(None, description="your Jinja2 templates; same names override ours")
    digest_max_items: int = Field(30, ge=1, le=500)

    @field_validator("group_wait", "group_interval", "repeat_interval", mode="before")
    @classmethod
    def _zero_allowed(cls, value: Any) -> float:
        """0 switches these off (no waiting, no grouping window, no reminders)."""
        return 0.0 if value in (0, "0", "0s", None) else parse_duration(value)

    _durations = field_validator("send_timeout", mode="before")(parse_duration)


TierKey = Literal["I", "II", "III"]
DEFAULT_RESPONSE_TARGET = {"I": 3600.0}
DEFAULT_ASSESS_WITHIN = {"I": 24 * 3600.0, "II": 72 * 3600.0}
DEFAULT_DELIVERY_DEADLINE = {"I": 24 * 3600.0, "II": 12 * 3600.0, "III": 6 * 3600.0}
