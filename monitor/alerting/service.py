"""What people do with alerts — list, show, acknowledge, resolve, note, silence — as plain functions over a session.

The CLI (``monitor alerts …``) and the HTTP API call these same functions, so both behave alike. They return
JSON-ready dicts; channels appear only masked, as stored. Times are ISO 8601 in UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from monitor.alerting.lifecycle import new_short_id, resolve
from monitor.alerting.suppression import SILENCE_KEYS
from monitor.alerting.timeline import add_note, overdue_alerts, timeline
from monitor.models import Alert, Delivery, DeliveryAttempt, Silence, utcnow

STATE_FILTERS = {"active": ("firing", "acknowledged"), "firing": ("firing",), "acknowledged": ("acknowledged",),
                 "resolved": ("resolved",), "all": ("firing", "acknowledged", "resolved")}


class NotFound(LookupError):
    """No alert or silence with that id."""


class InvalidRequest(ValueError):
    """The request cannot be done as asked (e.g. a silence without matchers)."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def alert_summary(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.short_id, "state": alert.state, "tier": alert.tier, "rule": alert.rule_id,
        "rule_type": alert.rule_type, "title": alert.title, "target": alert.target.name if alert.target else None,
        "shop": alert.shop, "group": alert.group_key, "site": alert.site,
        "first_fired_at": _iso(alert.first_fired_at), "last_fired_at": _iso(alert.last_fired_at),
        "acknowledged_at": _iso(alert.acknowledged_at), "acknowledged_by": alert.acknowledged_by,
        "resolved_at": _iso(alert.resolved_at), "resolved_by": alert.resolved_by,
        "occurrences": alert.occurrences, "escalation_level": alert.escalation_level,
        "ack_due_at": _iso(alert.ack_due_at), "notified_at": _iso(alert.notified_at),
    }


def get_alert(session: Session, alert_id: str) -> Alert:
    alert = session.scalar(select(Alert).where(func.upper(Alert.short_id) == alert_id.strip().upper()))
    if alert is None:
        raise NotFound(f"no alert {alert_id!r}")
    return alert


def list_alerts(session: Session, state: str = "active", tier: str | None = None, rule: str | None = None,
                limit: int = 100) -> list[dict[str, Any]]:
    if state not in STATE_FILTERS:
        raise InvalidRequest(f"state must be one of {', '.join(STATE_FILTERS)}")
    query = select(Alert).where(Alert.state.in_(STATE_FILTERS[state]))
    if tier:
        query = query.where(Alert.tier == tier)
    if rule:
        query = query.where(or_(Alert.rule_id == rule, Alert.rule_type == rule))
    query = query.order_by(Alert.last_fired_at.desc(), Alert.id.desc()).limit(limit)
    return [alert_summary(a) for a in session.scalars(query)]


def alert_detail(session: Session, alert_id: str, attempts: int = 20) -> dict[str, Any]:
    alert = get_alert(session, alert_id)
    # alert_ids is JSON (no portable "contains"): read this episode's rows and filter here
    deliveries = session.scalars(select(Delivery).where(or_(
        Delivery.alert_id == alert.id, Delivery.created_at >= alert.first_fired_at))
        .order_by(Delivery.id.desc()).limit(2000))
    mine = [d for d in deliveries if d.alert_id == alert.id or alert.id in (d.alert_ids or [])][:attempts]
    rows = []
    for delivery in mine:
        log = session.scalars(select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == delivery.id)
                              .order_by(DeliveryAttempt.id)).all()
        rows.append({
            "id": delivery.id, "event": delivery.event, "kind": delivery.kind, "route": delivery.route,
            "channel": delivery.channel, "status": delivery.status, "attempts": delivery.attempts,
            "created_at": _iso(delivery.created_at), "sent_at": _iso(delivery.sent_at),
            "last_error": delivery.last_error, "title": delivery.title,
            "attempt_log": [{"at": _iso(a.attempted_at), "ok": a.ok, "error": a.error, "ms": a.duration_ms}
                            for a in log],
        })
    return {**alert_summary(alert), "facts": alert.facts, "fingerprint": alert.fingerprint, "deliveries": rows,
            "timeline": timeline(session, alert, mine)}


def acknowledge(session: Session, alert_id: str, by: str | None = None, now: datetime | None = None) -> dict:
    """Stop repeats and escalation; the alert still resolves (and says so) when its condition clears."""
    alert = get_alert(session, alert_id)
    if alert.state == "resolved":
        raise InvalidRequest(f"alert {alert.short_id} is already resolved")
    if alert.state != "acknowledged":
        alert.state, alert.acknowledged_at = "acknowledged", now or utcnow()
        alert.acknowledged_by, alert.ack_due_at = by or "unknown", None
    return alert_summary(alert)


