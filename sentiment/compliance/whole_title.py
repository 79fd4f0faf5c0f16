"""Whole-title context that changes a title's findings after they are found.

Some exemptions depend on what the title as a whole is about, not on the words around a hit:
superlatives about the shop's own range, products that name their licence, praise printed on a
pennant, slogans printed on goods, books about a disease, warnings to patients, courses for medical
exams, plant-protection products.  Each check starts with a C-speed test on the title, so titles they
cannot apply to cost almost nothing.
"""

from __future__ import annotations

import re
from typing import Callable

from sentiment.compliance import licences
from sentiment.compliance.findings import Finding


def adjust(title: str, found: list[Finding], norm: Callable[[], str]) -> list[Finding]:
    """The findings of ``title`` after the whole-title exemptions; ``norm`` gives its normalised
    text (computed only if a licence check needs it).  Callers may skip titles for which
    :func:`may_apply` finds nothing: the result would be ``found`` unchanged."""
    found = _own_range(title, found)
    if not found:
        return found
    found = _pennants_and_books(title, _licensed_claims(title, found, norm))
    return _plant_protection(title, _exam_courses(title, _patient_warnings(title, _printed_slogans(title, found))))


#: Plant-protection products (杀菌剂, 杀虫剂, 种衣剂 …) and tree-wound sealants (伤口愈合剂 for pruned fruit trees):
#: their label names the crop disease they control, which is what they are registered for (农药管理条例), not a
#: medical claim about people.  Fertilisers and microbial agents (叶面肥, 菌剂) may not claim to control disease,
#: so they are not among them; nor is a bare 农药 (无农药 蔬菜, 去除农药残留 say nothing about a pesticide sold).
_PESTICIDE = re.compile("杀菌剂|杀虫剂|除草剂|杀螨剂|杀线虫剂|抗病毒剂|种子处理剂|种薯处理剂|种衣剂|悬浮剂|乳油|"
                        "可湿性粉剂|水分散粒剂|伤口愈合剂(?=.{0,12}(?:果树|树木|修剪|嫁接|盆景|园林))|"
                        "(?:果树|树木|修剪|嫁接|盆景|园林).{0,12}伤口愈合剂")
#: The words such a label uses for what it does (治疗性杀菌剂, 预防晚疫病, 抗病毒); a human disease (癌, 血压 …)
#: named next to them is another matter and stays.
_PLANT_CARE_WORDS = ("治疗", "预防", "防治", "抗病毒", "杀菌", "消毒", "抑菌", "抗菌", "伤口愈合", "愈合")


#: Pests and diseases of plants: a title that names one (防治介壳虫, 兰花根腐病防治) is about plant care, whatever
#: form the product takes (石硫合剂, 防虫网, 肥皂水喷雾).  青虫 and 粉虱 also find 菜青虫 and 白粉虱.
_PLANT_PEST = re.compile("介壳虫|蚧壳虫|蚜虫|红蜘蛛|青虫|蓟马|粉虱|潜叶蝇|小菜蛾|地老虎|蛴螬|"
                         "根腐病|白粉病|黑斑病|炭疽病|霜霉病|灰霉病|叶斑病|锈病|黑腐病|软腐病|茎腐病|枯萎病|晚疫病|"
                         "植物生长调节剂")
#: A fertiliser may not claim to control pests or diseases (海藻酸叶面肥 防治根腐病): that stays a finding.
_FERTILISER = re.compile("肥(?!皂)|营养液|菌剂|调理剂|改良剂|生根粉|生根剂")


def plant_protection(title: str) -> bool:
    """Whether ``title`` sells a plant-protection product (see _PESTICIDE), or names a plant pest or disease
    and is not a fertiliser."""
    if ("剂" in title or "乳油" in title) and _PESTICIDE.search(title) is not None:
        return True
    return _PLANT_PEST.search(title) is not None and _FERTILISER.search(title) is None


