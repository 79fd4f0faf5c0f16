"""Writing and reading the metric series store (``metric_points``).

Writes are upserts on (metric, scope, time, source), sent as one driver executemany per batch — a re-import of the
same export updates values instead of adding copies, and a million rows load in seconds. Reads return plain
``(at, value)`` lists per series, oldest first, one value per time (the latest written wins when two sources
report the same moment), so rules are pure functions of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.models import MetricPoint, utcnow

SeriesKey = tuple[str, str]  # (scope_kind, scope_key)
_UNIQUE = ["metric", "scope_kind", "scope_key", "at", "source"]


class PointIn(NamedTuple):
    """One point to write (a tuple: a million of them are built per large import)."""

    metric: str
    scope_kind: str
    scope_key: str
    at: datetime
    value: float
    unit: str | None
    source: str


SQLITE_IMPORT_CACHE_KIB = 131072  # page cache of the importing connection: the unique index stays in memory
_COLUMNS = ("metric", "scope_kind", "scope_key", "at", "value", "unit", "source", "recorded_at")


def _upsert_sql(dialect) -> str:
    if dialect.name not in ("sqlite", "postgresql"):
        raise RuntimeError(f"metric upserts are written for SQLite and PostgreSQL, not {dialect.name}")
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    return (f"INSERT INTO metric_points ({', '.join(_COLUMNS)}) VALUES ({', '.join([mark] * len(_COLUMNS))}) "
            f"ON CONFLICT ({', '.join(_UNIQUE)}) DO UPDATE SET value = excluded.value, unit = excluded.unit, "
            "recorded_at = excluded.recorded_at")


def upsert_points(session: Session, points: Iterable[PointIn], now: datetime | None = None) -> int:
    """Insert or update; returns the number of points sent. Runs in the caller's transaction.

    One driver-level executemany per call: building SQLAlchemy parameter dicts and running the type
    processors per row cost more than SQLite's own work, so times go through the column type's bind
    processor once per distinct value (a daily export has few distinct times).
    """
    connection = session.connection()
    dialect = connection.dialect
    to_db = MetricPoint.__table__.c.at.type._cached_bind_processor(dialect) or (lambda value: value)
    times: dict[datetime, object] = {}

    def stored(at: datetime):
        found = times.get(at)
        if found is None:
            found = times[at] = to_db(at)
        return found

    recorded = stored(now or utcnow())
    rows = [(p.metric, p.scope_kind, p.scope_key, stored(p.at), float(p.value), p.unit, p.source, recorded)
            for p in points]
    if rows:
        rows.sort()  # in unique-index order: neighbouring B-tree pages instead of random ones
        if dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_IMPORT_CACHE_KIB}")
        connection.exec_driver_sql(_upsert_sql(dialect), rows)
    return len(rows)


def series_since(session: Session, metric: str, since: datetime, kinds: Iterable[str] = (),
                 keys: Iterable[str] = ()) -> dict[SeriesKey, list[tuple[datetime, float]]]:
    """Every series of ``metric`` with points at or after ``since``: {(kind, key): [(at, value), …]}."""
    query = select(MetricPoint.scope_kind, MetricPoint.scope_key, MetricPoint.at, MetricPoint.value).where(
        MetricPoint.metric == metric, MetricPoint.at >= since)
    kinds, keys = list(kinds), list(keys)
    if kinds:
        query = query.where(MetricPoint.scope_kind.in_(kinds))
    if keys:
        query = query.where(MetricPoint.scope_key.in_(keys))
    by_time: dict[SeriesKey, dict[datetime, float]] = defaultdict(dict)
    for kind, key, at, value in session.execute(query.order_by(MetricPoint.id)):
        by_time[(kind, key)][at] = value
    return {series: sorted(points.items()) for series, points in by_time.items()}


def latest_values(session: Session, metric: str, since: datetime, kinds: Iterable[str] = ()) -> dict[SeriesKey, float]:
    return {series: points[-1][1] for series, points in series_since(session, metric, since, kinds).items()}
