"""Product pages: price, list price, stock. Every target ends in an observation or a stored failure."""

from __future__ import annotations

from typing import Any, AsyncIterator

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from spiders.extraction.product import Problem, extract_product
from spiders.items import ExtractionFailureItem, PriceObservationItem
from spiders.job import CrawlJob, CrawlTarget, job_from_config

BLOCKING_STATUSES = {401, 403, 429, 503}


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

    def request_for(self, target: CrawlTarget, url: str | None = None, **meta: Any) -> scrapy.Request:
        settings = target.settings or {}
        return scrapy.Request(
            url or target.url,
            callback=self.parse,
            errback=self.on_error,
            headers=settings.get("headers") or None,
            dont_filter=True,
            meta={"target": target, "handle_httpstatus_list": sorted(BLOCKING_STATUSES | {404, 410}), **meta},
        )

    async def start(self) -> AsyncIterator[Any]:
        for target in self.targets:
            yield self.request_for(target)

    def failure_item(self, target: CrawlTarget, url: str | None, reason: str, kind: str, status: int | None = None):
        self.logger.warning("target %s failed (%s): %s", target.name, kind, reason)
        return ExtractionFailureItem(target_id=target.id, url=url, reason=reason, kind=kind, http_status=status)

    def status_failure(self, response: Response) -> ExtractionFailureItem | None:
        target = response.meta["target"]
        if response.status in BLOCKING_STATUSES:
            return self.failure_item(
                target, response.url, f"HTTP {response.status}: blocked or rate limited by the site", "blocked",
                response.status,
            )
        if response.status >= 400:
            return self.failure_item(target, response.url, f"HTTP {response.status}", "http", response.status)
        return None

    def on_error(self, failure: Failure):
        request = failure.request
        target: CrawlTarget = request.meta["target"]
        if failure.check(HttpError):
            status = failure.value.response.status
            yield self.failure_item(target, request.url, f"HTTP {status}", "http", status)
        elif failure.check(TimeoutError, TCPTimedOutError):
            yield self.failure_item(target, request.url, "request timed out", "timeout")
        elif failure.check(DNSLookupError):
            yield self.failure_item(target, request.url, "DNS lookup failed", "network")
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]
            yield self.failure_item(target, request.url, reason, "network")


class ProductSpider(JobSpider):
    name = "product"
    kind = "product"

    def parse(self, response: Response):
        target: CrawlTarget = response.meta["target"]
        if failed := self.status_failure(response):
            yield failed
            return
        if not hasattr(response, "text"):
            yield self.failure_item(target, response.url, "response is not text", "layout", response.status)
            return
        result = extract_product(response.text, target.settings)
        if isinstance(result, Problem):
            yield self.failure_item(target, response.url, result.reason, result.kind, response.status)
            return
        yield PriceObservationItem(
            target_id=target.id,
            url=response.url,
            price=result.price,
            price_high=result.price_high,
            list_price=result.list_price,
            currency=result.currency,
            stock=result.stock,
            title=result.title,
            sku=result.sku,
            source=result.source,
        )
