"""Storage at scale: 100,000 targets' observations; the rule pass and the dashboard/API queries stay fast.

    .venv/bin/python bench/bench_storage.py                     # SQLite in a temp dir (+ PostgreSQL if startable)
    .venv/bin/python bench/bench_storage.py --targets 20000 --no-postgres
    MONITOR_BENCH_PG_URL=postgresql+psycopg://u:p@host/db .venv/bin/python bench/bench_storage.py

Each timing is printed with its ratio to a baseline in the same run — a full count of the observations
table — so the numbers compare across machines: a query that stays far below the full scan uses its index.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select, text  # noqa: E402

from monitor.api.history_queries import price_series  # noqa: E402
from monitor.api.metrics import DatabaseCollector  # noqa: E402
from monitor.api.context import ApiContext  # noqa: E402
from monitor.api.target_queries import list_targets, overview  # noqa: E402
from monitor.config import AppConfig, RuleConfig, TargetConfig  # noqa: E402
from monitor.db import Database  # noqa: E402
from monitor.models import Alert, CrawlRun, ExtractionFailure, PriceObservation, Target, utcnow  # noqa: E402
from monitor.store import finish_crawl_run, last_price_points  # noqa: E402

SITES = 500
CHUNK = 20_000


def build_config(targets: int) -> AppConfig:
    specs = [TargetConfig.model_construct(name=f"t{i:06d}", url=f"http://s{i % SITES}.test/item/{i}.html",
                                          kind="product", owner="own" if i % 3 == 0 else "competitor",
                                          group=f"g{i // 3}", interval=1800.0, cron=None, enabled=True)
             for i in range(targets)]
    rule = {"type": "price_drop", "id": "price_drop-1", "threshold_pct": 5, "tier": "II"}
    config = AppConfig.model_validate({"rules": [rule]})
    return config.model_copy(update={"targets": specs})


def seed(database: Database, targets: int, per_target: int) -> None:
    now = utcnow()
    with database.engine.begin() as db:
        for start in range(0, targets, CHUNK):
            db.execute(insert(Target), [
                {"id": i + 1, "name": f"t{i:06d}", "url": f"http://s{i % SITES}.test/item/{i}.html", "kind": "product",
                 "owner": "own" if i % 3 == 0 else "competitor", "group_key": f"g{i // 3}", "site": f"s{i % SITES}.test",
                 "settings": {}, "enabled": True, "in_config": True, "created_at": now, "updated_at": now}
                for i in range(start, min(start + CHUNK, targets))])
        runs = [{"id": r + 1, "site": f"s{r % SITES}.test", "started_at": now - timedelta(hours=per_target - r // SITES),
                 "finished_at": now - timedelta(hours=per_target - r // SITES), "status": "ok", "targets": 0,
                 "items": 0, "failures": 0} for r in range(SITES * per_target)]
        db.execute(insert(CrawlRun), runs)
        rows = []
        for step in range(per_target):
            at = now - timedelta(hours=per_target - step)
            for i in range(targets):
                price = Decimal(100 + i % 50) - (Decimal(20) if step == per_target - 1 and i % 10 == 0 else 0)
                rows.append({"target_id": i + 1, "crawl_run_id": step * SITES + i % SITES + 1, "observed_at": at,
                             "price": price, "currency": "CNY", "stock": "in_stock", "url": "u", "source": "json-ld"})
                if len(rows) == CHUNK:
                    db.execute(insert(PriceObservation), rows)
                    rows = []
        if rows:
            db.execute(insert(PriceObservation), rows)
        db.execute(insert(ExtractionFailure), [
            {"target_id": i + 1, "occurred_at": now, "kind": "http", "reason": "HTTP 503", "url": "u"}
            for i in range(0, targets, 100)])
        db.execute(insert(Alert), [
            {"short_id": f"A{i:05d}", "fingerprint": f"seed:{i}", "rule_id": "price_drop-1", "rule_type": "price_drop",
             "tier": ("I", "II", "III")[i % 3], "state": "firing", "target_id": i + 1, "title": f"seed {i}",
             "facts": {}, "first_fired_at": now, "last_fired_at": now, "occurrences": 1, "escalation_level": 0}
            for i in range(200)])


def timed(label: str, function, repeat: int = 1):
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return label, best, result


def run(url: str, targets: int, per_target: int, label: str) -> None:
    print(f"\n== {label}: {targets:,} targets × {per_target} observations = {targets * per_target:,} rows")
    started = time.perf_counter()
    database = Database(url)
    seed(database, targets, per_target)
    if database.engine.dialect.name == "postgresql":
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as db:
            db.execute(text("VACUUM ANALYZE"))
    else:
        with database.engine.begin() as db:
            db.execute(text("ANALYZE"))
    print(f"seeded in {time.perf_counter() - started:.1f}s")
    config = build_config(targets)
    context = ApiContext(config=config, database=database)
    results = []
    with database.session() as session:
        baseline = timed("baseline: count(*) over all observations", lambda: session.scalar(
            select(func.count()).select_from(PriceObservation)), repeat=3)
        results.append(baseline)
        results.append(timed("last 2 prices of one target (rule's lookup)",
                             lambda: last_price_points(session, targets // 2), repeat=5))
        results.append(timed("dashboard overview", lambda: overview(session, config), repeat=3))
        results.append(timed("targets page 1 (100, last price/failure)",
                             lambda: list_targets(session, config, limit=100), repeat=3))
        results.append(timed("targets page at offset 50,000", lambda: list_targets(
            session, config, limit=100, offset=min(50_000, targets - 100)), repeat=3))
        group = list(session.scalars(select(Target).where(Target.group_key == f"g{targets // 6}")))
        results.append(timed("group page: price series of one group, 30 days",
                             lambda: price_series(session, group, 30), repeat=3))
        results.append(timed("finish a crawl run (counts its rows)", lambda: finish_crawl_run(session, 1, "ok"), repeat=3))
        session.rollback()
    collector = DatabaseCollector(context)
    results.append(timed("/metrics scrape (uncached)", lambda: collector._compute(), repeat=3))
    from monitor.rules.engine import evaluate

    with database.session() as session:
        rule_pass = timed(f"rule pass: price_drop over {targets:,} targets", lambda: evaluate(session, config))
        session.rollback()
    results.append(rule_pass)
    base_seconds = baseline[1]
    width = max(len(name) for name, _, _ in results)
    print(f"{'query'.ljust(width)}  {'seconds':>9}  {'× baseline':>10}")
    for name, seconds, _ in results:
        print(f"{name.ljust(width)}  {seconds:9.4f}  {seconds / base_seconds:10.3f}")
    evaluation = rule_pass[2]
    events = getattr(evaluation, "events", evaluation)
    print(f"rule pass found {len(events):,} price drops ({rule_pass[1] / targets * 1e6:.0f} µs per target)")
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=100_000)
    parser.add_argument("--per-target", type=int, default=6, help="observations per target")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-storage-") as tmp:
        run(f"sqlite:///{tmp}/bench.db", args.targets, args.per_target, "SQLite")
    if args.no_postgres:
        return
    url = os.environ.get("MONITOR_BENCH_PG_URL")
    server = None
    if not url:
        try:
            from tests.postgres import PostgresServer

            server = PostgresServer().start()
            url = server.new_database()
        except Exception as exc:  # no server binaries: SQLite numbers only
            print(f"\nPostgreSQL skipped: {exc}")
            return
    try:
        run(url, args.targets, args.per_target, "PostgreSQL")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
