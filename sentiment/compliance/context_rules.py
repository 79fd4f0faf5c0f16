"""Context rules: the few exemptions that depend on what surrounds a word, not on the word.

Allow phrases (exemptions.yaml) cover fixed contexts such as 最新/第一次/一级能效.  What they
cannot express lives here, one small function per rule, named in packs with ``rule:``.  Each
rule sees the normalised title and the match span and returns the level to report, or None
when the context exempts the word.  They run only for titles that already have a hit, so
they may be plain Python.  The rules about promises (results, refunds, savings, durability,
comparisons) live in promise_rules.py, those about specs, usage tips and advice (最长续航12小时,
最佳饮用温度, 最好手洗) in spec_rules.py; all are registered here with the rest.
"""

from __future__ import annotations

import re
from typing import Callable

from sentiment.compliance.licences import names_a_licence
from sentiment.compliance.promise_rules import (amount, compared, lasting, never_fails, never_fails_span, outcome_refund,
                                                period, score_jump)
from sentiment.compliance.spec_rules import advice, figure, usage

#: rule(normalised_title, start, end, pack_level) -> level or None (exempt)
ContextRule = Callable[[str, int, int, str], "str | None"]

#: Words after 第一/第1 that make it an ordinal or a first-time word, not a ranking claim.
_ORDINAL_NEXT = set("阶章代次季集期类遍弦节课步批届天周年月部卷册辑弹波版讲回话场轮关层排页条眼杯个任位站句段行幕篇台辆件只双本张套支顿单泡茬胎窝颗粒缕份块首封把编项碗笔班盘瓶剂针堂局圈趟包盒袋箱罐副餐缸片路格顶架艘座栋间株棵朵团组题号发幅枝根钩")
#: After a prefixed ranking (全国第一, 销量第一) only these still make an ordinal (全国第一届).
_STRONG_ORDINAL_NEXT = set("届次批期代章季集")
#: No ranking is followed by these either (我的世界第一人称视角, a game's 第一赛季 after its name).
_STRONG_ORDINAL_PHRASES = ("人称", "视角", "赛季")
_ORDINAL_PHRASES = ("时间", "人称", "视角", "印象", "阶段", "手", "单元", "部分", "口就", "口吃", "口喝", "小时",
                    "乐章", "学期", "学年", "级", "市场", "人民医院", "医院", "中学", "小学", "百货",
                    # a range of parts (第1到7部, 第一到第五章)
                    "到第", "至第",
                    # the first batch or harvest, a bone of the foot (第一锅熬制, 第一水采摘, 第一跖骨)
                    "锅熬", "锅刚", "水采", "跖", "象限", "定律",
                    # a gate or lane at a venue (北门第一检票口, 第一入口)
                    "检票", "入口", "出口", "通道",
                    # a station or step of a machine's work or of a ceremony (第一工位定位, 第一道工序, 第一环节新人入场)
                    "工位", "工序", "工步", "环节", *(f"{to}{n}" for to in "到至" for n in "23456789二三四五六七八九十"),
                    # a game's season (第一赛季开荒), a radio's channel, a phone's first contact (第一频道, 第一联系人)
                    "赛季", "频道", "联系人")
#: Words that start with an _ORDINAL_NEXT character but make 第一 a ranking again (第一餐饮品牌, 第一副食店).
_NOT_ORDINAL = ("餐饮", "餐具", "餐厅", "餐桌", "副食", "顶级", "顶尖", "顶流", "间隔", "团购", "团队", "题材", "发布", "发明", "发源")
_RANKING_HEADS = ("第一", "第1")
#: 第一 and the spellings the packs generate for it (弟一, di一, 第壹, 第i from 第Ⅰ …).
_FIRST = re.compile(r"(?:第|弟|di)(?:一|1|壹|yi|i)")
_PERIOD = re.compile(r"(?:19|20)[0-9]{2}|年度|季度|半年|[0-9一二三四五六七八九十]月|双11|双十一|618|[周月年]榜")
_SOURCES = ("天猫", "淘宝", "京东", "拼多多", "抖音", "快手", "苏宁", "唯品会", "小红书", "亚马逊", "tmall",
            "jd", "来源", "统计", "欧睿", "尼尔森", "中怡康", "奥维云网", "凯度", "艾瑞", "gfk",
            "euromonitor", "榜单", "排行榜")
