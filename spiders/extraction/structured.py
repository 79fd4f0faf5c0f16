"""schema.org Product/Offer data from JSON-LD, the most reliable source on pages that have it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
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


_MAX_WALK = 20_000  # nodes looked at per page: JSON-LD nested thousands deep ends the walk, not the crawl
_LIST_KEYS = ("itemListElement", "item")  # an ItemList's members: other products (猜你喜欢), not this page's


def _walk(root: Any) -> Iterator[tuple[dict, bool]]:
    """Every node reachable through @graph, mainEntity and ItemList members, with whether it sits in a list.
    Iterative: hostile pages nest @graph thousands deep."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    seen = 0
    while stack and seen < _MAX_WALK:
        node, in_list = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend((child, in_list) for child in reversed(node))
        elif isinstance(node, dict):
            yield node, in_list
            for key in reversed(("@graph", "mainEntity", *_LIST_KEYS)):
                if key in node:
                    stack.append((node[key], in_list or key in _LIST_KEYS))


def _types(node: dict) -> set[str]:
    kind = node.get("@type", ())
    return {str(t).rsplit("/", 1)[-1] for t in ([kind] if isinstance(kind, str) else kind)}


# JSON-LD blocks found in the page text, so a page that JSON-LD answers is never parsed into a tree.
# A script's content cannot contain "</script>" (HTML ends the element there), so this match is exact.
# Opening tag and end tag are searched separately, each from where the last one ended: one regex with a
# lazy ".*?" between them re-scans the rest of the page for every unclosed opening tag (minutes on a page
# of 30,000 of them).
_JSONLD_OPEN = re.compile(r"<script\b[^>]*?\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script\s*>", re.IGNORECASE)


def jsonld_texts(body: str) -> list[str]:
    if "ld+json" not in body:
        return []
    texts, position = [], 0
    while (opening := _JSONLD_OPEN.search(body, position)) is not None:
        end = _SCRIPT_END.search(body, opening.end())
        if end is None:
            break
        texts.append(body[opening.end():end.start()])
        position = end.end()
    return texts


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
        except RecursionError:
            continue  # nested thousands deep: junk, and chompjs would hit the same limit
        except ValueError:
            try:  # hand-written JSON-LD: comments, trailing commas, single quotes
                blocks.append(chompjs.parse_js_object(raw))
            except (ValueError, RecursionError):
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


def jsonld_offers(source: Selector | str, page: PageIdentity | None = None) -> list[Offer]:
    """The offers of the page's own Product (several on multi-variant pages), see ``offers_in``."""
    return offers_in(jsonld_blocks(source), page)


@dataclass
class PageIdentity:
    """What says which product a page is about, to tell its Product from the related ones in other blocks."""

    urls: set[str]
    names: set[str]


def _same_url(a: str, b: str) -> bool:
    strip = lambda u: re.sub(r"^https?:", "", u.split("#", 1)[0]).rstrip("/")
    return strip(a) == strip(b)


def _same_name(name: Any, names: set[str]) -> bool:
    if not isinstance(name, str) or not name.strip():
        return False
    name = " ".join(name.split())
    return any(n == name or (len(name) >= 6 and n.startswith(name)) for n in names)


def _variant_offers(node: dict) -> list[Offer]:
    offers = list(_offers_of(node))
    for variant in node.get("hasVariant", []) or []:
        if isinstance(variant, dict):
            offers.extend(_offers_of(variant))
    return offers


def offers_in(blocks: list[Any], page: PageIdentity | Callable[[], PageIdentity] | None = None) -> list[Offer]:
    """Offers of the page's schema.org Product in JSON-LD-shaped data (also microdata in that shape).

    Products listed in an ``ItemList`` (猜你喜欢, 看了又看) are other products and never read. When blocks
    hold several top-level Products (a bundle, a related product), the page's one is the Product whose
    ``url``/``@id`` is the page's URL or canonical link, else whose name is the page's title; when none or
    several match, all are returned and the caller reports them as ambiguous unless their prices agree.
    """
    products: list[dict] = []
    for block in blocks:
        for node, in_list in _walk(block):
            if not in_list and _types(node) & {"Product", "ProductGroup", "IndividualProduct"}:
                products.append(node)
    if len(products) > 1 and page is not None:
        identity = page() if callable(page) else page
        for matches in (
            lambda p: any(isinstance(p.get(k), str) and any(_same_url(p[k], u) for u in identity.urls)
                          for k in ("url", "@id")),
            lambda p: _same_name(p.get("name"), identity.names),
        ):
            chosen = [p for p in products if matches(p)]
            if len(chosen) == 1:
                products = chosen
                break
    return [offer for product in products for offer in _variant_offers(product)]
