"""Send one message to one channel and say exactly what happened.

One URL per call so each channel gets its own outcome, its own retry schedule and its own log line. DingTalk,
WeCom group bots and Feishu/Lark go through our own clients (``notifiers.robots``: they read the error code in
the reply body); everything else goes through Apprise and its per-service result. The message is cut to the
channel's byte limit here, as a last guard, whatever the caller rendered.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import apprise

import notifiers.local_channels  # noqa: F401  (registers console:// and alertlog://)
from notifiers.channels import MARKDOWN, TEXT, profile_for
from notifiers.masking import mask_url
from notifiers.robots import post, robot_for
from notifiers.truncate import truncate_utf8, utf8_len

__all__ = ["MARKDOWN", "TEXT", "SendResult", "send"]
_APPRISE_FORMATS = {MARKDOWN: apprise.NotifyFormat.MARKDOWN, TEXT: apprise.NotifyFormat.TEXT}


@dataclass(frozen=True)
class SendResult:
    ok: bool
    channel: str  # masked
    error: str | None = None
    retryable: bool = True
    duration_ms: int = 0
    code: int | None = None  # vendor error code, when the vendor gave one


def _apprise_error(result: apprise.AppriseResult) -> str:
    messages = []
    for service in result.results:
        for entry in service.logs():
            message = getattr(entry, "message", None) or str(entry)
            if "DEBUG" not in str(getattr(entry, "level", "")).upper() and message not in messages:
                messages.append(message)
    return "; ".join(messages)[:1000]


def _send_apprise(url: str, channel: str, title: str, body: str, body_format: str, timeout: float) -> SendResult:
    started = time.monotonic()
    client = apprise.Apprise()
    if not client.add(url):
        return SendResult(False, channel, "invalid or unsupported notification URL", retryable=False)
    try:
        result = client.notify(body=body, title=title, body_format=_APPRISE_FORMATS.get(body_format, MARKDOWN),
                               timeout=timeout)
    except Exception as exc:  # a plugin bug must not take the delivery worker down
        return SendResult(False, channel, f"{type(exc).__name__}: {exc}"[:500],
                          duration_ms=int((time.monotonic() - started) * 1000))
    elapsed = int((time.monotonic() - started) * 1000)
    services = result.results
    if services and all(s.status == apprise.AppriseResultStatus.SUCCESS for s in services):
        return SendResult(True, channel, duration_ms=elapsed)
    timed_out = any(s.status == apprise.AppriseResultStatus.TIMEOUT for s in services)
    error = _apprise_error(result) or ("no answer in time" if timed_out else f"delivery failed ({result.status.name})")
    return SendResult(False, channel, mask_secrets(error, url), duration_ms=elapsed)


def mask_secrets(text: str, url: str) -> str:
    """Apprise log lines may quote the URL or its parts; replace them with the masked form."""
    masked = text.replace(url, mask_url(url))
    for part in url.replace("://", "/").replace("@", "/").replace("?", "/").replace("&", "/").split("/"):
        value = part.split("=", 1)[-1]
        if len(value) >= 12:
            masked = masked.replace(value, "****")
    return masked


def send(url: str, title: str, body: str, body_format: str = MARKDOWN, timeout: float = 30) -> SendResult:
    channel = mask_url(url)
    profile = profile_for(url)
    body = truncate_utf8(body, max(256, profile.max_bytes - utf8_len(title) - 64))
    robot = robot_for(url)
    if robot is False:
        return SendResult(False, channel, "malformed robot URL (token missing)", retryable=False)
    if robot is None:
        return _send_apprise(url, channel, title, body, body_format, timeout)
    verdict = post(robot.request(title, body, body_format), robot.vendor, robot.judge, timeout)
    return SendResult(verdict.ok, channel, verdict.error, verdict.retryable, verdict.duration_ms, verdict.code)
