"""The demo shop on aiohttp: the same routes as ``server`` in one asyncio process, fast enough that a
benchmark crawling hundreds of pages per second measures the crawler, not the shop.

``python -m monitor.demoshop.fast_server --port 0`` prints ``demo shop on http://127.0.0.1:PORT``.
"""

from __future__ import annotations

import argparse
import asyncio
import socket

from aiohttp import web

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.routes import build_router

ROUTER = build_router()


def make_app(state: ShopState | None = None) -> web.Application:
    state = state or ShopState()

    async def handle(request: web.Request) -> web.StreamResponse:
        body = await request.read() if request.can_read_body else b""
        state.hit(request.path_qs)
        reply = ROUTER.dispatch(state, request.method, request.path_qs, body, f"{request.scheme}://{request.host}")
        if reply.delay:
            await asyncio.sleep(reply.delay)
        headers = {"Content-Type": reply.content_type, **reply.headers}
        if reply.chunks is None and reply.declared_length is None:
            return web.Response(status=reply.status, body=reply.data, headers=headers)
        if reply.declared_length is not None:
            headers["Content-Length"] = str(reply.declared_length)
        response = web.StreamResponse(status=reply.status, headers=headers)
        response.force_close()
        await response.prepare(request)
        for chunk in reply.chunks if reply.chunks is not None else [reply.data]:
            await response.write(chunk)
        request.transport.close() if request.transport else None
        return response

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the demo shop with aiohttp (for benchmarks)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8801)
    args = parser.parse_args()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    print(f"demo shop on http://{host}:{port}", flush=True)
    web.run_app(make_app(), sock=sock, print=None, access_log=None, handle_signals=True)


if __name__ == "__main__":
    main()
