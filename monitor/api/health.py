"""Unauthenticated probes: liveness, readiness, Prometheus metrics. They never show content or secrets."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import func, select, text

from monitor.api.context import ApiContext, get_context
from monitor.api.metrics import render
from monitor.models import CrawlRun

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: database reachable and (in `monitor run`) scheduler running",
            responses={503: {"description": "not ready; `checks` says why"}})
def readyz(context: ApiContext = Depends(get_context)) -> JSONResponse:
    checks: dict[str, object] = {}
    ready = True
    try:
        with context.database.session() as session:
            session.execute(text("SELECT 1"))
            last_ok = session.scalar(select(func.max(CrawlRun.finished_at)).where(CrawlRun.status == "ok"))
        checks["database"] = "ok"
        checks["last_successful_crawl"] = last_ok.isoformat() if last_ok else None
    except Exception as exc:  # name the failure without the URL (it may hold a password)
        ready = False
        checks["database"] = f"unreachable: {type(exc).__name__}"
    runtime = context.runtime
    if runtime is None:
        checks["scheduler"] = "not in this process (monitor serve)"
    else:
        running = runtime.scheduler_running
        ready = ready and running
        checks["scheduler"] = "running" if running else "stopped"
        checks["last_cycle"] = runtime.last_cycle_at.isoformat() if runtime.last_cycle_at else None
        if runtime.watcher is not None and runtime.watcher.last_error:
            checks["config_reload"] = "the last reload failed; the previous config is still in use"
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": checks},
                        status_code=200 if ready else 503)


@router.get("/metrics", summary="Prometheus metrics (from the database)", response_class=Response)
def metrics(request: Request) -> Response:
    return Response(render(request.app.state.metrics), media_type=CONTENT_TYPE_LATEST)
