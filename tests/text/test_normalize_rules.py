"""Normalisation rules and the offset map back to the original text."""

import pytest

from sentiment.normalize import (
    SEPARATOR, NormalizeOptions, Normalizer, normalize, normalize_batch, normalize_many,
    normalize_text,
)


@pytest.mark.parametrize("raw, expected", [
    ("ＶＸ１２３", "vx123"),                  # full-width → half-width, case folded
    ("NO.1", "no1"),
    ("國家級 極品 專供 開光 治療", "国家级极品专供开光治疗"),  # traditional → simplified
    ("第①名 第⑴名 第⒈名 第❶名 第➀名", "第1名第1名第1名第1名第1名"),  # number forms
    ("Ⓥⓧ ⒜", "vxa"),
    ("🅥🅧 🆅🆇 🇻🇽", "vxvxvx"),                # emoji letters NFKC leaves alone
    ("全网🥇 🔝级", "全网冠军top级"),          # emoji standing for words
    ("ɴᴏ.1 ᴠx", "no1vx"),                      # small capitals
    ("㈠ ⼀", "一一"),                         # parenthesised ideograph, Kangxi radical
    ("微\u200b信\u200d\ufeff", "微信"),       # zero-width characters
    ("国@家级 极-品 第 一 微.信 最⭐佳", "国家级极品第一微信最佳"),  # inserted symbols
    ("+V 加v", "加v加v"),                     # + reads as 加
    ("〇零", "〇零"),                          # left alone on purpose
    ("⑩⑽⒑⓫❿㉑", "101010111021"),              # two-digit forms become two digits
    ("½", "½"),                               # fractions are not numbers to match
    ("ВХ", "bx"),                             # Cyrillic look-alikes
    ("第ー 唯ㄧ ㇐流", "第一唯一一流"),           # look-alikes of 一 from kana, bopomofo, strokes
    ("朂好 囯宴 苐一 包囘本 两㑹", "最好国宴第一包回本两会"),  # old variants OpenCC leaves alone
    ("🟩泡泡 🟢泡泡", "绿泡泡绿泡泡"),                 # green squares and circles read as 绿
    ("発财 丄V 包🈴格", "发财加v包合格"),             # 発 (Japanese 发), 丄 for a plus sign, 🈴 for 合
    # symbols read by their neighbours (sentiment.lookalikes.read_context_symbols)
    ("行业第-品牌 第—名 唯－款", "行业第一品牌第一名唯一款"),  # a dash after 第 or 唯, before a word, is 一
    ("第-1章 3-6岁 极-品 第-", "第1章36岁极品第"),         # elsewhere it is dropped: a number follows, or no 第
    ("V❤:tt668 嶶♥ zz520", "v信tt668嶶信zz520"),         # a heart after v or 微 before a handle is 信
    ("V❤ 领券 薇❤获取", "v信领券薇信获取"),               # or before a contact verb
    ("V❤🐧12345", "v企鹅12345"),                        # an emoji's expansion after the heart is no verb
    ("薇❤信 V❤同步朋友圈 V❤X 祛❤斑 ❤v V❤领", "薇信v同步朋友圈vx祛斑vv领"),  # elsewhere it is decoration
    ("✚V 厂价 ✚微abc", "加v厂价加微abc"),               # a heavy cross before a contact word is 加
    ("医✚生推荐 降血✚糖 Vx✚lego", "医生推荐降血糖vxlego"),  # inside words it is decoration
    ("招💰 挂件 招💰財 爆款💰", "招财挂件招财爆款"),        # 💰 after 招 is 财, unless 财 is written out
    ("💰运爆棚 💰💰 💰运费全免 💰运", "财运爆棚运费全免财运"),  # and before 运 as luck (not 运费); elsewhere decoration
    ("🩸压高 🩸糖 🩸脂", "血压高血糖血脂"),              # a drop of blood before 压, 糖 or 脂 is 血
    ("化🩸瘀 降xuè🩸脂 活血🩸压", "化瘀降xue脂活血压"),    # unless 血 is spelled out before it, or no 压/糖/脂 follows
    ("l00%通过 l00ml xl00", "100通过l00mlxl00"),        # l00 is a hundred, not a size
    ("", ""),
])
def test_normalised_text(raw, expected):
    assert normalize_text(raw) == expected


def test_offsets_point_at_source_characters():
    original = "國@家級 好"
    result = normalize(original)
    assert result.text == "国家级好"
    assert result.offsets == (0, 2, 3, 5)
    start, end = result.original_span(0, 3)
    assert original[start:end] == "國@家級"


def test_offsets_after_full_width_and_zero_width():
    original = "买\u200bＶ\u200bＸ：１２"
    result = normalize(original)
    assert result.text == "买vx12"
    start, end = result.original_span(1, 3)
    assert original[start:end] == "Ｖ\u200bＸ"


def test_two_digit_forms_map_both_digits_to_their_source():
    original = "加V：⑩⑧⑥"
    result = normalize(original)
    assert result.text == "加v1086"
    assert result.offsets == (0, 1, 3, 3, 4, 5)
    start, end = result.original_span(2, 4)
    assert original[start:end] == "⑩"


def test_expansion_keeps_batch_items_apart():
    batch = normalize_batch(["x⑩", "y", "⑳z"])
    assert batch.texts() == ["x10", "y", "20z"]
    assert batch.item(2).offsets == (0, 0, 1)


def test_empty_span_maps_to_a_point():
    result = normalize("ab")
    assert result.original_span(1, 1) == (1, 1)


def test_batch_keeps_items_apart_and_offsets_relative():
    texts = ["國家級", "", "微 信", "a" + SEPARATOR + "b"]
    batch = normalize_batch(texts)
    assert len(batch) == 4
    assert batch.texts() == ["国家级", "", "微信", "ab"]
    item = batch.item(2)
    assert item.original == "微 信" and item.offsets == (0, 2)
    assert batch.item(3).original == "a b"  # the separator inside a text became a space


def test_normalize_many_matches_single():
    texts = ["ＮＯ．１", "極-品", "最 佳"]
    assert normalize_many(texts) == [normalize_text(t) for t in texts]
    assert normalize_many([]) == []


def test_options_can_keep_symbols_and_case():
    keep = Normalizer(NormalizeOptions(skip_symbols=False, fold_case=False))
    assert keep.normalize_text("Ｎｏ.１ 國") == "No.1 国"


def test_lone_surrogate_does_not_crash():
    assert normalize_text("a\ud800b") == "ab"


def test_numero_sign_is_kept_so_that_no1_is_not_a_bare_digit():
    assert normalize_text("№1 网红") == "№1网红"


def test_a_dash_read_as_yi_maps_back_to_the_dash():
    original = "第—名"
    result = normalize(original)
    assert result.text == "第一名"
    assert result.offsets == (0, 1, 2)


def test_symbols_read_by_their_neighbours_stay_when_symbols_are_kept():
    keep = Normalizer(NormalizeOptions(skip_symbols=False))
    assert keep.normalize_text("第-名 v❤") == "第-名 v❤"
