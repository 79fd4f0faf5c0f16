"""Review listings (HTML or JSON, paginated) through the target's field mapping, incrementally.

A review's key is the site's review id when the mapping has one, else a hash of author, time and text
(relative times such as "3天前" are left out: they name another instant tomorrow). Paging stops at the
first page holding a review stored before — point the target at the newest-first sort. Sentiment and
complaint topics are filled after the crawl by ``monitor.content`` (the daemon process loads the model
once instead of every crawl process loading it).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from scrapy.http import Response

from spiders.extraction.dates import is_relative_time, parse_time
from spiders.extraction.blocked import looks_blocked
from spiders.extraction.records import field_count, field_value
from spiders.items import ReviewItem
from spiders.job import CrawlTarget
from spiders.spiders.listing import (
    ListingProblem,
    ListingProgress,
    ListingSpider,
    PageResult,
)

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _rating(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    match = _NUMBER.search(str(value)) if value is not None else None
    return float(match.group(0)) if match else None


def review_key(review_id: Any, author: str | None, raw_time: Any, text: str) -> str:
    if _text(review_id):
        return f"id:{_text(review_id)}"[:128]
    stable_time = "" if is_relative_time(raw_time) else (_text(raw_time) or "")
    digest = hashlib.sha256("\x1f".join((author or "", stable_time, text)).encode("utf-8")).hexdigest()
    return f"h:{digest[:40]}"


def review_from(target_id: int, record: Any, fields: dict) -> ReviewItem:
    text = _text(field_value(record, fields["text"])) or ""
    author = _text(field_value(record, fields.get("author")))
    raw_time = field_value(record, fields.get("time"))
    return ReviewItem(
        target_id=target_id,
        review_key=review_key(field_value(record, fields.get("id")), author, raw_time, text),
        text=text,
        author=author[:200] if author else None,
        rating=_rating(field_value(record, fields.get("rating"))),
        followup=_text(field_value(record, fields.get("followup"))),
        sku=(_text(field_value(record, fields.get("sku"))) or None),
        images=field_count(record, fields.get("images")),
        posted_at=parse_time(raw_time if not isinstance(raw_time, str) else raw_time.strip()),
    )


class ReviewsSpider(ListingSpider):
    name = "reviews"
    kind = "reviews"
    mapping_key = "reviews"

    def read_page(self, response: Response, target: CrawlTarget, progress: ListingProgress) -> PageResult:
        mapping = self.mapping(target)
        listing = self.listing_of(response, mapping.get("format", "auto"))
        records = listing.records(mapping["items"])
        if records is None:
            if looks_blocked(response.text):
                raise ListingProblem("blocked", "captcha / verification page instead of the reviews")
            if response.meta["page"] == 1:
                raise ListingProblem("layout", f"no reviews matched items selector {mapping['items']!r} "
                                               "(layout changed, or no reviews yet)")
            records = []
        reviews = [review_from(target.id, record, mapping["fields"]) for record in records]
        from monitor.store import (
            known_review_keys,  # imported here: product-only crawl processes start faster
        )

        with self.database.session() as session:
            known = known_review_keys(session, target.id, [r.review_key for r in reviews])
        fresh = []
        for review in reviews:
            if review.review_key not in known and review.review_key not in progress.seen:
                progress.seen.add(review.review_key)
                fresh.append(review)
        return PageResult(fresh, found=len(reviews), reached_known=bool(known), listing=listing)
