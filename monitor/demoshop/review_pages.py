"""Review listings of every catalogue item, newest first, 10 per page.

``/shop/{shop}/reviews/{sku}.html?page=N``   HTML with a "下一页" link
``/api/reviews?key=shop/SKU&page=N``         JSON, page numbers, times as text
``/api/reviews/cursor?key=shop/SKU&cursor=C`` JSON, opaque cursor, times as epoch milliseconds
"""

from __future__ import annotations

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.feedback import DemoReview
from monitor.demoshop.product_pages import TEMPLATES
from monitor.demoshop.routes import Reply, Router, json_reply, not_found

PAGE_SIZE = 10


def _record(review: DemoReview, epoch_ms: bool = False) -> dict:
    return {
        "rateId": review.id,
        "userNick": review.author,
        "rateScore": review.rating,
        "rateContent": review.text,
        "rateDate": int(review.time.timestamp() * 1000) if epoch_ms else review.time.strftime("%Y-%m-%d %H:%M:%S"),
        "auctionSku": review.sku,
        "pics": [f"//img.demo.test/rate/{review.id}-{n}.jpg" for n in range(review.images)],
        "appendComment": {"content": review.followup} if review.followup else None,
    }


def _page_number(query: dict) -> int:
    try:
        return max(1, int(query.get("page", "1")))
    except ValueError:
        return 1


def register(router: Router) -> None:
    @router.get("/shop/{shop}/reviews/{sku}.html")
    def html_reviews(state: ShopState, params: dict, query: dict) -> Reply:
        listing = state.get(params["shop"], params["sku"])
        if listing is None:
            return not_found()
        reviews = state.feedback.reviews_of(listing.key)
        page = _page_number(query)
        chunk = reviews[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        return Reply(body=TEMPLATES.get_template("reviews.html").render(
            title=listing.title, total=len(reviews), page=page, reviews=chunk,
            has_next=page * PAGE_SIZE < len(reviews)))

    @router.get("/api/reviews")
    def json_reviews(state: ShopState, params: dict, query: dict) -> Reply:
        key = query.get("key", "")
        if state.get(*key.partition("/")[::2]) is None:
            return json_reply({"code": 404, "msg": "商品不存在"}, 404)
        reviews = state.feedback.reviews_of(key)
        page = _page_number(query)
        chunk = reviews[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        return json_reply({"code": 0, "data": {"total": len(reviews), "page": page,
                                               "rateList": [_record(r) for r in chunk]}})

    @router.get("/api/reviews/cursor")
    def cursor_reviews(state: ShopState, params: dict, query: dict) -> Reply:
        key = query.get("key", "")
        if state.get(*key.partition("/")[::2]) is None:
            return json_reply({"code": 404, "msg": "商品不存在"}, 404)
        reviews = state.feedback.reviews_of(key)
        cursor = query.get("cursor") or ""
        start = next((i + 1 for i, r in enumerate(reviews) if r.id == cursor), 0) if cursor else 0
        chunk = reviews[start: start + PAGE_SIZE]
        more = start + PAGE_SIZE < len(reviews)
        return json_reply({"code": 0, "data": {"comments": [_record(r, epoch_ms=True) for r in chunk],
                                               "hasMore": more, "nextCursor": chunk[-1].id if more and chunk else None}})
