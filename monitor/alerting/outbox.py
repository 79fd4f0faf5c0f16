"""The delivery worker: sends due outbox rows, records every attempt, retries with backoff and jitter.

Delivery is at-least-once: a crash after sending but before recording sends that message again; nothing
already queued is ever lost.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from monitor.config import AppConfig
from monitor.db import Database
from monitor.models import Delivery, DeliveryAttempt, utcnow
from notifiers.sender import send

log = logging.getLogger(__name__)
BASE_BACKOFF_SECONDS = 5
MAX_BACKOFF_SECONDS = 600


@dataclass
class DrainReport:
    sent: int = 0
    failed: int = 0
    dead: int = 0


def backoff(attempts: int, rng: random.Random = random.Random()) -> timedelta:
    """Exponential backoff with full jitter, capped."""
    ceiling = min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * 2 ** max(0, attempts - 1))
    return timedelta(seconds=rng.uniform(ceiling / 2, ceiling))


def deliver_due(database: Database, config: AppConfig, now: datetime | None = None, limit: int = 200,
                sender=send) -> DrainReport:
    report = DrainReport()
    now = now or utcnow()
    with database.session() as session:
        due_ids = list(session.scalars(
            select(Delivery.id).where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
            .order_by(Delivery.id).limit(limit)
        ))
    for delivery_id in due_ids:
        with database.session() as session:
            delivery = session.get(Delivery, delivery_id)
            if delivery is None or delivery.status != "pending":
                continue
            urls = config.tier_urls(delivery.tier)
            if delivery.channel_index >= len(urls):
                result = None
                error, ok, retryable = "channel no longer in the configuration", False, False
            else:
                result = sender(urls[delivery.channel_index], delivery.title, delivery.body)
                error, ok, retryable = result.error, result.ok, result.retryable
            delivery.attempts += 1
            session.add(DeliveryAttempt(
                delivery_id=delivery.id, channel=delivery.channel, ok=ok, retryable=retryable,
                error=error, duration_ms=result.duration_ms if result else 0,
            ))
            if ok:
                delivery.status, delivery.sent_at, delivery.last_error = "sent", utcnow(), None
                report.sent += 1
                continue
            delivery.last_error = error
            next_at = utcnow() + backoff(delivery.attempts)
            if not retryable or (delivery.deadline_at and next_at > delivery.deadline_at):
                delivery.status = "dead"
                report.dead += 1
                log.error("delivery %s to %s gave up after %d attempts: %s",
                          delivery.id, delivery.channel, delivery.attempts, error)
            else:
                delivery.next_attempt_at = next_at
                report.failed += 1
                log.warning("delivery %s to %s failed (attempt %d), retry at %s: %s",
                            delivery.id, delivery.channel, delivery.attempts, next_at.isoformat(), error)
    return report
