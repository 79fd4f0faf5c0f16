"""Chinese price strings to Decimal: what a buyer pays versus the list price, ranges, 万, "no price" words.

``price-parser`` does the number work (told that "." is the decimal point, as on every Chinese page, so
"1.234" is not read as 1234). This module adds what it misses: 1.2万, ranges kept as low and high, labels
(券后价/到手价/活动价 is what a buyer pays, 原价/划线价 is the list price), coupon amounts that are not
prices (满299减50, 立减20元), and 面议/暂无报价 which are *no price*, never zero. A bare ¥0.00 is treated as a
placeholder (pages that fill the price by script show it before the script runs), also not a price.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from price_parser import Price

NO_PRICE_WORDS = ("面议", "暂无报价", "暂无价格", "价格待定", "待定", "询价", "咨询客服", "敬请期待", "待发布",
                  "即将上市", "price on request")
# Currency markers; the first one in a text names its currency. Longest first at one position, so "日元",
# "港币" and "HK$" are not read as "元" or "$". "¥" is also the yen sign: with 日元/円/JPY in the text it is yen.
_CURRENCY_MARKERS = {
    "人民币": "CNY", "RMB": "CNY", "CNY": "CNY", "CNH": "CNY", "¥": "CNY", "元": "CNY",
    "日元": "JPY", "日币": "JPY", "円": "JPY", "JPY": "JPY",
    "港币": "HKD", "港元": "HKD", "HK$": "HKD", "HKD": "HKD",
    "美元": "USD", "美金": "USD", "US$": "USD", "USD": "USD", "$": "USD",
    "新台币": "TWD", "台币": "TWD", "NT$": "TWD", "TWD": "TWD",
    "澳门币": "MOP", "MOP": "MOP", "韩元": "KRW", "₩": "KRW", "KRW": "KRW",
    "欧元": "EUR", "€": "EUR", "EUR": "EUR", "英镑": "GBP", "£": "GBP", "GBP": "GBP",
    "新加坡元": "SGD", "新币": "SGD", "S$": "SGD", "SGD": "SGD", "澳元": "AUD", "A$": "AUD", "AUD": "AUD",
    "加元": "CAD", "C$": "CAD", "CAD": "CAD", "卢布": "RUB", "RUB": "RUB", "泰铢": "THB", "THB": "THB",
}
_CURRENCY = re.compile("|".join(re.escape(m) for m in sorted(_CURRENCY_MARKERS, key=len, reverse=True)))
_YEN_HINT = re.compile(r"日元|日币|円|JPY", re.IGNORECASE)
# A plausible shop price: from 0.01 (a smaller amount is stored as 0.00) to below 100 million yuan, and not
# a run of seven or more nines: those are placeholders (¥99999999 "not for sale") or junk (1e308).
MIN_PRICE, MAX_PRICE = Decimal("0.01"), Decimal(100000000)
_NINES = re.compile(r"9{7,}(?:\.(?:0+|9+))?")
# Invisible characters pages put inside numbers so that a naive parser reads "1" out of "1​29".
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# A minus sign before an amount that is not the second half of a range ("99-199元"): a refund, a discount
# shown as "-¥20", or a bogus negative price. Never a price.
_NEGATIVE = re.compile(r"(?:^|(?<=[^\d万千元\s]))\s*[-−]\s*[¥$]?\s*\d[\d,]*(?:\.\d+)?")
_SCIENTIFIC = re.compile(r"(?<![\w.])(\d{1,20}(?:\.\d{1,20})?)[eE]([+-]?\d{1,6})(?![\w.])")
MAX_PRICE_TEXT = 2000  # characters; a longer "price" is a page, not a price

# What a buyer pays, strongest first; a generic label (价格/售价) next to a promo label is the list price.
BUYER_LABELS = ("券后价", "券后", "到手价", "预估到手", "活动价", "促销价", "秒杀价", "折后价", "优惠价", "拼单价",
                "拼团价", "会员价", "专享价", "限时价", "抢购价", "新人价", "直播价", "现价", "京东价", "折扣价")
GENERIC_LABELS = ("价格", "售价", "单价", "一口价", "零售价", "销售价")
LIST_LABELS = ("原价", "划线价", "吊牌价", "市场价", "参考价", "专柜价", "建议零售价", "门店价", "定价", "官方指导价",
               "日常价", "list price", "was")
_LABEL = re.compile("|".join(re.escape(w) for w in sorted(BUYER_LABELS + GENERIC_LABELS + LIST_LABELS, key=len,
                                                           reverse=True)), re.IGNORECASE)
# Amounts that are not prices: coupon conditions and savings, discounts, quantities, instalments.
_NOT_A_PRICE = re.compile(
    r"满\s*¥?\s*\d+(?:\.\d+)?\s*元?\s*[减-]\s*¥?\s*\d+(?:\.\d+)?\s*元?"
    r"|(?:立减|直降|已省|省|优惠|领券|下单减|减|券(?!后))\s*¥?\s*\d+(?:\.\d+)?\s*元?"
    r"|(?<![\d.])\d+(?:\.\d+)?\s*折|第?\s*(?<![\d.])\d+\s*件|(?<![\d.])\d+\s*期(?:免息)?"
    r"|(?<![\d.])\d+\s*(?:人|笔|单(?![买独价]))"
)
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_RANGE = re.compile(rf"({_NUMBER})\s*(万)?\s*元?\s*(?:-|~|～|—|–|至|到)+\s*¥?\s*({_NUMBER})\s*(万)?")
_WAN = re.compile(rf"({_NUMBER})\s*万")
_HAS_DIGIT = re.compile(r"\d")
_PLAIN_NUMBER = re.compile(r"\d{1,40}(?:\.\d{1,20})?")  # "209.00" as structured data gives it: no parsing needed


@dataclass(frozen=True)
class ParsedPrice:
    low: Decimal
    high: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class PriceReading:
    """What one price text says: the price a buyer pays and, when shown, the list price (原价)."""

    price: ParsedPrice | None
    list_price: ParsedPrice | None = None


def currency_of(text: str) -> str | None:
    """The currency of the first currency marker in ``text`` (ISO code), or None."""
    match = _CURRENCY.search(text)
    if match is None:
        return None
    code = _CURRENCY_MARKERS[match.group(0)]
    if code == "CNY" and match.group(0) == "¥" and _YEN_HINT.search(text):
        return "JPY"
    return code


def currency_code(value: object) -> str | None:
    """A declared currency (schema.org ``priceCurrency``, a state's ``currency``) as an ISO code."""
    if value is None or not str(value).strip():
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    return currency_of(text) or currency_of(text.upper()) or text.upper()[:3]


def _decimal(raw: str, wan: bool = False) -> Decimal | None:
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None
    return value * 10000 if wan else value


def _usable(value: Decimal | None) -> bool:
    return (value is not None and value.is_finite() and MIN_PRICE <= value < MAX_PRICE
            and not _NINES.fullmatch(str(value)))


def _normalise(text: str) -> str:
    # NFKC turns full-width digits, ￥ and ，into their ASCII forms; zero-width characters go.
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).replace("\u00a0", " ").strip()


