"""/api/targets: list, add, pause and resume. Changes are stored as overrides in the database; a running
daemon (this process or another) picks them up within ``schedule.watch_interval``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.orm import Session

from monitor.api.auth import require_token
from monitor.api.context import ApiContext, get_context, get_session
from monitor.api.target_queries import list_targets
from monitor.config import TargetConfig
from monitor.target_overrides import OverrideError, add_target, set_paused

router = APIRouter(prefix="/api/targets", tags=["targets"], dependencies=[Depends(require_token)])


def _one(session: Session, context: ApiContext, name: str) -> dict:
    _, rows = list_targets(session, context.effective_config(session), name=name, limit=1)
    if not rows:
        raise HTTPException(404, f"no target named {name!r}")
    return rows[0].as_json()


@router.get("", summary="Targets with their last observation, last failure and health")
def get_targets(group: str | None = None,
                health: str | None = Query(None, pattern="^(ok|failing|stale|never|paused)$"),
                limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0),
                session: Session = Depends(get_session, scope="function"), context: ApiContext = Depends(get_context)) -> dict:
    total, rows = list_targets(session, context.effective_config(session), group=group, health=health,
                               limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [row.as_json() for row in rows]}


@router.post("", status_code=201, summary="Add a target (same fields as a `targets:` entry in the config)",
             responses={409: {"description": "a target with this name exists"}})
def post_target(spec: TargetConfig, session: Session = Depends(get_session, scope="function"),
                context: ApiContext = Depends(get_context)) -> dict:
    try:
        add_target(session, context.config, spec)
    except OverrideError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    session.flush()
    return _one(session, context, spec.name)


def _pause(name: str, paused: bool, session: Session, context: ApiContext) -> dict:
    try:
        set_paused(session, context.config, name, paused)
    except OverrideError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    session.flush()
    return _one(session, context, name)


@router.post("/{name:path}/pause", summary="Pause a target: no crawls until resumed (history kept)")
def pause_target(name: str, session: Session = Depends(get_session, scope="function"),
                 context: ApiContext = Depends(get_context)) -> dict:
    return _pause(name, True, session, context)


@router.post("/{name:path}/resume", summary="Resume a paused target")
def resume_target(name: str, session: Session = Depends(get_session, scope="function"),
                  context: ApiContext = Depends(get_context)) -> dict:
    return _pause(name, False, session, context)
