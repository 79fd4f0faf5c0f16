"""/api history: price series per target or group (own vs competitors), reviews and mentions with scores."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.api import history_queries as q
from monitor.api.auth import require_token
from monitor.api.context import get_session
from monitor.models import Target

router = APIRouter(prefix="/api", tags=["history"], dependencies=[Depends(require_token)])
Days = Query(30, ge=1, le=3650, description="how far back")
Limit = Query(50, ge=1, le=500)
Offset = Query(0, ge=0)


def _target(session: Session, name: str) -> Target:
    target = session.scalar(select(Target).where(Target.name == name))
    if target is None:
        raise HTTPException(404, f"no target named {name!r}")
    return target


def _group(session: Session, group: str) -> list[Target]:
    targets = q.group_targets(session, group)
    if not targets:
        raise HTTPException(404, f"no group named {group!r}")
    return targets


@router.get("/groups/{group}/prices", summary="Price history of every listing in a group, own first")
def group_prices(group: str, days: int = Days, session: Session = Depends(get_session, scope="function")) -> dict:
    series = q.price_series(session, _group(session, group), days)
    return {"group": group, "days": days, "series": series, "stock_changes": q.stock_changes(series)}


@router.get("/groups/{group}/reviews", summary="Recent reviews of a group's listings, with sentiment")
def group_reviews(group: str, limit: int = Limit, offset: int = Offset, negative: bool = False,
                  session: Session = Depends(get_session, scope="function")) -> dict:
    ids = [t.id for t in _group(session, group)]
    return {"group": group, "items": q.reviews(session, ids, limit, offset, negative_only=negative)}


@router.get("/groups/{group}/sentiment", summary="Daily review sentiment and top complaint topics")
def group_sentiment(group: str, days: int = Query(90, ge=1, le=3650), session: Session = Depends(get_session, scope="function")) -> dict:
    ids = [t.id for t in _group(session, group)]
    return {"group": group, "trend": q.sentiment_trend(session, ids, days),
            "topics": q.complaint_topics(session, ids)}


@router.get("/mentions", summary="Public mentions with sentiment, newest first")
def all_mentions(target: str | None = None, limit: int = Limit, offset: int = Offset,
                 session: Session = Depends(get_session, scope="function")) -> dict:
    ids = None if target is None else [_target(session, target).id]
    return {"items": q.mentions(session, ids, limit, offset)}


@router.get("/targets/{name:path}/prices", summary="Price history of one target, oldest first")
def target_prices(name: str, days: int = Days, session: Session = Depends(get_session, scope="function")) -> dict:
    series = q.price_series(session, [_target(session, name)], days)[0]
    return {**series, "days": days}


@router.get("/targets/{name:path}/reviews", summary="Reviews of one target, with sentiment")
def target_reviews(name: str, limit: int = Limit, offset: int = Offset, negative: bool = False,
                   session: Session = Depends(get_session, scope="function")) -> dict:
    return {"target": name,
            "items": q.reviews(session, [_target(session, name).id], limit, offset, negative_only=negative)}
