"""The delivery worker: sends due outbox rows, records every attempt, retries with backoff and jitter.

Delivery is at-least-once: a row is *claimed* (its next attempt pushed out by a lease) before sending and
recorded after, in separate short transactions, so no database lock is held during a slow HTTP call and a
crash in between only means the row is sent again when the lease runs out — never lost. A channel over its
per-minute budget gets its overflow merged into one digest message instead of dropping any. A row that
cannot be delivered by its tier's deadline (or is rejected for good) is dead and raises a meta-alert on the
fallback channels.
"""

from __future__ import annotations

import logging
import random
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from monitor.alerting.dead_letters import channel_recovered, raise_dead_letter
from monitor.alerting.messages import render_merged
from monitor.alerting.routing import url_for_key
from monitor.config import AppConfig
from monitor.db import Database
from monitor.models import Alert, Delivery, DeliveryAttempt, utcnow
from notifiers.channels import profile_for
from notifiers.sender import send

log = logging.getLogger(__name__)
BASE_BACKOFF_SECONDS = 5
MAX_BACKOFF_SECONDS = 600
RATE_WINDOW = timedelta(seconds=60)
_rng = random.Random()


@dataclass
class DrainReport:
    sent: int = 0
    failed: int = 0
    dead: int = 0
    merged: int = 0  # rows folded into a rate-limit digest
    postponed: int = 0  # rows waiting for their channel's budget


def backoff(attempts: int, rng: random.Random = _rng, base: float = BASE_BACKOFF_SECONDS,
            cap: float = MAX_BACKOFF_SECONDS) -> timedelta:
    """Exponential backoff with jitter between half and all of the ceiling, capped."""
    ceiling = min(cap, base * 2 ** max(0, attempts - 1))
    return timedelta(seconds=rng.uniform(ceiling / 2, ceiling))


def _url_of(config: AppConfig, key: str | None, tier: str, index: int) -> str | None:
    if key:
        return url_for_key(config, key)
    urls = config.tier_urls(tier)  # rows queued before channel keys existed
    return urls[index] if index < len(urls) else None


def _claim(database: Database, delivery_id: int, now: datetime, lease: timedelta) -> tuple | None:
    with database.session() as session:
        claimed = session.execute(
            update(Delivery).where(Delivery.id == delivery_id, Delivery.status == "pending",
                                   Delivery.next_attempt_at <= now)
            .values(next_attempt_at=now + lease).execution_options(synchronize_session=False)).rowcount
        if claimed != 1:
            return None
        row = session.get(Delivery, delivery_id)
        return row.title, row.body, row.body_format or "markdown"


def _budget(database: Database, key: str, per_minute: int, now: datetime) -> tuple[int, datetime | None]:
    with database.session() as session:
        count, oldest = session.execute(
            select(func.count(DeliveryAttempt.id), func.min(DeliveryAttempt.attempted_at))
            .join(Delivery, Delivery.id == DeliveryAttempt.delivery_id)
            .where(Delivery.channel_key == key, DeliveryAttempt.attempted_at > now - RATE_WINDOW)).one()
    return per_minute - count, oldest


def _merge(database: Database, config: AppConfig, ids: list[int], url: str, now: datetime) -> int | None:
    """Fold pending rows into one digest row for the same channel; returns its id."""
    profile = profile_for(url, config.alerting.rate_limits)
    with database.session() as session:
        rows = list(session.scalars(select(Delivery).where(Delivery.id.in_(ids), Delivery.status == "pending")
                                    .order_by(Delivery.id)))
        if not rows:
            return None
        alert_ids = list(dict.fromkeys(a for r in rows for a in (r.alert_ids or [r.alert_id])))
        shorts = list(session.scalars(select(Alert.short_id).where(Alert.id.in_(alert_ids))))
        title, body = render_merged([r.title for r in rows], shorts, config, profile)
        first = rows[0]
        digest = Delivery(alert_id=first.alert_id, event="digest", tier=first.tier, route=first.route,
                          channel_index=first.channel_index, channel=first.channel, channel_key=first.channel_key,
                          title=title, body=body, body_format=profile.body_format, kind="merged",
                          alert_ids=alert_ids, created_at=now, next_attempt_at=now,
                          deadline_at=max((r.deadline_at for r in rows if r.deadline_at), default=None))
        session.add(digest)
        session.flush()
        for row in rows:
            row.status, row.merged_into_id = "merged", digest.id
        log.info("channel %s over its budget: %d message(s) merged into delivery %s", first.channel, len(rows), digest.id)
        return digest.id


