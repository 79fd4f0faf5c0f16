"""The daemon as a user runs it: `monitor run` in its own process, stopped by SIGTERM."""

import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def count(engine, table: str) -> int:
    """Rows in a table, 0 while the daemon has not finished creating the schema."""
    try:
        with engine.connect() as db:
            return db.execute(text(f"select count(*) from {table}")).scalar()
    except OperationalError:  # "no such table" during the daemon's first migration
        return 0


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def test_run_crawls_on_schedule_and_stops_cleanly_on_sigterm(demo_shop, tmp_path):
    config = tmp_path / "monitor.yaml"
    config.write_text(
        f"""
data_dir: {tmp_path / 'data'}
targets:
  - {{name: a, url: "{demo_shop.url_for('rival-a/TB-X1')}", interval: 2s}}
  - {{name: b, url: "{demo_shop.url_for('rival-b/TB-X1')}", interval: 2s}}
""",
        encoding="utf-8",
    )
    daemon = subprocess.Popen([sys.executable, "-m", "monitor", "run", "-c", str(config), "--log-json"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'monitor.db'}")
        # two scheduled passes at least: the interval job runs again after the first one
        wait_until(lambda: (tmp_path / "data" / "monitor.db").exists() and count(engine, "crawl_runs") >= 2
                   and count(engine, "price_observations") >= 4, 60, "two crawl passes")
    finally:
        daemon.send_signal(signal.SIGTERM)
        _, stderr = daemon.communicate(timeout=60)
    assert daemon.returncode == 0, stderr
    assert '"message": "daemon stopped"' in stderr
    with engine.connect() as db:
        unfinished = db.execute(text("select count(*) from crawl_runs where finished_at is null")).scalar()
    assert unfinished == 0  # every crawl run that started was recorded as finished