# WeChat ids are 6-20 characters starting with a letter (sellers also write ids such as 1688pf);
# shorter made-up ids such as bb123 count when they hold a digit; QQ numbers 5-11 digits; phones 11.
_CONTACT_ID = re.compile(r"(?:号码?|id|账号|同号|是|为)?(?:[a-z][a-z0-9_-]{5,19}|[a-z](?=[a-z_-]{0,3}[0-9])[a-z0-9_-]{4}(?![a-z0-9_-])|(?=[0-9a-z_-]{5,20})[0-9]{1,10}[_-]?(?!(?:ml|mm|cm|kg|mah|gb|tb|hz|kw|mg)(?![a-z0-9]))[a-z][a-z0-9_-]*|[0-9]{5,12}"
                         r"|[零〇一二三四五六七八九幺两]{5,11}|[零〇一二三四五六七八九幺两0-9]{5,12})")  # 二8七五6一二三4: mixed
_CONTACT_PREFIX = set("加+")
_PAYMENT_WORDS = ("支付", "付款", "收款", "扫码", "红包", "零钱", "pay")
_MODEL_LABELS = ("型号", "货号", "款号", "编号")


#: Award goods print rankings as their product (奖状 第一名, 冠军奖杯): not a claim about the goods.
_AWARD_GOODS = ("奖状", "奖牌", "奖杯", "锦旗", "表彰", "颁奖", "奖章", "荣誉证书", "奖励贴", "奖品")


#: Team kit printed with a player's number: its No.1…No.99 is the number, not a ranking.
_KIT_NUMBERS = ("球衣", "球服", "篮球服", "足球服", "排球服", "队服", "比赛服", "训练服", "印号", "号码", "背号", "印名字")


def ranking(norm: str, start: int, end: int, level: str) -> str | None:
    """Rankings: ordinals are exempt; a ranking with period AND platform/source needs evidence.

    第一章/第一代/第一次/第1季 are not claims, nor 第一名 on a certificate being sold.
    "2023年天猫销量第一" may be true, so it is ``review`` (the seller must hold the source,
    广告法第十一条) instead of ``block``.
    """
    word = norm[start:end]
    if _FIRST.fullmatch(word) and _is_ordinal(norm, end, digits_count=word.endswith("1")):
        return None  # 第一次, and its spellings (di一次, 弟一次, 第壹次)
    if word.endswith(_RANKING_HEADS) and word not in _RANKING_HEADS and (
            norm[end:end + 1] in _STRONG_ORDINAL_NEXT or norm.startswith(_STRONG_ORDINAL_PHRASES, end)):
        return None
    if any(goods in norm for goods in _AWARD_GOODS):
        return None
    if word.startswith(("no", "№")) and any(kit in norm for kit in _KIT_NUMBERS):
        return None  # 篮球服 印号码 No.1: a player's number on team kit
    if _PERIOD.search(norm) and any(source in norm for source in _SOURCES):
        return "review" if level == "block" else level
    return level


def _is_ordinal(norm: str, end: int, digits_count: bool = True) -> bool:
    """第1 + a digit is 第10/第12 (an ordinal); 第一 + a digit is two selling points run together
    by normalisation (静音效果第一 5级保密), so it stays a claim."""
    following = norm[end:end + 1]
    if not following or norm.startswith(_NOT_ORDINAL, end):
        return False
    if following in _ORDINAL_NEXT or (digits_count and following.isdigit()) or following in "十百千":
        return True
    return norm.startswith(_ORDINAL_PHRASES, end)


def contact(norm: str, start: int, end: int, level: str) -> str | None:
    """Contact handles: with an id or number after them, or "加" before them, they divert buyers.

    A bare 微信 is usually harmless, so packs give it a low level and this rule raises it to
    ``block`` when an id follows.  A payment word right after it (添加微信支付) exempts it.
    """
    if norm.startswith(_PAYMENT_WORDS, end):
        return None  # 添加微信支付
    if norm.endswith(_MODEL_LABELS, 0, start) and norm[start:end].isascii() and norm[end:end + 1].isdigit():
        return None  # 型号VX-300: a model name, not an account (型号加V看 stays)
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


