"""One monitoring pass: crawl, evaluate rules, queue alerts, deliver. Shared by ``crawl --once``, the
daemon's jobs and the demo so all three behave the same."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from monitor.alerting.outbox import DrainReport
from monitor.alerting.pipeline import evaluate_and_record, process
from monitor.config import AppConfig
from monitor.crawling import CrawlOutcome, CrawlRunner
from monitor.db import Database
from monitor.models import Alert, Target
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


def evaluate_rules(database: Database, config: AppConfig, targets: list[Target] | None = None) -> list[Alert]:
    """Rules over the stored history; alert changes and their outbox rows in one transaction. With
    ``targets`` (just crawled), only what they can affect is evaluated: fast, so alerts go out seconds after
    the crawl; the daemon's periodic full pass catches conditions that change with time alone."""
    return evaluate_and_record(database, config, changed={t.id for t in targets} if targets is not None else None)


def run_cycle(database: Database, config: AppConfig, runner: CrawlRunner,
              targets: list[Target] | None = None) -> CycleReport:
    report = CycleReport()
    report.crawls = runner.crawl(targets if targets is not None else enabled_targets(database, config))
    report.new_alerts = [a.short_id for a in evaluate_rules(database, config)]
    _, report.delivery = process(database, config, dispatched=True)  # evaluate_rules just dispatched
    return report
