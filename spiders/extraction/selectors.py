"""A target's own selectors: ``css:…``, ``xpath:…``, ``regex:…``, ``jsonpath:…`` (JSON bodies); a bare
expression is CSS. They win over everything else because the user wrote them for this page."""

from __future__ import annotations

import json
import re
from typing import Any

from parsel import Selector


class SelectorError(ValueError):
    """The selector itself is malformed (a user error, reported as such)."""


def _jsonpath(body: str, expression: str) -> str | None:
    from jsonpath_ng.ext import parse as parse_jsonpath

    try:
        data: Any = json.loads(body)
    except ValueError:
        return None
    try:
        matches = parse_jsonpath(expression).find(data)
    except Exception as exc:  # jsonpath_ng raises several parser error types
        raise SelectorError(f"bad JSONPath {expression!r}: {exc}") from None
    return None if not matches else str(matches[0].value)


def select_text(selector: Selector, body: str, spec: str) -> str | None:
    """Apply one selector spec and return the joined, stripped text it finds, or None."""
    kind, _, expression = spec.partition(":")
    if kind not in ("css", "xpath", "regex", "jsonpath"):
        kind, expression = "css", spec
    try:
        if kind == "regex":
            match = re.search(expression, body, re.S)
            if not match:
                return None
            return (match.group(1) if match.groups() else match.group(0)).strip()
        if kind == "jsonpath":
            return _jsonpath(body, expression)
        nodes = selector.css(expression) if kind == "css" else selector.xpath(expression)
    except (ValueError, re.error) as exc:
        raise SelectorError(f"bad {kind} selector {expression!r}: {exc}") from None
    texts = nodes.getall()
    if not texts:
        return None
    joined = " ".join(t if "<" not in t else Selector(text=t).xpath("string()").get() for t in texts)
    return " ".join(joined.split()) or None
