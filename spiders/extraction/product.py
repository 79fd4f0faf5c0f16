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

from spiders.extraction.blocked import block_reason, gone_reason, script_redirect
from spiders.extraction.microdata import (
    microdata_offers,
    microdata_price_conflict,
    opengraph_offer,
)
from spiders.extraction.outcome import Problem, Product
from spiders.extraction.page_state import embedded_states, parse_json_body
from spiders.extraction.price import (
    MAX_PRICE_TEXT,
    currency_code,
    read_prices,
    scale_price,
    why_no_price,
)
from spiders.extraction.selectors import SelectorError, select_text, split_spec
from spiders.extraction.state_product import product_from_data
from spiders.extraction.stock import UNKNOWN, stock_from_schema, stock_from_text
from spiders.extraction.structured import Offer, PageIdentity, jsonld_offers
from spiders.extraction.visible import selected_text, shopper_text, visible_selector

__all__ = ["Problem", "Product", "extract_product"]

class Page:
    """An HTML body and its parsed tree, built only when something needs it: a page answered by JSON-LD
    (found by a regex over the text) is never parsed at all."""

    def __init__(self, body: str, selector: Selector | Callable[[], Selector] | None = None,
                 url: str | None = None) -> None:
        self.body = body
        self.url = url
        self._selector = selector
        self._visible: Selector | None = None

    @property
    def selector(self) -> Selector:
        if self._selector is None:
            self._selector = Selector(text=self.body, type="html")  # parsel would try JSON bodies as JSON
        elif not isinstance(self._selector, Selector):
            self._selector = self._selector()
        return self._selector

    @property
    def visible(self) -> Selector:
        """The page as a shopper sees it: no hidden elements, struck-through prices labelled 原价."""
        if self._visible is None:
            self._visible = visible_selector(self.selector)
        return self._visible

    def identity(self) -> PageIdentity:
        sel = self.selector
        urls = {u for u in (self.url, sel.css('link[rel="canonical"]::attr(href)').get(),
                            sel.css('meta[property="og:url"]::attr(content)').get()) if u}
        names = {" ".join(n.split()) for n in (sel.css('meta[property="og:title"]::attr(content)').get(),
                                               sel.css("h1").xpath("string()").get(),
                                               sel.css("title::text").get()) if n and n.strip()}
        return PageIdentity(urls, names)


def _page_title(selector: Selector) -> str | None:
    title = selector.css('meta[property="og:title"]::attr(content)').get() or selector.css("title::text").get()
    return title.strip() if title else None


def _visible_text(page: Page) -> str:
    """The text a shopper reads about this product (no hidden text, no 猜你喜欢 blocks, no size pickers)."""
    return shopper_text(page.visible)


def _foreign(*currencies: str | None) -> str | None:
    """The first currency that is not CNY: such a price is never stored as if it were yuan."""
    return next((c for c in currencies if c and c != "CNY"), None)


def _currency_problem(code: str, shown: object) -> Problem:
    return Problem("currency", f"price {str(shown)[:60]!r} is in {code}, not CNY: not stored (prices are "
                               f"compared in yuan; the page may be showing a regional or converted price)")


def _select_on(sel: Selector, body: str, spec: str) -> str | None:
    kind, expression = split_spec(spec)
    if kind not in ("css", "xpath"):
        return select_text(sel, body, spec)
    try:
        nodes = sel.css(expression) if kind == "css" else sel.xpath(expression)
    except ValueError as exc:
        raise SelectorError(f"bad {kind} selector {expression!r}: {exc}") from None
    return selected_text(sel, nodes)


