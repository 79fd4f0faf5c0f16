"""Daily sentiment rules, in the configured time zone: the sentiment index (daily mean of review or mention
sentiment) falling N days in a row, and the complaint rate (share of negative texts) staying above x % for
N days — the ops manuals' 5 %-a-day and 1.5 %-for-3-days rules. Days with fewer than ``min_daily`` texts do
not count: a two-review day says nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise
from statistics import fmean, pvariance
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from monitor.config.rules import ComplaintRateRule, SentimentDeclineRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import TextPoint, latest_title, mention_points, review_points
from monitor.rules.robust_stats import proportion_z

# Rule settings with these defaults: complaint_rate.min_z 3.7 — the run's rate above the usual one by this
# many standard errors (≈ 1 in 10,000 by chance): every listing is judged every day, so a looser test would
# raise a false alert somewhere in the catalogue every month; sentiment_decline.min_z 3.0.


def daily_scores(points: list[TextPoint], timezone: str) -> dict[date, list[float]]:
    zone = ZoneInfo(timezone)
    days: dict[date, list[float]] = defaultdict(list)
    for point in points:
        if point.sentiment is not None:
            days[point.at.astimezone(zone).date()].append(point.sentiment)
    return days


def day_runs(days: dict[date, list[float]], today: date, count: int, min_daily: int) -> list[list[date]]:
    """The runs a daily rule judges: the one ending with the last complete day, and — once today has enough
    texts — the one ending today. A condition found on complete days holds all the next day (today's first
    dozen texts do not make it flap); today can raise it early."""
    runs = []
    for end in (today, today - timedelta(days=1)):
        seq = [end - timedelta(days=k) for k in range(count - 1, -1, -1)]
        if all(len(days.get(d, ())) >= min_daily for d in seq):
            runs.append(seq)
    return runs


def _points(session: Session, target: Target, since) -> list[TextPoint]:
    fetch = mention_points if target.kind == "mentions" else review_points
    return fetch(session, target.id, since)


def _product(session: Session, target: Target) -> str:
    return (latest_title(session, target.id) if target.kind != "mentions" else None) or target.name


def sentiment_decline(session: Session, rule: SentimentDeclineRule, target: Target, ctx) -> list[Condition]:
    days = daily_scores(_points(session, target, ctx.now - timedelta(days=rule.days + 2)), ctx.timezone)
    today = ctx.now.astimezone(ZoneInfo(ctx.timezone)).date()
    for seq in day_runs(days, today, rule.days + 1, rule.min_daily):
        means = [fmean(days[d]) for d in seq]
        falls = [(a - b) / a * 100 if a > 0 else 0.0 for a, b in pairwise(means)]
        # each day down by drop_pct, and in all by more than a few dozen texts' daily means wander on their own
        if all(fall >= rule.drop_pct for fall in falls) and _fall_z(days[seq[0]], days[seq[-1]]) >= rule.min_z:
            break
    else:
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


def _fall_z(first: list[float], last: list[float]) -> float:
    """How many standard errors the mean fell from the first day to the last (Welch)."""
    diff = fmean(first) - fmean(last)
    error = math.sqrt((pvariance(first) / len(first)) + (pvariance(last) / len(last)))
    if error == 0:
        return math.inf if diff > 0 else 0.0
    return diff / error


def _complaint_run(rule: ComplaintRateRule, days: dict, negatives: dict, seq: list[date]):
    """(daily rates, usual rate) when the run ``seq`` is a complaint-rate rise, else None."""
    rates = [negatives[d] / len(days[d]) * 100 for d in seq]
    if any(rate <= rule.rate_pct for rate in rates):
        return None
    history = [d for d in days if seq[0] - timedelta(days=rule.baseline_days) <= d < seq[0]
               and len(days[d]) >= rule.min_daily]
    if len(history) < rule.days:
        return None  # no usual rate known yet
    usual_negative, usual_total = sum(negatives[d] for d in history), sum(len(days[d]) for d in history)
    usual = usual_negative / usual_total
    if any(rate <= usual * 100 for rate in rates):
        return None
    run_negative, run_total = sum(negatives[d] for d in seq), sum(len(days[d]) for d in seq)
    if run_negative / run_total < rule.baseline_factor * usual or proportion_z(
            run_negative, run_total, usual_negative, usual_total) < rule.min_z:
        return None  # this listing's normal level, or a blip a few more reviews would explain
    return rates, usual


def complaint_rate(session: Session, rule: ComplaintRateRule, target: Target, ctx) -> list[Condition]:
    """Every one of the last ``days`` days over ``rate_pct`` and over the listing's usual rate (the
    ``baseline_days`` before), and the run as a whole ≥ ``baseline_factor`` × usual and above it by ``min_z``
    standard errors (both rates are samples).
    Without ``days`` days of history there is no usual rate yet: no alert."""
    since = ctx.now - timedelta(days=rule.days + rule.baseline_days + 1)
    days = daily_scores(_points(session, target, since), ctx.timezone)
    today = ctx.now.astimezone(ZoneInfo(ctx.timezone)).date()
    negatives = {d: sum(1 for s in days[d] if s < rule.negative_below) for d in days}
    for seq in day_runs(days, today, rule.days, rule.min_daily):
        found = _complaint_run(rule, days, negatives, seq)
        if found is not None:
            rates, usual = found
            break
    else:
        return []
    product = _product(session, target)
    facts = {
        **listing_facts(target, product),
        "days": rule.days,
        "rate_pct": rule.rate_pct,
        "daily": [[d.isoformat(), round(r, 2), len(days[d])] for d, r in zip(seq, rates)],
        "last_rate_pct": round(rates[-1], 2),
        "usual_rate_pct": round(usual * 100, 2),
    }
    title = f"投诉率连续 {rule.days} 天超过 {rule.rate_pct:g}%：{product}（最近 {rates[-1]:.1f}%）"
    return [Condition("complaint_rate", title, facts, change_key="over")]
