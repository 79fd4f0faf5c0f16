"""Context exemptions (SAMR 2023 guideline), longer-allowed-wins, user allow phrases.

These are the word packs' and context rules' decisions, so they are checked with the packs alone:
the claim model is a separate, review-only layer with its own tests and measured rates
(test_compliance_claim_model.py, test_compliance_blind_batches.py).
"""

import functools

import pytest

from sentiment.compliance import Checker


@functools.lru_cache(maxsize=1)
def packs_only() -> Checker:
    return Checker(claim_model=None)


def check(title: str):
    return packs_only().check(title)


def flagged(title: str, checker=None) -> list[tuple[str, str]]:
    findings = checker.check(title) if checker else check(title)
    return [(f.text, f.level) for f in findings if f.level in ("block", "review")]


@pytest.mark.parametrize("title", [
    # ordinals and first-time words
    "儿童绘本 第一章 恐龙", "AirPods 第二代 耳机", "第一次使用请先注水", "首次使用前清洗",
    "电视剧 第1季 全集", "宝宝的第一双鞋", "第一时间发货", "Kindle 第11代", "第一台相机 入门",
    "新能源 脚垫 第一排", "哈利波特 第一部", "小学 第1课 生字卡",
    # time words
    "2024年最新一期 读者", "最近很火的 马克杯", "最后一件 清仓", "最终价 礼盒", "最晚发货时间 48小时",
    "最新款 手机壳",
    # specifications with a figure
    "手环 最长续航16天", "折叠椅 最大承重150kg", "吹风机 最高温度57℃", "充电宝 最快30分钟充50%",
    "羽绒服 最低可抗-30℃", "大码 最大穿200斤", "帐篷 最多可容纳4人", "电热毯 最长定时八小时",
    "取暖器 最高可达2000W", "最大程度保留营养", "最快当天发货 纸巾", "最小起订量10件",
    # usage and storage tips
    "龙井 最佳饮用温度80℃", "奶粉 最佳食用期见包装", "白茶 最佳品饮期", "红酒 最佳赏味期5年内",
    # grades from standards
    "空调 新一级能效", "马桶 一级水效", "大米 优等品", "特级 龙井", "特级初榨橄榄油", "一等品 瓷砖",
    # composition facts
    "100%羊毛衫", "100%纯棉 四件套", "100%桑蚕丝 枕套", "果汁 100%纯果汁",
    # payment words
    "支持微信付款 相框", "微信支付 卡套", "收款码 支持微信支付宝", "添加微信支付 收银机",
    # product names, brands, works, trademarks
    "最生活 毛巾", "招财猫 摆件", "转运珠 手链", "万能胶 30ml", "万能轮 行李箱", "万能表 电工",
    "极品飞车 PS5", "绝对伏特加 700ml", "国家地理 杂志", "《最好的我们》 小说",
    "《世界上最伟大的推销员》 正版", "极品®茶具", "治愈系 小夜灯", "巴氏杀菌 鲜牛奶",
    "降压变压器 220V转110V", "增高鞋垫 内增高", "处方镜片 防蓝光", "天下第一关 门票",
    "电商专供 坚果", "国家级非物质文化遗产 宋锦",
    # everyday words houbb flags
    "生日快乐 气球", "新中式女装", "装修工具 批灰刀", "保暖内衣", "补水保湿 面膜", "包邮 纸巾",
    "全国联保 冰箱", "世界杯 纪念品", "假一赔十 白酒",
])
def test_not_flagged(title):
    assert flagged(title) == []


def test_figure_must_be_a_figure():
    assert flagged("最大的 优惠 坚果") == [("最大", "block")]
    assert flagged("最大 2024新款 坚果") == [("最大", "block")]      # a year is not a spec
    assert flagged("最大 2024年新款 坚果") == [("最大", "block")]


def test_ordinal_rule_covers_what_the_allow_list_does_not():
    assert flagged("第一幕 剧本") == []
    assert flagged("第一名 学霸 笔") == [("第一名", "block")]
    assert flagged("第一口碑 安全座椅") == [("第一口碑", "block")]


def test_longer_allowed_phrase_wins_over_shorter_banned_word():
    # houbb#76: "万能胶" is allowed although 万能 is banned; "最佳饮用" although 最佳 is.
    assert flagged("万能胶") == []
    assert flagged("万能 清洁剂") == [("万能", "block")]
    assert flagged("最佳饮用温度 最佳口感") == [("最佳", "block")]


def test_allow_phrases_apply_as_substrings_in_context():
    # houbb#19: the allow phrase need not be the whole title.
    assert flagged("夏季 冰丝 100%纯棉 短袖 男 最新款 第一次穿") == []


def test_user_allow_phrases():
    checker = Checker(allow=["顶级域名注册", "极品 好运来"])
    assert flagged("顶级域名注册 服务", checker) == []
    assert flagged("极-品好运来 茶", checker) == []         # normalised like the titles
    assert flagged("顶级 羊绒", checker) == [("顶级", "block")]


def test_allow_phrase_partially_overlapping_does_not_exempt():
    # 最新 is allowed, but in 最新最好 the word 最好 is outside it.
    assert flagged("最新最好 款式") == [("最好", "block")]


def test_allow_phrase_across_a_written_space_does_not_swallow_the_next_word():
    # 卡扣扣 (meant for 卡扣 扣子) reaches into 扣扣咨询 across the seller's space.
    assert flagged("新年礼卡 扣扣咨询") == [("扣扣咨询", "review")]
    assert flagged("卡扣 扣扣咨询") == [("扣扣咨询", "review")]
    assert flagged("不锈钢卡扣 扣子 替换") == []             # the word the phrase allows
    assert flagged("支持 微信付款") == []                     # the banned word ends inside the phrase
    assert flagged("店 内 最 受 欢 迎 的 颜 色 沙发巾") == []  # spaced out letter by letter


def test_level_overrides_for_a_pharmacy():
    pharmacy = Checker(level_overrides={"medical": "review"})
    assert flagged("治疗 感冒 颗粒", pharmacy) == [("治疗", "review")]
    with pytest.raises(ValueError):
        Checker(level_overrides={"medical": "maybe"})


@pytest.mark.parametrize("title", [
    "牛角纽扣扣子 大衣 替换",          # 扣扣 across 纽扣 + 扣子
    "手撕面包 过年送礼 整箱",          # 包过 across 面包 + 过年
    "双肩包 过膝 长款",
    "本色纸巾 环保本色 抽纸",          # 保本 across 环保 + 本色
    "维生素C+VE 软胶囊",               # 加v glued to a letter
    "更加Q弹 鱼丸",                    # 加q without an id
    "AI加持 骁龙芯片 手机",            # 加持 only with 大师/高僧…
    "醉蟹 醉鸡 绍兴特产",              # 醉 alone is not 最
    "海外转运 集运仓",                 # 转运 as logistics
    "80PLUS白金牌 服务器电源",          # 金牌服务 across 白金牌 + 服务器
])
def test_words_joined_across_word_boundaries_are_not_flagged(title):
    assert [f for f in check(title) if f.level in ("block", "review")] == []


def test_a_word_after_a_figure_then_a_space_still_joins_the_next():
    assert ("diversion", "电话 订") in {(f.category, f.text) for f in check("拐杖 助行器 400电话 订购")}


@pytest.mark.parametrize("title, category", [
    ("+Q 87654321 定制", "diversion"),
    ("V❤：xyz888 面膜", "diversion"),
    ("薇❤️：lucky888 代购", "diversion"),
    ("№1 网红零食", "absolute"),
    ("天猫榜首 洗面奶", "absolute"),
    ("大师加持 五帝钱", "superstition"),
])
def test_decorated_handles_and_new_entries_are_flagged(title, category):
    assert any(f.category == category and f.level == "block" for f in check(title))


@pytest.mark.parametrize("title", [
    "65英寸电视 最佳观看距离2.5-3米", "干红葡萄酒 最佳醒酒时间30分钟", "绿萝水培 最佳生长温度20-30℃",
    "橄榄油 最佳使用方式凉拌", "贝多芬 月光奏鸣曲 第一乐章 钢琴谱", "数学练习 一年级第一学期",
    "分级阅读 第1级 30册", "企鹅玩偶 毛绒公仔 抱枕",
])
def test_usage_tips_ordinals_and_names_from_the_third_batch(title):
    assert flagged(title) == []


@pytest.mark.parametrize("title, category", [
    ("最佳选择 保温杯", "absolute"),           # no usage noun after 最佳
    ("醉佳品质 茶叶", "absolute"),
    ("中南海特需 有机小米", "authority"),
    ("钓鱼台#国宾馆指定 月饼", "authority"),
    ("岭导人同款 羊绒大衣", "authority"),
    ("yang视推荐 按摩椅", "authority"),
    ("航🚀天员专用 冻干草莓", "authority"),
    ("生姜洗发水 治脱发", "medical"),
    ("维生素C泡腾片 预防感冒", "medical"),
    ("苦瓜片 降xue糖", "medical"),
    ("苦荞茶 降３高", "medical"),
    ("提高MIAN疫力 蛋白粉", "medical"),
    ("魔芋代餐 七天瘦⑩斤", "guarantee"),
    ("化毛膏 ③天见效", "guarantee"),
    ("疏通剂 一用就ling", "guarantee"),
    ("身体乳 壹夜白", "guarantee"),
    ("钢琴网课 包jiao包会", "guarantee"),
    ("无人售货机 月入过W", "guarantee"),
    ("粉水晶手链 催桃花", "superstition"),
    ("车载摆件 保ping安", "superstition"),
    ("PPT代做 企鹅 1849927733", "diversion"),
    ("宝妈福利 加群领券 袜子", "diversion"),
])
def test_third_batch_violations_are_flagged(title, category):
    assert any(f.category == category and f.level in ("block", "review") for f in check(title)), check(title)


@pytest.mark.parametrize("title, category", [
    ("磁吸充电宝 史上最薄6.8mm", "absolute"),
    ("足银手镯 首屈一指的工艺", "absolute"),
    ("粉底液 持妆天花板 30ml", "absolute"),
    ("国礼同款 景泰蓝花瓶", "authority"),
    ("教育部推荐 点读笔", "authority"),
    ("东北大米 机 关 食 堂 同 款", "authority"),
    ("吹风机 cctv2报道", "authority"),
    ("足浴盆 治风湿", "medical"),
    ("酸枣仁茶 改善shui眠", "medical"),
    ("何首乌洗发水 快速升发", "medical"),
    ("羊毛衫 保证不起球", "guarantee"),
    ("钛钢项链 永不tui色", "guarantee"),
    ("杀蟑胶饵 一次根除", "guarantee"),
    ("社区团购 0风险", "guarantee"),
    ("红玛瑙手串 戴上就转运", "superstition"),
    ("地垫 踩出財運", "superstition"),
    ("观音吊坠 保you全家", "superstition"),
    ("二手钢琴 联系壹叁玖贰捌伍陆柒柒零捌", "diversion"),
    ("普洱熟茶 薇一三八五五二零六六七七", "diversion"),
    ("游戏代充 🐧1038829911", "diversion"),
    ("猫砂拼团 进裙705231", "diversion"),
])
def test_fifth_batch_violations_are_flagged(title, category):
    assert any(f.category == category and f.level in ("block", "review") for f in check(title)), check(title)


@pytest.mark.parametrize("title", [
    "明前绿茶 80℃冲泡 第一泡洗茶", "集成吊顶 天花板灯 LED", "王者荣耀 周边 手办", "财运亨通 春联 福字",
    "品质保证 正品", "转运中心 物流", "群晖 NAS 存储", "一二三四五六七八九十一 识字卡",
])
def test_fifth_batch_traps_are_not_flagged(title):
    assert flagged(title) == []


@pytest.mark.parametrize("title, category", [
    ("露营帐篷 重量全网最轻 仅1.2kg", "absolute"),   # 全网最 beats the figure exemption
    ("登山杖 T0P1 徒步必备", "absolute"),
    ("装修公司 住 建 部 推荐 合作装企", "authority"),
    ("理财课 证​监​会 认证讲师", "authority"),
    ("卸妆膏 人民ri报 点赞国货", "authority"),
    ("洗发水 生姜 脱发克星", "medical"),
    ("蒲公英根茶 和乳✦腺✦结✦节说拜拜", "medical"),
    ("学习台灯 恢复假性近视", "medical"),
    ("面霜 ⑦天白一度", "guarantee"),
    ("烧烤店加盟 回·本·周·期 45天", "guarantee"),
    ("手机副业 日赚300+", "guarantee"),
    ("筋膜枪 用了不灵包退钱", "guarantee"),
    ("考研押题卷 不过退全款", "guarantee"),
    ("生肖酒 喝一口 轉運 一整年", "superstition"),
    ("红绳 月·老·加·持 款", "superstition"),
    ("副业带教 先加TG @xhs_daijiao 再聊", "diversion"),
    ("装修效果图 加卫星 zxxgt01", "diversion"),
])
def test_sixth_batch_violations_are_flagged(title, category):
    assert any(f.category == category and f.level in ("block", "review") for f in check(title)), check(title)


@pytest.mark.parametrize("title", [
    "满五唯一 三居室 南北通透", "酸辣粉单人套餐 可选不辣/微辣/加微辣", "去屑洗发水 头皮屑克星 500ml",
    "回本", "部队火锅 双人餐", "物流转运中心 直发",
])
def test_sixth_batch_traps_are_not_flagged(title):
    assert [f for f in check(title) if f.level == "block"] == []


# ---- Seventh/eighth batches: rules that generalise, each with examples of our own ----

@pytest.mark.parametrize("title, category, level", [
    # the common 广告法禁用词 lists
    ("汽车刹车片 填补国内空白", "absolute", "block"),
    ("中国驰名商标 老字号 酱油", "absolute", "block"),
    ("国际品质 腕表", "absolute", "review"),
    ("TOP级 鼠标垫", "absolute", "block"),
    ("防晒界扛把子 喷雾", "absolute", "review"),
    ("十大品牌 净水器", "absolute", "review"),
    ("酸辣粉天花板 6袋", "absolute", "review"),             # 天花板 as "the best"
    ("同类产品功能最多 早教机 0-3岁", "absolute", "block"),   # a quality, not a measured spec
    ("县长推荐 五常大米", "authority", "block"),
    ("特警同款 战术手套", "authority", "block"),
    ("zhong南海同款 茶具", "authority", "block"),
    ("省委招待所专用 四件套", "authority", "block"),
    ("央视网报道 喂食器", "authority", "block"),
    ("孕妇奶粉 预防胎儿畸形", "medical", "block"),            # verb + disease, any verb of the list
    ("保温杯 调节血糖", "medical", "block"),
    ("乳胶床垫 治腰痛", "medical", "block"),
    ("黑枸杞 抗ai", "medical", "block"),
    ("按摩仪 活血化瘀", "medical", "block"),
    ("护膝 老寒腿", "medical", "review"),
    ("蒲公英茶 清热解毒", "medical", "review"),
    ("茶饮加盟 三个月回本", "guarantee", "block"),             # a period before the result
    ("记忆力课程 21天过目不忘", "guarantee", "block"),
    ("睫毛液 14天睫毛翻倍浓密", "guarantee", "block"),
    ("代餐奶昔 不瘦全额退", "guarantee", "block"),
    ("数学网课 包✅提分", "guarantee", "block"),
    ("补漏胶 一刷永不漏", "guarantee", "block"),
    ("除螨喷雾 100%杀灭螨虫", "guarantee", "block"),
    ("直播培训 日入伍佰", "guarantee", "block"),
    ("黄水晶 补财库 摆件", "superstition", "block"),
    ("草莓晶手链 旺tao花", "superstition", "block"),
    ("檀香 驱除晦气", "superstition", "block"),
    ("红绳手链 zhuan运", "superstition", "block"),
    ("二手书 闲鱼同号 更便宜", "diversion", "block"),
    ("实木餐桌 抖音搜同名", "diversion", "block"),
    ("LOGO设计 需求发QQ邮箱", "diversion", "block"),
    ("宠物殡葬 主页有v", "diversion", "block"),
    ("改色膜 ➕🛰 carwrap01", "diversion", "block"),            # 🛰 = 卫星, a homophone of 微信
    ("家教 危性 jiajiao_01", "diversion", "block"),
    ("跨境代购 WhatsApp +86 139 0000 2222", "diversion", "block"),
    ("外贸货源 纸飞机@huoyuan168", "diversion", "block"),
    ("培训课程 邮箱 peixun@163.com", "diversion", "block"),
    ("饰品批发 官网 www.shipin-pf.com", "diversion", "block"),
    ("手作 微博@手作小铺 抽奖", "diversion", "block"),
    ("日本代购 LINE：tokyo_buy", "diversion", "block"),
    ("婚纱租赁 V:7️⃣7️⃣5️⃣2️⃣1️⃣0️⃣", "diversion", "block"),       # keycap digits
    ("牙刷 品质弟一", "absolute", "block"),
    ("和田玉手串 顶吉品质", "absolute", "block"),
    ("老白茶 五年翻❷倍", "guarantee", "block"),
    ("黑曜石手串 戴上財運亨通", "superstition", "block"),
    ("貔貅吊牌 旺 主 人 财 运", "superstition", "block"),
    ("钙片 助力ZENG高", "medical", "review"),
    ("感统训练垫 gai善自闭症", "medical", "block"),
    # ninth/tenth batches: English claims of cross-border listings, tone-marked pinyin, decorated handles
    ("电钻 Best Quality 双速", "absolute", "block"),
    ("耳机 World's First 降噪", "absolute", "block"),
    ("筋膜枪 CCTV Recommended", "authority", "block"),
    ("手电 PLA Special Supply", "authority", "block"),
    ("灵芝切片 Anti-Cancer", "medical", "block"),
    ("除锈剂 No Results Full Refund", "guarantee", "block"),
    ("课程 Earn $300/Day", "guarantee", "block"),
    ("四叶草项链 LUCKY CHARM", "superstition", "block"),
    ("恶魔之眼手链 Ward Off Evil", "superstition", "block"),
    ("tè供 大红袍", "authority", "block"),                    # tone marks
    ("全國第一 辣椒酱 手工", "absolute", "block"),              # 第一手 is no ordinal after 全国
    ("碎纸机 静音效果第一 5级保密", "absolute", "block"),
    ("信阳毛尖 APEC会议指定用茶", "authority", "block"),
    ("西湖龙井 G②⓪峰会用茶", "authority", "block"),
    ("县长直播带货同款 土豆", "authority", "block"),
    ("护手霜 人民日报 点👍", "authority", "block"),
    ("防脱洗发水 💯有效", "absolute", "block"),
    ("会计网课 不过全额tui费", "guarantee", "block"),
    ("生根粉 三天必生根", "guarantee", "block"),
    ("素颜霜 睡一觉白一度", "guarantee", "block"),
    ("摆摊车 包你赚钱", "guarantee", "block"),
    ("铜文昌塔 助升职加薪", "superstition", "block"),
    ("金蟾摆件 摆放后财源滚滚", "superstition", "block"),
    ("黄水晶 增强财运", "superstition", "block"),
    ("卫衣 V💗 chaopai99", "diversion", "block"),               # a decoration instead of a colon
    ("代购 Line ID: jpdaigou88", "diversion", "block"),
    ("插画 t.me/vip_res_cn", "diversion", "block"),
    ("数据线 bit.ly/3xCable", "diversion", "block"),
    ("开锁 158\u200b0015\u200b8000 24小时", "diversion", "block"),   # the next number is not glued
    ("五金 座机0755-86012345", "diversion", "block"),
    ("投影仪 京东自营店同款更便宜", "diversion", "block"),
    ("zuihao 面膜 补水", "absolute", "block"),                 # whole words in pinyin, as separate words
    ("kaiguang 貔貅 手串", "superstition", "block"),
    ("驾考题库 baoguo", "guarantee", "block"),
    ("雅思 不到7分全额退款 一对一", "guarantee", "block"),     # a refund conditioned on the result
    ("普洱茶 省委接待用茶 古树", "authority", "block"),
    ("紫砂壶 国家领导接见品牌", "authority", "block"),
    ("香薰蜡烛 抗抑郁", "medical", "block"),
    ("解酒糖 10分钟解酒", "guarantee", "block"),
    ("月老红绳 招正缘", "superstition", "block"),
    ("淘宝店搜「小林家」 曲奇", "diversion", "block"),
    ("新生儿泡澡包 退黄", "medical", "block"),                  # not hidden by 包退
    # eleventh batch: plain everyday phrasing
    ("瑜伽垫 好用没有之一", "absolute", "block"),
    ("厨房油污净 洗不干净包退", "guarantee", "block"),            # 不 + a result before the refund
    ("训犬服务 教不会不收钱", "guarantee", "block"),
    ("作文素材 用了必提20分", "guarantee", "block"),
    ("简历代写 保证拿到offer", "guarantee", "review"),
    ("阿胶糕 老干部都在吃", "authority", "block"),
    ("月饼 部委食堂同款", "authority", "block"),
    ("羊绒衫 shou长同款", "authority", "block"),
    ("桑叶茶 控血糖", "medical", "block"),
    ("床垫 防血栓", "medical", "block"),
    ("关公像 店里供上生意兴隆", "superstition", "block"),
    ("玄关地垫 挡住霉运", "superstition", "block"),
    ("风铃 hua解小人", "superstition", "block"),
    ("平安符 保你一路无事故", "superstition", "block"),
    ("袜子 1688搜同款厂家", "diversion", "block"),
    ("T恤 更多款式看朋友圈", "diversion", "review"),
    ("湿巾 进宝妈群每天秒杀", "diversion", "review"),
    # thirteenth/fourteenth batches: claims told as stories, category by category
    ("红糖 找遍全国都找不到比这更香的", "absolute", "review"),
    ("洗洁精 去油比哪个牌子都强", "absolute", "review"),
    ("瓷砖 耐磨度全球之冠", "absolute", "block"),
    ("反光背心 交警执勤穿的就是这款", "authority", "block"),
    ("苹果 县长直播时亲口夸过", "authority", "block"),
    ("花生油 全国人大会议用油", "authority", "block"),
    ("苦荞茶 我爸喝了半年血糖降下来了", "medical", "block"),
    ("红糖姜茶 痛经的姑娘喝了就不疼", "medical", "block"),
    ("净水器 长期饮用防结石", "medical", "block"),
    ("雅思网课 保7分", "guarantee", "block"),
    ("公考资料 没上岸的全款退", "guarantee", "block"),
    ("普洱茶饼 明年就翻一番", "guarantee", "block"),
    ("驾考题库 背完准能一把过", "guarantee", "review"),
    ("朱砂手链 本命年戴上一年都顺顺当当", "superstition", "review"),
    ("铜钱挂件 化解五黄煞", "superstition", "block"),
    ("鲜花速递 订花请打0755-26881234", "diversion", "block"),
    ("教程 链接pan点baidu点com", "diversion", "block"),
])
def test_seventh_batch_rules_flag(title, category, level):
    assert (category, level) in {(f.category, f.level) for f in check(title)}, check(title)


@pytest.mark.parametrize("title", [
    "铝扣板 集成吊顶 厨房 天花板 300x300",        # the ceiling
    "国际转运 集运 海外仓 直邮",                   # forwarding parcels
    "冰鲜三文鱼 收货后24小时内食用最佳",           # a usage tip written after the use
    "鲜食玉米 建议加热10分钟口感最佳",
    "高钾水溶肥 膨果期 最佳施用时机",
    "菠菜种子 最适宜播种温度15-20℃",
    "奖状定制 第一名 表彰 烫金",                   # the ranking is the product
    "头茬韭菜 春季第一茬 5斤",
    "茶馆专供 铁观音 散装", "母婴店专供 护臀膏",   # real sales channels
    "旅游包车 含油费 包过路费",
    "数据脱敏工具 企业版",
    "7天无理由退换 美白牙膏",                      # a period that is not a promise
    "24小时发货 补水面膜", "2024年 收腹裤 米白",
    "微星 显卡", "伟星 PPR水管", "儿童折纸飞机 竞技",
    "告别炎炎夏日 冰丝凉席",
    "防水 防滑 登山鞋 修复鞋底",
    "Vol.2 绘本", "iPhone15 Pro 手机壳 1.8m 数据线",
    "兄弟一起 啤酒杯 6只装", "游戏手机 玩王者 吃鸡 不卡",
    "投影仪支架 天花板吊装", "运行稳定 很少出毛病 路由器",
    "英文原版 Best Before 日期标签", "UV Cure 固化灯 美甲", "The Best of Me 原版小说",
    "手工辣椒酱 开封后最好一周内吃完", "真丝睡衣 最好手洗 勿暴晒", "染发膏 使用前最好先做皮肤测试",
    "第一颗乳牙纪念盒", "中国最北端 漠河 明信片", "钢笔 每支刻唯一序列号", "对戒 刻字你是我的唯一",
    "富贵竹 转运竹 水培", "宝马 空气滤芯 件号13718577171", "民宿专供 四件套", "五三 高考 数学",
    "Baoguoshi 古寺 明信片", "dingjiang 定制",
    "T恤 不满意全额退款", "抗皱面霜 50g", "安全套 隐私发货",
    "连衣裙 不合适包退", "尺码不对包退 运动鞋", "质量不好包退 保温杯", "正品保证 品质保证 手表",
    "多肉盆栽 最好放阳台散射光处", "羊绒衫 最好平铺晾干", "普洱生茶 最宜存放在通风干燥处",
    "冷酸灵 抗敏感牙膏", "耳钉 洗澡时最好摘下", "五常大米 品质有保证",
    "变压器220V转110V 降压 2000W", "冷链转运箱 保温箱 外卖配送", "本店最便宜的一款 民谣吉他",
    "三层鞋架 最下面一层放鞋", "云南威信县洋芋 10斤", "商务酒店 市政府旁 推荐", "物流太慢 没有更新",
    "血糖仪 家用 试纸50片", "运动鞋 偏小半码 最好拍大一码",
])
def test_seventh_batch_traps_are_not_blocked(title):
    assert [f for f in check(title) if f.level in ("block", "review")] == [], check(title)


def test_offsite_address_spans_point_at_the_original():
    title = "官网 WWW.ABC.COM 下单 邮箱 a.b@163.com"
    spans = [(title[f.start:f.end], f.category) for f in check(title)]
    assert ("WWW.ABC.COM", "diversion") in spans
    assert any(text.endswith("a.b@163.com") and category == "diversion" for text, category in spans)


def test_a_named_licence_turns_a_licence_claim_into_info():
    assert {(f.word, f.level) for f in check("祛斑精华")} == {("祛斑", "review")}
    assert {(f.word, f.level) for f in check("祛斑精华霜 特殊化妆品 国妆特字")} == {("祛斑", "info")}


@pytest.mark.parametrize("title, kept", [
    ("海军领上衣 学院风 水手服 短袖", None),            # 风水 across 学院风 + 水手服
    ("中国风 水杯 陶瓷 马克杯", None),
    ("老中医泡脚药包 治风湿 祛寒", ("medical", "治风湿")),      # not 包治 across 药包 + 治风湿
    ("扫地机器人 性价比无 敌 激光导航", ("absolute", "无 敌")),  # glued before, then spaced out: still one word
    ("平板拖把 老公说这是最 好 用的拖把", ("absolute", "最 好")),
    ("极 品 大红袍", ("absolute", "极 品")),           # spaced-out words are still caught
    ("开 光 貔貅 手串", ("superstition", "开 光")),
    ("面料认证国@家级", ("absolute", "国@家级")),      # a symbol slipped inside a word is not a gap
    ("销量全网 最低价 纸巾", ("absolute", "全网 最低价")),
])
def test_a_word_split_by_whitespace_counts_only_if_written_as_one(title, kept):
    found = {(f.category, f.text) for f in check(title) if f.level in ("block", "review")}
    assert found == ({kept} if kept else set()), found


SESSION_FIVE_TRAPS = [
    "海军蓝 毛衣 男女同款", "飞行员夹克 男 同款 美式", "儿童警察服 套装 男女同款",   # style names, pair wear
    "交警 男女同款 反光背心",                                                      # 同款 for two wearers
    "杂交水稻种子 审定编号国审稻20210045 抗稻瘟病中抗", "黄瓜种子 抗霜霉病 登记编号GPD黄瓜(2018)410056",
    "吡喹酮片 兽用非处方药 犬猫绦虫", "动物医院诊疗台 宠物治疗台 可升降", "白蚁防治 上门 四害消杀",
    "高原旅游 高血压患者慎行 拉萨5日", "加热足浴盆 糖尿病足患者请勿使用 泡脚桶",
    "手动液压搬运车 地牛2吨 物料转运", "双一流高校 考研专业课 真题", "最高人民法院司法解释汇编 2025",
    "开锁换锁 已在公安机关备案 上门", "学习卡激活码 每张唯一 网课", "店铺粉丝群专享 保温杯 316不锈钢",
    "送最好的闺蜜 生日礼物 香薰", "给最美的妈妈 母亲节礼物 康乃馨", "致最亲爱的老师 教师节 钢笔",
    "龙井 最适冲泡水温80-85℃ 一级", "5.1声道回音壁 最佳聆听区域约20㎡", "电动车锂电池 充电最好使用原装充电器",
    "建议最好配打底衫穿 针织开衫", "最好现拆现吃 手剥山核桃", "牛排最好三分到五分熟 原切西冷",
    "吐司面包 最好常温保存 勿冷藏", "补水面膜 每次敷最好不超过20分钟", "A醇精华 最好晚间使用",
    "学生发夹 少女发饰 抓夹", "粉霜 一抹化开光泽感", "承诺48小时发货 补水面膜", "色号No.1蜜桃粉 腮红",
    "客服很有效率 好评", "用了一个月掉色",
    "保健食品 维生素E软胶囊 本品不能代替药物", "护肤水乳套装 敏感肌 过敏包退", "考研英语 第一遍精读",
    "新生儿护脐带 第一类医疗器械 粤穗械备20210123号", "儿童自行车 适合身高最矮95cm", "感应夜灯 最亮模式可持续8小时",
    "营养土 浇水最好见干见湿", "鲜切玫瑰 花茎斜剪后插瓶最好", "925银手链 氧化发黑最好用擦银布", "波斯菊种子 最好3-5月播种",
    "父亲节贺卡 世界上最好的爸爸", "马克杯 印字 最棒的老师", "World's Best Dad 马克杯 定制", "编织袋 质量第一 服务至上",
    "济南趵突泉 天下第一泉 明信片", "溪流竿 钓鱼台钓专用浮漂", "唯一性二维码 防伪标签",
    "锦旗定制 送医生 妙手回春 感谢医护人员",       # praise printed on a pennant is the buyer's message
    "福鼎白茶 寿眉饼 煮饮风味最佳", "起泡酒 750ml 最适宜冰镇至6℃饮用", "手工醪糟米酒 最好冰镇后喝",
    "闲鱼担保交易 不私下转账 二手相机", "二手实木婴儿床 最高档位离地50cm", "送最亲的妈妈 母亲节 康乃馨",
    "现包瘦肉小馄饨 手工 冷冻", "保本价出 二手显示器", "降压药分装盒 一周七格", "开运竹 富贵竹 水培",
    "老人防走失胸卡 可写联系电话",
    "高血压饮食调养书", "糖尿病食谱书 营养搭配",            # a book may name the disease it is about
    "红酒醒酒器 最佳醒酒30分钟", "补水面膜最好敷15分钟", "绿萝水培最好用纯净水", "冰淇淋最好-18℃冷冻保存",
    "羊毛大衣 尺码偏小 最好参考尺码表", "给全世界最好的爸爸 父亲节 马克杯",
    "千禧圣女果种子 最佳采收期转色八成", "《兰亭序》字帖 王羲之 天下第一行书", "分药盒 一周7天 降压药收纳",
    "唯一的你 刻字手链 七夕礼物", "DIY手工相册 记录最美时光",
    "小学数学 最大公约数 最小公倍数 专项训练", "乳胶漆 墙面 最好刷两遍", "教师节礼物 最美老师 感谢卡",
]


