"""Price rules: a move versus the previous price and the rolling baseline, a competitor under the seller's own
price, a listing under a floor.

A move is one condition per direction (fingerprint ``rule|target:ID|drop``): it holds from the observation
that moved until the price moves back or ``active_for`` (default: the baseline window) has passed, so
re-evaluation updates one alert instead of raising one per crawl, and a further move updates it again.
Level conditions (undercut, floor) also fire on a target's very first observation (changedetection #3851).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config.rules import PriceChangeRule, PriceFloorRule, UndercutRule
from monitor.models import PriceObservation, Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import PricePoint, latest_price, own_listings, price_points

log = logging.getLogger(__name__)
CENT, TENTH = Decimal("0.01"), Decimal("0.1")
#: Moves within this many seconds share one look at the market (market_move), so a pass stays linear.
MARKET_BUCKET = 900
UNDERCUT_STEP_PCT = 5  # an undercut is news again when its gap grows into the next step of this many points


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


@dataclass(frozen=True)
class Move:
    """One price change in view: from ``before`` (last seen at ``previous_at``) to ``after`` at ``at``."""

    before: Decimal
    after: Decimal
    at: datetime
    previous_at: datetime
    reference: Decimal | None  # median of the baseline window before the move
    anomaly: str | None  # "drop" / "rise" when the move was one in the rule's sense when it happened


def _undoes(moves: list[Move], after: Decimal, rule: PriceChangeRule, direction: str, at: datetime,
            active_for: timedelta) -> bool:
    """The move brings the price back to where it was before an earlier, still recent, opposite anomaly: that
    is the earlier move's recovery (its alert resolves), not news of its own."""
    opposite = "rise" if direction == "drop" else "drop"
    return any(m.anomaly == opposite and at - m.at <= active_for and not _meets(rule, abs(after - m.before), m.before)
               for m in moves)


def price_moves(points: list[PricePoint], rule: PriceChangeRule) -> list[Move]:
    """Every change of price in ``points``, oldest first, each classified as it would have been judged when it
    happened: ≥ the threshold versus the previous price, and as much versus the baseline median before it."""
    baseline = timedelta(seconds=rule.baseline)
    active_for = timedelta(seconds=rule.active_for or rule.baseline)
    moves: list[Move] = []
    for i in range(1, len(points)):
        before, after = points[i - 1].price, points[i].price
        if before == after:
            continue
        at = points[i].observed_at
        direction = "drop" if after < before else "rise"
        reference, anomaly = None, None
        if _meets(rule, abs(after - before), before):
            window = [p.price for p in points[:i] if p.observed_at >= at - baseline]
            reference = Decimal(median(window)) if len(window) >= rule.baseline_min_points else None
            versus_ok = reference is None or (
                ((after < reference) if direction == "drop" else (after > reference))
                and _meets(rule, abs(after - reference), reference))
            if versus_ok and not _undoes(moves, after, rule, direction, at, active_for):
                anomaly = direction
        moves.append(Move(before, after, at, points[i - 1].observed_at, reference, anomaly))
    return moves


