"""Running crawls: one subprocess per site, all of that site's due targets in it.

A subprocess per run avoids Twisted's ReactorNotRestartable, frees memory when it ends and can be killed
when stuck. Every target handed to a run ends with an observation or a failure row, even when the process
dies: the runner writes "no result" failures for whatever the spider did not report.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from monitor.config import AppConfig
from monitor.content import fill_missing_scores
from monitor.db import Database
from monitor.models import ExtractionFailure, PriceObservation, Target, TargetCheck
from monitor.store import finish_crawl_run, start_crawl_run
from spiders.job import CrawlJob, CrawlTarget
from spiders.run_job import SPIDER_FOR_KIND

log = logging.getLogger(__name__)
KILL_GRACE_SECONDS = 10


@dataclass
class CrawlOutcome:
    site: str
    run_id: int
    status: str  # ok | failed | timeout | stopped
    targets: int
    observations: int
    failures: int
    seconds: float


class CrawlRunner:
    """Starts crawl subprocesses and can stop all of them (daemon shutdown, timeouts)."""

    def __init__(self, database: Database, config: AppConfig) -> None:
        self.database = database
        self.config = config
        self._children: set[subprocess.Popen] = set()
        self._lock = threading.Lock()
        self._scoring = threading.Lock()
        self.stopping = threading.Event()
        self.log_dir = Path(config.data_dir) / "logs"

    def crawl(self, targets: list[Target]) -> list[CrawlOutcome]:
        """Crawl the given targets, grouped per site, a few sites at a time."""
        by_site: dict[str, list[Target]] = defaultdict(list)
        for target in targets:
            if target.kind in SPIDER_FOR_KIND:
                by_site[target.site].append(target)
            else:
                log.info("target %s: kind %r has no spider yet, skipped", target.name, target.kind)
        if not by_site:
            return []
        workers = min(self.config.crawl.max_processes, len(by_site))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawl") as pool:
            return list(pool.map(lambda item: self.crawl_site(*item), by_site.items()))

    def crawl_site(self, site: str, targets: list[Target]) -> CrawlOutcome:
        started = time.monotonic()
        with self.database.session() as session:
            run_id = start_crawl_run(session, site, len(targets)).id
        job = self._job(run_id, targets)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="crawl-") as tmp:
            job_path = Path(tmp) / "job.json"
            job.dump(job_path)
            status = self._run_process(job_path, self.log_dir / f"crawl-{run_id}.log")
        self._score_content(targets)
        with self.database.session() as session:
            self._record_missing(session, run_id, targets, status)
            run = finish_crawl_run(session, run_id, status)
            outcome = CrawlOutcome(site, run_id, status, len(targets), run.items, run.failures,
                                   round(time.monotonic() - started, 2))
        log.info("crawl site=%s run=%s status=%s targets=%d observations=%d failures=%d seconds=%.2f",
                 site, run_id, status, outcome.targets, outcome.observations, outcome.failures, outcome.seconds)
        return outcome

    def _job(self, run_id: int, targets: list[Target]) -> CrawlJob:
        return CrawlJob.for_config(
            self.config.crawl, self.database.url,
            [CrawlTarget(t.id, t.name, t.url, t.kind, dict(t.settings or {})) for t in targets], run_id,
        )

    def _score_content(self, targets: list[Target]) -> None:
        """New reviews and mentions get sentiment and topics here, in the long-lived process."""
        if not any(t.kind in ("reviews", "mentions") for t in targets):
            return
        self._scoring.acquire()  # one pass at a time: parallel site crawls would score the same rows twice
        try:
            with self.database.session() as session:
                scored = fill_missing_scores(session)
        except Exception:  # scoring is an add-on: a failure here must not fail the crawl
            log.exception("filling sentiment scores failed")
            return
        finally:
            self._scoring.release()
        if scored:
            log.info("scored %d new reviews/mentions", scored)

    def _run_process(self, job_path: Path, log_path: Path) -> str:
        if self.stopping.is_set():
            return "stopped"
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "spiders.settings", "PYTHONUNBUFFERED": "1",
               "MONITOR_PARENT_PID": str(os.getpid())}
        with open(log_path, "ab") as log_file:
            child = subprocess.Popen(
                [sys.executable, "-m", "spiders.run_job", str(job_path)],
                stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=env, start_new_session=True,  # our Ctrl-C must not hit it mid-write; we stop it ourselves
            )
            with self._lock:
                self._children.add(child)
            try:
                code = child.wait(timeout=self.config.crawl.timeout)
                status = "ok" if code == 0 else ("stopped" if self.stopping.is_set() else "failed")
            except subprocess.TimeoutExpired:
                log.warning("crawl %s exceeded %.0fs, stopping it", job_path.name, self.config.crawl.timeout)
                self._terminate(child)
                status = "timeout"
            finally:
                with self._lock:
                    self._children.discard(child)
        return status

    def _terminate(self, child: subprocess.Popen) -> None:
        """SIGTERM lets Scrapy close its pipeline (flushing the batch); SIGKILL if it will not go."""
        for sig, wait in ((signal.SIGTERM, KILL_GRACE_SECONDS), (signal.SIGKILL, 5)):
            try:
                os.killpg(child.pid, sig)
            except ProcessLookupError:
                return
            try:
                child.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def stop(self) -> None:
        self.stopping.set()
        with self._lock:
            children = list(self._children)
        for child in children:
            self._terminate(child)

    @staticmethod
    def _record_missing(session, run_id: int, targets: list[Target], status: str) -> None:
        reported = set(session.scalars(
            select(PriceObservation.target_id).where(PriceObservation.crawl_run_id == run_id)
        )) | set(session.scalars(
            select(ExtractionFailure.target_id).where(ExtractionFailure.crawl_run_id == run_id)
        )) | set(session.scalars(
            select(TargetCheck.target_id).where(TargetCheck.crawl_run_id == run_id)
        ))
        reason = {
            "timeout": "crawl process timed out before this target finished",
            "stopped": "crawl stopped (shutdown) before this target finished",
        }.get(status, f"crawl process ended ({status}) without a result for this target")
        for target in targets:
            if target.id not in reported:
                session.add(ExtractionFailure(target_id=target.id, crawl_run_id=run_id, url=target.url,
                                              kind="no_result", reason=reason))
