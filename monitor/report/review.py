"""The data of a review period, as plain dicts and lists so Markdown and XLSX render the same content.

Sections: alerts by tier and by rule; time to acknowledge and to resolve (median, p90) per tier; alerts that
missed a response target (open and overdue now, or acknowledged late); top complaint topics of negative
reviews; competitors' price moves (first vs last price in the period).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from monitor.alerting.timeline import first_assessment, notes_of, overdue_reasons
from monitor.config import AppConfig
from monitor.models import Alert, PriceObservation, Review, Target
from monitor.rules.reviews import stored_topic_counts
from monitor.rules.history import TextPoint

TIERS = ("I", "II", "III")


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (p90 of 10 values is the 9th smallest)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class PeriodReview:
    since: datetime
    until: datetime
    by_tier: dict[str, int] = field(default_factory=dict)
    by_rule: list[dict[str, Any]] = field(default_factory=list)
    response: list[dict[str, Any]] = field(default_factory=list)
    overdue: list[dict[str, Any]] = field(default_factory=list)
    topics: list[tuple[str, int]] = field(default_factory=list)
    negative_reviews: int = 0
    reviews: int = 0
    price_moves: list[dict[str, Any]] = field(default_factory=list)


def _hours(start: datetime, end: datetime | None) -> float | None:
    return None if end is None else max(0.0, (end - start).total_seconds() / 3600)


def _alerts_section(session: Session, config: AppConfig, review: PeriodReview) -> None:
    alerts = list(session.scalars(select(Alert).where(
        Alert.first_fired_at < review.until,
        or_(Alert.first_fired_at >= review.since, Alert.last_fired_at >= review.since, Alert.state != "resolved"),
        ~Alert.rule_id.startswith("_", autoescape=True)).order_by(Alert.first_fired_at)))
    notes = notes_of(session, [a.id for a in alerts])
    review.by_tier = {tier: sum(1 for a in alerts if a.tier == tier) for tier in TIERS}
    rules: dict[str, Counter] = defaultdict(Counter)
    for alert in alerts:
        rules[alert.rule_id][alert.tier] += 1
        rules[alert.rule_id]["open"] += alert.state != "resolved"
    review.by_rule = sorted(({"rule": rule, "total": sum(c[t] for t in TIERS), "open": c["open"],
                              **{t: c[t] for t in TIERS}} for rule, c in rules.items()), key=lambda r: -r["total"])
    for tier in TIERS:
        mine = [a for a in alerts if a.tier == tier]
        ack = [h for a in mine if (h := _hours(a.first_fired_at, a.acknowledged_at)) is not None]
        done = [h for a in mine if (h := _hours(a.first_fired_at, a.resolved_at)) is not None]
        assess = [h for a in mine if (h := _hours(a.first_fired_at, first_assessment(a, notes.get(a.id, []))))
                  is not None]
        review.response.append({"tier": tier, "alerts": len(mine), "acknowledged": len(ack),
                                "ack_median_h": percentile(ack, 0.5), "ack_p90_h": percentile(ack, 0.9),
                                "assessed": len(assess), "resolved": len(done),
                                "resolve_median_h": percentile(done, 0.5), "resolve_p90_h": percentile(done, 0.9)})
    for alert in alerts:
        reasons = overdue_reasons(alert, notes.get(alert.id, []), config, review.until)
        target = config.response_target(alert.tier)
        if not reasons and target and alert.acknowledged_at and \
                alert.acknowledged_at > alert.first_fired_at + timedelta(seconds=target):
            reasons = ["late_ack"]
        if reasons:
            review.overdue.append({"id": alert.short_id, "tier": alert.tier, "title": alert.title, "state": alert.state,
                                   "first_fired_at": alert.first_fired_at, "reasons": reasons,
                                   "acknowledged_by": alert.acknowledged_by})


def _topics_section(session: Session, config: AppConfig, review: PeriodReview, top: int) -> None:
    at = func.coalesce(Review.posted_at, Review.fetched_at)
    rows = session.execute(select(at, Review.sentiment, Review.topics).where(
        at >= review.since, at < review.until, Review.sentiment.is_not(None))).all()
    negative_below = config.metrics.derived.negative_below
    negative = [TextPoint(r[0], r[1], "", r[2]) for r in rows if r[1] < negative_below]
    review.reviews, review.negative_reviews = len(rows), len(negative)
    review.topics = stored_topic_counts(negative).most_common(top)


def _price_section(session: Session, review: PeriodReview, top: int) -> None:
    rows = session.execute(
        select(Target.name, Target.shop, Target.group_key, PriceObservation.observed_at, PriceObservation.price)
        .join(Target, Target.id == PriceObservation.target_id)
        .where(Target.owner == "competitor", PriceObservation.price.is_not(None),
               PriceObservation.observed_at >= review.since, PriceObservation.observed_at < review.until)
        .order_by(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.id)).all()
    series: dict[str, list] = defaultdict(list)
    meta = {}
    for name, shop, group, _, price in rows:
        series[name].append(float(price))
        meta[name] = (shop, group)
    moves = []
    for name, prices in series.items():
        first, last = prices[0], prices[-1]
        changes = sum(1 for a, b in zip(prices, prices[1:]) if a != b)
        if changes == 0:
            continue
        moves.append({"target": name, "shop": meta[name][0], "group": meta[name][1], "first": first, "last": last,
                      "low": min(prices), "high": max(prices), "changes": changes,
                      "change_pct": round((last - first) / first * 100, 1) if first else None})
    review.price_moves = sorted(moves, key=lambda m: -abs(m["change_pct"] or 0))[:top]


def build_review(session: Session, config: AppConfig, since: datetime, until: datetime, top: int = 10) -> PeriodReview:
    review = PeriodReview(since=since, until=until)
    _alerts_section(session, config, review)
    _topics_section(session, config, review, top)
    _price_section(session, review, top)
    return review
