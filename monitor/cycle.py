"""One monitoring pass: crawl, evaluate rules, queue alerts, deliver. Shared by ``crawl --once``, the
daemon's jobs and the demo so all three behave the same."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from monitor.alerting.lifecycle import record
from monitor.alerting.outbox import DrainReport, deliver_due
from monitor.config import AppConfig
from monitor.crawling import CrawlOutcome, CrawlRunner
from monitor.db import Database
from monitor.models import Alert, Target
from monitor.rules.engine import evaluate
from monitor.store import sync_targets

log = logging.getLogger(__name__)


@dataclass
class CycleReport:
    crawls: list[CrawlOutcome] = field(default_factory=list)
    new_alerts: list[str] = field(default_factory=list)  # short ids
    delivery: DrainReport = field(default_factory=DrainReport)


def enabled_targets(database: Database, config: AppConfig, names: set[str] | None = None) -> list[Target]:
    with database.session() as session:
        sync_targets(session, config)
        query = select(Target).where(Target.enabled.is_(True), Target.in_config.is_(True))
        targets = list(session.scalars(query))
    return [t for t in targets if names is None or t.name in names]


def evaluate_rules(database: Database, config: AppConfig) -> list[Alert]:
    with database.session() as session:
        alerts = record(session, evaluate(session, config), config)
    for alert in alerts:
        log.info("alert %s fired: [%s] %s", alert.short_id, alert.tier, alert.title)
    return alerts


def run_cycle(database: Database, config: AppConfig, runner: CrawlRunner,
              targets: list[Target] | None = None) -> CycleReport:
    report = CycleReport()
    report.crawls = runner.crawl(targets if targets is not None else enabled_targets(database, config))
    report.new_alerts = [a.short_id for a in evaluate_rules(database, config)]
    report.delivery = deliver_due(database, config)
    return report
