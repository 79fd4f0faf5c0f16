"""schema.org microdata and OpenGraph product tags, read with ``extruct`` when a page has no JSON-LD.

Microdata items are converted to the JSON-LD shape so one offer reader (``structured.offers_in``) serves
both. OpenGraph product tags (``product:price:amount``, ``product:sale_price:amount``) follow Facebook's
catalogue meaning: ``price`` is the regular price and ``sale_price`` what a buyer pays during a sale.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from parsel import Selector

from spiders.extraction.price import read_prices
from spiders.extraction.structured import Offer, PageIdentity, offers_in


@lru_cache(maxsize=1)
def _extractors():
    """extruct is imported on first use: pages answered by JSON-LD never pay for it."""
    from extruct.opengraph import OpenGraphExtractor
    from extruct.w3cmicrodata import LxmlMicrodataExtractor

    return LxmlMicrodataExtractor(), OpenGraphExtractor()


def _as_jsonld(item: Any) -> Any:
    if isinstance(item, list):
        return [_as_jsonld(i) for i in item]
    if not isinstance(item, dict) or "properties" not in item:
        return item
    kind = item.get("type") or ""
    kinds = kind if isinstance(kind, list) else [kind]
    node: dict[str, Any] = {"@type": [str(t).rsplit("/", 1)[-1] for t in kinds]}
    for key, value in item["properties"].items():
        node[key] = _as_jsonld(value)
    return node


def microdata_offers(selector: Selector, base_url: str = "", identity: PageIdentity | Callable | None = None
                     ) -> list[Offer]:
    if not selector.root.xpath("boolean(//*[@itemscope])"):  # cheap check before extruct walks the tree
        return []
    try:
        items = _extractors()[0].extract_items(selector.root, base_url)
    except RecursionError:  # extruct recurses per nested itemscope: thousands deep is junk
        return []
    return offers_in([_as_jsonld(item) for item in items], identity)


def microdata_price_conflict(selector: Selector) -> str | None:
    """``<span itemprop="price" content="99">¥129</span>``: the machine-readable and the shown price differ.
    Which one a buyer pays cannot be known from the page, so neither is stored."""
    for element in selector.xpath("//*[@itemprop='price'][@content]")[:20]:
        content = element.attrib.get("content", "")
        shown = " ".join(element.xpath("string()").get("").split())
        machine, visible = read_prices(content).price, read_prices(shown).price if shown else None
        if machine is not None and visible is not None and machine.low != visible.low:
            return (f"the page's microdata price content={content!r} disagrees with the price shown next to it "
                    f"({shown[:40]!r}); not guessing which one a buyer pays")
    return None


def opengraph_offer(selector: Selector) -> Offer | None:
    if not selector.root.xpath("boolean(//meta[starts-with(@property, 'product:') or starts-with(@property, 'og:price')])"):
        return None
    tags: dict[str, str] = {}
    for block in _extractors()[1].extract_items(selector.root):
        for key, value in block.get("properties", []):
            tags.setdefault(key, value)
    regular = tags.get("product:price:amount") or tags.get("og:price:amount")
    sale = tags.get("product:sale_price:amount")
    if regular is None and sale is None:
        return None
    return Offer(
        price=sale if sale is not None else regular,
        list_price=regular if sale is not None else tags.get("product:original_price:amount"),
        currency=tags.get("product:price:currency") or tags.get("og:price:currency"),
        availability=tags.get("product:availability") or tags.get("og:availability"),
        sku=tags.get("product:retailer_item_id"),
        name=tags.get("og:title"),
    )
