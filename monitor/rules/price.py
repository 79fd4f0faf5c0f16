"""Price rules: a move versus the previous price and the rolling baseline, a competitor under the seller's own
price, a listing under a floor.

A move is one condition per direction (fingerprint ``rule|target:ID|drop``): it holds from the observation
that moved until the price moves back or ``active_for`` (default: the baseline window) has passed, so
re-evaluation updates one alert instead of raising one per crawl, and a further move updates it again.
Level conditions (undercut, floor) also fire on a target's very first observation (changedetection #3851).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from sqlalchemy.orm import Session

from monitor.config.rules import PriceChangeRule, PriceFloorRule, UndercutRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import latest_price, own_listings, price_points

CENT, TENTH = Decimal("0.01"), Decimal("0.1")


def money(value: Decimal) -> str:
    return str(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP))


def percent(part: Decimal, whole: Decimal) -> Decimal:
    return (Decimal(part) / Decimal(whole) * 100).quantize(TENTH, rounding=ROUND_HALF_UP)


def _meets(rule: PriceChangeRule, delta: Decimal, reference: Decimal) -> bool:
    """Either threshold is enough: ≥ x % or ≥ ¥y."""
    if reference <= 0:
        return False
    by_pct = rule.threshold_pct is not None and delta / reference * 100 >= Decimal(str(rule.threshold_pct))
    by_abs = rule.threshold_abs is not None and delta >= rule.threshold_abs
    return by_pct or by_abs


def price_change(session: Session, rule: PriceChangeRule, target: Target, ctx) -> list[Condition]:
    drop = rule.type == "price_drop"
    active_for = timedelta(seconds=rule.active_for or rule.baseline)
    baseline = timedelta(seconds=rule.baseline)
    points = price_points(session, target.id, ctx.now - active_for - baseline)
    if len(points) < 2:
        return []
    current = points[-1]
    start = len(points) - 1
    while start > 0 and points[start - 1].price == current.price:
        start -= 1
    if start == 0:
        return []  # no earlier different price in view: nothing moved
    previous, changed_at = points[start - 1], points[start].observed_at
    if ctx.now - changed_at > active_for:
        return []  # the move is old news: the new price is the normal one
    delta = current.price - previous.price
    if (drop and delta >= 0) or (not drop and delta <= 0) or not _meets(rule, abs(delta), previous.price):
        return []
    window = [p.price for p in points[:start] if p.observed_at >= changed_at - baseline]
    reference = Decimal(median(window)) if len(window) >= rule.baseline_min_points else None
    if reference is not None:
        versus = current.price - reference
        if (drop and versus >= 0) or (not drop and versus <= 0) or not _meets(rule, abs(versus), reference):
            return []  # a move back towards the usual price, not an anomaly
    pct = percent(abs(delta), previous.price)
    product = current.title or target.name
    who = "本店" if target.owner == "own" else "竞品"
    facts = {
        **listing_facts(target, product),
        "direction": "drop" if drop else "rise",
        "old_price": money(previous.price),
        "new_price": money(current.price),
        "change": money(delta),
        "change_pct": str(pct),
        "baseline": money(reference) if reference is not None else None,
        "baseline_pct": str(percent(abs(current.price - reference), reference)) if reference is not None else None,
        "baseline_days": round(rule.baseline / 86400, 1),
        "currency": current.currency or "CNY",
        "observed_at": changed_at.isoformat(),
        "previous_observed_at": previous.observed_at.isoformat(),
    }
    title = f"{who}{'降价' if drop else '涨价'} {pct}%：{product}"
    return [Condition("drop" if drop else "rise", title, facts, change_key=money(current.price))]


def undercut(session: Session, rule: UndercutRule, target: Target, ctx) -> list[Condition]:
    if not target.group_key or target.owner == "own":
        return []
    theirs = latest_price(session, target.id)
    if theirs is None:
        return []
    own = [(t, latest_price(session, t.id)) for t in own_listings(session, target.group_key)]
    own = [(t, p) for t, p in own if p is not None]
    if not own:
        return []
    own_target, mine = min(own, key=lambda pair: pair[1].price)
    gap = mine.price - theirs.price
    if gap <= 0 or gap < rule.min_gap_abs or percent(gap, mine.price) < Decimal(str(rule.min_gap_pct)):
        return []
    product = theirs.title or target.name
    facts = {
        **listing_facts(target, product),
        "their_price": money(theirs.price),
        "own_price": money(mine.price),
        "own_target": own_target.name,
        "own_product": mine.title or own_target.name,
        "own_shop": own_target.shop,
        "gap": money(gap),
        "gap_pct": str(percent(gap, mine.price)),
        "observed_at": theirs.observed_at.isoformat(),
    }
    title = f"竞品低于本店价 ¥{money(gap)}（{facts['gap_pct']}%）：{product}"
    return [Condition("undercut", title, facts, change_key=f"{money(theirs.price)}|{money(mine.price)}")]


def price_floor(session: Session, rule: PriceFloorRule, target: Target, ctx) -> list[Condition]:
    floor = rule.floors.get(target.name) or (rule.floors.get(target.group_key) if target.group_key else None)
    floor = floor or rule.floor
    if floor is None:
        return []
    point = latest_price(session, target.id)
    if point is None or point.price >= floor:
        return []
    product = point.title or target.name
    facts = {
        **listing_facts(target, product),
        "price": money(point.price),
        "floor": money(floor),
        "gap": money(floor - point.price),
        "gap_pct": str(percent(floor - point.price, floor)),
        "observed_at": point.observed_at.isoformat(),
    }
    title = f"低于控价底线 ¥{money(floor)}：{product} 现价 ¥{money(point.price)}"
    return [Condition("below_floor", title, facts, change_key=money(point.price))]
