"""What ``monitor run`` adds around the scheduler so it can run unattended for months.

At start: close crawl runs a killed daemon left 'running', apply the API's target overrides, mask the API
token in logs. While running: reload on SIGHUP / file change / API change, prune old data on schedule, and
serve the API and dashboard in the same process when ``api.enabled``. Kept out of ``daemon.py`` so the
daemon stays a short list of jobs.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime
from pathlib import Path

from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select

from monitor.config import AppConfig
from monitor.db import Database
from monitor.logs import SECRETS, register_config_secrets
from monitor.models import CrawlRun
from monitor.reload import ConfigWatcher
from monitor.retention import prune
from monitor.store import finish_crawl_run
from monitor.target_overrides import effective_from_db

log = logging.getLogger(__name__)
INTERRUPTED_DETAIL = "the daemon stopped abruptly (killed or crashed) during this run; closed at the next start"


def close_interrupted_runs(database: Database) -> list[int]:
    """Mark crawl runs left 'running' by a killed daemon as 'interrupted' (with the rows they did write).

    Only one daemon may run per database: a second one would close the first one's live runs.
    """
    with database.session() as session:
        ids = list(session.scalars(select(CrawlRun.id).where(CrawlRun.status == "running")))
        for run_id in ids:
            finish_crawl_run(session, run_id, "interrupted", INTERRUPTED_DETAIL)
    if ids:
        log.warning("closed %d crawl run(s) left running by a stopped daemon: %s", len(ids),
                    ", ".join(map(str, ids)))
    return ids


def register_service_secrets(config: AppConfig) -> None:
    register_config_secrets(config)
    SECRETS.add_secret(config.api.token)


class ServiceRuntime:
    """Start/stop hooks the daemon calls; also what the API's readiness check looks at."""

    def __init__(self, daemon, config_path: Path | None = None) -> None:
        self.daemon = daemon
        self.config_path = config_path
        self.started_at: datetime | None = None
        self.watcher: ConfigWatcher | None = None
        self.api_server = None
        self._apply_lock = threading.Lock()

    # ------------------------------------------------------------------ status (readiness, metrics)

    @property
    def scheduler_running(self) -> bool:
        return bool(self.daemon.scheduler.running) and not self.daemon.stop_event.is_set()

    @property
    def last_cycle_at(self) -> datetime | None:
        jobs = getattr(self.daemon, "crawl_jobs", None)
        return jobs.last_cycle_at if jobs else None

    @property
    def config(self) -> AppConfig:
        return self.daemon.config

    # ------------------------------------------------------------------ lifecycle

    def start(self, install_signal_handlers: bool = True) -> None:
        daemon = self.daemon
        self.started_at = datetime.now().astimezone()
        close_interrupted_runs(daemon.database)
        file_config = daemon.config
        register_service_secrets(file_config)
        with daemon.database.session() as session:
            self.set_config(effective_from_db(session, file_config))
        self.watcher = ConfigWatcher(self.config_path, daemon.database, file_config, self.apply,
                                     register_service_secrets)
        if install_signal_handlers and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGHUP, self.watcher.request_reload)
        self.watcher.start()
        retention = file_config.retention
        if retention.enabled:
            daemon.scheduler.add_job(self.prune_job, IntervalTrigger(seconds=retention.interval),
                                     id="retention", name="prune old history", replace_existing=True,
                                     coalesce=True, max_instances=1, misfire_grace_time=3600)
        if file_config.api.enabled:
            from monitor.api.server import ApiServer

            self.api_server = ApiServer(file_config, daemon.database, runtime=self).start()

    def set_config(self, config: AppConfig) -> None:
        self.daemon.config = config
        self.daemon.runner.config = config
        if self.api_server is not None and self.watcher is not None:
            self.api_server.context.config = self.watcher.file_config  # the API applies overrides itself

    def apply(self, config: AppConfig) -> None:
        """Swap in a reloaded config and rebuild the crawl jobs from it."""
        with self._apply_lock:
            self.set_config(config)
            jobs = getattr(self.daemon, "crawl_jobs", None)
            if jobs is not None:
                jobs.rebuild(config)

    def prune_job(self) -> None:
        if not self.daemon.stop_event.is_set():
            prune(self.daemon.database, self.daemon.config.retention)

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self.api_server is not None:
            self.api_server.stop()
