"""Stock state from schema.org availability, page-state values or visible Chinese text.

Unknown is a real answer: a page we could not read is never "out of stock". Words are matched after
removing phrases that contain them but mean something else, because real pages are full of those:
"已售 1000 件" (a sales count, not 已售罄), "无货源" (drop-shipping jargon), "缺货必赔" (a service promise),
"最后一天" (a sale ending, not the last items), "预约安装" (installation booking, not a pre-sale),
"限量版" (a product name).
"""

from __future__ import annotations

import re
import unicodedata

IN_STOCK, OUT_OF_STOCK, PREORDER, LIMITED, UNKNOWN = "in_stock", "out_of_stock", "preorder", "limited", "unknown"
STATES = (IN_STOCK, OUT_OF_STOCK, PREORDER, LIMITED, UNKNOWN)

_SCHEMA = {
    "instock": IN_STOCK,
    "instoreonly": IN_STOCK,
    "onlineonly": IN_STOCK,
    "outofstock": OUT_OF_STOCK,
    "soldout": OUT_OF_STOCK,
    "discontinued": OUT_OF_STOCK,
    "oos": OUT_OF_STOCK,
    "preorder": PREORDER,
    "presale": PREORDER,
    "backorder": PREORDER,
    "limitedavailability": LIMITED,
}

_NOT_STOCK_WORDS = re.compile(
    r"(?:已售|已售出|月销|销量|累计销量|已拼|已抢|已有|付款|总销量)\s*[:：]?\s*\d[\d,.]*\s*[万千wW+]*\s*(?:件|笔|单|个|人|%)?\+?"
    r"|(?<![\d,.])\d[\d,.]*\s*[万千wW+]*\s*人(?:付款|购买|已买|收货)"  # (?<!…): linear on long digit runs
    r"|无货源|一件代发|缺货(?:必赔|包赔|赔付|补偿)|不缺货|永不缺货|从不缺货|防止缺货|售罄(?:前|之前)|抢光(?:前|之前)"
    r"|最后\s*(?:一|1|两|2|三|3)?\s*(?:天|日|小时|晚|波|轮|机会)|预约(?:安装|配送|送货|上门|维修|试驾|到店)"
    r"|限量(?:版|款|联名|纪念)|上下架|下架时间|预售期?(?:规则|说明)"
)
_OUT = ("已售罄", "售罄", "缺货", "无货", "已下架", "商品已下架", "该商品已下柜", "已下柜", "到货通知", "暂时无货",
        "补货中", "已抢光", "已抢完", "卖光了", "已售完", "售完", "已停售", "停止销售", "暂无库存", "无库存",
        "库存不足", "商品已失效", "宝贝已下架", "sold out", "out of stock", "currently unavailable")
_PRE = ("预售", "立即预约", "预约抢购", "预约购买", "预约中", "付定金", "支付定金", "定金", "尾款", "新品预定",
        "pre-order", "preorder")
_LIMITED_PATTERNS = re.compile(
    r"仅剩\s*\d*|只剩\s*\d*|库存紧张|少量库存|库存不多|即将售罄|最后\s*\d+\s*件|剩余\s*\d{1,2}\s*件|库存\s*\d{1,2}\s*件"
    r"|only \d+ left"
)
_ALMOST_GONE = re.compile(r"(?:即将|快要?|马上就?要?)\s*(?:售罄|抢光|卖完|断货)")
_IN = ("有货", "现货", "立即购买", "加入购物车", "加入购物袋", "立即抢购", "马上抢", "库存充足", "in stock",
       "add to cart", "buy now", "立即下单")


# "库存120件", "仅剩 3 件", "剩余0件": a number decides (0 out, under 10 limited, else in stock).
_QUANTITY = re.compile(r"(?:库存|剩余|仅剩|只剩|最后)\s*[:：]?\s*(\d+)\s*件|(?:only )?(?<!\d)(\d+) (?:left|in stock)")


def stock_from_schema(availability: object) -> str | None:
    if not availability:
        return None
    key = str(availability).rstrip("/").rsplit("/", 1)[-1].lower()
    return _SCHEMA.get(re.sub(r"[\s_\-]", "", key))


def stock_from_text(text: str | None) -> str:
    """Stock state a piece of visible text states; out-of-stock words win over buy buttons."""
    if not text:
        return UNKNOWN
    cleaned = _NOT_STOCK_WORDS.sub(" ", unicodedata.normalize("NFKC", text)).lower()
    cleaned = _ALMOST_GONE.sub(" 库存紧张 ", cleaned)
    if any(word in cleaned for word in _OUT):
        return OUT_OF_STOCK
    if any(word in cleaned for word in _PRE):
        return PREORDER
    if quantity := _QUANTITY.search(cleaned):
        return stock_from_value(int(quantity.group(1) or quantity.group(2)))
    if _LIMITED_PATTERNS.search(cleaned):
        return LIMITED
    if any(word in cleaned for word in _IN):
        return IN_STOCK
    return UNKNOWN


def stock_from_value(value: object, limited_below: int = 10) -> str | None:
    """Stock from a page-state or API value: a quantity, a flag, or a status word."""
    if value is None:
        return None
    if isinstance(value, bool):
        return IN_STOCK if value else OUT_OF_STOCK
    if isinstance(value, (int, float)):
        if value <= 0:
            return OUT_OF_STOCK
        return LIMITED if value < limited_below else IN_STOCK
    text = str(value).strip()
    if text in ("!0", "!1"):  # minified JavaScript booleans, as chompjs hands them over
        return stock_from_value(text == "!0", limited_below)
    if re.fullmatch(r"\d+", text):
        return stock_from_value(int(text), limited_below)
    return stock_from_schema(text) or (None if (state := stock_from_text(text)) == UNKNOWN else state)
