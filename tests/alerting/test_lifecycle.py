"""The alert lifecycle over time, with the clock moved by hand: restarts, grouping, repeats, silences, quiet
hours with their morning digest, escalation and acknowledgement."""

from datetime import timedelta

from monitor.alerting import service
from tests.alerting.conftest import targets_yaml

SHOP = [f"{{name: sku{i}, url: 'http://rival.test/{i}', shop: 竞品甲旗舰店}}" for i in range(4)]
OTHER = ["{name: other, url: 'http://other.test/1', shop: 乙店}"]


def config(hook: int, extra: str = "", tiers: str = "") -> str:
    return targets_yaml(*SHOP, *OTHER) + "rules:\n  - {id: drop, type: price_drop, threshold_pct: 5}\n" + extra + \
        f"tiers:\n  I: {{urls: ['json://127.0.0.1:{hook}/one']}}\n" \
        f"  II: {{urls: ['json://127.0.0.1:{hook}/two']}}\n  III: {{urls: ['json://127.0.0.1:{hook}/three']}}\n" + tiers


def drop(m, clock, names, before=100, after=80):
    for name in names:
        m.observe(name, before)
    clock.advance(minutes=30)
    for name in names:
        m.observe(name, after)


def test_dedup_across_restarts(monitor_factory, clock, webhook, database_url):
    m = monitor_factory(config(webhook.port), database_url)  # SQLite and PostgreSQL
    drop(m, clock, ["sku0"])
    m.cycle()
    assert len(webhook.requests) == 1
    for _ in range(3):  # the daemon restarts; the same condition is evaluated again
        m = m.reopen()
        clock.advance(minutes=10)
        m.cycle()
    assert len(m.alerts()) == 1 and len(webhook.requests) == 1


def test_grouping_by_rule_and_shop_within_the_window(monitor_factory, clock, webhook):
    m = monitor_factory(config(webhook.port))
    drop(m, clock, ["sku0", "sku1", "other"])
    m.cycle()
    sent = {r["body"]["title"] for r in webhook.requests}
    assert "【Ⅱ级】价格下降 · 竞品甲旗舰店 · 2 个商品" in sent and len(sent) == 2  # one per shop
    grouped = next(r for r in webhook.requests if "2 个商品" in r["body"]["title"])["body"]["message"]
    assert "sku0" in grouped and "sku1" in grouped

    clock.advance(seconds=20)  # two more SKUs of the same shop drop within the group interval (60 s)
    for name in ("sku2", "sku3"):
        m.observe(name, 100, at=clock.now - timedelta(minutes=30))
        m.observe(name, 80)
    m.cycle()
    assert len(webhook.requests) == 2  # held: the group spoke 20 s ago
    clock.advance(seconds=45)
    m.tick()
    assert len(webhook.requests) == 3 and "2 个商品" in webhook.requests[2]["body"]["title"]
    assert "sku2" in webhook.requests[2]["body"]["message"] and "sku3" in webhook.requests[2]["body"]["message"]


def test_repeat_interval_and_acknowledge(monitor_factory, clock, webhook):
    m = monitor_factory(config(webhook.port, tiers="alerting: {repeat_interval: 4h}\n"))
    drop(m, clock, ["sku0"])
    m.cycle()
    clock.advance(hours=3, minutes=59)
    m.tick()
    assert len(webhook.requests) == 1
    clock.advance(minutes=2)
    m.tick()
    assert len(webhook.requests) == 2 and "【提醒】" in webhook.requests[1]["body"]["title"]
    with m.database.session() as session:
        service.acknowledge(session, m.alerts()[0].short_id, by="小王", now=clock.now)
    clock.advance(hours=5)
    m.cycle()
    assert len(webhook.requests) == 2  # acknowledged: no more reminders


def test_silence_holds_and_releases(monitor_factory, clock, webhook):
    m = monitor_factory(config(webhook.port))
    with m.database.session() as session:
        silence = service.create_silence(session, {"shop": "竞品甲旗舰店"}, "双11 大促调价", duration=6 * 3600,
                                         by="ops", now=clock.now)
    drop(m, clock, ["sku0", "other"])
    m.cycle()
    assert [r["body"]["title"].split("：")[-1] for r in webhook.requests] == [
        f"other #{m.alerts(target_id=m.targets['other'])[0].short_id}"]
    clock.advance(hours=3)
    with m.database.session() as session:
        assert [s["id"] for s in service.list_silences(session, now=clock.now)] == [silence["id"]]
        service.expire_silence(session, silence["id"], now=clock.now)
    m.tick()  # still dropped when the silence ends: told now, nothing lost
    assert len(webhook.requests) == 2 and "sku0" in webhook.requests[1]["body"]["title"]


