"""The FastAPI application: routers, limits, error shapes, OpenAPI docs served from vendored files."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from monitor import __version__
from monitor.api import alerts, compliance, health, history, metric_points, targets
from monitor.api.context import ApiContext
from monitor.api.limits import BodySizeLimit
from monitor.api.metrics import metrics_registry
from monitor.config import AppConfig
from monitor.db import Database

STATIC = Path(__file__).with_name("static")


def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    """422 with field and message only: pydantic's ``input`` echo could hand back a proxy password."""
    errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
              for e in exc.errors()]
    return JSONResponse({"detail": errors}, status_code=422)


def create_app(config: AppConfig, database: Database, runtime=None) -> FastAPI:
    """``config`` is the file's config (API target changes are read from the database per request)."""
    app = FastAPI(
        title="shop-monitor API", version=__version__, docs_url=None, redoc_url=None,
        description="Competitor prices, reviews, mentions and alerts. `/api/...` needs "
                    "`Authorization: Bearer <api.token>`; `/healthz`, `/readyz` and `/metrics` are open.",
    )
    context = ApiContext(config=config, database=database, runtime=runtime)
    app.state.context = context
    app.state.metrics = metrics_registry(context)
    app.add_middleware(BodySizeLimit, max_bytes=config.api.max_body_bytes)
    app.add_exception_handler(RequestValidationError, _validation_error)
    for router in (health.router, targets.router, history.router, alerts.router, compliance.router,
                   metric_points.router):
        app.include_router(router)
    app.mount("/static/api", StaticFiles(directory=STATIC), name="api-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="shop-monitor API",
                                   swagger_js_url="/static/api/swagger-ui-bundle.js",
                                   swagger_css_url="/static/api/swagger-ui.css", swagger_favicon_url="")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)  # browsers ask on every page; a 404 would be noise in their console

    from monitor.dashboard import install as install_dashboard

    install_dashboard(app)
    return app
