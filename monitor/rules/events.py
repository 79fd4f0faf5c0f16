"""What rules hand to the alert lifecycle.

A rule reports the conditions that hold *now* (``AlertEvent``), and which (rule, subject) pairs it looked at
(``Evaluation.evaluated``): a condition that was looked at and is gone resolves its alert; one that could not
be looked at (the rule raised) stays as it was. The fingerprint is stable — rule, subject, condition — so
re-evaluation updates the same alert; ``change_key`` says when the news changed enough to tell again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class AlertEvent:
    rule_id: str
    rule_type: str
    tier: str
    fingerprint: str  # stable identity: the same condition always gives the same fingerprint
    title: str
    facts: dict[str, Any] = field(default_factory=dict)
    target_id: int | None = None
    group_key: str | None = None
    subject: str | None = None  # target:ID | group:KEY | site:HOST
    condition: str | None = None
    change_key: str | None = None  # default: the fingerprint (never "changes")
    site: str | None = None
    shop: str | None = None
    keep_firing_for: float | None = None
    rank: float | None = None  # see Condition.rank


@dataclass
class Evaluation:
    events: list[AlertEvent] = field(default_factory=list)
    evaluated: set[tuple[str, str]] = field(default_factory=set)  # (rule_id, subject) looked at
    failed: set[tuple[str, str]] = field(default_factory=set)  # (rule_id, subject) whose check raised
    rules_run: set[str] = field(default_factory=set)
    complete: bool = True  # every target was looked at (not a post-crawl partial pass)


def fingerprint(rule_id: str, subject: str, condition: str) -> str:
    return f"{rule_id}|{subject}|{condition}"


@dataclass
class Condition:
    """What a rule check returns: one condition that holds now. The engine adds rule, subject and routing."""

    condition: str
    title: str
    facts: dict[str, Any] = field(default_factory=dict)
    change_key: str | None = None
    tier: str | None = None  # a stepped rule's tier for this condition; default: the rule's
    # How bad it is (a doubling step of negative reviews, a step of the gap). With a rank, a changed
    # ``change_key`` is news only when the rank exceeds the highest one already told in this episode: a
    # burst that grows is news, the same burst subsiding as the window slides is not.
    rank: float | None = None


def listing_facts(target: Any, product: str | None = None) -> dict[str, Any]:
    """The facts every alert about one listing carries, so any template can name it."""
    return {
        "target": target.name,
        "product": product or target.name,
        "shop": target.shop or target.site,
        "owner": target.owner,
        "group": target.group_key,
        "url": target.url,
    }
