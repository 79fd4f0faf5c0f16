"""Fixtures for the service tests: configs on temp data dirs, an API client over a seeded database."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

import pytest

from monitor.config import parse_config
from monitor.db import Database
from monitor.models import Alert, PriceObservation, Review, utcnow
from monitor.store import sync_targets

API_TOKEN = "test-token-0123456789abcdef"
SECRET_WEBHOOK = "json://127.0.0.1:9/hook?token=tier-secret-should-never-show"

GROUP_CONFIG = f"""
timezone: Asia/Shanghai
api: {{token: "{API_TOKEN}"}}
targets:
  - {{name: own-brush, url: "http://own.test/brush.html", owner: own, shop: 小鹿优选, group: toothbrush}}
  - {{name: rival-brush, url: "http://rival.test/brush.html", shop: 竞品甲, group: toothbrush,
      headers: {{Cookie: "session=cookie-secret"}}}}
  - {{name: rival-reviews, url: "http://rival.test/reviews.html", group: toothbrush, enabled: false}}
rules:
  - {{type: price_drop, threshold_pct: 5, tier: II}}
tiers:
  II: {{urls: ["{SECRET_WEBHOOK}"]}}
"""


def wait_until(predicate, timeout: float, what: str, interval: float = 0.1):
    """Poll ``predicate`` until it returns something truthy or the deadline passes."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def seed_group(database: Database, config_text: str = GROUP_CONFIG, now=None) -> dict:
    """Targets from the config, a week of prices (the rival cuts its price), reviews and one open alert."""
    config = parse_config(config_text)
    now = now or utcnow()
    with database.session() as session:
        rows = sync_targets(session, config)
        own, rival, reviews = rows["own-brush"], rows["rival-brush"], rows["rival-reviews"]
        for day in range(7, 0, -1):
            at = now - timedelta(days=day)
            session.add(PriceObservation(target_id=own.id, observed_at=at, url=own.url, price=Decimal("199.00"),
                                         stock="in_stock", currency="CNY", title="小鹿 声波电动牙刷 X1"))
            session.add(PriceObservation(target_id=rival.id, observed_at=at, url=rival.url,
                                         price=Decimal("209.00") if day > 2 else Decimal("169.00"),
                                         stock="in_stock" if day != 4 else "out_of_stock", currency="CNY"))
        texts = [("物流太慢了，包装也破了，很失望", 0.05), ("质量很好，刷得很干净", 0.95), ("充电口坏了，客服不理人", 0.1)]
        for index, (text, score) in enumerate(texts):
            session.add(Review(target_id=reviews.id, review_key=f"r{index}", text=text, sentiment=score,
                               posted_at=now - timedelta(days=index + 1), fetched_at=now))
        session.add(Alert(short_id="ABC234", fingerprint="price_drop-1:test", rule_id="price_drop-1",
                          rule_type="price_drop", tier="II", state="firing", target_id=rival.id,
                          group_key="toothbrush", title="竞品降价 19.1%：竞品甲 牙刷", facts={"target": "rival-brush"}))
    return {"config": config}


@pytest.fixture
def seeded(database_url):
    database = Database(database_url)
    info = seed_group(database)
    yield database, info["config"]
    database.dispose()


@pytest.fixture
def api(seeded):
    from fastapi.testclient import TestClient

    from monitor.api import create_app

    database, config = seeded
    with TestClient(create_app(config, database)) as client:
        client.headers["Authorization"] = f"Bearer {API_TOKEN}"
        client.database = database
        yield client
