"""The daemon: APScheduler jobs rebuilt from the config at every start (no persistent job store to share
or corrupt), one crawl job per (site, interval), a delivery job draining the outbox.

Job defaults follow ARCHITECTURE.md: misfire grace in minutes, coalescing, one instance per job, jitter.
SIGTERM / Ctrl-C stop crawls (Scrapy flushes its batch), finish the running transaction and exit.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime, timezone
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.alerting.pipeline import process
from monitor.config import AppConfig
from monitor.crawling import CrawlRunner
from monitor.cycle import enabled_targets, evaluate_rules
from monitor.db import Database
from monitor.runtime import ServiceRuntime
from monitor.scheduling import CrawlJobs

log = logging.getLogger(__name__)
DELIVERY_INTERVAL_SECONDS = 5
FULL_EVALUATION_SECONDS = 300


class Daemon:
    def __init__(self, config: AppConfig, database: Database | None = None, config_path=None) -> None:
        self.config = config
        self.runtime = ServiceRuntime(self, config_path)  # reload, retention, API, crash recovery
        self.database = database or Database(config.database_url)
        self.runner = CrawlRunner(self.database, config)
        self.stop_event = threading.Event()
        self._evaluate_lock = threading.Lock()
        self._deliver_lock = threading.Lock()
        self.scheduler = BackgroundScheduler(
            timezone=config.timezone,
            executors={"default": ThreadPoolExecutor(max_workers=config.crawl.max_processes + 2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        )

    def crawl_job(self, names: list[str]) -> None:
        if self.stop_event.is_set():
            return
        targets = enabled_targets(self.database, self.config, set(names))
        self.runner.crawl(targets)
        with self._evaluate_lock:  # rules over the history of what was crawled: one pass at a time
            evaluate_rules(self.database, self.config, targets)
        self.deliver_job(dispatched=True)

    def evaluate_job(self) -> None:
        """Every rule over every target: conditions that change with time alone (a move ages out, a new day
        for the daily sentiment rules, keep_firing_for running out)."""
        with self._evaluate_lock:
            evaluate_rules(self.database, self.config)
        self.deliver_job(dispatched=True)

    def deliver_job(self, dispatched: bool = False) -> None:
        """Time-based alert news (digests, escalations, repeats) into the outbox, then the outbox out.
        One pass at a time: the crawl job calls this too, right after its rules."""
        with self._deliver_lock:
            _, report = process(self.database, self.config, dispatched=dispatched)
        if report.sent or report.failed or report.dead or report.merged:
            log.info("delivery sent=%d failed=%d dead=%d merged=%d", report.sent, report.failed, report.dead,
                     report.merged)

    def derive_metrics_job(self) -> None:
        """Series derived from reviews and mentions (差评率, 口碑指数, 投诉话题, 提及量) for the metric rules."""
        from monitor.metrics.derived import refresh_derived

        refresh_derived(self.database, self.config)

    def response_targets_job(self) -> None:
        """Escalate, once, alerts past their tier's first-assessment target (闭环管理)."""
        from monitor.alerting.timeline import escalate_overdue_assessments

        with self._deliver_lock, self.database.session() as session:
            escalated = escalate_overdue_assessments(session, self.config)
        for alert in escalated:
            log.info("alert %s escalated: no assessment within its response target", alert.short_id)

    def schedule(self) -> None:
        enabled_targets(self.database, self.config)  # sync the targets table before the first run
        self.crawl_jobs = CrawlJobs(self.scheduler, self.database, self.crawl_job)
        self.crawl_jobs.rebuild(self.config)  # per-target interval/cron, jitter, misfire grace, no overlap
        self.scheduler.add_job(self.deliver_job, IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS),
                               id="deliver", name="deliver outbox", replace_existing=True)
        self.scheduler.add_job(self.evaluate_job, IntervalTrigger(seconds=FULL_EVALUATION_SECONDS),
                               id="evaluate", name="evaluate all rules", replace_existing=True)
        self.scheduler.add_job(self.response_targets_job, IntervalTrigger(seconds=FULL_EVALUATION_SECONDS),
                               id="response-targets", name="escalate overdue assessments", replace_existing=True)
        if self.config.metrics.derived.enabled:
            self.scheduler.add_job(self.derive_metrics_job,
                                   IntervalTrigger(seconds=self.config.metrics.derived.interval),
                                   id="derive-metrics", name="derive metric series", replace_existing=True,
                                   next_run_time=datetime.now(timezone.utc))

    def add_job(self, func: Callable, seconds: float, job_id: str) -> None:
        self.scheduler.add_job(func, IntervalTrigger(seconds=seconds), id=job_id, replace_existing=True)

    def request_stop(self, *_: object) -> None:
        if not self.stop_event.is_set():
            log.info("stopping: waiting for running crawls to flush")
        self.stop_event.set()

    def run(self, install_signal_handlers: bool = True) -> None:
        """Block until SIGTERM/SIGINT (or ``request_stop``), then shut down cleanly."""
        if install_signal_handlers:
            signal.signal(signal.SIGTERM, self.request_stop)
            signal.signal(signal.SIGINT, self.request_stop)
        self.runtime.start(install_signal_handlers)
        self.schedule()
        self.scheduler.start()
        log.info("daemon running on %s", self.database.safe_url)
        try:
            while not self.stop_event.wait(1.0):
                pass
        finally:
            self.runtime.stop()
            self.runner.stop()
            self.scheduler.shutdown(wait=True)
            self.database.dispose()
            log.info("daemon stopped")
