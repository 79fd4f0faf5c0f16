"""Every category and level, obfuscated variants, and offsets into the original title."""

import pytest

from sentiment.compliance import Checker, Finding, check, check_many, suggest_rewrite, worst_level


def found(title: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.category, f.level) for f in check(title)]


def assert_offsets(title: str, findings: list[Finding]) -> None:
    for finding in findings:
        assert title[finding.start:finding.end] == finding.text


@pytest.mark.parametrize("title, text, category, level", [
    # 绝对化用语 (Art. 9(3))
    ("纯棉T恤 最佳版型", "最佳", "absolute", "block"),
    ("国家级工艺 紫砂壶", "国家级", "absolute", "block"),
    ("世界级品质 机械表", "世界级", "absolute", "block"),
    ("顶级和牛 礼盒", "顶级", "absolute", "block"),
    ("极品大红袍 500g", "极品", "absolute", "block"),
    ("全网最低价 抽纸", "全网最低价", "absolute", "block"),
    ("唯一正宗 烤鸭", "唯一", "absolute", "block"),
    ("国内首个 学习机", "国内首个", "absolute", "block"),
    ("史无前例 低价", "史无前例", "absolute", "block"),
    ("万能清洁剂 喷雾", "万能", "absolute", "block"),
    ("100%有效 鼻贴", "100%有效", "absolute", "block"),
    ("销量第一 牙刷", "销量第一", "absolute", "block"),
    ("NO.1 瑜伽裤", "NO.1", "absolute", "block"),
    ("TOP1 数据线", "TOP1", "absolute", "block"),
    ("最舒服的 拖鞋", "最", "absolute", "block"),          # any 最 + adjective
    ("送礼首选 保温杯", "首选", "absolute", "review"),
    # 国家机关名义 (Art. 9(2))
    ("特供 酱香白酒", "特供", "authority", "block"),
    ("国宴同款 桂花糕", "国宴同款", "authority", "block"),
    ("军供品质 迷彩服", "军供", "authority", "block"),
    ("央视推荐 净水器", "央视推荐", "authority", "block"),
    ("人民大会堂专供 白酒", "人民大会堂专供", "authority", "block"),
    ("母婴店专供? 专供款 奶粉", "专供", "authority", "review"),
    # 医疗用语 (Art. 17)
    ("治疗颈椎病 膏药", "治疗", "medical", "block"),
    ("消炎止痒 洗液", "消炎", "medical", "block"),
    ("抗癌 富硒 木耳", "抗癌", "medical", "block"),
    ("降血压 苦荞茶", "降血压", "medical", "block"),
    ("祛斑 精华液", "祛斑", "medical", "review"),          # only with a special-cosmetics licence
    ("杀菌 99% 洗衣液", "杀菌", "medical", "review"),
    ("药用级 凡士林", "药用", "medical", "block"),
    ("颈椎治疗仪 家用", "治疗仪", "medical", "review"),      # a device name, licence needed
    ("抗菌 砧板", "抗菌", "medical", "info"),
    # 保证性承诺 (Art. 16/18/24-28)
    ("包过 驾照题库", "包过", "guarantee", "block"),
    ("保本理财 课程", "保本", "guarantee", "block"),
    ("无效退款 增高鞋垫", "无效退款", "guarantee", "block"),
    ("稳赚 加盟项目", "稳赚", "guarantee", "block"),
    ("零风险 创业", "零风险", "guarantee", "block"),
    ("立竿见影 祛痘", "立竿见影", "guarantee", "review"),
    # 封建迷信 (Art. 9(8))
    ("开光貔貅 手链", "开光", "superstition", "block"),
    ("招财转运 黄水晶", "招财转运", "superstition", "block"),
    ("辟邪 桃木剑", "辟邪", "superstition", "block"),
    ("保平安 红绳", "保平安", "superstition", "review"),
    ("招财进宝 福字", "招财进宝", "superstition", "info"),
    # 站外引流
    ("微信abc12345 手工皂", "微信abc12345", "diversion", "block"),
    ("私聊 低价 包包", "私聊", "diversion", "review"),
    ("联系方式见主页", "联系方式", "diversion", "review"),
    ("加V 咨询 定制", "加V", "diversion", "block"),
])
def test_category_and_level(title, text, category, level):
    assert (text, category, level) in found(title)


@pytest.mark.parametrize("title, text", [
    ("國@家級 工艺", "國@家級"),               # traditional + inserted symbol
    ("極-品 铁观音", "極-品"),
    ("最⭐佳 礼物", "最⭐佳"),                  # emoji inside
    ("第 一 口碑", "第 一 口碑"),
    ("ＮＯ．１ 面霜", "ＮＯ．１"),               # full width
    ("Ｔｏｐ① 零食", "Ｔｏｐ①"),                # number form
    ("顶\u200b级 羊绒", "顶\u200b级"),          # zero-width space
    ("最 便 宜 的 耳机", "最 便 宜"),
    ("ｚｕｉ好吃 辣条", "ｚｕｉ好"),               # pinyin for 最 (最好 → zui好)
])
def test_obfuscated_absolute_words_point_at_what_was_written(title, text):
    findings = check(title)
    assert text in [f.text for f in findings]
    assert_offsets(title, findings)
    assert all(f.category == "absolute" for f in findings if f.text == text)


