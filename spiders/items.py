"""What spiders yield. Plain dataclasses: the pipeline turns them into rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class PriceObservationItem:
    target_id: int
    url: str
    price: Decimal | None
    stock: str = "unknown"
    list_price: Decimal | None = None
    price_high: Decimal | None = None
    currency: str | None = None
    title: str | None = None
    sku: str | None = None
    source: str | None = None
    observed_at: datetime = field(default_factory=_now)


@dataclass
class ExtractionFailureItem:
    target_id: int
    url: str | None
    reason: str
    kind: str = "extraction"
    http_status: int | None = None
    occurred_at: datetime = field(default_factory=_now)


@dataclass
class ReviewItem:
    target_id: int
    review_key: str  # "id:<site's review id>" or "h:<hash of author, time, text>"
    text: str
    author: str | None = None
    rating: float | None = None
    followup: str | None = None
    sku: str | None = None
    images: int = 0
    posted_at: datetime | None = None
    fetched_at: datetime = field(default_factory=_now)


@dataclass
class MentionItem:
    target_id: int
    url_hash: str
    text: str
    text_hash: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    fetched_at: datetime = field(default_factory=_now)


@dataclass
class TargetCheckItem:
    """A reviews/mentions target was read to the end: its success record, even with nothing new."""

    target_id: int
    pages: int = 0
    found: int = 0
    new: int = 0
    checked_at: datetime = field(default_factory=_now)
