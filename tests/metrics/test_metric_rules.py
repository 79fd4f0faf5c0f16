"""Metric rules over synthetic daily series with known answers, through the real engine and lifecycle:
thresholds, N periods running, stepped tiers on one alert, week-over-week change, daily declines, stock
cover and safety levels, staleness, per-key overrides, and the shipped KPI pack."""

from __future__ import annotations

from pathlib import Path

from monitor.config import parse_config

ROOT = Path(__file__).resolve().parents[2]


def rules(*lines: str) -> str:
    return "rules:\n" + "".join(f"  - {line}\n" for line in lines)


def firing(env) -> dict[str, tuple]:
    return {a.subject: (a.tier, a.title) for a in env.alerts() if a.state != "resolved"}


def test_threshold_latest_value_and_periods_running(metrics_env):
    env = metrics_env(rules("{id: conv, type: metric_threshold, metric: 转化率, op: '<', value: 2.5}",
                            "{id: complaints, type: metric_threshold, metric: 投诉率, op: '>', value: 1.5, periods: 3}"))
    env.series("转化率", [3.0, 2.0], unit="%")
    env.series("转化率", [2.0, 2.6], key="1002", unit="%")
    env.series("投诉率", [1.6, 1.8, 2.0], key="1001")
    env.series("投诉率", [1.0, 1.8, 2.0], key="1002")  # only 2 days running
    env.evaluate()
    alerts = {(a.rule_id, a.subject): a for a in env.alerts()}
    assert set(alerts) == {("conv", "metric:sku:1001"), ("complaints", "metric:sku:1001")}
    assert alerts[("conv", "metric:sku:1001")].title == "转化率低于 2.5%：商品 1001（最新 2%）"
    assert alerts[("complaints", "metric:sku:1001")].title.startswith("投诉率连续 3 期高于 1.5")
    assert alerts[("conv", "metric:sku:1001")].shop == "本店"


def test_stepped_tiers_are_one_alert_that_changes_tier(metrics_env, clock):
    env = metrics_env(rules("{id: ppc, type: metric_threshold, metric: 点击单价, scope: {kinds: [keyword]}, "
                            "steps: [{value: 15, tier: III}, {value: 25, tier: II}, {value: 35, tier: I}]}"))
    seen = []
    for day, value in enumerate([12, 16, 27, 38, 26, 10], start=5):
        env.series("点击单价", [value], kind="keyword", key="电动牙刷", end_day=day)
        clock.now = clock.now.replace(day=day) if day <= 11 else clock.now
        env.evaluate()
        alerts = env.alerts()
        assert len(alerts) <= 1
        seen.append((alerts[0].tier, alerts[0].state) if alerts else None)
    assert seen == [None, ("III", "firing"), ("II", "firing"), ("I", "firing"), ("II", "firing"),
                    ("II", "resolved")]


def test_week_over_week_drop(metrics_env):
    env = metrics_env(rules("{id: uv, type: metric_change, metric: 访客数, direction: down, pct: 15, period: 7d}"))
    env.series("访客数", [1000] * 7 + [820] * 7, key="1001")  # -18 %
    env.series("访客数", [1000] * 7 + [900] * 7, key="1002")  # -10 %
    env.evaluate()
    [alert] = env.alerts()
    assert alert.subject == "metric:sku:1001" and alert.facts["change_pct"] == -18.0
    assert alert.title == "访客数周环比下降 18.0%：商品 1001（1,000 → 820）"


def test_each_day_down_at_least_five_percent(metrics_env):
    env = metrics_env(rules("{id: idx, type: metric_change, metric: 口碑指数, direction: down, pct: 5, period: 1d, "
                            "consecutive: 2, scope: {kinds: [listing]}}"))
    env.series("口碑指数", [80, 75, 70], kind="listing", key="falling")       # -6.25 %, -6.7 %
    env.series("口碑指数", [80, 78, 70], kind="listing", key="one-big-fall")  # -2.5 %, -10.3 %
    env.evaluate()
    assert set(firing(env)) == {"metric:listing:falling"}


