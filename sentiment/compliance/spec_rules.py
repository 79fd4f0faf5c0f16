"""Specifications, usage tips and advice: the SAMR guideline's exemptions around 最.

最长续航12小时 (a spec with a figure), 最佳饮用温度 / 冷藏4小时最佳 (a usage tip) and 最好手洗 (advice to the
buyer) are facts or instructions, not quality claims.  ``figure``, ``usage`` and ``advice`` are context rules
(see context_rules.py, where they are registered): each takes the normalised title and the match span and
returns the level to report, or None when the context exempts the word.
"""

from __future__ import annotations

import re

from sentiment.compliance.promise_rules import CN_DIGITS as _CN_DIGITS

_UNITS = ("kg|g|mg|t|斤|公斤|克|吨|m|cm|mm|km|米|厘米|毫米|公里|寸|英寸|尺|h|小时|分钟|min|秒|s|天|"
          "个月|周|年|w|kw|瓦|千瓦|v|伏|a|安|mah|ah|毫安|ml|l|升|毫升|度|倍|人|位|件|层|档|速|级|"
          "码|号|gb|tb|mb|hz|db|分贝|帕|pa|kpa|bar|平|平米|平方|㎡|元|折|款|种|色|片|粒|包|瓶|次|流明|lm|尼特|nits|nit|"
          "张|本|支|条|只|双|套|根|盒|袋|份|台|页|首|部|颗|杯|碗|指|个|科|门|"
          "dpi|ppi|rpm|lux|psi")
_FIGURE = re.compile(rf".{{0,6}}?(?:(?<![0-9])([0-9]+)({_UNITS})?|([{_CN_DIGITS}]+)(?:{_UNITS}))")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: A rating right after 等级最高 (IP68, 1级, E0级): the grade a standard gives, not a ranking.
_GRADE = re.compile(r"[a-z]{0,3}[0-9]")

#: What comes right before 最 when it ranks quality, not a measured spec: 功能最多, 环保等级最高.
_QUALITY_BEFORE = ("功能", "性能", "品质", "质量", "等级", "级别", "档次", "效果", "功效", "口碑", "评价",
                   "销量", "人气", "性价比", "颜值", "工艺", "做工", "口感", "音质", "画质",
                   "同类", "同行", "同价位", "同级别", "同级", "市面上", "市场上")


#: A membership or game grade right after 最高等级 (SVIP10, LV8, V7).
_MEMBER_GRADE = re.compile(r"(?:svip|vip|lv|v)[0-9]")


#: A video resolution right after 画质最高 (画质最高1080P, 画质最高4K): the spec itself, not a ranking of the picture.
_RESOLUTION = re.compile(r"(?:[0-9]{3,4}p|[248]k)(?![a-z])")


#: A bra cup size within a few characters (最大支持E罩杯, 最大到D杯): a figure written as a letter.
_CUP_SIZE = re.compile(r".{0,6}?(?<![a-z])[a-h]{1,2}(?:罩杯|杯)")


#: Product words that end in a quality noun (多功能 最大钻孔直径13mm): a feature list before a spec.
_FEATURE_WORDS = ("多功能", "全功能", "多效能", "高性能", "高品质", "高质量", "高颜值")


def figure(norm: str, start: int, end: int, level: str) -> str | None:
    """Specifications with a figure are facts (最长续航12小时, 最大承重200kg): exempt.

    Units are often symbols the normaliser drops (℃, %), so any digits within a few
    characters count; numbers in Chinese need a unit (最长续航十二小时, not 最大的一次).
    A year on its own ("最大 2024新款") is not a figure for the word before it, and a quality
    noun before the word (功能最多, 环保等级最高) makes it a ranking whatever figure follows.
    """
    if norm.endswith(("等级", "级别"), max(0, start - 2), start) and _GRADE.match(norm, end):
        return None  # 防水等级最高IP68: the rating itself, a figure
    if norm.startswith(("等级", "级别"), end) and _MEMBER_GRADE.match(norm, end + 2):
        return None  # 最高等级SVIP10, 最高等级LV8: the top grade of a membership or a game, a figure
    if norm.endswith("画质", max(0, start - 2), start) and _RESOLUTION.match(norm, end):
        return None  # 画质最高1080P: a resolution, a figure
    if (norm.endswith(_QUALITY_BEFORE, max(0, start - 3), start) and not norm.endswith(_FEATURE_WORDS, 0, start)) \
            or norm.startswith(_QUALITY_BEFORE, end):
        return level  # 功能最多, 最高性价比 10.1英寸: a ranking, whatever figure follows
    found = _FIGURE.match(norm, end)
    if found is None:
        return None if _CUP_SIZE.match(norm, end) else level  # 最大支持E罩杯: a cup size is a figure
    digits, unit = found.group(1), found.group(2)
    after = norm[found.end():found.end() + 1]
    if digits and _YEAR.fullmatch(digits) and unit in (None, "年", "款") and not (after.isascii() and after.isalpha()):
        return level  # "最大 2024新款": a year, not a figure (最高2000nits: a unit in letters follows)
    if found.group(3) in ("一", "壹") and norm[found.start(3) - 1:found.start(3)] == "的":
        return level  # 扭力最大的一款: "the … one", not a figure
    if found.group(3) in ("一", "壹") and norm[found.end(3):found.end()] == "个":
        return level  # 最大一个优点: "one …", not a count (最多缺一两个 is one; 最长不超过一个月 is a period)
    if norm.find("的", end, found.start(1 if digits else 3)) >= 0:
        return level  # 升温最快的焊台 936, 最高效的学习方法 45分钟: "the fastest …", whatever figure follows
    return None


