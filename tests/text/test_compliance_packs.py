"""Pack format, validation errors, user packs and the packs shipped in the package."""

from pathlib import Path

import pytest

from sentiment.compliance import Checker, PackError, default_checker, load_default_packs, load_pack, parse_pack
from sentiment.compliance.packs import expand_braces

EXAMPLE = Path(__file__).resolve().parents[2] / "config" / "packs" / "custom.example.yaml"


def test_default_packs_load_from_package_resources():
    packs = load_default_packs()
    assert [p.name for p in packs] == ["advertising_law", "medical", "diversion", "exemptions"]
    assert all(p.version for p in packs)
    categories = {e.category for p in packs for e in p.entries}
    assert categories == {"absolute", "authority", "medical", "guarantee", "superstition", "diversion"}
    for pack in packs:
        for entry in pack.entries:
            assert entry.article and entry.reason and entry.suggestion, entry.word


def test_brace_expansion():
    assert expand_braces("{央视|CCTV}{推荐|认证}") == ["央视推荐", "央视认证", "CCTV推荐", "CCTV认证"]
    assert expand_braces("最低{价|}") == ["最低价", "最低"]
    assert expand_braces("plain") == ["plain"]


def test_example_user_pack_adds_custom_and_sensitive_words_and_allow_phrases():
    checker = Checker(extra_packs=[EXAMPLE])
    findings = checker.check("秒杀价 高仿 包包 kui本 清仓甩卖")
    got = {(f.text, f.category, f.level, f.pack) for f in findings}
    assert ("秒杀价", "custom", "review", "my_shop") in got
    assert ("高仿", "sensitive", "block", "my_shop") in got
    assert ("kui本", "custom", "block", "my_shop") in got
    assert ("清仓甩卖", "custom", "review", "my_shop") in got
    assert checker.check("极品好运来 绿茶") == []     # the pack's allow phrase beats 极品


def test_pack_replaces_defaults_when_given_as_packs():
    only_mine = Checker(packs=[EXAMPLE])
    assert only_mine.check("顶级 面料") == []
    assert only_mine.check("高仿 包包")[0].category == "sensitive"


def test_reason_and_suggestion_templates_use_the_spelling_that_matched():
    pack = parse_pack("""
pack: {name: t, version: 1}
groups:
  - category: custom
    reason: 不要写“{word}”
    suggestion: 删掉“{word}”
    entries: ["{甲乙|丙丁}"]
""")
    finding = Checker(packs=[pack]).check("丙丁 测试")[0]
    assert (finding.reason, finding.suggestion, finding.word) == ("不要写“丙丁”", "删掉“丙丁”", "丙丁")
    assert finding.level == "block"                                  # the default level


@pytest.mark.parametrize("first, second", [("review", "block"), ("block", "review")])
def test_a_word_listed_at_two_levels_is_reported_at_the_stricter(first, second):
    pack = parse_pack(f"""
pack: {{name: t, version: 1}}
groups:
  - {{category: custom, level: {first}, entries: [甲乙]}}
  - {{category: custom, level: {second}, entries: [甲乙]}}
""")
    assert [f.level for f in Checker(packs=[pack], claim_model=None).check("甲乙 测试")] == ["block"]


@pytest.mark.parametrize("text, message", [
    ("groups: []", "pack 头"),
    ("pack: {name: x}", "version"),
    ("pack: {name: x, version: 1}\nwords: []", "未知字段"),
    ("pack: {name: x, version: 1}\ngroups: [{category: nope, entries: [a1]}]", "category"),
    ("pack: {name: x, version: 1}\ngroups: [{category: custom, level: high, entries: [ab]}]", "level"),
    ("pack: {name: x, version: 1}\ngroups: [{category: custom, entries: []}]", "entries 为空"),
    ("pack: {name: x, version: 1}\ngroups: [{category: custom, colour: red, entries: [ab]}]", "未知字段"),
    ("pack: {name: x, version: 1}\ngroups: [{category: custom, rule: magic, entries: [ab]}]", "rule"),
    ("pack: [unclosed", "YAML"),
    ("pack: {name: x, version: 1}\nallow: [{reason: r}]", "phrases"),
])
def test_malformed_packs_raise_pack_error(text, message):
    with pytest.raises(PackError, match=message):
        parse_pack(text, known_rules={"figure", "ranking", "contact"})


