"""Context rules for promises: when a word about results, refunds, savings or durability is a
guarantee (or a comparison) and when it is an ordinary description.

Split from context_rules.py, which registers them with the other rules under their pack names
(``rule: amount | period | outcome_refund | lasting | compared | never_fails | score_jump``).  Same contract:
each rule sees the normalised title and the match span and returns the level to report, or None
when the context exempts the word.
"""

from __future__ import annotations

import re

#: Chinese numerals, including financial forms (壹贰叁) and 两/半, for figures written in words.
CN_DIGITS = "零〇一二三四五六七八九十百千万两半壹贰叁肆伍陆柒捌玖拾佰仟"


#: An amount or a period right after an earnings word: 日赚300, 回本周期45天, 月入过万, 稳涨20%.
_AMOUNT = re.compile(rf".{{0,2}}?(?:[0-9]|[{CN_DIGITS}]+(?:万|千|百|佰|仟|元|块|天|个月|月|年)|过|破|上万)")


def amount(norm: str, start: int, end: int, level: str) -> str | None:
    """Words such as 回本周期/月入/稳涨 are an earnings promise when a figure follows (回本周期45天, 稳涨20%);
    alone they are ordinary words (a pack may still list the few that are promises by themselves, 日赚)."""
    return level if _AMOUNT.match(norm, end) else None


#: A period right before a result (7天见效, 三个月回本, 21天过目不忘, 24小时内除净): a time-bound promise.
_PERIOD_FIGURE = rf"(?:[0-9]+|[{CN_DIGITS}几]+)(?:天|日|周|星期|个月|月|年|小时|分钟|秒|次|晚|夜|疗程)"
_PERIOD_DIRECT = re.compile(rf"{_PERIOD_FIGURE}(?:内|之内|以内)?(?:就能|就可|即可|就|即|可|能|便|保证|包|速|快速|轻松|"
                            rf"立刻|立即|马上|直接|必|稳)?$")
#: Up to two other characters between (14天睫毛翻倍, 3个月收益翻倍) make it ``review``; not when they
#: are about delivery, returns, warranty or packs (24小时发货, 7天无理由, 5年老店, 2片装).
_PERIOD_GAP = re.compile(rf"{_PERIOD_FIGURE}[^0-9发货退换修邮装款套件袋盒瓶支只片包店质保试用老售]{{1,2}}$")
_YEAR_PERIOD = re.compile(r"(?:19|20)[0-9]{2}年")
#: Preparation steps before a period (空烧5分钟去除异味, 通风3天除醛味): an instruction for first use.
_PREPARATION = ("空烧", "空转", "预热", "通风", "晾晒", "开窗", "开窗通风")


def period(norm: str, start: int, end: int, level: str) -> str | None:
    """Results such as 见效/回本/长高/除净 are promises when a period comes right before them
    (7天见效, 三个月回本); alone (回本快?) the pack's other entries decide."""
    before = norm[max(0, start - 9):start]
    direct = _PERIOD_DIRECT.search(before)
    if direct is not None:
        if _date_or_ordinal(before, direct.start()):
            return None
        if before.endswith(_PREPARATION, 0, direct.start()):
            return None  # 首次使用 空烧5分钟去除异味: how to prepare the goods, not a result
        return level
    gap = _PERIOD_GAP.search(before)
    if gap is not None and not _date_or_ordinal(before, gap.start()):
        return "review" if level == "block" else level
    return None


def _date_or_ordinal(before: str, at: int) -> bool:
    """Whether the figure at ``at`` is a date (2023年) or an ordinal (第一次怀孕), not a period."""
    return _YEAR_PERIOD.search(before, at) is not None or before[at - 1:at] == "第"


