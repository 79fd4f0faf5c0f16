"""Data that pages carry as JavaScript: ``window.__INITIAL_STATE__ = {…}``, ``__NEXT_DATA__``,
``var g_config = {…}``, and JSON / JSONP API bodies (``jQuery123({…})``). ``chompjs`` turns the JavaScript
object literals into Python data; ``jsonpath`` selectors or ``find_offer`` then read the price out of it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import chompjs
from parsel import Selector

KNOWN_STATE_VARS = ("__INITIAL_STATE__", "__NEXT_DATA__", "__PRELOADED_STATE__", "__INITIAL_DATA__", "__APOLLO_STATE__",
                    "__NUXT_DATA__", "g_config", "pageConfig", "runParams", "rawData", "__DATA__", "skuData")
# (?<![\w$.]): a name starts only where a word starts; without it every position inside a long identifier
# run is tried and rescanned (minutes on a 300 kB script of letters).
_ASSIGNMENT = re.compile(
    r"(?<![\w$.])(?:window\.|var\s+|let\s+|const\s+|self\.)?(?P<name>(?:window\.)?[\w$.]+)\s*=\s*(?=[\[{'\"]|JSON\.parse)"
)
_JSONP = re.compile(r"^\s*(?:/\*.*?\*/\s*)?[\w$.]+\s*\(", re.DOTALL)
_MAX_SCRIPT_CHARS = 50_000_000  # chompjs reads 5 MB in ~0.2 s; DOWNLOAD_MAXSIZE bounds pages anyway


def parse_json_body(text: str) -> Any | None:
    """A JSON or JSONP response body as data, or None when the body is neither."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        try:
            return json.loads(stripped)
        except RecursionError:
            return None  # nested thousands deep: unreadable by any parser here
        except ValueError:
            pass
    elif not _JSONP.match(stripped[:300]):
        return None
    try:
        return chompjs.parse_js_object(stripped)
    except (ValueError, RecursionError):
        return None


def _parse_assigned(script: str, start: int) -> Any | None:
    rest = script[start:].lstrip()
    if rest.startswith("JSON.parse("):
        try:
            inner = chompjs.parse_js_object(rest[len("JSON.parse("):])  # the JSON text as a JS string literal
        except (ValueError, RecursionError):
            return None
        return parse_json_body(inner) if isinstance(inner, str) else inner
    try:
        return chompjs.parse_js_object(rest)
    except (ValueError, RecursionError):
        return None


def embedded_states(selector: Selector, variable: str | None = None) -> list[Any]:
    """Every known page-state object in the page's inline scripts (or only ``variable`` when named)."""
    wanted = variable.removeprefix("window.") if variable else None
    states: list[Any] = []
    if wanted in (None, "__NEXT_DATA__"):
        for raw in selector.xpath('//script[@id="__NEXT_DATA__"]/text()').getall():
            if (data := parse_json_body(raw)) is not None:
                states.append(data)
    for script in selector.xpath("//script[not(@src) and not(@type='application/ld+json')]/text()").getall():
        if len(script) > _MAX_SCRIPT_CHARS or "=" not in script:
            continue
        for match in _ASSIGNMENT.finditer(script):
            name = match.group("name").removeprefix("window.")
            if (wanted and name != wanted) or (not wanted and name.rsplit(".", 1)[-1] not in KNOWN_STATE_VARS):
                continue
            data = _parse_assigned(script, match.end())
            if isinstance(data, (dict, list)):
                states.append(data)
    return states


# ---------------------------------------------------------------- finding a product's price in state data

# Keys compared lower-case without "_". Buyer-price keys rank by how surely they mean "what a buyer pays".
BUYER_PRICE_KEYS = {
    "aftercouponprice": 0, "couponprice": 0, "finalprice": 0, "handprice": 0, "promotionprice": 1, "promoprice": 1,
    "activityprice": 1, "saleprice": 1, "discountprice": 1, "currentprice": 1, "realprice": 1, "groupprice": 1,
    "mingroupprice": 1, "sellprice": 1, "price": 2, "pricetext": 2, "minprice": 2, "lowprice": 2, "pricerange": 2,
}
LIST_PRICE_KEYS = ("originalprice", "originprice", "marketprice", "listprice", "lineprice", "tagprice",
                   "normalprice", "oldprice", "referenceprice", "minnormalprice", "maxnormalprice")
STOCK_KEYS = ("stock", "stocknum", "stockcount", "quantity", "inventory", "stockstate", "stockstatus", "stocktext",
              "availability", "available", "isavailable", "instock", "canbuy", "buyable", "saleable")
