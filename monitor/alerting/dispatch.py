"""Deciding what to tell, and writing it to the outbox: one delivery row per (message, channel).

State-based, like Alertmanager's notification log: each alert remembers what was last told (state,
``change_key``, time), so after a restart nothing is sent twice and nothing is skipped. An alert has news
when it started firing, changed, was not acknowledged within its tier's deadline (escalation), waited the
repeat interval, or resolved. The news then passes the filters (inhibition, quiet hours, silences — which hold
it, never drop it), is grouped by route, rule and shop, and becomes outbox rows in the caller's transaction.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from monitor.alerting.messages import Notice, render_notices
from monitor.alerting.routing import (
    FALLBACK,
    META_RULE_TYPES,
    channel_key,
    escalated_tier,
    route_tier,
    route_urls,
)
from monitor.alerting.suppression import (
    active_silences,
    in_quiet_hours,
    inhibiting_sites,
    is_inhibited,
    silenced_by,
)
from monitor.config import AppConfig
from monitor.models import Alert, Delivery, utcnow
from notifiers.channels import profile_for
from notifiers.masking import mask_url

log = logging.getLogger(__name__)
QUIET_DIGEST = "免打扰时段汇总"


@dataclass
class DispatchReport:
    messages: int = 0  # messages written (each goes to every channel of its route)
    deliveries: list[Delivery] = field(default_factory=list)
    held: int = 0  # waiting for quiet hours, group windows, silences or inhibition


def send_resolved(alert: Alert, config: AppConfig) -> bool:
    rule = config.rule(alert.rule_id)
    if rule is not None and rule.send_resolved is not None:
        return rule.send_resolved
    if rule is not None and getattr(rule, "notify_restock", None) is not None:
        return rule.notify_restock
    return alert.rule_type in META_RULE_TYPES or config.tier(alert.tier).send_resolved


def news(alert: Alert, config: AppConfig, now: datetime) -> str | None:
    """What there is to tell about an alert now, if anything."""
    if alert.state == "resolved":
        told = alert.notified_state in ("firing", "acknowledged")
        return "resolved" if told or alert.held_at else None  # held at night and gone by morning: still told
    if alert.notified_state in (None, "resolved"):
        return "firing" if alert.state == "firing" else None
    if alert.notified_key != alert.change_key:
        return "update"
    if alert.state != "firing":
        return None
    if alert.ack_due_at and now >= alert.ack_due_at and alert.escalation_level < config.alerting.max_escalations:
        return "escalation"
    repeat = config.repeat_interval(alert.tier)
    if repeat and alert.notified_at and now >= alert.notified_at + timedelta(seconds=repeat):
        return "repeat"
    return None


def route_for(alert: Alert, kind: str) -> str:
    if alert.rule_type in META_RULE_TYPES:
        return FALLBACK
    if kind == "escalation":
        return escalated_tier(alert.tier, alert.escalation_level + 1)
    return alert.tier


def mark_told(notice: Notice, config: AppConfig, now: datetime) -> None:
    alert = notice.alert
    if notice.kind == "escalation":
        alert.escalation_level += 1
        deadline = config.escalate_after(escalated_tier(alert.tier, alert.escalation_level))
        alert.ack_due_at = now + timedelta(seconds=deadline) if deadline else None
    elif notice.kind == "firing" and alert.rule_type not in META_RULE_TYPES:
        deadline = config.escalate_after(alert.tier)
        alert.ack_due_at, alert.escalation_level = (now + timedelta(seconds=deadline) if deadline else None), 0
    alert.notified_state, alert.notified_key = alert.state, alert.change_key
    alert.notified_at, alert.pending_since, alert.held_at = now, None, None


def _last_sent(session: Session, group: str) -> datetime | None:
    return session.scalar(select(func.max(Delivery.created_at)).where(Delivery.notify_group == group))


def write_message(session: Session, notices: list[Notice], config: AppConfig, route: str, group: str,
                  now: datetime, kind: str, digest_reason: str | None = None) -> list[Delivery]:
    """Render once per channel format and write one pending delivery per channel of the route."""
    urls = route_urls(config, route, escalated=any(n.kind == "escalation" for n in notices))
    if not urls:
        log.warning("no channels configured for route %s: %d alert(s) not sent", route, len(notices))
    deadline = now + timedelta(seconds=config.delivery_deadline(route_tier(route)))
    rendered: dict[tuple, tuple[str, str]] = {}
    rows = []
    for index, url in enumerate(urls):
        profile = profile_for(url, config.alerting.rate_limits)
        cache_key = (profile.body_format, profile.max_bytes)
        if cache_key not in rendered:
            rendered[cache_key] = render_notices(notices, config, profile, digest_reason)
        title, body = rendered[cache_key]
        row = Delivery(alert_id=notices[0].alert.id, event=notices[0].kind, tier=notices[0].alert.tier, route=route,
                       channel_index=index, channel=mask_url(url), channel_key=channel_key(url), title=title,
                       body=body, body_format=profile.body_format, kind=kind, notify_group=group,
                       alert_ids=[n.alert.id for n in notices], created_at=now, next_attempt_at=now,
                       deadline_at=deadline)
        session.add(row)
        rows.append(row)
    return rows


def _candidates(session: Session, only: list[Alert] | None) -> list[Alert]:
    if only is not None:
        return only
    return list(session.scalars(select(Alert).where(or_(
        Alert.state != "resolved", Alert.notified_state.in_(("firing", "acknowledged")), Alert.held_at.is_not(None)))
        .order_by(Alert.id)))


def dispatch(session: Session, config: AppConfig, now: datetime | None = None,
             only: list[Alert] | None = None) -> DispatchReport:
    now = now or utcnow()
    report = DispatchReport()
    alerts = _candidates(session, only)
    silences = active_silences(session, now)
    inhibited = inhibiting_sites(alerts if only is None else _candidates(session, None), config)
    quiet = in_quiet_hours(config, now)
    ready: list[Notice] = []
    for alert in alerts:
        kind = news(alert, config, now)
        if kind is None:
            alert.pending_since = alert.held_at = None
            if alert.state == "acknowledged" and alert.notified_state is None:
                alert.notified_state, alert.notified_key = alert.state, alert.change_key  # acked before told
            continue
        if kind == "resolved" and not alert.held_at and not send_resolved(alert, config):
            alert.notified_state, alert.pending_since, alert.held_at = "resolved", None, None
            continue
        meta = alert.rule_type in META_RULE_TYPES
        if not meta and ((kind != "resolved" and is_inhibited(alert, inhibited)) or silenced_by(silences, alert)):
            report.held += 1
            continue
        route = route_for(alert, kind)
        alert.pending_since = alert.pending_since or now
        if quiet and not meta and config.quiet_hours_apply(route_tier(route)):
            alert.held_at = alert.held_at or now
            report.held += 1
            continue
        if not alert.held_at and now < alert.pending_since + timedelta(seconds=config.alerting.group_wait):
            report.held += 1
            continue
        ready.append(Notice(alert, kind, route))

    digests: dict[str, list[Notice]] = defaultdict(list)
    groups: dict[str, list[Notice]] = defaultdict(list)
    for notice in ready:
        if notice.alert.held_at:
            digests[notice.route].append(notice)
            continue
        kind_class = "resolved" if notice.kind == "resolved" else "escalation" if notice.kind == "escalation" else "firing"
        groups[f"{notice.route}|{notice.alert.rule_id}|{notice.alert.shop or '-'}|{kind_class}"].append(notice)

    limit = config.alerting.digest_max_items
    for route, notices in digests.items():
        for start in range(0, len(notices), limit):
            chunk = notices[start:start + limit]
            report.deliveries += write_message(session, chunk, config, route, f"{route}|digest", now, "digest",
                                               QUIET_DIGEST)
            report.messages += 1
            for notice in chunk:
                mark_told(notice, config, now)
    for group, notices in groups.items():
        last = _last_sent(session, group)
        if last is not None and now < last + timedelta(seconds=config.alerting.group_interval):
            report.held += len(notices)
            continue  # the group spoke recently: these go together at the end of the interval
        for start in range(0, len(notices), limit):
            chunk = notices[start:start + limit]
            report.deliveries += write_message(session, chunk, config, chunk[0].route, group, now,
                                               "single" if len(chunk) == 1 else "group")
            report.messages += 1
            for notice in chunk:
                mark_told(notice, config, now)
    if report.messages:
        session.flush()
    return report
