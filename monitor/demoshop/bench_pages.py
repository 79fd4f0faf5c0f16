"""``/bench/item/{n}.html``: as many distinct product pages as a benchmark wants (JSON-LD, ~8 KB each,
like a real listing's head plus description). Built with plain string formatting so the shop is never the
benchmark's bottleneck."""

from __future__ import annotations

import json

from monitor.demoshop.catalog import ShopState
from monitor.demoshop.routes import Reply, Router

_STOCKS = ("https://schema.org/InStock",) * 8 + ("https://schema.org/OutOfStock", "https://schema.org/LimitedAvailability")
_DESCRIPTION = "".join(
    f"<li>参数{i}：{v}</li>" for i, v in enumerate(["304不锈钢", "500ml", "12小时保温", "食品级硅胶", "顺丰包邮"] * 12)
)
_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - 演示商城</title>
<meta property="og:title" content="{title}"><meta name="keywords" content="保温杯,不锈钢,办公室,大容量">
<script type="application/ld+json">{jsonld}</script>
<link rel="stylesheet" href="/static/detail.css"></head>
<body><div class="shop-header"><a href="/">演示商城</a> · 店铺评分 4.8</div>
<h1 class="tb-main-title">{title}</h1>
<div class="tm-price-panel"><span class="label">到手价</span><span class="price">¥<span id="J_price">{price}</span></span>
<span class="label">原价</span><span class="del" id="J_list_price">¥{list_price}</span></div>
<div class="sales">已售 {sold} 件</div><div class="actions"><button>立即购买</button><button>加入购物车</button></div>
<ul class="desc">{description}</ul>
<div class="footer">{footer}</div>
</body></html>"""
_FOOTER = "7天无理由退货 · 48小时内发货 · 正品保障 · 极速退款 · " * 30


def bench_page(n: int) -> str:
    price = 50 + (n * 37) % 2000 + 0.9
    title = f"演示保温杯 {n} 号 316不锈钢 大容量 办公室"
    jsonld = {"@context": "https://schema.org", "@type": "Product", "name": title, "sku": f"BENCH-{n}",
              "offers": {"@type": "Offer", "price": f"{price:.2f}", "priceCurrency": "CNY",
                         "availability": _STOCKS[n % len(_STOCKS)],
                         "priceSpecification": {"@type": "UnitPriceSpecification",
                                                "priceType": "https://schema.org/ListPrice",
                                                "price": f"{price * 1.3:.2f}", "priceCurrency": "CNY"}}}
    return _TEMPLATE.format(title=title, jsonld=json.dumps(jsonld, ensure_ascii=False), price=f"{price:.2f}",
                            list_price=f"{price * 1.3:.2f}", sold=n * 7 % 10000, description=_DESCRIPTION,
                            footer=_FOOTER)


def register(router: Router) -> None:
    @router.get("/bench/item/{n}.html")
    def bench_item(state: ShopState, params: dict, query: dict) -> Reply:
        try:
            return Reply(200, bench_page(int(params["n"])))
        except ValueError:
            return None
