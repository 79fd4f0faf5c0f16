"""Crawl jobs built from the config: interval or cron, jitter, misfire grace, resume, no overlap, rebuild."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import ConfigError, parse_config
from monitor.db import Database
from monitor.models import PriceObservation
from monitor.scheduling import CrawlJobs, TargetGuard, plan_crawls
from monitor.store import sync_targets

CONFIG = """
schedule: {jitter: 30s, misfire_grace: 15m}
targets:
  - {name: a1, url: "http://a.test/1", interval: 10m}
  - {name: a2, url: "http://a.test/2", interval: 10m}
  - {name: a3, url: "http://a.test/3", cron: "0 9 * * *"}
  - {name: b1, url: "http://b.test/1", interval: 1h}
  - {name: disabled-one, url: "http://b.test/2", enabled: false}
"""


def test_cron_is_validated_in_the_config():
    with pytest.raises(ConfigError, match=r"targets\[0\]\.cron: .*not a crontab"):
        parse_config("targets:\n  - {name: a, url: 'http://a.test/', cron: 'every day'}\n")


def test_targets_of_a_site_with_one_schedule_share_a_job():
    plans = {p.job_id: p.names for p in plan_crawls(parse_config(CONFIG))}
    assert plans == {"crawl:a.test:every=600s": ("a1", "a2"), "crawl:a.test:cron=0 9 * * *": ("a3",),
                     "crawl:b.test:every=3600s": ("b1",)}


@pytest.fixture
def jobs(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'm.db'}")
    scheduler = BackgroundScheduler(timezone="Asia/Shanghai")
    calls: list[list[str]] = []
    crawl_jobs = CrawlJobs(scheduler, database, calls.append)
    crawl_jobs.calls = calls
    yield crawl_jobs
    database.dispose()


def test_jobs_get_triggers_jitter_grace_and_resume_from_the_last_crawl(jobs):
    config = parse_config(CONFIG)
    now = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    with jobs.database.session() as session:
        rows = sync_targets(session, config)
        session.add(PriceObservation(target_id=rows["b1"].id, url="http://b.test/1", price=Decimal("1"),
                                     observed_at=now - timedelta(minutes=20)))
    jobs.rebuild(config, now=now)
    by_id = {job.id: job for job in jobs.scheduler.get_jobs()}
    a, cron, b = by_id["crawl:a.test:every=600s"], by_id["crawl:a.test:cron=0 9 * * *"], by_id["crawl:b.test:every=3600s"]
    assert isinstance(a.trigger, IntervalTrigger) and a.trigger.jitter == 30
    assert isinstance(cron.trigger, CronTrigger) and str(cron.trigger.timezone) == "Asia/Shanghai"
    assert (a.misfire_grace_time, a.coalesce, a.max_instances) == (900, True, 1)
    assert a.next_run_time == now  # never crawled: due at once
    assert b.next_run_time == now + timedelta(minutes=40)  # crawled 20 min ago, every hour: resume the rhythm
    assert "disabled-one" not in str([job.args for job in by_id.values()])


def test_rebuild_keeps_unchanged_jobs_and_drops_removed_ones(jobs):
    now = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    jobs.rebuild(parse_config(CONFIG), now=now)
    kept = jobs.scheduler.get_job("crawl:b.test:every=3600s")
    kept.modify(next_run_time=now + timedelta(minutes=5))
    changed = CONFIG.replace('{name: a2, url: "http://a.test/2", interval: 10m}', '{name: a2, url: "http://a.test/2", interval: 5m}')
    jobs.rebuild(parse_config(changed.replace('  - {name: a3, url: "http://a.test/3", cron: "0 9 * * *"}\n', "")),
                 now=now + timedelta(seconds=1))
    ids = {job.id: job for job in jobs.scheduler.get_jobs()}
    assert set(ids) == {"crawl:a.test:every=600s", "crawl:a.test:every=300s", "crawl:b.test:every=3600s"}
    assert ids["crawl:a.test:every=600s"].args == [["a1"]]
    assert ids["crawl:b.test:every=3600s"].next_run_time == now + timedelta(minutes=5)


def test_a_target_is_never_crawled_twice_at_once(jobs):
    entered, release = threading.Event(), threading.Event()
    seen: list[list[str]] = []

    def slow_crawl(names):
        seen.append(names)
        entered.set()
        release.wait(10)

    jobs.crawl = slow_crawl
    first = threading.Thread(target=jobs.run, args=[["a1", "a2"]])
    first.start()
    assert entered.wait(10)
    jobs.run(["a2", "a3"])  # a reload moved a2 to another job while its crawl still runs
    release.set()
    first.join(10)
    assert seen == [["a1", "a2"], ["a3"]]
    assert TargetGuard().claim(["x"]) == ["x"] and jobs.guard.running == set()
