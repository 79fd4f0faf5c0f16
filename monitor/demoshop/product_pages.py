"""Product pages in the shapes real Chinese shops use, all showing the catalogue's live prices.

``/shop/{shop}/item/{sku}.html``      JSON-LD (the demo's default)
``/shop/{shop}/plain/{sku}.html``     markup only, read with selectors (券后价 + 原价 panel)
``/shop/{shop}/micro/{sku}.html``     schema.org microdata + OpenGraph product tags; ``og/`` has only OpenGraph
``/shop/{shop}/gbk/{sku}.html``       GBK with ``<meta charset=gbk>``; ``gbk-header/`` declares it in the
                                      Content-Type only; ``gbk-bare/`` declares nothing; ``bom/`` is UTF-8 + BOM
``/shop/{shop}/state/{sku}.html``     ``window.__INITIAL_STATE__`` (JS literal) with recommendations around it
``/shop/{shop}/next/{sku}.html``      ``__NEXT_DATA__`` JSON; ``gconfig/`` a ``var g_config`` with prices in 分
``/shop/{shop}/variants/{sku}.html``  three variants in a SKU map, no product-level price
``/api/item.json?key=shop/SKU``       JSON API; ``/api/price?skuIds=J_shop_SKU&callback=cb`` JD-style JSONP
"""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from monitor.demoshop.catalog import SHOPS, Listing, ShopState
from monitor.demoshop.routes import Reply, Router, json_reply, not_found

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=select_autoescape(["html"])
)
SCHEMA_STOCK = {
    "in_stock": "https://schema.org/InStock",
    "out_of_stock": "https://schema.org/OutOfStock",
    "preorder": "https://schema.org/PreOrder",
    "limited": "https://schema.org/LimitedAvailability",
}
OG_STOCK = {"in_stock": "in stock", "out_of_stock": "out of stock", "preorder": "preorder", "limited": "in stock"}
STOCK_TEXT = {"in_stock": "现货 库存充足", "out_of_stock": "已售罄 暂时无货", "preorder": "预售 付定金", "limited": "仅剩3件"}
PLAIN_STOCK_TEXT = {"in_stock": "库存120件", "out_of_stock": "已售罄", "preorder": "预售中 付定金锁定", "limited": "仅剩3件"}
SHAPES = {"item", "plain", "micro", "og", "gbk", "gbk-header", "gbk-bare", "bom", "state", "next", "gconfig", "variants"}
STOCK_STATUS = {"in_stock": "有货", "out_of_stock": "无货", "preorder": "预售", "limited": "库存紧张"}
QUANTITY = {"in_stock": 120, "out_of_stock": 0, "preorder": 500, "limited": 3}


def _money(value) -> str | None:
    return None if value is None else f"{value:.2f}"


def product_page(listing: Listing) -> str:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": listing.title,
        "sku": listing.sku,
        "brand": {"@type": "Brand", "name": listing.brand},
        "offers": {
            "@type": "Offer",
            "price": _money(listing.price),
            "priceCurrency": "CNY",
            "availability": SCHEMA_STOCK[listing.stock],
            "seller": {"@type": "Organization", "name": SHOPS.get(listing.shop, listing.shop)},
            **({"priceSpecification": [{"@type": "UnitPriceSpecification", "priceType": "https://schema.org/ListPrice",
                                        "price": _money(listing.list_price), "priceCurrency": "CNY"}]}
               if listing.list_price else {}),
        },
    }
    return TEMPLATES.get_template("product.html").render(
        l=listing, shop_name=SHOPS.get(listing.shop, listing.shop), stock_text=STOCK_TEXT[listing.stock],
        jsonld=json.dumps(jsonld, ensure_ascii=False).replace("</", "<\\/"),
    )


def plain_page(listing: Listing, meta_charset: str | None = "utf-8") -> str:
    return TEMPLATES.get_template("plain.html").render(
        l=listing, shop_name=SHOPS[listing.shop], stock_text=PLAIN_STOCK_TEXT[listing.stock], meta_charset=meta_charset)


def _state_item(listing: Listing, fen: bool = False) -> dict:
    scale = 100 if fen else 1
    price = int(listing.price * scale) if fen else _money(listing.price)
    original = (int(listing.list_price * scale) if fen else _money(listing.list_price)) if listing.list_price else None
    return {"itemId": listing.key, "title": listing.title, "shopName": SHOPS[listing.shop], "promotionPrice": price,
            "originalPrice": original, "quantity": QUANTITY[listing.stock], "stockStatus": STOCK_STATUS[listing.stock],
            "soldCount": listing.sold}


def _recommendations(state: ShopState, listing: Listing) -> list[dict]:
    others = [l for l in (state.get(*k.split("/")) for k in ("rival-a/CUP-500", "own/EAR-PRO")) if l and l.key != listing.key]
    return [{"itemId": o.key, "title": o.title, "price": _money(o.price)} for o in others]


