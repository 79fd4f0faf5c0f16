"""The shop's front page, robots.txt and the admin endpoints scripts and tests use to move prices and add
reviews or posts: ``POST /_admin/advance``, ``POST /_admin/set {"key": "rival-a/TB-X1", "price": "159"}``,
``POST /_admin/review {"key": …, "text": …}``, ``POST /_admin/post {"title": …, "text": …}``,
``GET /_admin/hits?prefix=/api/`` (requests served, to check that crawls stop paging)."""

from __future__ import annotations

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.routes import Reply, Router, json_reply

ROBOTS = "User-agent: *\nDisallow: /_admin/\nDisallow: /private/\n"


def register(router: Router) -> None:
    @router.get("/robots.txt")
    def robots(state: ShopState, params: dict, query: dict) -> Reply:
        return Reply(200, ROBOTS, "text/plain", delay=state.robots_delay)

    @router.get("/")
    def index(state: ShopState, params: dict, query: dict) -> Reply:
        links = "".join(
            f'<li><a href="/shop/{l["shop"]}/item/{l["sku"]}.html">{l["title"]}</a> ¥{l["price"]}</li>'
            for l in state.snapshot()
        )
        return Reply(200, f"<!DOCTYPE html><meta charset='utf-8'><title>演示商城</title><ul>{links}</ul>")

    @router.get("/_admin/state")
    def show_state(state: ShopState, params: dict, query: dict) -> Reply:
        return json_reply({"step": state.step, "listings": state.snapshot()})

    @router.get("/_admin/hits")
    def hits(state: ShopState, params: dict, query: dict) -> Reply:
        return json_reply(state.hits_under(query.get("prefix", "/")))

    @router.post("/_admin/advance")
    def advance(state: ShopState, params: dict, payload: dict) -> Reply:
        return json_reply({"step": state.advance()})

    @router.post("/_admin/set")
    def set_listing(state: ShopState, params: dict, payload: dict) -> Reply:
        try:
            listing = state.set(payload["key"], payload.get("price"), payload.get("stock"), payload.get("list_price"))
        except KeyError:
            return json_reply({"error": f"unknown listing {payload.get('key')!r}"}, 404)
        return json_reply({"key": listing.key, "price": str(listing.price), "stock": listing.stock})

    @router.post("/_admin/review")
    def add_review(state: ShopState, params: dict, payload: dict) -> Reply:
        if state.get(*str(payload.get("key", "")).partition("/")[::2]) is None or not payload.get("text"):
            return json_reply({"error": "need an existing listing key and a text"}, 400)
        review = state.feedback.add_review(payload["key"], payload["text"], int(payload.get("rating", 1)))
        return json_reply({"id": review.id})

    @router.post("/_admin/post")
    def add_post(state: ShopState, params: dict, payload: dict) -> Reply:
        if not payload.get("title") or not payload.get("text"):
            return json_reply({"error": "need a title and a text"}, 400)
        post = state.feedback.add_post(payload["title"], payload["text"], payload.get("channel", "both"))
        return json_reply({"id": post.id})
