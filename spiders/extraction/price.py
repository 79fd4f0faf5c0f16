"""Chinese price strings to Decimal. ``price-parser`` does the number work; this adds what it misses
(万, ranges, "no price" words) and refuses to turn 面议 into zero."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from price_parser import Price

NO_PRICE_WORDS = ("面议", "暂无报价", "暂无价格", "价格待定", "待定", "询价", "咨询客服", "敬请期待", "--")
_CURRENCY_HINTS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "RMB": "CNY", "CNY": "CNY", "$": "USD", "US$": "USD"}
_RANGE = re.compile(r"(\d[\d,，]*(?:\.\d+)?)\s*(万)?\s*[-~～—至到]+\s*[¥￥]?\s*(\d[\d,，]*(?:\.\d+)?)\s*(万)?")
_WAN = re.compile(r"(\d+(?:\.\d+)?)\s*万")


@dataclass(frozen=True)
class ParsedPrice:
    low: Decimal
    high: Decimal | None = None
    currency: str | None = None


def _currency(text: str) -> str | None:
    for hint, code in _CURRENCY_HINTS.items():
        if hint in text:
            return code
    return None


def _number(raw: str, wan: bool = False) -> Decimal | None:
    try:
        value = Decimal(raw.replace(",", "").replace("，", ""))
    except InvalidOperation:
        return None
    return value * 10000 if wan else value


def parse_price(value: object) -> ParsedPrice | None:
    """Return the price in a string or number, or None when there is no price (never zero for 面议)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
        return ParsedPrice(number) if number >= 0 else None
    text = str(value).strip().replace("\u00a0", " ")
    if not text or any(word in text for word in NO_PRICE_WORDS):
        return None
    currency = _currency(text)
    if match := _RANGE.search(text):
        low, high = _number(match.group(1), bool(match.group(2))), _number(match.group(3), bool(match.group(4)))
        if low is not None and high is not None and high >= low:
            return ParsedPrice(low, high if high != low else None, currency)
    if match := _WAN.search(text):
        number = _number(match.group(1), wan=True)
        return ParsedPrice(number, None, currency) if number is not None else None
    parsed = Price.fromstring(text)
    if parsed.amount is None:
        return None
    return ParsedPrice(parsed.amount, None, currency or _currency(parsed.currency or ""))
