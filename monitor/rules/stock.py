"""Stock rule: a listing that is out of stock fires; coming back in stock is its resolved notice.

*unknown* is never a state (a 403 or an unreadable page says nothing about stock, changedetection #1843).
Flapping in and out is one alert: the rule keeps firing until the listing has been back in stock for
``keep_firing_for`` (2 h by default), and the message counts the changes instead of sending one per change
(changedetection #4301, inventory-hunter #22).
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from sqlalchemy.orm import Session

from monitor.config.rules import StockRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import known_stock, latest_title

OUT = "out_of_stock"


def stock(session: Session, rule: StockRule, target: Target, ctx) -> list[Condition]:
    window_start = ctx.now - timedelta(seconds=rule.flap_window)
    states = known_stock(session, target.id, window_start)
    if not states or states[-1][1] != OUT:
        return []
    since = states[-1][0]
    for at, state in reversed(states):
        if state != OUT:
            break
        since = at
    changes = sum(1 for (_, a), (at, b) in pairwise(states) if (a == OUT) != (b == OUT) and at >= window_start)
    back_in = [at for at, state in states if state != OUT]
    product = latest_title(session, target.id) or target.name
    facts = {
        **listing_facts(target, product),
        "since": since.isoformat(),
        "observed_at": states[-1][0].isoformat(),
        "changes": changes,
        "flap_hours": round(rule.flap_window / 3600, 1),
        "last_in_stock_at": back_in[-1].isoformat() if back_in else None,
    }
    title = f"{'本店' if target.owner == 'own' else '竞品'}缺货：{product}"
    return [Condition("out_of_stock", title, facts, change_key=OUT)]