SESSION_FIVE_HITS = [
    ("交警同款 反光背心", "authority", "block"),
    ("特警 男女同款 作训服 都在用", "authority", "block"),         # an endorsement after the pair wear
    ("央S推荐 铁棍山药 5斤", "authority", "block"),
    ("学习强国推荐 红色经典书籍", "authority", "block"),
    ("泰国香米 国家粮食局优选 10kg", "authority", "block"),
    ("智能门锁 登上新闻联播 指纹锁", "authority", "block"),
    ("C1驾照 交管局合作驾校 快速拿证", "authority", "block"),
    ("护腰带 钢板腰托 代替手术 久坐", "medical", "block"),
    ("冷雾加湿器 儿科主任都在用 静音", "medical", "block"),
    ("股票VIP会员 荐股准确率98%", "guarantee", "block"),
    ("抗皱精华 有效率98% 淡纹", "guarantee", "block"),
    ("减肥咖啡 躺着也能瘦 速溶", "guarantee", "block"),
    ("坐姿矫正带 没用就退 学生", "guarantee", "block"),
    ("梅花易数入门课程 起卦 测事必准", "superstition", "block"),
    ("实木鞋柜 化解门冲 入户玄关", "superstition", "block"),
    ("结婚择吉日 合八字 订婚", "superstition", "review"),
    ("手绘插画商稿 原创 加q详谈", "diversion", "review"),
    ("挂耳咖啡 加绿色聊天软件 送杯子", "diversion", "block"),        # 加 before a contact word
    ("五金工具批发 联系V:1688pf 扳手", "diversion", "block"),      # an id that starts with digits
    ("驾考报名 搜索小程序易学车", "diversion", "review"),
    ("散养土鸡蛋 30枚 乡长亲自带货", "authority", "block"),
    ("Used by Chinese Army 战术背包", "authority", "block"),
    ("孕妇防辐射服 100%屏蔽辐射", "guarantee", "block"),
    ("儿童游泳圈 绝对不会翻 加厚", "guarantee", "block"),
    ("除臭猫砂 零异味 有味退款", "guarantee", "block"),
    ("宝宝银锁 收惊 满月礼", "superstition", "block"),
    ("Blessed by Monk 泰国佛牌", "superstition", "block"),
    ("潮牌男装 源头 维❤: ldd7788", "diversion", "block"),
    ("二手相机镜头 v: 8888_ab", "diversion", "block"),
    ("跨境耳环 DM on Instagram @cutejewelry", "diversion", "block"),
    ("锦旗定制 送医生 加微信abc12345", "diversion", "block"),       # a pennant title can still divert
    ("冰种翡翠手镯 天然A货 随时回购", "guarantee", "block"),
    ("上门理发 手艺全镇冠军", "absolute", "block"),
    ("火箭军定制纪念打火机 纯铜", "authority", "block"),
    ("二手家具 陌陌号 889977", "diversion", "block"),
    ("水溶复合肥 不增产赔钱", "guarantee", "block"),
    ("这本书教你根治糖尿病 正版书籍", "medical", "block"),         # a cure claim stays, book or not
    ("最好5G手机 学生", "absolute", "block"),
    ("千元学生平板电脑 最高性价比 10.1英寸", "absolute", "block"),  # a quality ranking, whatever figure follows
    ("高筋面粉 粮食局放心粮首选 10kg", "authority", "block"),
    ("荷叶茶 喝七天 掉不下来白送", "guarantee", "block"),
    ("粉晶手链 戴三个月 婚姻运变旺", "superstition", "block"),
    ("舟山带鱼 一件代发 代理请加zsdyu123", "diversion", "block"),
    ("电子鼓 线下体验店 电话见图", "diversion", "review"),
    ("乳清蛋白粉 加教练卫星 定制饮食", "diversion", "review"),
    ("鸡饲料 蛋鸡 添加剂 防禽流感", "medical", "block"),
    ("防腐木油 户外 确保30年不腐", "guarantee", "block"),
    ("布鲁斯口琴 央视春晚舞台用琴", "authority", "block"),
    ("电动螺丝刀 扭力最大的一款 锂电", "absolute", "block"),     # 的一款 is not a figure
    ("复合肥 氮磷钾 增产30% 果树", "guarantee", "block"),
    ("扫地机 销量guan军 自动集尘", "absolute", "block"),
    ("益生菌冻干粉 医生自己都在吃", "medical", "block"),
]


def test_a_licence_mark_without_its_number_asks_for_a_review_instead_of_blocking():
    assert {(f.word, f.level) for f in check("消炎利胆片 100片 国药准字 OTC")} == {("消炎", "review")}
    assert {(f.word, f.level) for f in check("布洛芬 国药准字H20013062 消炎止痛")} <= {("消炎", "info"), ("止痛", "info")}
    assert {(f.word, f.level) for f in check("消炎利胆片 100片")} == {("消炎", "block")}


SESSION_SIX_TRAPS = [
    "极品飞车 游戏光盘 PS4", "最炫民族风 广场舞音箱 U盘", "奥斯卡最佳影片 蓝光碟 典藏版",   # names of works and awards
    "The Very Best of ABBA 黑胶唱片", "消炎药收纳盒 家庭药箱 分格",                        # a drug name on a box
    "格力空调经销商 安装 上门", "承诺48小时发货 发货承诺 售后承诺",
    "家电维修 上门检测 修不好不收费", "蛋鸡配合饲料 成分分析保证值 粗蛋白≥16%",
    "黄铜关公像 摆件 未开光", "六朝石辟邪 文创冰箱贴",                                        # negated ritual, a mythical beast
    "吸奶器 第一档轻柔 九档可调", "头茬韭菜 第一茬 新鲜",
    "教师节卡片 写下最想说的话", "牛排 建议冷藏解冻8小时最佳 原切",                            # a wish, a timed use
    "咖啡豆 烘焙后7天最佳风味期 中烘", "速冻饺子 最好大火煮开后加冷水", "水溶肥 最好随水冲施",
    "CCTV 监控摄像头 4MP 户外防水", "党政机关公文格式 红头文件纸 印刷",                        # a camera, a format standard
    "热烈欢迎领导莅临指导 横幅定制",
    # second round: terms of art in courses and services, negations, required statements
    "计量经济学 最小二乘法 网课", "数据结构 最短路径 考研408", "前端教程 CSS绝对定位", "数据库设计 唯一索引 课程",
    "管理会计 保本点分析 CMA", "公司金融 无风险利率 CFA", "2025各省最低工资标准 劳动法解读", "租房保证金纠纷 律师咨询",
    "学历提升 第一学历 咨询", "志愿填报 第一志愿 讲解", "法律咨询 不承诺结果 按次收费", "开运输公司 代办许可证",
    "数据恢复 恢复不成功不收费", "政府采购招投标代理 标书", "芝麻糊 本品为普通食品 不具有治疗作用",
    "按摩椅 非医疗器械 不能替代治疗", "婴儿配方奶粉 最理想的食品是母乳", "抗牙结石牙膏 140g", "儿童泡泡机 送泡泡水",
    "zui新款 双肩包", "源头工厂 独特供应链 拖鞋", "雨靴 筒高包过脚踝", "毛绒包包治愈系挂件", "天花板 集成吊顶 铝扣板",
    "不是全网最便宜 但用料实在 垃圾袋", "卸妆油 最好干手干脸使用", "狗粮 最好泡软再喂", "绿茶 最好用玻璃杯冲泡",
    "大豆磷脂软胶囊 卫食健字(2001)第0145号 调节血脂", "延时摄影 相机支架", "胶带 撕掉不留痕",
    # third round: services, health and beauty goods, after-sales promises about the goods themselves
    "油烟机清洗 环保过滤棉更换", "电工上门 降压启动柜检修", "孕妇照 孕28周最佳拍摄期", "景区门票 最好早上8点前入园",
    "潜水考证 第一潜", "口腔医院 根管治疗 需面诊", "网球私教 最佳击球点", "英语语法 最高级 比较级", "万能险 条款解读",
    "信用卡 最低还款额 计算", "青海湖 中国最大的内陆咸水湖 自驾", "不甜包退 麒麟西瓜", "安装不上包退 门把手",
    "不是原装包退 数据线", "智能药盒 降压药降糖药分药盒", "移位机 卧床老人 转运 护理", "按摩仪 建议从最低档开始",
    "大闸蟹 收货当天蒸食口感最佳", "照片冲印 包过塑", "绿色泡泡机 儿童", "男生发蜡 哑光", "女生发圈 10个装",
    "最是人间留不住 固体香膏",
    # fourth round
    "急招财务会计 代账公司", "猎头服务 保证期3个月内免费替换", "简历模板 最高学历", "销售 保底工资5000+提成",
    "宠物医院 住院治疗 执业兽医", "摄影棚 No.1号棚 按小时", "T恤 印字 最好的时光", "榴莲 果肉保底1.5斤",
    "月饼 微波10秒口感最佳", "威士忌 纯饮或加冰最佳", "燕麦片 最好用热牛奶冲泡", "干红 醒酒30分钟后最佳",
    "宝马 OE号13718577170 空滤", "学生会主席 竞选 海报",
    # fifth round
    "执业药师 消炎镇痛药分类", "康复治疗师 物理治疗 题库", "最大公因数 最小公倍数 网课", "疏通下水道 疏不通不收费",
    "高中物理 第一宇宙速度", "岩茶 第一道工序手工拣剔", "荔枝 收到当天最好吃完", "牛排 建议最佳熟度五至七分",
    "烤鸭 烤箱复热8分钟最佳", "女朋友最喜欢的 草莓牛奶 礼盒", "我们家最大的果 脐橙 90mm+", "大衣 最好悬挂存放",
    "送给最在乎的你 相册", "企业微信 SCRM 软件 年费",
    "电视壁挂架 最佳观看高度约1.2米", "洗地机 每次用完最好自清洁", "天花板射灯 嵌入式 开孔75mm",
    "蓝牙接收器 支持修改命名", "老式军用水壶 复古 收藏", "闲鱼担保交易 二手相机",
]


SESSION_SIX_HITS = [
    ("乳猪开口料 县畜牧局指导用料 25kg", "authority", "block"),
    ("儿童古诗绘本 学习强国平台发文推广", "authority", "block"),
    ("执法记录仪 公检法办案用 高清", "authority", "block"),
    ("赣南脐橙 CCTV-7专题报道 5斤", "authority", "block"),
    ("加密移动硬盘 党政机关内部使用", "authority", "block"),
    ("宣纸 四尺 国宝级 书法", "absolute", "block"),
    ("定制纸箱 全网底价 快速打样", "absolute", "block"),
    ("冷冻鸡翅 价格最低 2kg", "absolute", "block"),                  # a price, not a specification
    ("冻干猫粮 品类冠军 全价", "absolute", "block"),
    ("电动车头盔 行业龙头老大 3C", "absolute", "block"),
    ("除草剂 百分百除草 果园", "guarantee", "block"),
    ("留学签证辅导 100%出签", "guarantee", "block"),
    ("草本戒烟贴 包戒烟 30贴", "guarantee", "block"),
    ("酵素果冻 躺着就能瘦 10条", "guarantee", "block"),
    ("美白丸 白不了退款 女", "guarantee", "block"),
    ("生发液 不长新发 双倍返还", "guarantee", "block"),
    ("染发梳 不黑退 植物", "guarantee", "block"),
    ("脚气膏 两个疗程包好", "guarantee", "block"),
    ("射频美容仪 包你年轻十岁", "guarantee", "block"),
    ("店铺代运营 包出单 直通车", "guarantee", "block"),
    ("减肥茶 永不反弹", "guarantee", "block"),
    ("修护面霜 零过敏 孕妇可用", "guarantee", "block"),
    ("红糖姜茶 调经暖宫 月子", "medical", "block"),
    ("氨糖软骨素 膝盖不疼了 中老年", "medical", "block"),
    ("护眼贴 摘掉近视眼镜 学生", "medical", "block"),
    ("口香糖 口臭一去不复返", "medical", "block"),                   # a symptom, then its cure
    ("铜葫芦 纳吉化凶 挂件", "superstition", "block"),
    ("纸扎别墅 烧给先人 在阴间享福", "superstition", "block"),
    ("爱情蜡烛 挽回前任 手工", "superstition", "block"),
    ("PPT代做 球球3344556", "diversion", "block"),
    ("燕窝批发 WA: +60 12-345 6789", "diversion", "block"),         # an international number after a handle
    ("越南咖啡 Zalo: 0912345678", "diversion", "block"),
    ("代写文案 接私单 便宜", "diversion", "review"),
    ("大牌平替香水 懂的来V", "diversion", "review"),
    # second round
    ("专利代理 包授权 加急", "guarantee", "block"),
    ("劳动仲裁律师 胜诉率100%", "guarantee", "block"),
    ("奶茶加盟 亏损总部兜底", "guarantee", "block"),
    ("书法字帖 主席题词同款", "authority", "block"),
    ("法律实务课 现任检察官授课", "authority", "block"),
    ("商标注册 知识产权局合作机构", "authority", "block"),
    ("开锁 速度最快 上门", "absolute", "block"),
    ("小儿推拿 推拿退烧 教学", "medical", "block"),
    ("兼职 喂❤ hf66778 日结", "diversion", "block"),
    ("会员代充 飞机 @vip_chong", "diversion", "block"),
    ("羊肉卷 至尊品质", "absolute", "block"),
    ("央广推荐 收音机", "authority", "block"),
    ("山楂条 消食化积", "medical", "block"),
    ("荷叶茶 喝了就能瘦", "guarantee", "block"),
    ("补光灯 必上热门", "guarantee", "block"),
    ("草莓晶 吸引正缘", "superstition", "block"),
    ("杀虫剂 一喷全死光", "guarantee", "block"),
    ("金刚结 高僧持咒", "superstition", "block"),
    ("玉器 微号 jade0909", "diversion", "block"),
    ("西梅汁 清宿便", "medical", "block"),
    ("钙片 吸收率100%", "guarantee", "block"),
    ("止鼾器 一晚止鼾", "guarantee", "block"),
    ("牙膏 牙龈出血一刷就好", "medical", "block"),               # a health promise is both
    ("牙膏 牙龈出血一刷就好", "guarantee", "block"),
    ("牙膏 国内第一款 孕妇", "absolute", "block"),
    ("身体乳 空军后勤选用", "authority", "block"),
    ("含硒牙膏 防口腔癌", "medical", "block"),
    ("笔记本 政协会议用本", "authority", "block"),
    ("生发液 不长新发钱退给你", "guarantee", "block"),
    ("风铃 把穷气摇走", "superstition", "block"),
    ("二手车 手机尾号2231", "diversion", "review"),
    ("面膜 没有一款比得上它", "absolute", "block"),
    ("今年最值得买的一件 毛衣", "absolute", "block"),            # not the math term 最值
    # third round
    ("婚庆 全城婚庆头牌", "absolute", "block"),
    ("一日游 政要接待专线", "authority", "block"),
    ("夏令营 团中央授旗营地", "authority", "block"),
    ("盐疗 鼻窦炎不再复发", "medical", "block"),
    ("合同纠纷 包赢", "guarantee", "block"),
    ("增高训练营 至少长高5厘米", "guarantee", "block"),
    ("植发 毛囊存活率100%", "guarantee", "block"),
    ("讨薪 一定帮你要回钱", "guarantee", "block"),
    ("周易 六爻预测", "superstition", "block"),
    ("起名 吉凶测试 数字能量", "superstition", "block"),
    ("洗衣液 洗不干净包退", "guarantee", "block"),               # an efficacy refund stays
    ("空气炸锅冇对手 6L", "absolute", "block"),
    ("酱香酒 公务接待用酒", "authority", "block"),
    ("木耳 人大代表力挺", "authority", "block"),
    ("保温杯 rmrb推荐", "authority", "block"),
    ("吊坠 破太歲 属鸡", "superstition", "block"),
    ("酵素 月减15斤", "guarantee", "block"),
    ("护膝 用完就不疼", "medical", "block"),
    ("挂面 部队伙房老配方", "authority", "block"),
    ("减肥茶 没效果 钱原路退回", "guarantee", "block"),
    ("金蛤蟆 中奖几率更高", "superstition", "block"),
    ("西洋参 心律不齐 调理", "medical", "block"),
    ("精华 超越国际大牌", "absolute", "block"),
    ("牙膏 疾控中心指导研发", "authority", "block"),
    ("儿童牙膏 蛀牙自愈", "medical", "block"),
    ("面霜 基因修复", "medical", "block"),
    ("精华 三天淡斑", "guarantee", "block"),
    ("面膜 敷完立白", "guarantee", "block"),
    # fourth round
    ("焊台 升温最快的焊台 936", "absolute", "block"),         # "the fastest …", whatever figure follows
    ("灭火器 消防支队配备", "authority", "block"),
    ("手机支架 歼20同款钛合金", "authority", "block"),
    ("信号放大器 不满格退钱", "guarantee", "block"),
    ("防雾剂 一年内绝不起雾", "guarantee", "block"),
    ("路由器 Q：1 0 0 8 6 1 1 2", "diversion", "block"),        # spaced-out digits after a handle
    ("招聘 包入职 高薪", "guarantee", "block"),
    ("耳机 音质封顶", "absolute", "block"),
    ("矿泉水 两会代表房间配备", "authority", "block"),
    ("二手书 某音号xzs0808", "diversion", "block"),
    ("腊肉 主席爱吃的", "authority", "block"),
    ("黑木耳 清理血管垃圾", "medical", "block"),
    ("足金吊坠 终身原价回收", "guarantee", "block"),
    ("饰品批发 歪信aa5858", "diversion", "block"),
    # fifth round
    ("声乐课 总政歌舞团演员授课", "authority", "block"),
    ("视力训练 近视逆转", "medical", "block"),
    ("面试辅导 保offer", "guarantee", "block"),
    ("代烧还阴债 化解劫难", "superstition", "block"),
    ("游学 企业微信扫码咨询", "diversion", "review"),
    ("月饼 机关事业单位团购首选", "authority", "block"),
    ("T恤定制 小助理号 zhuli_008", "diversion", "block"),
    ("腊肉 毛主席家乡味", "authority", "block"),
    ("醒酒饮料 无效赔十倍", "guarantee", "block"),
    ("普洱茶 佛前供过", "superstition", "block"),
    ("白酒之巅 酱香", "absolute", "review"),
    ("布鞋 中国第一 千层底", "absolute", "block"),
    ("陪玩 YY频道 88123", "diversion", "review"),
    ("检测仪 环保部门执法检测用", "authority", "block"),
    ("路由器 零辐射 不伤胎儿", "medical", "block"),
    ("游戏加速器 包不掉线", "guarantee", "block"),
    ("灯箱 纳福聚气", "superstition", "block"),
]


# Session seven: look-alikes of 一 from other scripts; contact words glued to a model number.
SESSION_SEVEN_TRAPS = [
    "TG100V88 工业变频器 三相", "QQ3S 蓝牙音箱", "コーヒー豆 挂耳 日式烘焙",
    # the round's batches: specifications, award goods, terms of art, advice
    "移动固态硬盘 读取速度最快540MB/s USB3.2", "奖状定制 最佳进步奖 A4 烫金", "最佳球员MVP奖杯 树脂 定制",
    "教师奖励印章 你是最棒的 卡通", "组装衣柜 最好两人安装 附视频教程", "锂电池 最好半电存放 18650",
    "初二英语语法 比较级和最高级 专项训练", "电脑包瘦身款 14寸 超薄", "档案盒 A4 机关单位办公用品 10个装",
    "理疗仪电极片 替换装 通用 自粘", "小猪存钱罐 只进不出款 卡通", "国际集运 转运 仓库 打包袋",
    "一加13 骁龙8至尊版 16+512G", "防病毒软件 正版激活码 1年",
    # round two: services' terms of art, disclaimers, usage, group buying
    "小提琴一对一 最佳起步年龄咨询", "太极拳 二十四式 第一式起势", "电商详情页设计 第一屏卖点提炼",
    "成人声乐 音域测试记录最高音和最低音", "个税汇算 每项最高扣除标准解读", "股票入门 K线 最高价最低价",
    "期权入门 最大亏损与最大收益计算", "中医推拿 保健按摩 非治疗项目", "车险续保提醒 交强险",
    "跨省长途搬家 行李转运", "跑者膝关节力量训练 运动康复私教", "两人拼团 蓝莓 不成团自动退款",
    "速冻水饺 水开直接下锅最好", "西瓜种子 发芽率以包装标注为准", "猫粮 最佳喂食量见包装",
    "试穿30天 不合脚可退 男士皮鞋", "人生第一块手表 儿童 学生 男孩", "锂电池 12V 正极 +V 接线",
    "孕妇装 非 防辐射 服 普通卫衣",
    # round three
    "驾校大车A2报名 最低年龄要求以当地车管所为准", "头疗养发馆 本服务不能替代药物治疗",
    "民间借贷纠纷 利率上限按最高院规定", "嫁接睫毛 最佳维持期3-4周", "产后催乳师上门 哺乳指导",
    "作业治疗 OT课程 康复治疗学专业", "床虱防治 酒店除臭虫", "铁观音 未拆封喝着不合口味可退",
    "生鲜三文鱼 最好解冻后2小时内食用", "儿童手表 碰一碰加好友", "足浴盆 糖尿病患者请谨慎控制水温",
    "ViewSonic VX2758-2KP-MHD 27英寸 显示器", "Redmi K70 至尊版 12+256G", "涂鸦 万能遥控 空调 电视",
    "全麦面粉 家用烘焙馒头面包用 2.5kg", "王者荣耀 最强王者段位 主题 鼠标垫",
    # round four
    "电热毯 自动断电 最高档约45℃", "车载冰箱 食物最好分区存放 双温区", "电饭煲 米水比例最好按刻度线",
    "轮胎充气泵 建议最佳胎压2.3-2.5bar", "蓝牙鼠标 每台设备唯一SN码可查", "绝对式 多圈 编码器 SSI",
    "石墨烯电暖画 独特供暖 静音", "纱帘 拉开光线柔和", "360度旋转运动相机支架", "中国宴会厅 布置 道具",
    "🥇足金999手链 古法 女", "国家极地博物馆 纪念 冰箱贴",
    # round five
    "生日蛋糕 至少 提前 3天 预订", "筋膜枪 请勿 用于 治疗 仅供 按摩 放松", "最美 逆行者 纪实 文学 书籍",
    "防癌 筛查 体检 套餐 预约", "国审 玉米 种子 高产 抗病 杂交", "熊猫金币 中国人民银行发行",
    "幼儿配方奶粉 母乳是宝宝最好的食物", "外置光驱 一键打开光驱", "杀毒软件 正版 激活码 电脑 防病毒",
    "限时秒杀 小米 充电宝 10000mAh", "支持微信付款 二手自行车", "日本一番榨 啤酒 罐装", "最游记 动漫周边 立牌",
    "人體感應 自動打開光源 床頭小夜燈",
]


SESSION_SEVEN_HITS = [
    ("运动耳机 全网第ー 降噪", "absolute", "block"),
    ("羊绒围巾 唯ㄧ正品渠道", "absolute", "block"),
    ("咨询 qq1038829911", "diversion", "block"),
    ("帐篷 🅥🅧 : tao 1 2 3 户外", "diversion", "block"),             # emoji letters
    ("毛绒公仔 威❤号看头像", "diversion", "block"),
    ("投影仪 拼夕夕有券 1080P", "diversion", "block"),
    ("运动鞋 退货别走平台 找我私了", "diversion", "block"),
    ("学生牛奶 教育局统一配发 200ml", "authority", "block"),        # a state bureau + an endorsement nearby
    ("东北珍珠米 国宾馆御用 5kg", "authority", "block"),
    ("皮带 皮带界的爱马仕 头层牛皮", "absolute", "block"),
    ("实木床 用料再无第二家 1.2米", "absolute", "block"),
    ("移动硬盘 速度最快 高速", "absolute", "block"),                # no figure after it
    ("奖杯 全网最低价 定制", "absolute", "block"),                  # the seller's price claim, not printed text
    ("车载香薰 治晕车 薄荷", "medical", "block"),
    ("低磷猫粮 远离肾衰 2kg", "medical", "block"),
    ("护脊书包 骨科专家力荐", "medical", "block"),
    ("儿童退热贴 三天退烧", "medical", "block"),
    ("矫姿鞋 穿一个月O型腿变直", "medical", "block"),
    ("指纹锁 100%无法破解 C级锁芯", "guarantee", "block"),
    ("NAS 数据永不丢失 双盘位", "guarantee", "block"),
    ("智能门锁 十年零故障", "guarantee", "block"),
    ("增高训练营 没长退费", "guarantee", "block"),
    ("奶油草莓苗 当年结果 包结果", "guarantee", "block"),
    ("瘦身奶昔 一瓶瘦5斤", "guarantee", "block"),
    ("龙年酱酒 龙气加身 礼盒", "superstition", "block"),
    ("祈福米酒 道长作法", "superstition", "block"),
    ("发财树 摆在财位生意翻倍", "superstition", "block"),
    ("铜葫芦 化解二黑病符", "superstition", "block"),
    # round two
    ("代拍 ᐯ：mango_0302 盲盒", "diversion", "block"),                # a look-alike of V
    ("文印 文件可发q邮 或者蓝色企鹅", "diversion", "block"),
    ("湖南腊肉 备注手机号我打给你", "diversion", "block"),
    ("护膝 新闻联bo报道", "authority", "block"),
    ("西湖龙井 大会堂接待同批次", "authority", "block"),
    ("普洱 党校学员人手一罐", "authority", "block"),
    ("中医推拿 军区总医院专家坐诊", "authority", "block"),
    ("耳机 音质超越万元耳机", "absolute", "block"),
    ("宝宝起名 起名界的泰斗亲自操刀", "absolute", "block"),
    ("视觉训练 练到散光消失", "medical", "block"),
    ("喷雾 激素脸用了三天不红不痒", "medical", "block"),
    ("黑枸杞原浆 男人喝了腰不酸腿有劲", "medical", "block"),
    ("洗发水 壹佰%有效", "guarantee", "block"),
    ("矫正带 三天挺拔 无效可退", "guarantee", "block"),
    ("征信逾期处理 包删除", "guarantee", "block"),
    ("助眠枕 睡不着可退", "guarantee", "block"),
    ("白发转黑洗发水 不转黑双倍赔", "guarantee", "block"),
    ("助听器 戴上包管听得清", "guarantee", "block"),
    ("前世今生测算 灵性咨询", "superstition", "block"),
    ("朱砂手串 安胎辟凶", "superstition", "block"),
    # round three
    ("卫衣 ɴᴏ.1 爆款", "absolute", "block"),                         # small capitals
    ("奶茶杯 【一第量销】 商用", "absolute", "block"),               # written backwards
    ("抽纸 曰取便宜 整箱", "absolute", "block"),                     # 最 split into its parts
    ("手机支架 全网zdj", "absolute", "block"),
    ("热水器 加热速度全国称雄", "absolute", "block"),
    ("眼部按摩仪 按摩界最强王者", "absolute", "block"),
    ("黄小米 Ｚ府 认证", "authority", "block"),
    ("灭火器 消防部门特别认可", "authority", "block"),
    ("护理床 民政部养老示范产品", "authority", "block"),
    ("律师咨询 原最高法法官团队", "authority", "block"),
    ("泡腾片 预防gan冒", "medical", "block"),
    ("羊奶粉 早上一杯心脏不慌不闷", "medical", "block"),
    ("电动车锂电池 包用5年", "guarantee", "block"),
    ("节电器 每月电费立减一半", "guarantee", "block"),
    ("防雾剂 喷一次管半年", "guarantee", "block"),
    ("爽身粉 绝对安全 可入口", "guarantee", "block"),
    ("草鱼饲料 斤两不达标赔差价", "guarantee", "block"),
    ("车贴 出行大吉 避祸", "superstition", "block"),
    ("抓周仪式策划 附赠八字批命", "superstition", "block"),
    ("四件套 关注 gzh 领券", "diversion", "block"),
    ("门窗定制 某信 mc88990", "diversion", "block"),
    ("二手挖机 车况视频请移步快手", "diversion", "block"),
    # round four
    ("音箱 全网🥇 音质", "absolute", "block"),                      # emoji standing for words
    ("积木 🔝级 颗粒", "absolute", "block"),
    ("餐桌 世界ji工艺 橡木", "absolute", "block"),
    ("拉杆箱 耐摔程度让日默瓦都自愧不如", "absolute", "block"),
    ("冲锋衣 防水性能完胜始祖鸟", "absolute", "block"),
    ("跑步鞋 脚感封顶 碳板", "absolute", "block"),
    ("空调 制冷速度实测夺冠", "absolute", "block"),
    ("汽车座套 品质远超4S店原厂", "absolute", "block"),
    ("羽绒服 国家极地科考队出征指定装备", "authority", "block"),
    ("花生油 国家储备粮库同源原料", "authority", "block"),
    ("黄酒 当年招待尼克松的酒", "authority", "block"),
    ("运动相机 随神舟十六号上过天", "authority", "block"),
    ("打印机 税务系统内部用机", "authority", "block"),
    ("面膜粉 脸上的蝴蝶斑淡到看不出来", "medical", "block"),
    ("凉茶 清re解du 植物饮料", "medical", "review"),
    ("杂交水稻种子 每亩至少多收三百斤 不然赔", "guarantee", "block"),
    ("炒房实战课 一年净赚一套房", "guarantee", "block"),
    ("祛湿茶 喝完舌苔齿痕没消 找我退钱", "guarantee", "block"),
    ("节水龙头 装上水费直接减半", "guarantee", "block"),
    ("车牌架 行车大吉避血光", "superstition", "block"),
    ("电子书合集 咨询后给你外部链接购买", "diversion", "block"),
    # round five
    ("轴承 零缺陷 精密", "absolute", "block"),
    ("衣柜 高端中的高端 实木", "absolute", "block"),
    ("轮胎 开过才知道米其林都不如它", "absolute", "block"),
    ("万用表 精准度超越福禄克", "absolute", "block"),
    ("5G手机 拍照秒杀苹果", "absolute", "block"),
    ("定焦镜头 人像镜皇 全画幅", "absolute", "block"),
    ("金币 中 国 人 民 银 行 纪念 同款", "authority", "block"),
    ("婴儿湿巾 市妇联推荐给新手妈妈", "authority", "block"),
    ("唐卡 曾被联合国官员收藏", "authority", "block"),
    ("狗粮 警犬基地每天喂的口粮", "authority", "block"),
    ("体脂秤 诊断脂肪肝", "medical", "block"),
    ("口罩 防病毒 透气", "medical", "block"),
    ("身体乳 毛周角化症抹两周就消失了", "medical", "block"),
    ("纸尿裤 用了还红屁屁赔一箱", "guarantee", "block"),
    ("不粘锅 一辈子不粘", "guarantee", "block"),
    ("落地扇 用坏一台赔两台", "guarantee", "block"),
    ("汽车电瓶 五年不亏电", "guarantee", "block"),
    ("沉香线香 冤亲债主都化解", "superstition", "block"),
    ("代点祈福灯 点满49天", "superstition", "block"),
    ("二手自行车 微 信 付款 再减 50", "diversion", "block"),
    ("脚垫 好评后扫包裹卡二维码返现15元", "diversion", "block"),
    ("二手服务器 钉钉 dellsrv 询价", "diversion", "block"),
    ("婴儿车 139后面八位在详情页第三张图", "diversion", "block"),
    ("拉杆箱 结实度亚洲Ⅰ号", "absolute", "block"),
    ("面霜 최고 품질 韩版", "absolute", "block"),
    ("孢子粉 无fu作用 礼盒", "guarantee", "block"),
    ("书法定制 🟢💬：moshu88 包邮", "diversion", "block"),
    ("贵妃芒 k手同名店 果农直发", "diversion", "block"),
    ("双开门冰箱 去京D下单 同价", "diversion", "block"),
]


# Session eight: quoted slogans on printed goods, team-kit numbers, gear settings, advice, bags.
SESSION_EIGHT_TRAPS_NOT_BLOCKED = [
    '"我是最棒的"儿童T恤 印花 纯棉 短袖', '"最靓的仔"卫衣 印花 男 宽松', '"顶级吃货"围裙 印字 厨房 防水',
    '"第一名"毕业纪念 T恤 班服 定制', "宝贝你最棒 奖励贴纸 幼儿园 老师用", "定制篮球服 印号码 No.1 刺绣 球衣",
    "暖风机 最高档2000W 家用 浴室", "冲调水温最好70℃以下 宝宝米粉", "面包机 揉面 最好用高筋面粉",
    "乳胶枕 避免暴晒最好阴干", "真空压缩袋 让行李包瘦身一半", "Mom You Are the Best 母亲节马克杯 定制印字",
    "口腔溃疡贴 两片装", "主席台桌布 会议 红色金丝绒 定制", "局长办公室 门牌 亚克力",
    # round two: services' terms of art and disclaimers, ordinals, own range across spaces
    "《民法典》逐条解读课程 第一编 总则", "大车驾照 B2增驾 学时以车管所要求为准", "成人游泳培训 水深最浅1.2米",
    "保洁服务 时长不足按比例退款 钟点工", "密室逃脱 最佳人数4-6人 团购", "阔腿裤女 最适合身高155-165cm",
    "百度SEO优化 排名受算法影响 不做保证", "《周易》原文导读 国学经典课 不含占卜", "同系列 中 容量 最大 的一款 2.5L 水杯",
    "电动剃须刀 送老公最爱的礼物", "理疗仪 治疗仪维修 上门检测", "会议横幅 热烈欢迎领导莅临指导", "国家电网招聘考试 电气类 笔试课程",
    "包装箱尺寸 1380*620*1100mm", "识字卡 一二三四五六七八九十 1套",
    # round three
    "音乐治疗专业留学 作品集辅导", "心理咨询 视频50分钟 如需治疗请就医", "小儿推拿培训 不涉及疾病治疗",
    "美签体检 使馆指定医院 预约流程", "民政局领证跟拍 结婚登记 摄影", "保险规划 重疾险 防癌险 配置讲解",
    "故宫讲解 半日游 最佳参观路线", "峨眉山门票 山顶最低气温提示 注意保暖", "品牌命名 不涉及八字风水",
    "防晒乳 出门前15分钟涂抹效果最佳 50ml", "男士润唇膏 礼盒印“最佳男友” 情人节", "入户门垫 印“出入平安” 防滑",
    "锦旗定制“妙手回春 药到病除” 送医生", "旗舰手机 顶配版16+1TB 本机型最高配置", "50mm F1.4定焦 全开光圈锐利",
    "洗车液 最好用于阴凉处", "儿童雨靴 最好量脚后再拍", "冷萃咖啡液 最好冰饮 8颗",
    "膳食纤维固体饮料 非保健食品 不具有疾病预防治疗功能", "安佳黄油 最好室温软化后使用", "价格 到手价¥99 券后¥89",
    "佳微商城 旗舰店 正品",
    # round four
    "兰州牛肉面 第一碗原价 第二碗8折", "古镇夜游船票 第一班18:30", "桌球俱乐部 会员第一小时8折", "书法培训 第一笔横画练起",
    "足疗店 储值卡 不支持退款说明见详情", "心理咨询 危机请拨打心理援助热线", "药店代煎中药 凭处方代煎 冷藏保存",
    "家政保洁 请在本店铺下单付款 勿私下微信转账", "学生证件照 符合教育部学籍照片要求 蓝底",
    "宠物医院 犬四联疫苗 预防犬瘟热细小 持动物诊疗许可证", "温泉酒店 高血压心脏病患者及孕妇不宜泡温泉",
    "格力 冷风扇 冷风水箱 遥控", "小麦种子 鲁审麦20200012 区试比对照增产5.1%", "字母印花短袖 胸前NO.1字样 潮牌T恤",
    "汽车挂件 出入平安 字样 后视镜吊坠", "柳州螺蛳粉 最辣档位为特辣", "加厚收纳箱 运输压坏包赔",
]


