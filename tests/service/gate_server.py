"""A product page that answers only when the test opens the gate: a crawl that is reliably "in flight"."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>慢速商品</title>
<script type="application/ld+json">{jsonld}</script></head><body><h1>慢速商品</h1></body></html>"""


class GateServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _GateHandler)
        self.gate = threading.Event()
        self.waiting = threading.Event()  # a request is being held
        self.hits = 0
        threading.Thread(target=self.serve_forever, daemon=True, name="gate").start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/item/slow.html"

    def stop(self) -> None:
        self.gate.set()
        self.shutdown()
        self.server_close()


class _GateHandler(BaseHTTPRequestHandler):
    server: GateServer

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            body, status = b"User-agent: *\nAllow: /\n", 200
        else:
            self.server.hits += 1
            self.server.waiting.set()
            self.server.gate.wait(60)
            jsonld = {"@context": "https://schema.org", "@type": "Product", "name": "慢速商品",
                      "offers": {"@type": "Offer", "price": "99.00", "priceCurrency": "CNY",
                                 "availability": "https://schema.org/InStock"}}
            body, status = PAGE.format(jsonld=json.dumps(jsonld, ensure_ascii=False)).encode(), 200
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the crawler was killed while we held its request
            pass
