"""/api/alerts and /api/silences: list, acknowledge, resolve, silence. Every state change goes through
``monitor.alerting.service`` — the functions the CLI uses — so the API and `monitor alerts` behave alike."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field, field_validator
from sqlalchemy.orm import Session

from monitor.alerting import service
from monitor.api.auth import require_token
from monitor.api.context import ApiContext, get_context, get_session
from monitor.config.base import parse_duration

router = APIRouter(prefix="/api", tags=["alerts"], dependencies=[Depends(require_token)])
States = Query("active", pattern="^(active|firing|acknowledged|resolved|all)$",
               description="active = firing or acknowledged")


def _call(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except service.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    except service.InvalidRequest as exc:
        raise HTTPException(409, str(exc)) from None


class Actor(BaseModel):
    by: str = Field("api", max_length=100, description="who did it (shown in the alert's history)")


class ResolveRequest(Actor):
    note: str | None = Field(None, max_length=4000, description="resolution: what was done")


class NoteRequest(Actor):
    text: str = Field(min_length=1, max_length=4000, description="finding or action, shown on the timeline")


class SilenceRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=500, description="e.g. 双11 大促调价")
    duration: float = Field(description="seconds, or '2h', '3d'")
    by: str = Field("api", max_length=100)
    matchers: dict[str, str] = Field(default_factory=dict, description="rule, target, shop, group, site, tier…")

    _duration = field_validator("duration", mode="before")(parse_duration)


@router.get("/alerts", summary="Alerts, newest first")
def list_alerts(state: str = States, tier: str | None = Query(None, pattern="^(I|II|III)$"),
                rule: str | None = None, limit: int = Query(100, ge=1, le=1000),
                session: Session = Depends(get_session, scope="function")) -> dict:
    return {"items": _call(service.list_alerts, session, state=state, tier=tier, rule=rule, limit=limit)}


@router.get("/alerts/overdue", summary="Open alerts past their tier's response targets (ack, assessment)")
def overdue_alerts(session: Session = Depends(get_session, scope="function"), context: ApiContext = Depends(get_context)) -> dict:
    return {"items": _call(service.list_overdue, session, context.effective_config(session))}


@router.get("/alerts/{alert_id}", summary="One alert with its facts, timeline and delivery history (channels masked)")
def get_alert(alert_id: str, session: Session = Depends(get_session, scope="function")) -> dict:
    return _call(service.alert_detail, session, alert_id)


@router.post("/alerts/{alert_id}/ack", summary="Acknowledge: someone is on it (stops repeats and escalation)")
def ack_alert(alert_id: str, actor: Actor | None = None, session: Session = Depends(get_session, scope="function")) -> dict:
    return _call(service.acknowledge, session, alert_id, by=(actor or Actor()).by)


@router.post("/alerts/{alert_id}/resolve", summary="Resolve by hand (queues the resolved notice)")
def resolve_alert(alert_id: str, actor: ResolveRequest | None = None, session: Session = Depends(get_session, scope="function"),
                  context: ApiContext = Depends(get_context)) -> dict:
    actor = actor or ResolveRequest()
    return _call(service.resolve_alert, session, alert_id, by=actor.by, config=context.effective_config(session),
                 note=actor.note)


@router.post("/alerts/{alert_id}/notes", status_code=201, summary="Add a note to the alert's timeline")
def add_note(alert_id: str, body: NoteRequest, session: Session = Depends(get_session, scope="function")) -> dict:
    return _call(service.add_alert_note, session, alert_id, body.text, by=body.by)


@router.post("/alerts/{alert_id}/silence", status_code=201, summary="Silence this alert for a while")
def silence_alert(alert_id: str, body: SilenceRequest, session: Session = Depends(get_session, scope="function")) -> dict:
    return _call(service.create_silence, session, {**body.matchers, "alert": alert_id}, body.reason,
                 duration=body.duration, by=body.by)


@router.post("/silences", status_code=201, summary="Silence every alert matching the matchers")
def create_silence(body: SilenceRequest, session: Session = Depends(get_session, scope="function")) -> dict:
    return _call(service.create_silence, session, body.matchers, body.reason, duration=body.duration, by=body.by)


@router.get("/silences", summary="Active silences (include_ended for all)")
def list_silences(include_ended: bool = False, session: Session = Depends(get_session, scope="function")) -> dict:
    return {"items": _call(service.list_silences, session, include_ended=include_ended)}


@router.delete("/silences/{silence_id}", summary="End a silence now")
def expire_silence(silence_id: str, session: Session = Depends(get_session, scope="function")) -> dict:
    return _call(service.expire_silence, session, silence_id)