SESSION_EIGHT_HITS = [
    ("韩版卫裤 版型第ㅡ 宽松", "absolute", "block"),                 # hangul ㅡ
    ("木及品金骏眉 红茶 礼盒", "absolute", "block"),                  # 极 split into 木及
    ("酱香型白酒 特イ共 53度", "authority", "block"),                  # 供 as katakana イ + 共
    ("星月菩提 逆天改ming 文玩", "superstition", "block"),
    ("螺蛳粉 味道冇得比 5袋装", "absolute", "block"),
    ("the best 冰丝凉席三件套", "absolute", "block"),
    ("黑芝麻丸 央妈力荐 无蔗糖", "authority", "block"),
    ("野营水壶 Army专用 不锈钢", "authority", "block"),
    ("苏绣挂画 针法举国难寻 手工", "absolute", "block"),
    ("KN95口罩 疾控一线人员都戴这个", "authority", "block"),
    ("宣纸 中办书画室一直用这家纸", "authority", "block"),
    ("书法字画 部长亲笔题写 装裱", "authority", "block"),
    ("英国皇室御用 红茶 礼盒", "authority", "review"),
    ("口腔喷剂 溃疡两天好 便携", "medical", "block"),
    ('"顶级"保温杯 316不锈钢', "absolute", "block"),               # a quote on goods not sold for print
    ('"我是最棒的"T恤 全网最低价', "absolute", "block"),            # the seller's own claim beside the slogan
    ("最高档次 真皮沙发", "absolute", "block"),
    ("产后收腹带 束腰 包瘦10斤", "guarantee", "block"),
    # round two
    ("窗帘 上门测量 电h：135*8826*4410", "diversion", "block"),      # a mobile number grouped 3-4-4
    ("茶具 联系 1捌⑧贰3④5六7八9", "diversion", "block"),           # ASCII and Chinese numerals mixed
    ("陪练 电话号 1三9八七六五4三21", "diversion", "block"),
    ("动漫徽章 鹅群 号码见详情页", "diversion", "block"),
    ("产后修复 卫生部专家指导 盆底肌", "authority", "block"),
    ("中石化推荐 燃油宝 除积碳", "authority", "block"),
    ("投资移民咨询 绿卡保批 EB5", "guarantee", "block"),
    ("中专技能培训 毕业直接安排工作", "guarantee", "block"),
    ("钢化膜 摔不碎 高清 防窥", "guarantee", "block"),
    ("移动硬盘 数据绝对不丢 2TB", "guarantee", "block"),
    ("防水键盘 泼咖啡保用不坏", "guarantee", "block"),
    ("空气消毒机 阻断流感传播", "medical", "block"),
    ("狗粮里的劳斯莱斯 20斤", "absolute", "block"),
    ("护眼台灯 同类第Ⅰ 国AA级", "absolute", "block"),               # Roman numeral one
    ("咖啡机 ｗｏｒｌｄ ｂｅｓｔ 奶泡", "absolute", "block"),
    ("头疗 首次体验 最高档次服务", "absolute", "block"),
    # round three
    ("月嫂培训 卫生部颁证月嫂", "authority", "block"),
    ("信奥竞赛辅导 保一等奖 C++", "guarantee", "block"),
    ("债务追讨 欠款催收 100%追回", "guarantee", "block"),
    ("求职辅导 简历面试 保进大厂", "guarantee", "block"),
    ("淘宝代运营 bao首页 店铺托管", "guarantee", "block"),
    ("蛋鸡苗 产蛋率包90%以上", "guarantee", "block"),
    ("防脱洗发水 用完一瓶绝对不掉发", "guarantee", "block"),
    ("婴儿奶粉 宝宝喝了绝对不上火", "guarantee", "block"),
    ("姓名测试打分 凶名改吉", "superstition", "block"),
    ("老人长寿符 红包 寿宴", "superstition", "review"),
    ("药监局官方背书 医用冷敷贴", "authority", "block"),
    ("发改委重点推广 富硒米粉", "authority", "block"),
    ("301医院专家研制 营养粉", "authority", "block"),
    ("即食阿胶糕 食药jian背书", "authority", "block"),
    ("帆布胶鞋 解fang军标配", "authority", "block"),
    ("汽车脚垫 公务车原车配套", "authority", "block"),
    ("硅胶手机壳 八一军徽图案", "authority", "block"),
    ("月子红糖姜茶 产后 排恶露", "medical", "block"),
    ("山楂麦芽饮 治小儿厌食", "medical", "block"),
    ("日系女装 佳微 hey2233", "diversion", "block"),
    ("冷冻大虾 威杏：ya668", "diversion", "block"),  # a short id with a digit counts since session 13
    ("棉服 复制￥aB12Cd3￥打开tb", "diversion", "block"),        # a share code (淘口令)
    ('印"宇宙最强"T恤 全网最低价', "absolute", "block"),
    # round four
    ("刑事辩护律师 前法院院长坐镇", "authority", "block"),
    ("婚礼跟拍 新华社摄影师掌镜", "authority", "block"),
    ("移动电源 航天员在轨使用", "authority", "block"),
    ("空调 神舟十五号搭载同源技术", "authority", "block"),
    ("对讲机 辽宁舰舰载装备", "authority", "block"),
    ("电动剃须刀 军人服务社在售", "authority", "block"),
    ("防寒手套 戍边官兵配用", "authority", "block"),
    ("黑木耳 县人大主任带货", "authority", "block"),
    ("滚筒洗衣机 家电协会授予金奖", "authority", "review"),
    ("扫地机器人 5年不坏", "guarantee", "block"),
    ("LED灯泡 用坏算我的", "guarantee", "block"),
    ("智能门锁 被撬包赔", "guarantee", "block"),
    ("信号放大器 包满格 4G5G", "guarantee", "block"),
    ("冰箱 一年至少省500元电费", "guarantee", "block"),
    ("豌豆苗种子 包出苗", "guarantee", "block"),
    ("大樱桃苗 栽后必结果", "guarantee", "block"),
    ("骨传导耳机 耳聋耳鸣康复", "medical", "block"),
    ("家用制氧机 慢阻肺患者辅助康复", "medical", "block"),
    ("保育猪饲料 兽医推荐", "medical", "block"),
    ("宠物八字 测猫狗命格", "superstition", "review"),
    ("红辣椒挂串 防口舌是非", "superstition", "block"),
    ("婚庆布置 咨询请添加cs_2025", "diversion", "block"),
]


# Ninth session: what batches 133-136 (spec-heavy digital, obfuscation, own-words claims, traps) taught.
SESSION_NINE_TRAPS_NOT_BLOCKED = [
    "最🆕款 儿童雨靴 防滑", "第一次怀孕 孕期百科 图书", "行车记录仪 zui大支持128G存储卡", "三亚第一市场 海鲜干货",
    "教师节贺卡 最敬爱的老师", "婴儿面霜 洗完澡后三分钟内涂抹效果最好 50g", "大码女装 最胖可穿220斤 连衣裙",
    "手工皂 不拼最低价 只用好原料", "芝麻酱 火锅蘸料 最好现拌现吃", "台钻 多功能 最大钻孔直径13mm",
    "万能空调遥控器 通用 格力美的", "智能插座 手机APP+微信小程序双控", "商标注册 代理 加急 受理通知书",
    "腾龙 28-75mm 第二代 标准变焦镜头", "无敌风火轮 团建道具", "老人座机电话 大按键 来电报号",
    "手机数据线 快充 三个月内断了免费换", "婴儿奶瓶 3个月以上宝宝不卡喉", "平板电脑 第3年依旧流畅",
    "304不锈钢水槽 质保3年 不生锈", "水果 坏果包赔 顺丰", "二〇二四年新款 不掉色 卫衣",
    # round two
    "绝对音感训练 视唱练耳 12课时", "A2 B2增驾培训 讲解最大允许总质量", "综合验光 配镜 凭验光处方配镜",
    "儿童理发上门 最小服务年龄1岁", "高空外墙清洗 最高服务楼层30层", "轮胎更换 按胎侧最大负荷标注选胎",
    "管道疏通 马桶下水道 不通不收费", "闪迪至尊极速 TF卡 256G", "无线鼠标 SN码唯一 官网可查",
    "首次使用 空烧5分钟去除异味 电烤箱", "速干T恤 比纯棉更快干", "电动牙刷 比上一代还快",
    # round three
    "花雕酒 温至40℃左右口感最佳", "黑芝麻丸 最宜早餐后食用", "母亲节礼物 最爱你的女儿 按摩仪", "卫衣 偏大建议减一个码",
    "满300立减50元 女装", "硝化细菌 开缸最好连续添加7天", "宝宝首个生日 周岁礼", "王者荣耀 巅峰赛 鼠标垫",
    "理财知识课程 不保本 不承诺收益", "驾校报名 合格率以车管所公布为准 本校不作通过承诺", "搬家打包服务 最多4人同时作业",
    "国家博物馆文创 正版授权 书签", "教育部留学服务中心 学历认证 材料指导", "高压锅 用到了2024年 密封圈",
    "《世界之最》儿童百科 图书", "本品不能代替药物 膳食纤维",
    # round four
    "碧螺春 冲泡水温最好80-85℃", "腊肉 含盐量高 高血压人群少食", "口蹄疫疫苗 兽药字(2019)123456789",
    "创维85英寸 峰值亮度最高2000nits", "di一次露营 装备套装", "普洱熟茶 最宜 沸水冲泡", "二手iPhone 不接受VX转账",
    "一次性桌布 全国宴席通用", "初刻拍案惊奇 转运汉遇巧洞庭红", "折叠餐桌 展开光滑无拼缝", "春日桃花运动套装 女",
    "本链接最便宜的一款是单件装 棉拖鞋", "刻字保温杯 老公最棒", "毕业纪念册 致我们最好的青春", "27英寸显示器 无亮点承诺",
    "韩式部队火锅 开店技术培训", "鲈鱼 🐟新鲜 现杀",
    # round five
    "空气炸锅 4.1L 最佳烹饪量800g", "U盘 写保护开关 防病毒写入 64G", "故宫文创 书签 礼盒", "机械键盘 保用年限见说明书",
]


SESSION_NINE_HITS = [
    ("立式钢琴 音色登峰造J 88键", "absolute", "block"),
    ("四川腊肠 全川头号 农家自制", "absolute", "block"),
    ("长沙臭豆腐 全湖南莫得比", "absolute", "block"),
    ("加湿器 出雾量莫得对手", "absolute", "block"),
    ("纯钛眼镜框 巅疯水准", "absolute", "review"),
    ("即食燕窝 第一夫人同款", "authority", "block"),
    ("全合成机油 消防车队换的就是这个标号", "authority", "block"),
    ("手动剃须刀 仪仗队战士每天用", "authority", "block"),
    ("汽车脚垫 辽宁舰甲板同材质", "authority", "block"),
    ("充电宝 民航局官方认可", "authority", "block"),
    ("汽车防冻液 军车专用", "authority", "block"),
    ("工装裤 特种兵专用", "authority", "block"),
    ("全合成机油 中汽协推荐", "authority", "review"),
    ("氩弧焊机 国防科技工业配套单位", "authority", "review"),
    ("红景天 抗高原fan应 西藏", "medical", "block"),
    ("足浴器 排出体内湿毒", "medical", "block"),
    ("何首乌洗发水 30天包hei", "guarantee", "block"),
    ("抗皱眼霜 一周去皱纹", "guarantee", "block"),
    ("全铜水龙头 十年滴水不漏", "guarantee", "block"),
    ("安卓手机 三年后照样不卡", "guarantee", "block"),
    ("小米平板 用五年依旧丝滑如新", "guarantee", "block"),
    ("汽车电瓶 放半年照样一把打着", "guarantee", "block"),
    ("手机壳 从三楼摔下都不坏", "guarantee", "block"),
    ("钢化膜 用坏包赔", "guarantee", "block"),
    ("钢化膜 摔碎屏幕赔新机", "guarantee", "block"),
    ("电动车电池 续航缩水厂家赔", "guarantee", "block"),
    ("美的空调 一年省电费800元", "guarantee", "block"),
    ("随身WiFi 装上就满格", "guarantee", "block"),
    ("内存扩容卡 插上手机立刻提速50%", "guarantee", "block"),
    ("安全座椅 宝宝坐上万无一失", "guarantee", "block"),
    ("家用监控 录像一帧不丢", "guarantee", "block"),
    ("数据线 永远扯不断", "guarantee", "block"),
    ("显示器 永久无坏点", "guarantee", "block"),
    ("三元催化清洗剂 包过年检", "guarantee", "block"),
    ("艺术品拍卖代理 确保成交", "guarantee", "block"),
    ("专利申请代理 稳拿证书", "guarantee", "block"),
    ("客厅鱼缸 按八字定位置", "superstition", "block"),
    ("富贵竹 摆客厅老公连升三级", "superstition", "review"),
    ("布偶猫 签名栏看号码", "diversion", "block"),
    ("蔬菜种子 评论区置顶有群", "diversion", "block"),
    ("主板维修 飞机号@fixer88", "diversion", "block"),
    # round two
    ("高速吹风机 比戴森还好用 11万转", "absolute", "review"),
    ("智能马桶 总台上榜品牌", "authority", "block"),
    ("人参鹿鞭酒 退休老将军天天喝", "authority", "block"),
    ("蛋白棒 国家队训练补给", "authority", "block"),
    ("中药坐浴包 三天消痔", "medical", "block"),
    ("充电宝 100%不爆炸", "guarantee", "block"),
    ("工业路由器 断线包赔", "guarantee", "block"),
    ("企业级硬盘 数据零丢失", "guarantee", "block"),
    ("台式电脑主机 再战五年不落伍", "guarantee", "block"),
    ("厨师刀 终身不用磨", "guarantee", "block"),
    ("麦饭石炒锅 永不粘锅", "guarantee", "block"),
    ("激光测距仪 误差为零", "guarantee", "block"),
    ("扫地机器人 一根头发都不会留下", "guarantee", "block"),
    ("备孕营养粉 吃了就能怀上", "guarantee", "block"),
    ("人参片 吃多久都没副作用", "guarantee", "block"),
    ("体香丸 吃7天就有体香", "guarantee", "block"),
    ("老人长寿枕 化解病灾", "superstition", "block"),
    ("公墓陵园 山水环抱 荫庇子孙", "superstition", "block"),
    ("阳宅勘察上门 罗盘定向", "superstition", "block"),
    ("婚恋介绍 属相相克 配对分析", "superstition", "block"),
    ("家电清洗 京东店铺下单送赠品", "diversion", "block"),
    ("证件照精修 V❤见主图", "diversion", "block"),
    ("农机租赁 私下结算", "diversion", "block"),
    # round three
    ("固态硬盘 速度甩三星990几条街", "absolute", "review"),
    ("折叠屏手机 铰链耐用度世界之最", "absolute", "block"),
    ("生姜洗发水 每年卖得比谁都多", "absolute", "review"),
    ("驾校 报名人数冠军 学车", "absolute", "block"),
    ("户外对讲机 特警队列装", "authority", "block"),
    ("监控摄像头 公安系统集采中标", "authority", "block"),
    ("广场舞音响 国庆阅兵现场使用", "authority", "block"),
    ("胎压监测 交通运输部鼓励安装", "authority", "block"),
    ("电线电缆 国家重点工程中标用线", "authority", "block"),
    ("实木地板 国家博物馆装修选用的同批板材", "authority", "block"),
    ("洗洁精 连队炊事班一直拿它刷锅", "authority", "block"),
    ("电动牙刷 全国牙防组认证", "authority", "block"),
    ("翻译公司 外事办专用翻译", "authority", "block"),
    ("红娘婚介 街道办牵头", "authority", "block"),
    ("肚脐贴 发烧时贴上可代替布洛芬", "medical", "block"),
    ("手机电池 续航不够赔新电池", "guarantee", "block"),
    ("防水手机袋 进水包赔手机", "guarantee", "block"),
    ("家用节电器 装上电费直接砍半", "guarantee", "block"),
    ("自补胎 终身免修", "guarantee", "block"),
    ("杀毒软件 病毒拦截率100%", "guarantee", "block"),
    ("控制器 提速50%包有效", "guarantee", "block"),
    ("道闸摄像头 车牌百分百拍清", "guarantee", "block"),
    ("倒车影像 倒车零剐蹭", "guarantee", "block"),
    ("智能猫眼 装上小偷绝对进不来", "guarantee", "block"),
    ("丰胸精油 不升退", "guarantee", "block"),
    ("产后收腹带 穿上立减3个尺码", "guarantee", "block"),
    ("钙片 吃了腿脚一定有劲", "guarantee", "block"),
    ("小升初辅导 包进重点初中", "guarantee", "block"),
    ("商标注册 包注册成功", "guarantee", "block"),
    ("粉晶手链 桃花自己找上门", "superstition", "block"),
    ("择日开业 挑选时辰 店铺", "superstition", "block"),
    ("工程机械 私下对接 走银行卡", "diversion", "block"),
    # round four
    ("汽车轮胎 抓地力秒杀米其林", "absolute", "block"),
    ("无线吸尘器 吸力超戴森", "absolute", "block"),
    ("雪地靴 保暖性能数壹数贰", "absolute", "review"),
    ("玻尿酸面膜 保湿力前吴古人", "absolute", "block"),
    ("三防手机 军规认证", "authority", "review"),
    ("氮化镓充电器 国家863项目成果", "authority", "review"),
    ("冰箱 家电协会力挺", "authority", "review"),
    ("车漆镀晶 神舟飞船涂层技术", "authority", "block"),
    ("酱香白酒 钓🐟台同厂", "authority", "block"),
    ("吡虫啉 植保站统一推广", "authority", "block"),
    ("八宝粥 军营同款", "authority", "block"),
    ("婴儿洗衣液 皮肤科👨‍⚕️推荐", "medical", "block"),
    ("信鸽保健砂 防鸽瘟", "medical", "block"),
    ("牛羊舔砖 治异食癖", "medical", "block"),
    ("固态硬盘 十年不掉速", "guarantee", "block"),
    ("防水涂料 刷一遍保用20年不漏", "guarantee", "block"),
    ("锯片 终身锋利", "guarantee", "block"),
    ("路由器 每个房间都满格", "guarantee", "block"),
    ("胎压监测 数据精准无偏差", "guarantee", "block"),
    ("汽车防盗器 车丢全赔", "guarantee", "block"),
    ("车载逆变器 绝不跳闸", "guarantee", "block"),
    ("无线网卡 插上网速直接翻倍", "guarantee", "block"),
    ("兽药 一针见效", "guarantee", "block"),
    ("杀菌剂 打了就不发病", "guarantee", "block"),
    ("玉米种子 差多少赔多少", "guarantee", "block"),
    ("丰胸精油 一个月升一杯", "guarantee", "block"),
    ("卫生间地砖 颜色选对化解漏财", "superstition", "block"),
    ("鹦鹉饲料 ⓥ:gy6688", "diversion", "block"),
    ("土鸡蛋 走我自己的小程序 省平台费", "diversion", "block"),
    # round five
    ("降噪耳机 音质完爆AirPods Pro", "absolute", "block"),
    ("有线耳机 音质媲美万元耳机", "absolute", "block"),
    ("锂电池 循环寿命打破行业纪录", "absolute", "block"),
    ("手电钻 故宫修缮指定工具", "authority", "block"),
    ("台式电脑 国管局集采机型", "authority", "block"),
    ("人脸识别门禁 街道办统一安装款", "authority", "block"),
    ("空调 自清洁 防甲流", "medical", "block"),
    ("人体工学鼠标 鼠标手不治而愈", "medical", "block"),
    ("固态硬盘 数据丢失全额赔偿", "guarantee", "block"),
    ("机械硬盘 五十年不丢数据", "guarantee", "block"),
    ("蓝牙音箱 泡水一年照样响", "guarantee", "block"),
    ("儿童手表 摔100次不坏", "guarantee", "block"),
    ("锂电池 循环3000次不衰减", "guarantee", "block"),
    ("冲击钻 从三楼扔下照样用", "guarantee", "block"),
    ("无人机 炸机包赔新机", "guarantee", "block"),
    ("机械键盘 保用十年", "guarantee", "block"),
    ("TF卡 掉速包退", "guarantee", "block"),
    ("实木门 纳气聚福", "superstition", "review"),
    ("汽车音响 葳: yx2020", "diversion", "block"),
]


SESSION_TEN_TRAPS = [
    # round one (batches 155-159)
    "保温12小时 不锈钢焖烧杯", "预约24小时 不粘内胆 电饭煲", "试穿30天 不合脚可退 皮鞋", "质保3年不限次数 上门维修",
    "7天不满意包退 羽绒服", "24小时不打烊 便利店代购", "永不言弃 励志T恤 纯棉", "永生花礼盒 永不凋谢",
    "2024年不涨价 大米 年货", "婚恋会员服务 6个月 安排见面最多6次 不承诺婚恋结果", "高考志愿填报 参考往年位次 不承诺录取",
    "护士鞋 顾客说穿一天不累脚", "驾驶模拟器练习 1小时 不替代实车学时", "儿童医用退热贴 物理退热 6贴",
    "海盗船 电源 最低负载零转速风扇模式", "原神 2K 最高画质 60帧 迷你主机", "34英寸 带鱼屏 最佳视距80cm",
    "游戏鼠标 最佳握姿 抓握 指握", "机箱风道 最佳风扇布局 前进后出", "净水器 最佳换芯周期12个月", "按摩椅 每次按摩最佳时长20分钟",
    "A4复印纸 70g 最佳适用激光打印机", "入耳式蓝牙耳机 半年内坏了包换", "漏液包赔 5号碱性电池 20粒",
    # round two (batches 160-164)
    "数显胎压表 轿车最佳胎压2.3-2.5bar", "JS防水涂料 最佳涂刷厚度1.5mm", "木器漆 最佳重涂间隔2小时", "燃油宝 每瓶最佳添加油量40-60L",
    "锂电池 最佳存储电量40%-60%", "台钓竿 5.4米 最佳钓深1-3米", "投影幕布 增益1.2 最佳视角160°", "强光手电筒 最大亮度2000流明",
    "工具箱套装 微信支付立减5元", "不亮包换 LED灯泡 E27 10只装", "永不言弃 励志T恤", "绝不添加防腐剂 吐司面包",
    "去除水垢 柠檬酸 除垢剂",
]


SESSION_TEN_HITS = [
    ("机箱风扇 液压轴承 转十年不响", "guarantee", "block", "十年不响"),
    ("RTX4060 8G DLSS3 三年不花屏", "guarantee", "block", "三年不花屏"),
    ("AX6000 电竞路由器 游戏永不延迟", "guarantee", "block", "永不延迟"),
    ("650W 台式机电源 十年不炸", "guarantee", "block", "十年不炸"),
    ("一年不塌 加厚羽绒被", "guarantee", "block", "一年不塌"),
    ("穿一冬不掉毛 水貂绒毛衣女", "guarantee", "review", "一冬不掉毛"),
    ("机洗百次不变形 无痕内衣女", "guarantee", "review", "百次不变形"),
    ("电竞主机 满载跑三天三夜不死机", "guarantee", "review", "三夜不死机"),
    ("按摩椅 电机用二十年没问题", "guarantee", "block", "没问题"),
    ("显卡导热垫 显存温度保降10度", "guarantee", "block", "保降"),
    ("360水冷 一体式 漏液包赔整机", "guarantee", "block", "漏液包赔整机"),
    ("NAS 照片备份 数据坏了全赔", "guarantee", "block", "数据坏了全赔"),
    ("空气炸锅 新手友好 失败包退", "guarantee", "block", "包退"),
    ("六类网线 成品 用一辈子", "guarantee", "review", "用一辈子"),
    ("洗面奶 120g 用过就回不去", "absolute", "review", "用过就回不去"),
    ("羽绒服 好评率满分", "absolute", "block", "好评率满分"),
    ("空气炸锅 100%好评 5.5L", "absolute", "block", "100%好评"),
    ("硬盘盒 传输速度登顶全网", "absolute", "block", "登顶全网"),
    ("特贡 长白山人参 礼盒", "authority", "block", "特贡"),
    ("移动固态硬盘 中国航天认证", "authority", "block", "中国航天认证"),
    ("金银花露 儿童 退烧", "medical", "review", "退烧"),
    ("腰突救星 办公室腰靠", "medical", "block", "腰突救星"),
    ("除湿机 去湿气除晦气", "superstition", "block", "除晦气"),
    ("闲置Switch 支付宝直转立减50", "diversion", "block", "支付宝直转"),
    # round two
    ("手柄摇杆帽 硅胶防滑 永久不打滑", "guarantee", "block", "永久不打滑"),
    ("电子阅读器 墨水屏 屏幕压不碎", "guarantee", "review", "压不碎"),
    ("防盗保险柜 全钢入墙 撬不开", "guarantee", "review", "撬不开"),
    ("碳素海竿 断竿终身包换", "guarantee", "review", "终身包换"),
    ("复古掌机 街机模拟器 玩坏免费换", "guarantee", "block", "免费换"),
    ("运动相机 防水壳 下水进水赔相机", "guarantee", "block", "赔相机"),
    ("无刷角磨机 电机烧了免费换新", "guarantee", "block", "免费换新"),
    ("航拍无人机 遥控距离完爆竞品", "absolute", "block", "完爆竞品"),
    ("游戏手柄 职业选手公认第一手柄", "absolute", "block", "公认第一"),
    ("不锈钢水龙头 永远不会被超越", "absolute", "block", "永远不会被超越"),
    ("门槛石 过门石 天然大理石 锁财", "superstition", "block", "锁财"),
    ("大闸蟹礼券 微信付款更便宜", "diversion", "block", "微信付款更便宜"),
    ("袜子批发 价格没人敢比 纯棉中筒", "absolute", "block", "价格没人敢比"),
    ("桌面加湿器 挑不出任何毛病", "absolute", "review", "挑不出任何毛病"),
    ("二手老紫砂壶 退役将军收藏过的", "authority", "block", "将军收藏过"),
    ("车厘子冻干 尿酸往下走", "medical", "block", "尿酸往下走"),
    ("女性护理液 告别瘙痒异味", "medical", "block", "告别瘙痒"),
    ("不粘平底锅 煎蛋粘一次赔一次", "guarantee", "block", "粘一次赔一次"),
    ("防水睫毛膏 哭花了算我的", "guarantee", "block", "花了算我的"),
    ("泰山石敢当 门口刻字 挡住路冲", "superstition", "block", "路冲"),
    ("二手Switch 平台外交易少扣手续费", "diversion", "block", "平台外交易"),
    ("同城鲜花配送 号码在第三张图", "diversion", "block", "号码在第三张图"),
    ("包成活 月季花苗 老桩", "guarantee", "review", "包成活"),
    ("绝不缩水 纯棉四件套", "guarantee", "block", "绝不缩水"),
    ("东北大米 不满意退双倍", "guarantee", "block", "不满意退双倍"),
    # round three (batch 163)
    ("真空拔罐器 祛除风湿 家用", "medical", "block", "祛除风湿"),
    ("芦荟凝胶 祛除疤痕 80g", "medical", "block", "祛除"),
    ("自发热护膝 戴上就不疼", "medical", "block", "戴上就不疼"),
    ("瓦楞纸猫抓板 三年抓不烂", "guarantee", "review", "抓不烂"),
    ("便携冲牙器 一周冲掉牙结石", "guarantee", "block", "冲掉"),
    ("学生阅读台灯 从未被超越", "absolute", "block", "从未被超越"),
    ("铜葫芦挂件 化解病符 床头", "superstition", "block", "化解病符"),
]


SESSION_ELEVEN_TRAPS = [
    # round one (batches 166, 167, 169-171)
    "明前绿茶 建议冲泡水温80-85度最佳", "宝宝洗澡温度计 水温37℃最适宜", "牛排 原切 五分熟口感最好", "宝宝米粉 最佳添加月龄6个月+",
    "电动牙刷 支付宝付款立减", "硅胶保鲜盖 万能盖 6件套", "全包弹力 万能沙发套", "万能卤料包 卤肉 100g",
    "第一杯咖啡 挂耳 10包 黑咖啡", "收纳箱 运输压坏包赔", "电动车电池 只换不修 以旧换新", "手写春联 天增岁月人增寿",
    "追求极致 匠心手冲壶", "三元 极致 有机纯牛奶", "散茶500g 最好用沸水冲泡",
]


SESSION_ELEVEN_HITS = [
    # round one (batches 166, 167, 169-171): damage from use before a replacement, lasting promises
    ("儿童双肩包 背坏包赔 护脊", "guarantee", "block", "包赔"),
    ("劳保工装裤 穿烂包换", "guarantee", "block", "包换"),
    ("保温杯 摔坏了直接换新", "guarantee", "block", "直接换新"),
    ("东北棉靴 冻脚包退", "guarantee", "block", "包退"),
    ("冲锋衣 三合一 永久防水", "guarantee", "block", "永久防水"),
    ("指纹锁 永不被撬", "guarantee", "block", "永不被撬"),
    ("滚筒洗衣机 十年免修", "guarantee", "block", "十年免修"),
    ("钢化玻璃杯 冷热交替炸了算我的", "guarantee", "block", "炸了算我的"),
    ("实木地板 终生不变形", "guarantee", "block", "终生不变形"),
    ("卫衣 100次水洗不变形", "guarantee", "review", "100次水洗不变形"),
    ("轮胎 防爆 扎不破", "guarantee", "review", "扎不破"),
    ("羽绒服 随便洗不跑绒", "guarantee", "review", "随便洗不跑绒"),
    ("遮阳伞 晒不褪色", "guarantee", "review", "晒不褪色"),
    # pinyin for one character of a result word
    ("运动鞋 穿bu坏", "guarantee", "review", "穿bu坏"),
    ("行李箱 踩不lan", "guarantee", "review", "踩不lan"),
    ("多肉盆栽 包cheng活", "guarantee", "review", "包cheng活"),
    ("新手理财课 0风xian", "guarantee", "block", "0风xian"),
    ("男士衬衫 性价比无di", "absolute", "review", "无di"),  # 敌: [di] was lost once when the table grew
    ("天然乳胶床垫 丁页级", "absolute", "block", "丁页级"),
    ("新品 日取低价", "absolute", "block", "日取低价"),
    ("窗帘 挂过就回不去", "absolute", "review", "挂过就回不去"),
    ("羊毛衫 极致轻盈", "absolute", "review", "极致"),
    ("洗碗机 洗净率谁与争锋", "absolute", "block", "谁与争锋"),
    ("山地车 这配置这价格还有第二家吗", "absolute", "block", "还有第二家吗"),
    ("连衣裙 版型完爆专柜", "absolute", "block", "完爆专柜"),
    ("运动相机 防抖冠军", "absolute", "block", "防抖冠军"),
    ("移动电源 民航局认证", "authority", "block", "民航局认证"),
    ("降噪耳机 航天局合作款", "authority", "block", "航天局合作款"),
    ("铁皮石斛 滋阴清热", "medical", "block", "滋阴清热"),
    ("宁夏枸杞 护眼明目", "medical", "block", "护眼明目"),
    ("核桃 孩子补脑", "medical", "block", "孩子补脑"),
    ("五行补缺 杂粮礼盒", "superstition", "block", "五行补缺"),
    ("沙田柚 驱霉运", "superstition", "block", "驱霉运"),
    ("福袋挂件 挂上一年不犯小人", "superstition", "block", "不犯小人"),
    ("水晶盐灯 家里磁场变干净", "superstition", "block", "磁场变干净"),
    ("福寿碗 老人用了添福增寿", "superstition", "block", "添福增寿"),
    ("铜葫芦 收煞", "superstition", "block", "收煞"),
    ("公司前台摆件 聚气生财", "superstition", "block", "聚气生财"),
    ("紫微斗数 命盘详批", "superstition", "block", "命盘详批"),
    ("项链 图片水印就是我的号", "diversion", "block", "就是我的号"),
    ("荔枝 号码藏在视频里", "diversion", "block", "号码藏在视频里"),
    ("二手相机 详情见我签名", "diversion", "block", "见我签名"),
    ("咖啡豆 留下十一位数字 免费寄", "diversion", "block", "留下十一位数字"),
    ("卡牌 去b站直播间下单", "diversion", "block", "去b站直播间下单"),
    ("咖啡 微訫咨询", "diversion", "review", "微訫"),
    ("高达模型 dd我 成品", "diversion", "block", "dd我"),
]


