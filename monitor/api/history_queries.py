"""Read-side queries over history: price series per target or group, stock changes, reviews and mentions
with their sentiment, the sentiment trend and the top complaint topics.

Scores are read from the rows; a row stored before it was scored is scored here with the ``sentiment``
library (pure, local) so the seller never sees a blank. Windows are bounded (``days``, ``limit``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.models import Mention, PriceObservation, Review, Target, utcnow

NEGATIVE_BELOW = 0.4  # sentiment is P(positive); below this a review counts as a complaint
MAX_POINTS_PER_TARGET = 5000


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def group_targets(session: Session, group: str) -> list[Target]:
    """Own listings first, then competitors, by name."""
    return list(session.scalars(select(Target).where(Target.group_key == group)
                                .order_by(Target.owner.desc(), Target.name)))


def price_series(session: Session, targets: Sequence[Target], days: int = 30,
                 now: datetime | None = None) -> list[dict[str, Any]]:
    """One series per target: points (time, price, list price, stock), oldest first."""
    since = (now or utcnow()) - timedelta(days=days)
    series = []
    for target in targets:
        rows = session.execute(
            select(PriceObservation.observed_at, PriceObservation.price, PriceObservation.list_price,
                   PriceObservation.stock, PriceObservation.currency)
            .where(PriceObservation.target_id == target.id, PriceObservation.observed_at >= since)
            .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc())
            .limit(MAX_POINTS_PER_TARGET)
        ).all()
        rows.reverse()
        series.append({
            "target": target.name, "owner": target.owner, "shop": target.shop or target.site,
            "group": target.group_key, "url": target.url,
            "points": [{"t": _iso(at), "price": None if price is None else str(price),
                        "list_price": None if listp is None else str(listp), "stock": stock,
                        "currency": currency or "CNY"} for at, price, listp, stock, currency in rows],
        })
    return series


def stock_changes(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per target, the moments its stock state changed (the first point counts as a change)."""
    changes = []
    for item in series:
        previous = None
        for point in item["points"]:
            if point["stock"] != previous:
                changes.append({"target": item["target"], "owner": item["owner"], "t": point["t"],
                                "stock": point["stock"], "from": previous})
                previous = point["stock"]
    changes.sort(key=lambda change: change["t"] or "")
    return changes


def _fill_scores(rows: Sequence[Review | Mention]) -> list[float | None]:
    scores: list[float | None] = [row.sentiment for row in rows]
    missing = [i for i, value in enumerate(scores) if value is None and (rows[i].text or "").strip()]
    if missing:
        try:
            from sentiment import score_many

            for index, value in zip(missing, score_many([rows[i].text for i in missing])):
                scores[index] = float(value)
        except Exception:  # the library is optional at read time: show the rows unscored
            pass
    return scores


def reviews(session: Session, target_ids: Sequence[int], limit: int = 50, offset: int = 0,
            negative_only: bool = False) -> list[dict[str, Any]]:
    query = (select(Review, Target.name).join(Target, Review.target_id == Target.id)
             .where(Review.target_id.in_(list(target_ids)))
             .order_by(Review.posted_at.desc().nulls_last(), Review.id.desc()))
    if negative_only:
        query = query.where(Review.sentiment < NEGATIVE_BELOW)
    found = session.execute(query.limit(limit).offset(offset)).all()
    scores = _fill_scores([review for review, _ in found])
    return [{"target": name, "author": r.author, "rating": r.rating, "text": r.text, "followup": r.followup,
             "sku": r.sku, "posted_at": _iso(r.posted_at), "fetched_at": _iso(r.fetched_at), "sentiment": score,
             "topics": r.topics or []} for (r, name), score in zip(found, scores)]


def mentions(session: Session, target_ids: Sequence[int] | None, limit: int = 50,
             offset: int = 0) -> list[dict[str, Any]]:
    query = (select(Mention, Target.name).join(Target, Mention.target_id == Target.id)
             .order_by(Mention.published_at.desc().nulls_last(), Mention.id.desc()))
    if target_ids is not None:
        query = query.where(Mention.target_id.in_(list(target_ids)))
    found = session.execute(query.limit(limit).offset(offset)).all()
    scores = _fill_scores([mention for mention, _ in found])
    return [{"target": name, "source": m.source, "title": m.title, "text": m.text, "url": m.url,
             "author": m.author, "published_at": _iso(m.published_at), "fetched_at": _iso(m.fetched_at),
             "sentiment": score, "topics": m.topics or []} for (m, name), score in zip(found, scores)]


def sentiment_trend(session: Session, target_ids: Sequence[int], days: int = 90,
                    now: datetime | None = None, sample: int = 5000) -> list[dict[str, Any]]:
    """Average review sentiment and review count per day (by posting day, else fetch day)."""
    since = (now or utcnow()) - timedelta(days=days)
    rows = list(session.scalars(
        select(Review).where(Review.target_id.in_(list(target_ids)), Review.fetched_at >= since)
        .order_by(Review.id.desc()).limit(sample)))
    per_day: dict[str, list[float]] = defaultdict(list)
    negatives: dict[str, int] = defaultdict(int)
    for review, score in zip(rows, _fill_scores(rows)):
        if score is None:
            continue
        day = (review.posted_at or review.fetched_at).date().isoformat()
        per_day[day].append(score)
        negatives[day] += score < NEGATIVE_BELOW
    return [{"day": day, "average": round(sum(values) / len(values), 3), "reviews": len(values),
             "negative": negatives[day]} for day, values in sorted(per_day.items())]


def complaint_topics(session: Session, target_ids: Sequence[int], top: int = 8,
                     sample: int = 500) -> list[dict[str, Any]]:
    """Top complaint topics of recent negative reviews: stored topics when the pipeline saved them,
    otherwise extracted here from the texts."""
    rows = list(session.scalars(select(Review).where(Review.target_id.in_(list(target_ids)))
                                .order_by(Review.id.desc()).limit(sample)))
    negative = [r for r, s in zip(rows, _fill_scores(rows)) if s is not None and s < NEGATIVE_BELOW]
    counts: dict[str, int] = defaultdict(int)
    unlabelled = []
    for review in negative:
        labels = {t.get("label") or t.get("topic") if isinstance(t, dict) else str(t) for t in review.topics or []}
        if labels:
            for label in labels:
                counts[label] += 1
        else:
            unlabelled.append(review.text)
    if unlabelled:
        try:
            from sentiment import summarize

            for label, count in summarize(unlabelled, top_n=top).top_topics:
                counts[label] += count
        except Exception:
            pass
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [{"topic": label, "reviews": count, "share": round(count / len(negative), 3) if negative else 0}
            for label, count in ranked]
