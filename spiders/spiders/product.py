"""Product pages: price, list price, stock. Every target ends in an observation or a stored failure."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Response, TextResponse

from spiders.extraction.product import Problem, extract_product
from spiders.items import PriceObservationItem
from spiders.job import CrawlTarget
from spiders.spiders.base import BLOCKING_STATUSES, JobSpider

__all__ = ["BLOCKING_STATUSES", "JobSpider", "ProductSpider"]


#: Bytes that do not occur in text: controls other than tab, newline, vertical tab, form feed, CR.
_CONTROL_BYTES = bytes(b for b in range(32) if not 9 <= b <= 13)


def not_a_page(response: Response) -> str | None:
    """Why a response is not a web page (an image, a PDF, a download, binary data labelled as HTML), or None."""
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0].strip()
    size = f"{len(response.body):,} bytes"
    if not isinstance(response, TextResponse):
        return f"response is not a web page ({content_type or 'no Content-Type'}, {size}): an image or a download?"
    sample = response.body[:4096]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # C speed: no per-byte Python loop
    if sample and (b"\x00" in sample or controls > len(sample) // 20):
        return f"response is binary data, not a web page ({content_type or 'no Content-Type'}, {size})"
    return None


class ProductSpider(JobSpider):
    name = "product"
    kind = "product"

    def parse(self, response: Response):
        target: CrawlTarget = response.meta["target"]
        if failed := self.status_failure(response):
            yield failed
            return
        if reason := not_a_page(response):
            yield self.failure_item(target, response.url, reason, "not_html", response.status)
            return
        # The response's own tree, parsed only if extraction needs one (JSON-LD pages never do): one lxml
        # parse per page at most.
        selector = (lambda: response.selector) if isinstance(response, HtmlResponse) else None
        try:
            result = extract_product(response.text, target.settings, selector=selector, url=response.url)
        except (Exception, RecursionError) as exc:
            self.logger.exception("extraction crashed on %s", response.url)
            result = Problem("error", f"the page could not be read ({type(exc).__name__}: {str(exc)[:200]})")
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