#: What makes a refund a promise of results: a condition on the outcome right before it
#: (不到7分全额退款, 考不过全额退款, 没效果全额退款); 不满意全额退款 is an ordinary return policy.
#: Any other 不 + a result counts too (洗不干净包退, 不水润全额退, 教不会不收钱), but not the ordinary
#: return reasons (不满意, 不合适, 不喜欢, 尺码不对, 质量不好) or product names (不粘锅, 不锈钢: 不粘锅 破损包赔;
#: 不粘包退 stays a promise).
_OUTCOME_BEFORE = re.compile(r"(?:不到|没到|达不到|未达到|未达|不达标|考不过|没考过|没考上|考不上|不过|没过|没通过|不通过|"
                             r"没效果|无效果|无效|不见效|不起效|瘦不了|不瘦|不白|不长|不涨|没涨|亏损|亏本|不赚|过不了|"
                             r"减产|没上岸|没变化|没用|还有|还红|还痒|还疼|还漏|没长|没瘦|没变白|没白|没好转|没提分|没见效|没提高|"
                             r"没消|没降|没拿|拿不到|没出签|拒签|挂科|晒黑|脱妆|掉色|起球|不满格|卡顿|有异响|"
                             # damage from use, not from shipping (用坏包赔, 摔碎屏幕赔新机; 坏果包赔 stays clean)
                             r"用坏|摔坏|摔碎|摔裂|碎屏|缩水|咬坏|断线|掉线|断网|进水|掉速|卡了|慢了|粘锅|失败|插坏|充坏|烧坏|充不满|"
                             r"跑不满|烧了|玩坏|按烂|飞丢|烧车|爆管|空鼓|坐塌|炸线|进贼|掉皮|滴水|抖动|炸了|磨平|弯了|烂了|"
                             r"背坏|穿烂|穿坏|穿破|用烂|踩坏|踢坏|坐坏|冻脚|冻手|钩丝|卷刃|卷了|打爆|踢爆|洇墨|渗墨|断芯|摔破|亏了|"
                             # make-up that fails on the skin (卡粉包退, 闷痘包退), a rod that snaps, a nappy that leaks
                             r"卡粉|拔干|闷痘|爆痘|长痘|搓泥|浮粉|斑驳|假白|断竿|漏一次|侧漏|"
                             # pet food that upsets the stomach (软便包退), shoes that come apart, a racket that snaps
                             r"软便|拉稀|呕吐|开胶|脱胶|打断|断裂|烧黄|炸片|"
    r"(?<!质量|做工|品质)(?<!装)不(?!满意|合适|喜欢|爱|想要|要|需要|对|符|合身|新鲜|完整|一致|正|甜|好吃|香|脆|是原装|是正品|是真|成团|合脚|影响|合口味|合胃口|亮|适配|匹配|兼容|粘锅|锈钢)[^满]{1,3})"
                             r"[^满]{0,4}$")


#: A bounded warranty right before a defect (质保一年 非人为断竿包换, 一年内断竿免费换新, 质保一年开胶包换): the
#: seller states what the warranty covers, which is allowed; without the bound (断竿终身包换, 断竿包赔) it is a promise.
_WARRANTY_TERM = re.compile(rf"质保|保修|三包|非人为|(?:[0-9]{{1,2}}|[{CN_DIGITS}])(?:年|个月|天)内")
_REPLACEMENT = ("包换", "免费换新", "免费换", "包换新")


def outcome_refund(norm: str, start: int, end: int, level: str) -> str | None:
    """A refund is a guarantee of results only when conditioned on them (see _OUTCOME_BEFORE)."""
    condition = _OUTCOME_BEFORE.search(norm, max(0, start - 8), start)
    if condition is None:
        return None
    if norm[start:end] in _REPLACEMENT and _WARRANTY_TERM.search(norm, max(0, condition.start() - 8), condition.start() + 1):
        return None
    return level


#: How long or how hard, right before a durability result (十年滴水不漏, 三年后照样不卡, 用五年依旧丝滑如新,
#: 放半年照样一把打着, 从三楼摔下都不坏): a promise about the goods' life.  A warranty term before the
#: period (质保3年 不生锈) states what the seller covers, which is allowed.
_LASTING_BEFORE = re.compile(
    rf"(?:(?:(?<![0-9第])[0-9]{{1,2}}|(?<!第)[{CN_DIGITS}几]{{1,3}})(?:年|个月|万次|万公里)|永远|永久|终身|一辈子|从不|楼摔下|米摔下|楼扔下|"
    r"摔下来|摔地上|泡水|摔[0-9一二三四五六七八九十百几]+次|(?:循环|充放电?)[0-9]+次)(?:后|内|以上|下来|过去)?(?:照样|依旧|依然|还是|仍然|仍|一样)?(?:都|也|就|保证|保持)?$")
_WARRANTY = re.compile(r"质保|保修|包换|保固|延保|三包|寿命|测试|实验|试验|标准|认证|检测")


def lasting(norm: str, start: int, end: int, level: str) -> str | None:
    """不坏/不卡/如新 are a promise when a long period or a fall comes right before them (十年滴水不漏,
    三年后照样不卡, 从三楼摔下都不坏); alone they describe the goods (不卡顿 流畅) and stay clean."""
    found = _LASTING_BEFORE.search(norm, max(0, start - 12), start)
    if found is None or _WARRANTY.search(norm, max(0, found.start() - 4), found.start()):
        return None
    return level