#: A disease or lesion within a few characters after a verb (预防猫瘟, 调节血糖, 修复肝损伤,
#: 矫正扁平足): a treatment claim, whatever the verb.  炎 of 炎热/炎炎夏日 is weather.
_DISEASE_AFTER = re.compile(
    r".{0,5}?(?:(?<!毛)病|瘟|癌|(?<!炎)炎(?![热炎夏])|症|瘤|畸形|内障|青光眼|增生|结节|结石|流感|感冒|损伤|疤痕|"
    r"扁平足|脊柱侧弯|血糖|血压|血脂|尿酸|胆固醇|脱发|失眠|便秘|痔|哮喘|过敏|湿疹|癣|疹|疣|溃疡|中风|偏瘫|"
    r"骨质疏松|腹直肌分离(?!评估|检测|测试|自测)|近视|弱视|散光|斜视|耳鸣|耳聋|痛风|贫血|不孕|阳痿|早泄|前列腺|三高|血栓|动脉硬化|心绞痛|"
    r"抑郁|焦虑|多动|自闭|痴呆|帕金森|癫痫|病毒|寄生虫|真菌|感染|肿痛|静脉曲张|螺杆菌|老寒腿|腰痛|头痛|牙痛|胃痛|"
    r"腰疼|头疼|牙疼|胃疼|痛经|神经痛|关节痛|腿疼|腿痛|积食|厌食|发烧|发热|咳嗽|腹泻|偏头|扁头|o型腿|x型腿|罗圈腿|驼背|"
    r"细小|犬瘟|猫鼻支|健忘|尿闭|尿道|尿路|泌尿|尿结晶|冠状|传染|黄褐斑|雀斑|老年斑|晒斑|结shi|颈椎|腰椎|腰间盘|髋关节|痱子|猫藓|激素脸|登革热|老花眼|高低肩|受损神经|痘印|疤|皲裂|综合征|鼠标手|拇外翻)")


#: What a disinfectant's label may say it kills: the test organisms of the disinfection standards (GB 27950-27954),
#: named on the product's filing (84消毒液 可杀灭肠道致病菌, 消毒湿巾 杀灭大肠杆菌).  A virus or a disease's germ
#: (杀灭新冠病毒, 杀灭幽门螺杆菌) stays a claim.
_TEST_ORGANISM = re.compile(r"[^病]{0,4}?(?:肠道致病菌|化脓性球菌|化脓性细菌|致病性酵母菌|大肠杆菌|金黄色葡萄球菌|白色念珠菌|"
                            r"铜绿假单胞菌|细菌繁殖体)")
_DISINFECTANT_WORDS = ("消毒", "除菌", "卫消", "消字号")


def disease(norm: str, start: int, end: int, level: str) -> str | None:
    """Verbs such as 预防/调节/修复/矫正 are a medical claim when a disease follows closely."""
    found = _DISEASE_AFTER.match(norm, end)
    if found is None:
        return None
    if norm.startswith(("杀灭", "杀死"), start) and any(word in norm for word in _DISINFECTANT_WORDS):
        organism = _TEST_ORGANISM.match(norm, end)
        if organism and organism.end() >= found.end():
            return None  # a disinfectant naming the organisms it was tested on
    return level


#: Construction words that make 天花板 the ceiling (铝扣板 集成吊顶 天花板), not "the best".
_CEILING_WORDS = ("吊顶", "吸顶", "扣板", "石膏", "龙骨", "装修", "安装", "顶棚", "屋顶", "墙面", "墙纸", "墙板",
                  "射灯", "吊扇", "筒灯", "开孔", "嵌入式",
                  "漏水", "隔音", "隔热", "pvc", "集成", "贴纸", "壁纸", "装饰板", "天花板灯", "投影", "星空顶",
                  "打孔", "膨胀", "挂钩", "板材", "防水", "吊挂", "吊装", "挂在")


def ceiling(norm: str, start: int, end: int, level: str) -> str | None:
    """天花板 is slang for "the very best" (螺蛳粉天花板) unless the title is about ceilings."""
    return None if any(word in norm for word in _CEILING_WORDS) else level


#: Logistics words that make 转运 forwarding parcels (海外集运 转运仓), not changing one's luck.
_LOGISTICS_WORDS = ("移位", "卧床", "病人", "患者", "护理", "担架", "集运", "物流", "物料", "搬运", "叉车", "地牛", "货物", "推车", "快递", "仓", "冷链", "配送", "周转", "外卖", "转运箱", "货代", "中转", "包裹", "空运", "海运", "运输", "清关", "直邮",
                    "运费", "托运", "专线", "货运", "转运站", "转运中心", "转运公司", "转运地址", "行李", "搬家")


def logistics(norm: str, start: int, end: int, level: str) -> str | None:
    """转运 is a luck claim (红绳 转运) unless the title is about forwarding parcels."""
    return None if any(word in norm for word in _LOGISTICS_WORDS) else level