def resolve_alert(session: Session, alert_id: str, by: str | None = None, config=None,
                  now: datetime | None = None, note: str | None = None) -> dict:
    """Close an alert by hand. It fires again only if its condition changes; the resolved notice is queued
    in the same transaction when a config is given. ``note``: the resolution text (what was done)."""
    alert = get_alert(session, alert_id)
    if alert.state != "resolved":
        now = now or utcnow()
        if note and note.strip():
            add_note(session, alert, note, by or "unknown", kind="resolution", now=now)
        resolve(alert, now, by=by or "unknown")
        if config is not None:
            from monitor.alerting.dispatch import dispatch

            dispatch(session, config, now, only=[alert])
    return alert_summary(alert)


def add_alert_note(session: Session, alert_id: str, text: str, by: str | None = None,
                   now: datetime | None = None) -> dict:
    """A note on the alert's timeline (findings, what was done); the first one is its first assessment."""
    if not text or not text.strip():
        raise InvalidRequest("a note needs text")
    if len(text) > 4000:
        raise InvalidRequest("a note is at most 4000 characters")
    alert = get_alert(session, alert_id)
    note = add_note(session, alert, text, by or "unknown", now=now)
    return {"alert": alert.short_id, "at": _iso(note.at), "by": note.by, "kind": note.kind, "text": note.text}


def list_overdue(session: Session, config, now: datetime | None = None) -> list[dict[str, Any]]:
    """Open alerts past a response target of their tier: ``overdue`` lists ack and/or assessment."""
    return [{**alert_summary(alert), "overdue": reasons} for alert, reasons in overdue_alerts(session, config, now)]


def silence_summary(silence: Silence, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    ended = silence.expired_at or silence.ends_at
    return {"id": silence.short_id, "matchers": silence.matchers, "reason": silence.reason,
            "created_by": silence.created_by, "starts_at": _iso(silence.starts_at), "ends_at": _iso(silence.ends_at),
            "expired_at": _iso(silence.expired_at), "active": silence.starts_at <= now < ended}


def create_silence(session: Session, matchers: dict[str, str | None], reason: str, *, ends_at: datetime | None = None,
                   duration: float | None = None, by: str | None = None, starts_at: datetime | None = None,
                   now: datetime | None = None) -> dict:
    now = now or utcnow()
    clean = {k: str(v) for k, v in matchers.items() if v not in (None, "")}
    unknown = set(clean) - set(SILENCE_KEYS)
    if unknown:
        raise InvalidRequest(f"unknown matcher(s) {', '.join(sorted(unknown))}; use {', '.join(SILENCE_KEYS)}")
    if not clean:
        raise InvalidRequest("a silence needs at least one matcher (alert, rule, target, shop, group, site, tier…)")
    if not reason or not reason.strip():
        raise InvalidRequest("a silence needs a reason (e.g. 双11 大促调价)")
    if "alert" in clean:
        clean["alert"] = get_alert(session, clean["alert"]).short_id
    starts_at = starts_at or now
    ends_at = ends_at or (starts_at + timedelta(seconds=duration) if duration else None)
    if ends_at is None or ends_at <= starts_at:
        raise InvalidRequest("a silence needs an end after its start (--for 3d or --until …)")
    silence = Silence(short_id="S" + new_short_id(session, Silence, 5), matchers=clean, reason=reason.strip(),
                      created_by=by, created_at=now, starts_at=starts_at, ends_at=ends_at)
    session.add(silence)
    session.flush()
    return silence_summary(silence, now)


def list_silences(session: Session, include_ended: bool = False, now: datetime | None = None) -> list[dict]:
    now = now or utcnow()
    query = select(Silence).order_by(Silence.ends_at.desc())
    if not include_ended:
        query = query.where(Silence.ends_at > now, Silence.expired_at.is_(None))
    return [silence_summary(s, now) for s in session.scalars(query)]


def expire_silence(session: Session, silence_id: str, now: datetime | None = None) -> dict:
    now = now or utcnow()
    silence = session.scalar(select(Silence).where(func.upper(Silence.short_id) == silence_id.strip().upper()))
    if silence is None:
        raise NotFound(f"no silence {silence_id!r}")
    if silence.expired_at is None:
        silence.expired_at = now
    return silence_summary(silence, now)
