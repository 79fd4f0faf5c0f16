"""Glue between the rule engine and the metric series store: one query per rule fetches every series of its
metric in the window it needs, then each series is judged on its own (its own subject, so one alert per
SKU/keyword/channel, and a failing series never hides the others).

The subject is ``metric:<kind>:<key>``; an ``overrides`` entry matches a series by its key
(``{targets: [SKU1001], value: 3}``), like target rules match target names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.metrics.store import latest_values, series_since
from monitor.models import MetricPoint
from monitor.rules.events import Condition
from monitor.rules.metric_checks import change, stock_cover, threshold

DAY, WEEK = 86400.0, 7 * 86400.0
SAFETY_LOOKBACK_DAYS = 400
SeriesCheck = tuple[str, str, Callable[[], list[Condition]]]  # subject, shop, check


def series_subject(kind: str, key: str) -> str:
    subject = f"metric:{kind}:{key}"
    if len(subject) <= 120:
        return subject
    return f"metric:{kind}:#{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def metric_unit(session: Session, metric: str) -> str | None:
    return session.scalar(select(MetricPoint.unit).where(MetricPoint.metric == metric, MetricPoint.unit.is_not(None))
                          .order_by(MetricPoint.id.desc()).limit(1))


def _lookback(rule) -> float:
    if rule.type == "metric_threshold":
        return rule.max_age + rule.periods * WEEK
    if rule.type == "metric_change":
        return rule.max_age + (rule.consecutive + 1) * rule.period + (rule.window or rule.period)
    return rule.max_age + rule.sales_days * DAY


def _one(condition: Condition | None, rule) -> list[Condition]:
    """A list for the engine; the tier of the series' override unless a step chose one."""
    if condition is None:
        return []
    condition.tier = condition.tier or rule.tier
    return [condition]


def series_checks(session: Session, rule, ctx) -> list[SeriesCheck]:
    """One (subject, shop, check) per series of the rule's metric that has points in its window."""
    since = ctx.now - timedelta(seconds=_lookback(rule))
    kinds, keys = rule.scope.kinds, rule.scope.keys
    series = series_since(session, rule.metric, since, kinds, keys)
    unit = metric_unit(session, rule.metric) if series else None
    sales = safety_levels = {}
    if rule.type == "stock_cover" and series:
        sales = series_since(session, rule.sales_metric, since, kinds, keys)
        if rule.safety_metric:
            safety_levels = latest_values(session, rule.safety_metric,
                                          ctx.now - timedelta(days=SAFETY_LOOKBACK_DAYS), kinds)
    checks = []
    for (kind, key), points in sorted(series.items()):
        effective = rule.for_target(key, None)
        if not effective.enabled:
            continue
        shop = key if kind == "shop" and key else ctx.metrics_shop
        if rule.type == "metric_threshold":
            check = (lambda p=points, r=effective, k=kind, s=key: _one(threshold(p, r, ctx.now, k, s, unit), r))
        elif rule.type == "metric_change":
            check = (lambda p=points, r=effective, k=kind, s=key: _one(change(p, r, ctx.now, k, s, unit), r))
        else:
            level = effective.safety.get(key, safety_levels.get((kind, key), effective.safety_stock))
            check = (lambda p=points, r=effective, k=kind, s=key, lv=level:
                     _one(stock_cover(p, sales.get((k, s), []), lv, r, ctx.now, k, s), r))
        checks.append((series_subject(kind, key), shop, check))
    return checks
