"""Public posts about brands: an RSS feed, a JSON search API and an HTML search page.

``/feeds/mentions.xml``            RSS 2.0 of the community's newest posts (links carry ``?spm=`` tracking)
``/api/search?q=…&page=N``         JSON search results, 5 per page
``/search.html?q=…``               HTML search results
``/post/{id}.html``                a post
"""

from __future__ import annotations

from email.utils import format_datetime
from xml.sax.saxutils import escape

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.product_pages import TEMPLATES
from monitor.demoshop.routes import Reply, Router, json_reply, not_found

SEARCH_PAGE_SIZE = 5


def _path(post) -> str:
    return post.path or f"/post/{post.id}.html"


def register(router: Router) -> None:
    @router.get("/feeds/mentions.xml")
    def rss(state: ShopState, params: dict, query: dict) -> Reply:
        base = params["_base"]
        items = "".join(
            f"<item><title>{escape(p.title)}</title><link>{base}{_path(p)}?spm=a1z10.feed.{p.id}</link>"
            f"<guid isPermaLink=\"false\">{p.id}</guid><author>{escape(p.author)}</author>"
            f"<description><![CDATA[<p>{escape(p.text)}</p>]]></description>"
            f"<pubDate>{format_datetime(p.time)}</pubDate></item>"
            for p in state.feedback.posts_for("rss")
        )
        body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>好物社区 最新帖子</title>'
                f"<link>{base}/</link><description>演示社区</description>{items}</channel></rss>")
        return Reply(body=body, content_type="application/rss+xml; charset=utf-8")

    @router.get("/api/search")
    def search_api(state: ShopState, params: dict, query: dict) -> Reply:
        posts = state.feedback.posts_for("search", query.get("q", ""))
        try:
            page = max(1, int(query.get("page", "1")))
        except ValueError:
            page = 1
        chunk = posts[(page - 1) * SEARCH_PAGE_SIZE: page * SEARCH_PAGE_SIZE]
        return json_reply({"status": "ok", "result": {"total": len(posts), "items": [
            {"id": p.id, "title": p.title, "content": p.text, "url": _path(p), "user": {"name": p.author},
             "publishTime": p.time.isoformat(), "site": "好物社区"} for p in chunk]}})

    @router.get("/search.html")
    def search_html(state: ShopState, params: dict, query: dict) -> Reply:
        posts = state.feedback.posts_for("search", query.get("q", ""))
        return Reply(body=TEMPLATES.get_template("search.html").render(query=query.get("q", ""), posts=posts))

    @router.get("/post/{post_id}.html")
    def post_page(state: ShopState, params: dict, query: dict) -> Reply:
        post = next((p for p in state.feedback.posts if p.id == params["post_id"]), None)
        if post is None:
            return not_found("帖子不存在")
        return Reply(body=f"<!DOCTYPE html><meta charset='utf-8'><title>{escape(post.title)}</title>"
                          f"<article><h1>{escape(post.title)}</h1><p>{escape(post.text)}</p></article>")
