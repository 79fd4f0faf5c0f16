"""Pages served with HTTP 200 that are not the product: captchas, login walls, WAF and JS challenges, "商品不存在"
pages, and stubs that only redirect by script.

*Strong* signs (checked before page state is read, so a login or captcha page's 猜你喜欢 data never lends its
price) are specific to such pages: slider-captcha widgets, the Aliyun ``acw_sc__v2`` challenge, a title
saying 验证/登录/访问被拒绝, a visible password field. *Weak* signs (captcha words anywhere, "请登录后…") are
read only when nothing on the page gave a price: every Taobao page has "亲，请登录" in its top bar.
"""

from __future__ import annotations

import re

from parsel import Selector

_STRONG_BODY = (
    (re.compile(r"acw_sc__v2|acw_sc__v3"), "Aliyun anti-bot JavaScript challenge (acw_sc__v2 cookie)"),
    (re.compile(r"_____tmd_____|/punish\?|x5secdata|bx-pu-|baxia-punish|/sec\.taobao\.com"),
     "Taobao/Tmall anti-bot punish page (captcha)"),
    (re.compile(r"nc_1_n1z|nc_1_wrapper|nc-container|请按住滑块|拖动到最右边|滑动验证|滑块验证|请拖动滑块|拖动滑块"),
     "slider captcha (滑动验证) instead of the product"),
    (re.compile(r"geetest_|gt_captcha|tcaptcha|captcha\.qq\.com|verify\.jd\.com|jcap_"), "captcha instead of the product"),
    (re.compile(r"访问被拒绝|访问被阻断|拒绝访问|您的访问被拦截|访问受限|请求被拦截|access denied|request blocked",
                re.IGNORECASE), "access denied by the site's firewall (访问被拒绝 / WAF page)"),
)
_STRONG_TITLE = re.compile(r"验证码|安全验证|人机验证|访问验证|滑动验证|身份验证|登录|登陆|访问被拒绝|拒绝访问|访问受限|拦截"
                           r"|security check|access denied|sign in|log in|login|captcha|just a moment", re.IGNORECASE)
#: Captcha words: weak signs on a product page, enough on a review or search listing (``looks_blocked``).
CAPTCHA_MARKERS = ("captcha", "验证码", "滑块验证", "安全验证", "人机验证", "访问验证", "请完成验证", "异常流量",
                   "请拖动滑块", "访问过于频繁", "punish", "x5sec", "安全检测")
_LOGIN_WORDS = re.compile(r"请登录后|登录后查看|登录后才能|请先登录|需要登录|密码登录|扫码登录|短信登录|账号登录")
LOGIN_URL = re.compile(r"login|passport\.|signin|sign-in|/member/|verify|captcha|punish|sec\.taobao|_____tmd_____",
                       re.IGNORECASE)
_SCRIPT_REDIRECT = re.compile(
    r"""(?:(?:window|document|top|self|parent)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*["']([^"'\s]{1,2000})["']"""
    r"""|location\s*\.\s*(?:replace|assign)\s*\(\s*["']([^"'\s]{1,2000})["']""")
_GONE = re.compile(
    r"该商品已删除|商品已被删除|商品已删除|宝贝已删除|该商品不存在|商品不存在|宝贝不存在|商品已不存在|您查看的商品找不到了|商品找不到了"
    r"|宝贝找不到了|找不到该商品|页面不存在|页面找不到了|页面走丢了|链接已失效|商品已失效|item not found|page not found"
    r"|product not found|404 not found")
_MESSAGE_BLOCKS = ("//title/text()", "//h1", "//h2", "//h3",
                   ("//*[re:test(concat(@class, ' ', @id), 'error|empty|notice|tips?\\b|404|not-?found|itemover|"
                    "goods-?err|no-?result|msg', 'i')]"))


def looks_blocked(body: str) -> bool:
    """A captcha page instead of a review or search listing (those never carry JSON-LD)."""
    head = body[:20000].lower()
    return any(marker in head for marker in CAPTCHA_MARKERS) and "application/ld+json" not in head


def block_reason(text: str, selector: Selector | None, strong_only: bool = False) -> str | None:
    """Why this page (or URL) is a block page rather than the product, or None."""
    head = text[:60000]
    if "application/ld+json" in head.lower():
        return None
    for pattern, reason in _STRONG_BODY:
        if pattern.search(head):
            return reason
    if selector is None:
        return "a login or verification page" if LOGIN_URL.search(head) and len(head) < 2100 else None
    title = " ".join(selector.xpath("//title/text()").getall())
    if title and _STRONG_TITLE.search(title):
        return f"login / verification page instead of the product (title {title.strip()[:60]!r})"
    if selector.root.xpath("boolean(//input[translate(@type, 'PASSWORD', 'password')='password'])") \
            and "登录" in head:
        return "login wall: the site wants a login (亲，请登录; set cookies for this target?)"
    if strong_only:
        return None
    lowered = head.lower()
    if any(marker in lowered for marker in CAPTCHA_MARKERS):
        return "captcha / verification page instead of the product"
    if match := _LOGIN_WORDS.search(head):
        return f"login wall ({match.group(0)}): the site wants a login (set cookies for this target?)"
    return None


def gone_reason(selector: Selector, shopper_text: str) -> str | None:
    """The page says the product does not exist (a soft 404 served with HTTP 200)."""
    places = [shopper_text] if len(shopper_text) < 3000 else []
    for path in _MESSAGE_BLOCKS:
        places.extend(n.xpath("string()").get() for n in selector.xpath(path)[:50])
    for place in places:
        if place and (match := _GONE.search(place)):
            return f"the page says the product is gone ({match.group(0)}) although the site answered HTTP 200"
    return None


def script_redirect(body: str, selector: Selector) -> str | None:
    """The URL a stub page sends the browser to by script (``location.href = …``, ``location.replace(…)``) or
    by a meta refresh that was not followed (Scrapy follows those with a short delay itself)."""
    if len(" ".join(selector.xpath("//body//text()[not(ancestor::script)]").getall()).split()) > 40:
        return None  # a real page with a redirect somewhere in its scripts
    for refresh in selector.xpath("//meta[translate(@http-equiv, 'REFSH', 'refsh')='refresh']/@content").getall():
        if match := re.search(r"url\s*=\s*['\"]?([^'\"\s>]+)", refresh, re.IGNORECASE):
            return match.group(1)
    for script in selector.xpath("//script[not(@src)]/text()").getall()[:50]:
        if match := _SCRIPT_REDIRECT.search(script[:200000]):
            return match.group(1) or match.group(2)
    return None
