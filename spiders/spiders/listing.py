"""Paginated listings (reviews, search results, feeds): follow the pages, stop early, report success.

A listing target ends in either a failure row or a ``TargetCheckItem`` once every branch (one per start
URL, e.g. one per search keyword) reached its end. Paging stops at ``max_pages``, at an empty page, when
there is no next link/cursor, or when the subclass says the page reached records stored before
(incremental crawls read only what is new).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from spiders.extraction.records import Listing, query_value, with_query
from spiders.extraction.selectors import SelectorError
from spiders.items import TargetCheckItem
from spiders.job import CrawlTarget
from spiders.spiders.base import JobSpider


class ListingProblem(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


@dataclass
class ListingProgress:
    """Shared by all requests of one target in one crawl."""

    target: CrawlTarget
    pending: int = 1
    failed: bool = False
    pages: int = 0
    found: int = 0
    new: int = 0
    seen: set[str] = field(default_factory=set)

    def branch_done(self) -> TargetCheckItem | None:
        self.pending -= 1
        if self.pending or self.failed:
            return None
        return TargetCheckItem(self.target.id, pages=self.pages, found=self.found, new=self.new)


@dataclass
class PageResult:
    items: list[Any]  # ReviewItem / MentionItem, already filtered to the new ones
    found: int  # records kept (for mentions: after keyword filtering)
    reached_known: bool  # the page reached what earlier crawls stored: stop paging
    listing: Listing | None = None  # for the next link / cursor
    records: int | None = None  # records on the page before filtering (default: found); 0 ends paging


class ListingSpider(JobSpider):
    mapping_key = ""  # "reviews" | "mentions": the target settings block with items/fields/pagination

    def mapping(self, target: CrawlTarget) -> dict:
        return (target.settings or {}).get(self.mapping_key) or {}

    def start_urls_for(self, target: CrawlTarget) -> list[str]:
        return [target.url]

    def initial_requests(self) -> Iterator[Any]:
        for target in self.targets:
            urls = self.start_urls_for(target)
            progress = ListingProgress(target, pending=len(urls))
            for url in urls:
                yield self.request_for(target, url, page=1, first_url=url, progress=progress)

    def read_page(self, response: Response, target: CrawlTarget, progress: ListingProgress) -> PageResult:
        raise NotImplementedError

    def listing_of(self, response: Response, fmt: str) -> Listing:
        selector = response.selector if isinstance(response, HtmlResponse) else None
        return Listing(response.text, fmt, selector)

    def parse(self, response: Response):
        target: CrawlTarget = response.meta["target"]
        progress: ListingProgress = response.meta["progress"]
        page: int = response.meta["page"]
        where = f"page {page}: " if page > 1 else ""
        if failed := self.status_failure(response, where):
            progress.failed = True
            progress.branch_done()
            yield failed
            return
        try:
            if not isinstance(response, TextResponse):
                raise ListingProblem("layout", "response is not text")
            result = self.read_page(response, target, progress)
        except (SelectorError, ListingProblem) as exc:
            kind, reason = (exc.kind, exc.reason) if isinstance(exc, ListingProblem) else ("selector", str(exc))
            progress.failed = True
            progress.branch_done()
            yield self.failure_item(target, response.url, where + reason, kind, response.status)
            return
        progress.pages += 1
        progress.found += result.found
        progress.new += len(result.items)
        yield from result.items
        records = result.found if result.records is None else result.records
        next_url = None if result.reached_known or not records else self.next_page(response, result, page)
        if next_url:
            yield self.request_for(target, next_url, page=page + 1, first_url=response.meta["first_url"],
                                   progress=progress)
        elif check := progress.branch_done():
            yield check

    def next_page(self, response: Response, result: PageResult, page: int) -> str | None:
        target: CrawlTarget = response.meta["target"]
        pagination = self.mapping(target).get("pagination") or {}
        kind = pagination.get("type", "none")
        if kind == "none" or page >= pagination.get("max_pages", 10):
            return None
        param = pagination.get("param", "page")
        if kind == "page":
            return with_query(response.meta["first_url"], **{param: pagination.get("start", 1) + page})
        value = result.listing.value(pagination.get("next")) if result.listing else None
        if value in (None, "", 0, "0", False) or isinstance(value, (list, dict)):
            return None
        if kind == "cursor":
            if str(value) == query_value(response.url, param):
                return None  # the same cursor again: the end
            return with_query(response.meta["first_url"], **{param: value})
        next_url = response.urljoin(str(value))
        return None if next_url == response.url else next_url

    def on_error(self, failure: Failure):
        progress: ListingProgress | None = failure.request.meta.get("progress")
        if progress is not None:
            progress.failed = True
            progress.branch_done()
        yield from super().on_error(failure)
