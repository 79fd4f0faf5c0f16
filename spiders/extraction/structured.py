"""schema.org Product/Offer data from JSON-LD, the most reliable source on pages that have it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import chompjs
from parsel import Selector


@dataclass(frozen=True)
class Offer:
    price: Any
    price_high: Any = None
    list_price: Any = None
    currency: str | None = None
    availability: str | None = None
    sku: str | None = None
    name: str | None = None


def _walk(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement", "item"):
            if key in node:
                yield from _walk(node[key])


def _types(node: dict) -> set[str]:
    kind = node.get("@type", ())
    return {str(t).rsplit("/", 1)[-1] for t in ([kind] if isinstance(kind, str) else kind)}


# JSON-LD blocks found in the page text, so a page that JSON-LD answers is never parsed into a tree.
# A script's content cannot contain "</script>" (HTML ends the element there), so this match is exact.
_JSONLD_SCRIPT = re.compile(r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
                            re.IGNORECASE | re.DOTALL)


def jsonld_texts(body: str) -> list[str]:
    return _JSONLD_SCRIPT.findall(body) if "ld+json" in body else []


def jsonld_blocks(source: Selector | str) -> list[Any]:
    """The parsed JSON-LD blocks of a page (its text, or a parsed Selector)."""
    if isinstance(source, str):
        raws = jsonld_texts(source)
    else:
        raws = source.xpath('//script[@type="application/ld+json"]/text()').getall()
    blocks = []
    for raw in raws:
        try:
            blocks.append(json.loads(raw.strip().rstrip(";"), strict=False))
        except ValueError:
            try:  # hand-written JSON-LD: comments, trailing commas, single quotes
                blocks.append(chompjs.parse_js_object(raw))
            except ValueError:
                continue
    return blocks


def _offers_of(product: dict) -> Iterator[Offer]:
    name = product.get("name")
    offers = product.get("offers") or []
    for offer in offers if isinstance(offers, list) else [offers]:
        if not isinstance(offer, dict):
            continue
        kinds = _types(offer)
        spec = offer.get("priceSpecification") or {}
        if isinstance(spec, list):
            spec = spec[0] if spec else {}
        list_price = None
        if isinstance(spec, dict) and spec.get("priceType", "").endswith(("ListPrice", "StrikethroughPrice")):
            list_price = spec.get("price")
        if "AggregateOffer" in kinds:
            yield Offer(
                price=offer.get("lowPrice", offer.get("price")),
                price_high=offer.get("highPrice"),
                currency=offer.get("priceCurrency"),
                availability=offer.get("availability"),
                sku=offer.get("sku") or product.get("sku"),
                name=name,
            )
            continue
        price = offer.get("price")
        if price is None and isinstance(spec, dict):
            price = spec.get("price")
        yield Offer(
            price=price,
            list_price=list_price,
            currency=offer.get("priceCurrency") or (spec.get("priceCurrency") if isinstance(spec, dict) else None),
            availability=offer.get("availability"),
            sku=offer.get("sku") or product.get("sku"),
            name=offer.get("name") or name,
        )


def jsonld_offers(source: Selector | str) -> list[Offer]:
    """All offers of all Product nodes on the page (several on multi-variant pages)."""
    return offers_in(jsonld_blocks(source))


def offers_in(blocks: list[Any]) -> list[Offer]:
    """Offers of every schema.org Product in JSON-LD-shaped data (also microdata converted to that shape)."""
    offers: list[Offer] = []
    for block in blocks:
        for node in _walk(block):
            kinds = _types(node)
            if kinds & {"Product", "ProductGroup", "IndividualProduct"}:
                offers.extend(_offers_of(node))
                for variant in node.get("hasVariant", []) or []:
                    if isinstance(variant, dict):
                        offers.extend(_offers_of(variant))
    return offers