def _plant_protection(title: str, found: list[Finding]) -> list[Finding]:
    """Medical findings made of plant-care words drop to ``info`` on a plant-protection product."""
    if not plant_protection(title):
        return found
    return [Finding(f.text, f.start, f.end, f.word, "info", f.entry)
            if f.category == "medical" and f.text in _PLANT_CARE_WORDS else f for f in found]


def exam_course(title: str, licensed_only: bool = False) -> bool:
    """Whether ``title`` sells material for a medical profession's qualification exam (执业医师 题库, 康复治疗师
    考试): its disease and treatment words are the syllabus.  An endorsement word rules it out (执业医师推荐).
    ``licensed_only``: only the professions licensed by a state exam (not 营养师 or 健康管理师 courses, which
    sell their own cures: 营养师课程 教你逆转糖尿病)."""
    profession = _LICENSED_PROFESSION if licensed_only else _PROFESSION
    return profession.search(title) is not None and _COURSE.search(title) is not None \
        and not any(word in title for word in ("推荐", "同款", "力荐", "专用"))


def _exam_courses(title: str, found: list[Finding]) -> list[Finding]:
    """Medical findings drop to ``info`` in exam material (see :func:`exam_course`)."""
    if not exam_course(title):
        return found
    return [Finding(f.text, f.start, f.end, f.word, "info", f.entry) if f.category == "medical" else f for f in found]


#: A superlative about the seller's own range (本店销量最高款, 同系列中续航最长, 本品牌最薄款) compares the
#: shop's products with each other, which the SAMR 2023 guideline allows.
_OWN_RANGE = ("本店", "店内", "店里", "我家", "我们家", "咱家", "自家", "本品牌", "同系列", "本系列", "全店", "店铺", "本款系列", "本机型", "本链接", "此链接")
_OWN_RANGE_MARK = re.compile("|".join(_OWN_RANGE))
_WIDE_SCOPE = ("全网", "全国", "全球", "行业", "同行", "同类", "史上", "世界", "市场", "所有")
#: What the shop itself is praised for (本店手法最好, 店里服务最好): a claim about the seller, not a comparison
#: among its products.
_SHOP_QUALITY = ("手法", "技术", "技师", "服务", "手艺", "质量", "品质", "口碑", "效果", "疗效")


def _own_range(title: str, found: list[Finding]) -> list[Finding]:
    """Drop 最… findings that follow a reference to the shop's own range within 8 characters, unless
    a wider scope or a quality of the shop comes in between (本店承诺全网最低 still compares with everyone,
    本店手法最好 praises the shop)."""
    if "最" not in title or _OWN_RANGE_MARK.search(title) is None:  # the common case, at C speed
        return found
    return [f for f in found if not (f.category == "absolute" and "最" in f.word
                                     and not any(scope in f.text for scope in _WIDE_SCOPE)
                                     and _about_own_range(title, f.start))]


def _about_own_range(title: str, start: int) -> bool:
    """Whether one of _OWN_RANGE comes within the 8 written (non-space) characters before ``start``."""
    before = "".join(title[max(0, start - 16):start].split())[-8:]
    cut = max((before.rfind(mark) + len(mark) for mark in _OWN_RANGE if mark in before), default=-1)
    return cut >= 0 and not any(scope in before[cut:] for scope in _WIDE_SCOPE + _SHOP_QUALITY)


#: Every registration number licences.licensed knows has one of these in the original title.
_LICENCE_HINT = re.compile(r"[字械健證证妆妝审審帽兽獸]|[pPｐＰ][dDｄＤ]|[oOｏＯ][tTｔＴ][cCｃＣ]|登记")


#: Goods whose product IS a printed message of thanks or praise (锦旗 妙手回春 送医生, 牌匾 桃李满天下,
#: 奖状 最佳进步奖, 奖杯 最佳球员MVP, 奖励印章 你是最棒的, 荣誉证书 最美员工, 喜报 … 第一名).
_THANKS_GOODS = re.compile("锦旗|牌匾|奖杯|奖状|奖牌|奖章|荣誉证书|奖励印章|奖励贴|表扬贴|喜报")
#: Books: a title may name the disease the book is about (高血压饮食调养书, 癌症科普读物).
_BOOK = re.compile(r"书籍|图书|读物|科普|食谱|教材|绘本|(?<![包桌架柜签证])书(?:$|\s)")


