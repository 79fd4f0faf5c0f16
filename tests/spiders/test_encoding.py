"""Chinese pages in every encoding a shop serves them in, read as Chinese, never as mojibake."""

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse

from spiders.encoding import ChineseEncodingMiddleware, chinese_fallback_encoding
from spiders.job import CrawlTarget

PAGE = "<html><head><title>小鹿 声波电动牙刷</title></head><body><p>到手价 ￥199.00 现货 库存充足</p></body></html>"
SHORT = "<p>缺货</p>"  # short pages are where charset guessing fails (Big5, CP949)


def through_middleware(body: bytes, content_type: str = "text/html", settings: dict | None = None):
    request = Request("http://shop.test/item.html", meta={"target": CrawlTarget(1, "t", "http://shop.test/", settings=settings or {})})
    response = HtmlResponse(request.url, body=body, headers={"Content-Type": content_type}, request=request)
    return ChineseEncodingMiddleware().process_response(request, response)


@pytest.mark.parametrize("text", [PAGE, SHORT])
@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
def test_undeclared_gbk_is_read_as_gb18030(text, encoding):
    response = through_middleware(text.encode(encoding))
    assert response.encoding == "gb18030"
    assert response.text == text


def test_scrapy_alone_would_guess_wrong_on_a_short_page():
    """Why the middleware exists: without it the short page is not Chinese."""
    assert HtmlResponse("http://x/", body=SHORT.encode("gbk")).text != SHORT


@pytest.mark.parametrize("declaration", ['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'])
def test_declared_gbk_in_meta(declaration):
    text = f"<html><head>{declaration}</head><body>{PAGE}</body></html>"
    response = through_middleware(text.encode("gbk"))
    assert "小鹿 声波电动牙刷" in response.text


def test_declared_gbk_in_header():
    response = through_middleware(PAGE.encode("gbk"), "text/html; charset=GBK")
    assert response.text == PAGE


def test_utf8_with_bom():
    response = through_middleware(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    assert response.encoding == "utf-8" and "小鹿" in response.text


def test_page_that_lies_about_utf8():
    response = through_middleware(PAGE.encode("gbk"), "text/html; charset=utf-8")
    assert response.text == PAGE


def test_utf8_pages_are_left_alone():
    assert chinese_fallback_encoding(PAGE.encode("utf-8"), "text/html") is None
    assert chinese_fallback_encoding(PAGE.encode("gbk"), "text/html; charset=big5") is None  # declared: trusted


def test_target_can_force_an_encoding():
    response = through_middleware(PAGE.encode("gbk"), "text/html; charset=utf-8", {"encoding": "gbk"})
    assert response.text == PAGE


def test_utf8_json_passes_through_unchanged():
    request = Request("http://x/a.json")
    response = TextResponse(request.url, body=b'{"a": 1}', encoding="utf-8")
    assert ChineseEncodingMiddleware().process_response(request, response) is response
