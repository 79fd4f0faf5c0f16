"""What reading one product page ends in: a Product, or a Problem with a reason a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    price: Decimal | None
    price_high: Decimal | None
    list_price: Decimal | None
    currency: str | None
    stock: str
    title: str | None
    sku: str | None
    source: str  # selector | jsonld | microdata | opengraph | state | api


@dataclass(frozen=True)
class Problem:
    kind: str  # blocked | selector | ambiguous | no_price | layout
    reason: str
