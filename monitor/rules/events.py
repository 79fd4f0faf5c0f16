"""What a rule hands to the alert lifecycle."""

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
