"""Characters sellers write in place of others: emoji for words, look-alike letters from other
scripts, old variant characters, and letters for digits inside numbers.

The tables feed the normaliser's one code-point lookup (see :mod:`sentiment.normalize`); the digit
look-alikes depend on their neighbours, so they are read in a pass of their own afterwards.
"""

from __future__ import annotations

import numpy as np

#: Emoji that sellers write instead of a contact word: 🐧 for QQ's 企鹅 ("🐧1038829911"),
#: 🛰 for 卫星 (wèixīng, a homophone of 微信: "➕🛰 abc123"); 🥇 for 冠军 (a gold medal: "全网🥇" is
#: 全网冠军, while a bare 冠军 is only `info`, so "🥇足金" stays a colour), 🔝 for top ("🔝级") and
#: 🆕 for 新 (最🆕款 is 最新款, a time word, not 最 + 款), 🐟 for 鱼 (钓🐟台), ⚕ for 医生 (皮肤科👨‍⚕️推荐),
#: 💊 for 药 (比💊还管用), 👮 for 警察 (👮‍♂️专用), 🉑 for 可 (不满意🉑退), 🌸 for 花 (天🌸板), 🟩 for
#: 绿 (🟩泡泡 and 🟢泡泡 are 绿泡泡, WeChat) and 🈴 for 合 (包🈴格).  Not 🏥 for 医院: sellers put it inside
#: words as decoration (医🏥生推荐, 卫🏥健委).
SYMBOL_WORDS = {"\U0001F427": "企鹅", "\U0001F6F0": "卫星", "\U0001F4AF": "100", "\U0001F947": "冠军",
                "\U0001F51D": "top", "\U0001F195": "新", "\U0001F41F": "鱼", "\u2695": "医生",
                "\U0001F48A": "药", "\U0001F46E": "警察", "\U0001F251": "可", "\U0001F338": "花",
                "\U0001F7E9": "绿", "\U0001F7E2": "绿", "\U0001F234": "合"}
LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    # Cyrillic ze for 3 inside phone numbers ("1З8O0l38OOO"); no title has Russian words to spoil
    "з": "3",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "u",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    # omega for w ("ωx：jcc_dl" is wx); inside a kaomoji ((・ω・)) it becomes a harmless w
    "ω": "w",
    # look-alikes of 一 (a katakana long-vowel mark inside a Japanese word becomes 一 too, harmlessly:
    # no lexicon word puts 一 next to kana)
    "ー": "一", "ㄧ": "一", "㇐": "一", "ㅡ": "一", "ᅳ": "一",  # ᅳ: what NFKC makes of ㅡ
    # katakana ni for 二 ("独一无ニ"); no lexicon word puts 二 next to kana either
    "ニ": "二",
    # look-alikes of v from other scripts ("ᐯ：mango_0302")
    "ᐯ": "v", "∨": "v", "ѵ": "v", "ʋ": "v",  # ѵ: Cyrillic izhitsa ("加ѵх"); ʋ: v with hook ("ʋ信")
    # 丅 (an old form of 下) for T ("丅OP级"); it has no use of its own in titles
    "丅": "t",
    # 㣲, an old variant of 微 ("㣲信")
    "㣲": "微",
    # old variants of 最, 国 and 第 ("朂好喝", "冣火", "囯宴同款", "天下苐一"); none has a use of its
    # own in titles, and as look-alikes (not homophones) they keep ordinals such as 苐一册 exempt
    "朂": "最", "冣": "最", "囯": "国", "苐": "第",
    # 㝡, another old variant of 最 ("㝡好用的电子琴")
    "㝡": "最",
    # 発, the Japanese form of 发 that OpenCC leaves alone ("発财金鱼"), and 丄, an old form of 上 that sellers
    # write for a plus sign ("丄V 看鱼", "丄VX看实拍"); neither has a use of its own in titles
    "発": "发", "丄": "加",
    # 囘, an old variant of 回 that OpenCC leaves alone ("包囘本", "用过就囘不去"), and 㑹, one of 会 ("两㑹同款");
    # neither has a use of its own
    "囘": "回", "㑹": "会",
    # 閞, a rare variant that passes for 開 ("閞光"), and 𫔰, what OpenCC simplifies it to; neither has a use of
    # its own in titles
    "閞": "开", "𫔰": "开",
    # 値 and 効, the Japanese forms of 值 and 效, which OpenCC leaves alone ("保値升値", "3分钟见効")
    "値": "值", "効": "效",
    # 笫 (as in 床笫) for 第 ("笫一品牌"): its only word is 床笫, which no lexicon word touches, and as a
    # look-alike (not a homophone) it keeps ordinals such as 笫一章 exempt
    "笫": "第",
    # small capitals ("ɴᴏ.1"), which NFKC leaves alone
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    # more letters that pass for Latin ones ("ʙᴇsᴛ ᴏғ ʙᴇsᴛ", "ΝⲞ.1", "防ɑi"): Cyrillic ghe with stroke
    # and qa, Coptic o, Latin alpha
    "ғ": "f", "ԛ": "q", "ⲟ": "o", "ɑ": "a",
}
#: Capitals that look like a different Latin letter than their lower case does: Greek Ν is N
#: ("ΝΟ.1") although ν is read as v, and likewise Η, Μ and Υ.  Looked up before case folding.
CAPITAL_LOOKALIKES = {"Ν": "n", "Η": "h", "Μ": "m", "Υ": "y"}


