"""The product extractor on saved pages: the right numbers, or an honest reason."""

from decimal import Decimal
from pathlib import Path

import pytest

from spiders.extraction.price import parse_price
from spiders.extraction.product import Problem, Product, extract_product
from spiders.extraction.stock import stock_from_text

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_jsonld_offer_with_list_price():
    result = extract_product(page("jsonld_offer.html"))
    assert isinstance(result, Product)
    assert (result.price, result.list_price, result.currency) == (Decimal("209.00"), Decimal("299.00"), "CNY")
    assert result.stock == "in_stock"
    assert result.source == "jsonld"
    assert result.title == "竞品甲 声波电动牙刷 成人款"


def test_jsonld_graph_and_out_of_stock():
    result = extract_product(page("jsonld_graph_outofstock.html"))
    assert isinstance(result, Product)
    assert result.price == Decimal("99")
    assert result.stock == "out_of_stock"


def test_selectors_when_no_structured_data():
    settings = {"selectors": {"price": "css:#J_price::text", "list_price": "#J_list_price::text",
                              "stock": "xpath://div[@id='J_stock']/text()"}}
    result = extract_product(page("selector_only.html"), settings)
    assert isinstance(result, Product)
    assert (result.price, result.list_price) == (Decimal("1299.00"), Decimal("1599"))
    assert result.stock == "limited"
    assert result.source == "selector"


def test_selector_that_matches_nothing_is_a_layout_problem():
    result = extract_product(page("selector_only.html"), {"selectors": {"price": "css:.gone::text"}})
    assert isinstance(result, Problem) and result.kind == "layout"
    assert ".gone" in result.reason


def test_regex_selector():
    result = extract_product(page("selector_only.html"), {"selectors": {"price": r"regex:券后价</span><span[^>]*>([^<]+)"}})
    assert isinstance(result, Product) and result.price == Decimal("1299.00")


def test_variants_without_sku_are_ambiguous_not_guessed():
    result = extract_product(page("variants.html"))
    assert isinstance(result, Problem) and result.kind == "ambiguous"
    assert "TS-W-M" in result.reason and "TS-B-L" in result.reason


def test_variant_chosen_by_sku():
    result = extract_product(page("variants.html"), {"selectors": {"sku": "TS-B-L"}})
    assert isinstance(result, Product)
    assert (result.price, result.stock, result.sku) == (Decimal("69.00"), "out_of_stock", "TS-B-L")


def test_unknown_sku_names_the_known_ones():
    result = extract_product(page("variants.html"), {"selectors": {"sku": "NOPE"}})
    assert isinstance(result, Problem) and "TS-W-M" in result.reason


def test_captcha_page_is_blocked_not_out_of_stock():
    result = extract_product(page("captcha.html"))
    assert isinstance(result, Problem) and result.kind == "blocked"


def test_page_without_price_is_a_problem_not_zero():
    result = extract_product(page("no_price.html"))
    assert isinstance(result, Problem) and result.kind == "no_price"
    selected = extract_product(page("no_price.html"), {"selectors": {"price": "css:.price::text"}})
    assert isinstance(selected, Problem)


@pytest.mark.parametrize(
    "text, low, high",
    [("¥199.00", "199.00", None), ("￥1,299", "1299", None), ("99-199元", "99", "199"), ("1.2万", "12000", None),
     (209, "209", None), ("到手价 ¥ 89.9", "89.9", None)],
)
def test_price_strings(text, low, high):
    parsed = parse_price(text)
    assert parsed.low == Decimal(low)
    assert parsed.high == (Decimal(high) if high else None)


@pytest.mark.parametrize("text", ["面议", "暂无报价", "", None, "价格待定"])
def test_no_price_words_give_none(text):
    assert parse_price(text) is None


def test_sales_count_is_not_sold_out():
    assert stock_from_text("已售 1000 件 立即购买") == "in_stock"
    assert stock_from_text("已售罄") == "out_of_stock"
    assert stock_from_text("") == "unknown"
