"""Reading and writing the monitor's records. The only place that knows how rows are shaped."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from monitor.config import AppConfig, TargetConfig
from monitor.models import (
    CrawlRun,
    ExtractionFailure,
    Mention,
    PriceObservation,
    Review,
    Target,
    TargetCheck,
    utcnow,
)

_SPIDER_FIELDS = {"headers", "cookies", "user_agent", "proxy", "request_timeout", "retries", "encoding", "reviews",
                  "mentions"}


def target_settings(target: TargetConfig) -> dict[str, Any]:
    """What a spider needs besides the URL; stored so a crawl process works from the database alone."""
    return {
        "selectors": target.selectors.model_dump(exclude_none=True),
        "interval": target.interval,
        **target.model_dump(include=_SPIDER_FIELDS, exclude_none=True),
    }


def sync_targets(session: Session, config: AppConfig) -> dict[str, Target]:
    """Make the targets table match the config, by name. Removed targets are kept (history) but disabled."""
    existing = {t.name: t for t in session.scalars(select(Target))}
    synced: dict[str, Target] = {}
    for spec in config.targets:
        row = existing.get(spec.name) or Target(name=spec.name)
        row.url = spec.url
        row.kind = spec.kind
        row.owner = spec.owner
        row.shop = spec.shop
        row.group_key = spec.group
        row.site = spec.site
        row.settings = target_settings(spec)
        row.enabled = spec.enabled
        row.in_config = True
        if row.id is None:
            session.add(row)
        synced[spec.name] = row
    for name, row in existing.items():
        if name not in synced and row.in_config:
            row.in_config = False
            row.enabled = False
    session.flush()
    return synced


def start_crawl_run(session: Session, site: str, targets: int) -> CrawlRun:
    run = CrawlRun(site=site, targets=targets, status="running")
    session.add(run)
    session.flush()
    return run


def finish_crawl_run(session: Session, run_id: int, status: str, detail: str | None = None) -> CrawlRun:
    run = session.get(CrawlRun, run_id)
    run.finished_at = utcnow()
    run.status = status
    run.items = session.scalar(
        select(func.count()).select_from(PriceObservation).where(PriceObservation.crawl_run_id == run_id)
    )
    run.failures = session.scalar(
        select(func.count()).select_from(ExtractionFailure).where(ExtractionFailure.crawl_run_id == run_id)
    )
    run.detail = detail
    return run


@dataclass(frozen=True)
class PricePoint:
    observation_id: int
    observed_at: datetime
    price: Decimal | None
    list_price: Decimal | None
    currency: str | None
    stock: str
    title: str | None


def last_price_points(session: Session, target_id: int, limit: int = 2) -> list[PricePoint]:
    """The newest observations that carry a price, newest first."""
    rows = session.execute(
        select(PriceObservation)
        .where(PriceObservation.target_id == target_id, PriceObservation.price.is_not(None))
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc())
        .limit(limit)
    ).scalars()
    return [
        PricePoint(r.id, r.observed_at, r.price, r.list_price, r.currency, r.stock, r.title) for r in rows
    ]


def iter_price_history(session: Session, target_names: Iterable[str] | None = None) -> Iterator[dict]:
    """Every observation, oldest first, as plain dicts ready for export."""
    query = (
        select(PriceObservation, Target)
        .join(Target, PriceObservation.target_id == Target.id)
        .order_by(PriceObservation.observed_at, PriceObservation.id)
    )
    names = list(target_names or [])
    if names:
        query = query.where(Target.name.in_(names))
    for obs, target in session.execute(query).yield_per(1000):
        yield {
            "target": target.name,
            "shop": target.shop,
            "owner": target.owner,
            "group": target.group_key,
            "observed_at": obs.observed_at.isoformat(),
            "price": None if obs.price is None else str(obs.price),
            "price_high": None if obs.price_high is None else str(obs.price_high),
            "list_price": None if obs.list_price is None else str(obs.list_price),
            "currency": obs.currency,
            "stock": obs.stock,
            "title": obs.title,
            "sku": obs.sku,
            "url": obs.url,
            "source": obs.source,
        }


# ---------------------------------------------------------------- reviews and mentions


def _insert_new(session: Session, model: Any, rows: list[dict], unique: list[str]) -> None:
    """INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL: a row another crawl stored first is skipped."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    session.execute(dialect_insert(model).on_conflict_do_nothing(index_elements=unique), rows)


def known_review_keys(session: Session, target_id: int, keys: Iterable[str]) -> set[str]:
    keys = list(set(keys))
    if not keys:
        return set()
    return set(session.scalars(select(Review.review_key).where(Review.target_id == target_id,
                                                                 Review.review_key.in_(keys))))


def store_reviews(session: Session, rows: list[dict]) -> int:
    """Store reviews not seen before (by target and review key); returns how many were new."""
    fresh: dict[tuple[int, str], dict] = {}
    for row in rows:
        fresh.setdefault((row["target_id"], row["review_key"]), row)
    for target_id in {t for t, _ in fresh}:
        for key in known_review_keys(session, target_id, [k for t, k in fresh if t == target_id]):
            fresh.pop((target_id, key), None)
    _insert_new(session, Review, list(fresh.values()), ["target_id", "review_key"])
    return len(fresh)


