"""Shared fixtures: the demo shop and a webhook receiver on 127.0.0.1, and a way to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.demoshop.server import DemoShopServer
from tests.servers import WebhookReceiver

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo_shop():
    shop = DemoShopServer().start_background()
    yield shop
    shop.stop()


@pytest.fixture
def webhook():
    receiver = WebhookReceiver()
    yield receiver
    receiver.stop()


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 180, env: dict | None = None):
    """Run ``monitor …`` as a user would: a fresh process, real config file, real database."""
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args], cwd=cwd or ROOT, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, **(env or {})},
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def postgres_server():
    from tests.postgres import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """An empty database of each supported kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'monitor.db'}"
    return request.getfixturevalue("postgres_server").new_database()
