"""Undeclared GBK pages, read as GBK.

Scrapy honours a charset in the Content-Type header, a BOM and ``<meta charset>``; without any of them it
guesses with charset-normalizer, which on a short Chinese page often says Big5 or CP949 and turns
"价格" into mojibake (changedetection.io #1129 is the same problem). For Chinese shops the right prior is
GB18030 (a superset of GBK and GB2312): a body that is not valid UTF-8 but decodes as GB18030 is GB18030.
The same applies to pages that *declare* UTF-8 but are not (a misconfigured server). A target can also
force an encoding (``encoding: gb18030``).
"""

from __future__ import annotations

import re
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


# Declared charsets that servers use by default, not because they know: a Chinese page "in" one of these is
# really UTF-8 or GB18030.
_DEFAULT_CHARSETS = {"iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252", "us-ascii", "ascii", "ansi_x3.4-1968"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _multibyte_utf8(body: bytes) -> bool:
    """Valid UTF-8 with several multi-byte characters: by chance a GBK page almost never is."""
    return len(_UTF8_MULTIBYTE.findall(body[:200000])) >= 4 and _valid(body, "utf-8")


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def chinese_fallback_encoding(body: bytes, content_type: str) -> str | None:
    """The encoding a Chinese page really has when its declaration (or absence of one) is wrong; None to keep
    Scrapy's choice. Undeclared or declared-UTF-8 bodies that do not decode as UTF-8 are GB18030; bodies
    declared GBK or a server-default Latin-1 that are valid multi-byte UTF-8 are UTF-8; Latin-1 bodies that
    decode as GB18030 into Chinese are GB18030."""
    if read_bom(body)[0]:
        return None
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    if declared not in (None, "utf-8", "utf8"):
        if _multibyte_utf8(body):
            return "utf-8"  # "charset=gbk" (or ISO-8859-1) on a UTF-8 page: mojibake labels and titles
        if declared in _DEFAULT_CHARSETS and _valid(body, FALLBACK) \
                and len(_CJK.findall(body[:200000].decode(FALLBACK))) >= 4:
            return FALLBACK
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