_DIGIT_LOOKALIKES = {ord("o"): ord("0"), ord("l"): ord("1")}

#: Symbols that stand for a character only after certain others, and are dropped like any symbol
#: elsewhere: a dash after 第 or 唯 with a word after it is 一 (第-品牌, 行业第—名, 唯-款: a dash looks
#: like 一, and 第 is never followed by a word without a number), and a heart after v or a 微 look-alike
#: before a handle is 信 (V❤:tt668, 嶶❤ zz520: "V心" and "微心" are how sellers say 微信; in 薇❤信 and
#: V❤同步朋友圈 the heart is only decoration).  A heart anywhere else
#: stays dropped, since sellers put hearts inside words (祛❤斑).
CONTEXT_DASHES = "-‐‑‒–—―─－﹣"
CONTEXT_HEARTS = "❤♥♡💗💖💕"
#: Heavy crosses pass for a plus sign, i.e. 加, only right before a contact word (✚V 厂价直供); sellers also put them
#: inside words as decoration (医✚生推荐, 降血✚糖, Vx✚lego_fan), where they stay dropped.
CONTEXT_CROSSES = "✚✛✜"
#: A money bag after 招 or 聚, or before 运 as luck, is 财 (招💰 店铺挂件, 聚💰鼻, 💰运爆棚) unless 财 follows (招💰財);
#: elsewhere it is decoration (爆款💰, 💰运费全免: 运 of a word about shipping or running).
CONTEXT_MONEY = "💰"
#: A drop of blood before 压, 糖 or 脂 is 血 (🩸压高的喝这个, 🩸糖稳了) unless 血 is already spelled out before it
#: (降xuè🩸脂, 活血🩸); elsewhere it is decoration (化🩸瘀, tòng🩸经).
CONTEXT_BLOOD = "\U0001FA78"
_BLOOD_CODES = np.array([ord(ch) for ch in CONTEXT_BLOOD], dtype=np.uint32)
_AFTER_BLOOD = np.array([ord(ch) for ch in "压糖脂"], dtype=np.uint32)
_BEFORE_MONEY = np.array([ord(ch) for ch in "招聚"], dtype=np.uint32)
_NOT_LUCK_AFTER_YUN = np.array([ord(ch) for ch in "费输营动送行转作维"], dtype=np.uint32)  # 运费, 运输, 运营, 运动…
_MONEY_CODES = np.array([ord(ch) for ch in CONTEXT_MONEY], dtype=np.uint32)
#: Words that, after v❤, make the heart 信 (V❤ 领券, 薇❤获取, V❤私聊); V❤领 alone is a V-neck.  Kept as code
#: points: what follows a heart may be a table value that is no character (an emoji's expansion).
_CONTACT_VERBS = frozenset(tuple(map(ord, verb)) for verb in (
    "领券", "领取", "咨询", "私聊", "联系", "获取", "了解", "预约", "详聊", "拿货", "拿价", "下单"))
_HEART_CODES = np.array([ord(ch) for ch in CONTEXT_HEARTS], dtype=np.uint32)
_CROSS_CODES = np.array([ord(ch) for ch in CONTEXT_CROSSES], dtype=np.uint32)
_CONTACT_AFTER_CROSS = np.array([ord(ch) for ch in "vq微薇威嶶企"], dtype=np.uint32)
_DASH_CODES = np.array([ord(ch) for ch in CONTEXT_DASHES], dtype=np.uint32)
_BEFORE_DASH = np.array([ord(ch) for ch in "第唯"], dtype=np.uint32)
_BEFORE_HEART = np.array([ord(ch) for ch in "v微薇威嶶徽溦维卫"], dtype=np.uint32)


