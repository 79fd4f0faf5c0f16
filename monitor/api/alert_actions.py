"""Alert actions for the dashboard, delegated to the alert service in ``monitor.alerting.service`` (the same
functions the CLI calls), with its errors turned into messages for people."""

from __future__ import annotations

from sqlalchemy.orm import Session

from monitor.alerting import service
from monitor.api.context import ApiContext


class AlertActionError(ValueError):
    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


def acknowledge(session: Session, context: ApiContext, short_id: str, by: str) -> dict:
    try:
        return service.acknowledge(session, short_id, by=by)
    except service.NotFound:
        raise AlertActionError(f"没有编号为 {short_id} 的告警", 404) from None
    except service.InvalidRequest:
        raise AlertActionError(f"告警 {short_id} 已解决，无需确认") from None
