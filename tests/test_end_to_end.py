"""A real price change on a real (local) page travels through the real CLI to a real webhook."""

import json

import httpx
import pytest
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.slow


def write_config(path, shop, webhook, data_dir, database_url):
    path.write_text(
        f"""
data_dir: {data_dir}
database: {{url: "{database_url}"}}
targets:
  - {{name: rival-a-toothbrush, url: "{shop.url_for('rival-a/TB-X1')}", shop: 竞品甲官方旗舰店, group: toothbrush}}
  - {{name: rival-b-toothbrush, url: "{shop.url_for('rival-b/TB-X1')}", shop: 乙家数码专营店, group: toothbrush}}
  - {{name: own-toothbrush, url: "{shop.url_for('own/TB-X1')}", owner: own, shop: 小鹿优选旗舰店, group: toothbrush}}
  - {{name: gone, url: "{shop.base_url}/shop/rival-a/item/DELETED.html"}}
rules:
  - {{type: price_drop, threshold_pct: 5, tier: II}}
tiers:
  II: {{urls: ["json://127.0.0.1:{webhook.port}/hooks/${{HOOK_SECRET}}"]}}
""",
        encoding="utf-8",
    )


def test_price_drop_reaches_the_webhook_exactly_once(demo_shop, webhook, cli, tmp_path, database_url):
    config = tmp_path / "monitor.yaml"
    write_config(config, demo_shop, webhook, tmp_path / "data", database_url)
    env = {"HOOK_SECRET": "tok-123456789"}

    first = cli("crawl", "--once", "-c", str(config), env=env)
    assert first.returncode == 0, first.stderr
    assert webhook.requests == []  # first observations: nothing to compare yet

    # An own-listing drop must not alert (the rule watches competitors); a 5 % competitor drop must.
    httpx.post(f"{demo_shop.base_url}/_admin/set", json={"key": "own/TB-X1", "price": "150.00"})
    httpx.post(f"{demo_shop.base_url}/_admin/set", json={"key": "rival-a/TB-X1", "price": "179.00"})
    httpx.post(f"{demo_shop.base_url}/_admin/set", json={"key": "rival-b/TB-X1", "price": "185.00"})  # -2.1 %
    second = cli("crawl", "--once", "-c", str(config), env=env)
    assert second.returncode == 0, second.stderr

    received = webhook.wait_for(1, timeout=10)
    assert len(received) == 1
    message = received[0]["body"]
    assert received[0]["path"] == "/hooks/tok-123456789"
    assert "竞品甲 声波电动牙刷" in message["title"] and "Ⅱ级" in message["title"]
    assert "¥209.00 → ¥179.00" in message["message"]
    assert "14.4%" in message["message"]
    assert "竞品甲官方旗舰店" in message["message"]

    # A third pass with no change sends nothing more (no duplicate alert for the same drop).
    third = cli("crawl", "--once", "-c", str(config), env=env)
    assert third.returncode == 0, third.stderr
    assert len(webhook.requests) == 1  # the CLI has exited; the receiver records before it answers

    # Everything is on record: observations, the failure of the deleted page, the delivery attempt.
    engine = create_engine(database_url)
    with engine.connect() as db:
        assert db.execute(text("select count(*) from price_observations")).scalar() == 9
        failures = db.execute(text("select kind, http_status, reason from extraction_failures")).all()
        assert failures == [("http", 404, "HTTP 404")] * 3  # one per pass, never a fake price
        attempt = db.execute(text("select ok, channel from delivery_attempts")).one()
        assert attempt[0]
        assert "tok-123456789" not in attempt[1]  # the secret path is masked in the record
    assert "tok-123456789" not in second.stderr

    exported = cli("export", "prices", "--format", "jsonl", "-c", str(config), env=env)
    assert exported.returncode == 0, exported.stderr
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) == 9
    assert [r["price"] for r in rows if r["target"] == "rival-a-toothbrush"] == ["209.00", "179.00", "179.00"]


def test_demo_cycles_show_the_alert(cli, tmp_path):
    result = cli("demo", "--cycles", "2", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "竞品降价 19.1%" in result.stdout
    assert "¥209.00 → ¥169.00" in (tmp_path / "alerts.log").read_text(encoding="utf-8")
