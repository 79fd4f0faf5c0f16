"""Product pages: price, list price, stock. Every target ends in an observation or a stored failure."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Response, TextResponse

from spiders.extraction.product import Problem, extract_product
from spiders.items import PriceObservationItem
from spiders.job import CrawlTarget
from spiders.spiders.base import BLOCKING_STATUSES, JobSpider

__all__ = ["BLOCKING_STATUSES", "JobSpider", "ProductSpider"]


class ProductSpider(JobSpider):
    name = "product"
    kind = "product"

    def parse(self, response: Response):
        target: CrawlTarget = response.meta["target"]
        if failed := self.status_failure(response):
            yield failed
            return
        if not isinstance(response, TextResponse):
            yield self.failure_item(target, response.url, "response is not text (an image or a download?)",
                                    "layout", response.status)
            return
        # The response's own tree, parsed only if extraction needs one (JSON-LD pages never do): one lxml
        # parse per page at most.
        selector = (lambda: response.selector) if isinstance(response, HtmlResponse) else None
        result = extract_product(response.text, target.settings, selector=selector)
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
