"""The product extractor on saved pages of every shape: structured data, page state, APIs, encodings."""

from decimal import Decimal
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request

from spiders.encoding import ChineseEncodingMiddleware
from spiders.extraction.product import Problem, Product, extract_product

FIXTURES = Path(__file__).parent / "fixtures"
D = Decimal


def read(name: str, settings: dict | None = None) -> Product | Problem:
    """As the spider does: the response passes the encoding middleware, the parsed tree is reused."""
    body = (FIXTURES / name).read_bytes()
    response = HtmlResponse("http://shop.example.test/item.html", body=body, headers={"Content-Type": "text/html"})
    response = ChineseEncodingMiddleware().process_response(Request(response.url), response)
    return extract_product(response.text, settings or {}, selector=response.selector)


def product(name: str, settings: dict | None = None) -> Product:
    result = read(name, settings)
    assert isinstance(result, Product), result
    return result


def test_microdata_with_list_price_specification():
    p = product("demo_microdata.html")
    assert (p.price, p.list_price, p.stock, p.source) == (D("89.00"), D("129.00"), "in_stock", "microdata")
    assert p.title == "小鹿 316不锈钢保温杯 500ml 大容量 办公室"


def test_opengraph_sale_price_is_what_a_buyer_pays():
    p = product("demo_opengraph.html")
    assert (p.price, p.list_price, p.source) == (D("99.00"), D("139.00"), "opengraph")


def test_aggregate_offer_keeps_low_and_high():
    p = product("jsonld_aggregate_offer.html")
    assert (p.price, p.price_high, p.stock) == (D("59.00"), D("89.00"), "in_stock")


def test_hand_written_json_ld_with_comments_and_trailing_commas():
    p = product("jsonld_hand_written.html")
    assert (p.price, p.stock) == (D("299"), "preorder")


def test_initial_state_skips_recommendations():
    p = product("demo_state.html")
    assert (p.price, p.list_price, p.stock, p.source) == (D("209.00"), D("299.00"), "in_stock", "state")
    assert p.title.startswith("竞品甲 声波电动牙刷")


def test_next_data():
    p = product("demo_next_data.html")
    assert (p.price, p.list_price, p.source) == (D("329.00"), D("399.00"), "state")


def test_g_config_with_prices_in_fen():
    p = product("demo_g_config.html", {"selectors": {"price_unit": "fen"}})
    assert (p.price, p.list_price) == (D("299"), D("349"))


def test_pinduoduo_raw_data_in_fen():
    p = product("pdd_goods.html", {"selectors": {"price_unit": "fen"}})
    assert (p.price, p.list_price) == (D("19.90"), D("25.90"))
    assert p.title == "小鹿 316不锈钢保温杯 500ml 大容量 办公室"  # not the recommended item's


def test_variant_in_state_picked_by_sku_id():
    black = product("pdd_goods.html", {"selectors": {"price_unit": "fen", "sku": "1002"}})
    assert (black.price, black.list_price, black.stock, black.sku) == (D("29.90"), D("35.90"), "out_of_stock", "1002")


def test_variant_in_sku_map_picked_by_key():
    p = product("demo_variants.html", {"selectors": {"sku": "5002"}})
    assert (p.price, p.stock, p.sku) == (D("219.00"), "out_of_stock", "5002")
    assert p.title.startswith("竞品甲")  # variants inherit the page's title


def test_variants_without_sku_are_ambiguous_and_named():
    result = read("demo_variants.html")
    assert isinstance(result, Problem) and result.kind == "ambiguous"
    assert "5001, 5002, 5003" in result.reason


def test_unknown_variant_names_the_known_ones():
    result = read("demo_variants.html", {"selectors": {"sku": "9999"}})
    assert isinstance(result, Problem) and "5001" in result.reason


def test_undeclared_gbk_page_reads_as_chinese():
    p = product("taobao_gbk_undeclared.html",
                {"selectors": {"price": "css:.tb-meta", "stock": "css:#J_SpanStock::text", "title": "css:h1::text"}})
    assert (p.price, p.list_price, p.stock) == (D("329.00"), D("399.00"), "in_stock")
    assert p.title == "小鹿 蓝牙耳机 Pro 主动降噪"


def test_demo_gbk_page_and_utf8_bom_page():
    selectors = {"selectors": {"price": "css:#J_PromoPrice::text", "title": "css:h1::text", "stock": "css:#J_EmStock::text"}}
    gbk, bom = product("demo_plain_gbk_undeclared.html", selectors), product("demo_plain_bom.html", selectors)
    assert (gbk.price, gbk.title, gbk.stock) == (D("209.00"), "竞品甲 声波电动牙刷 成人款 情侣套装 IPX7防水", "in_stock")
    assert (bom.price, bom.title) == (D("199.00"), "小鹿 声波电动牙刷 X1 成人款 5档清洁 磁悬浮马达")


def test_promo_panel_read_as_one_text():
    p = product("promo_panel.html", {"selectors": {"price": "css:.price-panel", "stock": "css:.stock::text"}})
    assert (p.price, p.list_price, p.stock) == (D("99.00"), D("139.00"), "limited")


def test_jd_item_page_has_no_price_without_its_price_api():
    result = read("jd_item.html")
    assert isinstance(result, Problem) and result.kind == "no_price"


def test_jd_price_api_jsonp_with_jsonpath():
    body = (FIXTURES / "jd_price.jsonp").read_text()
    p = extract_product(body, {"selectors": {"price": "jsonpath:$[0].p", "list_price": "jsonpath:$[0].m"}})
    assert (p.price, p.list_price, p.source) == (D("199.00"), D("299.00"), "api")


def test_json_api_by_key_names():
    body = '{"code":0,"data":{"item":{"title":"保温杯","salePrice":"89.00","originalPrice":"129.00","stock":0}}}'
    p = extract_product(body, {})
    assert (p.price, p.list_price, p.stock, p.title) == (D("89.00"), D("129.00"), "out_of_stock", "保温杯")


def test_tmall_api_needs_its_path():
    body = (FIXTURES / "tmall_mdskip.json").read_text()
    promo = "jsonpath:$.defaultModel.itemPriceResultDO.priceInfo.def.promotionList[0].price"
    p = extract_product(body, {"selectors": {"price": promo, "list_price": "jsonpath:$..tagPrice"}})
    assert (p.price, p.list_price) == (D("199.00"), D("299.00"))


@pytest.mark.parametrize("body", ['{"code": 0, "data": {}}', "jQuery1([]);"])
def test_api_without_price_is_a_problem(body):
    result = extract_product(body, {})
    assert isinstance(result, Problem) and result.kind == "no_price"


def test_jsonpath_on_page_state():
    p = product("demo_state.html", {"selectors": {"price": "jsonpath:$.item.promotionPrice", "state_var": "__INITIAL_STATE__"}})
    assert (p.price, p.source) == (D("209.00"), "selector")


def test_bad_selector_is_a_selector_problem():
    result = read("promo_panel.html", {"selectors": {"price": "xpath://div[@class=="}})
    assert isinstance(result, Problem) and result.kind == "selector"
