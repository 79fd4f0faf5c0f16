"""Lists of records (reviews, search results) read through a target's field mapping.

One mapping shape for HTML and JSON: ``items`` selects each record (CSS/XPath on HTML, JSONPath on JSON),
each field is a selector relative to one record. Listings also say where the next page is: a link, a cursor
value, or nothing (then the page number is counted).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector

from spiders.extraction.page_state import parse_json_body
from spiders.extraction.selectors import (
    SelectorError,
    joined_text,
    jsonpath_values,
    split_spec,
)


class Listing:
    """One fetched listing page, HTML or JSON, with the records its ``items`` selector finds."""

    def __init__(self, body: str, fmt: str = "auto", selector: Selector | None = None) -> None:
        self.data: Any = None
        self.selector: Selector | None = None
        if fmt in ("auto", "json") and body.lstrip("\ufeff \t\r\n")[:1] != "<":
            self.data = parse_json_body(body)
        if self.data is None:
            if fmt == "json":
                raise SelectorError("expected a JSON response but the body is not JSON")
            self.selector = selector if selector is not None else Selector(text=body)

    @property
    def is_json(self) -> bool:
        return self.data is not None

    def records(self, items: str) -> list[Any] | None:
        """The record nodes, [] for an empty list, or None when the selector finds no list at all."""
        kind, expression = split_spec(items)
        if self.is_json:
            if kind not in ("jsonpath", "css"):  # a bare expression is taken as a path on JSON
                raise SelectorError(f"items selector {items!r} cannot run on JSON (use jsonpath:…)")
            found = jsonpath_values(self.data, expression)
            if not found and expression.endswith("[*]"):  # "$.list[*]" on an empty list: no reviews yet
                parent = jsonpath_values(self.data, expression[:-3])
                return [] if parent and isinstance(parent[0], list) else None
            if not found:
                return None
            if len(found) == 1 and isinstance(found[0], list):
                return found[0]
            return found
        if kind == "jsonpath":
            raise SelectorError(f"items selector {items!r} is JSONPath but the page is HTML")
        try:
            nodes = self.selector.css(expression) if kind == "css" else self.selector.xpath(expression)
        except ValueError as exc:
            raise SelectorError(f"bad {kind} selector {expression!r}: {exc}") from None
        return list(nodes) or None

    def value(self, spec: str | None) -> Any:
        """A page-level value (next cursor, next link)."""
        if not spec:
            return None
        return field_value(self.data if self.is_json else self.selector, spec)


def _json_field(node: Any, kind: str, expression: str) -> Any:
    if kind not in ("jsonpath", "css"):
        raise SelectorError(f"field selector {kind}:{expression} cannot run on JSON (use a path like user.nick)")
    values = jsonpath_values(node, expression)
    return values[0] if len(values) == 1 else (values or None)


def field_value(node: Any, spec: str | None) -> Any:
    """A field of one record: text (HTML) or the raw JSON value (number, string, list)."""
    if not spec or node is None:
        return None
    kind, expression = split_spec(spec)
    if not isinstance(node, Selector):
        return _json_field(node, kind, expression)
    try:
        if kind == "regex":
            found = node.re_first(expression)
            return found.strip() if found else None
        if kind == "jsonpath":
            raise SelectorError(f"field selector {spec!r} is JSONPath but the page is HTML")
        nodes = node.css(expression) if kind == "css" else node.xpath(expression)
    except ValueError as exc:
        raise SelectorError(f"bad {kind} selector {expression!r}: {exc}") from None
    return joined_text(nodes.getall())


def field_count(node: Any, spec: str | None) -> int:
    """How many things a field selects: images of a review (a count, a list, or matching elements)."""
    if not spec or node is None:
        return 0
    kind, expression = split_spec(spec)
    if isinstance(node, Selector) and kind in ("css", "xpath"):
        try:
            return len(node.css(expression) if kind == "css" else node.xpath(expression))
        except ValueError as exc:
            raise SelectorError(f"bad {kind} selector {expression!r}: {exc}") from None
    value = field_value(node, spec)
    if isinstance(value, list):
        return len(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return 0


def with_query(url: str, **params: Any) -> str:
    """``url`` with query parameters set (page=3, cursor=abc), the others kept."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def query_value(url: str, name: str) -> str | None:
    return dict(parse_qsl(urlsplit(url).query)).get(name)
