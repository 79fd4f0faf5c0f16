"""广告法 compliance of the seller's own listing titles: a ``block`` finding (绝对化用语, 医疗用语, …) on the
title as last crawled fires an alert naming the words, why, and how to rewrite. Fixing the title on the shop
resolves it at the next crawl.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from sqlalchemy.orm import Session

from monitor.config.rules import ComplianceRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import latest_title

log = logging.getLogger(__name__)


class ComplianceUnavailable(RuntimeError):
    """The compliance library is not installed: the rule cannot look, so its alerts are left as they are."""


def _checker(config):
    try:
        from monitor.text_analysis import compliance_checker
        from sentiment.compliance import CATEGORIES
    except ImportError as exc:
        raise ComplianceUnavailable(f"sentiment.compliance is not available: {exc}") from None
    return compliance_checker(config).check, CATEGORIES


@lru_cache(maxsize=4096)
def _findings(check, title: str) -> tuple:
    """A title is checked once per checker: listing titles rarely change between crawls."""
    return tuple(check(title))


def title_compliance(session: Session, rule: ComplianceRule, target: Target, ctx) -> list[Condition]:
    title = latest_title(session, target.id)
    if not title:
        return []
    check, categories = _checker(ctx.config)
    findings = [f for f in _findings(check, title) if getattr(f, "level", None) in rule.levels]
    if not findings:
        return []
    items = [{
        "text": f.text,
        "level": f.level,
        "category": getattr(f, "category", ""),
        "category_name": categories.get(getattr(f, "category", ""), getattr(f, "category", "")),
        "reason": getattr(f, "reason", ""),
        "suggestion": getattr(f, "suggestion", ""),
    } for f in findings]
    words = "、".join(dict.fromkeys(i["text"] for i in items))
    facts = {**listing_facts(target, title), "title": title, "findings": items, "words": words}
    return [Condition("title_violation", f"本店标题违规（广告法）：{words} — {title}", facts,
                      change_key="|".join(sorted({i["text"] for i in items}))[:250])]
