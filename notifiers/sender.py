"""Send one message to one channel through Apprise and say exactly what happened.

One URL per call so each channel gets its own outcome, its own retry schedule and its own log line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import apprise

import notifiers.local_channels  # noqa: F401  (registers console:// and alertlog://)
from notifiers.masking import mask_url

MARKDOWN, TEXT = apprise.NotifyFormat.MARKDOWN, apprise.NotifyFormat.TEXT


@dataclass(frozen=True)
class SendResult:
    ok: bool
    channel: str  # masked
    error: str | None = None
    retryable: bool = True
    duration_ms: int = 0


def _log_text(result: apprise.AppriseResult) -> str:
    messages = []
    for entry in result.logs():
        message = getattr(entry, "message", None) or str(entry)
        level = str(getattr(entry, "level", ""))
        if "DEBUG" not in level.upper() and message not in messages:
            messages.append(message)
    return "; ".join(messages)[:1000]


def send(url: str, title: str, body: str, body_format: str = MARKDOWN, timeout: float = 30) -> SendResult:
    channel = mask_url(url)
    started = time.monotonic()
    client = apprise.Apprise()
    if not client.add(url):
        return SendResult(False, channel, "invalid or unsupported notification URL", retryable=False)
    try:
        result = client.notify(body=body, title=title, body_format=body_format, timeout=timeout)
    except Exception as exc:  # a plugin bug must not take the delivery worker down
        return SendResult(False, channel, f"{type(exc).__name__}: {exc}"[:500],
                          duration_ms=int((time.monotonic() - started) * 1000))
    elapsed = int((time.monotonic() - started) * 1000)
    if result:
        return SendResult(True, channel, duration_ms=elapsed)
    return SendResult(False, channel, _log_text(result) or f"delivery failed ({result.status.name})",
                      duration_ms=elapsed)
