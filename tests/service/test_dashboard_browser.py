"""The dashboard in a real headless browser (Debian chromium driven by Playwright): login, pages without
console errors, charts drawn with data, ack from the alert list, the title checker's highlights."""

from __future__ import annotations

import shutil
import socket
import threading

import pytest
from sqlalchemy import select

from monitor.api.server import make_server
from monitor.db import Database
from monitor.models import Alert
from tests.service.conftest import API_TOKEN, seed_group, wait_until

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _chromium_present():
    """Fail, not skip, without the browser: `make test` installs it, so a missing one is a broken set-up."""
    if not shutil.which("chromium"):
        pytest.fail("Debian chromium is not installed: run `make test`, which installs it")


@pytest.fixture
def dashboard(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'monitor.db'}")
    config = seed_group(database)["config"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = make_server(config, database, port=port)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(lambda: server.started, 15, "the dashboard server")
    yield f"http://127.0.0.1:{port}", database
    server.should_exit = True
    thread.join(10)
    database.dispose()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def chart_points(page, canvas_id: str) -> list[int]:
    return page.evaluate(
        "id => { const c = Chart.getChart(document.getElementById(id));"
        " return c ? c.data.datasets.map(d => d.data.length) : null; }", canvas_id)


def test_dashboard_end_to_end(dashboard, browser, tmp_path):
    base, database = dashboard
    page = browser.new_page(locale="zh-CN")
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)

    page.goto(base + "/groups/toothbrush")
    assert "/login" in page.url  # the token is configured: log in first
    page.fill("input[name=token]", "wrong-token-wrong-token")
    page.click("button[type=submit]")
    assert page.locator(".error").inner_text() == "访问令牌不正确"
    problems.clear()  # the 401 of the wrong token was expected
    page.fill("input[name=token]", API_TOKEN)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/groups/toothbrush")

    assert page.locator("h1").inner_text() == "商品组：toothbrush"
    page.wait_for_function("() => window.Chart && Chart.getChart(document.getElementById('price-chart'))")
    price_points = chart_points(page, "price-chart")
    assert len(price_points) == 3 and sorted(price_points)[-2:] == [7, 7]  # own and rival: a week each
    labels = page.evaluate("() => Chart.getChart(document.getElementById('price-chart')).data.datasets.map(d => d.label)")
    assert labels[0].startswith("【本店】own-brush")
    assert max(chart_points(page, "stock-chart")) == 7
    assert chart_points(page, "sentiment-chart") == [3, 3]
    assert page.locator("canvas#price-chart").bounding_box()["height"] > 100
    assert "物流" in page.locator("ol.topics").inner_text()
    page.screenshot(path=str(tmp_path / "group.png"), full_page=True)

    page.goto(base + "/")
    assert page.locator("[data-tier=II]").inner_text() == "1"
    assert page.locator("#targets-total").inner_text() == "3"

    page.goto(base + "/alerts")
    page.locator("#alert-ABC234 button.ack").click()
    page.wait_for_selector(".notice")
    assert "ABC234 已确认" in page.locator(".notice").inner_text()
    with database.session() as session:
        alert = session.scalar(select(Alert).where(Alert.short_id == "ABC234"))
        assert (alert.state, alert.acknowledged_by) == ("acknowledged", "dashboard")
    assert page.locator("#alert-ABC234").count() == 1 and page.locator("#alert-ABC234 button.ack").count() == 0

    page.goto(base + "/compliance")
    page.fill("textarea[name=titles]", "国家级 最好的电动牙刷\n声波电动牙刷 5档清洁")
    page.click("form[action='/compliance'] button[type=submit]")
    marks = page.locator(".result").first.locator("p.title mark.level-block")
    assert marks.first.inner_text() == "国家级"
    assert page.locator(".result.verdict-ok").count() == 1
    page.screenshot(path=str(tmp_path / "compliance.png"), full_page=True)

    page.goto(base + "/targets")
    assert page.locator("tbody tr").count() == 3
    page.goto(base + "/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert problems == []
