"""Queries over the stored history that rules need (the store module stays about writing and exporting).

Each returns plain tuples/dataclasses, oldest first unless said otherwise, so rules are pure functions of
what these return and can be tested with rows alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.models import ExtractionFailure, Mention, PriceObservation, Review, Target, TargetCheck


@dataclass(frozen=True)
class PricePoint:
    observed_at: datetime
    price: Decimal
    title: str | None
    currency: str | None


@dataclass(frozen=True)
class Outcome:
    at: datetime
    ok: bool
    kind: str | None = None  # failure kind (blocked, http, timeout, …)
    reason: str | None = None
    http_status: int | None = None


@dataclass(frozen=True)
class TextPoint:
    at: datetime
    sentiment: float | None
    text: str
    topics: Any = None


def price_points(session: Session, target_id: int, since: datetime, limit: int = 5000) -> list[PricePoint]:
    rows = session.execute(
        select(PriceObservation.observed_at, PriceObservation.price, PriceObservation.title,
               PriceObservation.currency)
        .where(PriceObservation.target_id == target_id, PriceObservation.price.is_not(None),
               PriceObservation.observed_at >= since)
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc()).limit(limit)
    ).all()
    return [PricePoint(*row) for row in reversed(rows)]


def latest_price(session: Session, target_id: int) -> PricePoint | None:
    row = session.execute(
        select(PriceObservation.observed_at, PriceObservation.price, PriceObservation.title,
               PriceObservation.currency)
        .where(PriceObservation.target_id == target_id, PriceObservation.price.is_not(None))
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc()).limit(1)
    ).first()
    return PricePoint(*row) if row else None


def latest_title(session: Session, target_id: int) -> str | None:
    return session.scalar(
        select(PriceObservation.title).where(PriceObservation.target_id == target_id,
                                             PriceObservation.title.is_not(None))
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc()).limit(1))


def own_listings(session: Session, group_key: str) -> list[Target]:
    return list(session.scalars(select(Target).where(
        Target.group_key == group_key, Target.owner == "own", Target.enabled.is_(True), Target.kind == "product")))


def known_stock(session: Session, target_id: int, since: datetime) -> list[tuple[datetime, str]]:
    """Stock states since ``since`` plus the last one before it; *unknown* is left out: it is not a state."""
    base = select(PriceObservation.observed_at, PriceObservation.stock).where(
        PriceObservation.target_id == target_id, PriceObservation.stock != "unknown")
    before = session.execute(base.where(PriceObservation.observed_at < since)
                             .order_by(PriceObservation.observed_at.desc()).limit(1)).all()
    after = session.execute(base.where(PriceObservation.observed_at >= since)
                            .order_by(PriceObservation.observed_at, PriceObservation.id)).all()
    return [tuple(r) for r in before] + [tuple(r) for r in after]


def recent_outcomes(session: Session, target_id: int, limit: int) -> list[Outcome]:
    """The target's last ``limit`` crawl outcomes, newest first: price observations and checks (a reviews or
    mentions crawl that worked) are successes, extraction failures are not."""
    oks = list(session.execute(
        select(PriceObservation.observed_at).where(PriceObservation.target_id == target_id)
        .order_by(PriceObservation.observed_at.desc()).limit(limit)).scalars())
    oks += session.execute(
        select(TargetCheck.checked_at).where(TargetCheck.target_id == target_id)
        .order_by(TargetCheck.checked_at.desc()).limit(limit)).scalars()
    fails = session.execute(
        select(ExtractionFailure.occurred_at, ExtractionFailure.kind, ExtractionFailure.reason,
               ExtractionFailure.http_status)
        .where(ExtractionFailure.target_id == target_id)
        .order_by(ExtractionFailure.occurred_at.desc()).limit(limit)).all()
    merged = [Outcome(at, True) for at in oks] + [Outcome(at, False, k, r, s) for at, k, r, s in fails]
    merged.sort(key=lambda o: o.at, reverse=True)
    return merged[:limit]


def _time(column_a, column_b):
    return func.coalesce(column_a, column_b)


def review_points(session: Session, target_id: int, since: datetime) -> list[TextPoint]:
    at = _time(Review.posted_at, Review.fetched_at)
    rows = session.execute(
        select(at, Review.sentiment, Review.text, Review.topics)
        .where(Review.target_id == target_id, at >= since).order_by(at)).all()
    return [TextPoint(_aware(r[0]), r[1], r[2] or "", r[3]) for r in rows]


def mention_points(session: Session, target_id: int, since: datetime) -> list[TextPoint]:
    at = _time(Mention.published_at, Mention.fetched_at)
    rows = session.execute(
        select(at, Mention.sentiment, func.coalesce(Mention.title, ""), Mention.text, Mention.topics)
        .where(Mention.target_id == target_id, at >= since).order_by(at)).all()
    return [TextPoint(_aware(r[0]), r[1], f"{r[2]} {r[3] or ''}".strip(), r[4]) for r in rows]


def _aware(value: Any) -> datetime:
    """coalesce() loses the column type, so SQLite hands back a naive datetime or even a string."""

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