def _expand_scientific(match: re.Match) -> str:
    exponent = int(match.group(2))
    if exponent > 12:
        return " 9" + "9" * 20 + " "  # far beyond MAX_PRICE: rejected as implausible, with that reason
    return f" {Decimal(match.group(0)):f} "


def _number_in(segment: str, currency: str | None) -> ParsedPrice | None:
    """The first price (or range) in a piece of text that has no label inside it."""
    if match := _RANGE.search(segment):
        low_wan, high_wan = bool(match.group(2)), bool(match.group(4))
        high = _decimal(match.group(3), high_wan)
        low = _decimal(match.group(1), low_wan)
        if high_wan and not low_wan and low is not None and low * 10000 <= high:
            low = low * 10000  # "1.5-2万" means 15000-20000, "9999-1.2万" does not
        if _usable(low) and high is not None and high >= low:
            return ParsedPrice(low, high if high != low else None, currency)
    if match := _WAN.search(segment):
        value = _decimal(match.group(1), wan=True)
        return ParsedPrice(value, None, currency) if _usable(value) else None
    parsed = Price.fromstring(segment, decimal_separator=".")
    if not _usable(parsed.amount):
        return None
    return ParsedPrice(parsed.amount, None, currency or currency_of(parsed.currency or ""))


def _number_value(value: float | Decimal) -> ParsedPrice | None:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return ParsedPrice(number) if _usable(number) else None


