"""Alerting benchmark: latency from a stored price change to the message at a local webhook, and outbox drain
rate through a rate-limited fake chat robot.

    .venv/bin/python bench/bench_alerts.py                 # 200 alerts, SQLite in a temp dir
    .venv/bin/python bench/bench_alerts.py --sites 40 --per-site 10 --history 96

Latency: each "crawl" commits one site's price observations (all of them moved) in one transaction, then
runs what the daemon runs after a crawl (rules over all targets with the seller rule pack, alert lifecycle,
outbox, delivery — the rules look at what the crawl can affect, as in the daemon); a message's latency is its arrival at the webhook minus that commit. Every target is its
own shop so every alert is its own message (no grouping help). Target: p95 ≤ 5 s.

Drain: N alerts queued at once for one DingTalk robot that allows 20 messages a minute (the fake answers
130101 beyond that, like the real one); the outbox keeps to the budget and merges the overflow into a digest.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.alerting.lifecycle import record
from monitor.alerting.pipeline import evaluate_and_record, process
from monitor.config import parse_config
from monitor.db import Database
from monitor.models import PriceObservation, utcnow
from monitor.rules.events import AlertEvent
from monitor.store import sync_targets
from tests.fakes.chat_robots import FakeChatRobots
from tests.servers import WebhookReceiver

SHORT_ID = re.compile(r"#([A-Z2-9]{6})")


class TimedReceiver(WebhookReceiver):
    def record(self, entry: dict) -> None:
        entry["at"] = time.perf_counter()
        super().record(entry)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def latency(sites: int, per_site: int, history: int, workdir: Path) -> dict:
    hook = TimedReceiver()
    targets = "".join(
        f"  - {{name: s{s}t{t}, url: 'http://site{s}.test/{t}', shop: 店{s}-{t}, group: g{s}-{t}}}\n"
        for s in range(sites) for t in range(per_site))
    text = (f"rule_packs: ['{ROOT / 'config/rules/seller-pack.yaml'}']\ntargets:\n{targets}"
            f"tiers:\n  II: {{urls: ['json://127.0.0.1:{hook.port}/hook']}}\n"
            f"  I: {{urls: ['json://127.0.0.1:{hook.port}/hook']}}\n  III: {{urls: ['json://127.0.0.1:{hook.port}/hook']}}\n")
    config = parse_config(text)
    database = Database(f"sqlite:///{workdir / 'latency.db'}")
    with database.session() as session:
        ids = {name: t.id for name, t in sync_targets(session, config).items()}
    start = utcnow() - timedelta(minutes=30 * history)
    with database.session() as session:  # a day or two of unchanged prices per target: realistic rule queries
        for name, target_id in ids.items():
            for k in range(history):
                session.add(PriceObservation(target_id=target_id, observed_at=start + timedelta(minutes=30 * k),
                                             url="http://x", price=Decimal("199.00"), stock="in_stock", title=name))
    evaluate_and_record(database, config)  # warm-up pass: nothing fires
    committed_at: dict[str, float] = {}
    passes = []
    for s in range(sites):
        with database.session() as session:
            for t in range(per_site):
                session.add(PriceObservation(target_id=ids[f"s{s}t{t}"], observed_at=utcnow(), url="http://x",
                                             price=Decimal("159.00"), stock="in_stock", title=f"s{s}t{t}"))
        commit = time.perf_counter()  # the crawl's commit
        started = evaluate_and_record(database, config, changed={ids[f"s{s}t{t}"] for t in range(per_site)})
        process(database, config)
        passes.append(time.perf_counter() - commit)
        for alert in started:
            committed_at[alert.short_id] = commit
    expected = sites * per_site
    full = time.perf_counter()
    evaluate_and_record(database, config)
    full = time.perf_counter() - full
    hook.wait_for(len(committed_at), timeout=30)
    latencies = []
    for request in hook.requests:
        for short_id in SHORT_ID.findall(request["body"]["title"]) + SHORT_ID.findall(request["body"]["message"]):
            if short_id in committed_at:
                latencies.append(request["at"] - committed_at.pop(short_id))
    hook.stop()
    database.dispose()
    return {"alerts": expected, "messages": len(hook.requests), "measured": len(latencies),
            "p50": statistics.median(latencies), "p95": percentile(latencies, 95), "max": max(latencies),
            "pass_p50": statistics.median(passes), "full_pass": full}


def drain(alerts: int, workdir: Path) -> dict:
    robots = FakeChatRobots()
    robots.per_minute = 20
    config = parse_config(f"tiers:\n  II: {{urls: ['dingtalk://benchtoken123/?base_url={robots.base_url}']}}\n")
    database = Database(f"sqlite:///{workdir / 'drain.db'}")
    events = [AlertEvent(f"r{n}", "price_drop", "II", f"r{n}|target:{n}|drop", f"竞品降价 10.0%：商品{n}",
                         {"product": f"商品{n}", "shop": f"店{n}", "old_price": "100.00", "new_price": "90.00",
                          "change": "-10.00", "change_pct": "10.0", "url": "http://x", "observed_at": utcnow().isoformat()},
                         shop=f"店{n}") for n in range(alerts)]
    with database.session() as session:
        fired = record(session, events, config)
    queued = time.perf_counter()
    _, report = process(database, config)
    elapsed = time.perf_counter() - queued
    received = robots.received("dingtalk")
    text = " ".join(r["body"]["markdown"]["text"] for r in received if r["answer_code"] == 0)
    delivered = sum(1 for a in fired if a.short_id in text)
    robots.stop()
    database.dispose()
    return {"alerts": alerts, "messages": len(received), "rejected_by_robot": sum(r["answer_code"] != 0 for r in received),
            "sent": report.sent, "merged": report.merged, "seconds": elapsed, "delivered": delivered}


def drain_unlimited(messages: int, workdir: Path) -> dict:
    hook = TimedReceiver()
    config = parse_config(f"tiers:\n  II: {{urls: ['json://127.0.0.1:{hook.port}/hook']}}\n")
    database = Database(f"sqlite:///{workdir / 'drain-webhook.db'}")
    with database.session() as session:
        record(session, [AlertEvent(f"u{n}", "price_drop", "II", f"u{n}|target:{n}|drop", f"竞品降价：商品{n}",
                                    {"product": f"商品{n}", "shop": f"店{n}", "old_price": "100.00",
                                     "new_price": "90.00", "change": "-10.00", "change_pct": "10.0", "url": "http://x",
                                     "observed_at": utcnow().isoformat()}, shop=f"店{n}") for n in range(messages)],
               config)
    started = time.perf_counter()
    sent = 0
    while sent < messages:
        sent += process(database, config)[1].sent
    elapsed = time.perf_counter() - started
    hook.stop()
    database.dispose()
    return {"messages": messages, "seconds": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--per-site", type=int, default=10)
    parser.add_argument("--history", type=int, default=48, help="prior observations per target (30 min apart)")
    parser.add_argument("--drain", type=int, default=500, help="alerts queued for the rate-limited robot")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-alerts-") as tmp:
        lat = latency(args.sites, args.per_site, args.history, Path(tmp))
        print(f"latency: {lat['alerts']} alerts ({args.sites} crawls × {args.per_site} targets, seller rule pack, "
              f"{args.history} prior observations each) → {lat['messages']} messages, {lat['measured']} measured")
        print(f"  commit → webhook  p50 {lat['p50'] * 1000:.0f} ms   p95 {lat['p95'] * 1000:.0f} ms   "
              f"max {lat['max'] * 1000:.0f} ms   (target p95 ≤ 5000 ms: {'OK' if lat['p95'] <= 5 else 'MISSED'})")
        print(f"  post-crawl pass (rules over the {args.per_site} crawled targets + lifecycle + delivery) p50 "
              f"{lat['pass_p50'] * 1000:.0f} ms; periodic full pass over all {args.sites * args.per_site} targets "
              f"{lat['full_pass'] * 1000:.0f} ms")
        dr = drain(args.drain, Path(tmp))
        print(f"drain: {dr['alerts']} alerts queued for one DingTalk robot limited to 20 messages/min")
        print(f"  {dr['messages']} HTTP messages ({dr['sent']} sent, {dr['merged']} merged into a digest, "
              f"{dr['rejected_by_robot']} rejected by the robot) in {dr['seconds']:.2f} s; "
              f"{dr['delivered']}/{dr['alerts']} alerts delivered = {dr['delivered'] / dr['seconds']:.0f} alerts/s")
        un = drain_unlimited(args.drain, Path(tmp))
        print(f"drain without a rate limit: {un['messages']} messages to a local webhook in {un['seconds']:.2f} s "
              f"= {un['messages'] / un['seconds']:.0f} messages/s (one worker, each attempt recorded)")


if __name__ == "__main__":
    main()
