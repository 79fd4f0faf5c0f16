"""Server-neutral routing for the demo shop: handlers return a ``Reply``; the stdlib server (tests, demo) and
the aiohttp server (benchmark) both send it. Page families register their routes in their own modules."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from monitor.demoshop.catalog import ShopState


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (a slow site)
    chunks: Iterable[bytes] | None = None  # streamed without Content-Length, connection closed at the end
    declared_length: int | None = None  # announce more bytes than sent, then close (a truncated response)

    @property
    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


def json_reply(payload: object, status: int = 200) -> Reply:
    return Reply(status, json.dumps(payload, ensure_ascii=False), "application/json; charset=utf-8")


def not_found(message: str = "404 商品不存在") -> Reply:
    return Reply(404, f"<!DOCTYPE html><meta charset='utf-8'><h1>{message}</h1>")


Handler = Callable[[ShopState, dict[str, str], dict[str, str]], "Reply | None"]


class Router:
    """``/shop/{shop}/item/{sku}.html`` style patterns; the first matching route answers."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern, Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+?)", re.escape(pattern).replace(r"\{", "{").replace(r"\}", "}"))
        self.routes.append((method, re.compile(f"^{regex}$"), handler))

    def get(self, pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.add("GET", pattern, handler)
            return handler
        return register

    def post(self, pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.add("POST", pattern, handler)
            return handler
        return register

    def dispatch(self, state: ShopState, method: str, target: str, body: bytes = b"", base_url: str = "") -> Reply:
        """Answer one request. ``base_url`` (scheme and host the client used) is passed to handlers as
        ``params["_base"]`` for pages that need absolute links (feeds)."""
        path, _, query_string = target.partition("?")
        query = dict(parse_qsl(query_string, keep_blank_values=True))
        if method == "POST":
            try:
                query = {**query, **(json.loads(body or b"{}") or {})}
            except ValueError:
                return json_reply({"error": "body must be JSON"}, 400)
        for route_method, pattern, handler in self.routes:
            if route_method == method and (match := pattern.match(path)):
                reply = handler(state, {**match.groupdict(), "_base": base_url}, query)
                if reply is not None:  # None: "not mine", the next matching route answers
                    return reply
        return not_found() if method == "GET" else json_reply({"error": "unknown endpoint"}, 404)


def build_router() -> Router:
    """Every page family of the shop on one router."""
    from monitor.demoshop import (
        admin_pages,
        bench_pages,
        failure_pages,
        mention_pages,
        product_pages,
        review_pages,
    )

    router = Router()
    for family in (admin_pages, product_pages, review_pages, mention_pages, failure_pages, bench_pages):
        family.register(router)
    return router
