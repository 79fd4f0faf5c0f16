"""Retention: keep the database from growing without bound over months of unattended crawling.

Price observations are thinned rather than dropped: after ``observations_raw_days`` one observation per
target per (UTC) day is kept — the day's last one that carries a price — so year-long charts and the
rules' "previous price" still work. Reviews, mentions, failures and finished crawl runs are deleted after
their own ages. Work is split into batches of targets, each its own short transaction, so a crawl process
writing at the same time waits milliseconds, not minutes.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from monitor.config.service import RetentionConfig
from monitor.db import Database
from monitor.models import CrawlRun, ExtractionFailure, Mention, PriceObservation, Review, Target, utcnow

log = logging.getLogger(__name__)


@dataclass
class RetentionReport:
    observations_thinned: int = 0
    observations_deleted: int = 0
    reviews_deleted: int = 0
    mentions_deleted: int = 0
    failures_deleted: int = 0
    crawl_runs_deleted: int = 0

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


def _utc_day(session: Session, column):
    """The UTC calendar day of a timestamp, in the dialect at hand (PostgreSQL would use the session zone)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


def thin_observations(session: Session, cutoff: datetime, first_id: int, last_id: int) -> int:
    """Delete all but one observation per target and day before ``cutoff`` for targets in an id range."""
    obs = PriceObservation
    ranked = (
        select(obs.id, func.row_number().over(
            partition_by=(obs.target_id, _utc_day(session, obs.observed_at)),
            order_by=(case((obs.price.is_(None), 1), else_=0), obs.observed_at.desc(), obs.id.desc()),
        ).label("rank"))
        .where(obs.observed_at < cutoff, obs.target_id.between(first_id, last_id))
        .subquery()
    )
    doomed = select(ranked.c.id).where(ranked.c.rank > 1)
    return session.execute(delete(obs).where(obs.id.in_(doomed)).execution_options(synchronize_session=False)
                           ).rowcount or 0


def _delete_before(session: Session, model, when_column, cutoff: datetime, first_id: int, last_id: int) -> int:
    statement = delete(model).where(when_column < cutoff, model.target_id.between(first_id, last_id))
    return session.execute(statement.execution_options(synchronize_session=False)).rowcount or 0


def target_id_batches(database: Database, size: int) -> list[tuple[int, int]]:
    """Contiguous (first, last) target id ranges of at most ``size`` targets."""
    with database.session() as session:
        ids = list(session.scalars(select(Target.id).order_by(Target.id)))
    return [(ids[i], ids[min(i + size, len(ids)) - 1]) for i in range(0, len(ids), size)]


def prune(database: Database, config: RetentionConfig, now: datetime | None = None) -> RetentionReport:
    """Apply the retention policy once. Safe to run at any time and as often as wanted (idempotent)."""
    now = now or utcnow()
    report = RetentionReport()

    def cutoff(days: int | None) -> datetime | None:
        return None if days is None else now - timedelta(days=days)

    raw, daily = cutoff(config.observations_raw_days), cutoff(config.observations_daily_days)
    reviews, mentions = cutoff(config.reviews_days), cutoff(config.mentions_days)
    failures = cutoff(config.failures_days)
    for first_id, last_id in target_id_batches(database, config.batch_targets):
        with database.session() as session:
            if daily is not None:
                report.observations_deleted += _delete_before(
                    session, PriceObservation, PriceObservation.observed_at, daily, first_id, last_id)
            report.observations_thinned += thin_observations(session, raw, first_id, last_id)
            if reviews is not None:
                report.reviews_deleted += _delete_before(
                    session, Review, func.coalesce(Review.posted_at, Review.fetched_at), reviews, first_id, last_id)
            if mentions is not None:
                report.mentions_deleted += _delete_before(
                    session, Mention, func.coalesce(Mention.published_at, Mention.fetched_at), mentions,
                    first_id, last_id)
            if failures is not None:
                report.failures_deleted += _delete_before(
                    session, ExtractionFailure, ExtractionFailure.occurred_at, failures, first_id, last_id)
    runs = cutoff(config.crawl_runs_days)
    if runs is not None:
        with database.session() as session:
            report.crawl_runs_deleted = session.execute(
                delete(CrawlRun).where(CrawlRun.status != "running", CrawlRun.finished_at < runs)
                .execution_options(synchronize_session=False)).rowcount or 0
    log.info("retention observations_thinned=%d observations_deleted=%d reviews=%d mentions=%d failures=%d "
             "crawl_runs=%d", report.observations_thinned, report.observations_deleted, report.reviews_deleted,
             report.mentions_deleted, report.failures_deleted, report.crawl_runs_deleted)
    return report
