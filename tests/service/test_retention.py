"""Retention on SQLite and PostgreSQL: thin old prices to one per target and day, prune the rest."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import func, select

from monitor.config import parse_config
from monitor.config.service import RetentionConfig
from monitor.db import Database
from monitor.models import CrawlRun, ExtractionFailure, Mention, PriceObservation, Review
from monitor.retention import prune
from monitor.store import sync_targets

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def test_old_observations_are_thinned_and_old_texts_pruned(database_url):
    database = Database(database_url)
    config = parse_config("targets:\n  - {name: a, url: 'http://a.test/'}\n  - {name: b, url: 'http://b.test/'}\n")
    with database.session() as session:
        rows = sync_targets(session, config)
        for target in rows.values():
            for days_ago in (200, 120, 100, 10):  # four observations on each of these days
                for hour in (1, 7, 13, 23):
                    at = (NOW - timedelta(days=days_ago)).replace(hour=hour)
                    price = None if hour == 23 else Decimal(100 + hour)
                    session.add(PriceObservation(target_id=target.id, observed_at=at, url=target.url, price=price))
        a = rows["a"]
        session.add(Review(target_id=a.id, review_key="old", text="旧", posted_at=NOW - timedelta(days=800)))
        session.add(Review(target_id=a.id, review_key="new", text="新", posted_at=NOW - timedelta(days=5)))
        session.add(Mention(target_id=a.id, url_hash="old", text="旧", fetched_at=NOW - timedelta(days=400)))
        session.add(ExtractionFailure(target_id=a.id, reason="x", occurred_at=NOW - timedelta(days=100)))
        run = CrawlRun(site="a.test", status="ok", started_at=NOW - timedelta(days=200),
                       finished_at=NOW - timedelta(days=200))
        session.add(run)
    policy = RetentionConfig(observations_raw_days=90, observations_daily_days=180, batch_targets=1)
    report = prune(database, policy, now=NOW)
    with database.session() as session:
        kept = session.execute(select(PriceObservation.target_id, PriceObservation.observed_at,
                                      PriceObservation.price).order_by(PriceObservation.observed_at)).all()
        assert session.scalar(select(func.count(Review.id))) == 1
        assert session.scalar(select(func.count(Mention.id))) == 0
        assert session.scalar(select(func.count(ExtractionFailure.id))) == 0
        assert session.scalar(select(func.count(CrawlRun.id))) == 0
    per_target = [(at.date(), at.hour, price) for target_id, at, price in kept if target_id == 1]
    day_120, day_100 = (NOW - timedelta(days=120)).date(), (NOW - timedelta(days=100)).date()
    # 200 days ago: deleted; 120 and 100 days ago: the day's last priced one; 10 days ago: all four
    assert per_target[:2] == [(day_120, 13, Decimal("113.00")), (day_100, 13, Decimal("113.00"))]
    assert len(per_target) == 2 + 4
    assert (report.observations_deleted, report.observations_thinned) == (8, 12)
    assert prune(database, policy, now=NOW).total == 0  # idempotent
    database.dispose()
