"""Benchmark: import a 1,000,000-row KPI export and evaluate every metric rule of the KPI pack.

Writes a CSV shaped like a 生意参谋 SKU daily export (日期, 商品ID, 访客数, 支付转化率, 库存, 销量: SKUs × days,
Chinese headers, percent strings, thousands separators), imports it through the same code as
``monitor metrics import`` into a fresh SQLite (or ``--url``) database, re-imports it (idempotency: the
point count must not change; --no-reimport skips it), then runs the rule engine's full pass with the KPI pack and prints the time.

    .venv/bin/python bench/bench_metrics.py                 # 1,000,000 rows (10,000 SKUs × 100 days)
    .venv/bin/python bench/bench_metrics.py --skus 1000 --days 30
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]


def write_export(path: Path, skus: int, days: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("日期,商品ID,访客数,支付转化率,库存,销量\n")
        for sku in range(1, skus + 1):
            base, stock, conversion = rng.randint(50, 5000), rng.randint(200, 5000), rng.uniform(1.5, 6)
            lines = []
            for day in range(days):
                visitors = max(0, int(base * rng.uniform(0.8, 1.2)))
                sold = max(0, int(visitors * conversion / 100))
                stock = max(0, stock - sold) if stock > sold else rng.randint(200, 5000)
                lines.append(f'{(start + timedelta(days=day)).isoformat()},{100000 + sku},"{visitors:,}",'
                             f"{conversion * rng.uniform(0.7, 1.3):.2f}%,{stock},{sold}\n")
            handle.write("".join(lines))
            rows += days
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skus", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--url", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--no-reimport", action="store_true", help="skip the second (idempotency) import")
    args = parser.parse_args()

    from monitor.config import parse_config
    from monitor.db import Database
    from monitor.metrics.importer import import_file
    from monitor.models import MetricPoint
    from monitor.rules.engine import evaluate

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        export = tmp / "sku_daily.csv"
        started = time.perf_counter()
        rows = write_export(export, args.skus, args.days)
        print(f"export: {rows:,} rows, {export.stat().st_size / 1e6:.1f} MB written in "
              f"{time.perf_counter() - started:.1f} s")
        config = parse_config(f"rule_packs: [{ROOT / 'config/rules/kpi-pack.yaml'}]\n"
                              "rules:\n  - {id: kpi-sentiment-index-decline, enabled: true}\n")
        database = Database(args.url or f"sqlite:///{tmp / 'bench.db'}")
        labels = ("import",) if args.no_reimport else ("import", "re-import (upsert, same rows)")
        for label in labels:
            report = import_file(database, config, export)
            assert report.ok, report.errors[:5]
            print(f"{label}: {report.rows:,} rows, {report.points:,} points in {report.seconds:.1f} s = "
                  f"{report.rows / report.seconds:,.0f} rows/s, {report.points / report.seconds:,.0f} points/s")
        with database.session() as session:
            stored = session.scalar(select(func.count()).select_from(MetricPoint))
            last = session.scalar(select(func.max(MetricPoint.at)))
        print(f"stored points: {stored:,} (re-import added none: {stored == report.points})")
        with database.session() as session:
            started = time.perf_counter()
            evaluation = evaluate(session, config, now=last + timedelta(hours=10))
            seconds = time.perf_counter() - started
        rules = [r for r in config.rules if r.enabled]
        by_rule: dict[str, int] = {}
        for event in evaluation.events:
            by_rule[event.rule_id] = by_rule.get(event.rule_id, 0) + 1
        print(f"rule pass: {len(rules)} metric rules over {len(evaluation.evaluated):,} series in {seconds:.2f} s; "
              f"conditions: {', '.join(f'{k} {v:,}' for k, v in sorted(by_rule.items())) or 'none'}")
        database.dispose()


if __name__ == "__main__":
    main()
