"""`monitor run` as an operator sees it: kill -9 mid-crawl and restart (nothing committed lost, no duplicate
alert or message, the killed run closed as 'interrupted'), SIGHUP reload (a bad file keeps the old config),
the API served by the daemon, and secrets masked in the JSON log."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from tests.conftest import ROOT
from tests.service.conftest import API_TOKEN, wait_until
from tests.service.gate_server import GateServer

pytestmark = pytest.mark.slow
CHAT_PASSWORD = "chat-robot-password-42"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_config(path: Path, data: Path, shop, gate: GateServer, webhook_port: int, api_port: int,
                 extra_target: str = "") -> None:
    path.write_text(f"""
data_dir: {data}
crawl: {{robotstxt_obey: false, timeout: 2m}}
schedule: {{jitter: 0, watch_interval: 1s}}
retention: {{enabled: true}}
api: {{enabled: true, port: {api_port}, token: "{API_TOKEN}"}}
targets:
  - {{name: rival, url: "{shop.url_for('rival-a/TB-X1')}", interval: 2s}}
  - {{name: slow, url: "{gate.url}", interval: 2s}}
{extra_target}
rules:
  - {{type: price_drop, threshold_pct: 5, tier: II}}
tiers:
  II: {{urls: ["json://robot:{CHAT_PASSWORD}@127.0.0.1:{webhook_port}/hook"]}}
""", encoding="utf-8")


class Daemon:
    def __init__(self, config: Path, log: Path) -> None:
        self.log = log
        self.handle = open(log, "ab")
        self.process = subprocess.Popen([sys.executable, "-m", "monitor", "run", "-c", str(config), "--log-json"],
                                        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=self.handle,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})

    def children(self) -> list[int]:
        pids = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            pids += [int(p) for p in (task / "children").read_text().split()]
        return pids

    def logged(self, fragment: str) -> bool:
        return fragment in self.log.read_text(encoding="utf-8")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(60)
        self.handle.close()
        return self.process.returncode


def scalar(engine, sql: str):
    with engine.connect() as db:
        return db.execute(text(sql)).scalar()


def scalar_when_ready(engine, sql: str):
    """0 while the daemon is still creating the schema."""
    try:
        return scalar(engine, sql)
    except OperationalError:
        return 0


def test_kill_9_mid_crawl_then_restart_reload_and_serve(demo_shop, webhook, tmp_path):
    gate = GateServer()
    config, data, log = tmp_path / "monitor.yaml", tmp_path / "data", tmp_path / "daemon.log"
    api_port = free_port()
    write_config(config, data, demo_shop, gate, webhook.port, api_port)
    engine = create_engine(f"sqlite:///{data / 'monitor.db'}")
    first = Daemon(config, log)
    orphans: list[int] = []
    try:
        wait_until(lambda: (data / "monitor.db").exists() and scalar_when_ready(
            engine, "select count(*) from price_observations o join targets t on t.id = o.target_id "
                    "where t.name = 'rival'") >= 1, 60, "a first price of the rival")
        demo_shop.state.set("rival-a/TB-X1", "169.00")
        wait_until(lambda: len(webhook.requests) >= 1, 60, "the price-drop message")
        assert gate.waiting.wait(60), "the slow crawl never reached the gate"
        wait_until(lambda: scalar(engine, "select count(*) from crawl_runs where status = 'running'") >= 1, 30,
                   "a crawl run in flight")
        observations = scalar(engine, "select count(*) from price_observations")
        orphans = first.children()
        first.process.kill()  # kill -9: no handler runs, nothing is flushed
        first.process.wait(10)
    finally:
        if first.process.poll() is None:  # the test failed before the kill: do not leave a daemon behind
            orphans = orphans or first.children()
            first.process.kill()
            first.process.wait(10)
        for pid in orphans:  # the crawl subprocess runs in its own session and outlives a killed daemon
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        first.handle.close()
    assert scalar(engine, "select count(*) from crawl_runs where status = 'running'") >= 1
    alerts_before = scalar(engine, "select count(*) from alerts")
    deliveries_before = scalar(engine, "select count(*) from deliveries")
    assert alerts_before == 1 and deliveries_before == 1

    gate.gate.set()
    second = Daemon(config, log)
    try:
        wait_until(lambda: scalar(engine, "select count(*) from crawl_runs where status = 'interrupted'") >= 1, 30,
                   "the killed run closed as interrupted")
        wait_until(lambda: scalar(engine, "select count(*) from price_observations o join targets t "
                                          "on t.id = o.target_id where t.name = 'slow'") >= 1, 60,
                   "the slow target crawled after the restart")
        wait_until(lambda: scalar(engine, "select count(*) from crawl_runs where status = 'ok' and site like "
                                          f"'%{demo_shop.server_address[1]}'") >= 4, 60, "more rival crawls")
        assert scalar(engine, "select count(*) from price_observations") > observations

        # the API and dashboard run inside the daemon
        ready = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{api_port}/readyz", timeout=10).read())
        assert ready["checks"]["scheduler"] == "running" and ready["checks"]["database"] == "ok"

        # SIGHUP reload: a new target is scheduled without a restart ...
        write_config(config, data, demo_shop, gate, webhook.port, api_port,
                     extra_target=f'  - {{name: added, url: "{demo_shop.url_for("rival-b/TB-X1")}", interval: 2s}}')
        second.process.send_signal(signal.SIGHUP)
        wait_until(lambda: scalar(engine, "select count(*) from price_observations o join targets t "
                                          "on t.id = o.target_id where t.name = 'added'") >= 1, 60,
                   "the target added by the reload crawled")
        # ... and a broken file is logged while the old config keeps running
        config.write_text(config.read_text() + "\nrules: [{type: price_drop, tier: IV}]\n", encoding="utf-8")
        second.process.send_signal(signal.SIGHUP)
        wait_until(lambda: second.logged("config reload failed, keeping the running config"), 30, "the reload error")
        assert second.process.poll() is None
    finally:
        assert second.stop() == 0, log.read_text()[-3000:]
        gate.stop()
    assert scalar(engine, "select count(*) from alerts") == alerts_before  # no duplicate alert ...
    assert scalar(engine, "select count(*) from deliveries") == deliveries_before  # ... or message row
    assert len(webhook.requests) == 1  # ... or message sent
    assert scalar(engine, "select count(*) from crawl_runs where status = 'running' or finished_at is null") == 0
    interrupted = scalar(engine, "select detail from crawl_runs where status = 'interrupted'")
    assert "killed" in interrupted
    logged = log.read_text(encoding="utf-8")
    assert CHAT_PASSWORD not in logged and API_TOKEN not in logged
    lines = [json.loads(line) for line in logged.splitlines() if line.startswith("{")]
    crawl_lines = [entry["message"] for entry in lines if entry["logger"] == "monitor.crawling"]
    assert any("observations=" in m and "seconds=" in m for m in crawl_lines)
