"""Price rules over stored observations: moves against the previous price and the baseline, undercutting the
seller's own price, floors — and one alert per condition however often the rules run."""

from tests.alerting.conftest import targets_yaml

TARGETS = targets_yaml(
    "{name: rival, url: 'http://rival.test/1', shop: 竞品甲旗舰店, group: brush}",
    "{name: rival2, url: 'http://rival.test/2', shop: 竞品甲旗舰店, group: brush}",
    "{name: mine, url: 'http://mine.test/1', owner: own, shop: 本店, group: brush}",
)


def config(rules: str, hook: int) -> str:
    return TARGETS + rules + f"tiers:\n  II: {{urls: ['json://127.0.0.1:{hook}/hook']}}\n" \
                             f"  I: {{urls: ['json://127.0.0.1:{hook}/one']}}\n"


def test_drop_needs_previous_and_baseline_and_alerts_once(monitor_factory, clock, webhook):
    m = monitor_factory(config("rules:\n  - {id: drop, type: price_drop, threshold_pct: 5}\n", webhook.port))
    for price in (100, 100, 100, 90, 100):  # a dip and back: the last move is a rise, no drop alert now
        m.observe("rival", price)
        clock.advance(hours=1)
    m.cycle()
    assert m.alerts() == []

    m.observe("rival", 80)  # -20 % vs previous and vs the 7-day median (100)
    started, _ = m.cycle()
    assert [a.title for a in started] == ["竞品降价 20.0%：rival"]
    assert len(webhook.requests) == 1
    body = webhook.requests[0]["body"]
    assert "¥100.00 → ¥80.00" in body["message"] and "7.0 天中位数 ¥100.00" in body["message"]
    assert f"#{started[0].short_id}" in body["title"] and started[0].short_id in body["message"]

    for _ in range(3):  # re-evaluation with the same price: same alert, no new message
        clock.advance(minutes=30)
        m.observe("rival", 80)
        m.cycle()
    assert len(m.alerts()) == 1 and len(webhook.requests) == 1

    clock.advance(minutes=30)
    m.observe("rival", 70)  # a further drop changes the news: the same alert is updated and told again
    m.cycle()
    alerts = m.alerts()
    assert len(alerts) == 1 and alerts[0].facts["new_price"] == "70.00"
    assert len(webhook.requests) == 2 and "【更新】" in webhook.requests[1]["body"]["title"]

    clock.advance(minutes=30)
    m.observe("rival", 100)  # back to normal: resolved notice
    m.cycle()
    assert m.alerts()[0].state == "resolved"
    assert "【已恢复】" in webhook.requests[2]["body"]["title"]


def test_small_move_against_baseline_does_not_alert(monitor_factory, clock, webhook):
    """90 → 95 → 90: the last step is -5.3 % vs previous but equal to the usual price."""
    m = monitor_factory(config("rules:\n  - {id: drop, type: price_drop, threshold_pct: 5}\n", webhook.port))
    for price in (90, 90, 95, 90, 95, 90):
        m.observe("rival", price)
        clock.advance(hours=2)
    m.cycle()
    assert m.alerts() == []


def test_rise_by_absolute_amount_and_overrides(monitor_factory, clock, webhook):
    rules = ("rules:\n  - {id: rise, type: price_rise, threshold_pct: null, threshold_abs: 20,\n"
             "     overrides: [{targets: [rival2], threshold_abs: 5, tier: I}]}\n")
    m = monitor_factory(config(rules, webhook.port))
    for name in ("rival", "rival2"):
        m.observe(name, 100)
    clock.advance(hours=1)
    m.observe("rival", 110)  # +¥10: under ¥20
    m.observe("rival2", 110)  # +¥10: over its override ¥5, and tier I
    m.cycle()
    alerts = m.alerts()
    assert [(a.target_id, a.tier) for a in alerts] == [(m.targets["rival2"], "I")]
    assert alerts[0].title == "竞品涨价 10.0%：rival2"
    assert webhook.requests[0]["path"] == "/one"


def test_undercut_fires_on_first_observation(monitor_factory, webhook):
    """changedetection #3851: a condition that already holds alerts on the very first check."""
    m = monitor_factory(config("rules:\n  - {id: under, type: undercut, min_gap_pct: 3}\n", webhook.port))
    m.observe("mine", 200)
    m.observe("rival", 189)  # 5.5 % under
    m.observe("rival2", 198)  # 1 % under: below min_gap_pct
    m.cycle()
    [alert] = m.alerts()
    assert alert.title == "竞品低于本店价 ¥11.00（5.5%）：rival"
    assert alert.facts["own_price"] == "200.00" and alert.fingerprint == f"under|target:{m.targets['rival']}|undercut"
    assert "本店价" in webhook.requests[0]["body"]["message"]


def test_price_floor_per_group(monitor_factory, webhook):
    rules = "rules:\n  - {id: floor, type: price_floor, tier: I, floors: {brush: 150}}\n"
    m = monitor_factory(config(rules, webhook.port))
    m.observe("rival", 149)
    m.observe("mine", 160)
    m.cycle()
    [alert] = m.alerts()
    assert alert.title == "低于控价底线 ¥150.00：rival 现价 ¥149.00" and alert.tier == "I"
    assert "响应时限 1小时" in webhook.requests[0]["body"]["message"]


MARKET = targets_yaml(
    "{name: a, url: 'http://a.test/1', shop: 甲店, group: brush}",
    "{name: b, url: 'http://b.test/1', shop: 乙店, group: brush}",
    "{name: c, url: 'http://c.test/1', shop: 丙店, group: brush}",
)


def _market_sale(m, clock):
    for _ in range(4):
        for name in ("a", "b", "c"):
            m.observe(name, 100)
        clock.advance(hours=2)
    for name in ("a", "b", "c"):  # 618: every shop cuts by 20 % within the hour
        m.observe(name, 80)
        clock.advance(minutes=10)
    return m.cycle()


def test_market_wide_move_is_not_an_alert_unless_asked(monitor_factory, clock, webhook):
    hook = f"tiers:\n  II: {{urls: ['json://127.0.0.1:{webhook.port}/hook']}}\n"
    m = monitor_factory(MARKET + "rules:\n  - {id: drop, type: price_drop, threshold_pct: 5}\n" + hook)
    _market_sale(m, clock)
    assert m.alerts() == []

    clock.advance(days=2)
    m2 = monitor_factory(MARKET + "rules:\n  - {id: drop, type: price_drop, threshold_pct: 5,"
                                  " ignore_market_moves: false}\n" + hook)
    _market_sale(m2, clock)
    assert sorted(a.title for a in m2.alerts()) == ["竞品降价 20.0%：a", "竞品降价 20.0%：b", "竞品降价 20.0%：c"]


def test_market_is_looked_at_once_per_pass_for_moves_at_the_same_time(monitor_factory, clock, webhook, monkeypatch):
    """A full pass must stay linear: one look at the market per time bucket, not one per moving target."""
    import monitor.rules.price as price

    calls = []
    real = price._market_around
    monkeypatch.setattr(price, "_market_around", lambda *args: calls.append(args[2]) or real(*args))
    hook = f"tiers:\n  II: {{urls: ['json://127.0.0.1:{webhook.port}/hook']}}\n"
    m = monitor_factory(MARKET + "rules:\n  - {id: drop, type: price_drop, threshold_pct: 5}\n" + hook)
    _market_sale(m, clock)
    assert m.alerts() == []  # still recognised as a market-wide move
    # three cuts at 10:00, 10:10 and 10:20 fall in two 15-minute buckets: two looks, never one per target
    assert len(calls) == 2 and len(set(calls)) == 2