SESSION_TWELVE_TRAPS = [
    # round one (batches 173-180)
    "手机套餐 买2+1 12+24期分期", "主机159加1000加1000元 套餐",
    "万代 MG大师级 1/100 高达 拼装模型", "万代 PG完美级 独角兽高达 1/60", "数学思维训练 第1阶 4-5岁",
    "联想 拯救者 Y700 平板 ZUI系统", "瑜伽垫 Wang 家用 男女通用", "💊盒 一周7格 便携",
    # round two (batches 182-188)
    "店铺最长款 羽绒服 衣长125cm 过膝", "每罐附唯一溯源二维码 奶粉2段", "艾宾浩斯记忆本 最佳复习间隔表",
    "高考英语万能句型 背诵手册", "小学数学 最简分数 专项卷", "条码13812345678 洗衣液", "🌸连衣裙 碎花 夏季",
    "宝宝起名 不涉命理测算", "宝宝起名 不涉命理分析", "透明洗漱包过安检 旅行便携", "高速吹风机 负离子 家用",
    "车头牌照框 不锈钢", "儿童电话手表 4G 视频有电话",
    # round three (batch 187): usage tips of food and drink
    "盘锦大米 5kg 最佳淘洗次数2次", "燕麦米 500g 最佳米水比1:1.5", "冰红茶 1L*12 冰镇后最佳", "冰糖葫芦 10串 解冻后最佳",
    "肯尼亚AA 咖啡豆 最佳研磨度中细", "绍兴黄酒 花雕 温饮最佳40℃", "精酿啤酒 330ml*6 冷藏4℃最佳", "牙买加蓝山No.1 咖啡豆 227g",
]


SESSION_TWELVE_HITS = [
    # a mobile number grouped with plus signs, which the normaliser reads as 加
    ("二手iPhone 159➕0000➕1234", "diversion", "block", "159➕0000➕1234"),
    ("家政保洁 咨询138+8888+6666", "diversion", "block", "138+8888+6666"),
    ("二手乐高 城市系列 微❤️lego_mm", "diversion", "block", "微❤️lego_mm"),   # an emoji's variation selector
    ("纹身图案设计 找师傅 ins:@tattoo_lin", "diversion", "block", "ins:@tattoo_lin"),
    # results within a period, damage from use, lasting exchange
    ("行楷练字帖 7天练出一手好字", "guarantee", "block", "练出"),
    ("分级英语绘本 孩子30天开口说英语", "guarantee", "block", "开口说"),
    ("7号橡胶篮球 打爆包赔", "guarantee", "block", "包赔"),
    ("加厚笔记本 洇墨包退", "guarantee", "block", "包退"),
    ("乳胶弹力带 永久包换", "guarantee", "review", "永久包换"),
    ("儿童足球4号 踢不坏", "guarantee", "review", "踢不坏"),
    ("中考实心球 保你多投1米", "guarantee", "block", "保你多投"),
    ("魔芋爽 20包 吃不pang", "guarantee", "review", "吃不pang"),
    ("仓鼠浴沙400g 除螨止痒", "medical", "block", "除螨止痒"),
    ("儿童平衡车 促进小脑发育", "medical", "block", "促进小脑发育"),
    ("加重呼啦圈 收腹瘦腰", "medical", "block", "收腹瘦腰"),
    ("九蒸九晒黑芝麻丸 吃三个月白头发变黑", "medical", "block", "三个月白头发变黑"),
    ("苦瓜茶 250g 比💊还管用", "medical", "block", "比💊还管用"),          # 💊 reads as 药
    ("钢板护腰带 透气 腰间盘tu出", "medical", "review", "腰间盘tu出"),
    ("菊苣栀子茶 30包 降niao酸", "medical", "block", "降niao酸"),           # not 包 降 across two words
    ("新疆罗布麻茶 200g 将血压", "medical", "block", "将血压"),
    ("20寸登机箱 耐用度独领风骚", "absolute", "block", "独领风骚"),
    ("足银999手镯 独1无二", "absolute", "block", "独1无二"),
    ("304不锈钢保温杯 质量天花ban", "absolute", "review", "天花ban"),
    ("极寒羽绒服 中国南极科考队官方装备款", "authority", "block", "科考队"),      # 官方装备 is an endorsement
    ("保温饭盒 公务员单位统一发放款", "authority", "block", "公务员"),
    ("执勤手电 公an专用", "authority", "block", "公an专用"),
    ("反光背心 👮‍♂️专用 荧光黄", "authority", "block", "👮\u200d♂️专用"),
    ("古风金属书签 学业符", "superstition", "block", "学业符"),
    ("端午香囊 保孩子一年不撞邪", "superstition", "block", "撞邪"),
    ("在线看手xiang 一对一", "superstition", "block", "看手xiang"),
    ("足金耳钉 汪夫相", "superstition", "block", "汪夫"),
    ("二手相机 平台抽成高 换个软件交易", "diversion", "block", "换个软件交易"),
    ("二手显卡 飞书联系", "diversion", "block", "飞书联系"),
    ("搬家拉货 师傅电话见店铺首图", "diversion", "block", "电话见店铺首图"),
    ("童装外套 v❤同步朋友圈", "diversion", "block", "v❤同步朋友圈"),
    ("塑料袋批发 dingding联系", "diversion", "block", "dingding联系"),
    # round two (batches 182-188)
    ("中古家具实木柜 號碼138 0000 2277 自提", "diversion", "block", "138 0000 2277"),   # 号码 ends in 码, no part-number label
    ("武夷山大红袍 ji品茶叶 礼盒装", "absolute", "block", "ji品"),
    ("真皮小方包 颜值天🌸板", "absolute", "review", "颜值天🌸板"),                 # 🌸 reads as 花
    ("巴西进口牛肉 人民da会堂用肉", "authority", "block", "人民da会堂"),
    ("灵芝孢子粉500g 防嵒", "medical", "block", "防嵒"),
    ("玻璃水杯 摔不sui 带盖", "guarantee", "block", "摔不sui"),
    ("紫檀木笔筒 助sheng官", "superstition", "block", "助sheng官"),
    ("宠物猫舍 主页lxfs", "diversion", "block", "lxfs"),
    ("珍珠项链 光泽度谁家能比", "absolute", "block", "谁家能比"),
    ("小香风外套 百分百回头率", "absolute", "block", "百分百回头率"),
    ("螺蛳粉 柳州人公认的头牌", "absolute", "review", "公认的头牌"),
    ("考研政治冲刺卷 考试院命题组专家编写", "authority", "block", "考试院命题组"),
    ("日本清酒 天皇御用", "authority", "review", "天皇御用"),
    ("羊绒衫 大牌同厂", "authority", "review", "大牌同厂"),
    ("成长奶粉 矮小症孩子也有效", "medical", "review", "矮小症"),
    ("托玛琳磁疗袜子 冬季", "medical", "review", "磁疗"),
    ("银手镯 排湿气 足银999", "medical", "block", "排湿气"),
    ("儿童增高鞋 促进骨骼发育", "medical", "block", "促进骨骼发育"),
    ("负离子手环 运动硅胶", "medical", "review", "负离子手环"),
    ("瑞士羊胎盘素 延缓卵巢衰老", "medical", "block", "延缓卵巢衰老"),
    ("单词速记课 一周记住3000词", "guarantee", "block", "记住"),
    ("家政育婴培训 包安排上岗", "guarantee", "block", "包安排上岗"),
    ("股票短线课程 wzbp", "guarantee", "block", "wzbp"),
    ("强力发胶 十二级大风吹不乱", "guarantee", "review", "风吹不乱"),
    ("防割手套 5级 剪不断", "guarantee", "review", "剪不断"),
    ("全合成机油4L 发动机零磨损", "guarantee", "review", "零磨损"),
    ("周易算卦入门课", "superstition", "block", "算卦"),
    ("布艺门帘 挡住漏财", "superstition", "block", "漏财"),
    ("虎头鞋 吓跑不干净的", "superstition", "block", "吓跑不干净"),
    ("星盘解读 职业方向", "superstition", "review", "星盘解读"),
    ("驾考资料 不懂打我电话", "diversion", "block", "打我电话"),
    ("课程答疑 详情咨询客服微信", "diversion", "block", "客服微信"),
    ("初中数学家教 具体拉群细说", "diversion", "block", "拉群细说"),
    ("柯基幼犬 图片有号码", "diversion", "block", "图片有号码"),
    ("婚礼跟拍 企微联系", "diversion", "block", "企微联系"),
    ("苗木基地 走对公 不在这拍", "diversion", "block", "不在这拍"),
    # round three (batch 187)
    ("菜籽油5L 香到无法超越", "absolute", "block", "无法超越"),
    ("章丘铁锅 补铁防贫血", "medical", "block", "补铁防贫血"),
    ("酱香白酒 每年升值20%", "guarantee", "block", "每年升值"),
    ("厨房电子秤 永远精准", "guarantee", "review", "永远精准"),
    ("老冰糖1kg 算过卦的吉利糖", "superstition", "block", "算过卦"),
    ("泰国芒果干 客服V在主页", "diversion", "block", "V在主页"),
]


SESSION_THIRTEEN_TRAPS = [
    # batches 190-194: usage tips, a display stand, look-alike model codes
    "晚霜 50g 最佳涂抹量一颗黄豆", "淡香水 最佳赏香期开封一年内", "微信 群 二维码 展示 台卡 亚克力",
    "护手霜 滋润 秋冬 防干裂", "孕妇裤 托腹 可调节 春秋款", "五帝钱 仿古 铜钱 收藏",
    "钓鱼竿 碳素 断竿保修一年", "电子血压计 读数清晰 大屏", "数显卡尺 最小读数0.01mm",
    "电子血压计 血压值从低到高分色显示", "针织围脖 冬季 来围脖保暖",
]


SESSION_THIRTEEN_HITS = [
    # pinyin and homophones (batch 191)
    ("实木书桌 品质无可ti代", "absolute", "block", "无可ti代"),
    ("护眼台灯 防jin视 学生", "medical", "block", "防jin视"),
    ("除垢剂 一ci见效", "guarantee", "block", "一ci见效"),
    ("纯棉床单 洗不diao色", "guarantee", "review", "洗不diao色"),
    ("玄关挂画 枫水画 山水", "superstition", "review", "枫水"),
    ("桃木挂件 消zai 随身", "superstition", "block", "消zai"),
    ("香囊挂件 避huo 平安", "superstition", "block", "避huo"),
    ("即食燕窝 国燕同款", "authority", "block", "国燕同款"),
    ("进口红酒 海guan罚没", "authority", "block", "海guan罚没"),
    ("PS教程 包xue会", "guarantee", "block", "包xue会"),
    ("唇釉 丅OP级 显白", "absolute", "block", "丅OP级"),
    ("汉服租赁 Q扣 22334455", "diversion", "block", "Q扣 22334455"),
    ("二手童装 卫星 aa521", "diversion", "block", "卫星 aa521"),
    # new words (batches 190-194)
    ("手工皂 全国只此一家", "absolute", "block", "只此一家"),
    ("不粘锅 用过它别的锅都可以扔了", "absolute", "review", "都可以扔了"),
    ("学步鞋 防O型腿 软底", "medical", "block", "防O型腿"),
    ("蛋白粉 术后伤口好得快", "medical", "block", "伤口好得快"),
    ("何首乌丸 头发从根部变黑", "medical", "block", "从根部变黑"),
    ("护足霜 治皲裂", "medical", "block", "治"),
    ("眼霜 去眼袋 20g", "medical", "review", "去眼袋"),
    ("抗皱精华 媲美热玛吉", "medical", "review", "媲美热玛吉"),
    ("睫毛眉毛 生眉液 5ml", "medical", "review", "生眉液"),
    ("拼音卡片 学完包认字", "guarantee", "block", "包认字"),
    ("发蜡 男士 永久定型", "guarantee", "block", "永久定型"),
    ("粉底液 卡粉包退 30ml", "guarantee", "block", "包退"),
    ("不锈钢水杯 摔破包赔", "guarantee", "block", "包赔"),
    ("理财课程 亏了补差价", "guarantee", "block", "补差价"),
    ("去渍笔 油渍一洗就净", "guarantee", "review", "一洗就净"),
    ("翡翠平安扣 护主 A货", "superstition", "block", "护主"),
    ("钱包 女 长款 钱越花越多", "superstition", "block", "钱越花越多"),
    ("孕妇顺产符 红布袋", "superstition", "block", "顺产符"),
    ("五帝钱挂件 护身", "superstition", "review", "护身"),
    ("生辰香薰 命理定制", "superstition", "block", "命理定制"),
    ("自家茶叶 号码印在茶盒上", "diversion", "block", "号码印在"),
    ("花束预定 请在企鹅上预约", "diversion", "block", "在企鹅上预约"),
    ("服装批发 老板号在评论区", "diversion", "block", "老板号在评论区"),
    ("团购水果 群二维码在第三张", "diversion", "block", "群二维码在"),
    ("二手耳机 外面交易便宜", "diversion", "block", "外面交易"),
    ("人像约拍 问我的围脖", "diversion", "block", "问我的围脖"),
    # round two (batch 198): stories and results
    ("矿泉水 十个买家十个回购", "absolute", "review", "十个回购"),
    ("蛋白粉 老健身人只认这一款", "absolute", "review", "只认这一款"),
    ("军训被 部队内务标准", "authority", "review", "部队内务标准"),
    ("苦荞茶 喝了一周 血糖值降到6", "medical", "block", "血糖值降到"),
    ("钙片 骨密度变正常了", "medical", "block", "骨密度变正常"),
    ("侧柏叶洗发水 头发不再一把一把掉", "medical", "block", "不再一把一把掉"),
    ("海竿 拉大鱼断竿包赔", "guarantee", "block", "包赔"),
    ("拉拉裤 侧漏包赔", "guarantee", "block", "包赔"),
    ("帆布包 刀划不破", "guarantee", "review", "划不破"),
    ("桃花晶手链 戴上就脱单", "superstition", "block", "就脱单"),
]


SESSION_FOURTEEN_TRAPS = [
    # batches 205-211: negated promises, drink sweetness, sauce names, a brand, a place
    "科目一网课 不承诺包过 以考试为准", "婚恋咨询 倾听 不涉及诊断和治疗", "果茶 最少五分糖 冷热可选",
    "万能酱汁 拌面蘸料 家用 300g", "第一太平戴维斯 写字楼租赁", "义乌发货 收纳盒 塑料 三层",
    "保温饭盒 304不锈钢 保质期内换新", "紫苏叶 新鲜 50g 做菜",
]


SESSION_FOURTEEN_HITS = [
    # variants of stock words (batch 205)
    ("登山鞋 1流做工 防滑", "absolute", "block", "1流做工"),
    ("手机壳 全网独1份", "absolute", "block", "独1份"),
    ("洗车液 终级去污", "absolute", "block", "终级"),
    ("钢化膜 硬度tianhuaban", "absolute", "block", "tianhuaban"),
    ("猫山王榴莲 口感极pin", "absolute", "block", "极pin"),
    ("福鼎白茶 国bin礼盒", "authority", "block", "国bin礼"),
    ("鱼油 防老年chi呆", "medical", "block", "防老年chi呆"),
    ("牙膏 消焱 清新", "medical", "block", "消焱"),
    ("貔貅手串 已K光", "superstition", "block", "K光"),
    ("本命年手绳 转云", "superstition", "block", "转云"),
    ("代购 加㣲信 abc888", "diversion", "block", "加㣲信 abc888"),
    ("宝宝辅食课 扣1拉群", "diversion", "block", "扣1拉群"),
    ("原创T恤 详见个签", "diversion", "block", "详见个签"),
    ("私房菜 加🟩泡泡 chef_wang", "diversion", "block", "🟩泡泡 chef_wang"),
    # food (batch 208) and services (batch 211)
    ("陈皮山楂丸 助消化", "medical", "review", "助消化"),
    ("黑芝麻丸 乌发 9蒸9晒", "medical", "review", "乌发"),
    ("玫瑰茶 疏肝解郁", "medical", "block", "疏肝解郁"),
    ("米醋 古法 终身保质", "guarantee", "block", "终身保质"),
    ("蜀葵种子 神明护佑 好养", "superstition", "block", "神明护佑"),
    ("红糖 喝了生儿子", "superstition", "block", "喝了生儿子"),
    ("烤鸭外卖 电话订餐送到家", "diversion", "block", "电话订餐"),
    ("日式搬家 部队标准化打包", "authority", "review", "部队标准化"),
    ("翻译盖章 大使馆官方推荐", "authority", "review", "大使馆官方推荐"),
    ("月嫂服务 包宝宝睡整觉", "guarantee", "block", "包宝宝睡整觉"),
    ("北海道一日游 包看到极光", "guarantee", "block", "包看到极光"),
    ("海钓船 包上鱼", "guarantee", "block", "包上鱼"),
    ("防水涂料 保用30年", "guarantee", "block", "保用30年"),
    ("奇门遁甲 入门课程", "superstition", "block", "奇门遁甲"),
    ("婚庆 合婚择日 一条龙", "superstition", "block", "合婚择日"),
    ("紫微斗数 命盘解读", "superstition", "block", "命盘"),
]


SESSION_FOURTEEN_ROUND_TWO_TRAPS = [
    # batches 213-220: toothpaste whitening, names with 美白, plant protection, growing tips, a game rank
    "牙膏 美白 清新口气 120g", "冲牙器 美白模式 便携", "北美白橡木 餐桌 1.6米", "南美白对虾 鲜活 2斤",
    "甜美白色连衣裙 夏", "爱他美白金版 奶粉 2段", "防治白粉病 嘧菌酯 25%", "防治蚜虫 吡虫啉 10%",
    "蓝莓土 最适ph4.5-5.5 10L", "最适宜种植 春季 生菜种子", "万能转换头 全球通用 旅行",
    "账号 顶级猎杀者 段位", "国妆特字G20230001 美白精华液 30ml",
]


SESSION_FOURTEEN_ROUND_TWO_HITS = [
    # two tricks in one word (batch 213)
    ("抽纸 最dī价 整箱", "absolute", "block", "最dī价"),
    ("凉席 100%好ping", "absolute", "block", "100%好ping"),
    ("书包 蕞畅xiao", "absolute", "block", "蕞畅xiao"),
    ("和田玉 及品 手镯", "absolute", "block", "及品"),
    ("龙井 忒供 礼盒", "authority", "block", "忒供"),
    ("罗布麻茶 绛压", "medical", "block", "绛压"),
    ("作文课 包mǎn分", "guarantee", "block", "包mǎn分"),
    ("周易 suàn命 详批", "superstition", "block", "suàn命"),
    ("二手单车 喂芯聊", "diversion", "block", "喂芯"),
    # claims without stock words (batch 214), beauty (216), farming (217), toys (218), resale (220)
    ("洗衣凝珠 留香远超任何一款", "absolute", "review", "远超任何一款"),
    ("口红 显白没有哪支能赢", "absolute", "review", "没有哪支能赢"),
    ("苏绣 曾作为国家礼品", "authority", "block", "作为国家礼品"),
    ("练习册 名校推荐 同步", "authority", "block", "名校推荐"),
    ("漱口水 三甲医院推荐", "authority", "block", "三甲医院推荐"),
    ("黑芝麻丸 白头发黑回来了", "medical", "block", "白头发黑回来"),
    ("洗发水 脂溢性脱发", "medical", "block", "脂溢性脱发"),
    ("眼霜 去黑眼圈 20g", "medical", "review", "去黑眼圈"),
    ("身体乳 美白 400ml", "medical", "review", "美白"),
    ("兔饲料 防球虫病", "medical", "review", "防球虫病"),
    ("香水 留香不满8小时包退", "guarantee", "block", "留香不满"),
    ("积木 智商提升20分", "guarantee", "block", "智商提升"),
    ("种蛋 包孵化 30枚", "guarantee", "block", "包孵化"),
    ("游戏代充 不封号", "guarantee", "block", "不封号"),
    ("红包 保孩子无病无灾", "superstition", "block", "无病无灾"),
    ("绿植 五行补木", "superstition", "block", "五行补木"),
    ("台灯 放文昌位", "superstition", "block", "文昌位"),
    ("中性笔 状元笔 考试", "superstition", "review", "状元笔"),
    ("编程课 加老师绿色图标", "diversion", "block", "加老师绿色图标"),
    ("二手手机 支付宝好友转账", "diversion", "block", "支付宝好友转账"),
]


# Session fifteen.  Masked mobile numbers: the four masked digits hide nothing a buyer needs to
# call, and sellers print them so; part numbers with digits glued on either side stay clean.
@pytest.mark.parametrize("title, text", [
    ("苗木基地直销 139****6666", "139****6666"),
    ("整租两室一厅 电联139xxxx8821", "139xxxx8821"),
    ("野生菌 订购186＊＊＊＊5678", "186＊＊＊＊5678"),
    ("回收黄金 139 **** 6666", "139 **** 6666"),
    ("二手叉车 1380013xxxx", "1380013xxxx"),
    ("搬家 📞138****6688", "138****6688"),        # an emoji beyond the BMP: the 32-bit path
])
def test_masked_mobile_numbers_are_phone_numbers(title, text):
    assert ("diversion", "block", text) in {(f.category, f.level, f.text) for f in check(title)}, check(title)


@pytest.mark.parametrize("title", ["货号2139****66661 收纳箱", "尺寸 139xxxx 型号", "卡号 6222****1234 卡套",
                                   "密码锁 1****5678 演示"])
def test_masked_digits_that_are_not_a_mobile_number_are_clean(title):
    assert not [f for f in check(title) if f.level == "block"], check(title)


# Session fifteen, round two (batches 229-231 and 235).
SESSION_FIFTEEN_TRAPS = [
    "热气球飞行体验 最高升空300米 单人票",       # 体验 before the word is a product, not a quality noun
    "潜水体验 最大下潜深度12米 教练陪同",
    "月季苗 最佳赏花期4-5月 盆栽",                 # when to look at it: a usage tip
    "上门洗护 猫咪洗澡最佳间隔1个月",
    "崇礼滑雪两日游 冬季最佳滑雪季",
    "空调清洗 最低温运行测试 挂机",
    "万能工上门 挂画打孔 家具组装",
    "香水 建议最先喷在脉搏处 30ml",
    "中式婚礼 礼仪策划 不含择日服务",
    "衣物 去斑渍 喷雾 领口 袖口",
    "H2O 苏打水 500ml 24瓶",                     # o after a digit at the end of a two-character word
    "食用油 5l 桶装 10oz 量杯",                    # volumes keep their l
]


SESSION_FIFTEEN_HITS = [
    # look-alike letters inside numbers, old variant characters, pinyin (batch 229)
    ("二手叉车 3吨 138OO1l2345", "diversion", "block", "138OO1l2345"),
    ("电煮锅 1OO%好评", "absolute", "block", "1OO%好评"),
    ("柠檬茶 朂好喝", "absolute", "block", "朂好"),
    ("狮子头 囯宴同款", "authority", "block", "囯宴同款"),
    ("黑枸杞 極ping 250g", "absolute", "block", "極ping"),
    ("搪瓷杯 zhu席同款", "authority", "block", "zhu席同款"),
    ("热水器 十nian包用", "guarantee", "block", "十nian包用"),
    # services (230), beauty (231), claims in stories (235)
    ("英语课 100%家长满意", "absolute", "block", "100%家长满意"),
    ("周易预测培训班 周末面授", "superstition", "block", "周易预测"),
    ("装修开工 动土择日", "superstition", "block", "择日"),
    ("星盘合盘 情侣关系分析", "superstition", "block", "星盘合盘"),
    ("磨砂膏 100%回购率", "absolute", "block", "100%回购"),
    ("面膜 治痘 控油", "medical", "block", "治痘"),
    ("润唇膏 唇炎专用", "medical", "block", "唇炎"),
    ("精华 消痘 30ml", "medical", "review", "消痘"),
    ("沐浴露 抗菌沐浴露 1L", "medical", "review", "抗菌沐浴露"),
    ("卷发器 必成功 28mm", "guarantee", "block", "必成功"),
    ("皮具护理膏 一擦就新", "guarantee", "review", "一擦就新"),
    ("泡澡盐 除秽 净身", "superstition", "block", "除秽"),
    ("淡香水 佛光护体", "superstition", "block", "佛光护体"),
    ("黑芝麻糊 卖了十年没人超过", "absolute", "review", "没人超过"),
    ("水饺 口味从没输过谁", "absolute", "review", "从没输过"),
    ("磁石手链 戴上之后头不晕了", "medical", "block", "头不晕"),
    ("红玛瑙手链 流年不利", "superstition", "block", "流年不利"),
    ("手链 算你的幸运色", "superstition", "review", "幸运色"),
    ("陶瓷杯 二维码在第五张图", "diversion", "review", "二维码在第"),
]


# Session sixteen: round one (batch 245, two tricks inside one word), round two (253, 255) and three (266).
SESSION_SIXTEEN_HITS = [
    ("爬行垫 第①míng 加厚", "absolute", "block", "第①míng"),        # tone marks, then 名 as ming
    ("大闸蟹礼券 市zhǎng🎙代言", "authority", "block", "市zhǎng🎙代言"),
    ("书包 人民wǎng推荐", "authority", "block", "人民wǎng推荐"),
    ("丑苹果 书jì带货 5斤", "authority", "block", "书jì带货"),
    ("仿真花 永jiǔ不变色", "guarantee", "block", "永jiǔ不变色"),
    ("保温杯 摔b💪坏", "guarantee", "block", "摔b💪坏"),           # b, the initial of 不
    ("保鲜袋 撕不破 加厚", "guarantee", "block", "撕不破"),
    ("托福写作 包✦chū分", "guarantee", "block", "包✦chū分"),
    ("二手单车 ☎1З8O0l38OOO", "diversion", "block", "1З8O0l38OOO"),  # Cyrillic З for 3
    ("装修设计 联xì方式看图", "diversion", "review", "联xì方式看图"),
    # round two (batches 253 and 255)
    ("咖啡豆 口感j品 227g", "absolute", "block", "j品"),
    ("挂烫机 出汽量无可pǐ敌", "absolute", "block", "无可pǐ敌"),
    ("碎纸机 公检法zhuan用 5级", "authority", "block", "公检法"),
    ("廉政读本 中纪W推荐", "authority", "block", "纪W推荐"),
    ("折叠屏手机 3年不ka", "guarantee", "block", "不ka"),
    ("收纳盒 收纳神器之最", "absolute", "block", "神器之最"),
    ("羽绒被 暖到极限 200*230", "absolute", "review", "暖到极限"),
    ("滤杯 冠军级萃取", "absolute", "review", "冠军级"),
    ("防盗门锁芯 被撬保赔", "guarantee", "block", "被撬保赔"),
    ("发财树 100%包活", "guarantee", "block", "100%包活"),
    ("橡胶手套 戳不破 10双", "guarantee", "block", "戳不破"),
    ("葫芦 手捻 收邪气", "superstition", "block", "收邪气"),
    ("喜字贴纸 大师测算吉时", "superstition", "block", "大师测算"),
    ("婚纱出租 档期请打电话确认", "diversion", "review", "请打电话"),
    ("毕业相册 设计稿QQ传图", "diversion", "review", "QQ传图"),
    ("水果批发 q：9 六 2 8 O 1 5 7", "diversion", "block", "q：9 六 2 8 O 1 5 7"),
    # round three (batch 266)
    ("骑行码表 全能王", "absolute", "review", "全能王"),
    ("比赛篮球 八一队专用 7号", "authority", "block", "八一队专用"),
    ("普拉提课程 修复腹直肌分离", "medical", "block", "修复"),
    ("露营帐篷 12级台风吹不倒", "guarantee", "block", "台风吹不倒"),
    ("骑行头盔 100%保护头部安全", "guarantee", "block", "100%保护头部"),
    ("钛钢吊坠 比赛必胜", "superstition", "review", "比赛必胜"),
]


SESSION_SIXTEEN_TRAPS = ["儿童书包减负 护脊 三年级", "USB坏了换新 数据线 1米", "双肩书包减重款 小学生",
                                   "白茶 泡茶水温以90度为最佳", "老人电话手表 可打电话 定位", "OTG转接头 支持微信传文件",
                                   "活虾 顺丰包邮 死了包赔", "尺码：1 2 3 4 5 码 童装", "扫描全能王 会员 年卡",
                                   "产后修复 腹直肌分离评估 运动康复训练"]


# Session seventeen: round one (batches 268 pets, 271 Xianyu, 275 heavy obfuscation).
SESSION_SEVENTEEN_HITS = [
    ("游戏手柄 𝓥:pad_sh 出", "diversion", "block", "𝓥:pad_sh"),            # mathematical script V
    ("二手相机 𝐪：𝟗𝟔𝟐𝟖𝟏𝟓𝟕𝟎", "diversion", "block", "𝐪：𝟗𝟔𝟐𝟖𝟏𝟓𝟕𝟎"),        # bold q and bold digits
    ("鹦鹉幼鸟 看鸟请加扣", "diversion", "block", "请加扣"),
    ("卫衣 走淘宝链接有券", "diversion", "block", "走淘宝链接"),
    ("抽纸 ks搜 小店名", "diversion", "review", "ks搜"),
    ("犬用营养膏 农业部特批", "authority", "block", "农业部特批"),
    ("执勤腰带 G A 专用", "authority", "block", "G A 专用"),
    ("文创书签 国博联名认证", "authority", "block", "国博联名认证"),
    ("冻干 犬瘟特效", "medical", "block", "犬瘟特效"),
    ("饮水机滤芯 预防尿闭", "medical", "block", "预防"),
    ("益生菌 疏通尿道", "medical", "block", "疏通"),
    ("芦荟胶 速愈伤kou", "medical", "block", "速愈伤kou"),
    ("鱼油软糖 提高智力", "medical", "review", "提高智力"),
    ("铁锅 锅中绝品", "absolute", "block", "锅中绝品"),
    ("化毛膏 包吐毛球", "guarantee", "block", "包吐毛球"),
    ("成猫粮 软便包退", "guarantee", "block", "包退"),
    ("马丁靴 开胶包赔", "guarantee", "block", "包赔"),
    ("浴巾 洗bu烂", "guarantee", "block", "洗bu烂"),
    ("银耳钉 戴不黑", "guarantee", "block", "戴不黑"),
    ("铜钥匙扣 一生不坏", "guarantee", "block", "一生不坏"),
    # round two (batch 278, fresh produce)
    ("砂糖桔 10斤 包甜", "guarantee", "review", "包甜"),
    ("麒麟瓜 保熟 现摘", "guarantee", "review", "保熟"),
    ("芦荟叶 治青春痘", "medical", "block", "治青春痘"),
    ("纸皮核桃 治健忘", "medical", "block", "治"),
    ("大闸蟹 团购 扣扣咨询", "diversion", "review", "扣扣咨询"),
]


SESSION_SEVENTEEN_TRAPS = ["电子相册 最多可存2000张", "二手绘本 最少两本起卖", "日本煎茶 冷泡最宜",
                                   "冻干 最好泡水后再喂", "狗粮 第1包试吃价", "猫咪绝育服 术后恢复服",
                                   "口口相传 老字号 桃酥", "容量：５００ml 𝟏𝟐 杯子",
                                   "产地直发 不经转运 脐橙", "脆皮包甜筒 冰淇淋", "水杨酸精华 控油 闭口 粉刺"]


# Session eighteen: round one (batch 294, keyword-free).
SESSION_EIGHTEEN_HITS = [
    ("多功能养生壶 卖了三年没碰到过对手", "absolute", "block", "没碰到过对手"),
    ("拌饭酱 味道能把大牌干趴下", "absolute", "review", "干趴下"),
    ("绿萝盆栽 养不活免费补发", "guarantee", "block", "免费补发"),
    ("月季花苗 种不活免费补种", "guarantee", "block", "免费补种"),
    ("番茄种子 不结果补发", "guarantee", "block", "补发"),
    ("定制陶瓷杯 要报价的走邮件", "diversion", "review", "走邮件"),
    # round two (batches 300 keyword-free, 301 fresh produce, 302 Xianyu, 305 education)
    ("英语网课 金牌讲师 精讲班", "absolute", "block", "金牌讲师"),
    ("水果萝卜 10斤 脆甜冠军", "absolute", "block", "脆甜冠军"),
    ("作文网课 赢过所有辅导班", "absolute", "block", "赢过所有辅导班"),
    ("手工水饺 吃了二十年就数这家", "absolute", "block", "就数这家"),
    ("冲锋衣 防水做到头了", "absolute", "block", "做到头了"),
    ("绘本套装 国家图书馆专供", "authority", "block", "国家图书馆专供"),
    ("法考网课 最高法法官主讲", "authority", "block", "最高法法官主讲"),
    ("野生蓝莓 保护视力", "medical", "block", "保护视力"),
    ("省考集训营 保进面", "guarantee", "block", "保进面"),
    ("风干腊鸭 神灵庇佑", "superstition", "block", "神灵庇佑"),
    ("红皮花生 旺丁", "superstition", "block", "旺丁"),
    ("道家画符教学课", "superstition", "block", "画符"),
    ("闲置球鞋 去别的平台拍更便宜", "diversion", "block", "去别的平台拍"),
    ("手绘字画 去我网站看全部作品", "diversion", "block", "去我网站"),
    ("收纳箱 最大一个优点是耐用", "absolute", "block", "最大"),       # 一个 is not a count
]


