"""The demo shop's HTTP server (stdlib, threaded): what the demo and the tests crawl.

Pages come from the page-family modules through ``routes.build_router``; this module only speaks HTTP,
including the deliberately broken answers (slow, truncated, streamed without a length). The benchmark uses
``fast_server`` instead, the same routes on aiohttp.
"""

from __future__ import annotations

import argparse
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.product_pages import product_page
from monitor.demoshop.routes import Reply, build_router

__all__ = ["DemoShopServer", "main", "product_page"]

ROUTER = build_router()


class ShopHandler(BaseHTTPRequestHandler):
    server: DemoShopServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # keep test and demo output clean
        pass

    def _answer(self, method: str, body: bytes = b"") -> None:
        state = self.server.state
        state.hit(self.path)
        reply = ROUTER.dispatch(state, method, self.path, body, self.server.base_url)
        try:
            self._send(reply)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (too large, timed out): expected here

    def _send(self, reply: Reply) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        streamed = reply.chunks is not None
        data = b"" if streamed else reply.data
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.declared_length is not None:
            self.send_header("Content-Length", str(reply.declared_length))
        elif not streamed:
            self.send_header("Content-Length", str(len(data)))
        if streamed or reply.declared_length is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        for chunk in reply.chunks if streamed else [data]:
            self.wfile.write(chunk)
        self.wfile.flush()

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._answer("POST", self.rfile.read(length))


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

    def url_for(self, key: str, shape: str = "item") -> str:
        shop, sku = key.split("/")
        return f"{self.base_url}/shop/{shop}/{shape}/{sku}.html"

    def start_background(self) -> DemoShopServer:
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
