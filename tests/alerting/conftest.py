"""Fixtures for the alerting tests: a database with targets from a config, a clock you move by hand, fake
chat robots, a real SMTP server, and helpers that store observations the way the spiders would."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from monitor.alerting.pipeline import evaluate_and_record, process
from monitor.config import parse_config
from monitor.db import Database
from monitor.models import (
    Alert,
    Delivery,
    ExtractionFailure,
    PriceObservation,
    Review,
    Target,
)
from monitor.store import sync_targets
from tests.clock import Clock
from tests.fakes.chat_robots import FakeChatRobots
from tests.fakes.smtp import LocalSMTPServer

# Monday 2026-03-02 10:00 in Shanghai: inside working hours, so quiet hours only apply when a test moves there.
START = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


class Monitor:
    """A config + database pair with the calls the daemon makes, driven by the test clock."""

    def __init__(self, path, text: str, clock: Clock, url: str | None = None) -> None:
        self.path, self.clock, self._text, self.url = path, clock, text, url
        self.config = parse_config(text)
        self.database = Database(url or f"sqlite:///{path / 'monitor.db'}")
        with self.database.session() as session:
            self.targets = {name: t.id for name, t in sync_targets(session, self.config).items()}

    def reopen(self, text: str | None = None) -> Monitor:
        """A restart: new config object, new engine, same database file."""
        self.database.dispose()
        return Monitor(self.path, text or self._text, self.clock, self.url)

    def observe(self, name: str, price=None, stock: str = "in_stock", title: str | None = None, at=None) -> None:
        with self.database.session() as session:
            session.add(PriceObservation(
                target_id=self.targets[name], observed_at=at or self.clock.now, url="http://x/" + name,
                price=None if price is None else Decimal(str(price)), stock=stock, title=title or name,
                currency="CNY"))

    def fail(self, name: str, kind: str = "blocked", status: int | None = 403, reason: str = "HTTP 403") -> None:
        with self.database.session() as session:
            session.add(ExtractionFailure(target_id=self.targets[name], occurred_at=self.clock.now, kind=kind,
                                          http_status=status, reason=reason, url="http://x/" + name))

    def review(self, name: str, sentiment: float, text: str = "还行", topics=None, at=None, key=None) -> None:
        with self.database.session() as session:
            count = session.query(Review).count()
            session.add(Review(target_id=self.targets[name], review_key=key or f"r{count}", text=text,
                               sentiment=sentiment, topics=topics, posted_at=at or self.clock.now,
                               fetched_at=at or self.clock.now))

    def evaluate(self, changed: set[int] | None = None):
        return evaluate_and_record(self.database, self.config, now=self.clock.now, changed=changed)

    def tick(self, **options):
        return process(self.database, self.config, now=self.clock.now, **options)

    def cycle(self, **options):
        """Rules then delivery, as after a crawl."""
        started = self.evaluate()
        return started, self.tick(**options)

    def alerts(self, **where) -> list[Alert]:
        with self.database.session() as session:
            query = select(Alert).order_by(Alert.id)
            for key, value in where.items():
                query = query.where(getattr(Alert, key) == value)
            return list(session.scalars(query))

    def deliveries(self, **where) -> list[Delivery]:
        with self.database.session() as session:
            query = select(Delivery).order_by(Delivery.id)
            for key, value in where.items():
                query = query.where(getattr(Delivery, key) == value)
            return list(session.scalars(query))

    def target(self, name: str) -> Target:
        with self.database.session() as session:
            return session.get(Target, self.targets[name])


@pytest.fixture
def clock():
    return Clock(START)


@pytest.fixture
def monitor_factory(tmp_path, clock):
    made = []

    def make(text: str, url: str | None = None) -> Monitor:
        monitor = Monitor(tmp_path, text, clock, url)
        made.append(monitor)
        return monitor

    yield make
    for monitor in made:
        monitor.database.dispose()


@pytest.fixture
def robots():
    server = FakeChatRobots()
    yield server
    server.stop()


@pytest.fixture
def smtp():
    server = LocalSMTPServer()
    yield server
    server.stop()


def targets_yaml(*specs: str) -> str:
    return "targets:\n" + "".join(f"  - {spec}\n" for spec in specs)