#: Goods sold for the words printed on them ("宇宙最强打工人"钥匙扣, "第一名"班服 T恤): a quoted slogan on
#: them is the buyer's joke or message, not a claim about the goods.
_PRINTED_GOODS = re.compile("t恤|卫衣|抱枕|钥匙扣|挂件|围裙|班服|文化衫|贴纸|冰箱贴|车贴|横幅|徽章|胸章|帆布包|马克杯|"
                            "手机壳|帽|印花|印字|字样|刻字|文字定制|[印刻绣][有着]?[\"“]", re.IGNORECASE)
_SLOGAN = re.compile(r'"[^"]{1,20}"|“[^”]{1,20}”')
#: What follows words printed on the goods without quotes (胸前NO.1字样, 出入平安 字样).
_PRINT_AFTER = ("字样", "图案", "印花", "刻字")


#: The medical professions that a state exam licenses; their exam material is trusted with the claim model's medical
#: findings too (the model reads 营养师课程 教你逆转糖尿病 as the cure claim it is).
_LICENSED_PROFESSION = re.compile("执业医师|执业药师|执业护士|护士资格|主管护师|医学考研|护理学考研|西医综合|中医综合|药学考研|"
                                  "兽医资格|医师资格|规培|执业助理|康复治疗师|治疗师考试|中医考研|西医考研|卫生资格|主治医师|执业兽医")
#: Preparation for a medical profession's qualification exam (执业医师 针灸学 治疗总论 网课, 主管护师 哮喘患儿护理 真题):
#: the disease and treatment words are the syllabus, not a claim about the product.  Both a qualification and a
#: course word must be there, so 执业医师推荐 on a product stays an endorsement.
_PROFESSION = re.compile(_LICENSED_PROFESSION.pattern + "|护师|健康管理师|营养师|药学专业|中药学专业|心理咨询师|临床医学|心理学考研")
_COURSE = re.compile("网课|课程|讲义|题库|真题|精讲|章节|教材|考试|考研|备考|刷题|笔记|知识点|考点|速记|案例分析")


#: A character or word that every exemption of this module needs in the title (最 for the own
#: range, a licence hint (its 字 covers 字样), 锦旗/牌匾/奖杯/证书/喜报, a book word, a quote or 图案, a patient
#: warning, a medical qualification, a pesticide): one regex search rules out most titles.
may_apply = re.compile("|".join(("最", _LICENCE_HINT.pattern, "[锦匾奖书表\"“患医病图剂]", "读物|科普|食谱|教材|乳油|喜报",
                                 _PROFESSION.pattern))).search


#: A warning to patients (高血压心脏病患者及孕妇不宜, 有心血管疾病者请先咨询医生, 糖尿病患者请到医院处理):
#: the disease words in it name who must not use the product, not what it treats.
_PATIENT_WARNING = re.compile(r"(?:患者|疾病者|病人)(?:及[^\s]{1,4})?(?:请|不宜|禁止|禁用|慎用|勿|不建议|需遵医嘱)"
                              r"|请先咨询医生|请到医院|请遵医嘱")


def _patient_warnings(title: str, found: list[Finding]) -> list[Finding]:
    """Review-level medical findings (a disease name, 燃脂) drop to ``info`` in a title that warns
    patients off; a treatment claim (block) stays."""
    if ("患者" not in title and "医" not in title and "病" not in title) or _PATIENT_WARNING.search(title) is None:
        return found
    return [Finding(f.text, f.start, f.end, f.word, "info", f.entry)
            if f.category == "medical" and f.level == "review" else f for f in found]


