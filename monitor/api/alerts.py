"""/api/alerts: list, acknowledge, resolve and silence. State changes go through ``alert_actions``, which
calls the alert lifecycle."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.api.alert_actions import AlertActionError, acknowledge
from monitor.api.auth import require_token
from monitor.api.context import ApiContext, get_context, get_session
from monitor.models import Alert, Target

router = APIRouter(prefix="/api/alerts", tags=["alerts"], dependencies=[Depends(require_token)])


def alert_json(alert: Alert, target: str | None) -> dict[str, Any]:
    def iso(value):
        return value.isoformat() if value else None

    return {"id": alert.short_id, "tier": alert.tier, "state": alert.state, "title": alert.title,
            "rule_id": alert.rule_id, "rule_type": alert.rule_type, "target": target, "group": alert.group_key,
            "facts": alert.facts, "first_fired_at": iso(alert.first_fired_at), "last_fired_at": iso(alert.last_fired_at),
            "acknowledged_at": iso(alert.acknowledged_at), "acknowledged_by": alert.acknowledged_by,
            "resolved_at": iso(alert.resolved_at)}


@router.get("", summary="Alerts, newest first (state: open = not resolved)")
def list_alerts(state: str = Query("open", pattern="^(open|all|firing|acknowledged|resolved)$"),
                tier: str | None = Query(None, pattern="^(I|II|III)$"), limit: int = Query(100, ge=1, le=1000),
                offset: int = Query(0, ge=0), session: Session = Depends(get_session)) -> dict:
    query = select(Alert, Target.name).outerjoin(Target, Alert.target_id == Target.id)
    if state == "open":
        query = query.where(Alert.state != "resolved")
    elif state != "all":
        query = query.where(Alert.state == state)
    if tier:
        query = query.where(Alert.tier == tier)
    rows = session.execute(query.order_by(Alert.last_fired_at.desc(), Alert.id.desc()).limit(limit).offset(offset))
    return {"items": [alert_json(alert, name) for alert, name in rows]}


@router.post("/{short_id}/ack", summary="Acknowledge: someone is on it (stops escalation)")
def ack_alert(short_id: str, session: Session = Depends(get_session),
              context: ApiContext = Depends(get_context)) -> dict:
    try:
        alert = acknowledge(session, context, short_id, by="api")
    except AlertActionError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    return alert_json(alert, alert.target.name if alert.target else None)
