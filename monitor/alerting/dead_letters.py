"""Messages that could not be delivered raise an alert of their own, told on the fallback channels.

One meta-alert per channel (fingerprint ``_delivery|channel:KEY|dead``): it counts the lost messages and
quotes their titles, and resolves when that channel delivers again. Messages to the fallback channels
themselves never raise one (no loops): they are logged as errors.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.alerting.lifecycle import new_short_id, reopen, resolve
from monitor.alerting.routing import FALLBACK
from monitor.models import Alert, Delivery

log = logging.getLogger(__name__)
RULE_ID, RULE_TYPE, KEEP_TITLES = "_delivery", "delivery_dead", 10


def _fingerprint(key: str | None) -> str:
    return f"{RULE_ID}|channel:{key or '-'}|dead"


def raise_dead_letter(session: Session, delivery: Delivery, now: datetime) -> Alert | None:
    if delivery.route == FALLBACK:
        log.error("fallback delivery %s to %s failed for good: %s", delivery.id, delivery.channel, delivery.last_error)
        return None
    alert = session.scalar(select(Alert).where(Alert.fingerprint == _fingerprint(delivery.channel_key)))
    if alert is None:
        alert = Alert(short_id=new_short_id(session), fingerprint=_fingerprint(delivery.channel_key), rule_id=RULE_ID,
                      rule_type=RULE_TYPE, tier="I", state="firing", first_fired_at=now, occurrences=1,
                      escalation_level=0, subject=f"channel:{delivery.channel_key}", condition="dead", facts={})
        session.add(alert)
    elif alert.state == "resolved":
        reopen(alert, now)
        alert.facts = {}
    facts = dict(alert.facts or {})
    lost = (list(facts.get("lost") or []) + [delivery.title])[-KEEP_TITLES:]
    alert.facts = {"channel": delivery.channel, "count": int(facts.get("count") or 0) + 1,
                   "last_error": (delivery.last_error or "")[:300], "lost": lost,
                   "delivery_ids": (list(facts.get("delivery_ids") or []) + [delivery.id])[-50:]}
    alert.title = f"消息投递失败：{delivery.channel}"
    alert.change_key, alert.last_fired_at = "dead", now
    log.error("delivery %s to %s is dead (%s); meta-alert %s", delivery.id, delivery.channel,
              delivery.last_error, alert.short_id)
    session.flush()
    return alert


def channel_recovered(session: Session, key: str | None, now: datetime) -> None:
    alert = session.scalar(select(Alert).where(Alert.fingerprint == _fingerprint(key), Alert.state != "resolved"))
    if alert is not None:
        resolve(alert, now)