SESSION_EIGHTEEN_TRAPS = ["运动手表 防水等级最高IP68", "到货死苗补发 多肉组合", "运输破损免费补发 玻璃鱼缸",
                                   "隐形不伤发 头顶补发片", "积木 缺件免费补发",
                                   "二手Kindle 只走平台担保 不加微信", "二手相机 不走私下转账 闲置",
                                   "书柜 最底下一层有点松", "全套漫画 第1到7部 中文版", "旧相机 长期不用电池最好拆下来",
                                   "带鱼 冰鲜5斤 最宽四指", "牛油果 放置2-3天口感最佳", "香蕉 表皮有黑点时最甜",
                                   "土鸭 最适合做红烧 整只", "乐高 最多缺一两个小件", "梭子蟹 开海第一网 鲜活",
                                   "奖牌定制 金牌 银牌 铜牌", "80PLUS金牌 850W 电源"]

SESSION_NINETEEN_HITS = [
    ("嫁接黄桃苗 包活 2年苗 10棵", "guarantee", "review", "包活"),
    ("沃柑嫁接苗 三年保挂果 营养杯苗", "guarantee", "block", "保挂果"),
    ("小叶榕盆景 门前聚气 造型苗", "superstition", "review", "聚气"),
    ("兽用电子体温计 畜牧兽医局专用 猪牛羊", "authority", "block", "畜牧兽医局专用"),
    ("背负式电动喷雾器 政府补贴指定产品 18L", "authority", "review", "政府补贴指定产品"),
    ("猪饲料添加剂 快速退高烧 1kg", "medical", "review", "快速退高烧"),
    ("草龟饲料 治腐皮 500g 浮水颗粒", "medical", "review", "治腐皮"),
    ("小龙虾饲料 防黑鳃病 20kg", "medical", "review", "防黑鳃病"),
    ("复合微生物菌肥 用一次就离不开 40kg", "absolute", "review", "用一次就离不开"),
]
SESSION_NINETEEN_TRAPS = ["沃柑苗 包活到家 营养杯", "一包活性炭 除甲醛 新房", "钱包活动价 真皮短款",
                          "防治小麦赤霉病 戊唑醇 悬浮剂 100ml", "防治玉米螟 氯虫苯甲酰胺 5% 50ml",
                          "冬小麦种子 最佳播期10月上旬 济麦22 25kg", "青贮发酵剂 最适含水量65% 玉米秸秆用",
                          "除草剂 最好稀释500倍 草铵膦", "棉服 男童款 140码 孩子长高了穿不下",
                          "跳绳 计数的 减肥没坚持 出了"]

# Twentieth session: skincare batch 320, and casual second-hand titles (the child outgrew it).
SESSION_TWENTY_HITS = [
    ("胜肽紧致面霜 21天逆龄 50g", "guarantee", "block", "21天逆龄"),
    ("玻尿酸面膜 用一次年轻十岁 10片", "guarantee", "block", "用一次年轻十岁"),
    ("泥膜 两周告别黑头 100g 清洁", "guarantee", "block", "两周告别黑头"),
    ("素颜霜 上脸就白 懒人霜 50ml", "guarantee", "review", "上脸就白"),
    ("妆前乳 细纹瞬间抚平 30ml", "guarantee", "review", "细纹瞬间抚平"),
    ("王牌面霜 修护屏障 50ml", "absolute", "review", "王牌面霜"),
    ("水杨酸洁面 去粉刺 控油 120g", "medical", "review", "去粉刺"),
    ("眼霜尾货 站外交易更便宜 15g", "diversion", "block", "站外交易"),
]
SESSION_TWENTY_TRAPS = ["儿童自行车 20寸 孩子长高了", "童装外套 110码 孩子长高了 穿了一季",
                        "精华油 最佳按摩手法见详情 30ml", "化妆刷 万能头 替换装 5只", "不接受站外交易 面霜 50g",
                        "粉刺针 暗疮针 美容工具套装 不锈钢"]

SESSION_TWENTY_ONE_HITS = [
    ("运动耳机 无舌攵续航 蓝牙5.3", "absolute", "review", "无舌攵"),
    ("洗衣凝珠 一擦ji净 50颗", "guarantee", "review", "一擦ji净"),
    ("教资面试 勹巳过 全程班", "guarantee", "block", "勹巳过"),
    ("鱼缸 几乂水 摆件 客厅", "superstition", "review", "几乂水"),
    ("手工皂 十个买家十个夸 100g", "absolute", "review", "十个买家十个夸"),
    ("土鸡蛋 村支书亲自带货 30枚", "authority", "block", "村支书亲自带货"),
    ("束腰带 燃烧脂肪 收腹", "medical", "review", "燃烧脂肪"),
    ("发热袜 防腿抽筋 中老年", "medical", "review", "防腿抽筋"),
    ("宠物益生菌 止呕吐 10袋", "medical", "review", "止呕吐"),
    ("防盗门 撬开了赔你 C级锁芯", "guarantee", "review", "撬开了赔你"),
    ("瑜伽裤 弹力永久保持 高腰", "guarantee", "review", "弹力永久保持"),
    ("狗粮 狗狗不爱吃包退 2kg", "guarantee", "review", "狗狗不爱吃包退"),
    ("二手相机 见面付更便宜 同城", "diversion", "block", "见面付更便宜"),
    ("外贸工厂 大货加企业微信 报价", "diversion", "block", "加企业微信"),
    ("竹纤维抹布 试了一圈只留下它 10片", "absolute", "review", "只留下它"),
    ("蜜蜡手串 盘玩三个月包盘红 10mm", "guarantee", "review", "包盘红"),
    ("黑曜石手链 排除体内毒素 男款", "medical", "review", "排除体内毒素"),
    ("钢化膜 碎了我赔你 iPhone15", "guarantee", "review", "碎了我赔你"),
    ("老白茶饼 价格只会往上走 357g", "guarantee", "review", "价格只会往上走"),
    ("卫衣 朋友圈天天上新 宽松", "diversion", "review", "朋友圈天天上新"),
    ("手办 问价请移步小蓝鸟 正版", "diversion", "review", "请移步小蓝鸟"),
    ("甲油胶 掉了免费补 15ml", "guarantee", "review", "掉了免费补"),
    ("粉底液 过敏包赔 30ml", "guarantee", "review", "过敏包赔"),
    ("水晶手链 奥运指定供应商 6mm", "authority", "review", "奥运指定供应商"),
]
SESSION_TWENTY_ONE_TRAPS = ["折叠凳 最da承重150kg 户外", "文胸 最大支持E罩杯 无钢圈", "文胸延长扣 万能扣 三排扣",
                            "连衣裙 最jin很火的 法式", "高中数学 必修苐一册 人教版", "暖宫贴 自发热 10片",
                            "唇釉 第1色 蜜桃 2支", "红酒 提前半小时醒酒 赤霞珠 750ml", "直播间 第3号链接 卫衣",
                            "珍珠项链 最后戴最先摘 8mm", "莫桑钻戒指 终身免费换圈口 1克拉",
                            "纯棉毛巾 加微细纤维 吸水", "笔记本电脑 配置顶配版 i9 32G"]

SESSION_TWENTY_TWO_HITS = [
    ("民宿 秒杀所有五星酒店 泳池别墅", "absolute", "review", "秒杀所有五星"),
    ("包车7日游 秒杀跟团游 成都出发", "absolute", "review", "秒杀跟团游"),
    ("设计师民宿 王牌房型 无边泳池", "absolute", "review", "王牌房型"),
    ("九寨沟3日游 至尊小团 含门票", "absolute", "review", "至尊小团"),
    ("跑鞋 穿过它那些千元跑鞋都该退休了", "absolute", "review", "都该退休了"),
    ("国家博物馆特约讲解 北京一日游", "authority", "review", "国家博物馆特约讲解"),
    ("狼毫毛笔 老领导案头常备 小楷", "authority", "review", "老领导案头"),
    ("邮轮康养航线 心脏病调理 15晚", "medical", "review", "心脏病调理"),
    ("候鸟旅居 肺结核康复 海景公寓", "medical", "review", "肺结核康复"),
    ("无糖酸奶 喝了几个月检查转阴了", "medical", "review", "转阴"),
    ("芬兰极光之旅 包看极光 7日", "guarantee", "review", "包看极光"),
    ("冲浪课 包站起来 两小时体验", "guarantee", "review", "包站起来"),
    ("旅拍婚纱照 包满意 海边外景", "guarantee", "review", "包满意"),
    ("真空压缩袋 鼓了算我的 10个装", "guarantee", "review", "鼓了算我的"),
    ("科技布沙发 猫抓破了上门换", "guarantee", "review", "抓破了上门换"),
    ("纪念币 回收价只会涨 收藏", "guarantee", "review", "回收价只会涨"),
    ("刻字手链 刻字内容发到我的小红薯", "diversion", "review", "发到我的小红薯"),
]
SESSION_TWENTY_TWO_TRAPS = ["青岛第一海水浴场 海景民宿 含早", "米亚罗红叶2日游 最佳赏叶期10月",
                            "长白山避暑4日游 最热月份7月 平均气温25度", "安吉竹林民宿 国家级旅游度假区 含早",
                            "中风康复训练器 医用 械备 手指", "小红薯 沙地蜜薯 5斤 新鲜"]

#: Twenty-third session (batch 360: claims told as stories): no rival, cures and luck in a story, paying the seller.
SESSION_TWENTY_THREE_HITS = [
    ("这个价位排不上对手 游戏鼠标 有线", "absolute", "block", "排不上对手"),
    ("老字号卤味 街坊都说没人卤得过 鸭脖", "absolute", "block", "没人卤得过"),
    ("吹风机 发型师说他店里那台进口的可以退休了", "absolute", "review", "的可以退休了"),
    ("中药枕 躺下五分钟就睡着 决明子荞麦", "medical", "review", "分钟就睡着"),
    ("婴儿蓝光灯 晒三天黄疸就退了 家用", "medical", "review", "黄疸就退了"),
    ("恋人合盘 测你们的缘分 在线解读", "superstition", "block", "恋人合盘"),
    ("抹了香灰的平安扣 红绳手链", "superstition", "block", "抹了香灰"),
    ("二手沙发 尾款打我卡上 省手续费", "diversion", "block", "打我卡上"),
    ("闲鱼 钱直接转给我本人 不走平台", "diversion", "block", "转给我本人"),
    # second round (batches 365, 366 and 368: comparisons told as stories, pet goods, exam courses)
    ("降噪耳机 试了十几款只有它不夹头", "absolute", "review", "款只有它"),
    ("扫地机器人 测评博主换了一圈最后还是回到了它", "absolute", "review", "最后还是回到了它"),
    ("冻干猫粮 没有猫咪不爱 鸡肉味 500g", "absolute", "review", "没有猫咪不爱"),
    ("实木狗窝 大使馆特供 小型犬", "authority", "block", "大使馆特供"),
    ("安全员证培训 应急管理局直属 线上课", "authority", "block", "应急管理局直属"),
    ("儿童口才课 纠正口吃 小班 线上", "medical", "block", "纠正口吃"),
    ("仓鼠垫料 防湿尾病 木屑 1kg", "medical", "block", "防湿尾病"),
    ("美短幼猫 包健康 疫苗已打", "guarantee", "review", "包健康"),
    ("留学申请全程服务 拒信全额退 英国硕士", "guarantee", "review", "拒信全额退"),
    ("户外水杯 漏一滴水一个换两个", "guarantee", "review", "一个换两个"),
    ("文昌笔 考生必备 帮孩子测考运", "superstition", "review", "测考运"),
    ("貔貅摆件 办公桌 仕途亨通", "superstition", "review", "仕途亨通"),
]
SESSION_TWENTY_THREE_TRAPS = ["老爸退休了 送他的钓鱼椅 折叠便携", "经皮黄疸仪 新生儿 械注准20192070000",
                              "香炉香灰清理刷 铜制 小号", "本人自用 九成新 转卖 相机包",
                              "高考数学 函数最值问题 单调性与最值 专题课", "高中物理 最大静摩擦力 受力分析 讲义",
                              "高中化学 最高价氧化物对应水化物 专题", "考研最低分数线 历年国家线汇总 A区B区",
                              "微软MOS认证 Excel专家级 考试辅导"]

#: Twenty-fourth session (batches 372, 373, 375: claims told as stories, plants and gardening, home appliances).
SESSION_TWENTY_FOUR_HITS = [
    ("月季苗 国家级指定品种 盆栽", "authority", "block", "国家级指定"),
    ("番茄种子 航天育种基地认证 阳台", "authority", "block", "航天育种基地认证"),
    ("儿童益生菌 防腹泻 冲剂 20袋", "medical", "block", "防腹泻"),
    ("空调 新风 可灭活99.9%病毒 1.5匹", "medical", "review", "灭活99.9%病毒"),
    ("红枣桂圆茶 老人心悸气短 喝着舒服", "medical", "review", "心悸气短"),
    ("黑枸杞 老爸喝了起夜变少了 250g", "medical", "block", "起夜变少了"),
    ("铝合金晾衣架 永久使用 阳台", "guarantee", "review", "永久使用"),
    ("蝴蝶兰 包复花 年宵花 带盆", "guarantee", "block", "包复花"),
    ("绿萝 新手 包你养活 带盆", "guarantee", "review", "包你养活"),
    ("多肉 不活包换 新手套餐", "guarantee", "review", "不活包换"),
    ("炒股课 跟着买 亏的钱算我的", "guarantee", "review", "亏的钱算我的"),
    ("蓝牙音箱 这音质一出 别家统统靠边站", "absolute", "review", "统统靠边站"),
    ("桃木挂件 卧室 驱阴气", "superstition", "review", "驱阴气"),
    ("红绳手链 戴着上牌桌没输过", "superstition", "review", "上牌桌没输过"),
    ("柚子叶 洗走霉运 泡澡包", "superstition", "block", "洗走霉运"),
    ("批发 货源 名片在第二张图", "diversion", "block", "名片在第二张图"),
    # second round (batch 380: rivals, officials and contact told as stories)
    ("筋膜枪 理疗店老板用完说他那把可以退休了", "absolute", "review", "那把可以退休了"),
    ("紫砂壶 老手艺 现在没人做得出来", "absolute", "block", "没人做得出来"),
    ("儿童绘本 省妇联推荐 亲子阅读", "authority", "block", "省妇联"),
    ("二手相机 细节图太多 去另外一个软件发你", "diversion", "block", "去另外一个软件"),
    # third round (batch 392: contact details and guarantees disguised)
    ("睫毛膏 防水 花了全额退", "guarantee", "block", "花了全额退"),
    ("空调 压缩机 十年无故障 1.5匹", "guarantee", "block", "年无故障"),
    ("不锈钢晾衣杆 加粗 掰不弯", "guarantee", "block", "掰不弯"),
    ("普通话培训 保2甲 线上", "guarantee", "block", "保2甲"),
    ("汉服约拍 档期看红书@小满摄影", "diversion", "block", "红书@小满摄影"),
    ("刻字手链 加ѵх：mango_88", "diversion", "block", "加ѵх：mango_88"),
    # and batch 388 (claims told as stories, a further writer)
    ("电动滑板车 摔了医疗费我们出 成人代步", "guarantee", "review", "医疗费我们出"),
    ("儿童餐椅 防侧翻 出事了砸锅卖铁也赔", "guarantee", "review", "砸锅卖铁也赔"),
    ("纯棉床单 敏感肌换上后再也不过敏", "medical", "review", "再也不过敏"),
    ("苏打水 老公喝了三个月尿酸降下来了", "medical", "block", "尿酸降下来"),
    ("养生茶 老妈的尿酸单子好看多了", "medical", "review", "尿酸单子"),
    ("桃木葫芦 本命年挂上 躲过一劫", "superstition", "review", "躲过一劫"),
    ("充气床垫 人防办统一采购 应急", "authority", "block", "人防办"),
    # and batch 393 (skincare)
    ("身体乳 鱼鳞癣 干裂 400ml", "medical", "review", "鱼鳞癣"),
    ("止汗喷雾 祛狐臭 男士 150ml", "medical", "review", "祛狐臭"),
    ("抗皱面霜 肉毒素 紧致 50g", "medical", "review", "肉毒素"),
    ("晚安冻膜 一晚回春 熬夜急救", "guarantee", "review", "一晚回春"),
    ("定制T恤 下单备注vx 发设计稿", "diversion", "block", "备注vx"),
]
SESSION_TWENTY_FOUR_TRAPS = ["Office 2021 专业版 一次购买永久使用 绑定账号", "字体包 商用 永久使用授权 设计素材",
                             "老人起夜灯 感应 卧室 USB充电", "航天育种 太空椒 新鲜 3斤",
                             "闭眼入 纯棉T恤 基础款 白色", "妇联大楼 附近 二手书 打包出",
                             "大红书包 儿童 双肩", "ѵ领针织衫 女 秋季",
                             "第一大道店 自提点 生鲜", "客服问得最多的问题 尺码偏大半码", "天气最热的那几天 建议冰镇后饮用",
                             "下单备注微信支付 可开发票 办公用品"]

SESSION_TWENTY_FIVE_HITS = [
    ("加绒卫衣 男 穿过就再也离不开 秋冬", "absolute", "review", "再也离不开"),
    ("蓝牙耳机 音质不输千元旗舰 降噪", "absolute", "review", "不输千元旗舰"),
    ("电子秤 厨房 终身准确 5kg", "guarantee", "block", "终身准确"),
    ("跑步手表 包你半马跑进两小时 GPS", "guarantee", "block", "包你半马跑进"),
    ("小龙虾 县长上电视帮我们带过货 麻辣", "authority", "review", "县长上电视帮我们带过货"),
    ("登山鞋 出事我们承担全部费用 防滑", "guarantee", "review", "我们承担全部费用"),
    ("羽绒服 跑绒按原价赔你 白鸭绒", "guarantee", "review", "按原价赔你"),
    ("瑜伽绳 终身给你换 加厚", "guarantee", "review", "终身给你换"),
    ("去黑头面膜 不干净整盒退 清洁", "guarantee", "review", "整盒退"),
    ("工装鞋 扎伤脚医院的钱我们出 钢板", "guarantee", "review", "医院的钱我们出"),
    ("电子体温计 测量100%准确 婴儿", "absolute", "review", "100%准确"),
    ("手工酱 全中国就我家这个味 香辣", "absolute", "review", "全中国就我家"),
    ("儿童课桌 学校指定 升降", "authority", "review", "学校指定"),
    ("红茶 北京大院 特级 散装", "authority", "review", "北京大院"),
    ("手环 医疗级 心率 血氧", "medical", "review", "医疗级"),
    ("智能手表 房颤诊断 睡眠", "medical", "block", "房颤诊断"),
    ("颈椎枕 根除头晕 记忆棉", "medical", "block", "根除头晕"),
    ("川贝枇杷膏 老人喝了就不喘了 罐装", "medical", "block", "喝了就不喘了"),
    ("按摩仪 腰疼不用去医院 热敷", "medical", "review", "不用去医院"),
    ("电子血压计 测得不准包退 上臂", "guarantee", "review", "测得不准包退"),
    # second round (404, 407, 411)
    ("冲锋衣 国防大学学员训练穿的 防水", "authority", "block", "国防大学"),
    ("速溶咖啡 边检站同志夜班常备 100条", "authority", "block", "边检站"),
    ("海苔 科考船上每天吃的 即食", "authority", "block", "科考船"),
    ("小说 省委宣传部推荐 长篇", "authority", "block", "省委宣传部"),
    ("英语绘本 哈佛认证 分级阅读", "authority", "review", "哈佛认证"),
    ("模拟卷 命题组专家编写 高考", "authority", "review", "命题组专家"),
    ("数学讲义 衡水中学内部资料 高一", "authority", "review", "衡水中学内部资料"),
    ("益生菌 清除宿便 成人", "medical", "block", "清除宿便"),
    ("水晶手链 化解水逆 紫水晶", "superstition", "review", "化解水逆"),
    ("貔貅摆件 全家一年不走背字 黄铜", "superstition", "review", "一年不走背字"),
    ("开业绿植 保旺铺 发财树", "superstition", "review", "保旺铺"),
    ("Python课程 进裙领取资料 零基础", "diversion", "block", "进裙领取"),
    ("牛油果 百分百完美 12个", "absolute", "review", "百分百完美"),
    ("棉拖鞋 价格压到地板价 冬季", "absolute", "review", "价格压到地板价"),
    ("布鞋 一百个人试穿一百个说合脚 软底", "absolute", "review", "一百个人试穿一百个说"),
    ("理财书 看完再也不用看别的书 入门", "absolute", "review", "再也不用看别的"),
    ("直播课 头部第一讲师 录播", "absolute", "review", "头部第一"),
    # 408: look-alike capitals and letters, Japanese and Korean words
    ("ΝΟ.1 眼影盘 大地色", "absolute", "block", "ΝΟ.1"),
    ("ʙᴇsᴛ ᴏғ ʙᴇsᴛ 儿童书包", "absolute", "review", "ʙᴇsᴛ ᴏғ ʙᴇsᴛ"),
    ("防ɑi 灵芝孢子粉 破壁", "medical", "block", "防ɑi"),
    ("ナンバーワン人气 陶瓷碗", "absolute", "review", "ナンバーワン"),
    ("항암 西兰花芽粉 冲饮", "medical", "block", "항암"),
    ("면膜 위챗: kshop77 代购", "diversion", "block", "위챗: kshop77"),
    ("풍수 山水挂画 客厅", "superstition", "review", "풍수"),
    ("ガン予防 抹茶粉 100g", "medical", "block", "ガン予防"),
    # third round (412–419); the last: an `info` finding no longer hides an e-mail address
    ("乳胶枕 用了再也不想换 护颈", "absolute", "review", "再也不想换"),
    ("护照包 观音护佑 出国", "superstition", "block", "观音护佑"),
    ("钱包 背了就能进财 真皮", "superstition", "review", "背了就能进财"),
    ("麦穗十字绣 大师推算 吉日", "superstition", "review", "大师推算"),
    ("十字绣 麒麟 旺子嗣 卧室", "superstition", "review", "旺子嗣"),
    ("开关面板 按坏包赔 86型", "guarantee", "review", "按坏包赔"),
    ("拉杆箱 轮子磨穿免费送新箱 24寸", "guarantee", "review", "磨穿免费送新箱"),
    ("应急灯 停电必亮 消防", "guarantee", "review", "停电必亮"),
    ("排插 儿童 绝对不会触电 防护门", "guarantee", "review", "绝对不会触电"),
    ("筒灯 装上就不用再换 开孔", "guarantee", "review", "装上就不用再换"),
    ("钻石画 永久粘牢 满钻", "guarantee", "review", "永久粘牢"),
    ("十字绣成品 高价回购 清明上河图", "guarantee", "review", "高价回购"),
    ("叶面肥 包膨果 西瓜", "guarantee", "review", "包膨果"),
    ("拉杆箱 东航机组专用 20寸", "authority", "review", "机组专用"),
    ("投光灯 天安门广场同款 亮化", "authority", "review", "天安门广场同款"),
    ("蛋鸡饲料 农科院监制 40kg", "authority", "block", "农科院监制"),
    ("钩针材料包 抑郁康复 杯垫", "medical", "review", "抑郁康复"),
    ("冲施肥 防死棵 西瓜", "medical", "review", "防死棵"),
    ("台灯 缓解头晕 护眼", "medical", "block", "缓解头晕"),
    ("浴霸 缓解鼻塞 换气", "medical", "review", "缓解鼻塞"),
    ("U型枕 止鼾 记忆棉", "medical", "review", "止鼾"),
    ("凉席 防中暑 冰丝", "medical", "review", "防中暑"),
    ("毛线 质量永远排第一 手编", "absolute", "review", "永远排第一"),
    ("黄瓜种子 冠军品种 大棚", "absolute", "review", "冠军品种"),
    ("手工篮 央视网热推 材料包", "authority", "block", "央视网热推"),
    ("红薯粉丝 详情看小红书 农家", "diversion", "review", "看小红书"),
    ("茶具 走小程序更优惠 礼盒", "diversion", "review", "走小程序"),
    ("羊毛衫 团购进微群 妈妈装", "diversion", "review", "进微群"),
    ("帐篷租赁 押金线下付 三天", "diversion", "review", "押金线下付"),
    ("陶艺课 先转定金到我支付宝 亲子", "diversion", "review", "转定金到我"),
    ("灯带批发 需要的加Q 5050", "diversion", "review", "加Q"),
    ("喷雾器 主页有电话 农用", "diversion", "block", "主页有电话"),
    ("冰箱贴定制 询价邮件至fridge_mag@qq.com", "diversion", "block", "fridge_mag@qq.com"),
]
SESSION_TWENTY_FIVE_TRAPS = ["初中校服 学校指定校服 170码", "登机箱 20寸 最大尺寸符合航司标准", "运动手表 最佳配速提醒 心率",
                             "公务员考试专用 答题纸 A4", "论文第一作者 署名 写作课", "英语听力 最佳练习音量60分贝以下",
                             "果冻 更加Q弹 草莓味", "运输压坏包赔 收纳箱 3个装", "兽用处方药 阿莫西林可溶性粉 凭处方购买",
                             "玉米种子 中抗大斑病 高抗茎腐病", "护照包 熊猫印花 出国礼物", "充气颈枕 最佳充气量七成满",
                             "复合肥 执行标准GB/T 15063-2020 17-17-17 50kg", "收割机万能节 十字轴", "尿素 最适追肥期 小麦 40kg"]

# Twenty-sixth session (my own examples of what batches 420–427 missed).
SESSION_TWENTY_SIX_HITS = [
    ("骨瓷茶具 皇家级釉面 十头", "absolute", "review", "皇家级"),
    ("大红袍 首长茶 礼盒 500g", "authority", "review", "首长茶"),
    ("有机大米 院士监制 5kg", "authority", "review", "院士监制"),
    ("净水器 北大实验室认证 厨下式", "authority", "review", "北大实验室认证"),
    ("作训鞋 wj专用 透气 42码", "authority", "review", "wj专用"),
    ("电热水壶 特g 304不锈钢", "authority", "review", "特g"),
    ("苦荞茶 糖友必备 30袋", "medical", "review", "糖友必备"),
    ("护腰带 戴了一个月腰突没了", "medical", "review", "腰突没了"),
    ("运动袜 香港脚 专用 5双", "medical", "review", "香港脚"),
    ("砂锅 排出体内重金属 家用", "medical", "review", "排出体内重金属"),
    ("姜茶 吃了不生病 冬季", "medical", "review", "吃了不生病"),
    ("柠檬茶 fang癌 100g", "medical", "block", "fang癌"),
    ("奶茶店加盟 三个月就回本 设备全", "guarantee", "review", "就回本"),
    ("古树普洱 合同回购 整提", "guarantee", "review", "合同回购"),
    ("生肖金币 五年后值三倍 收藏", "guarantee", "review", "年后值三倍"),
    ("新茶预售 买入就涨 357g", "guarantee", "review", "买入就涨"),
    ("古筝课 包考十级 一对一", "guarantee", "review", "包考十级"),
    ("酵素 包shou十斤 30袋", "guarantee", "block", "包shou"),
    ("财神摆件 旺店 前台", "superstition", "review", "旺店"),
    ("葫芦挂件 招运 车挂", "superstition", "review", "招运"),
    ("玉貔貅 放收银台生意会兴隆", "superstition", "review", "生意会兴隆"),
    ("红色钱夹 钱越装越多 女款", "superstition", "review", "越装越多"),
    ("金蟾摆件 每天来大单 办公室", "superstition", "review", "每天来大单"),
    ("文昌塔 送领导提拔快 摆件", "superstition", "review", "提拔快"),
    ("富贵竹 净化家居气场 水培", "superstition", "review", "净化家居气场"),
    ("佛珠 寺里师父念过经 手串", "superstition", "review", "念过经"),
    ("漫展周边 预订进企鹅裙 徽章", "diversion", "review", "企鹅裙"),
    ("二手单反 定金先付 余款当面结", "diversion", "review", "余款当面结"),
    ("复古夹克 ins: retro.jacket_lab 同款", "diversion", "block", "ins: retro.jacket_lab"),
    ("婴儿米粉 最适合宝宝的辅食", "absolute", "review", "最适合"),
    # round two (429, 430, 431, 435): doctors' and hospitals' endorsements are both authority and medical
    ("婴儿湿巾 医院推荐 80抽", "authority", "review", "医院推荐"),
    ("婴儿湿巾 医院推荐 80抽", "medical", "review", "医院推荐"),
    ("护眼台灯 医生推荐 学生", "authority", "review", "医生推荐"),
    ("抚触油 护士长同款 新生儿", "medical", "review", "护士长同款"),
    ("托腹带 矫正胎位 孕晚期", "medical", "review", "矫正胎位"),
    ("护臀膏 红屁股一次好 30g", "medical", "review", "红屁股一次好"),
    ("菊苣茶 高尿酸福音 30包", "medical", "review", "高尿酸福音"),
    ("艾灸盒 比吃药有用 家用", "medical", "review", "比吃药有用"),
    ("宝宝洗衣液 奶渍百分百洗净", "guarantee", "review", "百分百洗净"),
    ("睡袋 包不踢被 秋冬", "guarantee", "review", "包不踢被"),
    ("月子会所入股 年分红15%", "guarantee", "review", "年分红"),
    ("催乳仪 保证下奶 产后", "guarantee", "review", "保证下奶"),
    ("玛咖片 准有效果 60片", "guarantee", "review", "准有效果"),
    ("人参片 包管用 礼盒", "guarantee", "review", "包管用"),
    ("学习机 数学多考了 初中", "guarantee", "review", "数学多考了"),
    ("直播手机 每条上热门 专用", "guarantee", "review", "每条上热门"),
    ("挂机手机 躺着有进账 工作室", "guarantee", "review", "躺着有进账"),
    ("电竞鼠标 必上王者 轻量", "guarantee", "review", "必上王者"),
    ("水晶球 好运磁场 摆件", "superstition", "review", "好运磁场"),
    ("人参礼盒 赐福 长辈", "superstition", "review", "赐福"),
    ("手机壳 好运附体 红色", "superstition", "review", "好运附体"),
    ("手机链 戴上中了两次彩票", "superstition", "review", "中了两次彩票"),
    ("西洋参 围脖同名 切片", "diversion", "review", "围脖同名"),
    ("鹿茸片 威姓 参茸店", "diversion", "review", "威姓"),
    ("游戏手柄 ⊕V abc123", "diversion", "block", "⊕V abc123"),
    # a medical qualification next to an endorsement word is an endorsement, not exam material
    ("执业医师推荐 治疗失眠 网课", "medical", "block", "治疗"),
]

SESSION_TWENTY_SIX_TRAPS = ["铁锅 用完最好擦干 防锈", "蒸笼 最好蒸前泡水 三层", "牙刷 最好三个月换一次",
                            "炒锅 最好用木铲 不粘", "黄酒 冬季最宜温饮 500ml", "老白茶 煮饮最佳 饼茶",
                            "蜂蜜 温水冲最好 500g", "床单最好反面洗涤 纯棉", "登山杖 最好两根一起用",
                            "积极品格 绘本 套装", "门口处方便挂包 挂钩", "兴旺夫妻店 米粉",
                            "一键更改运动模式 跑步机", "中国酒具 分酒器", "中国礼盒 茶叶", "全包过床垫 床笠",
                            "加V型支撑 靠枕", "加V字加强筋 挡泥板", "验货不过包退 二手手机",
                            "史上最强弟子兼一 漫画", "终极一班 DVD", "北极品牌 羽绒服", "新韭菜 第一刀 5斤",
                            "手机壳 V: Type.C 接口", "价保30天 白鸭绒被", "地板革 全包过道款",
                            "车载冰箱 建议提前30分钟预冷 效果最好",
                            # round two
                            "安全座椅 最好反向安装", "宝宝衣物 最好单独手洗", "练软度最好循序渐进 舞蹈课",
                            "婴儿奶粉 母乳是婴儿最理想的食品", "天官赐福 摆件", "桑葚膏 真空降压浓缩",
                            "宝宝茁壮阳光成长 米粉", "四神药膳包 5包", "凉席 抵消炎热", "大码加V领设计 连衣裙",
                            "蜂蜜膏 最多不超过两勺", "离散数学 计算命题 课程", "数学 展开运算 初中",
                            "平稳过渡 幼小衔接", "帮孩子降压力 心理课", "搬家打包过程 拍照留证",
                            "高中数学 函数的最值与极值", "生物 最高营养级 食物链",
                            "中医执业医师 针灸学 治疗总论 网课", "主管护师 哮喘患儿护理 真题"]

