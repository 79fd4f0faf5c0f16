"""Undeclared GBK pages, read as GBK.

Scrapy honours a charset in the Content-Type header, a BOM and ``<meta charset>``; without any of them it
guesses with charset-normalizer, which on a short Chinese page often says Big5 or CP949 and turns
"价格" into mojibake (changedetection.io #1129 is the same problem). For Chinese shops the right prior is
GB18030 (a superset of GBK and GB2312): a body that is not valid UTF-8 but decodes as GB18030 is GB18030.
The same applies to pages that *declare* UTF-8 but are not (a misconfigured server). A target can also
force an encoding (``encoding: gb18030``).
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Response, TextResponse
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
)

FALLBACK = "gb18030"


def _valid(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def chinese_fallback_encoding(body: bytes, content_type: str) -> str | None:
    """GB18030 when the body's declared (or assumed) UTF-8 does not decode; None to keep Scrapy's choice."""
    if read_bom(body)[0]:
        return None
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    if declared not in (None, "utf-8", "utf8"):
        return None  # a declared GBK/GB2312 page is already read as GB18030 by w3lib's aliases
    if _valid(body, "utf-8"):
        return None
    return FALLBACK if _valid(body, FALLBACK) else None


class ChineseEncodingMiddleware:
    """Downloader middleware: re-labels text responses whose encoding Scrapy would get wrong."""

    def process_response(self, request: Any, response: Response) -> Response:
        if not isinstance(response, TextResponse):
            return response
        target = request.meta.get("target")
        forced = (getattr(target, "settings", None) or {}).get("encoding")
        if forced:
            return response.replace(encoding=forced)
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if encoding := chinese_fallback_encoding(response.body, content_type):
            return response.replace(encoding=encoding)
        return response
