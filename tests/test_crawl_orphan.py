"""A crawl process whose daemon died (kill -9) stops by itself instead of running on unsupervised."""

import os
import subprocess
import sys
import time

import pytest

from monitor.db import Database
from spiders.job import CrawlJob, CrawlTarget
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie is dead for our purpose
        return stat.read().split()[2] != "Z"


def test_orphaned_crawl_exits(demo_shop, tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    Database(url).dispose()
    job = CrawlJob(database_url=url, robotstxt_obey=False, request_timeout=120,
                   targets=[CrawlTarget(1, "slow", f"{demo_shop.base_url}/fail/slow.html?seconds=90")])
    job.dump(tmp_path / "job.json")
    # A throw-away parent starts the crawl and exits at once, as a daemon killed with -9 would.
    parent = subprocess.run(
        ["bash", "-c", f"MONITOR_PARENT_PID=$$ {sys.executable} -m spiders.run_job {tmp_path / 'job.json'} >{tmp_path / 'log'} 2>&1 & echo $!"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "SCRAPY_SETTINGS_MODULE": "spiders.settings"},
    )
    child = int(parent.stdout.strip())
    deadline = time.monotonic() + 40
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    still_running = alive(child)
    if still_running:
        os.kill(child, 9)
    assert not still_running, "the orphaned crawl kept running"
