"""A target's own selectors: ``css:…``, ``xpath:…``, ``regex:…``, ``jsonpath:…`` (JSON bodies and embedded
page state); a bare expression is CSS. They win over everything else because the user wrote them for this
page."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from parsel import Selector

_NO_DATA = object()


class SelectorError(ValueError):
    """The selector itself is malformed (a user error, reported as such)."""


def split_spec(spec: str) -> tuple[str, str]:
    kind, _, expression = spec.partition(":")
    if kind not in ("css", "xpath", "regex", "jsonpath"):
        return "css", spec
    return kind, expression


@lru_cache(maxsize=256)
def _compiled_jsonpath(expression: str):
    from jsonpath_ng.ext import parse as parse_jsonpath

    try:
        return parse_jsonpath(expression)
    except Exception as exc:  # noqa: BLE001 - jsonpath_ng raises several unrelated parser error types
        raise SelectorError(f"bad JSONPath {expression!r}: {exc}") from None


def jsonpath_values(data: Any, expression: str) -> list[Any]:
    """Every value a JSONPath finds; a path without ``$`` is taken relative to ``data`` (``user.nick``)."""
    if not expression.startswith("$"):
        expression = "$." + expression
    return [match.value for match in _compiled_jsonpath(expression).find(data)]


def select_text(selector: Selector | None, body: str, spec: str, data: Any = _NO_DATA) -> str | None:
    """Apply one selector spec and return the joined, stripped text it finds, or None.

    ``data`` is what JSONPath runs on: a JSON body or a page's embedded state; without it the body is
    parsed as JSON.
    """
    kind, expression = split_spec(spec)
    if kind == "jsonpath":
        if data is _NO_DATA:
            try:
                data = json.loads(body)
            except ValueError:
                return None
        values = jsonpath_values(data, expression)
        if not values or values[0] is None:
            return None
        first = values[0]
        return json.dumps(first, ensure_ascii=False) if isinstance(first, (dict, list)) else str(first)
    try:
        if kind == "regex":
            match = re.search(expression, body, re.DOTALL)
            if not match:
                return None
            return (match.group(1) if match.groups() else match.group(0)).strip()
        nodes = selector.css(expression) if kind == "css" else selector.xpath(expression)
    except (ValueError, re.error) as exc:
        raise SelectorError(f"bad {kind} selector {expression!r}: {exc}") from None
    return joined_text(nodes.getall())


def joined_text(texts: list[str]) -> str | None:
    """Selected strings (text nodes, attributes or whole elements) as one whitespace-normalised string."""
    if not texts:
        return None
    joined = " ".join(t if "<" not in t else Selector(text=t).xpath("string()").get() for t in texts)
    return " ".join(joined.split()) or None
