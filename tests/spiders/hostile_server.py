"""A local web server of hostile product pages: saved fixtures (``/p/NAME``) and pages that only make sense
generated or streamed (``/gen/NAME``): compression bombs, a one-byte-per-second drip, a server that never
answers, redirect loops, nesting thousands deep, multi-megabyte page state, regex-bomb inputs, images, PDFs.

It listens on 127.0.0.1 only and is used by ``test_hostile_pages.py`` through the real crawl subprocess.
"""

from __future__ import annotations

import gzip
import json
import threading
import zlib
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
# Fixtures served with a header that lies about (or omits) their encoding.
CONTENT_TYPES = {
    "utf8_served_as_latin1.html": "text/html; charset=iso-8859-1",
    "gbk_served_as_latin1.html": "text/html; charset=ISO-8859-1",
}
GOOD_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",'
           '"name":"小鹿 声波电动牙刷 X1","offers":{"@type":"Offer","price":"199.00","priceCurrency":"CNY",'
           '"availability":"https://schema.org/InStock"}}</script>')
GOOD_LD_NO_STOCK = GOOD_LD.replace(',"availability":"https://schema.org/InStock"', "")
HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>小鹿 声波电动牙刷 X1</title>'
GIB = 1 << 30


@cache
def gzip_bomb() -> bytes:
    """1 GiB of zeros as 16 concatenated gzip members (a valid gzip stream), about 1 MB on the wire."""
    member = gzip.compress(b"\0" * (64 << 20), compresslevel=9)
    return member * 16


@cache
def deflate_bomb() -> bytes:
    return zlib.compress(b"\0" * (256 << 20), 9)


@cache
def brotli_bomb() -> bytes:
    import brotli

    return brotli.compress(b"\0" * GIB, quality=1)


def deep_html(depth: int, before: str = "", after: str = "") -> str:
    return f"{HEAD}</head><body>{before}" + "<div>" * depth + "深" + "</div>" * depth + f"{after}</body></html>"


def huge_state() -> str:
    """About 6 MB of ``__INITIAL_STATE__``: the item first, then 30,000 recommended items with prices."""
    state = {"item": {"itemId": "600001", "title": "小鹿 声波电动牙刷 X1", "promotionPrice": "199.00",
                      "originalPrice": "299.00", "stock": 120},
             "recommend": {"list": [{"itemId": str(700000 + i), "title": f"推荐商品 {i} 电动牙刷 替换刷头 旅行装",
                                     "price": f"{10 + i % 500}.00", "desc": "包邮 正品保障 七天无理由退换" * 6}
                                    for i in range(30000)]}}
    return (f"{HEAD}</head><body><h1>小鹿 声波电动牙刷 X1</h1><script>window.__INITIAL_STATE__ = "
            f"{json.dumps(state, ensure_ascii=False)};</script></body></html>")