#: Nouns of a usage instruction: 最佳饮用温度, 最佳观看距离, 最佳醒酒时间.
_USAGE = re.compile(r".{0,4}?(?:烹饪量|时间|温度|水温|距离|方式|方法|时期|时机|季节|时段|角度|用量|比例|浓度|湿度|水域|赏味期|赏香期|适饮期|风味期|涂抹量|使用量|加水量|观影位|观赏位|座位|熟度|区域|位置|姿势|高度|年龄|视距|视角|存储电量|充电电量|胎压|握姿|握法|坐姿|睡姿|布局|时长|周期|摆放|喂食量|喂养量|食量|剂量|倍数|维持期|保持期|人数|身高|体重|尺码|码数|脚长|头围|腰围|月龄|花期|间隔|雪季|滑雪季|投喂|投放|电流|电压|厚度|涂覆|"
                    # a game's or a device's settings (最佳配置要求, 最佳配队方案, 最佳跑图路线, 最佳充电区间)
                    r"配置要求|配队|跑图路线|观看清晰度|充电区间|"
                    # where, how often or in what setting (最佳粘贴部位, 最佳频率每周一次, 最佳显示分辨率, 最佳运行环境)
                    r"部位|频率|分辨率|打印尺寸|运行环境|参数设置|顺序|稠度|朝向|配比|"
                    # where to stand, fish or change, how to eat it, where to stick it (最佳观景点光明顶, 最佳钓点在深水区,
                    # 最佳换乘方案, 最佳吃法拌面, 最佳粘贴表面)
                    r"观景点|观景台|观景位|换乘|钓点|钓位|吃法|做法|粘贴|"
                    # what to wear, how long to let it dry, a water parameter (毕业照最佳着装, 施工后最佳晾干期一周,
                    # 海水缸最佳比重1.022, 孵化最佳盐度3%, 虾缸最佳TDS 100-150)
                    r"着装|晾干期|固化期|比重|盐度|tds|ph值|kh值|gh值)"
                    r"|(?:参观|存放|储存|保存|放置|放在|饮用|食用|冲泡|播种|种植|采摘|佩戴|使用|搭配|醒酒|醒花|醒茶|浸泡|腌制|采收|定植|移栽|施肥|修剪|授粉|"
                    r"拍摄|观测|观察|观赏|击球|游览|出行|入园|搭建|安装|场地|地面)")
#: A use right before 最佳 (收货后24小时内食用最佳, 冰镇后饮用最佳) is the same usage tip, written the
#: other way round; 口感最佳 counts as one only after an instruction (加热10分钟口感最佳).
_USE_BEFORE = ("食用", "饮用", "冲泡", "使用", "施用", "品尝", "享用", "加热", "冷藏", "冰镇", "解冻", "保存", "储存",
               "存放", "佩戴", "播种", "种植", "观赏", "服用", "加冰", "纯饮", "冰饮", "热饮", "建议", "冷泡", "热泡", "冷萃",
               "煮饮", "温饮", "手洗", "机洗", "干洗", "阴干", "晾干")
