"""Drive the real store, rule engine and alert pipeline through the simulated month, hour by hour, and measure.

Every 2 hours at :00 every product page is "crawled" (review and mention pages every 3 hours): what the scenario
says the page showed is stored the way the spiders store it (a price observation, or new reviews/mentions plus
a check row, or a failure row), then the daemon's post-crawl path runs — the seller pack's rules over what the
crawl can affect (every 6 hours all of them, as the daemon's periodic full pass), the lifecycle, dispatch —
and the outbox is delivered to local ``alertlog://`` files (one per tier). Every hour at :00 and :30 the delivery tick runs (time-based
news: escalations, repeats, group windows, the morning digest). Config: the seller pack as shipped, tiers and
``alerting`` as in ``config/monitor.example.yaml`` (Ⅱ级 escalates after 4 h, Ⅲ级 after 24 h without resolved
notices, 12 h reminders, at most 2 escalations, quiet hours 22:00–08:00); nobody acknowledges anything.

Run ``.venv/bin/python -m tests.simulation.harness`` for the figures.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from unittest import mock

from sqlalchemy import select

import monitor.alerting.dispatch as dispatch_module
from monitor.alerting.pipeline import evaluate_and_record, process
from monitor.config import parse_config
from monitor.db import Database
from monitor.models import (
    Alert,
    Delivery,
    ExtractionFailure,
    PriceObservation,
    TargetCheck,
)
from monitor.store import store_mentions, store_reviews, sync_targets
from tests.simulation.scenario import DAYS, HOUR, START, Expect, Scenario, generate

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "config" / "rules" / "seller-pack.yaml"


def config_text(scenario: Scenario, log_dir: Path) -> str:
    lines = ["timezone: Asia/Shanghai", f"data_dir: '{log_dir}'", f"rule_packs: ['{PACK}']", "targets:"]
    lines += [f"  - {t.yaml()}" for t in scenario.targets]
    lines += [
        "tiers:",
        f"  I: {{name: Ⅰ级, urls: ['alertlog://{log_dir}/tier-I.log'], response_target: 1h}}",
        f"  II: {{name: Ⅱ级, urls: ['alertlog://{log_dir}/tier-II.log'], escalate_after: 4h}}",
        f"  III: {{name: Ⅲ级, urls: ['alertlog://{log_dir}/tier-III.log'], escalate_after: 24h, send_resolved: false}}",
        "alerting: {repeat_interval: 12h, max_escalations: 2, quiet_hours: {start: '22:00', end: '08:00'}}",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class Episode:
    """One firing period of one alert (an alert that resolves and fires again has several)."""

    alert_id: int
    rule: str
    subject: str
    tier: str
    start: datetime
    end: datetime | None = None
    notices: list[tuple[datetime, str, str]] = field(default_factory=list)  # (when, kind, route)

    def told(self) -> bool:
        return any(kind != "resolved" for _, kind, _ in self.notices)


@dataclass
class Run:
    scenario: Scenario
    episodes: list[Episode]
    deliveries: list[Delivery]
    log_messages: int
    seconds: float
    passes: int


def _subject(alert: Alert, names: dict[int, str]) -> str:
    return names.get(alert.target_id, alert.subject or "")


PRODUCT_EVERY_HOURS = 2  # product pages are crawled every 2 hours
TEXT_EVERY_HOURS = 3  # review and mention pages every 3 hours
FULL_PASS_EVERY_HOURS = 6  # the daemon's periodic pass over everything (it runs it every 5 min; rules are
# stateless, so a rarer one only delays what changes with time alone, never what a crawl brings)


def _due(spec, hour: int) -> bool:
    return hour % (PRODUCT_EVERY_HOURS if spec.kind == "product" else TEXT_EVERY_HOURS) == 0


def _store_crawl(session, scenario: Scenario, ids: dict[str, int], now: datetime, hour: int,
                 previous: dict[str, datetime]) -> None:
    for spec in scenario.targets:
        if not _due(spec, hour):
            continue
        target_id = ids[spec.name]
        failure = scenario.failure(spec.name, now)
        if failure is not None:
            session.add(ExtractionFailure(target_id=target_id, occurred_at=now, kind=failure.kind,
                                          http_status=failure.status, reason=failure.reason, url=spec.name))
            continue
        if spec.kind == "product":
            session.add(PriceObservation(target_id=target_id, observed_at=now, url=spec.name, currency="CNY",
                                         price=Decimal(str(scenario.price(spec.name, now))),
                                         stock=scenario.stock(spec.name, now), title=spec.name, source="jsonld"))
            continue
        # reviews/mentions: everything posted since the last successful crawl of this target
        rows = [r for r in scenario.texts[spec.name] if previous.get(spec.name, START - HOUR) < r.at <= now]
        previous[spec.name] = now
        if spec.kind == "reviews":
            store_reviews(session, [{
                "target_id": target_id, "text": r.text, "sentiment": r.sentiment, "topics": r.topics,
                "review_key": hashlib.sha1(f"{spec.name}{r.at.isoformat()}{r.text}".encode()).hexdigest()[:32],
                "posted_at": r.at, "fetched_at": now} for r in rows])
        else:
            store_mentions(session, [{
                "target_id": target_id, "text": r.text, "title": None, "sentiment": r.sentiment,
                "url_hash": hashlib.sha256(f"{spec.name}{r.at.isoformat()}{r.text}{k}".encode()).hexdigest(),
                "published_at": r.at, "fetched_at": now, "url": f"http://{spec.site}/{k}", "source": "weibo"}
                for k, r in enumerate(rows)])
        session.add(TargetCheck(target_id=target_id, checked_at=now, pages=1, found=len(rows), new=len(rows)))


def run(scenario: Scenario | None = None, work_dir: Path | None = None, days: int = DAYS) -> Run:
    scenario = scenario or generate()
    work_dir = Path(work_dir or tempfile.mkdtemp(prefix="month-sim-"))
    config = parse_config(config_text(scenario, work_dir), source="month.yaml", config_dir=work_dir)
    database = Database(f"sqlite:///{work_dir / 'monitor.db'}")
    with database.session() as session:
        ids = {name: t.id for name, t in sync_targets(session, config).items()}
    names = {v: k for k, v in ids.items()}

    told: list[tuple[int, datetime, str, str]] = []
    real_mark_told = dispatch_module.mark_told

    def spy(notice, cfg, now):  # records what the pipeline told, then does exactly what it does
        told.append((notice.alert.id, now, notice.kind, notice.route))
        return real_mark_told(notice, cfg, now)

    episodes: list[Episode] = []
    open_episodes: dict[int, Episode] = {}

    def snapshot() -> None:
        with database.session() as session:
            for alert in session.scalars(select(Alert)):
                current = open_episodes.get(alert.id)
                if alert.state != "resolved" and current is None:
                    episode = Episode(alert.id, alert.rule_id, _subject(alert, names), alert.tier,
                                      alert.first_fired_at)
                    open_episodes[alert.id] = episode
                    episodes.append(episode)
                elif alert.state == "resolved" and current is not None:
                    current.end = alert.resolved_at
                    del open_episodes[alert.id]
                elif current is not None:
                    current.tier = alert.tier

    began = time.perf_counter()
    passes = 0
    previous: dict[str, datetime] = {}
    with mock.patch.object(dispatch_module, "mark_told", spy):
        for hour in range(days * 24):
            now = START + hour * HOUR
            with database.session() as session:
                _store_crawl(session, scenario, ids, now, hour, previous)
            # the daemon's post-crawl pass over what the crawl can affect, and its periodic full pass
            crawled = {ids[t.name] for t in scenario.targets if _due(t, hour)}
            if hour % FULL_PASS_EVERY_HOURS == 0 or crawled:
                evaluate_and_record(database, config, now=now,
                                    changed=None if hour % FULL_PASS_EVERY_HOURS == 0 else crawled)
                process(database, config, now=now, dispatched=True)
            else:
                process(database, config, now=now)
            snapshot()
            process(database, config, now=now + HOUR / 2)
            snapshot()
            passes += 1
    seconds = time.perf_counter() - began

    by_alert: dict[int, list[Episode]] = defaultdict(list)
    for episode in episodes:
        by_alert[episode.alert_id].append(episode)
    for alert_id, when, kind, route in told:
        candidates = by_alert[alert_id]
        # a notice belongs to the episode it was told in; a resolved notice (or a morning digest) may come later
        owner = max((e for e in candidates if e.start <= when), key=lambda e: e.start, default=candidates[0])
        owner.notices.append((when, kind, route))

    with database.session() as session:
        deliveries = list(session.scalars(select(Delivery).order_by(Delivery.id)))
        session.expunge_all()
    database.dispose()
    log_messages = sum(p.read_text(encoding="utf-8").count("\n[") + 1 for p in work_dir.glob("tier-*.log")
                       if p.read_text(encoding="utf-8"))
    return Run(scenario, episodes, deliveries, log_messages, seconds, passes)


# ---------------------------------------------------------------- scoring


@dataclass
class Detection:
    incident: str
    expect: Expect
    rule: str
    subject: str
    expected_tier: str
    episode: Episode | None
    detect_delay: timedelta | None
    first_notice_delay: timedelta | None
    resolve_delay: timedelta | None
    tier_ok: bool


@dataclass
class Score:
    detections: list[Detection]
    notifications: dict[str, Counter]  # incident → notice kinds
    false_alerts: list[Episode]  # told to someone with no incident behind it
    silent_extra: list[Episode]  # fired but never told (inhibited/held) with no incident behind it
    trap_hits: dict[str, list[Episode]]


def _matches(episode: Episode, rule: str, subject: str, start: datetime, end: datetime) -> bool:
    return (episode.rule == rule and episode.subject == subject and start - HOUR <= episode.start <= end)


def score(result: Run) -> Score:
    scenario = result.scenario
    explained: set[int] = set()
    detections = []
    notifications: dict[str, Counter] = {}
    for incident in scenario.incidents:
        kinds: Counter = Counter()
        related = []
        for expect in incident.expect:
            horizon = incident.end + (expect.resolve_within or timedelta(days=2))
            found = [e for e in result.episodes if _matches(e, expect.rule, expect.subject, incident.start, horizon)]
            related += found
            first = min(found, key=lambda e: e.start, default=None)
            detect = first.start - incident.start if first else None
            notices = sorted(n[0] for e in found for n in e.notices if n[1] != "resolved")
            last = max(found, key=lambda e: e.start, default=None)
            resolve = (last.end - incident.end) if last and last.end else None
            detections.append(Detection(
                incident.key, expect, expect.rule, expect.subject, expect.tier, first, detect,
                (notices[0] - incident.start) if notices else None, resolve,
                bool(found) and all(e.tier == expect.tier for e in found)))
        for rule, subject in incident.allow:
            related += [e for e in result.episodes
                        if _matches(e, rule, subject, incident.start, incident.end + timedelta(days=2))]
        for episode in related:
            explained.add(id(episode))
            kinds.update(kind for _, kind, _ in episode.notices)
        notifications[incident.key] = kinds
    unexplained = [e for e in result.episodes if id(e) not in explained]
    trap_hits = {trap.key: [e for e in unexplained if e.subject in trap.subjects and trap.start - HOUR <= e.start
                            <= trap.end] for trap in scenario.traps}
    return Score(detections, notifications, [e for e in unexplained if e.told()],
                 [e for e in unexplained if not e.told()], trap_hits)


def _hours(delta: timedelta | None) -> str:
    return "-" if delta is None else f"{delta.total_seconds() / 3600:.1f} h"


def report(result: Run, figures: Score) -> str:
    lines = [(f"simulated {result.passes} hours of {len(result.scenario.targets)} targets in "
              f"{result.seconds:.1f} s; {len(result.deliveries)} messages written, {result.log_messages} in the "
              "alert logs")]
    detected = [d for d in figures.detections if d.episode]
    lines.append(f"recall: {len(detected)}/{len(figures.detections)} expected alerts "
                 f"({len({d.incident for d in detected})}/{len(result.scenario.incidents)} incidents); "
                 f"tier correct {sum(d.tier_ok for d in figures.detections)}/{len(figures.detections)}; "
                 f"resolved after recovery {sum(d.resolve_delay is not None for d in figures.detections)}"
                 f"/{len(figures.detections)}")
    lines.append(f"false alerts (told, no incident): {len(figures.false_alerts)}; fired but never told: "
                 f"{len(figures.silent_extra)}; trap hits: {sum(len(v) for v in figures.trap_hits.values())}")
    lines.append(f"{'incident':22} {'rule':32} {'tier':4} {'detect':>7} {'told':>7} {'resolve':>8}  notices")
    for d in figures.detections:
        kinds = figures.notifications[d.incident]
        lines.append(f"{d.incident:22} {d.rule:32} {d.expected_tier + ('' if d.tier_ok else '✗'):4} "
                     f"{_hours(d.detect_delay):>7} {_hours(d.first_notice_delay):>7} {_hours(d.resolve_delay):>8}  "
                     f"{sum(kinds.values())} {dict(sorted(kinds.items()))}")
    for episode in figures.false_alerts + figures.silent_extra:
        end = f"{episode.end + timedelta(hours=8):%m-%d %H:%M}" if episode.end else "open"
        lines.append(f"  unexplained: {episode.rule} {episode.subject} [{episode.tier}] "
                     f"{episode.start + timedelta(hours=8):%m-%d %H:%M} → {end}, "
                     f"notices {[k for _, k, _ in episode.notices]}")
    return "\n".join(lines)


if __name__ == "__main__":
    outcome = run()
    print(report(outcome, score(outcome)))