SESSION_TWENTY_SEVEN_HITS = [
    ("东北黑土大米 全省数1数2 10斤", "absolute", "review", "数1数2"),
    ("生态菜园 黄瓜 百分百无农药 5斤", "absolute", "review", "百分百无农药"),
    ("赣南脐橙 甜度1流 10斤", "absolute", "review", "甜度1流"),
    ("自助按摩椅 商场投放 回本无忧", "guarantee", "review", "回本无忧"),
    ("艾灸贴 贴两次就有感觉 30贴", "guarantee", "review", "两次就有感觉"),
    ("护膝 7天有感 加热款", "guarantee", "review", "7天有感"),
    ("招财摆件 财运风生水起 桌面", "superstition", "review", "风生水起"),
    ("粗盐浴包 驱秽气 净身", "superstition", "review", "驱秽气"),
    ("金钱树盆栽 招c进宝 开业", "superstition", "review", "招c进宝"),
    ("女装上新 优惠看个性签名", "diversion", "review", "看个性签名"),
    ("零食批发 个性签名有惊喜", "diversion", "review", "个性签名有"),
    ("耳机 丝聊优惠价", "diversion", "review", "丝聊"),
    ("童装清仓 进裙有惊喜", "diversion", "review", "进裙"),
    ("老花镜 V亻言领券", "diversion", "review", "V亻言领券"),
    ("关注围脖@小店名 抽奖", "diversion", "block", "围脖@小店名"),
    # a doctor's or hospital's endorsement gives both findings, whoever the doctor is
    ("乳胶枕 眼科主任推荐", "medical", "review", "眼科主任推荐"),
    ("乳胶枕 眼科主任推荐", "authority", "review", "眼科主任推荐"),
    ("纯牛奶 营养科主任推荐", "medical", "review", "营养科主任推荐"),
    ("协和专家推荐 益生菌粉", "medical", "review", "协和专家推荐"),
    # round two
    ("护腰 骨科医生推荐", "medical", "block", "骨科医生推荐"),
    ("泡脚包 老中医力推", "medical", "review", "老中医力推"),
    ("平衡板 医院康复科推荐", "medical", "review", "医院康复科推荐"),
    ("平衡板 医院康复科推荐", "authority", "review", "医院康复科推荐"),
    ("白酒 特拱 52度", "authority", "block", "特拱"),
    ("蜂蜜 人民大会tang用", "authority", "block", "人民大会tang"),
    ("坦克模型 八一厂出品", "authority", "review", "八一厂"),
    ("收藏书签 伟人头像 纪念", "authority", "review", "伟人头像"),
    ("人参 中难海同款", "authority", "review", "中难海"),
    ("蛋白粉 大院内部渠道", "authority", "review", "大院内部"),
    ("跳绳 增高助长 中考", "medical", "review", "增高助长"),
    ("牛排 T0P级 原切", "absolute", "review", "T0P级"),
    ("儿童字帖 14天练成好字", "guarantee", "review", "14天练成"),
    ("期末卷 押题百分百 三年级", "guarantee", "review", "押题百分百"),
    ("卡册 买了就能回本 收藏", "guarantee", "review", "就能回本"),
    ("胶原蛋白饮 喝完年轻5岁", "guarantee", "review", "年轻5岁"),
    ("褪黑素软糖 一躺就能睡着", "guarantee", "review", "就能睡着"),
    ("面膜 一盒白两度", "guarantee", "review", "一盒白两度"),
    ("代餐 签约减肥 奶昔", "guarantee", "review", "签约减肥"),
    ("状元文具 戴了升官", "superstition", "review", "戴了升官"),
    ("考试笔 文曲星下凡 套装", "superstition", "review", "文曲星下凡"),
    ("平安扣 普陀山请回来的", "superstition", "review", "普陀山请回来的"),
    ("辣酱 主图扫码 领券", "diversion", "review", "主图扫码"),
    ("海鲜 私戳要价格", "diversion", "review", "私戳"),
    ("手作饼干 私信要链接", "diversion", "review", "私信要链接"),
    ("高中笔记 资料私发", "diversion", "review", "资料私发"),
    ("玩具 d音搜 小店", "diversion", "review", "d音搜"),
    ("积木 k手同名 直播", "diversion", "review", "k手同名"),
    ("川味第一餐饮品牌 底料", "absolute", "block", "第一"),
    ("第一餐具品牌 陶瓷碗", "absolute", "block", "第一"),
]

SESSION_TWENTY_SEVEN_TRAPS = ["红糖 第一锅熬制 古法", "紫菜 第一水采摘 头水", "足弓垫 第一跖骨支撑",
                              "砀山梨 最先成熟的一批", "霜降糖心苹果 10斤", "粗壮阳光玫瑰葡萄 2串",
                              "菌菇 自然通风水分少", "冲锋衣 防风水洗面料", "手电 按一下开光照明",
                              "血压计 最好坐姿测量", "体重秤 最好站姿称重",
                              # round two
                              "退热贴 最好贴在额头 儿童", "额温枪 测温距离3-5cm最佳", "上海第一医药 体温计",
                              "防褥疮气垫床 卧床老人", "老花镜 第一副 高清", "每日第一餐 代餐粉",
                              "独立小包治疗巾 医用 50片", "处方笺 打印纸 定制", "维生素软糖 本品不能治疗疾病",
                              "夜光书包会发光 双肩包", "外包装转运途中磨损 特价", "促进群体协作 桌游",
                              "第一象限 坐标 教具"]

SESSION_TWENTY_EIGHT_HITS = [
    ("猫罐头 极限低价 整箱", "absolute", "review", "极限低价"),
    ("纸尿裤 底价中的底价 L码", "absolute", "review", "底价中的底价"),
    ("车载冰箱 政fu采购 12V", "authority", "review", "政fu采购"),
    ("办公桌 公检法用车 配套坐垫", "authority", "block", "公检法"),
    ("文竹盆栽 央媒力荐 书房", "authority", "review", "央媒力荐"),
    ("护眼灯 眼科大夫让买的 学生", "medical", "review", "大夫让买"),
    ("晕车贴 代替晕车药 儿童", "medical", "review", "代替晕车药"),
    ("猫咪营养膏 抗传腹 幼猫", "medical", "review", "抗传腹"),
    ("宝宝口水巾 防口周炎 纱布", "medical", "review", "防口周炎"),
    ("护臀膏 比医院开的药膏还管用", "medical", "review", "比医院开的药膏还管用"),
    ("胎压监测 包用包好 无线", "guarantee", "review", "包用包好"),
    ("老白茶饼 明年只会更贵 357g", "guarantee", "review", "明年只会更贵"),
    ("共享洗车机 90天收回成本", "guarantee", "review", "90天收回成本"),
    ("刷题软件 学员都上岸了 会员", "guarantee", "review", "学员都上岸了"),
    ("信号增强贴 必满格 手机", "guarantee", "review", "必满格"),
    ("邮票年册 买来就升值 收藏", "guarantee", "review", "买来就升值"),
    ("娃娃机投放 坐等收钱 商场", "guarantee", "review", "坐等收钱"),
    ("老酒 价格翻几番 收藏", "guarantee", "review", "价格翻几番"),
    ("抗皱霜 一抹除皱 30g", "guarantee", "review", "一抹除皱"),
    ("蟑螂药 一撒包死 厨房", "guarantee", "review", "一撒包死"),
    ("杀虫剂 包杀蚜虫 月季", "guarantee", "review", "包杀蚜虫"),
    ("狗狗鱼油 毛色必亮 200ml", "guarantee", "review", "毛色必亮"),
    ("高考冲刺卷 成绩提高50分", "guarantee", "review", "成绩提高50分"),
    ("婴儿米粉 7天长胖 高能量", "guarantee", "review", "7天长胖"),
    ("幼升小面试课 苞过", "guarantee", "block", "苞过"),
    ("貔貅手机壳 发cai 金色", "superstition", "review", "发cai"),
    ("鱼缸 风shui摆件 客厅", "superstition", "review", "风shui"),
    ("考试文具 学霸符 书签", "superstition", "review", "学霸符"),
    ("准考证夹 考前拜过孔子 开学", "superstition", "review", "拜过孔子"),
    ("中性笔 文庙祈福 考试", "superstition", "review", "文庙祈福"),
    ("红色宝宝衣 旺父母 百天", "superstition", "review", "旺父母"),
    ("閞光 黄铜貔貅 摆件", "superstition", "block", "閞光"),
    ("平板特价 复制链接到浏览器打开", "diversion", "review", "复制链接到浏览器"),
    ("装修报价 长按识别二维码", "diversion", "review", "长按识别二维码"),
    ("女装上新 加个好友 第一时间通知", "diversion", "review", "加个好友"),
    ("网课资料 下单后客服拉群", "diversion", "review", "客服拉群"),
    ("实木床 价格s聊", "diversion", "review", "s聊"),
    ("奶粉试用装 jia V 领", "diversion", "review", "jia V"),
    ("绘本电子版 网pan链接", "diversion", "review", "网pan链接"),
    ("滇红 最佳红茶 古树晒红 250g", "absolute", "block", "最佳"),
    ("营养土 最佳配方 养花种菜40升", "absolute", "block", "最佳"),
    ("改运行李箱 红色 24寸", "superstition", "block", "改运"),
]

SESSION_TWENTY_EIGHT_TRAPS = ["养鱼新手第一缸 鱼缸套装", "番茄苗 第一片真叶后移栽", "双录记录仪 第1路前摄",
                              "牛顿第一定律 物理实验箱", "英语课 最好从音标开始学", "点烟器降压线 记录仪",
                              "临床执业助理 肿瘤学 抗癌药物 题库", "康复治疗师考试 颈椎病康复治疗 真题",
                              "执业医师 内科学 高血压的治疗 讲义", "偏远地区需转运 收纳箱", "会员代充 充值失败原路退款",
                              "电瓶线 正负极品质纯铜", "独特供电设计 台灯", "干果 每包过秤 足量",
                              "草根治理 社会学 专业课", "PLC课程 修改运行参数", "避开光照直射 遮阳网",
                              "育苗土 培育茁壮阳台菜苗", "贴膜 自动修复细小划痕", "宝宝最好奇的翻翻书",
                              "多肉最怕积水 颗粒土", "睡袋 适合最冷的三九天", "浴盆 最高水位线 带温度计",
                              "经济学 帕累托最优 专题", "粉底刷 最佳用法 打湿后挤干", "花雕酒 最佳陈放环境阴凉",
                              "最佳钓深1-3米 浮漂", "最佳行驶速度80-100km/h 节能胎", "最适宜北方种植 枣树苗",
                              "立冬前后最适合种 大蒜种", "治疗性杀菌剂 防治叶斑病", "种薯处理剂 预防晚疫病 拌种",
                              "果树修剪 伤口愈合剂 涂抹", "植物抗病毒剂 番茄病毒病", "化肥 减肥增效 测土配方",
                              "密植增加群体 小麦种子", "药害解毒剂 芸苔素"]


# One test per kind over the tables above, each written when blind batches guided a change.
SESSION_TWENTY_NINE_HITS = [
    ("益智积木 孩子多动症好了", "medical", "block", "多动症好了"),
    ("助眠音乐盒 调理植物神经紊乱", "medical", "block", "调理植物神经紊乱"),
    ("老花镜 戴三个月逆转老花眼", "medical", "block", "逆转老花眼"),
    ("护腰坐垫 腰突患者专用", "medical", "review", "患者专用"),
    ("护腰枕 外科主任也在用", "medical", "review", "科主任也在用"),
    ("潮玩盲盒 保底出隐藏 整盒", "guarantee", "review", "保底出隐藏"),
    ("限量雕像 坐等涨价", "guarantee", "review", "坐等涨价"),
    ("卡牌整盒 稳回本", "guarantee", "review", "稳回本"),
    ("记忆棉枕头 包睡得好", "guarantee", "review", "包睡得好"),
    ("葫芦摆件 入户纳福", "superstition", "review", "纳福"),
    ("八卦镜 玄关纳气", "superstition", "review", "纳气"),
    ("貔貅手串 戴上运气越来越好", "superstition", "review", "运气越来越好"),
    ("龙凤被 wang夫 婚庆", "superstition", "block", "wang夫"),
    ("手办上新 vie信同步", "diversion", "review", "vie信"),
    ("乳胶床垫 最佳床垫品牌 20cm", "absolute", "block", "最佳"),
]

SESSION_TWENTY_NINE_TRAPS = ["衣柜 从第一格到第三格放被子", "床垫 最外圈加固弹簧", "绿萝盆栽 最好靠窗摆放",
                             "立式钢琴 最好离墙5cm", "平光眼镜 本品不能矫正视力", "防蓝光眼镜 不能预防近视",
                             "统一流线外观 机械键盘", "防风水晶灯罩 户外", "渐进多焦点镜片 中央视野清晰",
                             "抗疲劳镜片 1.67 非球面", "铁甲万能侠 合金模型"]


SESSION_THIRTY_HITS = [
    ("榜1款 蓝牙音箱 户外", "absolute", "review", "榜1"),
    ("极限轻薄 羽绒服 男", "absolute", "review", "极限轻薄"),
    ("不粘锅 百分百不粘 28cm", "absolute", "review", "百分百不粘"),
    ("油烟机清洗剂 去除所有油污", "absolute", "review", "去除所有油污"),
    ("最适合宝宝的奶瓶 防胀气", "absolute", "review", "最适合"),
    ("国字号定制 运动服", "authority", "review", "国字号"),
    ("tg版 白酒 礼盒", "authority", "review", "tg版"),
    ("战术背包 武j专用", "authority", "block", "武j专用"),
    ("医院儿科推荐 婴儿湿巾", "medical", "review", "医院儿科推荐"),
    ("护士小姐姐都在用 护手霜", "medical", "review", "护士小姐姐都在用"),
    ("医生家里用的 空气净化器", "medical", "review", "医生家里用的"),
    ("护颈枕 yi生推荐", "medical", "block", "yi生推荐"),
    ("按摩内衣 乳腺结节消失了", "medical", "block", "乳腺结节消失"),
    ("消毒液 杀灭新冠病毒", "medical", "block", "杀灭"),
    ("野钓饵料 必上大鱼", "guarantee", "review", "必上大鱼"),
    ("鱼饵 保准上口", "guarantee", "review", "保准上口"),
    ("代餐粉 wxtk", "guarantee", "review", "wxtk"),
    ("丰胸贴 一个月变D杯", "guarantee", "review", "一个月变D杯"),
    ("塑身衣 秒变小蛮腰", "guarantee", "review", "秒变小蛮腰"),
    ("束腰带 肚腩一定没了", "guarantee", "review", "肚腩一定没了"),
    ("会计培训 稳pass", "guarantee", "review", "稳pass"),
    ("摆摊烤肠机 日入几千", "guarantee", "review", "日入几千"),
    ("铁锅 包你做出饭店味", "guarantee", "review", "包你做出"),
    ("奶茶机 30天回夲", "guarantee", "block", "回夲"),
    ("钓竿 断竿终身包换", "guarantee", "review", "终身包换"),
    ("貔貅摆件 招来鸿运", "superstition", "review", "招来鸿运"),
    ("开业摆件 生意果然越来越好", "superstition", "review", "生意果然越来越好"),
    ("葫芦挂件 入户纳fu", "superstition", "review", "纳fu"),
    ("户外灯 公仲号同款", "diversion", "review", "公仲号"),
    ("定制手机壳 wei1xin 联系", "diversion", "review", "wei1xin"),
    ("二手相机 薇❤同号", "diversion", "review", "薇❤同号"),
    # round two (482)
    ("蕞舒服的瑜伽裤 高腰", "absolute", "review", "蕞舒服"),
    ("嘬轻 碳纤维自行车", "absolute", "review", "嘬轻"),
    ("解放军训练同款 战术手套", "authority", "review", "解放军训练同款"),
    ("康复医院推荐 握力器", "medical", "review", "康复医院推荐"),
    ("驾校 包考过 科目二", "guarantee", "review", "包考过"),
    ("二手跑步机 保底回购", "guarantee", "review", "保底回购"),
    ("健腹轮 一定能练出腹肌", "guarantee", "review", "一定能练出腹肌"),
    ("麻将桌 手气爆棚", "superstition", "review", "手气爆棚"),
    ("复古单车 骑上发财", "superstition", "review", "骑上发财"),
]

#: 最适合 without a 的 after it says what the goods suit (a usage tip) since this session; 最适合宝宝的 stays review.
SESSION_THIRTY_TRAPS = ["汽车座垫 最适合五座轿车", "露营灯 最适合帐篷内悬挂", "登山杖 下坡最好调长10cm",
                        "电蚊拍 最好离人1米使用", "真丝围巾 冷水手洗最佳", "儿童帐篷 孩子的第一顶小城堡", "天幕 最佳搭建场地为沙地",
                        "压力锅配件 降压阀 通用", "充气沙发 不易降压 加厚", "登山社团T恤定制 全部队员同款",
                        "84消毒片 可杀灭肠道致病菌 泡腾片", "海钓竿 质保两年 非人为断竿包换", "户外防风水壶 保温",
                        "毛巾 同一流水线生产", "精美白瓷茶杯 礼盒", "灭蚊气雾剂 药效测定合格", "环保袋 杜绝对环境的污染",
                        "拆开光触媒贴即用 除醛", "泡茶器 冲泡红茶最好90℃",
                        # round two (482)
                        "加微弹牛仔裤 男", "护身软甲 防刺", "太极品牌 陶瓷杯", "山地车 胎压最好打到50psi",
                        "按摩椅 饭后1小时再用最好"]


SESSION_THIRTY_ONE_HITS = [
    ("扫地机器人 采用最新技术 自动集尘", "absolute", "review", "最新技术"),
    ("智能手表 最新黑科技 心率监测", "absolute", "review", "最新黑科技"),
    ("护腰坐垫 三甲医生推荐 久坐", "medical", "block", "三甲医生推荐"),
    ("按摩枕 缓解腰突 办公室", "medical", "review", "缓解腰突"),
    ("握力球 用了再也不手抖", "medical", "block", "再也不手抖"),
    ("鼻通香囊 一闻就通 薄荷", "medical", "block", "一闻就通"),
    ("控笔字帖 7天就能写好字 小学生", "guarantee", "review", "7天就能写好字"),
    ("硬笔字帖 10天写出好字", "guarantee", "review", "10天写出好字"),
    ("钢琴教材 考级一次过 初级", "guarantee", "review", "考级一次过"),
    ("作文辅导 卷面都是满分", "guarantee", "review", "卷面都是满分"),
    ("普洱茶饼 放几年后就值钱", "guarantee", "review", "放几年后就值钱"),
    ("金条 保値增値", "guarantee", "block", "保値增値"),
    ("铜葫芦摆件 助升职 办公室", "superstition", "review", "助升职"),
    ("石榴挂画 旺人丁 客厅", "superstition", "review", "旺人丁"),
    ("紫砂壶 政俯采购 礼品", "authority", "block", "政俯采购"),
    ("女装上新 进私域群领券", "diversion", "review", "进私域群"),
    ("手工皂 客服v发实拍", "diversion", "review", "客服v发"),
    ("二手游戏机 球球私聊", "diversion", "review", "球球私聊"),
    # round two (492, 494, 495, 498)
    ("戚风预拌粉 新手0失败", "guarantee", "review", "0失败"),
    ("舒芙蕾粉 失败率为零", "guarantee", "review", "失败率为零"),
    ("酸奶发酵剂 一次成功", "guarantee", "review", "一次成功"),
    ("金蟾摆件 吸金 收银台", "superstition", "review", "吸金"),
    ("五色杂粮 五行平衡", "superstition", "review", "五行平衡"),
    ("相亲活动票 参加必定脱单", "superstition", "review", "必定脱单"),
    ("年货礼盒 来年大发", "superstition", "review", "来年大发"),
    ("教程链接见评论区 手工材料", "diversion", "review", "教程链接见评论区"),
    ("薇❤咨询 手工皂", "diversion", "review", "薇❤咨询"),
    ("👉V看实拍 二手包", "diversion", "review", "V看实拍"),
    ("政法系统专供 茶叶", "authority", "review", "政法系统专供"),
    ("护眼灯 弱视训练", "medical", "review", "弱视训练"),
    ("网课平板 包过期末", "guarantee", "block", "包过期末"),
    ("燃气灶 好运自来", "superstition", "review", "好运自来"),
    ("热水器 找客服要v 领券", "diversion", "block", "找客服要v"),
    ("油烟机 微同电 展示机", "diversion", "block", "微同电"),
    ("纸尿裤 100%不会侧漏", "absolute", "review", "100%不会侧漏"),
    ("月经杯 漏了退款", "guarantee", "review", "漏了退款"),
    ("护垫 改善白带异常", "medical", "review", "改善白带异常"),
    ("女性洗液 对滴虫有效", "medical", "review", "滴虫"),
    ("月经杯 妇科大夫推荐", "medical", "block", "妇科大夫推荐"),
    ("备孕 卫生巾 用完就有喜", "superstition", "review", "用完就有喜"),
    ("护理液 佛前供奉49天", "superstition", "review", "供奉49天"),
    ("暖宫贴 戳简介有福利", "diversion", "review", "戳简介有福利"),
    ("央sh推荐 热水器", "authority", "block", "央sh推荐"),
    # 493 (religious and funeral supplies)
    ("菊花花圈 烈士陵园指定", "authority", "review", "烈士陵园指定"),
    ("线香 三甲院长推荐", "medical", "review", "三甲院长"),
    ("文昌塔 保考高分", "guarantee", "review", "保考高分"),
    ("殡葬加盟 半年回笼资金", "guarantee", "review", "半年回笼资金"),
    ("墓碑 荫护后代", "superstition", "review", "荫护后代"),
    ("暖宫贴 治宫寒", "medical", "block", "治宫寒"),
    ("艾草腰带 祛宫寒", "medical", "review", "祛宫寒"),
]

SESSION_THIRTY_ONE_TRAPS = ["大度对开光面纸 画册印刷 200g", "咖啡手冲 最佳加水量按粉水比1:15", "光影花开光影灯 床头氛围",
                            "毛笔 笔杆轻便转运笔灵活 狼毫", "太极品茗 紫砂茶具套装", "貔貅摆件 工艺品 无开光 黄铜",
                            # round two (492, 494, 495, 498); 暖宫腰带 is a heated belt's name since this round
                            "景区门票 东门第一检票口 扫码入园", "夏令营 本期第一团 7月出发", "观影券 最佳观影位在中排",
                            "健身卡 饭后1小时锻炼最佳", "密室逃脱 终极关卡 4人券", "演出票 演出取消全额退款",
                            "酒店套餐 逾期无效 退款原路返回", "自驾游 必过跨海大桥 三日", "洗衣机 真丝最好用轻柔程序",
                            "洗衣机 送万能进水接头", "冰箱 整机质保本地售后", "暖宫贴 最好隔着衣物贴",
                            "月经杯 每盒唯一防伪编码", "卫生巾礼盒 外包过透明膜", "暖宫腰带 石墨烯 充电款",
                            "蘸饺子最合适 香醋 500ml", "与咖啡最配 手工饼干", "产后内裤 搭扣扣合 纯棉",
                            # 493
                            "金光明最胜王经 大字版", "降魔杵 纯铜法器", "往生被 已包过边", "中国礼佛文化 供具",
                            "寿衣 尺码不合包换"]


SESSION_THIRTY_TWO_HITS = [
    ("录音笔 转写精准度100% 会议", "absolute", "review", "精准度100"),
    ("助行器 百分百防侧翻 铝合金", "absolute", "review", "百分百防侧翻"),
    ("点读机 满分有保障 小学", "guarantee", "review", "满分有保障"),
    ("作文课 次次拿高分 三年级", "guarantee", "review", "次次拿高分"),
    ("英语网课 轻松进班级前十", "guarantee", "review", "轻松进班级前"),
    ("单词机 儿子英语从45考到110", "guarantee", "review", "考到"),
    ("羊奶粉 喝完马上有劲 中老年", "guarantee", "review", "马上有劲"),
    ("考试笔 考神附身 中性笔", "superstition", "review", "考神附身"),
    ("银手镯 老人戴着添寿", "superstition", "review", "戴着添寿"),
    ("书包 五xing补金 学生", "superstition", "block", "五xing补金"),
    ("积木 抽动症 精细动作", "medical", "review", "抽动症"),
    ("早教机 语言迟缓宝宝 跟读", "medical", "review", "语言迟缓"),
    ("故事机 结巴矫正 跟读", "medical", "review", "结巴矫正"),
    ("助听器 耳朵再也不嗡嗡叫", "medical", "review", "再也不嗡嗡叫"),
    ("感统玩具 言语治疗师都在用", "medical", "review", "言语治疗师都在用"),
    ("护眼台灯 眼科同款 学生", "medical", "review", "眼科同款"),
    ("老人鞋 大夫都建议穿", "medical", "review", "大夫都建议"),
    ("护膝 骨科专家研发 老寒腿", "medical", "review", "骨科专家研发"),
    # round two (510)
    ("婴儿床单 百分之百无甲醛 纯棉", "absolute", "review", "百分之百无甲醛"),
    ("新生儿睡袋 祛黄疸 纯棉", "medical", "block", "祛黄疸"),
    ("儿童背心 止盗汗 纱布", "medical", "block", "止盗汗"),
    ("学步鞋 儿医推荐 软底", "medical", "review", "儿医推荐"),
    ("围棋道服 保晋级 少儿", "guarantee", "review", "保晋级"),
    ("舞蹈服 比赛稳拿一等奖", "guarantee", "review", "稳拿一等奖"),
    ("轮滑课 三天保会 送护具", "guarantee", "review", "三天保会"),
    ("童装代理 跟我干一年提车", "guarantee", "review", "一年提车"),
    ("童鞋清仓 主图右下角电话", "diversion", "review", "主图右下角电话"),
]

SESSION_THIRTY_TWO_TRAPS = ["显微镜 最佳观察倍数40倍 入门", "洗衣液 水温30℃时洗涤效果最佳", "手机 赠碎屏险 免费换屏一次",
                            "地震台风水灾 科普挂图", "网课平板 加微课资源包", "证件套 确保证件平整",
                            "毛绒公仔 女儿说最喜欢", "错题本 第3次考到98分时记录",
                            # round two (510)
                            "卫衣 新加群青色", "公主裙 可加裙撑"]


SESSION_THIRTY_THREE_HITS = [
    ("律动机 行业龙头 家用", "absolute", "block", "行业龙头"),
    ("猫砂 别家都比不上我们家", "absolute", "block", "都比不上我们家"),
    ("小龙虾苗 致富经推荐 稻田", "authority", "review", "致富经推荐"),
    ("茶叶 nei供 特级", "authority", "review", "nei供"),
    ("肉鸡开口料 防鸡白痢", "medical", "block", "防鸡白痢"),
    ("鹅饲料 小鹅瘟再也不怕", "medical", "review", "小鹅瘟再也不怕"),
    ("对虾料 红腿拜拜", "medical", "review", "红腿拜拜"),
    ("矫正鞋垫 zl扁平足 儿童", "medical", "block", "zl"),
    ("降噪耳机 听力修复 学生", "medical", "block", "听力修复"),
    ("膳食纤维粉 肠道清道夫", "medical", "block", "肠道清道夫"),
    ("护膝 驱风除湿 加热", "medical", "block", "驱风除湿"),
    ("足浴盆 心内科专家力荐", "medical", "block", "心内科专家力荐"),
    ("污水处理设备 保证排放达标", "guarantee", "review", "保证排放达标"),
    ("奶茶设备 开店快速回本", "guarantee", "review", "快速回本"),
    ("热水器 包用十五年", "guarantee", "block", "包用十五年"),
    ("招财猫摆件 摆了之后生意越做越好", "superstition", "review", "摆了之后生意越做越好"),
    ("红绳手链 系上好运连连", "superstition", "review", "系上好运连连"),
    ("罗盘 风sui 摆件", "superstition", "review", "风sui"),
    ("配件批发 十vx：parts88", "diversion", "block", "十vx：parts88"),
    # round two (520, 521)
    ("徒步护膝 防风湿 加绒", "medical", "block", "防风湿"),
    ("颈椎枕 医院院长推荐", "medical", "block", "医院院长推荐"),
    ("氧气机 鼻炎再没发作", "medical", "block", "鼻炎再没发作"),
    ("氧吧 哮chuan不再发作", "medical", "block", "哮chuan不再发作"),
    ("理财课 每年固定收益", "guarantee", "review", "每年固定收益"),
    ("美颜灯 涨粉翻倍 主播", "guarantee", "review", "涨粉翻倍"),
    ("剪辑课 学完包派单", "guarantee", "review", "包派单"),
    ("驾照科目一 包一次过", "guarantee", "review", "包一次过"),
    ("商务座椅套 局长座驾", "authority", "block", "局长座驾"),
    ("车载冰箱 大使馆用车", "authority", "block", "大使馆用车"),
    ("轮胎 拍前加个微信", "diversion", "block", "加个微信"),
    ("手表 不在平台交易 同城", "diversion", "block", "不在平台交易"),
    ("相机 咨询移步朋友圈", "diversion", "review", "移步朋友圈"),
    ("搬家服务 l5O0l234567", "diversion", "block", "l5O0l234567"),
]

SESSION_THIRTY_THREE_TRAPS = ["儿童书桌 桌面最好高于肘部5cm", "电子秤 最好晨起空腹称重", "护手霜 最好揉匀后再涂抹",
                              "蛋白粉 最好用豆浆冲调", "鱼饲料 最佳投喂量以五分钟吃完为准", "电焊条 最佳焊接电流看板厚",
                              "冲压模具 第一工序落料", "数控车床 活顶尖 莫氏4号", "熔接机 剥开光缆后熔接",
                              "螺纹钢 不合格包退 可验货", "药用铝箔 泡罩包装", "羊舔砖 不能治病 营养补充",
                              "小夜灯 开光感模式", "氩弧焊 钨极品种齐全",
                              # round two (520, 521)
                              "无人机 加V口电池转接板", "记录仪 型号VX-200 720P", "相机 机身号05712345678 可查",
                              "二手车 火烧车查实包退 可检测", "汽车减震 平稳过坎", "集邮册 第一组 生肖票",
                              "空调温度最好比室外低8度", "镜头 夜拍最好开大光圈"]


SESSION_THIRTY_FOUR_HITS = [
    ("茶饮料 笫一品牌 无糖", "absolute", "block", "笫一品牌"),
    ("护手霜 2分钟见効 保湿", "guarantee", "block", "见効"),
    ("皇冠级口感 巧克力礼盒", "absolute", "review", "皇冠级口感"),
    ("医用口罩 百分百防护 独立装", "absolute", "review", "百分百防护"),
    ("抽纸 扬视推荐 家用", "authority", "block", "扬视推荐"),
    ("蜂蜜 YS推荐 土蜂蜜", "authority", "review", "YS推荐"),
    ("办公椅 jg单位采购 人体工学", "authority", "block", "jg单位采购"),
    ("公务员考试 党校内部资料 申论", "authority", "block", "党校内部资料"),
    ("降糖饼干 吃了终于可以停降糖药", "medical", "block", "可以停降糖药"),
    ("保健枕 老中医亲荐 荞麦", "medical", "block", "老中医亲荐"),
    ("护腰 医生给开的 钢板", "medical", "review", "医生给开的"),
    ("考研数学 稳上一本线 冲刺班", "guarantee", "block", "稳上一本线"),
    ("作文课 从倒数50名冲进班级前十", "guarantee", "review", "名冲进班级前十"),
    ("英语课 七天提高30分 初中", "guarantee", "block", "提高30分"),
    ("口才课 21天变口才高手", "guarantee", "block", "变口才高手"),
    ("瘦腿袜 三天腿细3cm", "guarantee", "block", "腿细3cm"),
    ("桃木梳 附赠和合术", "superstition", "block", "和合术"),
    ("福字挂件 增强福气 门口", "superstition", "review", "增强福气"),
    ("艾草包 去hui气", "superstition", "block", "去hui气"),
    ("丝袜 头像有二维码 批发", "diversion", "review", "头像有二维码"),
    ("团购 进钉钉 福利", "diversion", "review", "进钉钉"),
    # round two (527, 530, 531, 534)
    ("排位代练 包上星耀 手工", "guarantee", "block", "包上星耀"),
    ("抽卡代抽 包出六星 按抽计费", "guarantee", "block", "包出六星"),
    ("搬砖号 每天稳挣 老号", "guarantee", "block", "每天稳挣"),
    ("代肝 不达标我倒贴钱", "guarantee", "review", "我倒贴"),
    ("口红 国货第Ⅰ 正红", "absolute", "block", "国货第Ⅰ"),
    ("钓鱼佬 ωx：diao_yu88 批发", "diversion", "block", "ωx：diao_yu88"),
    ("老年奶粉 防老年ci呆", "medical", "block", "防老年ci呆"),
    ("降温贴 中shu急救 工地", "medical", "review", "中shu急救"),
    ("艾草蚊香 温经散寒 家用", "medical", "review", "温经散寒"),
    ("驱蚊手环 防乙脑 儿童", "medical", "block", "防乙脑"),
    ("碱性水 解决胃胀反酸 整箱", "medical", "block", "解决胃胀反酸"),
    ("弱碱水 百病之源 酸性体质", "medical", "review", "百病之源"),
    ("富氢水杯 七天改善体质", "guarantee", "block", "改善体质"),
    ("美白饮 白三度 女", "guarantee", "review", "白三度"),
    ("净水器 水质检测包合格", "guarantee", "review", "检测包合格"),
    ("流量卡代理 睡后收入 零成本", "guarantee", "review", "睡后收入"),
    ("靓号 月入五位数 代理", "guarantee", "review", "月入五位数"),
    ("靓号 今年翻了两倍 尾号8888", "guarantee", "review", "翻了两倍"),
    ("维修 全城一流技术 当天取", "absolute", "block", "全城一流"),
    ("靓号 尊贵无双 尾号6666", "absolute", "block", "尊贵无双"),
    ("屏幕 百分百原厂品质 换屏", "absolute", "review", "百分百原厂品质"),
    ("遮阳伞 国旗班同款 黑胶", "authority", "block", "国旗班同款"),
    ("冰袖 战士们站岗都戴这款 迷彩", "authority", "block", "战士们站岗都戴这款"),
    ("饮水机 放家里财自然来", "superstition", "review", "财自然来"),
    ("汽车摆件 旺车运 平安", "superstition", "review", "旺车运"),
    ("电风扇 fs布局 客厅", "superstition", "review", "fs布局"),
    ("手机号 易经选号 吉祥", "superstition", "review", "易经选号"),
    ("红包封面 zc进宝 新年", "superstition", "review", "zc进宝"),
    ("心率手环 我爸心脏病没再犯过", "medical", "block", "心脏病没再犯过"),
    ("水票 看图联系 桶装水", "diversion", "review", "看图联系"),
    ("富氢水 扫下方二维码进店", "diversion", "review", "扫下方二维码"),
    ("泳衣 ins同号 度假", "diversion", "review", "ins同号"),
]

