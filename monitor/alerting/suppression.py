"""The filters between "this alert has news" and "send it", in Alertmanager's order: inhibition, then quiet
hours, then silences. None of them drops anything: a suppressed alert simply stays due, and is told when the
filter lets go (the inhibiting site comes back, the silence expires, the morning digest goes out).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.models import Alert, Silence

SILENCE_KEYS = ("rule", "rule_type", "target", "shop", "group", "site", "tier", "alert")


def active_silences(session: Session, now: datetime) -> list[Silence]:
    return list(session.scalars(select(Silence).where(
        Silence.starts_at <= now, Silence.ends_at > now,
        or_(Silence.expired_at.is_(None), Silence.expired_at > now))))


def alert_labels(alert: Alert) -> dict[str, str | None]:
    target = alert.target
    return {
        "rule": alert.rule_id, "rule_type": alert.rule_type, "target": target.name if target else None,
        "shop": alert.shop, "group": alert.group_key, "site": alert.site, "tier": alert.tier,
        "alert": alert.short_id,
    }


def silence_matches(silence: Silence, labels: dict[str, str | None]) -> bool:
    """Every matcher given must equal the alert's label; a silence with no matchers matches nothing."""
    matchers = {k: v for k, v in (silence.matchers or {}).items() if v not in (None, "")}
    return bool(matchers) and all(labels.get(k) == str(v) for k, v in matchers.items())


def silenced_by(silences: list[Silence], alert: Alert) -> Silence | None:
    labels = alert_labels(alert)
    return next((s for s in silences if silence_matches(s, labels)), None)


def inhibiting_sites(alerts: list[Alert], config: AppConfig) -> dict[str, set[str]]:
    """rule type → sites on which it is inhibited, from the source alerts firing now."""
    out: dict[str, set[str]] = {}
    for rule in config.alerting.inhibit:
        sites = {a.site for a in alerts if a.rule_type == rule.source and a.state != "resolved" and a.site}
        for rule_type in rule.suppress:
            out.setdefault(rule_type, set()).update(sites)
    return out


def is_inhibited(alert: Alert, inhibited: dict[str, set[str]]) -> bool:
    return alert.site is not None and alert.site in inhibited.get(alert.rule_type, ())


def _local_minutes(config: AppConfig, now: datetime) -> tuple[datetime, int]:
    local = now.astimezone(ZoneInfo(config.timezone))
    return local, local.hour * 60 + local.minute


def in_quiet_hours(config: AppConfig, now: datetime) -> bool:
    quiet = config.alerting.quiet_hours
    if quiet is None:
        return False
    start, end = quiet.minutes()
    _, minute = _local_minutes(config, now)
    if start == end:
        return False
    return start <= minute < end if start < end else (minute >= start or minute < end)
