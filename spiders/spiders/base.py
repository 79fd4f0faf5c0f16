"""What every monitor spider shares: the job, per-target requests, and turning any failure into a stored
failure row with a reason a seller can read (never a fake price, never "out of stock")."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure

from spiders.items import ExtractionFailureItem
from spiders.job import CrawlJob, CrawlTarget, job_from_config

BLOCKING_STATUSES = {401, 403, 429, 503}
# Answers the spider reads itself (to store a failure with the status) instead of Scrapy dropping them.
HANDLED_STATUSES = sorted(BLOCKING_STATUSES | {404, 410})
_STATUS_REASONS = {
    401: "HTTP 401: the site wants a login (set cookies for this target?)",
    403: "HTTP 403: access denied, blocked by the site",
    429: "HTTP 429: rate limited by the site (still after retries; lower concurrency or add a delay)",
    503: "HTTP 503: site unavailable or blocking (still after retries)",
}


class JobSpider(scrapy.Spider):
    """Base for spiders driven by a CrawlJob (``-a job=FILE``) or a config file (``-a config=FILE``)."""

    kind = "product"

    def __init__(self, job: str | None = None, config: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if job:
            self.job = CrawlJob.load(job)
        elif config:
            self.job = job_from_config(config, kind=self.kind)
        else:
            raise ValueError("pass -a job=FILE or -a config=config/monitor.yaml")
        self.targets = [t for t in self.job.targets if t.kind == self.kind]
        self._database = None

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> JobSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._count_bytes, signal=signals.bytes_received)
        return spider

    @staticmethod
    def _count_bytes(data: bytes, request: scrapy.Request, spider: Any) -> None:
        """Bytes received so far: a download cancelled past DOWNLOAD_MAXSIZE arrives without a reason,
        and this count is how the failure row can still say "page too large"."""
        request.meta["received_bytes"] = request.meta.get("received_bytes", 0) + len(data)

    @property
    def database(self):
        """The store, for incremental crawls asking "seen before?" (writes go through the pipeline)."""
        if self._database is None:
            from monitor.db import Database

            self._database = Database(self.job.database_url, migrate=False)
        return self._database

    def closed(self, reason: str) -> None:
        if self._database is not None:
            self._database.dispose()

    def request_for(self, target: CrawlTarget, url: str | None = None, callback: Any = None,
                    **meta: Any) -> scrapy.Request:
        """A request carrying the target's own headers, cookies, User-Agent, proxy, timeout and retries."""
        settings = target.settings or {}
        headers = dict(settings.get("headers") or {})
        if settings.get("user_agent"):
            headers["User-Agent"] = settings["user_agent"]
        request_meta: dict[str, Any] = {"target": target, "handle_httpstatus_list": HANDLED_STATUSES, **meta}
        if settings.get("proxy"):
            request_meta["proxy"] = settings["proxy"]
        if settings.get("request_timeout"):
            request_meta["download_timeout"] = settings["request_timeout"]
        if settings.get("retries") is not None:
            request_meta["max_retry_times"] = settings["retries"]
        return scrapy.Request(
            url or target.url,
            callback=callback or self.parse,
            errback=self.on_error,
            headers=headers or None,
            cookies=settings.get("cookies") or None,
            dont_filter=True,
            meta=request_meta,
        )

    async def start(self) -> AsyncIterator[Any]:
        """One local ``data:`` request whose callback yields every target's request.

        Scrapy 2.13+ reads ``start()`` one request per reactor turn and, until the downloader is full,
        waits a turn after each; with a few thousand targets on one site that trickle, not the site,
        limits the crawl. Requests yielded by a callback reach the scheduler all at once.
        """
        yield scrapy.Request("data:,", callback=self._target_requests, dont_filter=True,
                             meta={"dont_obey_robotstxt": True})

    def _target_requests(self, response: Response) -> Iterator[scrapy.Request]:
        yield from self.initial_requests()

    def initial_requests(self) -> Iterator[scrapy.Request]:
        for target in self.targets:
            yield self.request_for(target)

    def failure_item(self, target: CrawlTarget, url: str | None, reason: str, kind: str,
                     status: int | None = None) -> ExtractionFailureItem:
        self.logger.warning("target %s failed (%s): %s", target.name, kind, reason)
        return ExtractionFailureItem(target_id=target.id, url=url, reason=reason, kind=kind, http_status=status)

    def status_failure(self, response: Response, where: str = "") -> ExtractionFailureItem | None:
        target = response.meta["target"]
        if response.status in BLOCKING_STATUSES:
            reason = _STATUS_REASONS[response.status]
            return self.failure_item(target, response.url, where + reason, "blocked", response.status)
        if response.status >= 400:
            return self.failure_item(target, response.url, f"{where}HTTP {response.status}", "http", response.status)
        return None

    def describe_error(self, failure: Failure) -> tuple[str, str, int | None]:
        """(kind, reason, HTTP status) for a request that never produced a usable response."""
        if failure.check(HttpError):
            status = failure.value.response.status
            return "http", f"HTTP {status}", status
        if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
            return "robots", "robots.txt disallows this URL (set crawl.robotstxt_obey only if you may fetch it)", None
        limit = failure.request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
        if failure.check(DownloadCancelledError, CancelledError) and (
                "max size" in str(failure.value) or failure.request.meta.get("received_bytes", 0) > limit):
            return "too_large", f"page too large: over the {limit:,} byte limit (crawl.max_page_bytes)", None
        if failure.check(IgnoreRequest) and "during decompression" in str(failure.value):
            # A compression bomb: HttpCompressionMiddleware stops inflating at DOWNLOAD_MAXSIZE.
            reason = (f"page too large: over the {limit:,} byte limit once decompressed "
                      "(crawl.max_page_bytes; a compression bomb?)")
            return "too_large", reason, None
        if failure.check(IgnoreRequest) and "redirect" in str(failure.value):
            times = self.settings.getint("REDIRECT_MAX_TIMES")
            return "redirect", f"redirect loop: more than {times} redirects (HTTP or meta refresh)", None
        if failure.check(ResponseDataLossError):
            return "truncated", "response truncated: the connection closed before the whole page arrived", None
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            timeout = failure.request.meta.get("download_timeout", self.settings.getfloat("DOWNLOAD_TIMEOUT"))
            return "timeout", f"request timed out after {timeout:g}s (the site is slow or not answering)", None
        if failure.check(CannotResolveHostError, DNSLookupError):
            return "network", "DNS lookup failed: unknown host", None
        if failure.check(DownloadConnectionRefusedError, ConnectionRefusedError):
            return "network", "connection refused", None
        return "network", f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500], None

    def on_error(self, failure: Failure):
        request = failure.request
        target: CrawlTarget = request.meta["target"]
        kind, reason, status = self.describe_error(failure)
        page = request.meta.get("page", 1)
        if page > 1:
            reason = f"page {page}: {reason}"
        yield self.failure_item(target, request.url, reason, kind, status)
