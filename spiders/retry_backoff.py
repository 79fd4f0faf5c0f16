"""Retries that back off: 5xx, 429 and timeouts are retried after a growing, jittered pause.

Scrapy's RetryMiddleware retries at once, which is exactly wrong for a site saying "429 too many
requests". Here the n-th retry waits ``RETRY_BACKOFF_BASE × 2^(n-1)`` seconds (±20 %, at most
``RETRY_BACKOFF_MAX``), or what the site's ``Retry-After`` header asks for (capped too). The wait holds
one of the process's request slots, which is the point: the crawl slows down where the site asked it to.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response


def backoff_delay(retry_number: int, base: float, cap: float, retry_after: str | None = None) -> float:
    """Seconds to wait before retry number ``retry_number`` (1 for the first retry)."""
    if retry_after and retry_after.strip().isdigit():
        return min(float(retry_after.strip()), cap)
    delay = base * (2 ** max(retry_number - 1, 0))
    return min(delay * random.uniform(0.8, 1.2), cap)


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _pause(self, request: Request, retry_after: str | None = None) -> Request:
        await asyncio.sleep(backoff_delay(request.meta.get("retry_times", 1), self.backoff_base, self.backoff_max,
                                          retry_after))
        return request

    def process_response(self, request: Request, response: Response) -> Any:
        # Plain return on the common path (no retry): no coroutine per response.
        result = super().process_response(request, response)
        if not isinstance(result, Request) or self.backoff_base <= 0:
            return result
        header = response.headers.get(b"Retry-After")
        return self._pause(result, header.decode("latin-1") if header else None)

    def process_exception(self, request: Request, exception: Exception) -> Any:
        result = super().process_exception(request, exception)
        if not isinstance(result, Request) or self.backoff_base <= 0:
            return result
        return self._pause(result)
