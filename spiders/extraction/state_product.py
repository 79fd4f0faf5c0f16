"""A product read out of data instead of markup: embedded page state or a JSON/JSONP API body.

Without a configured JSONPath the price is found by key names (``price``, ``promotionPrice``,
``originalPrice``…), breadth first, skipping recommendation lists and carts. When the data holds several
variants with different prices the target must name one (``selectors.sku``); we never take the first.
"""

from __future__ import annotations

import re
from typing import Any

from spiders.extraction.outcome import Problem, Product
from spiders.extraction.page_state import (
    BUYER_PRICE_KEYS,
    LIST_PRICE_KEYS,
    SOLD_OUT_KEYS,
    STOCK_KEYS,
    TITLE_KEYS,
    StateNode,
    price_value,
    priced_nodes,
    siblings,
)
from spiders.extraction.price import ParsedPrice, read_prices, scale_price
from spiders.extraction.stock import (
    IN_STOCK,
    LIMITED,
    OUT_OF_STOCK,
    PREORDER,
    UNKNOWN,
    stock_from_value,
)

_VARIANT_MAP_KEY = re.compile(r"sku|variant|spec|model|map|info|price", re.IGNORECASE)


def _is_variant_group(node: StateNode, group: list[StateNode]) -> bool:
    if len(group) < 2:
        return False
    if isinstance(node.container, list):
        return True
    parent_key = str(node.path[-2]) if len(node.path) >= 2 else ""
    return bool(_VARIANT_MAP_KEY.search(parent_key)) or all(re.search(r"\d", n.map_key or "") for n in group)


def _variant_id(node: StateNode) -> str:
    return node.sku or node.map_key or "?"


def _price_of(node: StateNode, keys: dict | tuple, unit: str) -> ParsedPrice | None:
    for key, value in sorted(node.node.items(), key=lambda kv: _rank(kv[0], keys)):
        if _norm(key) in keys:
            raw = price_value(value)
            parsed = read_prices(raw).price
            if parsed is not None:
                return scale_price(parsed, unit)
    return None


def _norm(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


def _rank(key: str, keys: dict | tuple) -> int:
    normalised = _norm(key)
    if isinstance(keys, dict):
        return keys.get(normalised, 99)
    return keys.index(normalised) if normalised in keys else 99


_PRECEDENCE = (OUT_OF_STOCK, PREORDER, LIMITED, IN_STOCK)


def _stock_of(node: StateNode) -> str:
    """Stock from the node's stock keys (else its ancestors'). When a quantity and a status disagree
    (a pre-sale has a quantity too) the stronger statement wins: out, pre-sale, limited, in stock."""
    for source in [node.node, *reversed(node.ancestors)]:
        states = set()
        for key, value in source.items():
            normalised = _norm(str(key))
            if normalised in SOLD_OUT_KEYS:
                flag = stock_from_value(value)
                if flag in (IN_STOCK, OUT_OF_STOCK):  # soldOut: true means out of stock
                    states.add(OUT_OF_STOCK if flag == IN_STOCK else IN_STOCK)
            elif (normalised in STOCK_KEYS and not isinstance(value, (dict, list))
                  and (state := stock_from_value(value)) is not None):
                states.add(state)
        if states:
            return next(state for state in _PRECEDENCE if state in states)
    return UNKNOWN


def _pick(nodes: list[StateNode], sku: str | None) -> StateNode | Problem:
    if sku:
        chosen = [n for n in nodes if sku in (n.sku, n.map_key)]
        if chosen:
            return chosen[0]
        known = ", ".join(sorted({_variant_id(n) for n in nodes if n.sku or n.map_key})[:20]) or "none"
        return Problem("ambiguous", f"SKU {sku!r} not in the page data (ids found: {known})")
    first = nodes[0]
    group = siblings(first, nodes)
    if _is_variant_group(first, group):
        prices = {(str(p.low), str(p.high)) if (p := _price_of(n, BUYER_PRICE_KEYS, "yuan")) else None for n in group}
        if len(prices) > 1:
            ids = ", ".join(_variant_id(n) for n in group[:20])
            return Problem("ambiguous",
                           f"{len(group)} variants with different prices in the page data ({ids}); set selectors.sku")
    return first


def product_from_data(data: Any, settings: dict, source: str) -> Product | Problem | None:
    """The product in page-state or API data, a Problem (ambiguous variants), or None if no price is there."""
    selectors = settings.get("selectors") or {}
    unit = selectors.get("price_unit") or "yuan"
    nodes = priced_nodes(data)
    if not nodes:
        return None
    node = _pick(nodes, selectors.get("sku"))
    if isinstance(node, Problem):
        return node
    price = _price_of(node, BUYER_PRICE_KEYS, unit)
    if price is None:
        return None
    listed = _price_of(node, LIST_PRICE_KEYS, unit)
    title = node.lookup(TITLE_KEYS)
    return Product(
        price=price.low,
        price_high=price.high,
        list_price=listed.low if listed else None,
        currency=price.currency or "CNY",
        stock=_stock_of(node),
        title=str(title).strip() if title else None,
        sku=node.sku or (node.map_key if selectors.get("sku") else None),
        source=source,
    )
