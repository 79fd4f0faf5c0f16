"""From what the rules report to alert rows: firing → acknowledged → resolved, one row per fingerprint.

Re-evaluation updates the same alert (facts, title, ``change_key``) instead of creating a new one; a condition
that was looked at and is gone resolves it — after ``keep_firing_for`` when the rule asks for it, so a
flapping condition stays one alert. Conditions a rule could not look at are left alone. A resolved alert
whose condition comes back fires again under the same id, unless a person resolved it and nothing changed
since. What to *tell* about these changes is decided by ``dispatch``, in the same transaction.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.models import Alert, utcnow
from monitor.rules.events import AlertEvent, Evaluation

log = logging.getLogger(__name__)
SHORT_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O/1/I: read aloud over the phone
META_RULE_PREFIX = "_"  # rule ids of alerts the system raises about itself (undeliverable messages)


def new_short_id(session: Session, model=Alert, length: int = 6) -> str:
    while True:
        candidate = "".join(secrets.choice(SHORT_ID_ALPHABET) for _ in range(length))
        if session.scalar(select(model.id).where(model.short_id == candidate)) is None:
            return candidate


PEAK_RANK = "_peak_rank"  # in an alert's facts: the highest rank of this episode (see Condition.rank)


def _fill(alert: Alert, event: AlertEvent, now: datetime, continuing: bool = False) -> None:
    """Copy the event onto the alert. ``continuing``: the alert was already open before this pass — then a
    ranked condition's new change key counts only when its rank is above the episode's peak."""
    key = (event.change_key or event.fingerprint)[:255]
    facts = dict(event.facts or {})
    if event.rank is not None:
        peak = (alert.facts or {}).get(PEAK_RANK) if continuing else None
        if peak is not None and event.rank <= peak:
            key = alert.change_key  # no worse than already known: fresh facts, no news
        facts[PEAK_RANK] = event.rank if peak is None else max(peak, event.rank)
    alert.title, alert.facts, alert.tier = event.title, facts, event.tier
    alert.change_key = key
    alert.last_fired_at, alert.clear_since = now, None
    alert.subject, alert.condition = event.subject, event.condition
    alert.site, alert.shop = event.site, event.shop
    alert.target_id, alert.group_key = event.target_id, event.group_key


def reopen(alert: Alert, now: datetime) -> None:
    """A resolved alert fires again: same id, a fresh episode (ack, escalation and resolution cleared)."""
    alert.state, alert.occurrences = "firing", (alert.occurrences or 1) + 1
    alert.first_fired_at = now
    alert.acknowledged_at = alert.acknowledged_by = None
    alert.resolved_at = alert.resolved_by = alert.resolved_key = None
    alert.ack_due_at, alert.escalation_level = None, 0


def resolve(alert: Alert, now: datetime, by: str | None = None, notify: bool = True) -> None:
    alert.state, alert.resolved_at, alert.resolved_by = "resolved", now, by
    alert.resolved_key = alert.change_key if by else None
    alert.ack_due_at, alert.clear_since = None, None
    if not notify:
        alert.notified_state = "resolved"  # nothing to tell: the log says it was told


def fire(session: Session, events: list[AlertEvent], now: datetime) -> list[Alert]:
    """Create, update or re-open one alert per event. Returns the alerts that (re)started firing."""
    started = []
    fingerprints = [e.fingerprint for e in events]
    existing = {a.fingerprint: a for a in session.scalars(select(Alert).where(Alert.fingerprint.in_(fingerprints)))} \
        if fingerprints else {}
    for event in events:
        alert = existing.get(event.fingerprint)
        if alert is None:
            alert = Alert(short_id=new_short_id(session), fingerprint=event.fingerprint, rule_id=event.rule_id,
                          rule_type=event.rule_type, state="firing", first_fired_at=now, occurrences=1,
                          escalation_level=0)
            _fill(alert, event, now)
            session.add(alert)
            session.flush()
            existing[event.fingerprint] = alert
            started.append(alert)
            continue
        continuing = alert.state != "resolved"
        if not continuing:
            handled = alert.resolved_by and alert.resolved_key == (event.change_key or event.fingerprint)[:255]
            if handled:
                continue  # a person resolved it and nothing has changed since
            reopen(alert, now)
            started.append(alert)
        _fill(alert, event, now, continuing)
    return started


def clear(session: Session, evaluation: Evaluation, config: AppConfig, now: datetime) -> list[Alert]:
    """Resolve open alerts whose condition was looked at and is gone (after keep_firing_for), and, silently,
    those whose rule or target left the configuration. Returns the alerts resolved."""
    active = {e.fingerprint for e in evaluation.events}
    keep_for = {r.id: r for r in config.rules}
    resolved = []
    open_alerts = session.scalars(select(Alert).where(Alert.state != "resolved"))
    for alert in open_alerts:
        if alert.fingerprint in active or alert.rule_id.startswith(META_RULE_PREFIX):
            continue
        key = (alert.rule_id, alert.subject or "")
        if key in evaluation.failed:
            continue
        rule = keep_for.get(alert.rule_id)
        out_of_scope = evaluation.complete and alert.rule_id in evaluation.rules_run and key not in evaluation.evaluated
        if rule is None or not rule.enabled or out_of_scope:
            resolve(alert, now, notify=False)  # rule removed or target out of scope: nothing to report
            log.info("alert %s closed: its rule or target is no longer configured", alert.short_id)
            resolved.append(alert)
            continue
        if key not in evaluation.evaluated:
            continue
        alert.clear_since = alert.clear_since or now
        hold = (rule.for_target(alert.target.name if alert.target else None, alert.group_key).keep_firing_for
                if alert.target is not None else rule.keep_firing_for) or 0
        if now - alert.clear_since >= timedelta(seconds=hold):
            resolve(alert, now)
            resolved.append(alert)
    return resolved


def apply(session: Session, evaluation: Evaluation, config: AppConfig, now: datetime | None = None) -> list[Alert]:
    """One evaluation pass: fire what holds, clear what is gone. Returns the alerts that started firing."""
    now = now or utcnow()
    started = fire(session, evaluation.events, now)
    clear(session, evaluation, config, now)
    return started


def record(session: Session, events: list[AlertEvent], config: AppConfig, now: datetime | None = None) -> list[Alert]:
    """Store alerts for these events and queue their messages, in the caller's transaction. Resolves nothing
    (the events are not a full evaluation). Returns the alerts that started firing."""
    from monitor.alerting.dispatch import dispatch

    now = now or utcnow()
    started = fire(session, events, now)
    dispatch(session, config, now)
    return started
