"""The dashboard's pages (GET): overview, product group, alerts, title checker, target health."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.api import history_queries as history
from monitor.api.context import ApiContext, get_context, get_session
from monitor.api.target_queries import list_targets, overview
from monitor.dashboard.rendering import login_redirect, render
from monitor.models import Alert, Target

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 100


@router.get("/")
def overview_page(request: Request, session: Session = Depends(get_session, scope="function"),
                  context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    config = context.effective_config(session)
    return render(request, context, "overview.html", page="overview", o=overview(session, config))


@router.get("/groups/{group}")
def group_page(group: str, request: Request, days: int = Query(30, ge=1, le=3650),
               session: Session = Depends(get_session, scope="function"), context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    targets = history.group_targets(session, group)
    if not targets:
        raise HTTPException(404, f"没有名为 {group} 的商品组")
    ids = [t.id for t in targets]
    series = history.price_series(session, targets, days)
    charts = {
        "timezone": context.config.timezone,
        "prices": series,
        "sentiment": history.sentiment_trend(session, ids, max(days, 90)),
    }
    _, rows = list_targets(session, context.effective_config(session), group=group, limit=PAGE_SIZE)
    return render(request, context, "group.html", page="group", group=group, days=days, charts=charts,
                  targets=rows, stock_changes=history.stock_changes(series)[-50:],
                  topics=history.complaint_topics(session, ids),
                  negative_reviews=history.reviews(session, ids, limit=10, negative_only=True))


@router.get("/alerts")
def alerts_page(request: Request, state: str = Query("open", pattern="^(open|all|firing|acknowledged|resolved)$"),
                tier: str | None = Query(None, pattern="^(I|II|III)$"), session: Session = Depends(get_session, scope="function"),
                context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    query = select(Alert, Target.name).outerjoin(Target, Alert.target_id == Target.id)
    if state == "open":
        query = query.where(Alert.state != "resolved")
    elif state != "all":
        query = query.where(Alert.state == state)
    if tier:
        query = query.where(Alert.tier == tier)
    rows = session.execute(query.order_by(Alert.last_fired_at.desc(), Alert.id.desc()).limit(200)).all()
    return render(request, context, "alerts.html", page="alerts", alerts=rows, state=state, tier=tier,
                  message=request.query_params.get("message"))


@router.get("/compliance")
def compliance_page(request: Request, context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    return render(request, context, "compliance.html", page="compliance", text="", results=None)


@router.get("/targets")
def targets_page(request: Request, health: str | None = Query(None, pattern="^(ok|failing|stale|never|paused)$"),
                 offset: int = Query(0, ge=0), session: Session = Depends(get_session, scope="function"),
                 context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    total, rows = list_targets(session, context.effective_config(session), health=health, limit=PAGE_SIZE,
                               offset=offset)
    return render(request, context, "targets.html", page="targets", rows=rows, total=total, health=health,
                  offset=offset, page_size=PAGE_SIZE)
