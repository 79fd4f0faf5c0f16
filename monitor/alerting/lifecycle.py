"""From rule events to alerts and outbox rows, in one transaction with the caller's session.

The alert row and one delivery row per channel are written together, so a crash either loses the whole
change (the rule fires again next pass) or keeps it all (the worker sends it): never an alert without its
messages.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.alerting.messages import render
from monitor.config import AppConfig
from monitor.models import Alert, Delivery, utcnow
from monitor.rules.events import AlertEvent
from notifiers.masking import mask_url

SHORT_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O/1/I: read aloud over the phone
DELIVERY_DEADLINE = timedelta(hours=6)


def new_short_id(session: Session) -> str:
    while True:
        candidate = "".join(secrets.choice(SHORT_ID_ALPHABET) for _ in range(6))
        if session.scalar(select(Alert.id).where(Alert.short_id == candidate)) is None:
            return candidate


def enqueue(session: Session, alert: Alert, config: AppConfig, event: str = "firing") -> list[Delivery]:
    title, body = render(alert, config.tier_name(alert.tier), config.timezone)
    now = utcnow()
    rows = []
    for index, url in enumerate(config.tier_urls(alert.tier)):
        row = Delivery(alert=alert, event=event, tier=alert.tier, channel_index=index, channel=mask_url(url),
                       title=title, body=body, next_attempt_at=now, deadline_at=now + DELIVERY_DEADLINE)
        session.add(row)
        rows.append(row)
    return rows


def record(session: Session, events: list[AlertEvent], config: AppConfig) -> list[Alert]:
    """Store new alerts (dedup by fingerprint) and queue their messages. Returns the new alerts."""
    created = []
    for event in events:
        existing = session.scalar(select(Alert).where(Alert.fingerprint == event.fingerprint))
        if existing is not None:
            existing.last_fired_at = utcnow()
            continue
        alert = Alert(
            short_id=new_short_id(session), fingerprint=event.fingerprint, rule_id=event.rule_id,
            rule_type=event.rule_type, tier=event.tier, state="firing", target_id=event.target_id,
            group_key=event.group_key, title=event.title, facts=event.facts,
        )
        session.add(alert)
        session.flush()
        enqueue(session, alert, config)
        created.append(alert)
    return created
