"""What a shopper sees: the page without hidden elements, struck-through prices marked as list prices, and
(for stock words) without recommendation blocks and variant pickers.

Hostile and careless pages alike put text where no shopper sees it: honeypot prices (``display:none``, the
``hidden`` attribute, ``aria-hidden``, off-screen positioning, classes hidden by a ``<style>`` rule),
"已下架" left in a hidden template, "加入购物车" and "已售罄" of *other* products in 猜你喜欢 blocks, "XL（缺货）"
in a size picker. A target's own CSS/XPath selectors and the page-level stock words are read here.
Everything is iterative: pages nest elements thousands deep.
"""

from __future__ import annotations

import copy
import re

from lxml import etree
from parsel import Selector

_HIDING = r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|$)" \
          r"|font-size\s*:\s*0(?:px|em|rem|pt)?\s*(?:;|!|$)" \
          r"|(?:left|top|right|text-indent|margin-left)\s*:\s*-\s*\d{3,}(?:\.\d+)?(?:px|em|rem)" \
          r"|clip\s*:\s*rect\(\s*0(?:px)?\s*,?\s*0(?:px)?\s*,?\s*0(?:px)?\s*,?\s*0(?:px)?\s*\)" \
          r"|transform\s*:\s*scale\(\s*0\s*\)"
_HIDDEN_STYLE = re.compile(_HIDING, re.IGNORECASE)
_STRUCK_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
_HIDDEN_CLASSES = {"hidden", "hide", "d-none", "sr-only", "visually-hidden", "invisible", "is-hidden", "u-hide",
                   "display-none", "screen-reader-text"}
_CSS_RULE = re.compile(r"([^{}]{1,500})\{([^{}]{0,2000})\}")
_SIMPLE_SELECTOR = re.compile(r"^\s*[a-z0-9]*(?:[.#][\w-]+)+\s*$", re.IGNORECASE)
_MAX_CSS_SELECTORS = 300
_SKIPPED_TAGS = {"script", "style", "template", "noscript", "head", "title", "textarea", "svg", "iframe", "object"}
_STRUCK_TAGS = {"del", "s", "strike"}
# Labels read by price.read_prices: struck-through text is the list price, what follows it is not.
LIST_PRICE_MARK, AFTER_LIST_MARK = " 原价 ", " 价格 "

# Blocks whose text is about other products, or about one variant: never the page's stock statement.
_NOISE_NAME = re.compile(
    r"recommend|guess|similar|related|also-?(?:buy|bought|view)|may-?like|you-?like|hot-?(?:sale|list|item)"
    r"|\brank|bundle|combo|footprint|history|site-?nav|mini-?cart|j_tsaleprop|tb-prop|sku-?(?:list|item|opt)"
    r"|spec-?(?:list|item)|prop-?item", re.IGNORECASE)
_NOISE_HEADING = re.compile(
    r"^\s*(?:猜你喜欢|看了又看|买了又买|看过还看|为你推荐|相关推荐|店铺推荐|热销推荐|热卖推荐|同类推荐|人气推荐|精选推荐"
    r"|推荐商品|大家都在买|你可能还喜欢|您可能还喜欢|优惠套餐|搭配购买|组合购买|搭配套餐|同店推荐|本店热销|浏览记录)")
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "div", "p", "span", "header", "legend"}


def _css_hidden_selectors(root) -> tuple[list[str], list[str]]:
    """Simple selectors (``.cls``, ``#id``, ``span.cls``) that the page's <style> rules hide or strike."""
    hidden: list[str] = []
    struck: list[str] = []
    for style in root.iter("style"):
        for selectors, body in _CSS_RULE.findall(style.text or ""):
            target = hidden if _HIDDEN_STYLE.search(body) else struck if _STRUCK_STYLE.search(body) else None
            if target is None:
                continue
            target.extend(s.strip() for s in selectors.split(",") if _SIMPLE_SELECTOR.match(s))
            if len(hidden) + len(struck) > _MAX_CSS_SELECTORS:
                return hidden, struck
    return hidden, struck


