"""Stock and scraper-health rules: unknown is not out of stock, flapping is one alert, a blocked site is one
alert that keeps that site's price and stock alerts quiet until it clears."""

from tests.alerting.conftest import targets_yaml

TARGETS = targets_yaml(
    "{name: a, url: 'http://shop-a.test/1', shop: 甲店}",
    "{name: b, url: 'http://shop-a.test/2', shop: 甲店}",
    "{name: mine, url: 'http://mine.test/1', owner: own, shop: 本店}",
)


def config(rules: str, hook: int) -> str:
    return TARGETS + rules + f"tiers:\n  II: {{urls: ['json://127.0.0.1:{hook}/two']}}\n" \
                             f"  III: {{urls: ['json://127.0.0.1:{hook}/three']}}\n"


def titles(webhook) -> list[str]:
    return [r["body"]["title"] for r in webhook.requests]


def test_unknown_is_never_out_of_stock(monitor_factory, clock, webhook):
    m = monitor_factory(config("rules:\n  - {id: stock, type: stock}\n", webhook.port))
    m.observe("a", 10, stock="in_stock")
    clock.advance(minutes=30)
    m.observe("a", None, stock="unknown")  # a page that said nothing about stock
    m.cycle()
    assert m.alerts() == [] and webhook.requests == []


def test_flapping_is_one_alert_and_restock_is_its_resolved_notice(monitor_factory, clock, webhook):
    m = monitor_factory(config("rules:\n  - {id: stock, type: stock, keep_firing_for: 2h}\n", webhook.port))
    m.observe("mine", 10, stock="out_of_stock", title="本店牙刷")
    m.cycle()
    assert titles(webhook) == [f"【Ⅱ级】本店缺货：本店牙刷 #{m.alerts()[0].short_id}"]
    for state in ("in_stock", "out_of_stock", "in_stock", "out_of_stock", "in_stock"):  # every 30 min
        clock.advance(minutes=30)
        m.observe("mine", 10, stock=state, title="本店牙刷")
        m.cycle()
    assert len(m.alerts()) == 1 and len(webhook.requests) == 1  # five changes, still one message
    assert m.alerts()[0].facts["changes"] >= 4

    for _ in range(4):  # in stock for two hours: resolved, told as "back in stock"
        clock.advance(minutes=30)
        m.observe("mine", 10, stock="in_stock", title="本店牙刷")
        m.cycle()
    alert = m.alerts()[0]
    assert alert.state == "resolved"
    assert titles(webhook)[1] == f"【Ⅱ级】恢复有货：本店牙刷 #{alert.short_id}"
    assert "已恢复有货" in webhook.requests[1]["body"]["message"]


def test_consecutive_failures(monitor_factory, clock, webhook):
    m = monitor_factory(config("rules:\n  - {id: fail, type: scrape_failures, consecutive: 3}\n", webhook.port))
    m.observe("a", 10)
    for _ in range(2):
        clock.advance(minutes=30)
        m.fail("a", kind="layout", status=200, reason="no price on the page")
    m.cycle()
    assert m.alerts() == []
    clock.advance(minutes=30)
    m.fail("a", kind="layout", status=200, reason="no price on the page")
    m.cycle()
    [alert] = m.alerts()
    assert alert.tier == "III" and "采集连续失败 3 次：a（no price on the page）" in alert.title
    assert webhook.requests[0]["path"] == "/three"


def test_site_blocked_inhibits_that_sites_alerts_until_it_clears(monitor_factory, clock, webhook):
    rules = ("rules:\n  - {id: blocked, type: site_blocked, tier: II, min_share: 0.5}\n"
             "  - {id: fail, type: scrape_failures, tier: II, consecutive: 2}\n")
    m = monitor_factory(config(rules, webhook.port))
    m.observe("b", 10)
    for status in (403, 429):
        clock.advance(minutes=30)
        m.fail("a", status=status, reason=f"HTTP {status}")
    m.cycle()
    blocked, failing = m.alerts(rule_id="blocked")[0], m.alerts(rule_id="fail")[0]
    assert blocked.title == "站点封锁或限流：shop-a.test（1/2 个商品，429）"
    assert failing.state == "firing" and failing.notified_state is None  # inhibited: held, not sent
    assert titles(webhook) == [f"【Ⅱ级】{blocked.title} #{blocked.short_id}"]

    clock.advance(minutes=30)  # no longer blocked, but the page still cannot be read: now it is news
    m.fail("a", kind="layout", status=200, reason="no price on the page")
    m.cycle()
    sent = titles(webhook)
    assert sent[1:] == [f"【Ⅱ级】【已恢复】{blocked.title} #{blocked.short_id}",
                        f"【Ⅱ级】采集连续失败 2 次：a（no price on the page） #{failing.short_id}"]


def test_a_successful_reviews_crawl_counts_as_success(monitor_factory, clock, webhook):
    from monitor.models import TargetCheck

    text = config("rules:\n  - {id: fail, type: scrape_failures, consecutive: 2}\n", webhook.port).replace(
        "targets:\n", "targets:\n  - {name: r, url: 'http://shop-a.test/r', kind: reviews,"
                      " reviews: {items: 'css:.r', fields: {text: 'css:.t'}}}\n", 1)
    m = monitor_factory(text)
    m.fail("r", kind="http", status=500, reason="HTTP 500")
    clock.advance(minutes=30)
    with m.database.session() as session:  # the next crawl worked but found no new review
        session.add(TargetCheck(target_id=m.targets["r"], checked_at=clock.now))
    clock.advance(minutes=30)
    m.fail("r", kind="http", status=500, reason="HTTP 500")
    m.cycle()
    assert m.alerts() == []