_TASTE_BEFORE = ("口感", "风味", "味道", "口味")
#: A use and how long it takes, right before 最佳 (建议冷藏解冻8小时最佳, 浸泡30分钟最佳): a usage tip.
_TIMED_USE_BEFORE = re.compile(rf"(?:{'|'.join(_USE_BEFORE)}|浸泡|腌制|醒酒|醒茶|醒|蒸|煮|炖|泡|敷|静置|微波|复热|出门|睡|饭|"
                               r"洗澡|洗完澡|沐浴|洗脸|洗完脸|洁面|洗头|洗完头|运动)"
                               r"[前后]?[0-9一二两三四五六七八九十半]+(?:分钟|小时|天|秒)(?:左右|以上|内|以内)?[前后]?再?(?:涂抹|使用|涂|喷|敷|服用|饮用|用|练习|锻炼|训练)?(?:效果)?$")
_INSTRUCTION = re.compile(r"后|分熟|分钟|小时|天内|秒|建议|冷藏|冰镇|加热|微波|解冻|煮|蒸|冲泡|温热|收货|当天|[0-9]+度|至[0-9]|"
                          r"(?:放置|静置|存放|常温放|放|催熟|后熟)[0-9一二两三四五六七八九十]+天")  # 放置2-3天口感最佳


