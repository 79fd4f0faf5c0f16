"""robots.txt for every request, not only the first.

Scrapy 2.19's RobotsTxtMiddleware awaits the pending robots.txt download with
``maybe_deferred_to_future(deferred)``; converting a Deferred to a Future consumes its result, so only the
first request waiting for a site's robots.txt gets the parser and every other request waiting at the same
moment gets ``None`` — which the middleware reads as "no robots.txt, allow everything". With a batch of
targets on one site (our normal case) disallowed pages were fetched anyway. Here each waiter gets its own
Deferred chained to the pending one, which passes the parser on instead of swallowing it.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    async def robot_parser(self, request: Any) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        waiter: Deferred = Deferred()

        def hand_on(result: Any) -> Any:
            waiter.callback(result)
            return result  # keep the parser for the next waiter

        pending.addCallback(hand_on)
        return await maybe_deferred_to_future(waiter)
