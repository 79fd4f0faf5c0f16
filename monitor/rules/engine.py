"""Runs every enabled rule over every target in its scope."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.models import Target
from monitor.rules.events import AlertEvent
from monitor.rules.price import in_scope, price_drop

log = logging.getLogger(__name__)

TARGET_RULES = {"price_drop": price_drop}


def evaluate(session: Session, config: AppConfig) -> list[AlertEvent]:
    targets = list(session.scalars(select(Target).where(Target.enabled.is_(True), Target.kind == "product")))
    events: list[AlertEvent] = []
    for rule in config.rules:
        if not rule.enabled:
            continue
        check = TARGET_RULES[rule.type]
        for target in targets:
            if not in_scope(rule, target):
                continue
            try:
                event = check(session, rule, target)
            except Exception:  # one broken rule/target pair must not hide the others' alerts
                log.exception("rule %s failed on target %s", rule.id, target.name)
                continue
            if event is not None:
                events.append(event)
    return events