#: What follows 最好 when it means "had better" (开封后最好一周内吃完, 最好手洗, 使用前最好先做皮肤测试).
_ADVICE_AFTER = re.compile(
    r"(?:先|手洗|干洗|机洗|冷藏|冷冻|密封|避光|尽快|及时|当天|当日|现做|现吃|现用|现泡|现冲|在|不要|别|勿|避免|搭配|配合|"
    r"现拌|现调|现配|现磨|现炒|现烤|现蒸|现冲|提前|放在|存放|放入|放置|放|每|晾|平铺|摘|戴|过渡|保持|置于|储存|保存|清洗|浸泡|避开|远离|冲泡|有|全部|立|"
    r"从.{1,8}?(?:开始|学起|入手|做起)|选|拍|拆|取下|覆膜|闷棚|喷施|兑水|稀释|拌种|灌根|撒施|咨询|联系客服|解冻|分区|按|半电|满电|两人|双人|多人|专人|由专业|请专业|备注|量好|测量|[春夏秋冬]|趁|通风|学|入门|油皮|干皮|混油|敏感肌|冷水|温水|两到|[一二三四五六七八九十]到|"
    r"坐姿|站姿|坐着|平躺|早餐|午餐|晚餐|早饭|午饭|晚饭|餐后|餐前|空腹|连续|沸水|开水|热水|凉水|参考|对照|薄涂|少量|多次|分次|斜剪|剪|一次|煮沸|间隔|换盆|使用|常温|冰镇|加冰|温热|加热|不(?!过)|见|出门|晚间|晚上|早晚|睡前|饭后|饭前|沐浴|洗澡|洗脸|"
    r"喷在|涂在|抹在|贴在|现拆|现开|现煮|现切|现剥|大火|小火|中火|文火|随水|随餐|早上|上午|下午|傍晚|早点|用热|用温|用冰|吃完|喝完|用完|等|悬挂|室内|室外|阴凉|自清洁|种在|栽在|养在|泡软|泡开|泡发|泡水|用新鲜|用玻璃|用陶瓷|用紫砂|用砂锅|用铁锅|干手|干脸|湿手|"
    # 最好用 + what to use (最好用温水, 最好用擦银布) or which setting (最好用轻柔洗程序); 最好用的 stays a claim
    r"用[0-9]|用[^的]{0,5}?(?:程序|模式|档|挡)|用温水|用冷水|用沸水|用滚水|用纯净水|用凉白开|用矿泉水|用自来水|用擦|用软|用清水|用中性|用专用|用湿|用干|"
    # a time, temperature or doneness: 最好-18℃冷冻, 最好3-5月播种, 最好敷15分钟, 最好三分到五分熟,
    # 水温最好70℃以下 (℃ is dropped or read as c); how to dry or what flour to use (最好阴干, 最好用高筋面粉)
    r"[0-9]+(?:冷冻|冷藏|保存|度|点|月|c|以下|以上|以内)|阴干|晾干|风干|用高筋|用低筋|用中筋|用面包粉|用于|量脚|量尺寸|冰饮|热饮|冷饮|室温|软化|.{0,2}?[0-9一二两三四五六七八九十半]+(?:天|日|周|个月|小时|分钟|秒|遍|次|层)|"
    r"[0-9一二两三四五六七八九十半]+分(?:熟|到|至)|"
    # how to clean, prepare or replace it (用完最好擦干上油, 最好蒸前泡水, 最好半年换一次, 最好用木铲)
    r"擦干|擦净|上油|反面|翻面|两根一起|反向|单独|循序渐进|[蒸煮炖煎炒烤炸]前|[0-9一二两三四五六七八九十半]+年(?:一换|换|更换)|用木|用竹|用硅胶|温饮|"
    # where to put it (最好靠窗摆放, 最好离墙10cm, 最好隔水加热), how often or how much (最好隔天用, 最好贴一整夜,
    # 最好减少护肤步骤)
    r"隔着|隔一层|隔水|隔天|隔日|减少|贴一整夜|贴满|靠窗|靠墙|靠近|离墙|离地|离窗|离热源|摆在|摆放|"
    # how to set it or where to apply it (上坡最好调短5cm, 最好离床1米以上, 最好点在角落缝隙处)
    r"调[短长高低到至松紧]|离.{1,3}?[0-9一二两三四五六七八九十半]|点在|挂在|装在|放到|放于|"
    # a pressure or level to keep (胎压最好打到80-100psi, 最好控制在60%以下)
    r"打到|打至|充到|充至|加到|控制在|"
    # something to add to it first (新镜头最好加一片UV镜)
    r"加一片|加一层|加一个|加装|开锅|"
    # how to hand in a print file (设计稿最好转曲, 文件最好用PDF格式)
    r"转曲|用pdf|存为|存成|导出|"
    # a limit to keep or a moment of the day (音量最好低于50分贝, 最好早晨空腹测量), a step before the next
    # (最好搓细后再塞入耳道) or the use after a step (最好去核后煮粥, 最好炒熟再泡), what to mix it in (最好用摇摇杯冲调),
    # listen with (最好用耳机收听), drink it from (最好用郁金香杯品饮) or clean it with (最好用吸尘器顺毛清理)
    r"低于|高于|不超过|不要超过|不低于|不高于|早晨|清晨|晨起|[^的]{1,4}?(?:后再|后[煮蒸泡炖吃喝冲用]|再[泡煮蒸吃喝用冲晾磨])|"
    r"用[^的]{1,5}?(?:冲调|冲泡|搅拌|摇匀|清洗|擦拭|收听|聆听|观看|品饮)|用吸尘器|用除螨仪|用软毛刷|"
    # a camera setting, or a level compared with something named (拍夜景最好开大光圈, 冰点最好比当地最低气温低10℃)
    r"开大|开到|调大|调小|调到|比[^的]{1,8}?[低高]|"
    # how to charge it (新电池最好充满再用, 最好用原装充电头)
    r"充满|用原装|用原厂|"
    # where to lay it (毒饵站最好沿墙根摆放), what to add or mix it with (打冰沙最好加少量水, 最好与原猫砂混合过渡),
    # or to change parts together (琴弦最好整套一起更换)
    r"沿|顺着|贴着|加(?:少量|适量|点|一点|入少量)|与[^的]{1,6}?(?:混合|搭配|同用|一起|配合|过渡|齐平|平齐|持平)|整套|一起更换|同时更换|"
    # how to brew it (前两泡最好快出汤, 最好中小火慢煮)
    r"快出汤|快速出汤|中小火|中大火|"
    # what to use it with (剃须刀 最好配剃须泡; 最好配的 and 最好配色 stay claims)
    r"配(?![的色])|"
    # how to pour or level it (核桃油最好淋在辅食上, 量勺最好刮平)
    r"淋在|滴在|倒在|刮平|"
    # how to practise or what to wear for it (最好对着镜子练习, 最好限时刷题, 练车最好穿平底鞋)
    r"对着|限时(?:刷|做|练)|穿(?:平底|宽松|浅色|深色|长袖|纯棉|防滑)|"
    # a setting to switch on, or a wipe before use (夜间最好开启红外模式, 手指干燥最好擦一下再按)
    r"开启|擦一下|擦一擦|"
    # what to wear under it, or to warm the water (滑雪服最好内穿速干衣, 冬季饮水最好加温)
    r"内穿|加温|"
    # what to bring or when to sleep before a shoot (最好带两套备用衣服, 最好带吸油纸, 拍前一晚最好早睡), or how to keep
    # it (护钞袋最好单张存放, 硬币管最好整卷存放)
    r"带(?:上|好|齐|够|[0-9一二两三四五六七八九十]|备用|吸油纸|证件|身份证|浴巾|毛巾|水杯|保温杯|泳镜|泳帽|换洗)|早睡|早点睡|自备|"
    # which foot or which lights (油门刹车最好都用右脚, 雨天最好开近光灯)
    r"都用|开(?:近光|远光|双闪|雾灯)|"
    r"(?:单张|整卷|整套|分开|分类|竖着|竖直|平放|独立)(?:存放|保存|收纳|放置))")