def _state_script(kind: str, state: ShopState, listing: Listing) -> str:
    item = _state_item(listing, fen=kind == "gconfig")
    if kind == "state":  # a JS object literal: unquoted keys, single quotes, a trailing comma — chompjs reads it
        body = json.dumps({"item": item, "recommend": {"list": _recommendations(state, listing)},
                           "user": {"isLogin": False}}, ensure_ascii=False)
        return f"<script>\nwindow.__INITIAL_STATE__ = {body[:-1]}, env: 'prod', }};\n</script>"
    if kind == "next":
        data = {"props": {"pageProps": {"product": item, "related": _recommendations(state, listing)}},
                "page": "/item/[id]", "buildId": "demo"}
        return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    return (f"<script>\nvar g_config = {{appId: 1, shopId: '{listing.shop}', itemDO: "
            f"{json.dumps(item, ensure_ascii=False)}, isLogin: !1}};\n</script>")


def _variants_script(listing: Listing) -> str:
    prices = [listing.price, listing.price + 10, listing.price + 30]
    stocks = [23, 0, 5]
    skus = [{"skuId": f"500{i + 1}", "propPath": f"1627207:2832{i}", "name": n}
            for i, n in enumerate(("白色 标准版", "黑色 标准版", "黑色 礼盒版"))]
    data = {"item": {"title": listing.title, "itemId": listing.key}, "skuBase": {"skus": skus},
            "skuCore": {"sku2info": {s["skuId"]: {"price": {"priceText": _money(p), "priceMoney": int(p * 100)},
                                                  "quantity": q} for s, p, q in zip(skus, prices, stocks)}}}
    return f"<script>window.__INITIAL_STATE__ = {json.dumps(data, ensure_ascii=False)};</script>"


def register(router: Router) -> None:
    @router.get("/shop/{shop}/{shape}/{sku}.html")
    def shaped(state: ShopState, params: dict, query: dict) -> Reply:
        shape = params["shape"]
        if shape not in SHAPES:
            return None  # another family's page (reviews)
        listing = state.get(params["shop"], params["sku"])
        if listing is None:
            return not_found()
        if shape == "item":
            return Reply(body=product_page(listing))
        if shape == "plain":
            return Reply(body=plain_page(listing))
        if shape in ("micro", "og"):
            return Reply(body=TEMPLATES.get_template("microdata.html").render(
                l=listing, shop_name=SHOPS[listing.shop], microdata=shape == "micro", og_stock=OG_STOCK[listing.stock],
                schema_stock=SCHEMA_STOCK[listing.stock]))
        if shape == "gbk":
            return Reply(body=plain_page(listing, "gbk").encode("gbk"), content_type="text/html")
        if shape == "gbk-header":
            return Reply(body=plain_page(listing, None).encode("gbk"), content_type="text/html; charset=GBK")
        if shape == "gbk-bare":
            return Reply(body=plain_page(listing, None).encode("gb18030"), content_type="text/html")
        if shape == "bom":
            return Reply(body=b"\xef\xbb\xbf" + plain_page(listing, None).encode("utf-8"), content_type="text/html")
        if shape in ("state", "next", "gconfig"):
            script = _state_script(shape, state, listing)
            return Reply(body=TEMPLATES.get_template("state.html").render(title=listing.title, script=script))
        if shape == "variants":
            return Reply(body=TEMPLATES.get_template("state.html").render(title=listing.title,
                                                                         script=_variants_script(listing)))
        return None  # another family's page (reviews)

    @router.get("/api/item.json")
    def item_api(state: ShopState, params: dict, query: dict) -> Reply:
        shop, _, sku = query.get("key", "").partition("/")
        listing = state.get(shop, sku)
        if listing is None:
            return json_reply({"code": 404, "msg": "商品不存在", "data": None}, 404)
        return json_reply({"code": 0, "msg": "ok", "data": {"item": _state_item(listing)}})

    @router.get("/api/price")
    def jsonp_price(state: ShopState, params: dict, query: dict) -> Reply:
        """JD's price API shape: ``cb([{"id": "J_…", "p": price, "op": original price, "m": market price}])``."""
        rows = []
        for sku_id in query.get("skuIds", "").split(","):
            shop, _, sku = sku_id.removeprefix("J_").partition("_")
            if listing := state.get(shop, sku):
                rows.append({"id": sku_id, "p": _money(listing.price),
                             "op": _money(listing.list_price or listing.price), "m": _money(listing.list_price)})
        callback = query.get("callback", "jQuery1")
        return Reply(body=f"{callback}({json.dumps(rows)});", content_type="application/javascript; charset=utf-8")
