"""Stock words as Chinese shops write them — and the phrases that contain them but mean something else."""

import pytest

from spiders.extraction.stock import (
    stock_from_schema,
    stock_from_text,
    stock_from_value,
)


@pytest.mark.parametrize(
    "text, state",
    [
        # out of stock
        ("已售罄", "out_of_stock"),
        ("售罄", "out_of_stock"),
        ("缺货", "out_of_stock"),
        ("无货", "out_of_stock"),
        ("该地区暂时无货", "out_of_stock"),
        ("已下架", "out_of_stock"),
        ("宝贝已下架", "out_of_stock"),
        ("该商品已下柜，欢迎挑选其他商品！", "out_of_stock"),
        ("到货通知", "out_of_stock"),
        ("补货中", "out_of_stock"),
        ("已抢光", "out_of_stock"),
        ("暂无库存", "out_of_stock"),
        ("库存：0件", "out_of_stock"),
        ("已售罄 库存0件", "out_of_stock"),
        ("Sold Out", "out_of_stock"),
        ("无货 到货通知 已售 1000 件", "out_of_stock"),
        # pre-sale
        ("预售 付定金", "preorder"),
        ("预售中 付定金锁定", "preorder"),
        ("立即预约", "preorder"),
        ("预约抢购 11月11日开抢", "preorder"),
        ("预售 库存500件", "preorder"),
        # limited
        ("仅剩3件", "limited"),
        ("仅剩 3 件", "limited"),
        ("只剩1件", "limited"),
        ("最后3件", "limited"),
        ("库存2件", "limited"),
        ("库存紧张", "limited"),
        ("即将售罄", "limited"),
        ("快抢光了", "limited"),
        ("only 2 left", "limited"),
        # in stock
        ("有货", "in_stock"),
        ("现货 库存充足", "in_stock"),
        ("库存120件", "in_stock"),
        ("剩余 15 件 立即购买", "in_stock"),
        ("立即购买 加入购物车", "in_stock"),
        ("In stock", "in_stock"),
        # words inside phrases that mean something else
        ("已售 1000 件 立即购买", "in_stock"),
        ("已售1.2万+ 加入购物车", "in_stock"),
        ("已拼10万+件 立即购买", "in_stock"),
        ("1000人付款 立即购买", "in_stock"),
        ("已抢 80% 马上抢", "in_stock"),
        ("无货源 一件代发 厂家直销 现货", "in_stock"),
        ("缺货必赔 48小时发货 有货", "in_stock"),
        ("永不缺货 现货秒发", "in_stock"),
        ("最后一天 限时秒杀 立即购买", "in_stock"),
        ("预约安装 现货", "in_stock"),
        ("免费预约安装 有货", "in_stock"),
        ("限量版 现货", "in_stock"),
        # nothing said
        ("月销 500+", "unknown"),
        ("￥199", "unknown"),
        ("", "unknown"),
        (None, "unknown"),
    ],
)
def test_stock_text(text, state):
    assert stock_from_text(text) == state


@pytest.mark.parametrize(
    "value, state",
    [("https://schema.org/InStock", "in_stock"), ("http://schema.org/OutOfStock", "out_of_stock"),
     ("SoldOut", "out_of_stock"), ("PreOrder", "preorder"), ("https://schema.org/PreSale", "preorder"),
     ("LimitedAvailability", "limited"), ("in stock", "in_stock"), ("out of stock", "out_of_stock"),
     ("oos", "out_of_stock"), ("Discontinued", "out_of_stock"), ("", None), (None, None), ("Unknown", None)],
)
def test_schema_availability(value, state):
    assert stock_from_schema(value) == state


@pytest.mark.parametrize(
    "value, state",
    [(0, "out_of_stock"), (3, "limited"), (120, "in_stock"), ("120", "in_stock"), (True, "in_stock"),
     (False, "out_of_stock"), ("!0", "in_stock"), ("!1", "out_of_stock"), ("缺货", "out_of_stock"),
     ("InStock", "in_stock"), ("hello", None), (None, None)],
)
def test_state_values(value, state):
    assert stock_from_value(value) == state