#: A disease named in a warning (糖尿病患者慎食, 高血压人群慎用) is no claim.
_CAUTION_AFTER = re.compile(r".{0,6}?(?:谨慎|勿使用|请勿|禁止使用|不可使用|不能使用|不宜使用|慎用|慎食|慎服|慎饮|慎吃|慎行|慎去|慎入|慎选|慎购|慎拍|禁用|禁食|禁服|禁饮|勿用|勿食|勿饮|不宜|忌用|忌食|忌饮|遵医嘱|少食|少吃|少喝|少饮)")


#: Photo retouching (证件照精修 祛痘祛斑, 孕妇照修图 淡化妊娠纹): the skin is edited in the picture, not treated.
#: 精修 counts only next to a picture word, since goods use it too (精修眉刀).
_RETOUCH = ("修图", "p图", "修片", "后期修")
_PICTURE = ("照", "写真", "人像", "图")


def _retouching(norm: str) -> bool:
    return any(word in norm for word in _RETOUCH) or ("精修" in norm and any(word in norm for word in _PICTURE))


def registered(norm: str, start: int, end: int, level: str) -> str | None:
    """Claims that need a licence (祛斑, 杀菌, 增强免疫力) drop to ``info`` when the title names one."""
    if _CAUTION_AFTER.match(norm, end) or _retouching(norm):
        return None
    return "info" if level == "review" and names_a_licence(norm) else level


#: Endorsement in a story after a state organ or official (交警执勤穿的就是这款, 县长直播时亲口夸过,
#: 公安系统都在用, 新华社记者来村里拍过): the organ alone (公安县, 政府补贴) is no claim.
_ENDORSED_AFTER = re.compile(
    r".{0,10}?(?:同款|吃过|喝过|用过|送过|接待|都穿|都用|都喝|都吃|都戴|都在|都认|推荐|夸|出品|背书|合作|供应|尝过|播过|拍过|报道|订|采购|指定|用的|穿的|喝的|吃的|"
    r"戴的|配的|专用|供货|供给|只供|人手一|统一配|在用|一直用|送客人|招待|流出|配发|执勤|站岗|拉练|认可|点名|亲自|坐诊|签约|特聘|跟拍|常备|示范|颁发|台站|合作伙伴|出征|靠的就是|换的|喂的|"
    r"发文|办案|内部|授课|亲授|办公用|选用|定点|授旗|授牌|力挺|力荐|用车|推介|伙房|福利|配备|必备|品尝|说好|装的|爱吃|爱喝|授权|首选|那款|执法|要求|题写|题字|题词|亲笔|挑走|挑中|专家指导|颁证|专家研制|研制|标配|坐镇|在轨|搭载|同源|在售|带货|配用|每天用|天天用|每天都用|就是这|天天喝|天天吃|每天喝|每天吃|列装|中标|集采|鼓励|现场使用|指定使用|牵头|一直拿|都拿|统一推广|推广|统一安装|涂层技术|同源技术|同厂|同一厂|同一酒厂|官方装备|指定装备|统一发放|"
    r"zhuan用|专yong|tui荐|推jian|zhi定|指ding|tong款|同kuan)")  # and their pinyin dodges (公检法zhuan用)


#: Words before a state body that make what follows a standard met (符合教育部…要求), not an endorsement.
_CONFORMS_TO = ("符合", "按照", "依据", "根据", "参照", "执行")
#: Words after a state body that make it a place (市政府旁, 民政局领证), not an endorser.
_PLACE_AFTER = ("旁", "附近", "对面", "旁边", "门口", "周边", "路", "街", "站", "大院旁", "领证", "登记处", "窗口", "办事大厅")


#: 同款 after these is the same item for two wearers (男女同款, 亲子同款), not an endorsement.
_PAIR_BEFORE_SAME = ("男女", "情侣", "亲子", "母女", "父女", "母子", "父子", "姐妹", "闺蜜", "兄弟", "夫妻", "大小",
                     "家庭", "一家", "宝宝", "儿童", "大人", "男款", "女款", "男童", "女童", "同学", "班级")