def read_context_symbols(codes: np.ndarray, mapped: np.ndarray, marker: np.uint32, dropped: np.uint32) -> None:
    """Resolve, in place, the dashes, hearts, crosses, money bags and drops of blood the lookup table marked
    with ``marker``: each becomes 一, 信, 加, 财 or 血 where its neighbours say so (see CONTEXT_DASHES), and
    ``dropped`` everywhere else.

    The neighbours are the characters right next to it, already through the table; one numpy pass
    over the candidates, and a short look ahead in Python only for the rare heart after v or 微.
    """
    at = np.flatnonzero(mapped == marker)
    if not at.size:
        return
    size = len(mapped)
    before = mapped[np.maximum(at - 1, 0)]
    before[at == 0] = dropped
    after = mapped[np.minimum(at + 1, size - 1)]
    after[at + 1 >= size] = dropped
    symbols = codes[at]
    dash, heart = np.isin(symbols, _DASH_CODES), np.isin(symbols, _HEART_CODES)
    cross, money, blood = np.isin(symbols, _CROSS_CODES), np.isin(symbols, _MONEY_CODES), np.isin(symbols, _BLOOD_CODES)
    as_one = dash & np.isin(before, _BEFORE_DASH) & (after >= 0x4E00) & (after < 0xA000)
    as_xin = heart & np.isin(before, _BEFORE_HEART)
    as_jia = cross & np.isin(after, _CONTACT_AFTER_CROSS)
    after_next = mapped[np.minimum(at + 2, size - 1)]
    luck = (after == ord("运")) & ((at + 2 >= size) | ~np.isin(after_next, _NOT_LUCK_AFTER_YUN))
    as_cai = money & (np.isin(before, _BEFORE_MONEY) | luck) & (after != ord("财"))  # 招💰財: the 财 is written out
    as_xue = blood & np.isin(after, _AFTER_BLOOD) & (before != ord("血")) & ~((before >= ord("a")) & (before <= ord("z")))
    mapped[at] = dropped
    mapped[at[as_one]] = ord("一")
    mapped[at[as_jia]] = ord("加")
    mapped[at[as_cai]] = ord("财")
    mapped[at[as_xue]] = ord("血")
    for heart in at[as_xin].tolist():
        if _handle_follows(mapped, heart + 1, dropped):
            mapped[heart] = ord("信")


def _handle_follows(mapped: np.ndarray, start: int, dropped: np.uint32) -> bool:
    """Whether a handle follows (V❤:tt668: a letter or digit, not x as in V❤X) or a contact verb (V❤ 领券,
    薇❤获取), rather than another word (薇❤信, V❤同步朋友圈, 微❤博).  By now every marked symbol is resolved or
    ``dropped``, so the next two kept values decide."""
    following: list[int] = []
    while start < len(mapped) and len(following) < 2:
        if mapped[start] != dropped:
            following.append(int(mapped[start]))
        start += 1
    if not following:
        return False
    first = following[0]
    if (48 <= first <= 57 or 97 <= first <= 122) and first != ord("x"):
        return True
    return tuple(following) in _CONTACT_VERBS


def read_digit_lookalikes(normalised: np.ndarray) -> np.ndarray:
    """Letters standing in for digits inside a number (138OO1l2345, 1OO%好评) read as the digits.

    Sellers write o for 0 and l for 1 so that a phone number or "100%" slips past a digit match.
    Only letters right after a digit count: a run of them between digits (138oo1, 1l2) or, at
    the end of a number, o's after at least two characters (1oo, 5oo; not h2o), with no letter
    following (10oz, 500ohm stay); and an l opening a number of seven or more digits (l38O246l357)
    or the number 100 (l00%通过), not after a letter (xl100 stays).  Volumes such as 5l keep their l.  Candidates come from one
    numpy pass; the handful found are checked in Python.
    """
    o, l = ord("o"), ord("l")
    letter = (normalised == o) | (normalised == l)
    if not letter.any():
        return normalised
    digit = (normalised >= 48) & (normalised <= 57)
    candidates = np.flatnonzero(letter[1:] & digit[:-1]) + 1
    leading = np.flatnonzero((normalised[:-1] == l) & digit[1:])
    if not candidates.size and not leading.size:
        return normalised
    out = normalised
    size = len(normalised)
    for start in candidates.tolist():
        end = start
        while end < size and letter[end]:
            end += 1
        first = start
        while first > 0 and digit[first - 1]:
            first -= 1
        between_digits = end < size and digit[end]  # 138oo1, 1l2
        ends_number = (normalised[start:end] == o).all() and end - first >= 3 \
            and not (end < size and 97 <= int(normalised[end]) <= 122)  # 1oo, 5oo; not h2o, 10oz
        if not (between_digits or ends_number):
            continue
        if out is normalised:
            out = normalised.copy()
        for at in range(start, end):
            out[at] = _DIGIT_LOOKALIKES[int(normalised[at])]
    for at in leading.tolist():
        # an l opening a long number is a 1 (l38O246l357): a phone or QQ number, never a size (L36, XL100);
        # so is the l of l00 (l00%有效), a hundred per cent
        if at > 0 and 97 <= int(normalised[at - 1]) <= 122:
            continue
        end = at + 1
        while end < size and 48 <= int(out[end]) <= 57:
            end += 1
        hundred = end - at == 3 and int(out[at + 1]) == int(out[at + 2]) == ord("0") \
            and not (end < size and 97 <= int(out[end]) <= 122)  # l00%通过: 100, not l00ml
        if end - at >= 7 or hundred:
            if out is normalised:
                out = normalised.copy()
            out[at] = ord("1")
    return out
