"""Crawl jobs, rebuilt in memory from the (effective) config at start-up and on every reload.

There is no persistent job store: the targets in the config and the API overrides in the database are the
source of truth, so two processes can never share or corrupt a job table. Targets of one site with the same
schedule share a job (one crawl process per site and run). Each target has an ``interval`` or a ``cron``;
jobs coalesce missed runs, tolerate lateness of ``schedule.misfire_grace`` and add random jitter so a
thousand targets do not fire in the same second. A target is never crawled twice at once, even when a
reload moves it to another job while its previous run is still going.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from apscheduler.util import undefined
from sqlalchemy import func, select

from monitor.config import AppConfig
from monitor.db import Database
from monitor.models import ExtractionFailure, PriceObservation, Target

log = logging.getLogger(__name__)
CRAWL_JOB_PREFIX = "crawl:"
JITTER_SHARE_OF_INTERVAL = 0.1


@dataclass(frozen=True)
class CrawlPlan:
    """One scheduled job: the targets of one site that share a schedule."""

    site: str
    interval: float | None
    cron: str | None
    names: tuple[str, ...]

    @property
    def job_id(self) -> str:
        when = f"cron={self.cron}" if self.cron else f"every={self.interval:g}s"
        return f"{CRAWL_JOB_PREFIX}{self.site}:{when}"

    @property
    def description(self) -> str:
        when = f"cron '{self.cron}'" if self.cron else f"every {self.interval:g}s"
        return f"crawl {self.site} {when} ({len(self.names)} target(s))"


def plan_crawls(config: AppConfig) -> list[CrawlPlan]:
    """Group the enabled targets by site and schedule."""
    groups: dict[tuple[str, float | None, str | None], list[str]] = defaultdict(list)
    for target in config.targets:
        if not target.enabled:
            continue
        key = (target.site, None, target.cron) if target.cron else (target.site, float(target.interval), None)
        groups[key].append(target.name)
    return [CrawlPlan(site, interval, cron, tuple(sorted(names)))
            for (site, interval, cron), names in sorted(groups.items(), key=lambda item: str(item[0]))]


def make_trigger(plan: CrawlPlan, config: AppConfig) -> BaseTrigger:
    jitter = config.schedule.jitter
    if plan.cron:
        trigger = CronTrigger.from_crontab(plan.cron, timezone=config.timezone)
        trigger.jitter = int(jitter) or None  # from_crontab() takes no jitter; the trigger honours the attribute
        return trigger
    jitter = min(jitter, plan.interval * JITTER_SHARE_OF_INTERVAL)
    return IntervalTrigger(seconds=plan.interval, timezone=config.timezone, jitter=int(jitter) or None)


def last_attempts(database: Database, names: Iterable[str]) -> dict[str, datetime]:
    """When each target was last crawled (an observation or a failure), to resume the rhythm after a restart."""
    names = list(names)
    found: dict[str, datetime] = {}
    if not names:
        return found
    with database.session() as session:
        for model, column in ((PriceObservation, PriceObservation.observed_at),
                              (ExtractionFailure, ExtractionFailure.occurred_at)):
            rows = session.execute(
                select(Target.name, func.max(column)).join(model, model.target_id == Target.id)
                .where(Target.name.in_(names)).group_by(Target.name)
            )
            for name, when in rows:
                if when is not None and (name not in found or when > found[name]):
                    found[name] = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return found


def first_run_time(plan: CrawlPlan, attempts: dict[str, datetime], now: datetime) -> datetime | None:
    """Interval jobs: run now if any target is due, else when the first one becomes due. Cron: its own time."""
    if plan.cron:
        return None
    due = []
    for name in plan.names:
        last = attempts.get(name)
        due.append(now if last is None else max(now, last + timedelta(seconds=plan.interval)))
    return min(due)


class TargetGuard:
    """The names being crawled right now in this process. A job skips targets another job is still on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[str] = set()

    def claim(self, names: Iterable[str]) -> list[str]:
        with self._lock:
            free = [name for name in names if name not in self._running]
            self._running.update(free)
            return free

    def release(self, names: Iterable[str]) -> None:
        with self._lock:
            self._running.difference_update(names)

    @property
    def running(self) -> set[str]:
        with self._lock:
            return set(self._running)


class CrawlJobs:
    """Keeps the scheduler's crawl jobs equal to the plan of the current config."""

    def __init__(self, scheduler: BaseScheduler, database: Database, crawl: Callable[[list[str]], None]) -> None:
        self.scheduler = scheduler
        self.database = database
        self.crawl = crawl
        self.guard = TargetGuard()
        self.last_cycle_at: datetime | None = None
        self.plans: dict[str, CrawlPlan] = {}

    def run(self, names: list[str]) -> None:
        claimed = self.guard.claim(names)
        skipped = sorted(set(names) - set(claimed))
        if skipped:
            log.info("skipping %d target(s) still being crawled: %s", len(skipped), ", ".join(skipped[:10]))
        if not claimed:
            return
        try:
            self.crawl(claimed)
            self.last_cycle_at = datetime.now(timezone.utc)
        finally:
            self.guard.release(claimed)

    def rebuild(self, config: AppConfig, now: datetime | None = None) -> None:
        """Add, change and remove jobs so they match ``config``; untouched jobs keep their next run time."""
        now = now or datetime.now(timezone.utc)
        wanted = {plan.job_id: plan for plan in plan_crawls(config)}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(CRAWL_JOB_PREFIX) and job.id not in wanted:
                job.remove()
        new = [plan for job_id, plan in wanted.items() if self.plans.get(job_id) is None
               or self.scheduler.get_job(job_id) is None]
        attempts = last_attempts(self.database, [n for plan in new for n in plan.names])
        grace = int(config.schedule.misfire_grace)
        for job_id, plan in wanted.items():
            existing = self.scheduler.get_job(job_id)
            if existing is not None and self.plans.get(job_id) is not None:
                if self.plans[job_id].names != plan.names:
                    existing.modify(args=[list(plan.names)], name=plan.description)
                existing.modify(misfire_grace_time=grace)
                continue
            self.scheduler.add_job(
                self.run, make_trigger(plan, config), args=[list(plan.names)], id=job_id, name=plan.description,
                next_run_time=first_run_time(plan, attempts, now) or undefined, replace_existing=True,
                coalesce=True, max_instances=1, misfire_grace_time=grace,
            )
        self.plans = wanted
        log.info("scheduled %d crawl job(s) for %d target(s)", len(wanted),
                 sum(len(plan.names) for plan in wanted.values()))
