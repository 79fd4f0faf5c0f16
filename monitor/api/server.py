"""Running the app with uvicorn: in a background thread beside the scheduler (``monitor run`` with
``api.enabled``) or in the foreground (``monitor serve``). uvicorn only installs signal handlers in the
main thread, so the daemon keeps its own SIGTERM/SIGHUP handling."""

from __future__ import annotations

import logging
import threading
import time

import uvicorn

from monitor.config import AppConfig
from monitor.db import Database

log = logging.getLogger(__name__)


def make_server(config: AppConfig, database: Database, runtime=None, host: str | None = None,
                port: int | None = None) -> uvicorn.Server:
    from monitor.api.app import create_app

    app = create_app(config, database, runtime=runtime)
    settings = uvicorn.Config(app, host=host or config.api.host, port=config.api.port if port is None else port,
                              log_config=None, access_log=False, server_header=False, proxy_headers=False,
                              timeout_graceful_shutdown=5)
    return uvicorn.Server(settings)


class ApiServer:
    """The API and dashboard in a daemon thread of ``monitor run``."""

    def __init__(self, config: AppConfig, database: Database, runtime=None) -> None:
        self.server = make_server(config, database, runtime)
        self.context = self.server.config.app.state.context
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 15.0) -> "ApiServer":
        self._thread = threading.Thread(target=self.server.run, name="api", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        config = self.server.config
        if self.server.started:
            log.info("API and dashboard on http://%s:%d", config.host, config.port)
        else:
            log.error("API did not start on %s:%d (port in use?); the daemon goes on without it",
                      config.host, config.port)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
