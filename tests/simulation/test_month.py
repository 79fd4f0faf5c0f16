"""A simulated month (30 days, 20 targets, 16 labelled incidents, 4 labelled traps, everyday noise) through the
real store, rules (seller pack), lifecycle, dispatch and outbox, on SQLite, with a test clock and local
alert-log channels. The month runs once per module; each test judges one aspect of the same run.

Figures: ``.venv/bin/python -m tests.simulation.harness`` (recorded in docs/alerting.md, "Month simulation").
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import timedelta

import pytest

from tests.simulation.harness import report, run, score
from tests.simulation.scenario import DAYS

REPEAT = timedelta(hours=12)  # alerting.repeat_interval of the simulated config
MAX_ESCALATIONS = 2


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    result = run(work_dir=tmp_path_factory.mktemp("month"))
    figures = score(result)
    print(report(result, figures))  # shown with -s, and on failure
    return result, figures


def test_the_whole_month_ran_and_every_message_reached_the_alert_logs(month):
    result, _ = month
    assert result.passes == DAYS * 24
    assert result.deliveries and {d.status for d in result.deliveries} == {"sent"}
    assert result.log_messages == len(result.deliveries)


def test_every_incident_alerts_at_its_tier_within_its_rules_window(month):
    _, figures = month
    late = [(d.incident, d.rule, d.subject, d.detect_delay) for d in figures.detections
            if d.episode is None or d.detect_delay > d.expect.detect_within]
    assert late == []
    wrong_tier = [(d.incident, d.rule, d.episode.tier, d.expected_tier) for d in figures.detections if not d.tier_ok]
    assert wrong_tier == []
    # the first message goes to the alert's own tier (Ⅰ级 at once; Ⅱ/Ⅲ possibly after the quiet hours)
    for d in figures.detections:
        first = min(d.episode.notices)
        assert first[2] == d.expected_tier, (d.incident, first)


def test_alerts_resolve_after_recovery(month):
    _, figures = month
    unresolved = [(d.incident, d.rule, d.subject, d.resolve_delay) for d in figures.detections
                  if d.resolve_delay is None or d.resolve_delay > d.expect.resolve_within]
    assert unresolved == []


def test_no_alert_without_an_incident_and_none_for_the_traps(month):
    result, figures = month
    assert [(e.rule, e.subject, e.start) for e in figures.false_alerts] == []
    assert [(e.rule, e.subject, e.start) for e in figures.silent_extra] == []
    assert {key: hits for key, hits in figures.trap_hits.items() if hits} == {}
    assert {t.key for t in result.scenario.traps} == {"618-sale", "dip-between-crawls", "one-timeout",
                                                      "one-bad-review"}


def test_notifications_per_alert_are_bounded(month):
    """Per firing episode: one 'firing', at most two updates (a deeper cut, a burst that doubled), escalations
    only up to alerting.max_escalations, reminders at most once per repeat interval, one resolved notice."""
    result, _ = month
    for episode in result.episodes:
        kinds = Counter(kind for _, kind, _ in episode.notices)
        end = episode.end or max(when for when, _, _ in episode.notices)
        assert kinds["firing"] <= 1 and kinds["resolved"] <= 1, (episode.rule, episode.subject, kinds)
        assert kinds["update"] <= 2, (episode.rule, episode.subject, kinds)
        assert kinds["escalation"] <= MAX_ESCALATIONS, (episode.rule, episode.subject, kinds)
        assert kinds["repeat"] <= math.ceil((end - episode.start) / REPEAT), (episode.rule, episode.subject, kinds)


def test_flapping_price_is_one_alert_and_a_drop_holds_through_everyday_wiggles(month):
    result, figures = month
    by_incident = {d.incident: d for d in figures.detections}
    flapping = by_incident["flapping-price"]
    episodes = [e for e in result.episodes if e.rule == flapping.rule and e.subject == flapping.subject
                and flapping.episode.start <= e.start]
    incident = next(i for i in result.scenario.incidents if i.key == "flapping-price")
    assert [e for e in episodes if e.start < incident.end] == [flapping.episode]  # six cuts, one alert
    assert Counter(k for _, k, _ in flapping.episode.notices)["firing"] == 1
    # a five-day cut with daily ±2 % wiggles on top stays one alert until the price is back
    drop = by_incident["drop-tmall-brush"]
    incident = next(i for i in result.scenario.incidents if i.key == "drop-tmall-brush")
    assert drop.episode.start <= incident.start + timedelta(hours=2) and drop.episode.end >= incident.end
