"""Config reload without a restart: on SIGHUP, when the file changes, or when the API changes a target.

Reloading keeps all state (database, running crawls, outbox): only the in-memory config and the crawl jobs
are replaced. A config that does not load is logged, field by field, and the running one is kept — a typo
saved at 3 a.m. must not stop the monitor. Settings that only take effect at start (database, timezone,
API address) are reported as needing a restart.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path
from typing import Callable

from monitor.config import AppConfig, ConfigError, load_config
from monitor.text_analysis import validate_text_config
from monitor.db import Database
from monitor.target_overrides import effective_config, load_overrides, overrides_version

log = logging.getLogger(__name__)
RESTART_ONLY = ("database", "timezone", "data_dir")


def file_fingerprint(path: Path) -> str | None:
    """A digest of the file's bytes: editors that rewrite in place and ones that replace the file both count."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def restart_only_changes(old: AppConfig, new: AppConfig) -> list[str]:
    changed = [key for key in RESTART_ONLY if getattr(old, key) != getattr(new, key)]
    if (old.api.host, old.api.port, old.api.enabled) != (new.api.host, new.api.port, new.api.enabled):
        changed.append("api.host/port/enabled")
    return changed


class ConfigWatcher:
    """Polls the config file and the API overrides; applies a new effective config through ``apply``.

    ``request_reload`` is safe to call from a signal handler: it only sets an event.
    """

    def __init__(self, path: Path | None, database: Database, current: AppConfig,
                 apply: Callable[[AppConfig], None], register_secrets: Callable[[AppConfig], None]) -> None:
        self.path = Path(path) if path else None
        self.database = database
        self.file_config = current
        self.apply = apply
        self.register_secrets = register_secrets
        self.requested = threading.Event()
        self.stopped = threading.Event()
        self.reloads = 0
        self.last_error: str | None = None
        self._file_digest = file_fingerprint(self.path) if self.path else None
        self._overrides = self._overrides_version()
        self._thread: threading.Thread | None = None

    def _overrides_version(self):
        try:
            with self.database.session() as session:
                return overrides_version(session)
        except Exception as exc:  # database briefly unreachable: try again next poll
            log.warning("cannot read target overrides: %s", exc)
            return None

    def request_reload(self, *_: object) -> None:
        self.requested.set()

    def check(self) -> bool:
        """One poll: reload if asked to, if the file changed or if the overrides changed. True if applied."""
        forced = self.requested.is_set()
        self.requested.clear()
        file_changed = False
        if self.path is not None and (forced or self.file_config.schedule.watch_config):
            digest = file_fingerprint(self.path)
            file_changed = digest is not None and digest != self._file_digest
            if file_changed or forced:
                self._file_digest = digest
        version = self._overrides_version()
        overrides_changed = version is not None and version != self._overrides
        if not (forced or file_changed or overrides_changed):
            return False
        return self.reload(read_file=forced or file_changed, overrides_version=version)

    def reload(self, read_file: bool = True, overrides_version=None) -> bool:
        file_config = self.file_config
        if read_file and self.path is not None:
            try:
                file_config = load_config(self.path)
                validate_text_config(file_config)  # a broken word pack or model keeps the old config
            except ConfigError as exc:
                self.last_error = str(exc)
                log.error("config reload failed, keeping the running config:\n%s", exc)
                return False
        try:
            with self.database.session() as session:
                effective = effective_config(file_config, load_overrides(session))
        except Exception as exc:
            self.last_error = f"cannot read target overrides: {exc}"
            log.error("config reload failed, keeping the running config: %s", self.last_error)
            return False
        for key in restart_only_changes(self.file_config, file_config):
            log.warning("config reload: %s changed; this takes effect after a restart", key)
        self.register_secrets(file_config)
        self.file_config = file_config
        self.apply(effective)
        if overrides_version is not None:
            self._overrides = overrides_version
        self.reloads += 1
        self.last_error = None
        log.info("config reloaded (%d target(s), %s)", len(effective.targets),
                 "file and API changes" if read_file else "API changes")
        return True

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="config-watch", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self.stopped.is_set():
            self.requested.wait(self.file_config.schedule.watch_interval)
            if self.stopped.is_set():
                return
            try:
                self.check()
            except Exception:  # the watcher must outlive any single bad poll
                log.exception("config watch failed")

    def stop(self) -> None:
        self.stopped.set()
        self.requested.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
