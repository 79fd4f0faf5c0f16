"""What the three chat robots share: one JSON POST, then a verdict that reads the reply body.

DingTalk, WeCom and Feishu answer HTTP 200 even when they reject a message, with the reason as an error code in
the JSON body. A verdict is therefore (ok, retryable, error): rate limits and server trouble are retried,
a wrong token, keyword or signature is not (it will not fix itself), and the error text never contains the
request URL, because the URL holds the token.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

USER_AGENT = "shop-monitor-notifiers/0.1"
RETRYABLE_HTTP = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Verdict:
    ok: bool
    retryable: bool = False
    error: str | None = None
    code: int | None = None  # the vendor's error code, when there was one
    duration_ms: int = 0


@dataclass(frozen=True)
class RobotRequest:
    url: str  # may contain the token: never logged or put in an error
    params: dict[str, str]
    payload: dict[str, Any]


def code_verdict(vendor: str, code: int | None, message: str, retryable_codes: set[int]) -> Verdict:
    """Turn a vendor error code into a verdict: 0 is success, listed codes are worth retrying."""
    if code in (0, None):
        return Verdict(True)
    retry = code in retryable_codes
    kind = "rate limited / busy" if retry else "rejected"
    return Verdict(False, retry, f"{vendor} {kind}: errcode {code} {message}".strip()[:500], code)


def post(request: RobotRequest, vendor: str, judge: Callable[[dict], Verdict], timeout: float) -> Verdict:
    started = time.monotonic()

    def elapsed() -> int:
        return int((time.monotonic() - started) * 1000)

    try:
        response = requests.post(
            request.url, params=request.params or None, timeout=(min(timeout, 10.0), timeout),
            data=json.dumps(request.payload, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT},
        )
    except requests.Timeout:
        return Verdict(False, True, f"{vendor}: no answer within {timeout:g}s", duration_ms=elapsed())
    except requests.RequestException as exc:  # the message would carry the URL (token): name the type only
        return Verdict(False, True, f"{vendor}: connection failed ({type(exc).__name__})", duration_ms=elapsed())
    if response.status_code != 200:
        retry = response.status_code in RETRYABLE_HTTP
        return Verdict(False, retry, f"{vendor}: HTTP {response.status_code}", duration_ms=elapsed())
    try:
        data = response.json()
    except ValueError:
        return Verdict(False, True, f"{vendor}: HTTP 200 but the reply is not JSON", duration_ms=elapsed())
    if not isinstance(data, dict):
        return Verdict(False, True, f"{vendor}: unexpected reply {str(data)[:100]}", duration_ms=elapsed())
    verdict = judge(data)
    return Verdict(verdict.ok, verdict.retryable, verdict.error, verdict.code, elapsed())
