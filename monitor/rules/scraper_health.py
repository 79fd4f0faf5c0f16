"""Scraper health: a target whose last N crawls all failed, and a whole site that blocks us (403/429/captcha).

A blocked site is one alert for the site, not one per listing; while it fires, inhibition keeps that site's
price and stock alerts quiet (their data is stale, not news).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy.orm import Session

from monitor.config.rules import ScrapeFailureRule, SiteBlockedRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import recent_outcomes


def scrape_failures(session: Session, rule: ScrapeFailureRule, target: Target, ctx) -> list[Condition]:
    outcomes = recent_outcomes(session, target.id, rule.consecutive)
    if len(outcomes) < rule.consecutive or any(o.ok for o in outcomes):
        return []
    kinds = Counter(o.kind for o in outcomes)
    latest = outcomes[0]
    facts = {
        **listing_facts(target),
        "consecutive": rule.consecutive,
        "reason": latest.reason,
        "kind": latest.kind,
        "http_status": latest.http_status,
        "kinds": dict(kinds),
        "observed_at": latest.at.isoformat(),
    }
    title = f"采集连续失败 {rule.consecutive} 次：{target.name}（{latest.reason}）"
    return [Condition("failing", title, facts, change_key="failing")]


def site_blocked(session: Session, rule: SiteBlockedRule, site: str, targets: list[Target], ctx) -> list[Condition]:
    latest = {t.name: recent_outcomes(session, t.id, 1) for t in targets}
    seen = {name: outcomes[0] for name, outcomes in latest.items() if outcomes}
    blocked = {name: o for name, o in seen.items() if not o.ok and o.kind in rule.kinds}
    if not seen or len(blocked) < rule.min_targets or len(blocked) / len(seen) < rule.min_share:
        return []
    statuses = Counter(str(o.http_status or o.kind) for o in blocked.values())
    facts = {
        "site": site,
        "blocked": len(blocked),
        "watched": len(seen),
        "statuses": dict(statuses),
        "targets": sorted(blocked)[:20],
        "reason": next(iter(blocked.values())).reason,
        "observed_at": max(o.at for o in blocked.values()).isoformat(),
        "shop": site,
    }
    title = f"站点封锁或限流：{site}（{len(blocked)}/{len(seen)} 个商品，{'、'.join(statuses)}）"
    return [Condition("blocked", title, facts, change_key="blocked")]