def _pennants_and_books(title: str, found: list[Finding]) -> list[Finding]:
    """Praise printed on a pennant, plaque, award, certificate or 喜报 is the buyer's message, not a claim about the goods:
    medical, absolute and guarantee findings (妙手回春 药到病除) drop to ``info`` (contacts, prices and
    other claims stay).  A book may name a disease: its ``review``-level medical findings (a disease name, 减肥) drop to ``info``,
    while a cure claim (根治, block) stays."""
    # The character tests run at C speed and rule out almost every title before a regex does.
    if ("锦" in title or "匾" in title or "奖" in title or "证书" in title or "喜报" in title) \
            and _THANKS_GOODS.search(title) is not None:
        return [Finding(f.text, f.start, f.end, f.word, "info", f.entry)
                if f.category in ("medical", "absolute", "guarantee") and not _about_the_pennant(title, f) else f for f in found]
    if ("书" in title or "读物" in title or "科普" in title or "食谱" in title or "教材" in title) \
            and _BOOK.search(title) is not None:
        return [Finding(f.text, f.start, f.end, f.word, "info", f.entry)
                if f.category == "medical" and f.level == "review" else f for f in found]
    return found


def _printed_slogans(title: str, found: list[Finding]) -> list[Finding]:
    """A superlative or ranking inside a quoted slogan on goods sold for their print ("我是最棒的"儿童T恤,
    "天下第一好老公"抱枕, 礼盒印“最佳男友”), or right before 字样/图案 (胸前NO.1字样), drops to ``info``, as
    on a pennant; elsewhere in the title it stays a claim."""
    if ('"' not in title and "“" not in title and "字样" not in title and "图案" not in title) \
            or _PRINTED_GOODS.search(title) is None:
        return found
    quoted = [match.span() for match in _SLOGAN.finditer(title)]

    def printed(f: Finding) -> bool:
        return any(q0 < f.start and f.end < q1 for q0, q1 in quoted) \
            or title[f.end:f.end + 4].lstrip().startswith(_PRINT_AFTER)

    return [Finding(f.text, f.start, f.end, f.word, "info", f.entry) if _printable(f) and printed(f) else f
            for f in found]


def _printable(finding: Finding) -> bool:
    """What a printed slogan may say: a superlative or ranking (我是最棒的), or a blessing the packs
    only ask to review (出入平安); a price, a market-wide claim or a blocked luck claim stays."""
    if finding.category == "absolute":
        return finding.level != "info" and not _sellers_own(finding.text)
    return finding.category == "superstition" and finding.level == "review"


#: A quality of the goods right after a finding (奖牌 最耐用的材质, 国家级工艺): the seller describing the award itself.
_QUALITY_AFTER = re.compile(r"\s*的?(?:工艺|材质|品质|质量|做工|用料|材料)")


def _sellers_own(text: str) -> bool:
    """A price or market-wide superlative (全网最低价, 全国第一) on a pennant's listing is the seller's
    claim about the pennant, not text printed on it."""
    return "价" in text or any(scope in text for scope in _WIDE_SCOPE)


def _about_the_pennant(title: str, found: Finding) -> bool:
    """Besides _sellers_own: a return on money (锦旗刺绣机 包回本) or a claim about the goods' make (奖牌
    最耐用的材质, 国家级工艺) is the seller's claim about what is sold, not text printed on it."""
    return _sellers_own(found.text) or "回本" in found.text or "赚" in found.text \
        or _QUALITY_AFTER.match(title, found.end) is not None


def _licensed_claims(title: str, found: list[Finding], norm: Callable[[], str]) -> list[Finding]:
    """Medical findings drop to ``info`` when the title carries a registration number
    (国药准字Z…, 国食健字G…): a drug or health food may state its approved use.  A licence mark
    without its number (布洛芬 国药准字 OTC 缓解头痛) lowers ``block`` to ``review``: likely a
    registered product, but a person should see the number before it is published."""
    if _LICENCE_HINT.search(title) is None:  # no licence can be named: the common case
        return found
    if not any(f.category == "medical" and f.level != "info" for f in found):
        return found
    normalised = norm()
    if licences.licensed(normalised):
        lowered = {"block": "info", "review": "info"}
    elif licences.names_a_licence(normalised):
        lowered = {"block": "review"}
    else:
        return found
    return [Finding(f.text, f.start, f.end, f.word, lowered[f.level], f.entry)
            if f.category == "medical" and f.level in lowered else f for f in found]
