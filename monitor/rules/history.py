"""Queries over the stored history that rules need (the store module stays about writing and exporting).

Each returns plain tuples/dataclasses, oldest first unless said otherwise, so rules are pure functions of
what these return and can be tested with rows alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.models import (
    ExtractionFailure,
    Mention,
    PriceObservation,
    Review,
    Target,
    TargetCheck,
)

MEMO = "rule_history_memo"
OUTCOMES_PREFETCH = 5  # a pass reads a target's last 1 (site_blocked) and last N (scrape_failures) outcomes
CHUNK = 500  # targets whose history one bulk read fetches


class PassMemo:
    """Reads of one rules pass. Several rules look at the same target, so each kind of history is read in
    bulk for a chunk of the pass's targets (one query instead of one per target and rule) and kept while the
    pass works through that chunk; only one chunk per kind is held, so memory stays bounded on big catalogues."""

    def __init__(self, target_ids: list[int] | None) -> None:
        ids = list(dict.fromkeys(target_ids or ()))
        self.chunk_of = {target_id: i // CHUNK for i, target_id in enumerate(ids)}
        self.chunks = [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]
        self.bulk: dict[str, tuple[int, Any, dict[int, list]]] = {}  # kind → (chunk, since/limit, rows by target)
        self.single: dict[tuple, Any] = {}

    def rows(self, kind: str, target_id: int, since: Any, covers: Callable[[Any, Any], bool],
             fetch_many: Callable[[list[int], Any], dict[int, list]]) -> list | None:
        """Rows of ``kind`` for the target from its chunk's bulk read (read now if needed); None when the
        target is not part of this pass."""
        chunk = self.chunk_of.get(target_id)
        if chunk is None:
            return None
        held = self.bulk.get(kind)
        if held is None or held[0] != chunk or not covers(held[1], since):
            held = self.bulk[kind] = (chunk, since, fetch_many(self.chunks[chunk], since))
        return held[2].get(target_id, [])


@contextmanager
def pass_cache(session: Session, target_ids: list[int] | None = None) -> Iterator[None]:
    """Within one rules pass (which only reads), history is read in bulk per chunk of ``target_ids`` and
    repeated reads — several rules over one target, the seller's own price for every competitor of a group —
    are answered from memory."""
    session.info[MEMO] = PassMemo(target_ids)
    try:
        yield
    finally:
        session.info.pop(MEMO, None)


def _memo(session: Session) -> PassMemo | None:
    return session.info.get(MEMO)


def _since_rows(session: Session, kind: str, target_id: int, since: datetime, stamp: Callable,
                fetch_one: Callable[[datetime], list], fetch_many: Callable[[list[int], datetime], dict]) -> list:
    memo = _memo(session)
    rows = memo.rows(kind, target_id, since, lambda held, wanted: held <= wanted, fetch_many) if memo else None
    if rows is None:
        return fetch_one(since)
    return [row for row in rows if stamp(row) >= since]


def _cached(session: Session, key: tuple, fetch: Callable):
    memo = _memo(session)
    if memo is None:
        return fetch()
    if key not in memo.single:
        memo.single[key] = fetch()
    return memo.single[key]


def _by_target(rows) -> dict[int, list]:
    found: dict[int, list] = {}
    for target_id, *rest in rows:
        found.setdefault(target_id, []).append(rest)
    return found


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
    points = _since_rows(session, "prices", target_id, since, lambda p: p.observed_at,
                         lambda start: _price_points(session, target_id, start, limit),
                         lambda ids, start: _price_points_many(session, ids, start))
    return points[-limit:]


def _price_points_many(session: Session, target_ids: list[int], since: datetime) -> dict[int, list[PricePoint]]:
    rows = session.execute(
        select(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.price,
               PriceObservation.title, PriceObservation.currency)
        .where(PriceObservation.target_id.in_(target_ids), PriceObservation.price.is_not(None),
               PriceObservation.observed_at >= since)
        .order_by(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.id)).all()
    return {target_id: [PricePoint(*r) for r in found] for target_id, found in _by_target(rows).items()}


def _price_points(session: Session, target_id: int, since: datetime, limit: int) -> list[PricePoint]:
    rows = session.execute(
        select(PriceObservation.observed_at, PriceObservation.price, PriceObservation.title,
               PriceObservation.currency)
        .where(PriceObservation.target_id == target_id, PriceObservation.price.is_not(None),
               PriceObservation.observed_at >= since)
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc()).limit(limit)
    ).all()
    return [PricePoint(*row) for row in reversed(rows)]


def latest_price(session: Session, target_id: int) -> PricePoint | None:
    memo = _memo(session)
    held = memo.bulk.get("prices") if memo else None
    if held is not None and held[0] == memo.chunk_of.get(target_id) and held[2].get(target_id):
        return held[2][target_id][-1]  # the price rules of this pass already read its recent prices
    return _cached(session, ("latest_price", target_id), lambda: _latest_price(session, target_id))


def _latest_price(session: Session, target_id: int) -> PricePoint | None:
    row = session.execute(
        select(PriceObservation.observed_at, PriceObservation.price, PriceObservation.title,
               PriceObservation.currency)
        .where(PriceObservation.target_id == target_id, PriceObservation.price.is_not(None))
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc()).limit(1)
    ).first()
    return PricePoint(*row) if row else None


def latest_title(session: Session, target_id: int) -> str | None:
    return _cached(session, ("latest_title", target_id), lambda: _latest_title(session, target_id))


def _latest_title(session: Session, target_id: int) -> str | None:
    return session.scalar(
        select(PriceObservation.title).where(PriceObservation.target_id == target_id,
                                             PriceObservation.title.is_not(None))
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc()).limit(1))


def own_listings(session: Session, group_key: str) -> list[Target]:
    return _cached(session, ("own_listings", group_key), lambda: _own_listings(session, group_key))


def _own_listings(session: Session, group_key: str) -> list[Target]:
    return list(session.scalars(select(Target).where(
        Target.group_key == group_key, Target.owner == "own", Target.enabled.is_(True), Target.kind == "product")))


def known_stock(session: Session, target_id: int, since: datetime) -> list[tuple[datetime, str]]:
    """Stock states since ``since`` plus the last one before it; *unknown* is left out: it is not a state."""
    memo = _memo(session)
    states = memo.rows("stock", target_id, since, lambda held, wanted: held == wanted,
                       lambda ids, start: _known_stock_many(session, ids, start)) if memo else None
    if states is not None:
        return states
    base = select(PriceObservation.observed_at, PriceObservation.stock).where(
        PriceObservation.target_id == target_id, PriceObservation.stock != "unknown")
    before = session.execute(base.where(PriceObservation.observed_at < since)
                             .order_by(PriceObservation.observed_at.desc()).limit(1)).all()
    after = session.execute(base.where(PriceObservation.observed_at >= since)
                            .order_by(PriceObservation.observed_at, PriceObservation.id)).all()
    return [tuple(r) for r in before] + [tuple(r) for r in after]


def _known_stock_many(session: Session, target_ids: list[int], since: datetime) -> dict[int, list]:
    known = PriceObservation.stock != "unknown"
    before = _last_per_target(session, target_ids, PriceObservation.target_id, PriceObservation.observed_at,
                              [PriceObservation.stock], 1, known, PriceObservation.observed_at < since)
    found: dict[int, list] = {row.target_id: [(_aware(row.at), row.stock)] for row in before}
    after = session.execute(
        select(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.stock)
        .where(PriceObservation.target_id.in_(target_ids), known, PriceObservation.observed_at >= since)
        .order_by(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.id)).all()
    for target_id, at, state in after:
        found.setdefault(target_id, []).append((at, state))
    return found


def recent_outcomes(session: Session, target_id: int, limit: int) -> list[Outcome]:
    """The target's last ``limit`` crawl outcomes, newest first: price observations and checks (a reviews or
    mentions crawl that worked) are successes, extraction failures are not."""
    memo = _memo(session)
    outcomes = memo.rows("outcomes", target_id, max(limit, OUTCOMES_PREFETCH), lambda held, wanted: held >= wanted,
                         lambda ids, count: _recent_outcomes_many(session, ids, count)) if memo else None
    if outcomes is None:
        return _recent_outcomes(session, target_id, limit)
    return outcomes[:limit]


def _last_per_target(session: Session, target_ids: list[int], target_col, at_col, columns: list, limit: int,
                     *where):
    """The last ``limit`` rows per target (by ``at_col``), for many targets in one query."""
    rank = func.row_number().over(partition_by=target_col, order_by=at_col.desc()).label("rank")
    inner = select(target_col.label("target_id"), at_col.label("at"), *columns, rank).where(
        target_col.in_(target_ids), *where).subquery()
    return session.execute(select(inner).where(inner.c.rank <= limit)).all()


def _recent_outcomes_many(session: Session, target_ids: list[int], limit: int) -> dict[int, list[Outcome]]:
    found: dict[int, list[Outcome]] = {}
    for row in _last_per_target(session, target_ids, PriceObservation.target_id, PriceObservation.observed_at, [],
                                limit):
        found.setdefault(row.target_id, []).append(Outcome(_aware(row.at), True))
    for row in _last_per_target(session, target_ids, TargetCheck.target_id, TargetCheck.checked_at, [], limit):
        found.setdefault(row.target_id, []).append(Outcome(_aware(row.at), True))
    for row in _last_per_target(session, target_ids, ExtractionFailure.target_id, ExtractionFailure.occurred_at,
                                [ExtractionFailure.kind, ExtractionFailure.reason, ExtractionFailure.http_status],
                                limit):
        found.setdefault(row.target_id, []).append(
            Outcome(_aware(row.at), False, row.kind, row.reason, row.http_status))
    for outcomes in found.values():
        outcomes.sort(key=lambda o: o.at, reverse=True)
        del outcomes[limit:]
    return found


def _recent_outcomes(session: Session, target_id: int, limit: int) -> list[Outcome]:
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


def watched_since(session: Session, target_id: int) -> datetime | None:
    """When the target was first crawled successfully (its first check or first fetched mention)."""
    return _cached(session, ("watched_since", target_id), lambda: _watched_since(session, target_id))


def _watched_since(session: Session, target_id: int) -> datetime | None:
    firsts = [session.scalar(select(func.min(TargetCheck.checked_at)).where(TargetCheck.target_id == target_id)),
              session.scalar(select(func.min(Mention.fetched_at)).where(Mention.target_id == target_id))]
    firsts = [_aware(f) for f in firsts if f is not None]
    return min(firsts) if firsts else None


def _time(column_a, column_b):
    return func.coalesce(column_a, column_b)


def review_points(session: Session, target_id: int, since: datetime) -> list[TextPoint]:
    return _since_rows(session, "reviews", target_id, since, lambda p: p.at,
                       lambda start: _review_points(session, target_id, start),
                       lambda ids, start: _review_points_many(session, ids, start))


def _review_points_many(session: Session, target_ids: list[int], since: datetime) -> dict[int, list[TextPoint]]:
    at = _time(Review.posted_at, Review.fetched_at)
    rows = session.execute(
        select(Review.target_id, at, Review.sentiment, Review.text, Review.topics)
        .where(Review.target_id.in_(target_ids), at >= since).order_by(Review.target_id, at)).all()
    return {target_id: [TextPoint(_aware(r[0]), r[1], r[2] or "", r[3]) for r in found]
            for target_id, found in _by_target(rows).items()}


def _review_points(session: Session, target_id: int, since: datetime) -> list[TextPoint]:
    at = _time(Review.posted_at, Review.fetched_at)
    rows = session.execute(
        select(at, Review.sentiment, Review.text, Review.topics)
        .where(Review.target_id == target_id, at >= since).order_by(at)).all()
    return [TextPoint(_aware(r[0]), r[1], r[2] or "", r[3]) for r in rows]


def mention_points(session: Session, target_id: int, since: datetime) -> list[TextPoint]:
    return _since_rows(session, "mentions", target_id, since, lambda p: p.at,
                       lambda start: _mention_points(session, target_id, start),
                       lambda ids, start: _mention_points_many(session, ids, start))


def _mention_points_many(session: Session, target_ids: list[int], since: datetime) -> dict[int, list[TextPoint]]:
    at = _time(Mention.published_at, Mention.fetched_at)
    rows = session.execute(
        select(Mention.target_id, at, Mention.sentiment, func.coalesce(Mention.title, ""), Mention.text,
               Mention.topics)
        .where(Mention.target_id.in_(target_ids), at >= since).order_by(Mention.target_id, at)).all()
    return {target_id: [TextPoint(_aware(r[0]), r[1], f"{r[2]} {r[3] or ''}".strip(), r[4]) for r in found]
            for target_id, found in _by_target(rows).items()}


def _mention_points(session: Session, target_id: int, since: datetime) -> list[TextPoint]:
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
