"""The demo catalogue: the seller's own shop and two competitors, and a scripted month of price moves."""

from __future__ import annotations

import copy
import threading
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from monitor.demoshop.feedback import FeedbackState


@dataclass
class Listing:
    shop: str
    sku: str
    title: str
    price: Decimal
    list_price: Decimal | None
    stock: str = "in_stock"  # in_stock | out_of_stock | preorder | limited
    sold: int = 0
    brand: str = ""
    group: str = ""

    @property
    def key(self) -> str:
        return f"{self.shop}/{self.sku}"


SHOPS = {
    "own": "小鹿优选旗舰店",
    "rival-a": "竞品甲官方旗舰店",
    "rival-b": "乙家数码专营店",
}


def _l(shop, sku, title, price, list_price, group, sold, brand, stock="in_stock") -> Listing:
    return Listing(shop, sku, title, Decimal(price), Decimal(list_price) if list_price else None, stock, sold, brand, group)


CATALOG = [
    _l("own", "TB-X1", "小鹿 声波电动牙刷 X1 成人款 5档清洁 磁悬浮马达", "199.00", "259.00", "toothbrush", 3200, "小鹿"),
    _l("rival-a", "TB-X1", "竞品甲 声波电动牙刷 成人款 情侣套装 IPX7防水", "209.00", "299.00", "toothbrush", 12000, "竞品甲"),
    _l("rival-b", "TB-X1", "乙家 电动牙刷 声波震动 智能定时 送刷头", "189.00", None, "toothbrush", 860, "乙家"),
    _l("own", "EAR-PRO", "小鹿 蓝牙耳机 Pro 主动降噪 入耳式 长续航", "329.00", "399.00", "earbuds", 1500, "小鹿"),
    _l("rival-a", "EAR-PRO", "竞品甲 真无线蓝牙耳机 降噪版 运动跑步", "349.00", "459.00", "earbuds", 5400, "竞品甲"),
    _l("rival-b", "EAR-PRO", "乙家 降噪蓝牙耳机 半入耳 游戏低延迟", "299.00", "349.00", "earbuds", 2100, "乙家"),
    _l("own", "CUP-500", "小鹿 316不锈钢保温杯 500ml 大容量 办公室", "89.00", "129.00", "cup", 8800, "小鹿"),
    _l("rival-a", "CUP-500", "竞品甲 保温杯 500ml 男女士 便携 泡茶杯", "99.00", "139.00", "cup", 20000, "竞品甲"),
]

# Each step lists the changes applied when the shop advances to it; the script loops after the last step.
SCENARIO: list[list[dict]] = [
    [],
    [{"key": "rival-a/TB-X1", "price": "169.00"}],  # competitor cuts 19 %: a price-drop alert
    [{"key": "rival-b/EAR-PRO", "stock": "out_of_stock"}],
    [{"key": "rival-a/CUP-500", "price": "79.00"}, {"key": "rival-b/EAR-PRO", "stock": "in_stock"}],
    [{"key": "rival-a/TB-X1", "price": "209.00"}, {"key": "rival-a/CUP-500", "price": "99.00"}],
]


@dataclass
class ShopState:
    """Thread-safe state of the demo shop; the HTTP handler reads it, the admin endpoints change it."""

    listings: dict[str, Listing] = field(default_factory=lambda: {l.key: copy.copy(l) for l in CATALOG})
    step: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    feedback: FeedbackState = field(default_factory=FeedbackState)
    hits: Counter = field(default_factory=Counter)  # "path?query" -> requests served, for tests
    flaky: Counter = field(default_factory=Counter)  # failures served so far per flaky page
    robots_delay: float = 0.0  # seconds robots.txt takes: tests make requests queue behind it

    def hit(self, path_and_query: str) -> None:
        with self.lock:
            self.hits[path_and_query] += 1

    def hits_under(self, prefix: str) -> dict[str, int]:
        with self.lock:
            return {k: v for k, v in self.hits.items() if k.startswith(prefix)}

    def flaky_failure(self, name: str, failures: int) -> bool:
        """True for the first ``failures`` requests of ``name``, then False: a page that recovers."""
        with self.lock:
            self.flaky[name] += 1
            return self.flaky[name] <= failures

    def get(self, shop: str, sku: str) -> Listing | None:
        with self.lock:
            listing = self.listings.get(f"{shop}/{sku}")
            return copy.copy(listing) if listing else None

    def set(self, key: str, price: str | None = None, stock: str | None = None,
            list_price: str | None = None) -> Listing:
        with self.lock:
            listing = self.listings[key]
            if price is not None:
                listing.price = Decimal(str(price))
            if list_price is not None:
                listing.list_price = Decimal(str(list_price))
            if stock is not None:
                listing.stock = stock
            return copy.copy(listing)

    def advance(self) -> int:
        """Apply the next step of the script; returns the new step number."""
        next_step = self.step + 1
        changes = SCENARIO[next_step % len(SCENARIO)] if next_step % len(SCENARIO) else []
        for change in changes:
            self.set(change["key"], change.get("price"), change.get("stock"))
        with self.lock:
            self.step = next_step
        return next_step

    def snapshot(self) -> list[dict]:
        with self.lock:
            return [
                {"key": l.key, "shop": l.shop, "sku": l.sku, "title": l.title, "price": str(l.price),
                 "list_price": None if l.list_price is None else str(l.list_price), "stock": l.stock}
                for l in self.listings.values()
            ]
