"""`monitor serve` (the HTTP API and dashboard without the scheduler) and `monitor healthcheck` (for
Docker's HEALTHCHECK and systemd watchdogs)."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path
from typing import Optional

import typer

from monitor.cli.common import ConfigOption, err, load_or_exit, open_database
from monitor.logs import setup_logging


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("healthcheck")(healthcheck)


def serve(
    config: Path = ConfigOption,
    host: Optional[str] = typer.Option(None, "--host", help="Bind address (default: api.host, 127.0.0.1)."),
    port: Optional[int] = typer.Option(None, "--port", help="Port (default: api.port, 8787)."),
    log_level: str = typer.Option("INFO", "--log-level"),
    log_json: bool = typer.Option(False, "--log-json", help="One JSON object per log line."),
) -> None:
    """Serve the HTTP API and dashboard only; `monitor run` does the crawling (it can also serve: api.enabled)."""
    setup_logging(log_level, log_json)
    cfg = load_or_exit(config)
    from monitor.config.service import is_loopback
    from monitor.runtime import register_service_secrets

    register_service_secrets(cfg)
    bind = host or cfg.api.host
    if not is_loopback(bind) and cfg.api.token is None:
        err.print(f"[red]--host {bind} is reachable from other machines:[/red] set api.token in the config first")
        raise typer.Exit(2)
    from monitor.api.server import make_server

    database = open_database(cfg)
    server = make_server(cfg, database, host=bind, port=port)
    err.print(f"API and dashboard on http://{bind}:{server.config.port} (Ctrl-C to stop)")
    try:
        server.run()
    finally:
        database.dispose()


def healthcheck(
    config: Path = ConfigOption,
    timeout: float = typer.Option(5.0, "--timeout", help="Seconds to wait for an answer."),
) -> None:
    """Exit 0 when healthy: /healthz answers when the API is enabled, else the database is reachable."""
    setup_logging("ERROR")
    cfg = load_or_exit(config)
    if cfg.api.enabled:
        host = "127.0.0.1" if cfg.api.host in ("0.0.0.0", "::", "") else cfg.api.host
        url = f"http://{host}:{cfg.api.port}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                ok = response.status == 200
        except OSError as exc:
            err.print(f"unhealthy: {url}: {exc}")
            raise typer.Exit(1)
    else:
        from sqlalchemy import text

        database = open_database(cfg)
        with database.session() as session:
            ok = session.execute(text("SELECT 1")).scalar() == 1
        database.dispose()
    if not ok:
        raise typer.Exit(1)
    print("healthy", file=sys.stdout)
