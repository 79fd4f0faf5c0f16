"""闭环管理: an alert's timeline (fired, delivered per channel, acknowledged, notes, escalated, resolved with a
resolution text), response targets per tier with the overdue escalation and list, and the weekly review."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

from openpyxl import load_workbook

from monitor.alerting import service
from monitor.alerting.timeline import escalate_overdue_assessments
from monitor.models import PriceObservation, Review
from monitor.report.render import to_markdown, to_xlsx
from monitor.report.review import build_review, percentile


def _env(metrics_env, tmp_path):
    logs = {tier: tmp_path / f"{tier}.log" for tier in ("I", "II")}
    env = metrics_env(
        "targets:\n"
        "  - {name: rival, url: 'http://rival.test/a', owner: competitor, shop: 竞品旗舰店, group: brush}\n"
        "  - {name: own, url: 'http://own.test/a', owner: own, group: brush}\n"
        "rules:\n  - {id: conv, type: metric_threshold, metric: 转化率, op: '<', value: 2.5, tier: II}\n"
        f"tiers:\n  I: {{urls: ['alertlog://{logs['I']}', 'console://']}}\n"
        f"  II: {{urls: ['alertlog://{logs['II']}'], response_target: 4h, assess_within: 24h}}\n")
    env.series("转化率", [1.0], unit="%")
    env.evaluate()
    env.tick()
    return env, logs


def test_timeline_from_fired_to_resolved(metrics_env, tmp_path, clock):
    env, _ = _env(metrics_env, tmp_path)
    [alert] = env.alerts()
    clock.advance(minutes=30)
    with env.database.session() as session:
        service.acknowledge(session, alert.short_id, by="小王", now=clock.now)
        service.add_alert_note(session, alert.short_id, "主图被改，已恢复原图", by="小王", now=clock.advance(minutes=5))
        service.resolve_alert(session, alert.short_id, by="小王", config=env.config, now=clock.advance(hours=1),
                              note="转化率回到 3.1%")
    with env.database.session() as session:
        detail = service.alert_detail(session, alert.short_id)
    events = [(e["event"], e["by"] or e["channel"], e["text"]) for e in detail["timeline"]]
    events = [(e["event"], e["by"] or e["channel"], e["text"]) for e in detail["timeline"]]
    people = [e for e in events if e[0] not in ("delivered", "queued")]
    assert [e[0] for e in people] == ["fired", "acknowledged", "note", "resolution", "resolved"]
    assert people[1][1] == "小王" and people[2][2] == "主图被改，已恢复原图"
    assert people[4] == ("resolved", "小王", "转化率回到 3.1%")
    delivered = [e for e in events if e[0] == "delivered"]
    assert len(delivered) == 1 and delivered[0][1].startswith("alertlog:") and delivered[0][2] == "firing"
    assert ("queued", delivered[0][1], "resolved") in events  # the resolved notice waits for the next tick


def test_overdue_alerts_are_listed_and_escalated_once(metrics_env, tmp_path, clock):
    env, logs = _env(metrics_env, tmp_path)
    [alert] = env.alerts()
    with env.database.session() as session:
        assert service.list_overdue(session, env.config, clock.now) == []
    clock.advance(hours=5)
    with env.database.session() as session:
        assert [r["overdue"] for r in service.list_overdue(session, env.config, clock.now)] == [["ack"]]
        service.acknowledge(session, alert.short_id, by="小李", now=clock.now)
    clock.advance(hours=20)  # 25 h after firing, acknowledged but nobody wrote an assessment
    with env.database.session() as session:
        assert [r["overdue"] for r in service.list_overdue(session, env.config, clock.now)] == [["assessment"]]
        assert len(escalate_overdue_assessments(session, env.config, clock.now)) == 1
        assert escalate_overdue_assessments(session, env.config, clock.now) == []  # once
    env.tick()
    assert "【超时未研判】" in logs["I"].read_text(encoding="utf-8")  # Ⅱ级 escalates to the Ⅰ级 channels
    with env.database.session() as session:
        timeline = service.alert_detail(session, alert.short_id)["timeline"]
        assert {"escalated", "overdue"} <= {e["event"] for e in timeline}
        service.add_alert_note(session, alert.short_id, "已排查：大促结束后自然回落", by="小李", now=clock.now)
        assert service.list_overdue(session, env.config, clock.now) == []


def test_cli_note_show_and_overdue(cli, tmp_path):
    config = tmp_path / "monitor.yaml"
    config.write_text(f"data_dir: {tmp_path / 'data'}\n"
                      "rules:\n  - {id: conv, type: metric_threshold, metric: 转化率, op: '<', value: 2.5, tier: I}\n"
                      "tiers:\n  I: {response_target: 1m}\n", encoding="utf-8")
    from monitor.config import load_config
    from monitor.db import Database
    from monitor.alerting.pipeline import evaluate_and_record
    from monitor.metrics.store import PointIn, upsert_points
    from monitor.models import utcnow

    cfg = load_config(config)
    database = Database(cfg.database_url)
    now = utcnow()
    with database.session() as session:
        upsert_points(session, [PointIn("转化率", "shop", "", now - timedelta(hours=1), 1.0, "%", "import")])
    [alert] = evaluate_and_record(database, cfg, now=now - timedelta(minutes=5))
    database.dispose()
    noted = cli("alerts", "note", alert.short_id, "已通知运营排查主图", "--by", "小王", "-c", str(config))
    assert noted.returncode == 0, noted.stderr
    shown = cli("alerts", "show", alert.short_id, "-c", str(config))
    assert "处理经过" in shown.stdout and "已通知运营排查主图" in shown.stdout and "小王" in shown.stdout
    overdue = cli("alerts", "list", "--overdue", "--format", "json", "-c", str(config))
    assert [(r["id"], r["overdue"]) for r in json.loads(overdue.stdout)] == [(alert.short_id, ["ack"])]


def test_percentile_nearest_rank():
    assert percentile([], 0.5) is None
    assert percentile([5, 1, 3], 0.5) == 3 and percentile(list(range(1, 11)), 0.9) == 9


def test_weekly_review_content(metrics_env, tmp_path, clock):
    env, _ = _env(metrics_env, tmp_path)
    [alert] = env.alerts()
    with env.database.session() as session:
        service.acknowledge(session, alert.short_id, by="小王", now=clock.now + timedelta(hours=2))
        service.resolve_alert(session, alert.short_id, by="小王", now=clock.now + timedelta(hours=6), note="已处理")
        for day, price in enumerate([199, 199, 169, 179]):
            session.add(PriceObservation(target_id=env.targets["rival"], url="http://rival.test/a",
                                         observed_at=clock.now - timedelta(days=4 - day), price=Decimal(price)))
        for i, (sentiment, topics) in enumerate([(0.1, ["物流"]), (0.2, ["物流", "质量"]), (0.9, ["物流"])]):
            session.add(Review(target_id=env.targets["own"], review_key=f"r{i}", text="x", sentiment=sentiment,
                               topics=topics, posted_at=clock.now - timedelta(days=1)))
    with env.database.session() as session:
        review = build_review(session, env.config, clock.now - timedelta(days=7), clock.now + timedelta(days=1))
    assert review.by_tier == {"I": 0, "II": 1, "III": 0}
    assert review.response[1]["ack_median_h"] == 2.0 and review.response[1]["resolve_p90_h"] == 6.0
    assert review.topics == [("物流", 2), ("质量", 1)] and review.negative_reviews == 2
    assert review.price_moves[0]["target"] == "rival" and review.price_moves[0]["change_pct"] == -10.1
    markdown = to_markdown(review, env.config)
    for heading in ("# 监控周报", "## 告警按级别统计", "## 告警按规则统计", "## 响应时效", "## 超时告警",
                    "## 主要投诉话题", "## 竞品价格变动"):
        assert heading in markdown
    assert "| conv | 1 | 0 | 1 | 0 | 0 |" in markdown and "| 物流 | 2 |" in markdown and "-10.1%" in markdown
    to_xlsx(review, env.config, tmp_path / "review.xlsx")
    workbook = load_workbook(tmp_path / "review.xlsx")
    assert workbook.sheetnames[:3] == ["概览", "告警按级别统计", "告警按规则统计"]
    assert [c.value for c in workbook["竞品价格变动"][2]][:2] == ["rival", "竞品旗舰店"]


def test_report_cli_markdown_and_xlsx(cli, tmp_path):
    config = tmp_path / "monitor.yaml"
    config.write_text(f"data_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    markdown = cli("report", "--since", "7d", "-c", str(config))
    assert markdown.returncode == 0 and "# 监控周报" in markdown.stdout
    xlsx = cli("report", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx"), "-c", str(config))
    assert xlsx.returncode == 0 and (tmp_path / "r.xlsx").stat().st_size > 0
