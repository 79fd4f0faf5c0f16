"""One product page to one observation, or an honest reason why not.

Order: the target's own selectors, then JSON-LD offers. A page we cannot read gives a problem with a reason,
never a guessed price; several variant prices without a chosen SKU give "ambiguous", never the first one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from parsel import Selector

from spiders.extraction.price import ParsedPrice, parse_price
from spiders.extraction.selectors import SelectorError, select_text
from spiders.extraction.stock import UNKNOWN, stock_from_schema, stock_from_text
from spiders.extraction.structured import Offer, jsonld_offers

CAPTCHA_MARKERS = ("captcha", "验证码", "滑块验证", "安全验证", "人机验证", "访问验证", "请完成验证", "异常流量")


@dataclass(frozen=True)
class Product:
    price: Decimal | None
    price_high: Decimal | None
    list_price: Decimal | None
    currency: str | None
    stock: str
    title: str | None
    sku: str | None
    source: str


@dataclass(frozen=True)
class Problem:
    kind: str  # blocked | selector | ambiguous | no_price | layout
    reason: str


def looks_blocked(body: str) -> bool:
    head = body[:20000].lower()
    return any(marker in head for marker in CAPTCHA_MARKERS) and "application/ld+json" not in head


def _page_title(selector: Selector) -> str | None:
    title = selector.css('meta[property="og:title"]::attr(content)').get() or selector.css("title::text").get()
    return title.strip() if title else None


def _from_selectors(selector: Selector, body: str, selectors: dict) -> Product | Problem | None:
    if not selectors.get("price"):
        return None
    try:
        price_text = select_text(selector, body, selectors["price"])
        list_text = select_text(selector, body, selectors["list_price"]) if selectors.get("list_price") else None
        stock_text = select_text(selector, body, selectors["stock"]) if selectors.get("stock") else None
        title = select_text(selector, body, selectors["title"]) if selectors.get("title") else None
    except SelectorError as exc:
        return Problem("selector", str(exc))
    if price_text is None:
        return Problem("layout", f"price selector {selectors['price']!r} matched nothing (layout changed?)")
    parsed = parse_price(price_text)
    listed = parse_price(list_text) if list_text else None
    return Product(
        price=parsed.low if parsed else None,
        price_high=parsed.high if parsed else None,
        list_price=listed.low if listed else None,
        currency=(parsed.currency if parsed else None) or "CNY",
        stock=stock_from_text(stock_text) if stock_text else stock_from_text(_visible_text(selector)),
        title=title or _page_title(selector),
        sku=selectors.get("sku"),
        source="selector",
    )


def _visible_text(selector: Selector) -> str:
    return " ".join(selector.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())


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


def extract_product(body: str, settings: dict | None = None) -> Product | Problem:
    settings = settings or {}
    selectors = settings.get("selectors") or {}
    selector = Selector(text=body)
    by_selectors = _from_selectors(selector, body, selectors)
    if isinstance(by_selectors, Product) and by_selectors.price is not None:
        return by_selectors
    offers = jsonld_offers(selector)
    if not offers:
        if isinstance(by_selectors, (Problem, Product)):
            return by_selectors if isinstance(by_selectors, Problem) else Problem("no_price", "price text has no number")
        if looks_blocked(body):
            return Problem("blocked", "captcha / verification page instead of the product")
        return Problem("no_price", "no price found: no schema.org Product/Offer and no price selector")
    offer = _pick_offer(offers, selectors.get("sku"))
    if isinstance(offer, Problem):
        return offer
    parsed: ParsedPrice | None = parse_price(offer.price)
    high = parse_price(offer.price_high) if offer.price_high is not None else None
    listed = parse_price(offer.list_price) if offer.list_price is not None else None
    stock = stock_from_schema(offer.availability) or stock_from_text(_visible_text(selector)) or UNKNOWN
    return Product(
        price=parsed.low if parsed else None,
        price_high=(high.low if high else None) or (parsed.high if parsed else None),
        list_price=listed.low if listed else None,
        currency=offer.currency or (parsed.currency if parsed else None) or "CNY",
        stock=stock,
        title=offer.name or _page_title(selector),
        sku=str(offer.sku) if offer.sku else None,
        source="jsonld",
    )
