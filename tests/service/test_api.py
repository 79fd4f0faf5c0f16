"""The HTTP API on SQLite and PostgreSQL: probes, auth, targets, history, compliance, limits, secrets."""

from __future__ import annotations

import json

from sqlalchemy import select

from monitor.models import Alert, Target, TargetOverride
from tests.service.conftest import API_TOKEN


def test_probes_are_open_and_report_the_database(api):
    anonymous = {"Authorization": ""}
    assert api.get("/healthz", headers=anonymous).json() == {"status": "ok"}
    ready = api.get("/readyz", headers=anonymous)
    assert ready.status_code == 200 and ready.json()["checks"]["database"] == "ok"
    metrics = api.get("/metrics", headers=anonymous)
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'monitor_alerts{state="firing",tier="II"} 1.0' in text
    assert 'monitor_target_pages_total{target="rival-brush"} 7.0' in text
    assert "monitor_last_successful_cycle_timestamp_seconds 0.0" in text
    assert 'monitor_deliveries' in text and "monitor_delivery_attempts_total" in text.replace("# HELP ", "")


def test_api_needs_the_bearer_token(api):
    assert api.get("/api/targets", headers={"Authorization": ""}).status_code == 401
    wrong = api.get("/api/targets", headers={"Authorization": "Bearer " + API_TOKEN[:-1] + "X"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert api.post("/api/compliance/check", json={"title": "x"}, headers={"Authorization": ""}).status_code == 401
    assert api.get("/api/targets").status_code == 200


def test_targets_list_add_pause_resume_are_stored_as_overrides(api):
    listed = api.get("/api/targets").json()
    assert listed["total"] == 3
    by_name = {t["name"]: t for t in listed["items"]}
    assert by_name["rival-brush"]["last_price"] == "169.00" and by_name["rival-brush"]["health"] in ("ok", "stale")
    added = api.post("/api/targets", json={"name": "rival-b", "url": "http://b.test/brush.html", "group": "toothbrush",
                                           "interval": "15m"})
    assert added.status_code == 201, added.text
    assert added.json()["source"] == "api" and added.json()["schedule"] == "every 900s"
    assert api.post("/api/targets", json={"name": "rival-b", "url": "http://b.test/x"}).status_code == 409
    bad = api.post("/api/targets", json={"name": "x", "url": "ftp://nope", "proxy": "socks://u:leak-me@h:1"})
    assert bad.status_code == 422 and "leak-me" not in bad.text
    paused = api.post("/api/targets/own-brush/pause")
    assert paused.status_code == 200 and paused.json()["paused"] is True and paused.json()["health"] == "paused"
    assert api.post("/api/targets/nope/pause").status_code == 404
    with api.database.session() as session:
        assert session.scalar(select(Target.enabled).where(Target.name == "own-brush")) is False
        assert session.scalar(select(Target.enabled).where(Target.name == "rival-b")) is True
        overrides = {o.name: o for o in session.scalars(select(TargetOverride))}
    assert overrides["own-brush"].paused and overrides["rival-b"].spec["interval"] == 900.0
    resumed = api.post("/api/targets/own-brush/resume").json()
    assert resumed["paused"] is False and resumed["enabled"] is True
    assert api.get("/api/targets", params={"group": "toothbrush"}).json()["total"] == 4


def test_price_history_per_target_and_group(api):
    group = api.get("/api/groups/toothbrush/prices", params={"days": 30}).json()
    owners = [s["owner"] for s in group["series"]]
    assert owners[0] == "own" and "competitor" in owners
    rival = next(s for s in group["series"] if s["target"] == "rival-brush")
    assert [p["price"] for p in rival["points"]][-3:] == ["209.00", "169.00", "169.00"]
    assert any(c["target"] == "rival-brush" and c["stock"] == "out_of_stock" for c in group["stock_changes"])
    one = api.get("/api/targets/own-brush/prices").json()
    assert len(one["points"]) == 7 and one["points"][0]["t"] < one["points"][-1]["t"]
    assert api.get("/api/targets/missing/prices").status_code == 404
    assert api.get("/api/groups/none/prices").status_code == 404


def test_reviews_and_sentiment_come_with_scores(api):
    reviews = api.get("/api/groups/toothbrush/reviews").json()["items"]
    assert len(reviews) == 3 and all(isinstance(r["sentiment"], float) for r in reviews)
    negative = api.get("/api/groups/toothbrush/reviews", params={"negative": "true"}).json()["items"]
    assert {r["text"] for r in negative} == {"物流太慢了，包装也破了，很失望", "充电口坏了，客服不理人"}
    trend = api.get("/api/groups/toothbrush/sentiment").json()
    assert sum(day["reviews"] for day in trend["trend"]) == 3
    assert api.get("/api/mentions").json() == {"items": []}


def test_compliance_check_one_and_many_with_limits(api):
    one = api.post("/api/compliance/check", json={"title": "国家级 最好的电动牙刷"}).json()["result"]
    assert one["verdict"] == "block"
    first = one["findings"][0]
    assert one["title"][first["start"]:first["end"]] == first["text"]
    assert {"category", "level", "article", "reason", "suggestion"} <= set(first)
    many = api.post("/api/compliance/check", json={"titles": ["国家级牙刷", "声波电动牙刷 5档"]}).json()["results"]
    assert [r["verdict"] for r in many] == ["block", "ok"]
    assert api.post("/api/compliance/check", json={}).status_code == 422
    too_many = api.post("/api/compliance/check", json={"titles": ["牙刷"] * 1001})
    assert too_many.status_code == 413 and "api.max_titles" in too_many.json()["detail"]
    huge = api.post("/api/compliance/check", content=json.dumps({"title": "字" * 600_000}).encode(),
                    headers={"content-type": "application/json"})
    assert huge.status_code == 413 and "max_body_bytes" in huge.json()["detail"]


def test_alerts_list_ack_resolve_and_silence(api):
    items = api.get("/api/alerts").json()["items"]
    assert [(a["id"], a["state"], a["target"]) for a in items] == [("ABC234", "firing", "rival-brush")]
    acked = api.post("/api/alerts/abc234/ack", json={"by": "小王"})
    assert acked.status_code == 200 and acked.json()["state"] == "acknowledged"
    with api.database.session() as session:
        assert session.scalar(select(Alert.acknowledged_by).where(Alert.short_id == "ABC234")) == "小王"
    assert api.post("/api/alerts/NOPE99/ack").status_code == 404
    silence = api.post("/api/alerts/ABC234/silence", json={"reason": "双11 大促调价", "duration": "3d"})
    assert silence.status_code == 201 and silence.json()["matchers"] == {"alert": "ABC234"}
    assert api.post("/api/silences", json={"reason": "x", "duration": "1h"}).status_code == 409  # no matcher
    assert [s["id"] for s in api.get("/api/silences").json()["items"]] == [silence.json()["id"]]
    assert api.delete(f"/api/silences/{silence.json()['id']}").status_code == 200
    resolved = api.post("/api/alerts/ABC234/resolve")
    assert resolved.status_code == 200 and resolved.json()["state"] == "resolved"
    assert api.post("/api/alerts/ABC234/ack").status_code == 409
    assert api.get("/api/alerts", params={"state": "resolved"}).json()["items"][0]["resolved_by"] == "api"
    assert "deliveries" in api.get("/api/alerts/ABC234").json()


def test_openapi_and_docs_are_served_locally(api):
    spec = api.get("/openapi.json").json()
    assert {"/api/targets", "/api/compliance/check", "/healthz", "/api/alerts"} <= set(spec["paths"])
    docs = api.get("/docs").text
    assert "/static/api/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert api.get("/static/api/swagger-ui-bundle.js").status_code == 200


def test_no_secret_in_any_response(api):
    bodies = [api.get(path).text for path in (
        "/api/targets", "/api/groups/toothbrush/prices", "/api/alerts?state=all", "/api/alerts/ABC234", "/metrics", "/readyz",
        "/openapi.json")]
    for body in bodies:
        for secret in ("tier-secret-should-never-show", "cookie-secret", API_TOKEN):
            assert secret not in body


def test_writes_are_committed_before_the_response_is_sent(seeded):
    """A client that reads right after a write (the dashboard's ack redirect) must see it: record the order of
    the database commit and the last byte of the response for every write route kind."""
    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from monitor.api import create_app

    database, config = seeded
    events: list[str] = []
    event.listen(database.engine, "commit", lambda connection: events.append("commit"))
    app = create_app(config, database)

    async def recording(scope, receive, send):
        async def send_and_note(message):
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                events.append("sent")
        await app(scope, receive, send_and_note)

    with TestClient(recording) as client:
        client.headers["Authorization"] = f"Bearer {API_TOKEN}"
        for method, path, body in (("post", "/api/alerts/ABC234/ack", {"by": "小王"}),
                                   ("post", "/api/targets/own-brush/pause", None),
                                   ("post", "/api/alerts/ABC234/silence", {"reason": "大促", "duration": "1h"})):
            events.clear()
            response = client.request(method.upper(), path, json=body)
            assert response.status_code < 300, response.text
            assert events and events[-1] == "sent" and "commit" in events, (path, events)