#: What comes right before 最好 when it is advice: a moment or a way of use (使用前最好, 到货后最好,
#: 冷藏最好, 水开直接下锅最好).
_ADVICE_BEFORE = ("前", "后", "时", "水温", "浇水", "插瓶", "养护", "下锅", "趁热吃", "趁热喝", "现吃", "现做", "用完", "水冲",
                  "比例",  # 米水比例最好1:1.2
                  "施肥", "追肥", "种植深度", "播种深度", "栽种深度") + _USE_BEFORE  # 施肥最好薄肥勤施


def advice(norm: str, start: int, end: int, level: str) -> str | None:
    """最好 + an instruction is advice to the buyer, not a claim about the goods; so is 最好 right
    after a moment or way of use (see _ADVICE_BEFORE)."""
    if _ADVICE_AFTER.match(norm, end) or norm.endswith(_ADVICE_BEFORE, 0, start) \
            or _TIMED_USE_BEFORE.search(norm, max(0, start - 14), start) or _measured_before(norm, start):
        return None
    if _taste_after_preparation(norm, start):
        return None  # 蒸10分钟口感最好: how to prepare it, as with 最佳
    if norm[end:end + 1].isdigit() and any(norm.find(use, max(0, start - 6), start) >= 0 for use in _USE_BEFORE):
        return None  # 冲泡绿茶最好80℃ (the normaliser drops ℃): the setting for a use named just before
    if norm.find("建议", max(0, start - 14), start) >= 0 and not norm.startswith("的", end):
        return None  # 建议提前30分钟预冷 效果最好: the result of following an instruction
    return level


#: A quantity measured in a unit within a few characters after 最佳 (最佳涂刷厚度1.5mm, 最佳钓深1-3米):
#: the recommended setting of a product, which the SAMR guideline treats like a usage tip.  Only
#: units of measure count: 最佳选择 5折 and 最佳礼物 2瓶装 stay claims.  A weight or volume further on is
#: usually the pack size, so it counts only within four characters (最佳投喂量5g, 投喂最佳 浮性 5kg), not
#: beyond (最佳红茶 古树晒红250g, 最佳配方 养花种菜40升: normalisation has joined the words).
#: The normaliser drops %, °, ℃ and the dash of a range, so only units written in letters or characters
#: are left to match.
_SETTING = re.compile(r"[^0-9]{1,6}?[0-9.]+(?:m|cm|mm|km|kmh|米|厘米|毫米|寸|h|小时|分钟|min|秒|天|"
                      r"v|度|bar|kpa|pa|psi|hz|db|lux)(?![a-z])")  # not the m of 250ml
_SETTING_AMOUNT = re.compile(r"[^0-9]{1,4}?[0-9.]+(?:kg|g|mg|斤|克|ml|l|升|毫升)")
#: What the best thing is, when it is the goods themselves (最佳床垫品牌 20cm独立弹簧, 最佳选择 1.5m): a
#: claim, whatever size follows.
_CLAIM_NOUN = re.compile(r"品牌|产品|单品|好物|神器|选择|之选|礼物|礼品|伴侣|搭档|拍档")


#: A temperature, time, pressure or working distance right before the word (冲泡水温80-85度最佳, 水温37℃最适宜,
#: 冷藏4小时最好, 测温距离3-5cm最佳): the recommended setting again, written the other way round (a weight or size
#: is a spec: 500g 最好的茶).  Normalisation drops ℃ and the dash of a range, so a bare figure counts only after a
#: temperature, distance or angle noun (水温37最适宜, 冷藏4最佳, 瓶身倾斜45°最佳).
_MEASURED_BEFORE = re.compile(r"(?:[0-9.]+(?:度|c|小时|分钟|h|min|bar|psi)|(?:水温|温度|室温|油温|冷藏|冷冻|冰镇|恒温)[0-9.]+"
                              r"|(?:距离|间距)[0-9.]+(?:cm|mm|m|米|厘米|公分)?|(?:角度|倾斜)[0-9.]+"
                              r"|比例[0-9.]+(?:比|:)[0-9.]+"  # 稀释比例1比1最佳
                              # an oven setting (℃ is dropped: 烤箱220℃最佳) or a doneness (五分熟最佳)
                              r"|(?:烤箱|烘烤|上下火|炉温)[0-9.]+|[0-9一二三四五六七八九十]分熟)"
                              r"(?:左右|以内|以下|以上|之间)?为?$")  # 以90度为最佳


