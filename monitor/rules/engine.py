"""Runs every enabled rule over every target (or site) in its scope and reports what holds now.

One broken rule/target pair must not hide the others' alerts, and must not resolve its own: a check that
raises is recorded as *failed*, so the lifecycle leaves that alert untouched.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.models import Target, utcnow
from monitor.rules.compliance import ComplianceUnavailable, title_compliance
from monitor.rules.events import AlertEvent, Condition, Evaluation, fingerprint
from monitor.rules.history import pass_cache
from monitor.rules.mentions import mention_negative_spike, mention_volume_spike
from monitor.rules.metric_series import series_checks
from monitor.rules.price import price_change, price_floor, undercut
from monitor.rules.reviews import review_burst
from monitor.rules.scraper_health import scrape_failures, site_blocked
from monitor.rules.sentiment_trend import complaint_rate, sentiment_decline
from monitor.rules.stock import stock

log = logging.getLogger(__name__)
PRODUCT, REVIEWS, MENTIONS = ("product",), ("product", "reviews"), ("mentions",)


@dataclass(frozen=True)
class RuleContext:
    now: datetime
    timezone: str
    metrics_shop: str = "本店"  # shop named in alerts about the seller's own metric series
    config: AppConfig | None = None  # for rules that need more of it (the compliance packs)
    #: Per-pass memo for facts several targets share (the market around a time), so a pass stays linear.
    cache: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class RuleSpec:
    check: Callable
    kinds: tuple[str, ...] | None  # target kinds the rule looks at; None = all
    per_site: bool = False
    per_series: bool = False  # over metric series (check returns (subject, shop, check) triples), not targets


RULES: dict[str, RuleSpec] = {
    "price_drop": RuleSpec(price_change, PRODUCT),
    "price_rise": RuleSpec(price_change, PRODUCT),
    "undercut": RuleSpec(undercut, PRODUCT),
    "price_floor": RuleSpec(price_floor, PRODUCT),
    "stock": RuleSpec(stock, PRODUCT),
    "review_burst": RuleSpec(review_burst, REVIEWS),
    "sentiment_decline": RuleSpec(sentiment_decline, None),
    "complaint_rate": RuleSpec(complaint_rate, REVIEWS),
    "mention_volume_spike": RuleSpec(mention_volume_spike, MENTIONS),
    "mention_negative_spike": RuleSpec(mention_negative_spike, MENTIONS),
    "compliance": RuleSpec(title_compliance, PRODUCT),
    "scrape_failures": RuleSpec(scrape_failures, None),
    "site_blocked": RuleSpec(site_blocked, None, per_site=True),
    "metric_threshold": RuleSpec(series_checks, None, per_series=True),
    "metric_change": RuleSpec(series_checks, None, per_series=True),
    "stock_cover": RuleSpec(series_checks, None, per_series=True),
}


def in_scope(rule, target: Target) -> bool:
    scope = rule.scope
    if scope.owner != "any" and target.owner != scope.owner:
        return False
    if scope.targets and target.name not in scope.targets:
        return False
    if scope.groups and target.group_key not in scope.groups:
        return False
    return True


def _event(rule, found: Condition, subject: str, target: Target | None, site: str | None,
           shop: str | None = None) -> AlertEvent:
    return AlertEvent(
        rule_id=rule.id, rule_type=rule.type, tier=found.tier or rule.tier,
        fingerprint=fingerprint(rule.id, subject, found.condition), title=found.title, facts=found.facts,
        target_id=target.id if target else None, group_key=target.group_key if target else None,
        subject=subject, condition=found.condition, change_key=found.change_key,
        site=site, shop=shop or ((target.shop or target.site) if target else site),
        keep_firing_for=rule.keep_firing_for, rank=found.rank,
    )


def _run(evaluation: Evaluation, rule, subject: str, check: Callable, args: tuple, target: Target | None,
         site: str | None, shop: str | None = None) -> None:
    key = (rule.id, subject)
    try:
        found = check(*args)
    except ComplianceUnavailable as exc:
        log.warning("rule %s skipped: %s", rule.id, exc)
        evaluation.failed.add(key)
        return
    except Exception:
        log.exception("rule %s failed on %s", rule.id, subject)
        evaluation.failed.add(key)
        return
    evaluation.evaluated.add(key)
    evaluation.events.extend(_event(rule, f, subject, target, site, shop) for f in found)


def _run_series(evaluation: Evaluation, session: Session, rule, spec: RuleSpec, ctx: RuleContext) -> None:
    try:
        checks = spec.check(session, rule, ctx)
    except Exception:  # the rule's query failed: leave all its alerts as they are
        log.exception("rule %s failed to read its metric series", rule.id)
        evaluation.rules_run.discard(rule.id)
        return
    for subject, shop, check in checks:
        _run(evaluation, rule, subject, check, (), None, None, shop)


def affected_by(targets: list[Target], changed: set[int]) -> tuple[set[int], set[str]]:
    """Targets whose conditions may have changed when ``changed`` got new data: those, plus the competitors
    of a changed own listing's group (undercut compares against it); and the sites they are on."""
    ids = set(changed)
    own_groups = {t.group_key for t in targets if t.id in changed and t.owner == "own" and t.group_key}
    ids |= {t.id for t in targets if t.group_key in own_groups}
    return ids, {t.site for t in targets if t.id in ids}


def evaluate(session: Session, config: AppConfig, now: datetime | None = None,
             changed: set[int] | None = None) -> Evaluation:
    """All rules over all targets, or — after a crawl — only over what the crawled targets can affect
    (``changed``: their ids). A partial pass never closes alerts of targets it did not look at."""
    ctx = RuleContext(now or utcnow(), config.timezone, config.metrics.shop, config)
    targets = list(session.scalars(
        select(Target).where(Target.enabled.is_(True), Target.in_config.is_(True)).order_by(Target.id)))
    evaluation = Evaluation(complete=changed is None)
    ids, sites = affected_by(targets, changed) if changed is not None else (set(), set())
    with pass_cache(session, [t.id for t in targets if changed is None or t.id in ids]):
        for rule in config.rules:
            _evaluate_rule(session, rule, ctx, targets, evaluation, changed, ids, sites)
    return evaluation


def _evaluate_rule(session: Session, rule, ctx: RuleContext, targets: list[Target], evaluation: Evaluation,
                   changed: set[int] | None, ids: set[int], sites: set[str]) -> None:
    if not rule.enabled:
        return
    spec = RULES[rule.type]
    evaluation.rules_run.add(rule.id)
    if spec.per_series:
        if changed is None:  # a crawl does not change the seller's own numbers: full passes only
            _run_series(evaluation, session, rule, spec, ctx)
        return
    chosen = [t for t in targets if in_scope(rule, t) and (spec.kinds is None or t.kind in spec.kinds)]
    if spec.per_site:
        by_site: dict[str, list[Target]] = defaultdict(list)
        for target in chosen:
            if changed is None or target.site in sites:
                by_site[target.site].append(target)
        for site, site_targets in sorted(by_site.items()):
            _run(evaluation, rule, f"site:{site}", spec.check, (session, rule, site, site_targets, ctx), None, site)
        return
    for target in chosen:
        if changed is not None and target.id not in ids:
            continue
        effective = rule.for_target(target.name, target.group_key)
        if not effective.enabled:
            continue
        _run(evaluation, effective, f"target:{target.id}", spec.check, (session, effective, target, ctx), target,
             target.site)