def known_mention_hashes(session: Session, target_id: int, url_hashes: Iterable[str],
                         text_hashes: Iterable[str | None]) -> tuple[set[str], set[str]]:
    """Which URL hashes and text hashes are already stored for the brand ``target_id`` watches.

    A mention is one mention across sources: the mentions targets watching the same keywords (one
    brand read from a feed, a search API and a forum) share them, and a repost has the same text.
    An article naming two watched brands is stored for each, so each brand's mention count sees it.
    """
    urls, texts = list(set(url_hashes)), [h for h in set(text_hashes) if h]
    same_brand = Mention.target_id.in_(brand_targets(session, target_id))
    known_urls = set(session.scalars(select(Mention.url_hash).where(same_brand, Mention.url_hash.in_(urls)))) \
        if urls else set()
    known_texts = set(session.scalars(select(Mention.text_hash).where(same_brand, Mention.text_hash.in_(texts)))) \
        if texts else set()
    return known_urls, known_texts


def _lock_brand(session: Session, target_id: int) -> None:
    """Hold the brand's lock until the transaction ends, so the lookup and the insert that follow are one step.

    The unique key is (target, URL): two crawls of one brand's sources running at once (a feed and a
    search API on the same schedule) could otherwise both find an article new and both store it.
    PostgreSQL: the rows of the brand's targets are locked in id order (FOR NO KEY UPDATE, which
    still lets other crawls insert rows that refer to them).  SQLite: a no-op write takes the
    database's write lock before anything is read, so the lookup reads what the other crawl committed.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(Target.id).where(Target.id.in_(brand_targets(session, target_id)))
                        .order_by(Target.id).with_for_update(key_share=True))
    else:
        session.execute(update(Target).where(Target.id == target_id).values(enabled=Target.enabled))


def brand_targets(session: Session, target_id: int) -> list[int]:
    """Ids of the mentions targets watching the same keywords and aliases as ``target_id`` (itself included)."""
    def brand(settings: dict[str, Any] | None) -> frozenset[str]:
        watched = (settings or {}).get("mentions") or {}
        return frozenset(word.casefold() for word in [*watched.get("keywords", []), *watched.get("aliases", [])])

    targets = session.execute(select(Target.id, Target.settings).where(Target.kind == "mentions")).all()
    mine = next((brand(settings) for id_, settings in targets if id_ == target_id), None)
    return [id_ for id_, settings in targets if id_ == target_id or brand(settings) == mine]


def store_mentions(session: Session, rows: list[dict]) -> int:
    """Store mentions whose URL and normalised text are both new for their brand; returns how many were stored."""
    stored = 0
    for target_id in dict.fromkeys(row["target_id"] for row in rows):
        own = [row for row in rows if row["target_id"] == target_id]
        _lock_brand(session, target_id)
        known_urls, known_texts = known_mention_hashes(session, target_id, [r["url_hash"] for r in own],
                                                       [r.get("text_hash") for r in own])
        fresh = []
        for row in own:
            if row["url_hash"] in known_urls or (row.get("text_hash") and row["text_hash"] in known_texts):
                continue
            known_urls.add(row["url_hash"])
            if row.get("text_hash"):
                known_texts.add(row["text_hash"])
            fresh.append(row)
        _insert_new(session, Mention, fresh, ["target_id", "url_hash"])  # before the next target's lookup
        stored += len(fresh)
    return stored


# ---------------------------------------------------------------- target health


@dataclass(frozen=True)
class TargetHealth:
    name: str
    kind: str
    enabled: bool
    url: str
    last_success_at: datetime | None
    last_failure_at: datetime | None
    last_failure_kind: str | None
    last_failure_status: int | None
    last_failure_reason: str | None

    @property
    def failing(self) -> bool:
        """The newest outcome is a failure."""
        return self.last_failure_at is not None and (self.last_success_at is None
                                                     or self.last_failure_at > self.last_success_at)


def target_health(session: Session, names: Iterable[str] | None = None) -> list[TargetHealth]:
    """Each target's last success (price observation or completed listing crawl) and last failure."""
    observed = dict(session.execute(select(PriceObservation.target_id, func.max(PriceObservation.observed_at))
                                    .group_by(PriceObservation.target_id)).all())
    checked = dict(session.execute(select(TargetCheck.target_id, func.max(TargetCheck.checked_at))
                                   .group_by(TargetCheck.target_id)).all())
    newest_failure = (select(ExtractionFailure.target_id, func.max(ExtractionFailure.id).label("id"))
                      .group_by(ExtractionFailure.target_id).subquery())
    failures = {f.target_id: f for f in session.scalars(
        select(ExtractionFailure).join(newest_failure, ExtractionFailure.id == newest_failure.c.id))}
    wanted = set(names or [])
    health = []
    for target in session.scalars(select(Target).order_by(Target.name)):
        if wanted and target.name not in wanted:
            continue
        successes = [t for t in (observed.get(target.id), checked.get(target.id)) if t is not None]
        failure = failures.get(target.id)
        health.append(TargetHealth(
            name=target.name, kind=target.kind, enabled=target.enabled and target.in_config, url=target.url,
            last_success_at=_aware(max(successes)) if successes else None,
            last_failure_at=failure.occurred_at if failure else None,
            last_failure_kind=failure.kind if failure else None,
            last_failure_status=failure.http_status if failure else None,
            last_failure_reason=failure.reason if failure else None,
        ))
    return health


def _aware(value: datetime) -> datetime:
    """Aggregates skip the column type on SQLite and come back naive (and sometimes as text): make them UTC."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
