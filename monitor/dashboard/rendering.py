"""Template rendering shared by the dashboard's pages: the Jinja2 environment, the login guard, and the
context every page gets (CSRF value, time zone, tier names)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from monitor.api.auth import csrf_value, dashboard_allowed
from monitor.api.context import ApiContext
from monitor.dashboard.formatting import install_filters

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
install_filters(templates.env)

# Everything the pages load comes from this server; Chart.js styles its canvas through the CSSOM, which
# style-src does not restrict.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def login_redirect(request: Request, context: ApiContext) -> RedirectResponse | None:
    """None when the visitor may see the dashboard, else a redirect to the login form."""
    if dashboard_allowed(request, context):
        return None
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


def render(request: Request, context: ApiContext, name: str, status_code: int = 200, **values) -> HTMLResponse:
    config = context.config
    values.update(
        request=request, tz=config.timezone, csrf=csrf_value(context),
        tier_names={key: config.tier_name(key) for key in ("I", "II", "III")},
        login_enabled=config.api.token is not None,
    )
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response