def read_prices(value: object) -> PriceReading:
    """Split a price text into the buyer price and the list price, following the labels on the page."""
    if value is None or isinstance(value, bool):
        return PriceReading(None)
    if isinstance(value, (int, float, Decimal)):
        return PriceReading(_number_value(value))
    if _PLAIN_NUMBER.fullmatch(value := str(value).strip()):
        return PriceReading(_number_value(Decimal(value)))
    if len(value) > MAX_PRICE_TEXT:
        return PriceReading(None)
    text = _normalise(value)
    lowered = text.lower()
    if not text or not _HAS_DIGIT.search(text) or any(word in lowered for word in NO_PRICE_WORDS):
        return PriceReading(None)
    currency = currency_of(text)
    text = _SCIENTIFIC.sub(_expand_scientific, text)
    text = _NEGATIVE.sub(" ", _NOT_A_PRICE.sub(" ", text))
    buyer: list[ParsedPrice] = []
    generic: list[ParsedPrice] = []
    listed: list[ParsedPrice] = []
    labels = list(_LABEL.finditer(text))
    bounds = [(None, 0, labels[0].start() if labels else len(text))]
    bounds += [(m.group(0).lower(), m.end(), labels[i + 1].start() if i + 1 < len(labels) else len(text))
               for i, m in enumerate(labels)]
    for label, start, end in bounds:
        parsed = _number_in(text[start:end], currency)
        if parsed is None:
            continue
        if label in LIST_LABELS:
            listed.append(parsed)
        elif label in BUYER_LABELS:
            buyer.append(parsed)
        else:
            generic.append(parsed)
    list_price = listed[0] if listed else None
    if buyer:
        price = min(buyer, key=lambda p: p.low)
        if list_price is None and generic and max(generic, key=lambda p: p.low).low > price.low:
            list_price = max(generic, key=lambda p: p.low)  # Taobao: 价格 (struck) next to 促销价
    elif generic:
        price = generic[0]
    else:
        price = None
    return PriceReading(price, list_price)


def why_no_price(value: object) -> str:
    """Why ``read_prices`` found no price in ``value``: a reason a seller can act on."""
    if value is None or isinstance(value, bool):
        return "no price value"
    shown = str(value).strip()
    if len(shown) > MAX_PRICE_TEXT:
        return f"{len(shown):,} characters of text where a price should be (the selector matches too much?)"
    text = _normalise(shown) if not isinstance(value, (int, float, Decimal)) else shown
    quoted = repr(text[:60])
    try:
        number = Decimal(str(value)) if isinstance(value, (int, float, Decimal)) else None
    except InvalidOperation:
        number = None
    if number is not None and not number.is_finite():
        return f"price {quoted} is not a number"
    text = _SCIENTIFIC.sub(_expand_scientific, text)
    if number is not None and number < 0 or number is None and _NEGATIVE.search(_NOT_A_PRICE.sub(" ", text)):
        return f"price {quoted} is negative: not a price"
    amounts = [_decimal(m) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)] if number is None else [number]
    if any(a is not None and (a >= MAX_PRICE or _NINES.fullmatch(str(a))) for a in amounts):
        return f"price {quoted} is implausible (a placeholder or junk: ≥ {MAX_PRICE:,} or all nines)"
    if amounts and all(a is not None and 0 < a < MIN_PRICE for a in amounts):
        return f"price {quoted} is implausible (under {MIN_PRICE})"
    return f"price text {quoted} holds no price"


def parse_price(value: object) -> ParsedPrice | None:
    """The price a buyer pays in a string or number, or None when there is no price (never zero for 面议)."""
    return read_prices(value).price


def scale_price(price: ParsedPrice | None, unit: str) -> ParsedPrice | None:
    """Prices given in 分 (fen, cents) by some JSON APIs and page states, converted to 元."""
    if price is None or unit != "fen":
        return price
    hundred = Decimal(100)
    return ParsedPrice(price.low / hundred, price.high / hundred if price.high else None, price.currency)
