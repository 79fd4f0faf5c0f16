"""Series derived from what the monitor already collects, written to the same store (source ``derived``) so
every metric rule can use them: per listing (reviews) — 评价数, 差评数, 差评率 (%), 口碑指数 (mean sentiment ×
100), 投诉话题:<topic> (negative reviews naming it); per brand/keyword (mentions targets) — 提及量, 负面提及数,
口碑指数.

Days are calendar days in the config's time zone, stored at local midnight. Each run recomputes the last
``metrics.derived.recent_days`` days (late reviews change them); the first run, and ``monitor metrics
derive``, go back ``backfill_days``. The daemon runs it every ``metrics.derived.interval`` (1 h).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.db import Database
from monitor.metrics.store import PointIn, upsert_points
from monitor.models import MetricPoint, Mention, Review, Target, utcnow
from monitor.rules.reviews import _topic_name

log = logging.getLogger(__name__)
SOURCE = "derived"
TOPIC_PREFIX = "投诉话题:"


@dataclass
class _Day:
    sentiments: list[float] = field(default_factory=list)
    negative: int = 0
    topics: Counter = field(default_factory=Counter)


def _day_start(day, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(ZoneInfo("UTC"))


def _bucket(rows, zone: ZoneInfo, negative_below: float) -> dict[tuple[int, object], _Day]:
    days: dict[tuple[int, object], _Day] = defaultdict(_Day)
    for target_id, at, sentiment, topics in rows:
        if at is None:
            continue
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        at = at if at.tzinfo else at.replace(tzinfo=ZoneInfo("UTC"))
        day = days[(target_id, at.astimezone(zone).date())]
        if sentiment is None:
            continue
        day.sentiments.append(sentiment)
        if sentiment < negative_below:
            day.negative += 1
            day.topics.update({n for t in (topics or []) if (n := _topic_name(t))})
    return days


def derive_points(session: Session, config: AppConfig, since: datetime) -> list[PointIn]:
    zone = ZoneInfo(config.timezone)
    start = _day_start(since.astimezone(zone).date(), zone)
    negative_below = config.metrics.derived.negative_below
    targets = {t.id: t for t in session.scalars(select(Target))}
    points: list[PointIn] = []
    review_at = func.coalesce(Review.posted_at, Review.fetched_at)
    reviews = session.execute(select(Review.target_id, review_at, Review.sentiment, Review.topics)
                              .where(review_at >= start))
    for (target_id, day), stats in _bucket(reviews, zone, negative_below).items():
        target = targets.get(target_id)
        if target is None or not stats.sentiments:
            continue
        at, n = _day_start(day, zone), len(stats.sentiments)
        add = lambda metric, value, unit: points.append(PointIn(metric, "listing", target.name, at, value, unit, SOURCE))  # noqa: E731
        add("评价数", n, "条")
        add("差评数", stats.negative, "条")
        add("差评率", stats.negative / n * 100, "%")
        add("口碑指数", sum(stats.sentiments) / n * 100, "分")
        for topic, count in stats.topics.items():
            add(f"{TOPIC_PREFIX}{topic}", count, "条")
    mention_at = func.coalesce(Mention.published_at, Mention.fetched_at)
    mentions = list(session.execute(select(Mention.target_id, mention_at, Mention.sentiment, Mention.topics)
                                    .where(mention_at >= start)))
    volume = Counter()
    for target_id, at, *_ in mentions:
        if at is not None:
            at = datetime.fromisoformat(at) if isinstance(at, str) else at
            at = at if at.tzinfo else at.replace(tzinfo=ZoneInfo("UTC"))
            volume[(target_id, at.astimezone(zone).date())] += 1
    stats_by_day = _bucket(mentions, zone, negative_below)
    for (target_id, day), count in volume.items():
        target = targets.get(target_id)
        if target is None:
            continue
        at, stats = _day_start(day, zone), stats_by_day.get((target_id, day), _Day())
        points.append(PointIn("提及量", "brand", target.name, at, count, "条", SOURCE))
        if stats.sentiments:
            points.append(PointIn("负面提及数", "brand", target.name, at, stats.negative, "条", SOURCE))
            points.append(PointIn("口碑指数", "brand", target.name, at,
                                  sum(stats.sentiments) / len(stats.sentiments) * 100, "分", SOURCE))
    return points


def refresh_derived(database: Database, config: AppConfig, now: datetime | None = None,
                    days: int | None = None) -> int:
    """Recompute derived series; returns the number of points written."""
    now = now or utcnow()
    settings = config.metrics.derived
    with database.session() as session:
        if days is None:
            seeded = session.scalar(select(MetricPoint.id).where(MetricPoint.source == SOURCE).limit(1))
            days = settings.recent_days if seeded is not None else settings.backfill_days
        points = derive_points(session, config, now - timedelta(days=days - 1))
        written = upsert_points(session, points, now)
    log.info("derived metrics: %d point(s) over %d day(s)", written, days)
    return written