#: A condition of use ending in 效果 right before 最佳 (笔头与纸面垂直时扫描效果最佳, 贴合皮肤后效果最佳): how to
#: use it for the best result, not a ranking of the goods.
_CONDITION_BEFORE = re.compile(r"(?:时|后)[^的最]{0,4}?效果$")


def _measured_before(norm: str, start: int) -> bool:
    return _MEASURED_BEFORE.search(norm, max(0, start - 12), start) is not None


def usage(norm: str, start: int, end: int, level: str) -> str | None:
    """最佳 describing how or when to use a product (最佳饮用温度, 最佳观看距离2.5米) is a usage
    tip, not a quality claim (SAMR guideline): exempt when a usage noun follows within 4
    characters or a use comes right before (食用最佳); 最佳选择/最佳品质/口感最佳 stay flagged."""
    if _USAGE.match(norm, end) or norm.endswith(_USE_BEFORE, 0, start) \
            or _TIMED_USE_BEFORE.search(norm, max(0, start - 12), start) or _measured_before(norm, start) \
            or _CONDITION_BEFORE.search(norm, max(0, start - 8), start):
        return None
    if norm.startswith("最佳", start) and not norm.startswith(_QUALITY_BEFORE, end):
        setting = _SETTING.match(norm, end) or _SETTING_AMOUNT.match(norm, end)
        if setting and not _CLAIM_NOUN.search(norm, end, setting.end()):
            return None  # 最佳胎压2.3-2.5bar, 最佳钓深1-3米, 最佳存储电量40%-60%: a recommended setting
    if norm.startswith(_SUITED, start) and (_ADVICE_AFTER.match(norm, end) or _USAGE.match(norm, end)
                                            or norm[end:end + 1].isdigit() or norm.startswith(_COOKING, end)
                                            or _PLANTING.match(norm, end)):
        return None  # 最适合油皮夏季使用, 最适宜15-25℃养护, 最适合做红烧, 最适宜北方种植: conditions of use
    if norm.startswith(_SUITED, start) and norm.find("的", end, end + _SUITED_REACH) < 0:
        return None  # 最适合前置滚筒, 最宜零下10度穿着, 最适合久坐上班族: who or what it is for, not a ranking
    if _taste_after_preparation(norm, start):
        return None
    return level


#: 最适合 and its kin: what the goods suit (最适合五座轿车, 蘸饺子最合适, 与咖啡最配) unless compared with other goods.
_SUITED = ("最适", "最宜", "最合适", "最配")

#: How far after 最适合/最宜 a 的 makes it a ranking among goods (最适合宝宝的奶粉, 最适合亚洲肌肤的保湿面霜) rather
#: than a statement of what the goods suit (最适合前置滚筒, 最宜零下10度穿着).  In the blind batches the bare form
#: was clean in 213 titles of 216 and the 的 form violating in 9 of 29: the 的 form compares with other goods.
_SUITED_REACH = 8


#: Planting within a few characters after 最适合/最适宜 (立冬前后最适合种), not followed by 的: 最适合种植的品种 is a claim
#: about the variety.
_PLANTING = re.compile(r"[^的]{0,4}?(?:种植|播种|栽种|栽培|定植|移栽|种)(?!的|植的)")


#: Ways to cook a food after 最适合 (最适合做红烧, 最适合煲汤): how to use it, like a usage tip.
_COOKING = ("做菜", "做饭", "做汤", "做馅", "做红烧", "做包子", "做饺子", "做卤", "做酱", "煮", "炖", "煲", "蒸", "炒", "烤",
            "煎", "炸", "红烧", "清蒸", "凉拌", "熬", "腌", "涮", "卤", "焖")


def _taste_after_preparation(norm: str, start: int) -> bool:
    """口感/风味 right before the word, after an instruction (加热10分钟口感最佳): a preparation tip."""
    return norm.endswith(_TASTE_BEFORE, 0, start) and _INSTRUCTION.search(norm, max(0, start - 12), start - 2) is not None
