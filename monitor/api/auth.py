"""Who may call what.

* ``/healthz``, ``/readyz`` and ``/metrics`` are open (probes and Prometheus rarely carry tokens; they show
  counts, never content or secrets).
* ``/api/...`` needs ``Authorization: Bearer <api.token>``, compared in constant time. Without a configured
  token the JSON API answers 401: it is never open by accident.
* The dashboard: with a token, a login form sets an HttpOnly, SameSite=Strict cookie holding an HMAC of the
  token (never the token itself); without one it is open, which the config allows only on a loopback
  address. Its forms carry a CSRF value derived the same way, so another site cannot ack alerts for you.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from monitor.api.context import ApiContext, get_context

SESSION_COOKIE = "monitor_session"
_PROCESS_SECRET = secrets.token_bytes(32)  # signs CSRF values when no token is configured
_bearer = HTTPBearer(auto_error=False, description="api.token from the config")


def token_matches(expected: str | None, presented: str | None) -> bool:
    if not expected or presented is None:
        return False
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def _derive(secret: str | None, purpose: str) -> str:
    key = secret.encode("utf-8") if secret else _PROCESS_SECRET
    return hmac.new(key, f"shop-monitor {purpose}".encode(), hashlib.sha256).hexdigest()


def session_value(token: str) -> str:
    return _derive(token, "dashboard session")


def csrf_value(context: ApiContext) -> str:
    return _derive(context.config.api.token, "dashboard csrf")


def require_token(credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
                  context: ApiContext = Depends(get_context)) -> None:
    """Dependency of every /api route."""
    expected = context.config.api.token
    if expected is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "the API is disabled: set api.token in the config",
                            headers={"WWW-Authenticate": "Bearer"})
    if credentials is None or not token_matches(expected, credentials.credentials):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


def dashboard_allowed(request: Request, context: ApiContext) -> bool:
    token = context.config.api.token
    if token is None:
        return True
    return token_matches(session_value(token), request.cookies.get(SESSION_COOKIE))


def check_csrf(context: ApiContext, presented: str | None) -> None:
    if not token_matches(csrf_value(context), presented):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "表单已过期，请刷新页面后重试 (CSRF check failed)")