def test_stock_cover_and_safety_level(metrics_env):
    env = metrics_env(rules("{id: stock, type: stock_cover, min_days_cover: 7, safety: {'1003': 100}}"))
    env.series("库存", [100, 60], key="1001")
    env.series("销量", [10] * 7, key="1001")  # 60 / 10 = 6 days < 7
    env.series("库存", [500], key="1002")
    env.series("销量", [10] * 7, key="1002")  # 50 days
    env.series("库存", [90], key="1003")  # below its safety level of 100, no sales data
    env.series("库存", [40], key="1004")
    env.series("安全库存", [50], key="1004")  # the imported safety column
    env.series("库存", [0], key="1005")
    env.series("销量", [3], key="1005")
    env.evaluate()
    alerts = {a.subject: a for a in env.alerts()}
    assert set(alerts) == {"metric:sku:1001", "metric:sku:1003", "metric:sku:1004", "metric:sku:1005"}
    assert alerts["metric:sku:1001"].facts["days_of_cover"] == 6.0 and alerts["metric:sku:1001"].tier == "I"
    assert "低于安全库存 100" in alerts["metric:sku:1003"].title
    assert "低于安全库存 50" in alerts["metric:sku:1004"].title
    assert alerts["metric:sku:1005"].title.startswith("断货")
    env.series("库存", [60, 300], key="1001", end_day=11)  # restocked
    env.evaluate()
    assert "metric:sku:1001" not in firing(env)


def test_stale_series_and_per_key_overrides(metrics_env, clock):
    env = metrics_env(rules("{id: conv, type: metric_threshold, metric: 转化率, op: '<', value: 2.5, "
                            "overrides: [{targets: ['1002'], value: 1.5, tier: I}]}"))
    env.series("转化率", [2.0], key="1001", end_day=5)  # last point 6 days ago: not judged
    env.series("转化率", [2.0], key="1002")  # 2.0 is fine for 1002 (its limit is 1.5)
    env.series("转化率", [1.0], key="1003", unit="%")
    env.evaluate()
    assert firing(env) == {"metric:sku:1003": ("II", "转化率低于 2.5%：商品 1003（最新 1%）")}
    env.series("转化率", [1.2], key="1002", end_day=11)
    clock.advance(days=1)
    env.evaluate()
    assert firing(env)["metric:sku:1002"][0] == "I"


def test_metric_alerts_are_grouped_and_delivered(metrics_env, tmp_path):
    log = tmp_path / "alerts.log"
    env = metrics_env(rules("{id: conv, type: metric_threshold, metric: 转化率, op: '<', value: 2.5}")
                      + f"tiers:\n  II: {{urls: ['alertlog://{log}']}}\n")
    for key in ("1001", "1002", "1003"):
        env.series("转化率", [1.0], key=key, unit="%")
    env.evaluate()
    _, drained = env.tick()
    text = log.read_text(encoding="utf-8")
    assert drained.sent == 1 and "经营指标超限 · 本店 · 3 个商品" in text and "商品 1002" in text


def test_kpi_pack_loads_and_fires(metrics_env):
    env = metrics_env(f"rule_packs: [{ROOT / 'config/rules/kpi-pack.yaml'}]\n"
                      + rules("{id: kpi-stock-cover, safety: {'1001': 100}}"))
    env.series("点击单价", [28.0], kind="keyword", key="牙刷")
    env.series("库存", [80], key="1001")
    env.series("转化率", [2.0], kind="shop", key="")
    env.evaluate()
    got = {a.rule_id: a.tier for a in env.alerts()}
    assert got == {"kpi-keyword-ppc": "II", "kpi-stock-cover": "I", "kpi-conversion-low": "II"}
    pack = parse_config(f"rule_packs: [{ROOT / 'config/rules/kpi-pack.yaml'}]")
    assert all(rule.id.startswith("kpi-") and rule.description is None for rule in pack.rules)
    assert len(pack.rules) == 9