@pytest.mark.parametrize("title", [
    "治.療 失眠", "降@血糖 桑叶茶", "消 炎 面霜",
])
def test_obfuscated_medical(title):
    assert any(f.category == "medical" and f.level == "block" for f in check(title))


@pytest.mark.parametrize("title, text", [
    ("VX：13812345678 回收", "VX：13812345678"),
    ("ＶＸ １２３４５６７ 饰品", "ＶＸ １２３４５６７"),
    ("V信 tb20240101 女装", "V信 tb20240101"),
    ("薇信 liuyang88 旗袍", "薇信 liuyang88"),
    ("威信 18812345678 领养", "威信 18812345678"),
    ("徽信：shop_8899 海鲜", "徽信：shop_8899"),
    ("QQ：12345678 代练", "QQ：12345678"),
    ("扣扣 87654321 手办", "扣扣 87654321"),
    ("企鹅号 246813579 插画", "企鹅号 246813579"),
    ("weixin dgh12345 外贸", "weixin dgh12345"),
    ("wx号 abcd1234 烘焙", "wx号 abcd1234"),
    ("+V 领券", "+V"),
    ("➕v 拿优惠", "➕v"),
    ("加微 一三八一二三四五六七八 零食", "加微 一三八一二三四五六七八"),  # digits in Chinese
    ("V❤信 zz88666 奢侈品", "V❤信 zz88666"),
    ("V：xyz888 代购", "V：xyz888"),                       # single-letter handle + colon
    ("13612345678 同城配送", "13612345678"),               # a bare mobile number
    ("400-888-8888 维修热线", "400-888-8888"),
])
def test_diversion_variants_block_with_id(title, text):
    findings = [f for f in check(title) if f.category == "diversion" and f.level == "block"]
    assert text in [f.text for f in findings], check(title)
    assert_offsets(title, findings)


@pytest.mark.parametrize("title", ["QQ糖 水果味", "QQ星 儿童奶", "更加Q弹 鱼丸", "添加微量元素 维生素",
                                   "WX-390 电锤", "vivo X100 手机壳", "小天才电话手表"])
def test_contact_lookalikes_are_not_diversion(title):
    assert not [f for f in check(title) if f.level in ("block", "review")]


def test_bare_wechat_is_info_only():
    # The packs' verdict; the claim model may still ask for a review of such a title.
    packs_only = Checker(claim_model=None)
    assert [(f.text, f.category, f.level) for f in packs_only.check("微信 同款 手机壳")] == [("微信", "diversion", "info")]
    assert found("微信小程序 点餐") == []          # an allow phrase


def test_ranking_with_period_and_platform_needs_evidence_not_block():
    assert found("2023年天猫销量第一 空气炸锅") == [("销量第一", "absolute", "review")]
    assert found("销量第一 空气炸锅") == [("销量第一", "absolute", "block")]


def test_ascii_words_need_boundaries_in_the_original():
    packs_only = Checker(claim_model=None)  # pack words only: the claim model is a separate layer
    assert not packs_only.check("desktop1TB 固态")
    assert not packs_only.check("TOP10 榜单 好物")
    assert found("AI TOP1 耳机") == [("TOP1", "absolute", "block")]


def test_longer_banned_word_wins_inside_same_category():
    assert found("全网最低价") == [("全网最低价", "absolute", "block")]   # not also 最 / 最低


def test_different_categories_inside_each_other_are_both_kept():
    title = "保-治愈 灰指甲"
    got = [(f.text, f.start, f.end, f.category) for f in check(title)]
    assert got == [("保-治愈", 0, 4, "guarantee"), ("治愈", 2, 4, "medical"), ("灰指甲", 5, 8, "medical")]


def test_finding_fields_and_dict():
    finding = check("顶级面料")[0]
    assert (finding.start, finding.end, finding.word) == (0, 2, "顶级")
    assert finding.article == "《广告法》第九条第（三）项"
    assert "绝对化" in finding.reason and finding.suggestion
    data = finding.to_dict()
    assert data["category_name"] == "绝对化用语" and data["level_name"] == "禁止"
    assert set(data) >= {"text", "start", "end", "category", "level", "article", "reason",
                         "suggestion", "replacement"}


def test_check_many_keeps_order_and_matches_check():
    titles = ["顶级面料", "纯棉T恤", "", "國家級 开光 微信abc12345"]
    many = check_many(titles)
    assert len(many) == 4 and many[1] == () and many[2] == ()
    assert [list(f) for f in many] == [check(t) for t in titles]
    assert check_many([]) == []
    assert check_many([None, 42, "顶级"])[2][0].text == "顶级"     # tolerant of spreadsheet cells


def test_worst_level_and_rewrite():
    title = "顶级 纯棉T恤 开光 微信abc12345 保平安"
    findings = check(title)
    assert worst_level(findings) == "block" and worst_level([]) is None
    assert suggest_rewrite(title, findings) == "高品质 纯棉T恤"


def test_findings_are_sorted_by_position():
    findings = check("13612345678 顶级 加V 开光")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
