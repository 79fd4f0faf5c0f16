"""The outbox: a channel that is down keeps the message until it is up again; every attempt recorded."""

from datetime import timedelta

from sqlalchemy import select

from monitor.alerting.lifecycle import record
from monitor.alerting.outbox import deliver_due
from monitor.config import parse_config
from monitor.db import Database
from monitor.models import Delivery, DeliveryAttempt, utcnow
from monitor.rules.events import AlertEvent
from notifiers.masking import mask_url


def make_event(n: int = 1) -> AlertEvent:
    facts = {"product": "保温杯", "shop": "竞品甲", "old_price": "99.00", "new_price": "79.00", "change": "-20.00",
             "change_pct": "20.2", "url": "http://x/1", "observed_at": utcnow().isoformat(), "target": "t"}
    return AlertEvent("drop", "price_drop", "II", f"drop:{n}", "竞品降价 20.2%：保温杯", facts)


def test_channel_down_then_up_loses_nothing(tmp_path, webhook):
    config = parse_config(f"tiers:\n  II: {{urls: ['json://127.0.0.1:{webhook.port}/hook']}}\n")
    database = Database(f"sqlite:///{tmp_path / 'm.db'}")
    with database.session() as session:
        assert len(record(session, [make_event()], config)) == 1
        assert record(session, [make_event()], config) == []  # same fingerprint: no second alert

    webhook.status = 500
    report = deliver_due(database, config)
    assert (report.sent, report.failed) == (0, 1)
    assert len(webhook.requests) == 1  # it was tried

    webhook.status = 200
    assert deliver_due(database, config).sent == 0  # not due yet: backoff holds it
    report = deliver_due(database, config, now=utcnow() + timedelta(minutes=5))
    assert report.sent == 1
    assert len(webhook.wait_for(2)) == 2
    assert "保温杯" in webhook.requests[-1]["body"]["message"]

    with database.session() as session:
        delivery = session.scalar(select(Delivery))
        assert (delivery.status, delivery.attempts) == ("sent", 2)
        attempts = session.scalars(select(DeliveryAttempt).order_by(DeliveryAttempt.id)).all()
        assert [a.ok for a in attempts] == [False, True]
        assert attempts[0].error
    database.dispose()


def test_invalid_channel_is_dead_not_retried(tmp_path):
    config = parse_config("tiers:\n  II: {urls: ['nosuchscheme://abc']}\n")
    database = Database(f"sqlite:///{tmp_path / 'm.db'}")
    with database.session() as session:
        record(session, [make_event()], config)
    assert deliver_due(database, config).dead == 1
    database.dispose()


def test_mask_url_hides_tokens():
    masked = mask_url("dingtalk://SECRETTOKEN1234567890/?secret=SEC99887766")
    assert "secrettoken1234567890" not in masked.lower() and "sec99887766" not in masked.lower()
    assert masked.startswith("dingtalk://")
    assert "hunter22" not in mask_url("mailtos://ops:hunter22@smtp.example.com?to=a@b.c")
    assert mask_url("json://127.0.0.1:8080/hooks/tok-123456789").startswith("json://127.0.0.1:8080/hooks/")
