"""`scrapy crawl product -a config=…` works on the project, as a developer debugging a spider runs it."""

import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_scrapy_crawl_with_config(demo_shop, tmp_path):
    config = tmp_path / "monitor.yaml"
    config.write_text(
        f"data_dir: {tmp_path / 'data'}\n"
        f"targets:\n  - {{name: own, url: \"{demo_shop.url_for('own/CUP-500')}\", owner: own}}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "product", "-a", f"config={config}", "-s", "LOG_LEVEL=INFO"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "RemoteControl" not in result.stderr  # the code-execution extension stays off
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'monitor.db'}")
    with engine.connect() as db:
        row = db.execute(text("select price, list_price, stock from price_observations")).one()
    assert (float(row[0]), float(row[1]), row[2]) == (89.0, 129.0, "in_stock")