def _matching(selector: Selector, css: list[str]) -> set:
    """The matched elements themselves: lxml keeps one proxy per node while it is referenced, so membership
    tests against ``root.iter()`` work (ids of dropped proxies would not)."""
    found = set()
    for one in css:
        try:
            found.update(node.root for node in selector.css(one))
        except Exception:  # noqa: BLE001, S112 - cssselect raises several error types on odd selectors
            continue
    return found


def _is_hidden(element, by_css: set) -> bool:
    attributes = element.attrib
    if "hidden" in attributes or attributes.get("aria-hidden", "").strip().lower() == "true":
        return True
    if element.tag == "input" and attributes.get("type", "").lower() == "hidden":
        return True
    if _HIDDEN_STYLE.search(attributes.get("style", "")):
        return True
    if _HIDDEN_CLASSES & set(attributes.get("class", "").lower().split()):
        return True
    return element in by_css


def _remove(element) -> None:
    """Remove an element, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def visible_selector(selector: Selector) -> Selector:
    """A copy of the page without hidden elements, struck-through text prefixed with a list-price label."""
    hidden_css, struck_css = _css_hidden_selectors(selector.root)
    hidden_ids, struck_ids = _matching(selector, hidden_css), _matching(selector, struck_css)
    hidden, struck = [], []
    for element in selector.root.iter(etree.Element):
        if _is_hidden(element, hidden_ids):
            hidden.append(element)
        elif (element.tag in _STRUCK_TAGS or _STRUCK_STYLE.search(element.get("style", ""))
              or element in struck_ids):
            struck.append(element)
    # Work on a copy: the page's own tree still serves structured data (meta tags in hidden blocks).
    paths = [_path(e) for e in hidden], [_path(e) for e in struck]
    root = copy.deepcopy(selector.root)
    hidden_copy, struck_copy = ([_follow(root, p) for p in group] for group in paths)
    for element in struck_copy:
        element.text = LIST_PRICE_MARK + (element.text or "")
        element.tail = AFTER_LIST_MARK + (element.tail or "")
    for element in reversed(hidden_copy):  # innermost last: an outer removal takes inner ones with it
        _remove(element)
    return Selector(root=root, type="html")


def _path(element) -> list[int]:
    path = []
    while (parent := element.getparent()) is not None:
        path.append(parent.index(element))
        element = parent
    return path[::-1]


def _follow(root, path: list[int]):
    element = root
    for index in path:
        element = element[index]
    return element


def _is_noise(element) -> bool:
    name = f"{element.get('class', '')} {element.get('id', '')}"
    if name.strip() and _NOISE_NAME.search(name):
        return True
    if element.tag in ("select", "option", "datalist") or element.get("data-value") is not None:
        return True  # a variant picker: "XL（缺货）" is one size, not the product
    for child in element[:3]:
        if child.tag in _HEADING_TAGS and _NOISE_HEADING.match(child.text or ""):
            return True
    return False


def shopper_text(selector: Selector) -> str:
    """The page text a shopper reads about this product: no scripts, hidden elements (pass a
    ``visible_selector``), recommendation blocks or variant pickers."""
    root = selector.root
    body = root.find(".//body")
    start = body if body is not None else root
    parts: list[str] = []
    stack = [(start, False)]
    while stack:
        element, tail_only = stack.pop()
        if tail_only:
            if element.tail:
                parts.append(element.tail)
            continue
        if not isinstance(element.tag, str) or element.tag in _SKIPPED_TAGS or _is_noise(element):
            continue
        if element.text:
            parts.append(element.text)
        for child in reversed(element):
            stack.append((child, True))
            stack.append((child, False))
    return " ".join(parts)


def selected_text(selector: Selector, nodes) -> str | None:
    """Text of selected nodes as a shopper reads it: inline pieces joined as they are ("¥<b>12</b>.90" is
    "¥12.90"), separate matches joined by a space."""
    texts = []
    for node in nodes:
        root = node.root
        if isinstance(root, str):
            texts.append(root)
        elif isinstance(root, etree._Element):
            texts.append("".join(root.itertext()))
    pieces = [" ".join(t.split()) for t in texts if t and t.strip()]
    # A struck-through piece selected on its own (``del::text``) ends its list-price label before the next.
    pieces = [p + AFTER_LIST_MARK if p.startswith(LIST_PRICE_MARK.strip()) else p for p in pieces]
    return " ".join(" ".join(pieces).split()) or None