SESSION_THIRTY_FOUR_TRAPS = ["二手教材 书皮已包过 品相好", "企业运转运营 管理课", "精神药理学 教材 第5版",
                             "凉感T恤 一穿打消炎热", "弹力袜 梯度降压 中筒", "护膝 款号NO.1 加厚",
                             "广播剧 最好用耳机收听", "额温枪 感应细微信号", "口罩 单独家用装 50只",
                             # round two (527, 530, 531, 534)
                             "魔兽世界 治疗职业代练 奶骑", "三国志 第一赛季 开荒代练", "游戏账号 平台担保本人实名", "抢红包赢皮肤 新春活动", "遮阳伞 伞顶尖角包胶",
                             "饮水机 加水最高不超过刻度线", "滤芯更换 最先换前置PP棉", "充电器 智能降压 快充头", "免流卡 叠加微信定向流量", "携号转运营商 代办",
                             "代充 客服不会让你加微信", "游戏币 拒绝线下交易", "净水滤芯 不适配包退换", "新电池最好充满再用", "充电最好用原装充电头",
                             "电池最佳充电区间20%-80%", "Q币 QQ号直充 秒到", "台扇 增加微风档", "婚礼统一流程卡", "冷风水冷空调扇 家用"]

#: Thirty-fifth session (batches 536, 537, 540 and 541), my own examples: a dash for 一 after 第 and a heart for 信
#: before a handle, l00 for 100, numbing and nail-fungus claims, tattoo-retention and savings guarantees, divination in
#: trading, and pointers to a QR code or an address in the pictures; traps from salon goods, plants and finance terms.
SESSION_THIRTY_FIVE_HITS = [
    ("茶饮料 行业第—品牌 无糖", "absolute", "block", "行业第—"),
    ("洗衣液 第-名销量 家用", "absolute", "block", "第-名"),
    ("护肤套装 唯-款 敏感肌可用", "absolute", "block", "唯-"),
    ("二手镜头 V❤:mm668 成色好", "diversion", "block", "V❤:mm668"),
    ("女装批发 嶶❤ yy520 档口", "diversion", "block", "嶶❤ yy520"),
    ("英语四级 l00%通过 真题", "guarantee", "block", "l00%通过"),
    ("眉笔 纹眉前敷麻膏 局部麻醉", "medical", "block", "敷麻膏"),
    ("纹身膏 ma醉无痛 纹身店用", "medical", "block", "ma醉无痛"),
    ("护甲液 根除甲真菌 10ml", "medical", "block", "根除甲真菌"),
    ("睫毛增长液 改善倒睫 温和", "medical", "block", "改善倒睫"),
    ("儿童面霜 护士长都说好 宝宝用", "medical", "block", "护士长都说好"),
    ("安神茶 代替💊 助眠", "medical", "block", "代替💊"),
    ("绿萝盆栽 医院病房专用 净化", "medical", "block", "医院病房专用"),
    ("半永久雾眉 包留色 工作室", "guarantee", "block", "包留色"),
    ("纹绣课程 bz留色 学员", "guarantee", "block", "bz留色"),
    ("科目一 宝过班 包接送", "guarantee", "block", "宝过班"),
    ("理财课 保你攒下首付 入门", "guarantee", "block", "保你攒下"),
    ("记账本 保您存够 年度款", "guarantee", "block", "保您存够"),
    ("炒币课程 年翻十倍 实盘", "guarantee", "block", "年翻十倍"),
    ("除醛喷雾 三天甲醛清零 新房", "guarantee", "review", "甲醛清零"),
    ("教资面试 用过的都过了 真题", "guarantee", "review", "的都过了"),
    ("外汇课 稳定盈利 跟单", "guarantee", "review", "稳定盈利"),
    ("记账APP 轻松攒下十万 年卡", "guarantee", "review", "轻松攒下十万"),
    ("股票课 易经择时 进场点", "superstition", "block", "易经择时"),
    ("期货软件 看黄历下单 日内", "superstition", "block", "看黄历下单"),
    ("选股器 玄学选股 年卡", "superstition", "block", "玄学选股"),
    ("金元宝摆件 福禄寿加持 客厅", "superstition", "block", "福禄寿加持"),
    ("炒股课 卦象看涨跌 短线", "superstition", "block", "卦象看涨跌"),
    ("彩票软件 按八字选号 双色球", "superstition", "block", "按八字选号"),
    ("平安符 寺庙里供过的 车挂", "superstition", "block", "寺庙里供过"),
    ("理财课 学完财运亨通 入门", "superstition", "block", "学完财运亨通"),
    ("和田玉镯 宜夫益子 送老婆", "superstition", "review", "宜夫益子"),
    ("观音挂画 保全家平安 客厅", "superstition", "review", "保全家平安"),
    ("文昌塔 书房摆放 代代出状元", "superstition", "review", "代代出状元"),
    ("资料包 网址见主图 自取", "diversion", "review", "网址见主图"),
    ("搬家服务 联系电话见详情 同城", "diversion", "review", "联系电话见详情"),
    ("美甲贴 主图有二维码 批发", "diversion", "review", "主图有二维码"),
    ("穿戴甲 扫码看主图 款式多", "diversion", "review", "扫码看主图"),
    ("灭鼠药 第三张二维码 批量", "diversion", "review", "第三张二维码"),
    ("剪辑课 嘀我拉群 教学", "diversion", "review", "嘀我"),
    ("理财规划 企微一对一 咨询", "diversion", "block", "企微一对一"),
    ("实木茶几 sl拿底价 工厂", "diversion", "review", "sl拿底价"),
]

SESSION_THIRTY_FIVE_TRAPS = ["美甲灯 一键开光 三档定时", "开光疗甲店 美甲灯套装", "光疗效果持久 甲油胶", "甲油胶 No.1-No.24 全色号", "纹身贴 最佳粘贴部位 手腕",
                             "补水面膜 最佳频率每周两次", "显示器支架 最佳显示分辨率2K", "灭蟑饵剂 最好沿墙角投放", "蓝莓苗 最喜酸性土 盆栽", "放射土壤杆菌 防治根癌病 菌剂",
                             "梭梭苗 扎根治沙 防风", "第一创业证券 开户讲解课", "第一桶金 儿童存钱罐", "第一主成分分析 统计课", "绝对收益策略 私募研究", "最优投资组合 理论课",
                             "期货最小变动价位 规则讲解"]

#: Its second round (batches 543, 544, 547, 548 and 550): 最好 + a verb + 的, old variants of 最, numbing of
#: dry eyes and myopia told as results, pets and trading guarantees, ✚ before a contact word, 💰 after 招; traps from
#: eyewear, music, pet drugs, kitchen tips and disclaimers.
SESSION_THIRTY_FIVE_ROUND_TWO_HITS = [
    ("隐形眼镜 最 好 戴 的 日抛", "absolute", "block", "最 好 戴 的"),
    ("电子琴 㝡好用 入门款", "absolute", "block", "㝡好"),
    ("破壁机 央视纪录片拍摄工厂 家用", "authority", "block", "央视纪录片拍摄"),
    ("狗粮 缉毒犬专用粮 高能量", "authority", "block", "缉毒犬专用粮"),
    ("猫粮 老首长家的猫也吃 鱼肉味", "authority", "block", "老首长家"),
    ("空气炸锅 yangshi推荐 大容量", "authority", "block", "yangshi推荐"),
    ("猫砂 政府扶持龙头企业 结团", "authority", "review", "政府扶持龙头企业"),
    ("蒸汽眼罩 根除干眼 加热", "medical", "block", "根除干眼"),
    ("净水杯 去结石 滤芯", "medical", "block", "去结石"),
    ("猫咪营养膏 执业兽医师推荐 补充能量", "medical", "block", "执业兽医师推荐"),
    ("训练眼镜 戴三个月摘掉眼镜 学生", "medical", "review", "摘掉眼镜"),
    ("护眼仪 度数回退 儿童", "medical", "review", "度数回退"),
    ("视力贴 近视有救了 青少年", "medical", "review", "近视有救了"),
    ("洗眼液 K菌消Y 清洁", "medical", "review", "菌消Y"),
    ("太极球 手抖都好了 老人", "medical", "review", "手抖都好了"),
    ("儿童营养粉 Dr推荐 成长", "medical", "review", "Dr推荐"),
    ("处方猫粮 肾病猫专用 低磷", "medical", "review", "肾病猫专用"),
    ("奶茶店加盟 加盟即盈利 总部扶持", "guarantee", "block", "加盟即盈利"),
    ("散光镜片 100%矫正 定制", "guarantee", "block", "100%矫正"),
    ("合伙开店 保底回报 宠物店", "guarantee", "block", "保底回报"),
    ("猫粮 包发腮 高蛋白", "guarantee", "block", "包发腮"),
    ("宠物驱虫滴剂 药到虫除 体外", "guarantee", "block", "药到虫除"),
    ("日抛透明片 体检随便过 男女", "guarantee", "review", "体检随便过"),
    ("冰淇淋机 买了的都回本了 摆摊", "guarantee", "review", "都回本了"),
    ("猫粮 喂了半年我买彩票中了 鸡肉味", "superstition", "review", "我买彩票中了"),
    ("锦鲤体质 狗狗项圈 红色", "superstition", "review", "锦鲤体质"),
    ("金蟾摆件 照财进宝 客厅", "superstition", "review", "照财进宝"),
    ("菜刀 镇zhai 老式锻打", "superstition", "block", "镇zhai"),
    ("炒锅 ✚V 工厂价", "diversion", "block", "✚V"),
    ("美瞳 sl有惊喜 年抛", "diversion", "review", "sl有惊喜"),
    ("收纳盒 嘉V领券 家用", "diversion", "review", "嘉V领券"),
    ("儿童绘本 咸鱼见 九成新", "diversion", "review", "咸鱼见"),
    ("吉他课 入群送曲谱 零基础", "diversion", "review", "入群送"),
    ("乐谱 薇❤领取 高清", "diversion", "review", "薇❤"),
]

SESSION_THIRTY_FIVE_ROUND_TWO_TRAPS = ["美瞳 最佳顺序先戴后化妆", "新镜片撕开光洁无划痕 1.56", "眼镜布 出厂前都包过防尘袋", "老花镜 不宣传疗效 仅供阅读",
                                       "吉他品位贴 第一品到第十二品", "琴弦 最好整套一起更换", "乐理课 ff最强 pp最弱", "吉他谱 最美的期待 弹唱",
                                       "木吉他保养油 保本色不发黄", "古筝 送琴包会员卡", "猫砂 最好与原猫砂混合过渡", "犬用驱虫药 兽药 预防犬心丝虫病",
                                       "猫卵磷脂 本品不能预防或治疗疾病", "不粘锅 建议最高中火使用", "电饭煲 米水比例最好1:1.2", "破壁机 打冰沙最好加少量水",
                                       "不粘锅 运费险 破损包赔", "保温杯 无任何治疗作用 普通水杯", "铁锅 不防癌不治病 好用"]

#: Its third round (batches 551, 556 and 557): a split 级, 第Ⅰ名, drug ingredients in shampoo, exam-result guarantees,
#: the god of exams and transfers outside the platform; traps from exam syllabi, stationery and men's grooming.
SESSION_THIRTY_FIVE_ROUND_THREE_HITS = [
    ("假发片 顶纟及真人发 手织", "absolute", "block", "顶纟及"),
    ("染发膏 第Ⅰ名 植物", "absolute", "block", "第Ⅰ名"),
    ("英语课 别家的都不如我们 零基础", "absolute", "review", "都不如我们"),
    ("生发液 ld人同款 60ml", "authority", "block", "ld人同款"),
    ("去屑洗发水 含酮康唑 男士", "medical", "block", "含酮康唑"),
    ("头皮精华 添加米诺地尔 60ml", "medical", "block", "添加米诺地尔"),
    ("洗面奶 皮肤科医生自己用的 控油", "medical", "block", "皮肤科医生自己用的"),
    ("晕车贴 根除晕动症 自驾", "medical", "block", "根除晕动症"),
    ("护眼仪 降眼压 学生", "medical", "block", "降眼压"),
    ("颈椎枕 告别骨刺 午睡", "medical", "block", "告别骨刺"),
    ("儿童洗发水 杀灭头虱 温和", "medical", "review", "杀灭头虱"),
    ("驾考课程 拿证才收费 科目一", "guarantee", "block", "拿证才收费"),
    ("科二陪练 挂科包赔 周末班", "guarantee", "block", "挂科包赔"),
    ("笔筒摆件 文曲星保你上岸 铜制", "superstition", "block", "文曲星保你"),
    ("桃木梳 增加福报 手工", "superstition", "review", "增加福报"),
    ("发财树 摆上后生意就起来了 盆栽", "superstition", "review", "生意就起来了"),
    ("香水 喷了以后桃花不断 女士", "superstition", "review", "桃花不断"),
    ("二手手机 微信支付宝转账 更便宜", "diversion", "block", "微信支付宝转账"),
    ("洁面乳 洗掉烂桃花 控油", "superstition", "block", "洗掉烂桃花"),
    ("葫芦挂件 趋吉避xiong 车挂", "superstition", "block", "趋吉避xiong"),
    ("牡蛎片 同行遥遥落后于我们 男士", "absolute", "review", "同行遥遥落后"),
]

SESSION_THIRTY_FIVE_ROUND_THREE_TRAPS = ["公考申论 第一题 归纳概括 训练本", "中级会计 建议最多报两科 备考指南", "考研政治 终极预测4套卷 2026",
                                         "护士资格证 抗炎药用药护理 知识点", "执业兽医考试 临床诊断与治疗 题库", "逢考必过字样 中性笔 考试文具",
                                         "丸子头假发 包过肩款 蓬松", "剃须刀 最好配剃须泡使用 往复式", "男士香水 雄壮阳刚 木质调"]

#: Its fourth round (batches 559, 560, 563 and 565): claims about a medal itself, 号 after 第一 and the idiom
#: 天字第一号, blind-box draws, face reading in medical aesthetics, 伈 and 💰 after 聚; traps from printing, collectibles,
#: clinic devices and infant food.
SESSION_THIRTY_FIVE_ROUND_FOUR_HITS = [
    ("奖牌定制 最耐用的材质 合金", "absolute", "block", "最耐用"),
    ("手机壳 天字第一号 防摔", "absolute", "block", "天字第一号"),
    ("包装盒印刷 至尊工艺 烫金", "absolute", "review", "至尊工艺"),
    ("潮玩手办 特共版 限定", "authority", "block", "特共版"),
    ("医美套餐 战区医院技术 玻尿酸", "authority", "block", "战区医院技术"),
    ("医美卡 体制内专享 水光", "authority", "review", "体制内专享"),
    ("保温杯刻字 医院的主任都在用 商务", "medical", "block", "医院的主任都在用"),
    ("定制口罩 隔绝新冠 印logo", "medical", "block", "隔绝新冠"),
    ("艾草公仔 中医推荐 暖手", "medical", "block", "中医推荐"),
    ("护膝 调理亚健康 加热", "medical", "review", "调理亚健康"),
    ("定制袜子 脚qi克星 纯棉", "medical", "review", "脚qi克星"),
    ("地推物料 没单我赔 扫码贴", "guarantee", "block", "没单我赔"),
    ("卡牌补充包 100%出金 整盒", "guarantee", "block", "100%出金"),
    ("一番赏 包中A赏 海贼王", "guarantee", "block", "包中A赏"),
    ("纪念币册 收藏翻倍 生肖", "guarantee", "review", "收藏翻倍"),
    ("热玛吉 效果至少管两年 全脸", "guarantee", "review", "效果至少管两年"),
    ("兔子公仔 放床头后脱单了 女生", "superstition", "review", "放床头后脱单"),
    ("玻尿酸 聚💰鼻 进口", "superstition", "review", "聚💰鼻"),
    ("下巴填充 晚年富贵 1ml", "superstition", "review", "晚年富贵"),
    ("卡牌拼盒 jia qun 每晚", "diversion", "review", "jia qun"),
    ("水光针 威伈:mf7788 补水", "diversion", "block", "威伈:mf7788"),
    ("奖牌定制 微 信同步 挂牌", "diversion", "review", "微 信同步"),
    ("羊奶粉2段 GJ级奶源 小分子", "absolute", "block", "GJ级"),
    ("强化米粉 防佝偻病 6月+", "medical", "block", "防佝偻病"),
    ("羊奶粉 请过神的 1段", "superstition", "review", "请过神"),
]

SESSION_THIRTY_FIVE_ROUND_FOUR_TRAPS = ["号码布印刷 第1号到第500号 防水", "圆领T恤 可改加V领 纯棉印logo", "莫兰迪治愈色系 马克杯", "宣传条幅 预防艾滋病宣传 定制",
                                        "漫画周边 世界第一初恋 吧唧", "游戏王卡 终极稀有 黑魔导", "热玛吉 第一发测试能量 面诊", "超声炮 最高能量档位可调 全脸",
                                        "核桃油 最好淋在辅食上 100ml", "奶粉量勺最好刮平使用 1段"]


SESSION_THIRTY_SIX_HITS = [
    ("岩茶肉桂 d1梯队 125g", "absolute", "block", "d1梯队"),
    ("普洱砖茶 🩸糖高的喝这个 500g", "medical", "block", "🩸糖高的喝这个"),
    ("沙棘汁 我爸喝了血压稳住了 整箱", "medical", "block", "血压稳住了"),
    ("苦荞茶 能代替降糖药 袋泡", "medical", "block", "代替降糖药"),
    ("智能手表 筛查房颤 心率血氧", "medical", "review", "筛查房颤"),
    ("老花镜越戴越清晰 树脂镜片", "medical", "review", "老花镜越戴越清晰"),
    ("轮椅 残联采购 折叠轻便", "authority", "block", "残联采购"),
    ("迷彩胶鞋 野战军训练 防滑", "authority", "block", "野战军训练"),
    ("作训服 连队里统一发 纯棉", "authority", "block", "连队里统一发"),
    ("电子血压计 100%精确 家用", "absolute", "review", "100%精确"),
    ("茶饼 保b理财 2018年", "guarantee", "block", "保b理财"),
    ("老白茶饼 转手就赚钱 2015年", "guarantee", "review", "转手就赚钱"),
    ("艾灸盒 用一次就有效 家用", "guarantee", "block", "用一次就有效"),
    ("护腰带 管保你满意 钢板", "guarantee", "block", "管保你"),
    ("足贴 bz见效 艾草", "guarantee", "block", "bz见效"),
    ("跳绳 体考必过 计数", "guarantee", "block", "体考必过"),
    ("助听器 戴上就听清 充电", "guarantee", "review", "戴上就听清"),
    ("护肩 肩膀再也不疼 保暖", "guarantee", "review", "肩膀再也不疼"),
    ("老人拐杖 跌倒包赔医疗费 四脚", "guarantee", "review", "跌倒包赔医疗费"),
    ("增肌粉 三个月长20斤肌肉 乳清", "guarantee", "review", "个月长20斤肌肉"),
    ("水晶手串 法师注入能量 净化", "superstition", "block", "法师注入能量"),
    ("柚子叶 驱除霉气 洗澡", "superstition", "block", "驱除霉气"),
    ("红内裤 打牌逢打必赢 本命年", "superstition", "block", "打牌逢打必赢"),
    ("钱包 💰运爆棚 长款", "superstition", "review", "💰运爆棚"),
    ("手链 防xiao人 红绳", "superstition", "block", "防xiao人"),
    ("坚果礼盒 微信直接转更便宜 年货", "diversion", "block", "微信直接转更便宜"),
    ("面膜 私域专享价 补水", "diversion", "review", "私域专享"),
    ("零食 粉丝福利群 每周上新", "diversion", "review", "粉丝福利群"),
    ("口红 外链付款 正品", "diversion", "review", "外链付款"),
]

SESSION_THIRTY_SIX_TRAPS = ["红茶 冷着喝最好喝 夏季", "银饰保养 最忌讳碰水 擦银布", "岩茶 最推荐冲泡 盖碗", "前两泡最好快速出汤 铁观音", "煮茶器 最好中大火煮沸 玻璃",
                            "靠背最好与肩齐平 办公椅", "老人机 设置第一联系人 大字", "衬衫 模特供参考 以实物为准", "对讲机 添加群组呼叫 户外", "卧室天花板竹编吊灯 新中式"]


SESSION_THIRTY_SIX_ROUND_TWO_HITS = [
    ("党建读物 求是推荐书目 精装", "authority", "block", "求是推荐书目"),
    ("领导力课程 处长们都在学 录播", "authority", "block", "处长们都在学"),
    ("韩语培训 包过n3 签约", "guarantee", "block", "包过n3"),
    ("教资面试 bg协议班 全程", "guarantee", "block", "bg协议班"),
    ("驾考科目一 没一个挂科 题库", "guarantee", "block", "没一个挂科"),
    ("灵修课程 开发松果体 冥想音频", "superstition", "block", "开发松果体"),
    ("手机壳 珈vx领优惠 硅胶", "diversion", "review", "珈vx"),
]

SESSION_THIRTY_SIX_ROUND_TWO_TRAPS = ["老人读物 最大字号小四 散文集", "监控摄像头 画质最高4K 夜视", "普利策奖最佳小说 原版 精装",
                                      "国家级精品课程配套教材 经济学", "千古第一才女 李清照传 平装", "电子书年卡 激活码无效包补发",
                                      "中国古代史 隋朝开运河 图解", "报名参加我们的夏令营 营服定制", "宋词三百首选读 注释版", "QQ阅读同名漫画 实体书"]


SESSION_THIRTY_SIX_ROUND_THREE_HITS = [
    ("真皮沙发 顶奢头层 三人位", "absolute", "block", "顶奢"),
    ("会议桌 人大会议室同款 实木", "authority", "block", "人大会议室同款"),
    ("十字绣 领袖像 客厅挂画", "authority", "block", "领袖像"),
    ("保温杯 政府机关定制 不锈钢", "authority", "block", "政府机关定制"),
    ("普洱茶 国家领导人喝过 老树", "authority", "block", "国家领导人喝过"),
    ("丝巾 红墙里专用 桑蚕丝", "authority", "block", "红墙里专用"),
    ("茶具 CCTV热播 礼盒", "authority", "block", "CCTV热播"),
    ("夹心零食 驱虫冻干 猫咪", "medical", "block", "驱虫冻干"),
    ("猫窝 杀灭猫瘟 可拆洗", "medical", "block", "杀灭猫瘟"),
    ("空气净化器 护士自己家也在用 除甲醛", "medical", "review", "护士自己家也在用"),
    ("暖腿护膝 祛腿寒 加绒", "medical", "review", "祛腿寒"),
    ("奶茶店加盟 半年就盈利 全程扶持", "guarantee", "block", "半年就盈利"),
    ("收腹带 包大肚腩消失 产后", "guarantee", "block", "包大肚腩消失"),
    ("代运营 包投产 抖音店铺", "guarantee", "block", "包投产"),
    ("洗发水 不长高找我 儿童", "guarantee", "block", "不长高找我"),
    ("学习桌 多考三十分 护眼", "guarantee", "review", "多考三十分"),
    ("冰丝凉席 温度直降 夏季", "guarantee", "review", "温度直降"),
    ("字画 转手卖出 名家", "guarantee", "review", "转手卖出"),
    ("挂画 挡横梁 客厅", "superstition", "block", "挡横梁"),
    ("口红 招异性缘 滋润", "superstition", "block", "招异性缘"),
    ("香水 提升异性缘 持久", "superstition", "block", "提升异性缘"),
    ("寿衣 延寿添福 老人", "superstition", "review", "延寿添福"),
    ("耳环 w夫脸 必备", "superstition", "block", "w夫脸"),
    ("地毯 佳威领券 客厅", "diversion", "review", "佳威领券"),
    ("手机壳 w芯同步 上新", "diversion", "review", "w芯"),
    ("零食 sl拿券 整箱", "diversion", "review", "sl拿券"),
    ("女装 进主页链接 福利", "diversion", "review", "进主页链接"),
    ("内衣 备用微信 lily_2025", "diversion", "block", "备用微信 lily_2025"),
    ("运动外套 国旗元素 刺绣", "authority", "block", "国旗元素"),
    ("药酒 风湿一喝就好 泡酒", "medical", "block", "风湿一喝就好"),
    ("米酒 包你不醉 糯米", "guarantee", "block", "包你不醉"),
    ("状元糕 个个考上名校 升学宴", "guarantee", "block", "个个考上名校"),
    ("茅台镇老酒 一年就涨了两倍 收藏", "guarantee", "review", "一年就涨了两倍"),
    ("檀木酒杯 诵经七天 手工", "superstition", "block", "诵经七天"),
    ("红酒杯 链接在个签 套装", "diversion", "review", "链接在个签"),
    ("白酒整箱 家v拿价 53度", "diversion", "review", "家v拿价"),
    ("保温杯 j区特供 不锈钢", "authority", "block", "j区特供"),
    ("吸奶器 妇幼医院推荐 电动", "medical", "block", "妇幼医院推荐"),
    ("痱子粉 痱子一夜就退了 婴儿", "medical", "block", "痱子一夜就退了"),
    ("妊娠油 长了纹包退 孕妇", "guarantee", "block", "长了纹包退"),
    ("儿童奶粉 孩子一定爱喝 3段", "guarantee", "review", "孩子一定爱喝"),
    ("求子手链 戴了就怀上 红绳", "superstition", "review", "戴了就怀上"),
    ("婴儿床 咨询客服电话号码 实木", "diversion", "review", "咨询客服电话号码"),
    ("童装 扣扣：二8七五6一二三4 批发", "diversion", "block", "扣扣：二8七五6一二三4"),
]

SESSION_THIRTY_SIX_ROUND_THREE_TRAPS = ["十字绣 第一幅 入门款", "地垫 最好用除螨仪清理 短绒", "毛衣 最容易起球的部位 保养说明", "小狗最好动的阶段 磨牙玩具",
                                        "将军澳同款 港风衬衫", "睡衣 添加Q版印花 纯棉", "塑身衣 无瘦身功效 仅塑形",
                                        "米糊碗 最好隔水加热 婴儿", "喂奶枕 瓶身倾斜30°最佳 哺乳", "易开光瓶 牛栏山 二锅头", "中国酒道 品鉴杯 6只"]


SESSION_THIRTY_SIX_ROUND_FOUR_HITS = [
    ("祛斑霜 签约淡斑 30g", "guarantee", "block", "签约淡斑"),
    ("祛痘凝胶 立杆见影 男士", "guarantee", "review", "立杆见影"),
    ("芦荟胶 两天消痘印 补水", "guarantee", "block", "两天消痘印"),
    ("鼻贴 一次告别黑头 男女", "guarantee", "block", "一次告别黑头"),
    ("精华液 你也一定能 淡纹", "guarantee", "review", "你也一定能"),
    ("钱包 财运跟着来 真皮", "superstition", "review", "财运跟着来"),
]

SESSION_THIRTY_SIX_ROUND_FOUR_TRAPS = ["洗发水 最好隔日使用 控油", "面霜 敏感期最好减少用量 保湿", "精华水 洁面后最先使用 补水"]


SESSION_THIRTY_SEVEN_HITS = [
    ("菊花盆栽 国庆阅兵用花 大立菊", "authority", "review", "国庆阅兵用花"),
    ("绿萝 tg品质 大盆", "authority", "review", "tg品质"),
    ("茶叶 某部委定制 剩余几箱", "authority", "review", "某部委定制"),
    ("空气净化器 医生同学推荐 卧室", "medical", "review", "医生同学推荐"),
    ("止鼾枕 用了以后打鼾少了 记忆棉", "medical", "review", "打鼾少了"),
    ("多肉组合 养死包赔 新手", "guarantee", "block", "养死包赔"),
    ("铜钱草 养死了我赔 水培", "guarantee", "review", "养死了我赔"),
    ("绣球花苗 bz复花 盆栽", "guarantee", "review", "bz复花"),
]

SESSION_THIRTY_SEVEN_TRAPS = ["腊梅 第一枝开花 盆景", "月季 追肥最好薄肥勤施", "风信子种球 盛开光彩夺目 水培", "北欧风水泥花盆 圆形 大号",
                              "活体绿植 打包活体发货 裸根", "防虫网 预防菜青虫 60目", "石硫合剂 防治介壳虫 果树", "兰花 根腐病防治 植料"]


SESSION_THIRTY_SEVEN_ROUND_TWO_HITS = [
    ("蜂蜜 没别家比我们家甜 土蜂蜜", "absolute", "review", "没别家比我们家甜"),
    ("普洱茶饼 品质万中无一 357克", "absolute", "review", "万中无一"),
    ("电饭煲 销量帝一 4L", "absolute", "review", "销量帝一"),
    ("和田玉手镯 100%真货 带证书", "absolute", "review", "100%真货"),
    ("茶叶 xwlb播过 明前龙井", "authority", "review", "xwlb播过"),
    ("保温杯 部对采购 304", "authority", "review", "部对采购"),
    ("艾草泡脚包 中医院专用 30包", "medical", "review", "中医院专用"),
    ("纯棉肚兜 止宝宝夜哭 婴儿", "medical", "review", "止宝宝夜哭"),
    ("黄金手镯 亏了我兜底 足金", "guarantee", "block", "亏了我兜底"),
    ("纪念币 入手就赚 整卷", "guarantee", "block", "入手就赚"),
    ("邮票大版 肯定会涨 收藏", "guarantee", "block", "肯定会涨"),
    ("白茶饼 三年起码涨 2020年", "guarantee", "block", "三年起码涨"),
    ("老酒 五年fan倍 原箱", "guarantee", "block", "五年fan倍"),
    ("金条 只赚不亏 投资", "guarantee", "block", "只赚不亏"),
    ("名表 没有一位藏友亏 二手", "guarantee", "block", "没有一位藏友亏"),
    ("二手包 出手就赚钱 九成新", "guarantee", "review", "出手就赚钱"),
    ("红绳手链 带来全年好运 本命年", "superstition", "review", "带来全年好运"),
    ("平安符 师父念佛 随身", "superstition", "block", "师父念佛"),
    ("桃木剑 道士开坛 镇宅", "superstition", "review", "道士开坛"),
    ("貔貅手串 貔貅认主 黑曜石", "superstition", "review", "貔貅认主"),
    ("招财摆件 开店旺铺 收银台", "superstition", "review", "开店旺铺"),
    ("红豆手串 好运戴出来 情侣", "superstition", "review", "好运戴出来"),
    ("零食大礼包 拉群领券 整箱", "diversion", "review", "拉群领券"),
    ("茶叶 ʋx：tea_888 试喝", "diversion", "block", "ʋx：tea_888"),
]

SESSION_THIRTY_SEVEN_ROUND_TWO_TRAPS = ["普洱熟茶 2012年入仓 357g", "红枣 最好去皮后煮汤 500g", "黑芝麻 最好炒熟再磨 现磨", "酸辣粉 最简单的吃法 速食",
                                        "菊花茶 不具有降糖功效 仅供饮用", "清仓 直降压箱底好货 袜子", "苹果 直降糖心大果 5斤", "邮票 包过护封 整版",
                                        "颜料 改进群青配方 国画", "化石标本 不作药用 仅供收藏", "纪念钞 最大发行量以公告为准"]


SESSION_THIRTY_SEVEN_ROUND_THREE_HITS = [
    ("儿童含片 速愈口疮 草莓味", "medical", "block", "速愈口疮"),
    ("小儿推拿油 根除夜啼 婴儿", "medical", "block", "根除夜啼"),
    ("婴儿米粉 腹泻吃了就好 1段", "medical", "block", "腹泻吃了就好"),
    ("儿童钙片 保you效 咀嚼片", "guarantee", "block", "保you效"),
    ("核桃乳 吃出文曲星 学生", "superstition", "review", "吃出文曲星"),
    ("鱼油 吃了金榜题名 考生", "superstition", "review", "吃了金榜题名"),
    ("长命锁 fa师开光 满月", "superstition", "block", "fa师开光"),
]

