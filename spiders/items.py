"""What spiders yield. Plain dataclasses: the pipeline turns them into rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal


def _now() -> datetime:
    return datetime.now(timezone.utc)


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
