"""Closed-loop records (闭环管理): every alert's timeline, notes, and response targets per tier.

The timeline is assembled from what is already stored — the alert row (fired, acknowledged, resolved), the
outbox (each message per channel: queued, delivered, failed; escalations) — plus ``alert_notes`` for what
nothing else records: people's notes, the resolution text and the overdue escalation.

Response targets: acknowledge within the tier's ``response_target`` (Ⅰ级 1 h; missing it already escalates
through ``escalate_after``) and record a first assessment — a note or the resolution — within
``assess_within`` (Ⅰ级 24 h, Ⅱ级 72 h). An alert past its assessment target is escalated once, through the
same outbox and the next tier's channels (Ⅲ→Ⅱ→Ⅰ), and listed by ``monitor alerts list --overdue``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.alerting.messages import Notice
from monitor.alerting.routing import META_RULE_TYPES, escalated_tier
from monitor.alerting.suppression import active_silences, silenced_by
from monitor.config import AppConfig
from monitor.models import Alert, AlertNote, Delivery, DeliveryAttempt, utcnow

OVERDUE_EVENT = "overdue"
ASSESSMENT_KINDS = ("note", "resolution")
EVENT_ORDER = ("fired", "escalated", "acknowledged", "note", "overdue", "resolution", "resolved", "queued", "delivered",
               "merged", "delivery_failed")  # for entries at the same instant


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def add_note(session: Session, alert: Alert, text: str, by: str | None, kind: str = "note",
             now: datetime | None = None) -> AlertNote:
    note = AlertNote(alert_id=alert.id, at=now or utcnow(), kind=kind, by=by, text=text.strip())
    session.add(note)
    session.flush()
    return note


def notes_of(session: Session, alert_ids: list[int]) -> dict[int, list[AlertNote]]:
    found: dict[int, list[AlertNote]] = defaultdict(list)
    if alert_ids:
        for note in session.scalars(select(AlertNote).where(AlertNote.alert_id.in_(alert_ids))
                                    .order_by(AlertNote.at, AlertNote.id)):
            found[note.alert_id].append(note)
    return found


def timeline(session: Session, alert: Alert, deliveries: list[Delivery]) -> list[dict[str, Any]]:
    """Everything that happened to the alert, oldest first: {at, event, by, channel, text}."""
    entries: list[dict[str, Any]] = []

    def add(at, event, by=None, channel=None, text=None):
        if at is not None:
            entries.append({"at": at, "event": event, "by": by, "channel": channel, "text": text})

    occurrence = f"（第 {alert.occurrences} 次）" if (alert.occurrences or 1) > 1 else ""
    add(alert.first_fired_at, "fired", text=f"{alert.title}{occurrence}")
    escalations = set()
    for delivery in deliveries:
        if delivery.event in ("escalation", OVERDUE_EVENT) and (delivery.event, delivery.created_at) not in escalations:
            escalations.add((delivery.event, delivery.created_at))
            add(delivery.created_at, "escalated", text=f"升级通知 {delivery.route}" +
                ("（超过首次研判时限）" if delivery.event == OVERDUE_EVENT else "（超过确认时限）"))
        if delivery.status == "sent":
            add(delivery.sent_at, "delivered", channel=delivery.channel, text=delivery.event)
        elif delivery.status == "dead":
            last = session.scalar(select(DeliveryAttempt.attempted_at).where(DeliveryAttempt.delivery_id == delivery.id)
                                  .order_by(DeliveryAttempt.id.desc()).limit(1))
            add(last or delivery.created_at, "delivery_failed", channel=delivery.channel, text=delivery.last_error)
        elif delivery.status == "merged":
            add(delivery.created_at, "merged", channel=delivery.channel, text="发送频率受限，合并发送")
        else:
            add(delivery.created_at, "queued", channel=delivery.channel, text=delivery.event)
    add(alert.acknowledged_at, "acknowledged", by=alert.acknowledged_by)
    resolution = None
    for note in notes_of(session, [alert.id]).get(alert.id, []):
        if note.kind == "resolution":
            resolution = note
        add(note.at, {"note": "note", "resolution": "resolution", "overdue": "overdue"}.get(note.kind, note.kind),
            by=note.by, text=note.text)
    if alert.state == "resolved":
        add(alert.resolved_at, "resolved", by=alert.resolved_by or "系统（条件已消失）",
            text=resolution.text if resolution else None)
    entries.sort(key=lambda e: (e["at"], EVENT_ORDER.index(e["event"]) if e["event"] in EVENT_ORDER else 99))
    return [{**e, "at": _iso(e["at"])} for e in entries]


def first_assessment(alert: Alert, notes: list[AlertNote]) -> datetime | None:
    times = [n.at for n in notes if n.kind in ASSESSMENT_KINDS and n.at >= alert.first_fired_at]
    return min(times) if times else None


def overdue_reasons(alert: Alert, notes: list[AlertNote], config: AppConfig, now: datetime) -> list[str]:
    """Which response targets an open alert has missed: ``ack`` and/or ``assessment``."""
    if alert.state == "resolved" or alert.rule_type in META_RULE_TYPES:
        return []
    reasons = []
    ack_within = config.response_target(alert.tier)
    if ack_within and alert.acknowledged_at is None and now > alert.first_fired_at + timedelta(seconds=ack_within):
        reasons.append("ack")
    assess = config.assess_within(alert.tier)
    if assess and first_assessment(alert, notes) is None and now > alert.first_fired_at + timedelta(seconds=assess):
        reasons.append("assessment")
    return reasons


def overdue_alerts(session: Session, config: AppConfig, now: datetime | None = None) -> list[tuple[Alert, list[str]]]:
    now = now or utcnow()
    open_alerts = list(session.scalars(select(Alert).where(Alert.state != "resolved").order_by(Alert.first_fired_at)))
    notes = notes_of(session, [a.id for a in open_alerts])
    found = [(a, overdue_reasons(a, notes.get(a.id, []), config, now)) for a in open_alerts]
    return [(a, reasons) for a, reasons in found if reasons]


def escalate_overdue_assessments(session: Session, config: AppConfig, now: datetime | None = None) -> list[Alert]:
    """Tell the next tier's channels once about each alert past its assessment target (not silenced)."""
    from monitor.alerting.dispatch import write_message

    now = now or utcnow()
    silences = active_silences(session, now)
    escalated = []
    for alert, reasons in overdue_alerts(session, config, now):
        if "assessment" not in reasons or silenced_by(silences, alert):
            continue
        done = session.scalar(select(AlertNote.id).where(
            AlertNote.alert_id == alert.id, AlertNote.kind == "overdue", AlertNote.at >= alert.first_fired_at).limit(1))
        if done is not None:
            continue
        route = escalated_tier(alert.tier, 1)
        write_message(session, [Notice(alert, OVERDUE_EVENT, route)], config, route,
                      f"{route}|{alert.rule_id}|overdue|{alert.id}", now, "single")
        hours = config.assess_within(alert.tier) / 3600
        add_note(session, alert, f"超过首次研判时限（{hours:g} 小时）仍无处理记录，已升级通知 {config.tier_name(route)}",
                 "system", kind="overdue", now=now)
        escalated.append(alert)
    return escalated
