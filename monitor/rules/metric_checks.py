"""Rule checks over one metric series: pure functions of ``[(at, value), …]`` (oldest first) and the rule.

Each returns the one condition that holds now, or None. The tier of a stepped threshold travels on the
condition, so one alert climbs Ⅲ→Ⅱ→Ⅰ (and back) as the value crosses steps instead of three alerts firing.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from datetime import datetime, timedelta
from statistics import fmean

from monitor.config.metric_rules import MetricChangeRule, MetricThresholdRule, StockCoverRule
from monitor.rules.events import Condition

Points = list[tuple[datetime, float]]
OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
OP_WORDS = {"<": "低于", "<=": "不高于", ">": "高于", ">=": "不低于"}
SCOPE_WORDS = {"shop": "全店", "sku": "商品", "keyword": "关键词", "channel": "渠道", "listing": "商品链接", "brand": "品牌"}


def scope_label(kind: str, key: str) -> str:
    if kind == "shop":
        return key or "全店"
    return f"{SCOPE_WORDS.get(kind, kind)} {key}"


def fmt(value: float, unit: str | None = None) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if unit == "元":
        return f"¥{text}"
    return f"{text}{unit or ''}"


def _fresh(points: Points, now: datetime, max_age: float) -> bool:
    return bool(points) and points[-1][0] >= now - timedelta(seconds=max_age)


def _facts(rule, kind: str, key: str, unit: str | None, points: Points) -> dict:
    return {"metric": rule.metric, "scope_kind": kind, "scope_key": key, "product": scope_label(kind, key),
            "unit": unit, "latest": points[-1][1], "latest_at": points[-1][0].isoformat()}


def threshold(points: Points, rule: MetricThresholdRule, now: datetime, kind: str, key: str,
              unit: str | None = None) -> Condition | None:
    if not _fresh(points, now, rule.max_age) or len(points) < rule.periods:
        return None
    beyond = OPS[rule.op]
    recent = points[-rule.periods:]
    latest = recent[-1][1]
    if rule.steps:
        # the worst step the latest value is beyond; every one of the last N must be beyond the mildest step
        steps = sorted(rule.steps, key=lambda s: s.value, reverse=rule.op in ("<", "<="))
        crossed = [s for s in steps if beyond(latest, s.value)]
        if not crossed or not all(beyond(v, steps[0].value) for _, v in recent):
            return None
        step = crossed[-1]
        limit, tier = step.value, step.tier
    else:
        limit, tier = rule.value, None
        if not all(beyond(v, limit) for _, v in recent):
            return None
    facts = {**_facts(rule, kind, key, unit, points), "op": rule.op, "limit": limit, "periods": rule.periods,
             "recent": [[at.isoformat(), v] for at, v in recent]}
    if rule.steps:
        facts["steps"] = [[s.value, s.tier] for s in sorted(rule.steps, key=lambda s: s.value)]
    running = f"连续 {rule.periods} 期" if rule.periods > 1 else ""
    title = (f"{rule.metric}{running}{OP_WORDS[rule.op]} {fmt(limit, unit)}：{scope_label(kind, key)}"
             f"（最新 {fmt(latest, unit)}）")
    return Condition("beyond", title, facts, change_key=f"step:{limit:g}" if rule.steps else "beyond", tier=tier)


def _window_mean(times: list[datetime], values: list[float], end: datetime, span: timedelta) -> float | None:
    hi = bisect_right(times, end)
    lo = bisect_right(times, end - span)
    return fmean(values[lo:hi]) if hi > lo else None


def change(points: Points, rule: MetricChangeRule, now: datetime, kind: str, key: str,
           unit: str | None = None) -> Condition | None:
    """Mean of the latest window vs the same window one period earlier, on each of the last N periods."""
    if not _fresh(points, now, rule.max_age):
        return None
    times, values = [at for at, _ in points], [v for _, v in points]
    period = timedelta(seconds=rule.period)
    span = timedelta(seconds=rule.window or rule.period)
    end, steps = times[-1], []
    for k in range(rule.consecutive):
        current = _window_mean(times, values, end - k * period, span)
        base = _window_mean(times, values, end - (k + 1) * period, span)
        if current is None or base is None or base <= 0 or base < rule.min_base:
            return None
        pct = (current - base) / base * 100
        if (-pct if rule.direction == "down" else pct) < rule.pct:
            return None
        steps.append([(end - k * period).isoformat(), round(base, 4), round(current, 4), round(pct, 2)])
    steps.reverse()
    word = "下降" if rule.direction == "down" else "上升"
    days = rule.period / 86400
    period_word = {1: "日环比", 7: "周环比", 30: "月环比"}.get(int(days), f"较 {days:g} 天前") if days.is_integer() \
        else f"较 {rule.period / 3600:g} 小时前"
    running = f"连续 {rule.consecutive} 期" if rule.consecutive > 1 else ""
    last_pct = abs(steps[-1][3])
    title = f"{rule.metric}{period_word}{running}{word} {last_pct:.1f}%：{scope_label(kind, key)}（{fmt(steps[-1][1], unit)} → {fmt(steps[-1][2], unit)}）"
    facts = {**_facts(rule, kind, key, unit, points), "direction": rule.direction, "threshold_pct": rule.pct,
             "period_word": period_word, "consecutive": rule.consecutive, "changes": steps,
             "base": steps[-1][1], "current": steps[-1][2], "change_pct": steps[-1][3]}
    return Condition(rule.direction, title, facts, change_key=rule.direction)


def stock_cover(stock: Points, sales: Points, safety_level: float | None, rule: StockCoverRule, now: datetime,
                kind: str, key: str) -> Condition | None:
    """Stock below its safety level, or days of cover (stock ÷ average daily sales) below the minimum."""
    if not _fresh(stock, now, rule.max_age):
        return None
    at, level = stock[-1]
    recent_sales = [v for t, v in sales if at - timedelta(days=rule.sales_days) < t <= at]
    daily = fmean(recent_sales) if recent_sales else None
    cover = level / daily if daily and daily > 0 else None
    reasons = []
    if safety_level is not None and level < safety_level:
        reasons.append("safety")
    if rule.min_days_cover is not None and cover is not None and cover < rule.min_days_cover:
        reasons.append("cover")
    if level <= 0 and (daily or safety_level):
        reasons.append("out")
    if not reasons:
        return None
    parts = []
    if "safety" in reasons:
        parts.append(f"低于安全库存 {fmt(safety_level)}")
    if "cover" in reasons:
        parts.append(f"可售 {cover:.1f} 天 < {rule.min_days_cover:g} 天")
    title = f"{'断货' if 'out' in reasons else '库存不足'}：{scope_label(kind, key)} 库存 {fmt(level)}（{'，'.join(parts) or '已为 0'}）"
    facts = {"metric": rule.metric, "scope_kind": kind, "scope_key": key, "product": scope_label(kind, key),
             "stock": level, "stock_at": at.isoformat(), "safety_stock": safety_level,
             "avg_daily_sales": round(daily, 2) if daily is not None else None, "sales_days": rule.sales_days,
             "days_of_cover": round(cover, 1) if cover is not None else None, "min_days_cover": rule.min_days_cover}
    return Condition("low_stock", title, facts, change_key="out" if "out" in reasons else "+".join(reasons))
