"""Price rules over each target's observation history."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from monitor.config import PriceDropRule
from monitor.models import Target
from monitor.rules.events import AlertEvent
from monitor.store import last_price_points


def in_scope(rule, target: Target) -> bool:
    scope = rule.scope
    if scope.owner != "any" and target.owner != scope.owner:
        return False
    if scope.targets and target.name not in scope.targets:
        return False
    if scope.groups and target.group_key not in scope.groups:
        return False
    return True


def price_drop(session: Session, rule: PriceDropRule, target: Target) -> AlertEvent | None:
    """A price at least ``threshold_pct`` below the previous observed price.

    The fingerprint names the observation that dropped, so a drop alerts once however often rules run,
    and the next drop is a new alert.
    """
    points = last_price_points(session, target.id, limit=2)
    if len(points) < 2:
        return None
    new, old = points
    if old.price is None or new.price is None or old.price <= 0 or new.price >= old.price:
        return None
    change_pct = (old.price - new.price) / old.price * 100
    if change_pct < Decimal(str(rule.threshold_pct)):
        return None
    pct = change_pct.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    product = new.title or target.name
    return AlertEvent(
        rule_id=rule.id,
        rule_type=rule.type,
        tier=rule.tier,
        fingerprint=f"{rule.id}:target={target.id}:obs={new.observation_id}",
        title=f"竞品降价 {pct}%：{product}",
        facts={
            "target": target.name,
            "product": product,
            "shop": target.shop or target.site,
            "group": target.group_key,
            "url": target.url,
            "old_price": str(old.price),
            "new_price": str(new.price),
            "change": str(new.price - old.price),
            "change_pct": str(pct),
            "currency": new.currency or "CNY",
            "observed_at": new.observed_at.isoformat(),
            "previous_observed_at": old.observed_at.isoformat(),
        },
        target_id=target.id,
        group_key=target.group_key,
    )