SOLD_OUT_KEYS = ("soldout", "issoldout", "outofstock", "isoutofstock")
TITLE_KEYS = ("title", "name", "itemname", "productname", "skuname", "goodsname", "itemtitle")
SKU_KEYS = ("skuid", "sku", "id", "specid", "skucode", "itemid", "goodsid", "productid")
_MAX_NODES = 50_000
_MAX_DEPTH = 40  # a product's price sits a few levels down; deeper nesting is junk (and costs memory)


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def _first(node: dict, keys: tuple[str, ...] | dict) -> tuple[str, Any] | None:
    found = [(keys.index(_key(k)) if isinstance(keys, tuple) else keys[_key(k)], k, v)
             for k, v in node.items() if _key(k) in keys and v not in (None, "", [], {})]
    if not found:
        return None
    _, key, value = min(found, key=lambda f: f[0])
    return key, value


def price_value(value: Any) -> Any:
    """A price may be nested: {"price": {"priceText": "59.00"}} or {"price": {"amount": 5900}}."""
    for _ in range(3):
        if not isinstance(value, dict):
            return value
        inner = _first(value, ("pricetext", "amount", "value", "price", "money", "text"))
        value = inner[1] if inner else None
    return value


# Parts of a page state that hold other products' prices: never the watched product.
NOISE_KEYS = re.compile(r"\w*recommend\w*|similar\w*|guess\w*|related\w*|rec(?:list|items)?|hot(?:list|items|sale)\w*"
                        r"|rank\w*|bundle\w*|combo\w*|cart\w*|coupons?\w*|ads?|adlist|banners?\w*|footprints?"
                        r"|history\w*|floors?\w*|\w*(?:maylike|youlike|alsobought|alsoviewed|lookagain)\w*"
                        r"|\w*(?:feeds?|suggest\w*)", re.IGNORECASE)


class StateNode:
    """A dict in the state tree that carries a price, with where it sits (for variants and context)."""

    __slots__ = ("ancestors", "container", "node", "path")

    def __init__(self, node: dict, ancestors: list[dict], path: tuple, container: Any) -> None:
        self.node, self.ancestors, self.path, self.container = node, ancestors, path, container

    @property
    def sku(self) -> str | None:
        """The id key in the node (skuId, sku, id…), if any."""
        found = _first(self.node, SKU_KEYS)
        if found and isinstance(found[1], (str, int)) and not isinstance(found[1], bool):
            return str(found[1])
        return None

    @property
    def map_key(self) -> str | None:
        """The key under which a SKU map ({"5001": {...}, "5002": {...}}) stores this node."""
        return str(self.path[-1]) if isinstance(self.container, dict) and self.path else None

    def lookup(self, keys: tuple[str, ...]) -> Any:
        """A value from the node, else from the nearest ancestor (a variant inherits its product's title)."""
        for node in [self.node, *reversed(self.ancestors)]:
            if (found := _first(node, keys)) and not isinstance(found[1], (dict, list)):
                return found[1]
        return None


def priced_nodes(data: Any) -> list[StateNode]:
    """Dicts with a buyer-price key, breadth first (a product's own price comes before its variants'),
    skipping recommendation lists, carts and shop blocks that carry other products' prices."""
    found: list[StateNode] = []
    queue: list[tuple[Any, list[dict], tuple, Any]] = [(data, [], (), None)]
    seen = 0
    while queue and seen < _MAX_NODES:
        next_level: list[tuple[Any, list[dict], tuple, Any]] = []
        for value, ancestors, path, container in queue:
            seen += 1
            if isinstance(value, dict):
                hit = _first(value, BUYER_PRICE_KEYS)
                if hit and price_value(hit[1]) not in (None, "", 0):
                    found.append(StateNode(value, ancestors, path, container))
                if len(path) >= _MAX_DEPTH:
                    continue
                next_level.extend(
                    (v, ancestors + [value], path + (k,), value) for k, v in value.items()
                    if isinstance(v, (dict, list)) and _key(str(k)) not in BUYER_PRICE_KEYS
                    and _key(str(k)) not in LIST_PRICE_KEYS and not NOISE_KEYS.fullmatch(str(k))
                )
            elif isinstance(value, list) and len(path) < _MAX_DEPTH:
                next_level.extend((v, ancestors, path + (i,), value) for i, v in enumerate(value)
                                  if isinstance(v, (dict, list)))
        queue = next_level
    return found


def siblings(candidate: StateNode, nodes: list[StateNode]) -> list[StateNode]:
    """Priced nodes in the same list or map as ``candidate``: the variants of one product."""
    return [n for n in nodes if candidate.container is not None and n.container is candidate.container]
