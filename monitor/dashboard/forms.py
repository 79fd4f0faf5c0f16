"""The dashboard's forms (POST): log in and out, acknowledge an alert, check titles. Each one checks the
CSRF value and answers with a redirect (post/redirect/get) or the re-rendered page."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from monitor.api.alert_actions import AlertActionError, acknowledge
from monitor.api.auth import SESSION_COOKIE, check_csrf, session_value, token_matches
from monitor.api.compliance import MAX_TITLE_CHARS, check_titles
from monitor.api.context import ApiContext, get_context, get_session
from monitor.dashboard.formatting import highlight
from monitor.dashboard.rendering import login_redirect, render

router = APIRouter(include_in_schema=False)
SESSION_MAX_AGE = 7 * 24 * 3600


def _safe_next(value: str | None) -> str:
    return value if value and value.startswith("/") and not value.startswith("//") else "/"


@router.get("/login")
def login_page(request: Request, next: str = "/", context: ApiContext = Depends(get_context)) -> Response:
    return render(request, context, "login.html", page="login", next=_safe_next(next), error=None)


@router.post("/login")
def login(request: Request, token: str = Form(""), next: str = Form("/"), csrf: str = Form(""),
          context: ApiContext = Depends(get_context)) -> Response:
    check_csrf(context, csrf)
    expected = context.config.api.token
    if expected is None:
        return RedirectResponse(_safe_next(next), status_code=303)
    if not token_matches(expected, token):
        return render(request, context, "login.html", status_code=401, page="login", next=_safe_next(next),
                      error="访问令牌不正确")
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, session_value(expected), max_age=SESSION_MAX_AGE, httponly=True,
                        samesite="strict", secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout(csrf: str = Form(""), context: ApiContext = Depends(get_context)) -> Response:
    check_csrf(context, csrf)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.post("/alerts/{short_id}/ack")
def ack(short_id: str, request: Request, csrf: str = Form(""), back: str = Form("/alerts"),
        session: Session = Depends(get_session, scope="function"), context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    check_csrf(context, csrf)
    try:
        acknowledge(session, context, short_id, by="dashboard")
        message = f"告警 {short_id} 已确认"
    except AlertActionError as exc:
        message = str(exc)
    back = _safe_next(back)
    joiner = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{joiner}message={quote(message)}", status_code=303)


@router.post("/compliance")
def compliance(request: Request, titles: str = Form(""), csrf: str = Form(""),
               context: ApiContext = Depends(get_context)) -> Response:
    if redirect := login_redirect(request, context):
        return redirect
    check_csrf(context, csrf)
    lines = [line.strip() for line in titles.splitlines() if line.strip()]
    error = None
    limit = context.config.api.max_titles
    if len(lines) > limit:
        error, lines = f"一次最多检查 {limit} 个标题，已检查前 {limit} 个", lines[:limit]
    if any(len(line) > MAX_TITLE_CHARS for line in lines):
        error = f"标题超过 {MAX_TITLE_CHARS} 字的部分未检查"
        lines = [line[:MAX_TITLE_CHARS] for line in lines]
    results = check_titles(lines, context.config) if lines else []
    for result in results:
        result["pieces"] = highlight(result["title"], result["findings"])
    return render(request, context, "compliance.html", page="compliance", text=titles, results=results,
                  error=error)
