"""One product page to one observation, or an honest reason why not.

Order: a JSON/JSONP API body is read as data. On HTML pages the target's own price selector, when given, is
authoritative: if it stops matching, the target fails with "layout changed" rather than silently switching
to another source that may mean another price (list price instead of 券后价). Without one: JSON-LD, then
microdata and OpenGraph (extruct), then embedded page state (``__INITIAL_STATE__`` and similar). A page we
cannot read gives a problem with a reason, never a guessed price; several variant prices without a chosen
SKU give "ambiguous", never the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from parsel import Selector

from spiders.extraction.microdata import microdata_offers, opengraph_offer
from spiders.extraction.outcome import Problem, Product
from spiders.extraction.page_state import embedded_states, parse_json_body
from spiders.extraction.price import read_prices, scale_price
from spiders.extraction.selectors import SelectorError, select_text, split_spec
from spiders.extraction.state_product import product_from_data
from spiders.extraction.stock import UNKNOWN, stock_from_schema, stock_from_text
from spiders.extraction.structured import Offer, jsonld_offers

__all__ = ["Problem", "Product", "extract_product", "looks_blocked"]

CAPTCHA_MARKERS = ("captcha", "验证码", "滑块验证", "安全验证", "人机验证", "访问验证", "请完成验证", "异常流量",
                   "请拖动滑块", "访问过于频繁", "punish", "x5sec", "安全检测")


def looks_blocked(body: str) -> bool:
    head = body[:20000].lower()
    return any(marker in head for marker in CAPTCHA_MARKERS) and "application/ld+json" not in head


class Page:
    """An HTML body and its parsed tree, built only when something needs it: a page answered by JSON-LD
    (found by a regex over the text) is never parsed at all."""

    def __init__(self, body: str, selector: Selector | Callable[[], Selector] | None = None) -> None:
        self.body = body
        self._selector = selector

    @property
    def selector(self) -> Selector:
        if self._selector is None:
            self._selector = Selector(text=self.body)
        elif not isinstance(self._selector, Selector):
            self._selector = self._selector()
        return self._selector


def _page_title(selector: Selector) -> str | None:
    title = selector.css('meta[property="og:title"]::attr(content)').get() or selector.css("title::text").get()
    return title.strip() if title else None


def _visible_text(selector: Selector) -> str:
    return " ".join(selector.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())


def _from_selectors(selector: Selector | None, body: str, selectors: dict, data: Callable[[], Any],
                    source: str) -> Product | Problem:
    def pick(name: str) -> str | None:
        spec = selectors.get(name)
        if not spec:
            return None
        if split_spec(spec)[0] == "jsonpath":
            return select_text(selector, body, spec, data())
        return select_text(selector, body, spec)

    try:
        price_text, list_text, stock_text, title = pick("price"), pick("list_price"), pick("stock"), pick("title")
    except SelectorError as exc:
        return Problem("selector", str(exc))
    if price_text is None:
        if looks_blocked(body):
            return Problem("blocked", "captcha / verification page instead of the product")
        return Problem("layout", f"price selector {selectors['price']!r} matched nothing (layout changed?)")
    unit = selectors.get("price_unit") or "yuan"
    reading = read_prices(price_text)
    if reading.price is None:
        return Problem("no_price", f"price text {price_text[:60]!r} holds no price")
    listed = read_prices(list_text) if list_text else None
    list_price = (listed.list_price or listed.price) if listed else reading.list_price
    price = scale_price(reading.price, unit) if source == "api" else reading.price
    if selector is not None:
        stock = stock_from_text(stock_text) if stock_text else stock_from_text(_visible_text(selector))
    else:
        stock = stock_from_text(stock_text)
    return Product(
        price=price.low,
        price_high=price.high,
        list_price=list_price.low if list_price else None,
        currency=price.currency or "CNY",
        stock=stock,
        title=title or (_page_title(selector) if selector is not None else None),
        sku=selectors.get("sku"),
        source=source,
    )


def _pick_offer(offers: list[Offer], sku: str | None) -> Offer | Problem:
    if sku:
        chosen = [o for o in offers if str(o.sku) == str(sku)]
        if not chosen:
            known = ", ".join(sorted({str(o.sku) for o in offers if o.sku})) or "none"
            return Problem("ambiguous", f"SKU {sku!r} not on the page (SKUs found: {known})")
        return chosen[0]
    distinct = {(str(o.price), str(o.price_high)) for o in offers}
    if len(distinct) > 1:
        skus = ", ".join(str(o.sku) for o in offers if o.sku) or "no SKU ids"
        return Problem(
            "ambiguous", f"{len(offers)} variants with different prices ({skus}); set selectors.sku for this target"
        )
    return offers[0]


def _from_offers(offers: list[Offer], page: Page, selectors: dict, source: str) -> Product | Problem | None:
    if not offers:
        return None
    offer = _pick_offer(offers, selectors.get("sku"))
    if isinstance(offer, Problem):
        return offer
    reading = read_prices(offer.price)
    if reading.price is None:
        return None
    high = read_prices(offer.price_high).price if offer.price_high is not None else None
    listed = read_prices(offer.list_price).price if offer.list_price is not None else None
    # The page's visible text is read (a full parse) only when neither the offer nor a stock selector answers.
    stock = stock_from_schema(offer.availability)
    if stock is None and not selectors.get("stock"):
        stock = stock_from_text(_visible_text(page.selector))
    stock = stock or UNKNOWN
    return Product(
        price=reading.price.low,
        price_high=(high.low if high else None) or reading.price.high,
        list_price=listed.low if listed else None,
        currency=offer.currency or reading.price.currency or "CNY",
        stock=stock,
        title=offer.name or _page_title(page.selector),
        sku=str(offer.sku) if offer.sku else None,
        source=source,
    )


def _with_selected_stock(product: Product, page: Page, selectors: dict) -> Product | Problem:
    """A stock or title selector refines what structured data found (sites often get availability wrong)."""
    if not (selectors.get("stock") or selectors.get("title")):
        return product
    try:
        stock_text = select_text(page.selector, page.body, selectors["stock"]) if selectors.get("stock") else None
        title = select_text(page.selector, page.body, selectors["title"]) if selectors.get("title") else None
    except SelectorError as exc:
        return Problem("selector", str(exc))
    return replace(product, stock=stock_from_text(stock_text) if stock_text else product.stock,
                   title=title or product.title)


def extract_product(body: str, settings: dict | None = None,
                    selector: Selector | Callable[[], Selector] | None = None) -> Product | Problem:
    """Read one response body. ``selector`` (or a function returning it, e.g. ``lambda: response.selector``)
    reuses the response's parsed tree when one is needed."""
    settings = settings or {}
    selectors = settings.get("selectors") or {}
    if body.lstrip("\ufeff \t\r\n")[:1] != "<" and (data := parse_json_body(body)) is not None:
        if selectors.get("price"):
            return _from_selectors(None, body, selectors, lambda: data, "api")
        found = product_from_data(data, settings, "api")
        return found or Problem("no_price", "the JSON response has no price field; set selectors.price (jsonpath:…)")
    page = Page(body, selector)
    states: list[Any] | None = None

    def page_states() -> list[Any]:
        nonlocal states
        if states is None:
            states = embedded_states(page.selector, selectors.get("state_var"))
        return states

    if selectors.get("price"):
        return _from_selectors(page.selector, body, selectors, lambda: (page_states() or [None])[0], "selector")
    for find in (
        lambda: _from_offers(jsonld_offers(body), page, selectors, "jsonld"),
        lambda: _from_offers(microdata_offers(page.selector), page, selectors, "microdata"),
        lambda: _from_offers([o] if (o := opengraph_offer(page.selector)) else [], page, selectors, "opengraph"),
    ):
        found = find()
        if found is not None:
            return found if isinstance(found, Problem) else _with_selected_stock(found, page, selectors)
    for state in page_states():
        found = product_from_data(state, settings, "state")
        if isinstance(found, Product) and not found.title:
            found = replace(found, title=_page_title(page.selector))
        if found is not None:
            return found if isinstance(found, Problem) else _with_selected_stock(found, page, selectors)
    if looks_blocked(body):
        return Problem("blocked", "captcha / verification page instead of the product")
    return Problem("no_price", "no price found: no selector, schema.org data or page state with a price")