@pytest.mark.parametrize("word", ["@@@", "v", "加💚", "加 ❤"])
def test_words_that_would_match_everything_are_rejected(word):
    pack = parse_pack(f"pack: {{name: x, version: 1}}\ngroups: [{{category: custom, entries: ['{word}']}}]")
    with pytest.raises(PackError):
        Checker(packs=[pack])


def test_a_one_character_word_is_still_allowed():
    pack = parse_pack("pack: {name: x, version: 1}\ngroups: [{category: custom, entries: ['禁']}]")
    assert [f.text for f in Checker(packs=[pack], claim_model=None).check("禁售 标题")] == ["禁"]


def test_a_word_inside_an_allow_phrase_is_not_inherited_by_a_longer_spelling():
    """最后一张图扫码 (diversion) contains 最后, which the exemptions allow: its 最 (absolute) must not
    come along as a finding of the longer spelling."""
    found = Checker(claim_model=None).check("定制T恤 看最后一张图扫码 团体")
    assert [(f.text, f.category) for f in found] == [("最后一张图扫码", "diversion")]


def test_unknown_rule_in_a_file_is_rejected_by_the_checker(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("pack: {name: x, version: 1}\ngroups: [{category: custom, rule: magic, entries: [ab]}]",
                    encoding="utf-8")
    with pytest.raises(PackError, match="rule"):
        Checker(extra_packs=[path])


def test_missing_pack_file(tmp_path):
    with pytest.raises(PackError, match="不存在"):
        load_pack(tmp_path / "nope.yaml")


HOMOPHONE_PACK = """
pack: {name: shop, version: "1"}
homophones:
  最: [醉, zui]
  家: jia
groups:
  - category: custom
    entries: [最佳, 国家级, 最]
  - category: custom
    rule: figure
    entries: [最长]
"""


def test_homophones_give_multi_character_words_dodge_spellings():
    checker = Checker([parse_pack(HOMOPHONE_PACK, known_rules={"figure"})])
    found = {f.text: f.word for t in ("醉佳口感", "国jia级工艺", "ZUI佳 面霜") for f in checker.check(t)}
    assert found == {"醉佳": "醉佳", "国jia级": "国jia级", "ZUI佳": "zui佳"}
    # a single character gets no homophone (醉 alone is not 最), nor do figure-rule words
    assert checker.check("醉蟹 醉鸡") == []
    assert checker.check("醉长安 黄酒") == []


def test_two_substitutions_need_exactly_one_pinyin():
    pack = """
pack: {name: two, version: "1"}
homophones: {最: [醉, zui], 佳: [嘉, jia]}
groups:
  - category: custom
    entries: [最佳]
"""
    checker = Checker([parse_pack(pack)], claim_model=None)
    assert [f.word for f in checker.check("醉jia 口感")] == ["醉jia"]
    assert [f.word for f in checker.check("zui嘉 口感")] == ["zui嘉"]
    # pinyin only, or two Chinese homophones at once (a name such as 醉嘉), is left alone
    assert checker.check("zuijia 口感") == []
    assert checker.check("醉嘉 餐厅") == []


def test_default_homophones_cover_absolute_authority_medical_and_superstition_words():
    cases = {"醉佳口感 苹果": "absolute", "罪好用 海绵": "absolute", "国jia级 工艺": "absolute",
             "鼎级 和牛": "absolute", "特gong 白酒": "authority", "根zhi 灰指甲": "medical",
             "kai光 吊坠": "superstition", "无效退kuan 长高": "guarantee"}
    for title, category in cases.items():
        assert category in {f.category for f in default_checker().check(title)}, title


@pytest.mark.parametrize("text, message", [
    ("pack: {name: a, version: '1'}\nhomophones: [最]", "homophones 必须是映射"),
    ("pack: {name: a, version: '1'}\nhomophones: {最佳: [醉佳]}", "单个汉字"),
    ("pack: {name: a, version: '1'}\nhomophones: {最: ['']}", "非空字符串列表"),
    ("pack: {name: a, version: '1'}\nhomophones:\n  级: [极]\n  级: [ji]", "重复的键"),   # not silently the last
])
def test_malformed_homophones_raise_pack_error(text, message):
    with pytest.raises(PackError, match=message):
        parse_pack(text)


def test_nested_braces_are_a_pack_error():
    pack = """
pack: {name: nested, version: "1"}
groups:
  - category: custom
    entries: ["{一夜{白|瘦}|立竿见影}"]
"""
    with pytest.raises(PackError, match="花括号"):
        parse_pack(pack)
