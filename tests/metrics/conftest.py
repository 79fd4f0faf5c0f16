"""Fixtures for the metrics tests: a config + SQLite database driven by a hand-moved clock (no sleeps), and
helpers to store series the way an import would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.alerting.pipeline import evaluate_and_record, process
from monitor.config import parse_config
from monitor.db import Database
from monitor.metrics.store import PointIn, upsert_points
from monitor.models import Alert, MetricPoint
from monitor.store import sync_targets
from tests.clock import Clock

FIXTURES = Path(__file__).with_name("fixtures")
# Monday 2024-03-11 10:00 in Shanghai
START = datetime(2024, 3, 11, 2, 0, tzinfo=UTC)


def local_day(day: int, month: int = 3) -> datetime:
    """Local midnight (Asia/Shanghai) of a March 2024 day, in UTC — where imported daily values sit."""
    return datetime(2024, month, 1, tzinfo=UTC) + timedelta(days=day - 1, hours=-8)


class MetricsEnv:
    def __init__(self, path: Path, text: str, clock: Clock) -> None:
        self.path, self.clock = path, clock
        self.config = parse_config(text, config_dir=Path.cwd())
        self.database = Database(f"sqlite:///{path / 'monitor.db'}")
        with self.database.session() as session:
            self.targets = {name: t.id for name, t in sync_targets(session, self.config).items()}

    def series(self, metric: str, values: list[float], *, kind: str = "sku", key: str = "1001", end_day: int = 10,
               unit: str | None = None, source: str = "import") -> None:
        """Daily values ending on March ``end_day`` (oldest first)."""
        start = end_day - len(values) + 1
        with self.database.session() as session:
            upsert_points(session, [PointIn(metric, kind, key, local_day(start + i), v, unit, source)
                                    for i, v in enumerate(values)])

    def evaluate(self):
        return evaluate_and_record(self.database, self.config, now=self.clock.now)

    def tick(self):
        return process(self.database, self.config, now=self.clock.now)

    def alerts(self, **where) -> list[Alert]:
        with self.database.session() as session:
            query = select(Alert).order_by(Alert.id)
            for key, value in where.items():
                query = query.where(getattr(Alert, key) == value)
            return list(session.scalars(query))

    def point_count(self) -> int:
        with self.database.session() as session:
            return session.scalar(select(func.count()).select_from(MetricPoint))


@pytest.fixture
def clock():
    return Clock(START)


@pytest.fixture
def metrics_env(tmp_path, clock):
    made = []

    def make(text: str = "") -> MetricsEnv:
        env = MetricsEnv(tmp_path, text, clock)
        made.append(env)
        return env

    yield make
    for env in made:
        env.database.dispose()
