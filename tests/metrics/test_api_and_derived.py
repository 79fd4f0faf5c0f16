"""The push endpoint (single, batch, auth, all-or-nothing, idempotent), alert notes over the API, and the
series derived from reviews and mentions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.api import create_app
from monitor.metrics.derived import refresh_derived
from monitor.models import Mention, MetricPoint, Review

TOKEN = "metrics-test-token-0123456789"


@pytest.fixture
def api(metrics_env):
    env = metrics_env(f"api: {{token: {TOKEN}}}\n"
                      "rules:\n  - {id: conv, type: metric_threshold, metric: 转化率, op: '<', value: 2.5}\n")
    with TestClient(create_app(env.config, env.database)) as client:
        client.headers["Authorization"] = f"Bearer {TOKEN}"
        client.env = env
        yield client


def test_push_single_and_batch_idempotent(api):
    one = {"metric": "转化率", "scope_kind": "sku", "scope": "1001", "at": "2024-03-10", "value": 2.1, "unit": "%"}
    assert api.post("/api/metrics/points", json=one, headers={"Authorization": ""}).status_code == 401
    assert api.post("/api/metrics/points", json=one).json() == {"accepted": 1}
    batch = {"points": [one, {**one, "scope": "1002", "value": 3.0}, {**one, "at": "2024-03-09T00:00:00+08:00"}]}
    assert api.post("/api/metrics/points/batch", json=batch).json() == {"accepted": 3}
    assert api.post("/api/metrics/points/batch", json=batch).status_code == 201
    assert api.env.point_count() == 3  # same metric, scope, time, source: updated, not doubled
    series = api.get("/api/metrics/series", params={"metric": "转化率", "scope_kind": "sku", "days": 3650}).json()
    assert [(s["scope"], len(s["points"])) for s in series["series"]] == [("1001", 2), ("1002", 1)]
    assert series["series"][0]["points"][0][0] == "2024-03-08T16:00:00+00:00"  # local midnight without an offset


def test_one_bad_point_rejects_the_batch(api):
    good = {"metric": "访客数", "at": "2024-03-10", "value": 10}
    bad = api.post("/api/metrics/points/batch", json={"points": [good, {**good, "value": "十"}]})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][:3] == ["body", "points", 1]
    assert api.post("/api/metrics/points", json={**good, "scope_kind": "planet"}).status_code == 422
    assert api.env.point_count() == 0


def test_notes_and_overdue_over_the_api(api):
    api.env.series("转化率", [1.0])
    [alert] = api.env.evaluate()
    note = api.post(f"/api/alerts/{alert.short_id}/notes", json={"text": "已安排客服回访", "by": "小张"})
    assert note.status_code == 201 and note.json()["by"] == "小张"
    assert api.post("/api/alerts/NOPE99/notes", json={"text": "x"}).status_code == 404
    resolved = api.post(f"/api/alerts/{alert.short_id}/resolve", json={"by": "小张", "note": "已恢复"})
    assert resolved.status_code == 200
    timeline = api.get(f"/api/alerts/{alert.short_id}").json()["timeline"]
    assert [e["text"] for e in timeline if e["event"] in ("note", "resolution")] == ["已安排客服回访", "已恢复"]
    assert api.get("/api/alerts/overdue").json() == {"items": []}


def test_derived_series_from_reviews_and_mentions(metrics_env, clock):
    env = metrics_env("targets:\n  - {name: own, url: 'http://own.test/a', owner: own}\n"
                      "  - {name: brand, url: 'http://news.test/q', kind: mentions, mentions: {format: rss, keywords: [牙刷]}}\n")
    day = clock.now.replace(hour=2)  # 10:00 in Shanghai
    with env.database.session() as session:
        for i, (sentiment, topics) in enumerate([(0.1, ["物流"]), (0.2, [{"label": "质量"}]), (0.8, []), (0.9, None)]):
            session.add(Review(target_id=env.targets["own"], review_key=f"r{i}", text="x", sentiment=sentiment,
                               topics=topics, posted_at=day))
        session.add(Review(target_id=env.targets["own"], review_key="old", text="x", sentiment=0.5,
                           posted_at=day - timedelta(days=1)))
        for i in range(3):
            session.add(Mention(target_id=env.targets["brand"], url_hash=f"m{i}", text="x", sentiment=0.2 + 0.3 * i,
                                published_at=day))
    written = refresh_derived(env.database, env.config, now=clock.now)
    with env.database.session() as session:
        points = {(p.metric, p.scope_kind, p.scope_key, p.at.date().isoformat()): p.value
                  for p in session.scalars(select(MetricPoint).where(MetricPoint.source == "derived"))}
    # daily points sit at local midnight of 2024-03-11, which is 2024-03-10 16:00 UTC
    key = lambda metric, kind="listing", name="own": (metric, kind, name, "2024-03-10")  # noqa: E731
    assert points[key("差评率")] == 50.0 and points[key("评价数")] == 4
    assert points[key("口碑指数")] == pytest.approx(50.0)
    assert points[key("投诉话题:物流")] == 1 and points[key("投诉话题:质量")] == 1
    assert points[key("提及量", "brand", "brand")] == 3 and points[key("负面提及数", "brand", "brand")] == 1
    assert points[("口碑指数", "listing", "own", "2024-03-09")] == 50.0
    assert written == len(points)
    assert refresh_derived(env.database, env.config, now=clock.now) > 0 and env.point_count() == written