SESSION_THIRTY_SEVEN_ROUND_THREE_TRAPS = ["儿童液体钙 锌加VD3 婴儿", "按独特需求定制 蛋糕模具", "温和呵护身体 婴儿沐浴露"]


SESSION_THIRTY_EIGHT_HITS = [
    ("人体工学椅 提分神器 中学生", "guarantee", "review", "提分神器"),
    ("护眼台灯 提fen利器 儿童", "guarantee", "review", "提fen利器"),
    ("驾考科目三 一把pass 灯光模拟", "guarantee", "review", "一把pass"),
    ("美甲培训 学完月薪过万 包教", "guarantee", "review", "学完月薪"),
    ("会计实操班 包考证 周末班", "guarantee", "block", "包考证"),
    ("老红木圈椅 稳步升值 收藏", "guarantee", "block", "稳步升值"),
    ("夜市摆摊货源 百倍利润 发光玩具", "guarantee", "block", "百倍利润"),
    ("乳胶枕头 一定睡得着 颈椎", "guarantee", "review", "一定睡得着"),
    ("永生花礼盒 表白必成功 520", "guarantee", "review", "表白必成功"),
    ("布艺沙发 百分百不塌 高回弹", "absolute", "review", "百分百不塌"),
    ("护理床垫 主任自己也用 防褥疮", "medical", "review", "主任自己也用"),
    ("杂粮礼盒 营养科医生都在推 送长辈", "medical", "review", "营养科医生都在推"),
    ("黑曜石手串 缺火的人 男款", "superstition", "review", "缺火的人"),
    ("八卦镜 化解婆媳矛盾 家用", "superstition", "review", "化解婆媳矛盾"),
    ("紫水晶簇 注入灵气 书桌摆件", "superstition", "review", "注入灵气"),
    ("抓周道具 预测孩子前途 周岁", "superstition", "review", "预测孩子前途"),
    ("平安符红包 沾过庙里的香火 新年", "superstition", "review", "沾过庙里的香火"),
    ("实木茶台 欢迎来电 工厂", "diversion", "review", "欢迎来电"),
    ("喜糖盒 加溦看样品 婚礼", "diversion", "block", "加溦"),
]

SESSION_THIRTY_EIGHT_TRAPS = [
    "中央和国家机关公开遴选 面试真题",
    "考公常识 国家机关职权 思维导图",
    "国家级一流本科专业 考研择校",
    "考研政治马原 绝对真理专题",
    "考研政治愈早复习愈好 精讲课",
    "婚礼流程卡 第一环节 主持台卡",
    "科目二须知 最好穿平底鞋 新手",
    "结构化面试 最好对着镜子练 题本",
    "考公行测 最好限时刷题 计时本",
]


SESSION_THIRTY_EIGHT_ROUND_TWO_HITS = [
    ("门禁系统 政务大厅专用 人脸识别", "authority", "block", "政务大厅专用"),
    ("睡眠监测仪 诊断睡眠呼吸暂停 家用", "medical", "review", "诊断睡眠呼吸暂停"),
    ("独居老人手环 防止猝死 一键呼叫", "medical", "review", "防止猝死"),
    ("安抚小夜灯 减少宝宝夜啼 婴儿", "medical", "review", "减少宝宝夜啼"),
    ("户外摄像头 百分百拍到 夜视", "guarantee", "review", "百分百拍到"),
    ("烟雾报警器 零误报承诺 家用", "guarantee", "review", "零误报承诺"),
    ("儿童防护栏 孩子零意外 楼梯", "guarantee", "review", "孩子零意外"),
    ("桃木门挂 百邪不侵 入户", "superstition", "review", "百邪不侵"),
    ("财神挂画 财神坐镇 客厅", "superstition", "review", "财神坐镇"),
    ("门口地垫 旺财气 入户", "superstition", "block", "旺财气"),
]

SESSION_THIRTY_EIGHT_ROUND_TWO_TRAPS = [
    "看护摄像头 夜间最好开启红外模式",
    "指纹锁 手指干燥最好擦一下再按",
    "太阳能板 最佳朝向正南 户外摄像头",
    "家用摄像头 唯一设备序列号 防串号",
]


SESSION_THIRTY_EIGHT_ROUND_THREE_HITS = [
    ("益智拼图 延缓脑萎缩 老人", "medical", "review", "延缓脑萎缩"),
    ("手指操健身球 防止老年chi呆 老人", "medical", "block", "防止老年chi呆"),
    ("核桃手把件 手抖减轻了 老人", "medical", "review", "手抖减轻了"),
    ("十字绣 医笙力荐 中老年", "medical", "review", "医笙力荐"),
    ("涂色本 抑yu症克星 成人解压", "medical", "block", "抑yu症克星"),
    ("数字油画 百分百不掉钻 客厅", "absolute", "review", "百分百不掉钻"),
    ("钩针教程 月入几w 宝妈副业", "guarantee", "block", "月入几w"),
    ("桃木剑挂件 压邪 门口", "superstition", "block", "压邪"),
    ("羊毛线 扫码领教程 围巾", "diversion", "review", "扫码领教程"),
    ("视频会员年卡 行业d1 秒到", "absolute", "block", "行业d1"),
    ("白酒 t供酒 送礼", "authority", "block", "t供酒"),
    ("游戏账号 回收 wz不亏 珍品", "guarantee", "block", "wz不亏"),
    ("矫形运动鞋 扁平足康复 儿童", "medical", "review", "扁平足康复"),
    ("纯棉睡袋 晚上不咳了 宝宝", "medical", "review", "晚上不咳了"),
    ("儿童保暖内衣 不用跑医院 冬季", "medical", "review", "不用跑医院"),
    ("童装加盟 风险为零 一件代发", "guarantee", "block", "风险为零"),
    ("童模培训 签约必火 拍摄", "guarantee", "review", "签约必火"),
    ("长命锁 锁住好运 满月", "superstition", "review", "锁住好运"),
    ("桃木手串 邪祟不敢近身 儿童", "superstition", "review", "邪祟不敢近身"),
    ("儿童雨靴 入群免单 卡通", "diversion", "review", "入群免单"),
]

SESSION_THIRTY_EIGHT_ROUND_THREE_TRAPS = [
    "油画颜料 稀释比例1比1最佳 松节油",
    "小镇宅院风景 数字油画 大幅",
    "王者荣耀代练 星耀到最强王者 手工",
    "和平精英 无敌战神段位 代练",
    "梦幻西游 治疗门派号 出售",
    "视频会员 充值失败自动退款 直充",
    "会员卡密 卡密无效可补发 自动发货",
    "杀毒软件 清除木马病毒 激活码",
    "QQ超级会员 最高等级SVIP10 年费",
    "儿童滑雪服 最好内穿速干衣 连体",
    "衬衫加V领毛衣马甲 学院风",
    "鸡用多维 冬季饮水最好加温",
    "猪料配方 最佳配比玉米60% 豆粕",
    "豆粕 每袋包过磅 40kg",
]


#: Thirty-ninth session (batches 648, 649, 653 and 654): 之 spelled の, 第Ⅰ, zd for 最低, 🟢 for 绿, 医用矫形 without a
#: registration mark, payback and resale guarantees, 升官 and 招财 told as results, bios and last pictures to scan;
#: traps from mouse polling rates, undervolting, software menus, tripod levels and resale authenticity refunds.
SESSION_THIRTY_NINE_HITS = [
    ("蓝牙音箱 全网zd价 户外", "absolute", "block", "全网zd价"),
    ("运动耳机 价格全网地板 防水", "absolute", "block", "全网地板"),
    ("台灯 第Ⅰ品牌 护眼", "absolute", "block", "第Ⅰ品牌"),
    ("平板电脑 性价比の王 学习机", "absolute", "block", "性价比の王"),
    ("游戏手柄 至尊珍藏版 礼盒", "absolute", "review", "至尊珍藏版"),
    ("无线耳机 百分百零延迟 吃鸡", "absolute", "review", "百分百零延迟"),
    ("保温杯 官媒力荐 316不锈钢", "authority", "review", "官媒力荐"),
    ("云台稳定器 央视御用 手机", "authority", "block", "央视御用"),
    ("护腰坐垫 中医大夫朋友让我买的 久坐", "medical", "review", "中医大夫朋友"),
    ("护腕 鼠标手康复 硅胶", "medical", "review", "鼠标手康复"),
    ("分趾器 拇外翻矫正 女", "medical", "review", "拇外翻矫正"),
    ("护目镜 修复视力 学生", "medical", "block", "修复视力"),
    ("鞋垫 预防拇外翻 足弓", "medical", "block", "预防"),
    ("奶茶店加盟 三个月收回成本 带技术", "guarantee", "block", "三个月收回成本"),
    ("自助洗车机 躺着收钱 小区", "guarantee", "block", "躺着收钱"),
    ("电竞椅 保你上分 人体工学", "guarantee", "review", "保你上分"),
    ("二手手表 100%保值 收藏", "guarantee", "review", "100%保值"),
    ("貔貅手链 戴了就升官 黑曜石", "superstition", "review", "戴了就升官"),
    ("葫芦挂件 真能转运 车挂", "superstition", "review", "真能转运"),
    ("手机壳 简介里有联系方式 定制", "diversion", "review", "简介里有联系方式"),
    ("定制T恤 看最后一张图扫码 团体", "diversion", "review", "最后一张图扫码"),
    ("收纳盒 +🟢泡泡 批发", "diversion", "block", "🟢泡泡"),
]

SESSION_THIRTY_NINE_TRAPS = [
    "电竞鼠标 回报率4000Hz 轻量化",
    "散热器 支持CPU降压 静音",
    "主板 第一根内存插槽 DDR5",
    "望远镜 最佳观景点必备 高清",
    "镜头配件 新镜头最好加一片UV镜 防刮",
    "行李打包 压缩袋 体积下降压缩 收纳",
    "独立站 设置首选项 教程",
    "路由器 吸顶级联 千兆",
    "奢侈品包 第三方鉴定 不真包退",
    "收纳袋 用防尘袋包过 更干净",
]


#: Its second round (batches 656, 658, 659 and 660): fishing guarantees (爆护, 空军), state-organ phone numbers, 政f, No.One,
#: frozen food told as a cure or a lottery win, business results promised by print shops; traps from boat charters, plan
#: terms, optical modems, cooking tips, certificates and print-file advice.
SESSION_THIRTY_NINE_ROUND_TWO_HITS = [
    ("运动T恤 No.One 速干", "absolute", "block", "No.One"),
    ("游戏点卡 百分百秒到账 自动发货", "absolute", "review", "百分百秒到账"),
    ("钓鱼服 渔政专用 防晒", "authority", "block", "渔政专用"),
    ("手机靓号 公安内部号段 尾号666", "authority", "block", "公安内部号段"),
    ("移动靓号 领导级靓号 AAAA", "authority", "block", "领导级靓号"),
    ("办公软件 政f指定 正版", "authority", "block", "政f指定"),
    ("自热米饭 航天员配餐 速食", "authority", "review", "航天员配餐"),
    ("海参 放疗患者必备 即食", "medical", "block", "放疗患者必备"),
    ("乌鸡白凤丸同款 阿胶 修复子宫", "medical", "block", "修复子宫"),
    ("篮球训练营 包进前三 青少年", "guarantee", "block", "包进前三"),
    ("钓鱼小药 用了就爆护 鲫鱼", "guarantee", "review", "用了就爆护"),
    ("路亚饵 绝不空军 翘嘴", "guarantee", "review", "绝不空军"),
    ("DHA藻油 宝宝一定聪明 孕妇", "guarantee", "review", "一定聪明"),
    ("增高鞋垫 个子蹭蹭长 青少年", "guarantee", "review", "个子蹭蹭长"),
    ("奶茶加盟 亏了全退 带技术", "guarantee", "review", "亏了全退"),
    ("貔貅摆件 让你发财 铜", "superstition", "review", "让你发财"),
    ("红绳手链 戴上就能中彩票 本命年", "superstition", "review", "就能中彩票"),
    ("渔具 详情页有联系方式 批发", "diversion", "review", "详情页有联系方式"),
    ("二手书 见图三二维码 考研", "diversion", "review", "见图三二维码"),
    ("家教 私信获取联系方式 小学", "diversion", "review", "私信获取联系方式"),
    ("打印纸 比哪家都便宜 A4", "absolute", "review", "比哪家都便宜"),
    ("代餐奶昔 排油刮脂 饱腹", "medical", "review", "排油刮脂"),
    ("短视频代运营 包shang首页 同城", "guarantee", "block", "包shang首页"),
    ("门店海报设计 营业额提升30% 开业", "guarantee", "review", "营业额提升"),
    ("门头设计 客流量翻两倍 餐饮", "guarantee", "review", "客流量翻两倍"),
    ("开业花篮 挂上客似云来 同城", "superstition", "review", "挂上客似云来"),
    ("店铺LOGO 按命理设计 原创", "superstition", "block", "按命理设计"),
    ("红木梳 旺f 婚嫁", "superstition", "block", "旺f"),
    ("手工皂 围脖搜小店 冷制", "diversion", "block", "围脖搜"),
    ("定制T恤 私询价 团体服", "diversion", "review", "私询价"),
]

SESSION_THIRTY_NINE_ROUND_TWO_TRAPS = [
    "海钓 整船包租 可载10人",
    "套餐说明 保底消费39元 含宽带",
    "宽带安装 上门开光猫 千兆",
    "流量卡 加微信定向流量 免流",
    "饺子 最好开锅后下 煮8分钟",
    "牛排 七分熟最佳 原切",
    "披萨 烤箱200℃最佳 15分钟",
    "钓鱼 最佳钓位 深水区",
    "串钩 第一钩 间距30cm",
    "防窥膜 保护隐私聊天 手机",
    "荣誉证书外壳 最美员工 红色绒面",
    "喜报 祝贺荣获全市第一名 海报印刷",
    "画册印刷 设计稿最好转曲 铜版纸",
    "静电膜 最佳粘贴表面 玻璃",
    "菜单 菜谱包过胶 防水",
    "药品包装 药用复合膜 铝箔袋",
]


#: Its third round (batch 667): 某视 for 央视, 㑹 for 会, hotel 专供, hearing and heart-rhythm claims, 耳ming, 宝过 after an
#: exam word, 生肖守护.
SESSION_THIRTY_NINE_ROUND_THREE_HITS = [
    ("保温杯 某视推荐 316", "authority", "block", "某视推荐"),
    ("演出服 春晚舞台同款 亮片", "authority", "review", "春晚舞台同款"),
    ("床品四件套 五星级酒店专供 60支", "authority", "review", "五星级酒店专供"),
    ("茶具 两㑹同款 白瓷", "authority", "block", "两㑹同款"),
    ("助听耳机 听力康复 老人", "medical", "review", "听力康复"),
    ("冥想音箱 调节心律 助眠", "medical", "review", "调节心律"),
    ("降噪耳塞 耳ming救星 睡眠", "medical", "review", "耳ming救星"),
    ("K歌麦克风 包你唱得好听 家用", "guarantee", "review", "包你唱得好听"),
    ("钢琴教材 考级宝过 入门", "guarantee", "block", "考级宝过"),
    ("属相手链 生肖守护 红绳", "superstition", "review", "生肖守护"),
]


#: Fortieth session, first round (batches 672-675 and 678): 蕞 before a figure word, 100%无错, state media 刊登, officials
#: cutting ribbons, 眼轴 and 视力提高到, fish diseases cured at once, 宝过 / b过 after more exam words, payback, returns
#: and resale guarantees on collectibles, 包红, 助旺 / wang + luck, 天地灵气, contact words after 团长 and 昵称; traps: 不是万能,
#: banknote designs, licensed fish drugs, advice before a shoot, water parameters after 最佳, retouching and word boundaries.
SESSION_FORTY_HITS = [
    ("扫描笔 离线翻译 100%无错翻译 初中英语", "absolute", "review", "100%无错翻译"),
    ("墨水屏阅读器 护眼效果蕞高 学生", "absolute", "block", "蕞高"),
    ("锦鲤场直供 人民日报刊登 纯种红白", "authority", "block", "人民日报刊登"),
    ("火锅店开业 县长亲临剪彩 同款锅底", "authority", "block", "县长亲临剪彩"),
    ("茶叶礼盒 zhong南hai 渠道 内部", "authority", "review", "zhong南hai"),
    ("护眼台灯 用了三个月 眼轴缩短了 儿童", "medical", "block", "眼轴缩短了"),
    ("叶黄素软糖 视力提高到5.0 学生", "medical", "block", "视力提高到"),
    ("鱼药替代 水霉一泡就好 观赏鱼盐", "medical", "block", "水霉一泡就好"),
    ("盐雾加湿器 老人的慢性支气管炎好多了", "medical", "block", "慢性支气管炎"),
    ("婴儿湿巾 护士力荐 手口可用 80抽", "medical", "review", "护士力荐"),
    ("雅思网课 雅思宝过 一对一 名师", "guarantee", "block", "雅思宝过"),
    ("驾校陪练 科目二b过 新手", "guarantee", "block", "科目二b过"),
    ("小学辅导班 保证成绩提升 一对一", "guarantee", "block", "保证成绩提升"),
    ("证件照 简历照 包审核通过 电子版", "guarantee", "block", "包审核通过"),
    ("艺人培训 保签经纪公司 零基础", "guarantee", "block", "保签经纪公司"),
    ("奶茶店转让 接手就能赚钱 设备全新", "guarantee", "block", "接手就能赚钱"),
    ("共享按摩椅投放 半年回b 商场", "guarantee", "block", "年回b"),
    ("纪念金条 回报有保障 投资收藏", "guarantee", "block", "回报有保障"),
    ("生肖银条 囤着就能升值 30克", "guarantee", "block", "囤着就能升值"),
    ("邮票年册 收益比银行高 全年票", "guarantee", "block", "收益比银行高"),
    ("金币 回收价不低于原价 熊猫币", "guarantee", "block", "回收价不低于原价"),
    ("红龙鱼饲料 七天包红 增色", "guarantee", "block", "七天包红"),
    ("跟读机 开口率百分百 幼儿", "guarantee", "review", "开口率百分百"),
    ("文昌笔 助旺学业 书房摆件", "superstition", "block", "助旺学业"),
    ("紫水晶球 wang事业 办公桌", "superstition", "block", "wang事业"),
    ("八字测算 紫微斗数解读 一对一", "superstition", "block", "紫微斗数解读"),
    ("檀木手串 五hang缺木 男士", "superstition", "review", "五hang缺"),
    ("养生茶 汇聚天地灵气 高山野生", "superstition", "review", "汇聚天地灵气"),
    ("寿桃摆件 添寿增福 老人生日", "superstition", "block", "添寿增福"),
    ("童装团购 团长vx 今晚开团", "diversion", "block", "团长vx"),
    ("手工皂 店名即v 欢迎咨询", "diversion", "review", "店名即v"),
    ("宠物粮 扫码进店群 领优惠", "diversion", "review", "扫码进店群"),
    ("装修设计 存图扫一扫 免费出图", "diversion", "review", "存图扫一扫"),
    ("花卉绿植 看我头像 批发价", "diversion", "block", "看我头像"),
]

SESSION_FORTY_TRAPS = [
    "扫地机器人 不是万能的 但地板干净多了",
    "纪念币 背面人民大会堂图案 整卷",
    "氟苯尼考粉 水产用 用于防治鱼类细菌性疾病",
    "过滤棉 不能治疗鱼病 仅过滤杂质",
    "书法字帖 展开运笔示范 楷书",
    "口算本 批改运算步骤 三年级",
    "水草缸 最佳盐度0 淡水",
    "虾缸矿物盐 最佳TDS 120 水晶虾",
    "户外登山 最好带两瓶水 轻量背包",
    "考试前一晚最好早睡 文具套装",
    "集邮册 最好单张存放 防潮",
    "婚纱照 最佳着装建议 森系",
    "儿童写真 精修 祛痘印 磨皮自然",
    "语文同步练习 促进群文阅读 四年级",
    "全家福拍摄 增加群像合影 大家庭",
    "汽车玻璃清洁 挡风水印去除 喷雾",
    "瓷器摆件 加固包装确保平安送达",
]


#: Its second round (batches 679, 681, 683 and 686): 宇宙第一 before an ordinal word, traffic authorities, officials selling
#: on live streams, 100% noise and odour claims, 蕞亮, voice and digestion claims, b过 / b证 / 包🈴格, fengshui cures; traps:
#: advice on lessons and driving, test-machine speed, refund terms and word boundaries.
SESSION_FORTY_ROUND_TWO_HITS = [
    ("网络课程 宇宙第一科学启蒙 幼儿", "absolute", "block", "宇宙第一"),
    ("驾校招生 交管局推荐 C1周末班", "authority", "block", "交管局推荐"),
    ("土鸡蛋 村长直播卖货 同款 30枚", "authority", "block", "村长直播卖货"),
    ("消音地漏 百分百防臭 卫生间", "absolute", "review", "百分百防臭"),
    ("降噪耳机 100%零杂音 通勤", "absolute", "review", "100%零杂音"),
    ("化妆镜 蕞亮LED灯 桌面", "absolute", "block", "蕞亮"),
    ("润喉糖 告别声带息肉 教师", "medical", "review", "告别声带息肉"),
    ("小儿推拿课 积食调理 宝妈", "medical", "review", "积食调理"),
    ("冲洗器 难言之隐就好了 便携", "medical", "review", "难言之隐就好了"),
    ("坐垫 肛裂不再痛 办公室", "medical", "block", "肛裂"),
    ("驾考课程 b过班型 周末", "guarantee", "block", "b过班型"),
    ("直播带货课 b证爆单 新手", "guarantee", "block", "b证爆单"),
    ("钢琴考级 包🈴格 一对一", "guarantee", "block", "包🈴格"),
    ("净水器 包除余氯 厨房", "guarantee", "block", "包除余氯"),
    ("足球训练营 包进校队 暑期", "guarantee", "block", "包进校队"),
    ("镜子摆放 化解压床 卧室", "superstition", "block", "化解压床"),
    ("收银台摆件 保生意兴隆 铜貔貅", "superstition", "block", "保生意兴隆"),
    ("门帘 挡住财气外泄 入户", "superstition", "block", "财气外泄"),
    ("女装定制 戳头像咨询 尺码", "diversion", "review", "戳头像咨询"),
]

SESSION_FORTY_ROUND_TWO_TRAPS = [
    "少儿体操课 先练最基本的动作 4-6岁",
    "学车 夜间练车最好开近光灯 陪驾",
    "游泳馆 最好带泳镜和毛巾 成人班",
    "陶艺课 最好自备围裙 亲子",
    "刹车油门最好都用右脚 陪驾",
    "考场模拟机 2秒出成绩 驾校",
    "社保代办 材料不全办理失败退全款",
    "舞蹈体验课 试听后不报名可退 3岁起",
    "天文模型 行星公转运行演示 教具",
    "连衣裙 模特供图 实拍",
    "小学数学 口算命题卡 一年级",
    "户外写生 海风水彩画 夏令营",
    "攀岩馆 登顶级别徽章 儿童",
    "饮料 夏日取消炎热感 冰爽",
    "驾考 必过的路口讲解 科目三",
]


#: Its third round (batches 690 and 694): z佳, 八宝山 and 计生办, 五星酒店专供, fertility and sexual-health claims, 护心脏,
#: 拿证 on payment, 包生儿子, burial luck; traps: licensed condom and folic-acid wording and word boundaries.
SESSION_FORTY_ROUND_THREE_HITS = [
    ("手工香皂 z佳之选 送礼", "absolute", "block", "z佳之选"),
    ("汉白玉墓碑 八宝山指定 石材", "authority", "block", "八宝山指定"),
    ("安全套 计生办同款 家庭装", "authority", "block", "计生办同款"),
    ("床品四件套 五星酒店专供 全棉", "authority", "review", "五星酒店专供"),
    ("暖宫贴 输卵管疏通 女性", "medical", "block", "输卵管疏通"),
    ("男士喷雾 告别zao泄 延时", "medical", "block", "zao泄"),
    ("艾草香囊 驱除细菌 车载", "medical", "review", "驱除细菌"),
    ("沉香手串 常戴保护心脏 男士", "medical", "review", "保护心脏"),
    ("育婴师培训 交钱就拿证 线上", "guarantee", "block", "交钱就拿证"),
    ("备孕茶 包生女儿 调理", "guarantee", "block", "包生女儿"),
    ("红木祖宗牌位 后代兴旺 家用", "superstition", "block", "后代兴旺"),
    ("粉晶手链 招t花 单身", "superstition", "block", "招t花"),
]

SESSION_FORTY_ROUND_THREE_TRAPS = [
    "天然乳胶避孕套 预防性传播疾病 12只",
    "叶酸片 OTC 预防胎儿神经管缺陷 孕早期",
    "乡镇宅基地测绘 上门服务",
    "快递单打印 修改运单信息 热敏纸",
    "丧葬服务 外包治丧礼仪 本地",
]


#: Its fourth round (batches 697 and 699): z + a quality word, zd价, wjw, 硝炎, 100%显瘦, b证 / bz + a wearing result,
#: 穿上添寿, 打牌把把赢, 喂心; traps: V-necks and 抵抗炎炎.
SESSION_FORTY_ROUND_FOUR_HITS = [
    ("羊毛衫 z舒服的打底衫 女", "absolute", "block", "z舒服"),
    ("保暖内衣 清仓zd价 男士", "absolute", "block", "zd价"),
    ("护腰带 wjw推荐 久坐", "authority", "block", "wjw推荐"),
    ("漱口水 硝炎 口腔", "medical", "block", "硝炎"),
    ("塑身裤 百分百显瘦 高腰", "guarantee", "block", "百分百显瘦"),
    ("牛仔裤 b证显瘦 直筒", "guarantee", "block", "b证显瘦"),
    ("运动鞋 百分百不累脚 老人", "absolute", "review", "百分百不累脚"),
    ("寿衣 穿上添寿 老人", "superstition", "review", "穿上添寿"),
    ("红内裤 打牌把把赢 本命年", "superstition", "block", "打牌把把赢"),
    ("童装批发 喂心tz666 一手货源", "diversion", "block", "喂心"),
]

SESSION_FORTY_ROUND_FOUR_TRAPS = [
    "雪纺衫 领口加V设计 显脖子长",
    "毛衣 加V领显脸小 秋冬",
    "防晒衣 抵抗炎炎夏日 户外",
]


@pytest.mark.parametrize("title", [
    *SESSION_FIVE_TRAPS,
    *SESSION_SIX_TRAPS,
    *SESSION_SEVEN_TRAPS,
    *SESSION_TEN_TRAPS,
    *SESSION_ELEVEN_TRAPS,
    *SESSION_TWELVE_TRAPS,
    *SESSION_THIRTEEN_TRAPS,
    *SESSION_FOURTEEN_TRAPS,
    *SESSION_FOURTEEN_ROUND_TWO_TRAPS,
    *SESSION_FIFTEEN_TRAPS,
    *SESSION_SIXTEEN_TRAPS,
    *SESSION_SEVENTEEN_TRAPS,
    *SESSION_EIGHTEEN_TRAPS,
    *SESSION_NINETEEN_TRAPS,
    *SESSION_TWENTY_TRAPS,
    *SESSION_TWENTY_ONE_TRAPS,
    *SESSION_TWENTY_TWO_TRAPS,
    *SESSION_TWENTY_THREE_TRAPS,
    *SESSION_TWENTY_FOUR_TRAPS,
    *SESSION_TWENTY_FIVE_TRAPS,
    *SESSION_TWENTY_SIX_TRAPS,
    *SESSION_TWENTY_SEVEN_TRAPS,
    *SESSION_TWENTY_EIGHT_TRAPS,
    *SESSION_TWENTY_NINE_TRAPS,
    *SESSION_THIRTY_TRAPS,
    *SESSION_THIRTY_ONE_TRAPS,
    *SESSION_THIRTY_TWO_TRAPS,
    *SESSION_THIRTY_THREE_TRAPS,
    *SESSION_THIRTY_FOUR_TRAPS,
    *SESSION_THIRTY_FIVE_TRAPS,
    *SESSION_THIRTY_FIVE_ROUND_TWO_TRAPS,
    *SESSION_THIRTY_FIVE_ROUND_THREE_TRAPS,
    *SESSION_THIRTY_FIVE_ROUND_FOUR_TRAPS,
    *SESSION_THIRTY_SIX_TRAPS,
    *SESSION_THIRTY_SIX_ROUND_TWO_TRAPS,
    *SESSION_THIRTY_SIX_ROUND_THREE_TRAPS,
    *SESSION_THIRTY_SIX_ROUND_FOUR_TRAPS,
    *SESSION_THIRTY_SEVEN_TRAPS,
    *SESSION_THIRTY_SEVEN_ROUND_TWO_TRAPS,
    *SESSION_THIRTY_SEVEN_ROUND_THREE_TRAPS,
    *SESSION_THIRTY_EIGHT_TRAPS,
    *SESSION_THIRTY_EIGHT_ROUND_TWO_TRAPS,
    *SESSION_THIRTY_EIGHT_ROUND_THREE_TRAPS,
    *SESSION_THIRTY_NINE_TRAPS,
    *SESSION_THIRTY_NINE_ROUND_TWO_TRAPS,
    *SESSION_FORTY_TRAPS,
    *SESSION_FORTY_ROUND_TWO_TRAPS,
    *SESSION_FORTY_ROUND_THREE_TRAPS,
    *SESSION_FORTY_ROUND_FOUR_TRAPS,
])
def test_traps_from_blind_batches_are_not_flagged(title):
    assert not [f for f in check(title) if f.level in ("block", "review")], check(title)


@pytest.mark.parametrize("title", [
    *SESSION_EIGHT_TRAPS_NOT_BLOCKED,
    *SESSION_NINE_TRAPS_NOT_BLOCKED,
])
def test_traps_from_blind_batches_are_not_blocked(title):
    assert not [f for f in check(title) if f.level == "block"], check(title)


@pytest.mark.parametrize("title, category, level", [
    *SESSION_FIVE_HITS,
    *SESSION_SIX_HITS,
    *SESSION_SEVEN_HITS,
    *SESSION_EIGHT_HITS,
    *SESSION_NINE_HITS,
])
def test_rules_from_blind_batches_flag(title, category, level):
    assert (category, level) in {(f.category, f.level) for f in check(title)}, check(title)


@pytest.mark.parametrize("title, category, level, text", [
    *SESSION_TEN_HITS,
    *SESSION_ELEVEN_HITS,
    *SESSION_TWELVE_HITS,
    *SESSION_THIRTEEN_HITS,
    *SESSION_FOURTEEN_HITS,
    *SESSION_FOURTEEN_ROUND_TWO_HITS,
    *SESSION_FIFTEEN_HITS,
    *SESSION_SIXTEEN_HITS,
    *SESSION_SEVENTEEN_HITS,
    *SESSION_EIGHTEEN_HITS,
    *SESSION_NINETEEN_HITS,
    *SESSION_TWENTY_HITS,
    *SESSION_TWENTY_ONE_HITS,
    *SESSION_TWENTY_TWO_HITS,
    *SESSION_TWENTY_THREE_HITS,
    *SESSION_TWENTY_FOUR_HITS,
    *SESSION_TWENTY_FIVE_HITS,
    *SESSION_TWENTY_SIX_HITS,
    *SESSION_TWENTY_SEVEN_HITS,
    *SESSION_TWENTY_EIGHT_HITS,
    *SESSION_TWENTY_NINE_HITS,
    *SESSION_THIRTY_HITS,
    *SESSION_THIRTY_ONE_HITS,
    *SESSION_THIRTY_TWO_HITS,
    *SESSION_THIRTY_THREE_HITS,
    *SESSION_THIRTY_FOUR_HITS,
    *SESSION_THIRTY_FIVE_HITS,
    *SESSION_THIRTY_FIVE_ROUND_TWO_HITS,
    *SESSION_THIRTY_FIVE_ROUND_THREE_HITS,
    *SESSION_THIRTY_FIVE_ROUND_FOUR_HITS,
    *SESSION_THIRTY_SIX_HITS,
    *SESSION_THIRTY_SIX_ROUND_TWO_HITS,
    *SESSION_THIRTY_SIX_ROUND_THREE_HITS,
    *SESSION_THIRTY_SIX_ROUND_FOUR_HITS,
    *SESSION_THIRTY_SEVEN_HITS,
    *SESSION_THIRTY_SEVEN_ROUND_TWO_HITS,
    *SESSION_THIRTY_SEVEN_ROUND_THREE_HITS,
    *SESSION_THIRTY_EIGHT_HITS,
    *SESSION_THIRTY_EIGHT_ROUND_TWO_HITS,
    *SESSION_THIRTY_EIGHT_ROUND_THREE_HITS,
    *SESSION_THIRTY_NINE_HITS,
    *SESSION_THIRTY_NINE_ROUND_TWO_HITS,
    *SESSION_THIRTY_NINE_ROUND_THREE_HITS,
    *SESSION_FORTY_HITS,
    *SESSION_FORTY_ROUND_TWO_HITS,
    *SESSION_FORTY_ROUND_THREE_HITS,
    *SESSION_FORTY_ROUND_FOUR_HITS,
])
def test_rules_from_blind_batches_flag_the_words(title, category, level, text):
    assert (category, level, text) in {(f.category, f.level, f.text) for f in check(title)}, check(title)