def generated(name: str) -> tuple[int, dict[str, str], bytes] | None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    pages = {
        # A normal page in the same crawl: hostile neighbours must not cost it its result.
        "control.html": lambda: f"{HEAD}{GOOD_LD}</head><body><h1>小鹿 声波电动牙刷 X1</h1></body></html>",
        "deep-html-jsonld.html": lambda: deep_html(10000).replace("</head>", GOOD_LD + "</head>", 1),
        "deep-html-selector.html": lambda: deep_html(
            10000, before='<h1 class="tb-main-title">小鹿 声波电动牙刷 X1</h1><div class="tb-price">¥199.00</div>'
                          '<a id="J_LinkBuy">立即购买</a>'),
        "deep-state.html": lambda: (f"{HEAD}</head><body><script>window.__INITIAL_STATE__ = "
                                    + '{"item":{"price":"199.00","x":' + '{"a":' * 200000 + "1" + "}" * 200000
                                    + "}};</script></body></html>"),
        "deep-jsonld-and-good.html": lambda: (
            f'{HEAD}<script type="application/ld+json">{{"@context":"https://schema.org","@graph":'
            + "[" * 200000 + "]" * 200000 + f"}}</script>{GOOD_LD}</head><body></body></html>"),
        "deep-graph-jsonld.html": lambda: (
            f'{HEAD}<script type="application/ld+json">' + '{"@graph":' * 900 + GOOD_LD.split(">", 1)[1]
            .rsplit("<", 1)[0] + "}" * 900 + "</script></head><body></body></html>"),
        "huge-state.html": huge_state,
        "regex-bomb-script.html": lambda: (f"{HEAD}</head><body><script>x=1;" + "a" * 300000
                                           + "</script></body></html>"),
        "regex-bomb-ldjson.html": lambda: (f"{HEAD}</head><body>"
                                           + '<script type="application/ld+json">{' * 30000 + "</body></html>"),
        "regex-bomb-digits.html": lambda: (f"{HEAD}{GOOD_LD_NO_STOCK}"
                                           f"</head><body><p>" + "1" * 300000
                                           + "</p><a id='J_LinkBuy'>立即购买</a></body></html>"),
        "regex-bomb-price-text.html": lambda: (f'{HEAD}</head><body><div class="tb-price">¥' + "1," * 100000
                                               + "</div></body></html>"),
        "empty.html": lambda: "",
        "meta-refresh-loop.html": lambda: ('<html><head><meta http-equiv="refresh" content="0;url=/gen/meta-refresh-loop.html">'
                                           "</head><body>跳转中</body></html>"),
        "meta-refresh-login.html": lambda: ('<html><head><meta http-equiv="refresh" '
                                            'content="0; url=/p/login_wall_taobao.html"></head><body></body></html>'),
    }
    if name in pages:
        return 200, html, pages[name]().encode("utf-8")
    if name == "deep.json":
        return 200, {"Content-Type": "application/json"}, ('{"data":' * 200000 + "1" + "}" * 200000).encode()
    if name == "gzip-bomb.html":
        return 200, {**html, "Content-Encoding": "gzip"}, gzip_bomb()
    if name == "deflate-bomb.html":
        return 200, {**html, "Content-Encoding": "deflate"}, deflate_bomb()
    if name == "br-bomb.html":
        return 200, {**html, "Content-Encoding": "br"}, brotli_bomb()
    if name == "image.png":
        return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    if name == "doc.pdf":
        return 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n" + bytes(range(256)) * 20
    if name == "garbage.html":  # binary garbage labelled as HTML
        return 200, html, bytes((i * 97 + 13) % 256 for i in range(20000))
    if name == "octet-stream":  # a product page served as a download
        return 200, {"Content-Type": "application/octet-stream"}, gzip_bomb()[:4096]
    return None


class Handler(BaseHTTPRequestHandler):
    server: HostileServer

    def log_message(self, format: str, *args) -> None:
        pass

    def send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/p/") and (FIXTURES / path[3:]).is_file():
            name = path[3:]
            return self.send(200, {"Content-Type": CONTENT_TYPES.get(name, "text/html")},
                             (FIXTURES / name).read_bytes())
        if path == "/gen/drip.html":  # headers at once, then one byte per second of a 2,000-byte page
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "2000")
            self.end_headers()
            for _ in range(2000):
                if self.server.stopping.wait(1.0):
                    return
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
            return None
        if path == "/gen/stall.html":  # accepts the connection, never answers
            self.server.stopping.wait(120)
            return None
        if path == "/gen/redirect-loop.html":
            return self.send(302, {"Location": "/gen/redirect-loop.html"}, b"")
        if path.startswith("/gen/redirect-chain/"):
            hop = int(path.rsplit("/", 1)[1])
            return self.send(302, {"Location": f"/gen/redirect-chain/{hop + 1}"}, b"")
        if path == "/gen/302-login.html":
            return self.send(302, {"Location": "/p/login_wall_taobao.html"}, b"")
        if path.startswith("/gen/") and (found := generated(path[5:])) is not None:
            return self.send(*found)
        return self.send(404, {"Content-Type": "text/html"}, b"<h1>404</h1>")


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.serve_forever, name="hostile-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> HostileServer:
        for bomb in (gzip_bomb, deflate_bomb, brotli_bomb):  # built before the crawl's clock starts
            bomb()
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