def endorsed_nearby(norm: str, start: int, end: int, level: str) -> str | None:
    """A state organ or official in a title is a claim only when an endorsement follows it
    (and not when it names a place: 市政府旁 酒店 推荐, nor when the only 同款 is 男女同款)."""
    if norm.startswith(_PLACE_AFTER, end):
        return None
    if norm.endswith(_CONFORMS_TO, 0, start):
        return None  # 符合教育部学籍照片要求: a standard the product meets, not an endorsement
    found = _ENDORSED_AFTER.match(norm, end)
    if found and norm.startswith("为准", found.end()):
        return None  # 以车管所要求为准: the body's rules apply, nothing is endorsed
    while found and found.group().endswith("同款") and norm.endswith(_PAIR_BEFORE_SAME, end, found.end() - 2):
        found = _ENDORSED_AFTER.match(norm, found.end()) if found.end() - end < 10 else None
    return level if found else None


#: A disease, then how the product made it go away (我爸喝了半年血糖降下来了, 痛经的姑娘喝了就不疼,
#: 一冬没感冒): a treatment claim told as a story.  康复 naming a service (运动康复私教, 康复训练) is no cure.
_CURED_AFTER = re.compile(
    r".{0,12}?(?:降下来|降了|下来了|好了|好多了|好很多|就好|不再疼|不再痛|养好|治好|喝好|吃好|消了|没了|不疼|不痛|止住|通开|回去了|不打了|掰正|再没犯|"
    r"没犯过|没感冒|不怕|不得|不用吃药|怀上|长出|消水肿|好转|痊愈|康复(?!训练|私教|师|中心|科|机构|护理|器|用品|评估|课|指导|方案)|恢复正常|减轻|缓解了|断根|除根|没复发|不复发|"
    r"正常了|稳住|稳了|稳稳|稳定了|不再犯|再也不犯|消失了|淡了|淡到|化掉了|化了|少了|回升|不咳|不长|不飙|不响了|排出来|排出了|不红|不痒|全消|出了绒毛|长了绒毛|一觉到天亮|"
    r"一去不返|一去不复返|不再复发|永不复发|再没复发|[喝吃]到了?[0-9]|降到了?[0-9]|降至[0-9]|(?<!第)[0-9一二两三四五六七八九十几半]{1,2}[天晚次][就便]?(?:好(?![评看用吃喝])|痊愈|消失|愈合))")


def cured_after(norm: str, start: int, end: int, level: str) -> str | None:
    """A disease or symptom is a treatment claim when a cure follows it in the title."""
    return level if _CURED_AFTER.match(norm, end) else None


#: Electrical words that make 降压 a voltage step-down (变压器 220V转110V 降压), not blood pressure.
_ELECTRICAL = re.compile(r"变压器|电压|电源|模块|转换器|逆变|稳压|[0-9]+v|伏|启动柜|降压启动|配电|电工|电路|电机|降压线|记录仪")


def not_electrical(norm: str, start: int, end: int, level: str) -> str | None:
    """降压 is a medical claim unless the title is about electricity."""
    return None if _ELECTRICAL.search(norm) else level


#: Words that make 防病毒 computer security (杀毒软件 防病毒), not a health claim.
_SOFTWARE = ("软件", "杀毒", "电脑", "u盘", "写保护", "windows", "激活码", "防火墙", "网络安全", "网关", "服务器", "终端安全", "mac")


def not_software(norm: str, start: int, end: int, level: str) -> str | None:
    """防病毒 is a health claim unless the title is about computer security."""
    return None if any(word in norm for word in _SOFTWARE) else level


#: Goods for teeth: whitening is one of a toothpaste's permitted claims (牙膏监督管理办法), not a
#: special-use cosmetic's.
_TEETH = ("牙膏", "牙刷", "牙粉", "牙贴", "洁牙", "牙齿", "冲牙器", "漱口水")


def whitening(norm: str, start: int, end: int, level: str) -> str | None:
    """美白 needs a special-use cosmetic's licence (see :func:`registered`), except on goods for teeth."""
    if any(word in norm for word in _TEETH):
        return None
    return registered(norm, start, end, level)


#: Rules packs may name with ``rule:``.
RULES: dict[str, ContextRule] = {"figure": figure, "ranking": ranking, "contact": contact, "usage": usage,
                                 "amount": amount, "period": period, "disease": disease, "ceiling": ceiling,
                                 "logistics": logistics, "advice": advice, "registered": registered,
                                 "outcome_refund": outcome_refund, "endorsed_nearby": endorsed_nearby,
                                 "cured_after": cured_after, "not_electrical": not_electrical,
                                 "not_software": not_software, "lasting": lasting,
                                 "compared": compared, "never_fails": never_fails,
                                 "whitening": whitening, "score_jump": score_jump}

#: Rules whose finding covers more than the listed word: (normalised title, start, end) -> (start, end).
SPANS = {"never_fails": never_fails_span}

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
