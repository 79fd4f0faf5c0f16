"""Daily sentiment rules, in the configured time zone: the sentiment index (daily mean of review or mention
sentiment) falling N days in a row, and the complaint rate (share of negative texts) staying above x % for
N days — the ops manuals' 5 %-a-day and 1.5 %-for-3-days rules. Days with fewer than ``min_daily`` texts do
not count: a two-review day says nothing.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise
from statistics import fmean
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from monitor.config.rules import ComplaintRateRule, SentimentDeclineRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import TextPoint, latest_title, mention_points, review_points


def daily_scores(points: list[TextPoint], timezone: str) -> dict[date, list[float]]:
    zone = ZoneInfo(timezone)
    days: dict[date, list[float]] = defaultdict(list)
    for point in points:
        if point.sentiment is not None:
            days[point.at.astimezone(zone).date()].append(point.sentiment)
    return days


def last_days(days: dict[date, list[float]], today: date, count: int, min_daily: int) -> list[date] | None:
    """``count`` consecutive days ending today (if today already has enough texts) or yesterday, each with
    at least ``min_daily`` texts; None when any is short."""
    end = today if len(days.get(today, ())) >= min_daily else today - timedelta(days=1)
    seq = [end - timedelta(days=k) for k in range(count - 1, -1, -1)]
    return seq if all(len(days.get(d, ())) >= min_daily for d in seq) else None


def _points(session: Session, target: Target, since) -> list[TextPoint]:
    fetch = mention_points if target.kind == "mentions" else review_points
    return fetch(session, target.id, since)


def _product(session: Session, target: Target) -> str:
    return (latest_title(session, target.id) if target.kind != "mentions" else None) or target.name


def sentiment_decline(session: Session, rule: SentimentDeclineRule, target: Target, ctx) -> list[Condition]:
    days = daily_scores(_points(session, target, ctx.now - timedelta(days=rule.days + 2)), ctx.timezone)
    today = ctx.now.astimezone(ZoneInfo(ctx.timezone)).date()
    seq = last_days(days, today, rule.days + 1, rule.min_daily)
    if seq is None:
        return []
    means = [fmean(days[d]) for d in seq]
    falls = [(a - b) / a * 100 if a > 0 else 0.0 for a, b in pairwise(means)]
    if any(fall < rule.drop_pct for fall in falls):
        return []
    product = _product(session, target)
    facts = {
        **listing_facts(target, product),
        "days": rule.days,
        "drop_pct": rule.drop_pct,
        "daily": [[d.isoformat(), round(m, 3), len(days[d])] for d, m in zip(seq, means)],
        "first": round(means[0], 3),
        "last": round(means[-1], 3),
        "total_drop_pct": round((means[0] - means[-1]) / means[0] * 100, 1) if means[0] > 0 else None,
        "source": "mentions" if target.kind == "mentions" else "reviews",
    }
    title = f"口碑指数连续 {rule.days} 天下降：{product}（{means[0]:.2f} → {means[-1]:.2f}）"
    return [Condition("declining", title, facts, change_key="declining")]


def complaint_rate(session: Session, rule: ComplaintRateRule, target: Target, ctx) -> list[Condition]:
    days = daily_scores(_points(session, target, ctx.now - timedelta(days=rule.days + 1)), ctx.timezone)
    today = ctx.now.astimezone(ZoneInfo(ctx.timezone)).date()
    seq = last_days(days, today, rule.days, rule.min_daily)
    if seq is None:
        return []
    rates = [sum(1 for s in days[d] if s < rule.negative_below) / len(days[d]) * 100 for d in seq]
    if any(rate <= rule.rate_pct for rate in rates):
        return []
    product = _product(session, target)
    facts = {
        **listing_facts(target, product),
        "days": rule.days,
        "rate_pct": rule.rate_pct,
        "daily": [[d.isoformat(), round(r, 2), len(days[d])] for d, r in zip(seq, rates)],
        "last_rate_pct": round(rates[-1], 2),
    }
    title = f"投诉率连续 {rule.days} 天超过 {rule.rate_pct:g}%：{product}（最近 {rates[-1]:.1f}%）"
    return [Condition("complaint_rate", title, facts, change_key="over")]