def _record(database: Database, config: AppConfig, delivery_id: int, result, now: datetime,
            report: DrainReport, rng: random.Random) -> None:
    with database.session() as session:
        delivery = session.get(Delivery, delivery_id)
        delivery.attempts += 1
        session.add(DeliveryAttempt(delivery_id=delivery.id, attempted_at=now, channel=delivery.channel,
                                    ok=result.ok, retryable=result.retryable, error=result.error,
                                    duration_ms=result.duration_ms))
        if result.ok:
            delivery.status, delivery.sent_at, delivery.last_error = "sent", now, None
            channel_recovered(session, delivery.channel_key, now)
            report.sent += 1
            return
        delivery.last_error = result.error
        next_at = now + backoff(delivery.attempts, rng, config.alerting.retry.base, config.alerting.retry.max)
        if not result.retryable or (delivery.deadline_at and next_at > delivery.deadline_at):
            delivery.status = "dead"
            report.dead += 1
            raise_dead_letter(session, delivery, now)
            return
        delivery.next_attempt_at = next_at
        report.failed += 1
        log.warning("delivery %s to %s failed (attempt %d), retry at %s: %s", delivery.id, delivery.channel,
                    delivery.attempts, next_at.isoformat(), result.error)


class _Unconfigured:
    ok, retryable, duration_ms = False, False, 0
    error = "channel no longer in the configuration"


def deliver_due(database: Database, config: AppConfig, now: datetime | None = None, limit: int = 200,
                sender=send, rng: random.Random = _rng) -> DrainReport:
    """Send due rows once each (at most ``limit`` sends; rate limits permitting, the overflow of a channel
    merged into one digest). ``now`` is injectable for tests."""
    report = DrainReport()
    now = now or utcnow()
    lease = timedelta(seconds=config.alerting.send_timeout * 2 + 30)
    with database.session() as session:
        due = session.execute(
            select(Delivery.id, Delivery.channel_key, Delivery.tier, Delivery.channel_index)
            .where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
            .order_by(Delivery.id)).all()  # ids only; the sends below stop at ``limit``
    channels: OrderedDict[tuple, list[int]] = OrderedDict()
    for delivery_id, key, tier, index in due:
        channels.setdefault((key, tier if not key else None, index if not key else None), []).append(delivery_id)
    attempts = 0
    for (key, tier, index), ids in channels.items():
        url = _url_of(config, key, tier, index or 0)
        if url is not None and key:
            per_minute = profile_for(url, config.alerting.rate_limits).per_minute
            if per_minute:
                budget, oldest = _budget(database, key, per_minute, now)
                if budget <= 0:
                    _postpone(database, ids, (oldest or now) + RATE_WINDOW)
                    report.postponed += len(ids)
                    continue
                if len(ids) > budget:
                    digest_id = _merge(database, config, ids[budget - 1:], url, now)
                    report.merged += len(ids[budget - 1:])
                    ids = ids[:budget - 1] + ([digest_id] if digest_id else [])
        for delivery_id in ids:
            if attempts >= limit:
                return report
            attempts += 1
            stamp = max(now, utcnow())
            claimed = _claim(database, delivery_id, stamp, lease)
            if claimed is None:
                continue  # another worker has it, or it is no longer pending
            if url is None:
                result = _Unconfigured()
            else:
                title, body, body_format = claimed
                result = sender(url, title, body, body_format, timeout=config.alerting.send_timeout)
            _record(database, config, delivery_id, result, max(now, utcnow()), report, rng)
    return report


def _postpone(database: Database, ids: list[int], until: datetime) -> None:
    with database.session() as session:
        session.execute(update(Delivery).where(Delivery.id.in_(ids), Delivery.status == "pending")
                        .values(next_attempt_at=until).execution_options(synchronize_session=False))
