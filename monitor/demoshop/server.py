"""The demo shop's HTTP server (stdlib, threaded) with admin endpoints that scripts and tests use to move
prices: ``POST /_admin/advance`` and ``POST /_admin/set`` with ``{"key": "rival-a/TB-X1", "price": "159"}``."""

from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from monitor.demoshop.catalog import SHOPS, Listing, ShopState

_TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=select_autoescape(["html"])
)
_SCHEMA_STOCK = {
    "in_stock": "https://schema.org/InStock",
    "out_of_stock": "https://schema.org/OutOfStock",
    "preorder": "https://schema.org/PreOrder",
    "limited": "https://schema.org/LimitedAvailability",
}
_STOCK_TEXT = {"in_stock": "现货 库存充足", "out_of_stock": "已售罄 暂时无货", "preorder": "预售 付定金", "limited": "仅剩3件"}


def product_page(listing: Listing) -> str:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": listing.title,
        "sku": listing.sku,
        "brand": {"@type": "Brand", "name": listing.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{listing.price:.2f}",
            "priceCurrency": "CNY",
            "availability": _SCHEMA_STOCK[listing.stock],
            "seller": {"@type": "Organization", "name": SHOPS[listing.shop]},
            **({"priceSpecification": [{"@type": "UnitPriceSpecification", "priceType": "https://schema.org/ListPrice",
                                        "price": f"{listing.list_price:.2f}", "priceCurrency": "CNY"}]}
               if listing.list_price else {}),
        },
    }
    return _TEMPLATES.get_template("product.html").render(
        l=listing, shop_name=SHOPS[listing.shop], stock_text=_STOCK_TEXT[listing.stock],
        jsonld=json.dumps(jsonld, ensure_ascii=False).replace("</", "<\\/"),
    )


class ShopHandler(BaseHTTPRequestHandler):
    server: "DemoShopServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # keep test and demo output clean
        pass

    def _send(self, status: int, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _json(self, status: int, payload: object) -> None:
        self._send(status, json.dumps(payload, ensure_ascii=False), "application/json; charset=utf-8")

    def do_GET(self) -> None:
        state = self.server.state
        path = self.path.split("?", 1)[0]
        if path == "/robots.txt":
            return self._send(200, "User-agent: *\nDisallow: /_admin/\n", "text/plain")
        if path == "/_admin/state":
            return self._json(200, {"step": state.step, "listings": state.snapshot()})
        if path == "/":
            links = "".join(
                f'<li><a href="/shop/{l["shop"]}/item/{l["sku"]}.html">{l["title"]}</a> ¥{l["price"]}</li>'
                for l in state.snapshot()
            )
            return self._send(200, f"<!DOCTYPE html><meta charset='utf-8'><title>演示商城</title><ul>{links}</ul>")
        parts = path.strip("/").split("/")
        if len(parts) == 4 and parts[0] == "shop" and parts[2] == "item" and parts[3].endswith(".html"):
            listing = state.get(parts[1], parts[3][: -len(".html")])
            if listing:
                return self._send(200, product_page(listing))
        self._send(404, "<h1>404 商品不存在</h1>")

    def do_POST(self) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length") or 0)
        try:
            payload = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return self._json(400, {"error": "body must be JSON"})
        if self.path == "/_admin/advance":
            return self._json(200, {"step": state.advance()})
        if self.path == "/_admin/set":
            try:
                listing = state.set(payload["key"], payload.get("price"), payload.get("stock"), payload.get("list_price"))
            except KeyError:
                return self._json(404, {"error": f"unknown listing {payload.get('key')!r}"})
            return self._json(200, {"key": listing.key, "price": str(listing.price), "stock": listing.stock})
        self._json(404, {"error": "unknown endpoint"})


class DemoShopServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0, state: ShopState | None = None) -> None:
        super().__init__((host, port), ShopHandler)
        self.state = state or ShopState()
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def url_for(self, key: str) -> str:
        shop, sku = key.split("/")
        return f"{self.base_url}/shop/{shop}/item/{sku}.html"

    def start_background(self) -> "DemoShopServer":
        self._thread = threading.Thread(target=self.serve_forever, name="demo-shop", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the demo shop")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    args = parser.parse_args()
    server = DemoShopServer(args.host, args.port)
    print(f"demo shop on {server.base_url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
