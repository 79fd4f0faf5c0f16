"""What crawlers meet on bad days, on purpose: blocks, rate limits, captchas, cut-off and huge responses,
slow answers, a page that fails a few times then recovers, and a path robots.txt forbids.

``/fail/403.html``  ``/fail/429.html``  ``/fail/captcha.html`` (HTTP 200!)  ``/fail/truncated.html``
``/fail/huge.html?mb=20`` (streamed, no Content-Length; ``&declared=1`` announces the size)
``/fail/slow.html?seconds=3``  ``/fail/flaky/{name}.html?fail=2&status=503``  ``/private/{page}``
"""

from __future__ import annotations

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.product_pages import product_page
from monitor.demoshop.routes import Reply, Router

CAPTCHA_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>验证码拦截</title></head><body>
<div id="nocaptcha"><p>亲，请拖动下方滑块完成验证</p><div id="nc_1_wrapper" class="nc-container"></div>
<p class="tip">访问过于频繁，请完成验证后继续访问</p></div><script src="//g.alicdn.com/sd/nch5/index.js"></script>
</body></html>"""
FILLER = ("<p>" + "商品详情 规格参数 售后保障 " * 40 + "</p>\n").encode("utf-8")


def _demo_product(state: ShopState) -> str:
    return product_page(state.get("own", "TB-X1"))


def _number(query: dict, name: str, default: float) -> float:
    try:
        return float(query.get(name, default))
    except ValueError:
        return default


def _huge_chunks(total: int):
    chunk = b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>huge</title></head><body>\n"
    sent = 0
    block = FILLER * max(1, 256 * 1024 // len(FILLER))
    while sent < total:
        piece = chunk if sent == 0 else block[: total - sent]
        sent += len(piece)
        yield piece


def register(router: Router) -> None:
    @router.get("/fail/403.html")
    def forbidden(state: ShopState, params: dict, query: dict) -> Reply:
        return Reply(403, "<!DOCTYPE html><meta charset='utf-8'><h1>403 Forbidden</h1><p>您的访问被拒绝</p>")

    @router.get("/fail/429.html")
    def rate_limited(state: ShopState, params: dict, query: dict) -> Reply:
        return Reply(429, "<!DOCTYPE html><meta charset='utf-8'><h1>429</h1><p>请求过于频繁，请稍后再试</p>")

    @router.get("/fail/captcha.html")
    def captcha(state: ShopState, params: dict, query: dict) -> Reply:
        return Reply(200, CAPTCHA_PAGE)

    @router.get("/fail/truncated.html")
    def truncated(state: ShopState, params: dict, query: dict) -> Reply:
        full = _demo_product(state).encode("utf-8")
        return Reply(200, full[: len(full) * 2 // 5], declared_length=len(full))

    @router.get("/fail/huge.html")
    def huge(state: ShopState, params: dict, query: dict) -> Reply:
        total = int(_number(query, "mb", 20) * 1024 * 1024)
        return Reply(200, chunks=_huge_chunks(total), declared_length=total if query.get("declared") else None)

    @router.get("/fail/slow.html")
    def slow(state: ShopState, params: dict, query: dict) -> Reply:
        return Reply(200, _demo_product(state), delay=_number(query, "seconds", 3))

    @router.get("/fail/flaky/{name}.html")
    def flaky(state: ShopState, params: dict, query: dict) -> Reply:
        if state.flaky_failure(params["name"], int(_number(query, "fail", 2))):
            return Reply(int(_number(query, "status", 503)), "<h1>Service Unavailable 服务繁忙</h1>")
        return Reply(200, _demo_product(state))

    @router.get("/private/{page}")
    def private(state: ShopState, params: dict, query: dict) -> Reply:
        return Reply(200, _demo_product(state))