#: 比/甩/超过 + a rival within a few characters before 还好用/还强/几条街 (比戴森还好用, 甩三星990几条街):
#: a comparison with other brands; against the seller's own older model (比上一代还快) it is a fact the
#: seller can show.  更 (比纯棉更快干, 电泵款比手泵款更快) compares kinds of goods and stays clean.
_COMPARED_WITH = re.compile(r"(?:比|甩|超过|超越|完爆|吊打|碾压)(?!上一代|上代|前代|老款|旧款|一代|二代|上一款|之前|以前|原来)[^比]{1,7}$")


def compared(norm: str, start: int, end: int, level: str) -> str | None:
    """还好用/还耐用/几条街 are a comparative claim when 比 (甩, 超过 …) and a rival come right before them."""
    return level if _COMPARED_WITH.search(norm, max(0, start - 8), start) else None


#: A score before and after the verb (数学从62考到98, 英语从70多分考到120): a result story that promises the same to
#: the buyer, so 考到/考了/考上 count only between two scores.
_SCORE_BEFORE = re.compile(r"从[0-9]{2,3}多?分?$")
_SCORE_AFTER = re.compile(r"[0-9]{2,3}")


def score_jump(norm: str, start: int, end: int, level: str) -> str | None:
    """考到/考了/考上 between two scores is an exam-result story: a guarantee of results in the seller's own words."""
    if _SCORE_BEFORE.search(norm, max(0, start - 6), start) and _SCORE_AFTER.match(norm, end):
        return level
    return None


#: 永不/永远不 or a stretch of use (十年/三个月/一冬/洗百次) right before 不 + a result (永不延迟, 十年不炸,
#: 三年不花屏, 穿一冬不掉毛, 机洗百次不变形): a promise about the goods' life whatever the verb, so the
#: pack lists the lead-in and this rule checks what follows.  Slogans (永不言弃), return terms
#: (7天不满意包退), limits (三年不限次数), service hours (24小时不打烊) and disclaimers (6次 不承诺结果)
#: stay clean; a result already reached (吃一个月不晕了) is a cure story, which other packs judge.
_NEVER_SLOGANS = re.compile(r"言弃|言败|放弃|分离|分开|凋谢|凋零|枯萎|磨灭|落幕|止步|停歇|停止|妥协|低头|退缩|独行|熄灭|孤单|"
                            r"变心|相忘|忘|失散|服输|认输|屈服|回头|说再见|分手|将就|后悔|言老|老去|散场")
_NOT_A_RESULT = re.compile(r"限|满|喜欢|合适|想要|涨|计|收|含|足|超|少于|低于|高于|多于|到|等|同|间断|打烊|停|关门|休息|"
                           r"发货|包括|支持|适用|适合|是|退|换|能退|可退|二价|议价|还价|讲价|拆|单卖|零售|承诺|强制|代|替|提供|"
                           r"接受|参与|负责|保证|被|吵|离|添加|加|..?了")
_STRETCH_FIGURE = re.compile(rf"(?:(?<![0-9第])[0-9]{{1,5}}|(?<!第)[{CN_DIGITS}几整]{{1,3}})$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: Lead-ins that promise by themselves, with no period before them (永不, 绝对不会, 保证不).
_LEAD_WORDS = ("永", "终身", "终生", "一辈子", "绝对", "绝不", "保证", "肯定")


def never_fails(norm: str, start: int, end: int, level: str) -> str | None:
    """永不/十年不/穿一冬不 + a result (see _NEVER_SLOGANS); the figure must be a stretch of use, not a
    date (2024年不…) or an ordinal (第一次不…), and not a warranty term (质保3年 不限次数)."""
    after = norm[end:end + 4]
    if not _CJK.match(after) or _NOT_A_RESULT.match(after) or _NEVER_SLOGANS.match(after):
        return None
    if norm.startswith(_LEAD_WORDS, start):
        return level
    figure = _STRETCH_FIGURE.search(norm, max(0, start - 5), start)
    if figure is not None and norm.startswith("天", start) and figure.group() in ("一", "1", "半", "整"):
        return None  # 站一天不累: comfort over a day, not a promise about the goods' life
    if figure is None or (norm.startswith("年", start) and figure.group().isdigit() and len(figure.group()) > 2):
        return None  # no figure right before, or a date (2024年不…); 第 before it (第一次不…) is no figure either
    return None if _WARRANTY.search(norm, max(0, figure.start() - 4), figure.start()) else level


def never_fails_span(norm: str, start: int, end: int) -> tuple[int, int]:
    """The finding covers the figure before the lead-in and the result after it (十年不炸, 永不延迟)."""
    figure = _STRETCH_FIGURE.search(norm, max(0, start - 5), start)
    if figure is not None and not norm.startswith(_LEAD_WORDS, start):
        start = figure.start()
    result = end
    while result < min(len(norm), end + 2) and _CJK.match(norm[result]) and norm[result] not in "的了":
        result += 1
    return start, result