def test_quiet_hours_hold_lower_tiers_for_one_digest_but_tier_one_goes_out(monitor_factory, clock, webhook):
    extra = "  - {id: drop-one, type: price_drop, threshold_pct: 5, tier: I, scope: {targets: [other]}}\n"
    m = monitor_factory(config(webhook.port, extra=extra, tiers="alerting: {quiet_hours: {start: '22:00', end: '08:00'}, max_escalations: 0}\n"))
    clock.now = clock.now.replace(hour=15)  # 23:00 in Shanghai
    drop(m, clock, ["sku0", "other"])
    m.cycle()
    assert [r["path"] for r in webhook.requests] == ["/one"]  # Ⅰ级 always goes out
    clock.advance(hours=2)
    drop(m, clock, ["sku1"])
    m.cycle()
    assert len(webhook.requests) == 1
    clock.advance(minutes=30)
    drop(m, clock, ["sku2"])
    m.cycle()
    clock.advance(minutes=30)
    m.observe("sku2", 100)  # dropped and back during the night: still in the morning digest
    m.cycle()
    clock.now = clock.now.replace(hour=23, minute=59)  # 07:59 local: still quiet
    m.tick()
    assert len(webhook.requests) == 1
    clock.advance(minutes=2)
    m.tick()
    assert len(webhook.requests) == 2
    digest = webhook.requests[1]
    assert digest["path"] == "/two" and digest["body"]["title"] == "【Ⅱ级】免打扰时段汇总：共 4 条"  # + other
    assert "sku0" in digest["body"]["message"] and "sku1" in digest["body"]["message"]
    assert "【已恢复】竞品降价 20.0%：sku2" in digest["body"]["message"]
    m.tick()
    assert len(webhook.requests) == 2


def test_escalation_after_the_deadline_up_to_k_times(monitor_factory, clock, webhook):
    hook = f"json://127.0.0.1:{webhook.port}"
    tiers = (f"  III: {{urls: ['{hook}/three'], escalate_after: 30m}}\n"
             f"  II: {{urls: ['{hook}/two'], escalate_after: 1h}}\n"
             f"  I: {{urls: ['{hook}/one'], escalation_urls: ['{hook}/boss']}}\n"
             "alerting: {max_escalations: 2, repeat_interval: 0}\n")
    text = targets_yaml(*SHOP) + "rules:\n  - {id: drop, type: price_drop, tier: III}\n" + "tiers:\n" + tiers
    m = monitor_factory(text)
    drop(m, clock, ["sku0"])
    m.cycle()
    clock.advance(minutes=29)
    m.tick()
    assert [r["path"] for r in webhook.requests] == ["/three"]
    clock.advance(minutes=2)
    m.tick()  # not acknowledged within 30 min: Ⅲ → Ⅱ
    assert [r["path"] for r in webhook.requests] == ["/three", "/two"]
    assert "【升级】" in webhook.requests[1]["body"]["title"]
    clock.advance(hours=1, minutes=1)
    m.tick()  # still not acknowledged within Ⅱ's hour: → Ⅰ and its escalation channel
    assert sorted(r["path"] for r in webhook.requests[2:]) == ["/boss", "/one"]
    clock.advance(hours=5)
    m.tick()  # K = 2 reached: no more
    assert len(webhook.requests) == 4
    assert m.alerts()[0].escalation_level == 2


def test_acknowledged_alert_does_not_escalate_and_manual_resolve_sticks(monitor_factory, clock, webhook):
    tiers = f"  I: {{urls: ['json://127.0.0.1:{webhook.port}/one'], response_target: 1h}}\n"
    m = monitor_factory(targets_yaml(*SHOP) + "rules:\n  - {id: drop, type: price_drop, tier: I}\ntiers:\n" + tiers)
    drop(m, clock, ["sku0"])
    m.cycle()
    short_id = m.alerts()[0].short_id
    with m.database.session() as session:
        service.acknowledge(session, short_id.lower(), by="小王", now=clock.now)
    clock.advance(hours=2)
    m.tick()
    assert len(webhook.requests) == 1
    with m.database.session() as session:
        service.resolve_alert(session, short_id, by="小王", config=m.config, now=clock.now)
    m.tick()
    assert "已由 小王 处理" in webhook.requests[1]["body"]["message"]
    clock.advance(minutes=30)
    m.observe("sku0", 80)
    m.cycle()  # the condition still holds but nothing changed: stays resolved
    assert m.alerts()[0].state == "resolved" and len(webhook.requests) == 2
    clock.advance(minutes=30)
    m.observe("sku0", 70)
    m.cycle()  # it changed: fires again under the same id
    alert = m.alerts()[0]
    assert (alert.state, alert.short_id, alert.occurrences) == ("firing", short_id, 2)


def test_a_post_crawl_pass_only_touches_what_the_crawl_can_affect(monitor_factory, clock, webhook):
    m = monitor_factory(config(webhook.port))
    drop(m, clock, ["sku0", "sku1"])
    m.cycle()
    assert {a.state for a in m.alerts()} == {"firing"}
    clock.advance(minutes=30)
    m.observe("sku1", 100)  # sku1 is crawled again and back to normal; sku0 is not crawled in this pass
    m.evaluate(changed={m.targets["sku1"]})
    states = {a.target_id: a.state for a in m.alerts()}
    assert states == {m.targets["sku0"]: "firing", m.targets["sku1"]: "resolved"}