def market_move(session: Session, rule: PriceChangeRule, target: Target, move: Move, ctx=None) -> dict | None:
    """A move most of the watched market made at the same time (618, 双11, a platform-wide coupon) is not an
    anomaly of this competitor: at least ``market_min_share`` of the other listings in the rule's scope with
    prices around the move, from at least ``market_min_shops`` shops counting this one, moved the same way by
    the threshold within ``market_window`` of it (``ignore_market_moves: false`` turns this off). Returns what
    was found then (for the log), else None.

    The market around a time is computed once per pass and ``MARKET_BUCKET`` (``ctx.cache``): looking at
    every peer for every move made a full pass quadratic in the number of targets."""
    if not rule.ignore_market_moves:
        return None
    bucket = datetime.fromtimestamp(move.at.timestamp() // MARKET_BUCKET * MARKET_BUCKET, move.at.tzinfo)
    key = ("market", rule.id, rule.type, rule.threshold_pct, rule.threshold_abs, rule.market_window,
           rule.scope.model_dump_json(), bucket)
    cache = ctx.cache if ctx is not None else {}
    if key not in cache:
        cache[key] = _market_around(session, rule, bucket, move.anomaly == "drop")
    shop_of, watched, moved = cache[key]
    watched, moved = watched - {target.id}, moved - {target.id}
    shops = {shop_of[i] for i in moved} | {target.shop or target.site}
    if watched and len(moved) / len(watched) >= rule.market_min_share and len(shops) >= rule.market_min_shops:
        return {"peers": len(watched), "moved": len(moved), "shops": len(shops)}
    return None


def _market_around(session: Session, rule: PriceChangeRule, at: datetime, drop: bool):
    """``(shop by target id, ids watched around at, ids that moved the rule's way by its threshold)`` over
    the product listings in the rule's scope, in one query bounded by time."""
    window = timedelta(seconds=rule.market_window)
    peers = {t.id: t for t in session.scalars(select(Target).where(
        Target.enabled.is_(True), Target.in_config.is_(True), Target.kind == "product")) if _in_scope(rule, t)}
    rows = session.execute(
        select(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.price)
        .where(PriceObservation.price.is_not(None),
               PriceObservation.observed_at >= at - window - timedelta(days=1),
               PriceObservation.observed_at <= at + window)
        .order_by(PriceObservation.observed_at)).all()
    series: dict[int, list[tuple[datetime, Decimal]]] = {}
    for target_id, observed_at, price in rows:
        if target_id in peers:
            series.setdefault(target_id, []).append((observed_at, price))
    watched, moved = set(), set()
    for target_id, prices in series.items():
        before = [p for t, p in prices if t < at - window]
        during = [p for t, p in prices if at - window <= t <= at + window]
        if not before or not during:
            continue
        watched.add(target_id)
        extreme = min(during) if drop else max(during)
        if (extreme < before[-1] if drop else extreme > before[-1]) and _meets(rule, abs(extreme - before[-1]),
                                                                                before[-1]):
            moved.add(target_id)
    return {i: (t.shop or t.site) for i, t in peers.items()}, watched, moved
    window = timedelta(seconds=rule.market_window)
    min_share, min_shops = rule.market_min_share, rule.market_min_shops
    peers = {t.id: t for t in session.scalars(select(Target).where(
        Target.enabled.is_(True), Target.in_config.is_(True), Target.kind == "product", Target.id != target.id))
        if _in_scope(rule, t)}
    if len(peers) + 1 < min_shops:
        return None
    rows = session.execute(
        select(PriceObservation.target_id, PriceObservation.observed_at, PriceObservation.price)
        .where(PriceObservation.target_id.in_(list(peers)), PriceObservation.price.is_not(None),
               PriceObservation.observed_at >= move.at - window - timedelta(days=1),
               PriceObservation.observed_at <= move.at + window)
        .order_by(PriceObservation.observed_at)).all()
    series: dict[int, list[tuple[datetime, Decimal]]] = {}
    for target_id, observed_at, price in rows:
        series.setdefault(target_id, []).append((observed_at, price))
    drop = move.anomaly == "drop"
    watched, moved = 0, set()
    for target_id, prices in series.items():
        before = [p for at, p in prices if at < move.at - window]
        during = [p for at, p in prices if move.at - window <= at <= move.at + window]
        if not before or not during:
            continue
        watched += 1
        extreme = min(during) if drop else max(during)
        if (extreme < before[-1] if drop else extreme > before[-1]) and _meets(rule, abs(extreme - before[-1]),
                                                                                before[-1]):
            moved.add(target_id)
    shops = {peers[i].shop or peers[i].site for i in moved} | {target.shop or target.site}
    if watched and len(moved) / watched >= min_share and len(shops) >= min_shops:
        return {"peers": watched, "moved": len(moved), "shops": len(shops)}
    return None


def _in_scope(rule, target: Target) -> bool:
    scope = rule.scope
    return ((scope.owner == "any" or target.owner == scope.owner)
            and (not scope.targets or target.name in scope.targets)
            and (not scope.groups or target.group_key in scope.groups))


def price_change(session: Session, rule: PriceChangeRule, target: Target, ctx) -> list[Condition]:
    """Holds from an anomalous move (see ``price_moves``) while the price stays moved by the threshold against
    the price before it — daily wiggles after a cut do not end the alert, moving back does — for at most
    ``active_for``. The change key is the move's new price, so only a further anomalous move is news."""
    drop = rule.type == "price_drop"
    direction = "drop" if drop else "rise"
    active_for = timedelta(seconds=rule.active_for or rule.baseline)
    baseline = timedelta(seconds=rule.baseline)
    points = price_points(session, target.id, ctx.now - active_for - baseline)
    if len(points) < 2:
        return []
    moves = price_moves(points, rule)
    move = next((m for m in reversed(moves) if m.anomaly == direction), None)
    if move is None or ctx.now - move.at > active_for:
        return []  # nothing moved, or the move is old news: the new price is the normal one
    current = points[-1]
    still = (current.price < move.before) if drop else (current.price > move.before)
    if not still or not _meets(rule, abs(current.price - move.before), move.before):
        return []  # moved back
    market = market_move(session, rule, target, move, ctx)
    if market is not None:
        log.debug("%s: %s of %s is a market-wide move (%s)", rule.id, direction, target.name, market)
        return []
    reference = move.reference
    pct = percent(abs(current.price - move.before), move.before)
    product = current.title or target.name
    who = "本店" if target.owner == "own" else "竞品"
    facts = {
        **listing_facts(target, product),
        "direction": direction,
        "old_price": money(move.before),
        "new_price": money(current.price),
        "change": money(current.price - move.before),
        "change_pct": str(pct),
        "baseline": money(reference) if reference is not None else None,
        "baseline_pct": str(percent(abs(current.price - reference), reference)) if reference is not None else None,
        "baseline_days": round(rule.baseline / 86400, 1),
        "currency": current.currency or "CNY",
        "observed_at": move.at.isoformat(),
        "previous_observed_at": move.previous_at.isoformat(),
    }
    title = f"{who}{'降价' if drop else '涨价'} {pct}%：{product}"
    return [Condition(direction, title, facts, change_key=money(move.after))]


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
    # news again only when the gap grows into a further step, not at every wiggle of either price
    step = int(percent(gap, mine.price) // UNDERCUT_STEP_PCT)
    return [Condition("undercut", title, facts, change_key=f"gap≥{step * UNDERCUT_STEP_PCT}%", rank=step)]


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