def _from_selectors(page: Page | None, body: str, selectors: dict, data: Callable[[], Any],
                    source: str) -> Product | Problem:
    """CSS/XPath selectors read the page as a shopper sees it (hidden honeypots dropped, struck prices as
    list prices); when the price selector matches nothing visible, the full page (hidden inputs, data
    blocks a user pointed at on purpose)."""
    trees = [page.visible, page.selector] if page is not None else [None]

    def pick(name: str, tree: Selector | None) -> str | None:
        spec = selectors.get(name)
        if not spec:
            return None
        if split_spec(spec)[0] == "jsonpath":
            return select_text(tree, body, spec, data())
        return _select_on(tree, body, spec)

    try:
        for tree in trees:
            price_text = pick("price", tree)
            if price_text is not None:
                break
        list_text, stock_text, title = pick("list_price", tree), pick("stock", tree), pick("title", tree)
    except SelectorError as exc:
        return Problem("selector", str(exc))
    if price_text is None:
        if page is not None and (problem := _not_a_product_page(page)):
            return problem
        return Problem("layout", f"price selector {selectors['price']!r} matched nothing (layout changed?)")
    if len(price_text) > MAX_PRICE_TEXT:
        return Problem("layout", f"price selector {selectors['price']!r} matched {len(price_text):,} characters "
                                 "of text, not a price (layout changed?)")
    unit = selectors.get("price_unit") or "yuan"
    reading = read_prices(price_text)
    if reading.price is None:
        if page is not None and (problem := _not_a_product_page(page)):
            return problem
        return Problem("no_price", why_no_price(price_text))
    listed = read_prices(list_text) if list_text else None
    list_price = (listed.list_price or listed.price) if listed else reading.list_price
    price = scale_price(reading.price, unit) if source == "api" else reading.price
    if code := _foreign(price.currency, list_price.currency if list_price else None):
        return _currency_problem(code, price_text)
    if page is not None:
        stock = stock_from_text(stock_text) if stock_text else stock_from_text(_visible_text(page))
    else:
        stock = stock_from_text(stock_text)
    return Product(
        price=price.low,
        price_high=price.high,
        list_price=list_price.low if list_price else None,
        currency="CNY",
        stock=stock,
        title=title or (_page_title(page.selector) if page is not None else None),
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


def _from_offers(offers: list[Offer], page: Page, selectors: dict, source: str,
                 notes: list[str]) -> Product | Problem | None:
    """The offer's product; None (with a note why) when its price is unreadable, so other sources are tried."""
    if not offers:
        return None
    offer = _pick_offer(offers, selectors.get("sku"))
    if isinstance(offer, Problem):
        return offer
    reading = read_prices(offer.price)
    declared = currency_code(offer.currency)
    if reading.price is None:
        notes.append(f"{source}: {why_no_price(offer.price)}")
        return None
    if code := _foreign(declared, reading.price.currency):
        return _currency_problem(code, f"{offer.price} {offer.currency or ''}".strip())
    high = read_prices(offer.price_high).price if offer.price_high is not None else None
    listed = read_prices(offer.list_price).price if offer.list_price is not None else None
    # The page's visible text is read (a full parse) only when neither the offer nor a stock selector answers.
    stock = stock_from_schema(offer.availability)
    if stock is None and not selectors.get("stock"):
        stock = stock_from_text(_visible_text(page))
    stock = stock or UNKNOWN
    return Product(
        price=reading.price.low,
        price_high=(high.low if high else None) or reading.price.high,
        list_price=listed.low if listed else None,
        currency="CNY",
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
        stock_text = _select_on(page.visible, page.body, selectors["stock"]) if selectors.get("stock") else None
        title = _select_on(page.visible, page.body, selectors["title"]) if selectors.get("title") else None
    except SelectorError as exc:
        return Problem("selector", str(exc))
    return replace(product, stock=stock_from_text(stock_text) if stock_text else product.stock,
                   title=title or product.title)


def _not_a_product_page(page: Page, strong_only: bool = False) -> Problem | None:
    """A login wall, captcha, WAF or JS challenge, a "商品不存在" page or a script redirect, served with 200."""
    if reason := block_reason(page.body, page.selector, strong_only=strong_only):
        return Problem("blocked", reason)
    if reason := gone_reason(page.selector, _visible_text(page)):
        return Problem("gone", reason)
    if target := script_redirect(page.body, page.selector):
        if reason := block_reason(target, None, strong_only=True):
            return Problem("blocked", f"the page sends the browser to {target[:200]} ({reason})")
        return Problem("redirect", f"the page only redirects by script to {target[:200]}; "
                                   "point the target at the final product URL")
    return None


def extract_product(body: str, settings: dict | None = None,
                    selector: Selector | Callable[[], Selector] | None = None,
                    url: str | None = None) -> Product | Problem:
    """Read one response body. ``selector`` (or a function returning it, e.g. ``lambda: response.selector``)
    reuses the response's parsed tree when one is needed; ``url`` (the response's) helps tell the page's
    own JSON-LD Product from related ones."""
    settings = settings or {}
    selectors = settings.get("selectors") or {}
    if not body.strip("\ufeff \t\r\n"):
        return Problem("no_price", "empty page: HTTP 200 with no content")
    first = body.lstrip("\ufeff \t\r\n")[:1]
    if first != "<" and (data := parse_json_body(body)) is not None:
        if selectors.get("price"):
            return _from_selectors(None, body, selectors, lambda: data, "api")
        found = product_from_data(data, settings, "api")
        return found or Problem("no_price", "the JSON response has no price field; set selectors.price (jsonpath:…)")
    if first in ("{", "["):
        return Problem("no_price", "the JSON response could not be read (malformed, or nested too deep)")
    page = Page(body, selector, url)
    states: list[Any] | None = None
    notes: list[str] = []

    def page_states() -> list[Any]:
        nonlocal states
        if states is None:
            states = embedded_states(page.selector, selectors.get("state_var"))
        return states

    if selectors.get("price"):
        return _from_selectors(page, body, selectors, lambda: (page_states() or [None])[0], "selector")
    for find in (
        lambda: _from_offers(jsonld_offers(body, page.identity), page, selectors, "jsonld", notes),
        lambda: _microdata(page, selectors, notes),
        lambda: _from_offers([o] if (o := opengraph_offer(page.selector)) else [], page, selectors, "opengraph",
                             notes),
    ):
        found = find()
        if found is not None:
            return found if isinstance(found, Problem) else _with_selected_stock(found, page, selectors)
    # Page state is the least specific source (any priced dict): a login, captcha or "商品不存在" page with a
    # 猜你喜欢 state must not lend its recommended item's price.
    if problem := _not_a_product_page(page, strong_only=True):
        return problem
    for state in page_states():
        found = product_from_data(state, settings, "state")
        if isinstance(found, Product) and not found.title:
            found = replace(found, title=_page_title(page.selector))
        if found is not None:
            return found if isinstance(found, Problem) else _with_selected_stock(found, page, selectors)
    if problem := _not_a_product_page(page):
        return problem
    if notes:
        return Problem("no_price", "; ".join(notes))
    return Problem("no_price", "no price found: no selector, schema.org data or page state with a price")


def _microdata(page: Page, selectors: dict, notes: list[str]) -> Product | Problem | None:
    """Microdata as a shopper sees the page (a hidden honeypot item is not read), else the full page (SEO
    blocks hidden on purpose). A price whose ``content`` and visible text disagree is not guessed."""
    offers = microdata_offers(page.visible, identity=page.identity) or microdata_offers(page.selector,
                                                                                       identity=page.identity)
    if offers and (conflict := microdata_price_conflict(page.visible)):
        return Problem("conflict", conflict)
    return _from_offers(offers, page, selectors, "microdata", notes)
