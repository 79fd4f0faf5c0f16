"""Stock state from schema.org availability or visible Chinese text. Unknown is a real answer:
a page we could not read is never "out of stock"."""

from __future__ import annotations

import re

IN_STOCK, OUT_OF_STOCK, PREORDER, LIMITED, UNKNOWN = "in_stock", "out_of_stock", "preorder", "limited", "unknown"

_SCHEMA = {
    "instock": IN_STOCK,
    "instoreonly": IN_STOCK,
    "onlineonly": IN_STOCK,
    "outofstock": OUT_OF_STOCK,
    "soldout": OUT_OF_STOCK,
    "discontinued": OUT_OF_STOCK,
    "preorder": PREORDER,
    "presale": PREORDER,
    "backorder": PREORDER,
    "limitedavailability": LIMITED,
}

# "已售 1000 件" / "已售出2.3万" are sales counts, not sold out: strip them before looking for words.
_SALES_COUNT = re.compile(r"(已售|已售出|月销|销量)\s*[:：]?\s*\d[\d,.]*\s*[万千wW+]*\s*(件|笔|单|个)?\+?")
_OUT = ("已售罄", "售罄", "缺货", "无货", "已下架", "下架", "到货通知", "暂时无货", "补货中", "已抢光", "卖光了", "sold out", "out of stock")
_PRE = ("预售", "预定", "预约", "定金", "pre-order", "preorder")
_LIMITED = ("仅剩", "库存紧张", "最后", "少量库存", "限量")
_IN = ("有货", "现货", "立即购买", "加入购物车", "in stock", "库存充足")


def stock_from_schema(availability: object) -> str | None:
    if not availability:
        return None
    key = str(availability).rstrip("/").rsplit("/", 1)[-1].lower().replace("_", "").replace(" ", "")
    return _SCHEMA.get(key)


def stock_from_text(text: str | None) -> str:
    if not text:
        return UNKNOWN
    lowered = _SALES_COUNT.sub(" ", text).lower()
    if any(word in lowered for word in _OUT):
        return OUT_OF_STOCK
    if any(word in lowered for word in _PRE):
        return PREORDER
    if any(word in lowered for word in _LIMITED):
        return LIMITED
    if any(word in lowered for word in _IN):
        return IN_STOCK
    return UNKNOWN
