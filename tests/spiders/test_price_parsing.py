"""Price strings as Chinese shops write them: the price a buyer pays, the list price, or no price at all."""

from decimal import Decimal

import pytest

from spiders.extraction.price import parse_price, read_prices, scale_price

D = Decimal


@pytest.mark.parametrize(
    "text, low, high, currency",
    [
        ("¥199.00", "199.00", None, "CNY"),
        ("￥199", "199", None, "CNY"),
        ("￥１２９．００", "129.00", None, "CNY"),  # full-width digits
        ("199元", "199", None, "CNY"),
        ("199.00 元/件", "199.00", None, "CNY"),
        ("38.5元/斤", "38.5", None, "CNY"),
        ("RMB 199", "199", None, "CNY"),
        ("199.00 CNY", "199.00", None, "CNY"),
        ("人民币 1,299", "1299", None, "CNY"),
        ("¥1,299.00", "1299.00", None, "CNY"),
        ("￥1，299", "1299", None, "CNY"),  # full-width comma
        ("¥12,345,678.90", "12345678.90", None, "CNY"),
        ("¥ 1 299", "1299", None, "CNY"),
        ("1.234", "1.234", None, None),  # "." is always the decimal point on Chinese pages
        ("9.9包邮", "9.9", None, None),
        ("¥0.01", "0.01", None, "CNY"),
        ("59元起", "59", None, "CNY"),
        ("¥89.9起", "89.9", None, "CNY"),
        ("1.2万", "12000", None, None),
        ("¥1.2万起", "12000", None, "CNY"),
        ("12万元", "120000", None, "CNY"),
        ("99-199", "99", "199", None),
        ("99-199元", "99", "199", "CNY"),
        ("¥99.00 - ¥199.00", "99.00", "199.00", "CNY"),
        ("¥99~¥199", "99", "199", "CNY"),
        ("99～199元", "99", "199", "CNY"),
        ("99至199元", "99", "199", "CNY"),
        ("价格：¥88.00 - 128.00", "88.00", "128.00", "CNY"),
        ("1,299.00-1,599.00", "1299.00", "1599.00", None),
        ("1.5-2万", "15000", "20000", None),
        ("9999-1.2万", "9999", "12000", None),
        ("¥199-199", "199", None, "CNY"),  # a "range" of one price is one price
        ("到手价 ¥ 89.9", "89.9", None, "CNY"),
        ("售价：¥ 2,999.00 / 台", "2999.00", None, "CNY"),
        ("京东价 ￥4599.00", "4599.00", None, "CNY"),
        ("US$12.99", "12.99", None, "USD"),
        ("$12.99", "12.99", None, "USD"),
        ("HK$ 120", "120", None, "HKD"),
        ("NT$ 990", "990", None, "TWD"),
        ("€ 19,90", "1990", None, "EUR"),  # a European comma is not ours to guess: read as thousands
        (209, "209", None, None),
        (19.9, "19.9", None, None),
        (D("59.00"), "59.00", None, None),
        ("209.00", "209.00", None, None),
    ],
)
def test_price_strings(text, low, high, currency):
    parsed = parse_price(text)
    assert parsed is not None, text
    assert parsed.low == D(low)
    assert parsed.high == (D(high) if high else None)
    assert parsed.currency == currency


@pytest.mark.parametrize(
    "text",
    ["面议", "价格面议", "暂无报价", "暂无价格", "价格待定", "询价", "请咨询客服", "敬请期待", "即将上市 敬请期待", "待发布",
     "¥--", "￥ -", "--", "", "   ", None, True, 0, "0", "¥0.00", -5, "满299减50", "2件8折", "第2件半价", "领券减10",
     "立减20元", "8.5折", "已售1000件"],
)
def test_no_price_is_none_never_zero(text):
    assert parse_price(text) is None


@pytest.mark.parametrize(
    "text, price, list_price",
    [
        ("券后价 ¥79 原价 ¥99", "79", "99"),
        ("券后 ¥169 领券减40 满299减50", "169", None),
        ("原价 ¥1,599 券后价 ¥1,299", "1299", "1599"),
        ("到手价¥89 划线价¥129", "89", "129"),
        ("活动价 ¥99.00 吊牌价 ¥199.00", "99.00", "199.00"),
        ("价格 ¥259.00 促销价 ¥199.00", "199.00", "259.00"),  # Taobao: the struck 价格 next to 促销价
        ("价格 ¥199 券后价 ¥179", "179", "199"),
        ("秒杀价 ¥59 日常价 ¥89 已售1000件", "59", "89"),
        ("现价 ¥45 市场价 ¥68", "45", "68"),
        ("拼单价 ¥19.9 单买价 ¥25.9", "19.9", None),
        ("立减20元 到手价 ¥ 179", "179", None),
        ("原价 ¥1,599", None, "1599"),
        ("直降50元 现价 ¥149 原价 ¥199", "149", "199"),
        ("会员价 ¥88 门店价 ¥108", "88", "108"),
    ],
)
def test_buyer_price_and_list_price_are_told_apart(text, price, list_price):
    reading = read_prices(text)
    assert (reading.price.low if reading.price else None) == (D(price) if price else None)
    assert (reading.list_price.low if reading.list_price else None) == (D(list_price) if list_price else None)


def test_prices_in_fen_become_yuan():
    assert scale_price(parse_price(1990), "fen").low == D("19.90")
    assert scale_price(parse_price(1990), "yuan").low == D("1990")
    assert scale_price(None, "fen") is None
