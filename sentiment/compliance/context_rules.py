"""Context rules: the few exemptions that depend on what surrounds a word, not on the word.

Allow phrases (exemptions.yaml) cover fixed contexts such as 最新/第一次/一级能效.  What they
cannot express lives here, one small function per rule, named in packs with ``rule:``.  Each
rule sees the normalised title and the match span and returns the level to report, or None
when the context exempts the word.  They run only for titles that already have a hit, so
they may be plain Python.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

#: rule(normalised_title, start, end, pack_level) -> level or None (exempt)
ContextRule = Callable[[str, int, int, str], "str | None"]

_CN_DIGITS = "零〇一二三四五六七八九十百千万两半"
_UNITS = ("kg|g|mg|t|斤|公斤|克|吨|m|cm|mm|km|米|厘米|毫米|公里|寸|英寸|尺|h|小时|分钟|min|秒|s|天|"
          "个月|周|年|w|kw|瓦|千瓦|v|伏|a|安|mah|ah|毫安|ml|l|升|毫升|度|倍|人|位|件|层|档|速|级|"
          "码|号|gb|tb|mb|hz|db|分贝|帕|pa|kpa|bar|平|平米|平方|㎡|元|折|款|种|色|片|粒|包|瓶|次")
_FIGURE = re.compile(rf".{{0,6}}?(?:(?<![0-9])([0-9]+)({_UNITS})?|([{_CN_DIGITS}]+)(?:{_UNITS}))")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")

#: Words after 第一/第1 that make it an ordinal or a first-time word, not a ranking claim.
_ORDINAL_NEXT = set("章代次季集期节课步批届天周年月部卷册辑弹波版讲回话场轮关层排页条眼杯个任位站句段行幕篇台辆件只双本张套支顿单泡")
_ORDINAL_PHRASES = ("时间", "人称", "视角", "印象", "阶段", "手", "单元", "部分", "口就", "口吃", "口喝",
                    "乐章", "学期", "学年", "级")
_RANKING_HEADS = ("第一", "第1")
_PERIOD = re.compile(r"(?:19|20)[0-9]{2}|年度|季度|半年|[0-9一二三四五六七八九十]月|双11|双十一|618|[周月年]榜")
_SOURCES = ("天猫", "淘宝", "京东", "拼多多", "抖音", "快手", "苏宁", "唯品会", "小红书", "亚马逊", "tmall",
            "jd", "来源", "统计", "欧睿", "尼尔森", "中怡康", "奥维云网", "凯度", "艾瑞", "gfk",
            "euromonitor", "榜单", "排行榜")
# WeChat ids are 6-20 characters starting with a letter; QQ numbers 5-11 digits; phones 11.
_CONTACT_ID = re.compile(r"(?:号码?|id|账号|同号|是|为)?(?:[a-z][a-z0-9_-]{5,19}|[0-9]{5,12}|[零〇一二三四五六七八九幺两]{5,11})")
_CONTACT_PREFIX = set("加+")
_PAYMENT_WORDS = ("支付", "付款", "收款", "扫码", "红包", "零钱")


def figure(norm: str, start: int, end: int, level: str) -> str | None:
    """Specifications with a figure are facts (最长续航12小时, 最大承重200kg): exempt.

    Units are often symbols the normaliser drops (℃, %), so any digits within a few
    characters count; numbers in Chinese need a unit (最长续航十二小时, not 最大的一次).
    A year on its own ("最大 2024新款") is not a figure for the word before it.
    """
    found = _FIGURE.match(norm, end)
    if found is None:
        return level
    digits, unit = found.group(1), found.group(2)
    if digits and _YEAR.fullmatch(digits) and unit in (None, "年", "款"):
        return level  # "最大 2024新款": a year, not a figure
    return None


def ranking(norm: str, start: int, end: int, level: str) -> str | None:
    """Rankings: ordinals are exempt; a ranking with period AND platform/source needs evidence.

    第一章/第一代/第一次/第1季 are not claims.  "2023年天猫销量第一" may be true, so it is
    ``review`` (the seller must hold the source, 广告法第十一条) instead of ``block``.
    """
    word = norm[start:end]
    if word.endswith(_RANKING_HEADS) and _is_ordinal(norm, end):
        return None
    if _PERIOD.search(norm) and any(source in norm for source in _SOURCES):
        return "review" if level == "block" else level
    return level


def _is_ordinal(norm: str, end: int) -> bool:
    following = norm[end:end + 1]
    if not following:
        return False
    if following in _ORDINAL_NEXT or following.isdigit() or following in "十百千":
        return True
    return norm.startswith(_ORDINAL_PHRASES, end)


def contact(norm: str, start: int, end: int, level: str) -> str | None:
    """Contact handles: with an id or number after them, or "加" before them, they divert buyers.

    A bare 微信 is usually harmless, so packs give it a low level and this rule raises it to
    ``block`` when an id follows.  A payment word right after it (添加微信支付) exempts it.
    """
    if norm.startswith(_PAYMENT_WORDS, end):
        return None
    if start > 0 and norm[start - 1] in _CONTACT_PREFIX:
        return "block"
    if _CONTACT_ID.match(norm, end):
        return "block"
    return level


def contact_id_end(norm: str, end: int) -> int:
    """Where the account id or number after a contact word ends (``end`` when there is none).

    Findings for "vx: abc123" cover the id too, so the suggested rewrite removes both.
    """
    found = _CONTACT_ID.match(norm, end)
    return found.end() if found else end


#: Rules packs may name with ``rule:``.
#: Nouns of a usage instruction: 最佳饮用温度, 最佳观看距离, 最佳醒酒时间.
_USAGE = re.compile(r".{0,4}?(?:时间|温度|水温|距离|方式|方法|时期|季节|时段|角度|用量|比例|浓度|湿度|水域|赏味期|适饮期)")


def usage(norm: str, start: int, end: int, level: str) -> str | None:
    """最佳 describing how or when to use a product (最佳饮用温度, 最佳观看距离2.5米) is a usage
    tip, not a quality claim (SAMR guideline): exempt when a usage noun follows within 4
    characters; 最佳选择/最佳品质 stay flagged."""
    return None if _USAGE.match(norm, end) else level


#: An amount or a period right after an earnings word: 日赚300, 回本周期45天, 月入过万, 稳涨20%.
_AMOUNT = re.compile(rf".{{0,2}}?(?:[0-9]|[{_CN_DIGITS}]+(?:万|千|百|元|块|天|个月|月|年)|过|破|上万)")


def amount(norm: str, start: int, end: int, level: str) -> str | None:
    """Words such as 回本周期/月入/稳涨 are an earnings promise when a figure follows (回本周期45天, 稳涨20%);
    alone they are ordinary words (a pack may still list the few that are promises by themselves, 日赚)."""
    return level if _AMOUNT.match(norm, end) else None


RULES: dict[str, ContextRule] = {"figure": figure, "ranking": ranking, "contact": contact, "usage": usage,
                                 "amount": amount}

# A literal first character lets the regex engine skip ahead fast; the digit boundaries are
# checked afterwards (a look-behind first would disable that scan, 40x slower on a batch).
_PHONE_CANDIDATES = (re.compile(r"1[3-9][0-9]{9}"),   # mobile
                     re.compile(r"400[0-9]{7}"), re.compile(r"800[0-9]{7}"))  # hotlines
_CN_DIGIT = "零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖"
#: A mobile number in Chinese numerals (一三八…, 壹叁玖…): 11 of them starting 1 then 3–9.
_CN_PHONE = re.compile(rf"[一幺壹][三四五六七八九叁肆伍陆柒捌玖][{_CN_DIGIT}]{{9}}(?![{_CN_DIGIT}])")


def find_phone_numbers(text: str) -> list[tuple[int, int]]:
    """Mobile numbers (11 digits, 13x–19x) and 400/800 hotlines not glued to other digits.

    Numbers written in Chinese (一三八…, 壹叁玖…) count when they are 11 numerals shaped like a mobile
    number; shorter ones are caught after a contact word by :func:`contact`.
    """
    spans = [found.span() for found in _CN_PHONE.finditer(text)
             if found.start() == 0 or text[found.start() - 1] not in _CN_DIGIT]
    for candidate in _PHONE_CANDIDATES:
        for found in candidate.finditer(text):
            start, end = found.span()
            if (start == 0 or not text[start - 1].isdigit()) and not text[end:end + 1].isdigit():
                spans.append((start, end))
    return sorted(spans)

_COLONS = (ord(":"), ord("："))
# The handle may carry decoration before the colon ("V❤：", "薇❤️："): up to three symbols
# (not letters, digits or CJK characters, not another colon).
_HANDLE_BEFORE_COLON = re.compile(
    r"(?:(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[vVｖＶqQｑＱ]|[vVｖＶwWｗＷ][xXｘＸ]|tel|TEL|Tel)|[微薇威徽嶶徾扣蔻]|企鹅)"
    r"[^\w:：]{0,3}$")
# A WeChat id (a letter, then 5-19 letters/digits/_/-), a mobile number, or a QQ number.
_ID_AFTER_COLON = re.compile(r"\s*(?:[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9_\-Ａ-Ｚａ-ｚ０-９]{5,19}|[1１][3-9３-９][0-9０-９]{9}|[0-9０-９]{5,11})(?![0-9０-９])")


def find_colon_handles(source: str, source_codes: np.ndarray) -> list[tuple[int, int]]:
    """Spans like "V：xyz888" / "Q: 12345678" in the ORIGINAL text.

    A single-letter handle is too short to be a pattern, and the colon that makes it one is
    dropped by normalisation, so this looks at the source code points (vectorised) instead.
    """
    colons = np.flatnonzero((source_codes == _COLONS[0]) | (source_codes == _COLONS[1]))
    spans = []
    for colon in colons.tolist():
        before = _HANDLE_BEFORE_COLON.search(source, max(0, colon - 8), colon)
        after = _ID_AFTER_COLON.match(source, colon + 1)
        if before and after:
            spans.append((before.start(), after.end()))
    return spans


_QUOTES = (("《", "》"), ("「", "」"), ("『", "』"), ("〈", "〉"))
_MARKS = "®™©"


def is_work_title_or_trademark(title: str, start: int, end: int) -> bool:
    """Names are not claims: a word inside 《…》 (a book or film) or marked ® / ™."""
    if title[end:end + 1] in _MARKS and end < len(title):
        return True
    for opening, closing in _QUOTES:
        left = title.rfind(opening, 0, start)
        if left >= 0 and title.rfind(closing, left, start) < 0 and title.find(closing, end) >= 0:
            return True
    return False
