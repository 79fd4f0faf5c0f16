"""A simulated month for the seller rule pack: 20 targets (own listings and competitors on five sites, review
streams, brand mentions), realistic normal noise, labelled incidents and labelled traps.

Everything is generated from one seed, before the run: price and stock paths are functions of time (a crawl
samples them, so a move between two crawls is never seen), failures are intervals, reviews and mentions are
timestamped rows. The harness (``tests/simulation/harness.py``) stores what each hourly crawl would have
stored and drives the real rule engine and alert pipeline; ``Incident.expect`` says which alerts must follow.

Normal life, present every day:
* prices move once a day or so by at most ±2 % around the list price (never past the pack's 5 %); the JD
  shops (乙) run a 3 % weekend coupon; own listings keep their price;
* about 2 % of stock reads say nothing (``unknown``), about 0.5 % of crawls time out once;
* reviews arrive by day-time rhythm (25–40 a day per listing), ~4 % negative (sentiment < 0.4), ~10 %
  lukewarm, the rest positive; brand mentions 6–10 a day, ~15 % negative.
"""

from __future__ import annotations

import math
import random
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

START = datetime(2026, 5, 31, 16, 0, tzinfo=UTC)  # 2026-06-01 00:00 Asia/Shanghai, a Monday
DAYS = 30
HOUR = timedelta(hours=1)
SEED = 20260618


def at(day: int, hour: float = 0, minute: int = 0) -> datetime:
    """Day ``day`` of the month (0 = 1 June) at a local (Shanghai) time."""
    return START + timedelta(days=day, hours=hour, minutes=minute)


@dataclass(frozen=True)
class TargetSpec:
    name: str
    kind: str  # product | reviews | mentions
    owner: str  # own | competitor
    shop: str
    site: str
    group: str | None = None
    price: float | None = None  # list price of a product
    reviews_per_day: float = 0.0
    mentions_per_day: float = 0.0
    weekend_coupon: bool = False

    def yaml(self) -> str:
        url = f"http://{self.site}/{zlib.crc32(self.name.encode())}"
        parts = [f"name: {self.name}", f"url: '{url}'", f"kind: {self.kind}", f"owner: {self.owner}",
                 f"shop: {self.shop}"]
        if self.group:
            parts.append(f"group: {self.group}")
        if self.kind == "reviews":
            parts.append("reviews: {items: 'css:.review', fields: {text: 'css:.text'}}")
        if self.kind == "mentions":
            parts.append(f"mentions: {{format: rss, keywords: [{self.shop}]}}")
        return "{" + ", ".join(parts) + "}"


MINE, TMALL, JD, PDD, DOUYIN, WEIBO = ("shop.mine.test", "detail.tmall.test", "item.jd.test", "mobile.pdd.test",
                                       "haohuo.douyin.test", "s.weibo.test")
A, B, C, D = "甲品牌官方旗舰店", "乙电器京东自营", "丙数码拼多多店", "丁生活抖音小店"

TARGETS = [
    TargetSpec("本店-电动牙刷", "product", "own", "本店", MINE, "toothbrush", 199),
    TargetSpec("本店-冲牙器", "product", "own", "本店", MINE, "flosser", 299),
    TargetSpec("本店-剃须刀", "product", "own", "本店", MINE, "shaver", 899),
    TargetSpec("甲-电动牙刷", "product", "competitor", A, TMALL, "toothbrush", 229),
    TargetSpec("乙-电动牙刷", "product", "competitor", B, JD, "toothbrush", 219, weekend_coupon=True),
    TargetSpec("丙-电动牙刷", "product", "competitor", C, PDD, "toothbrush", 205),
    TargetSpec("甲-冲牙器", "product", "competitor", A, TMALL, "flosser", 329),
    TargetSpec("乙-冲牙器", "product", "competitor", B, JD, "flosser", 319, weekend_coupon=True),
    TargetSpec("丁-冲牙器", "product", "competitor", D, DOUYIN, "flosser", 349),
    TargetSpec("甲-剃须刀", "product", "competitor", A, TMALL, "shaver", 1299),
    TargetSpec("乙-剃须刀", "product", "competitor", B, JD, "shaver", 999, weekend_coupon=True),
    TargetSpec("丙-剃须刀", "product", "competitor", C, PDD, "shaver", 949),
    TargetSpec("丁-剃须刀", "product", "competitor", D, DOUYIN, "shaver", 1099),
    TargetSpec("本店-牙刷评价", "reviews", "own", "本店", MINE, "toothbrush", reviews_per_day=40),
    TargetSpec("本店-冲牙器评价", "reviews", "own", "本店", MINE, "flosser", reviews_per_day=30),
    TargetSpec("本店-剃须刀评价", "reviews", "own", "本店", MINE, "shaver", reviews_per_day=25),
    TargetSpec("甲-牙刷评价", "reviews", "competitor", A, TMALL, "toothbrush", reviews_per_day=30),
    TargetSpec("乙-冲牙器评价", "reviews", "competitor", B, JD, "flosser", reviews_per_day=25),
    TargetSpec("舆情-本店品牌", "mentions", "own", "本店", WEIBO, mentions_per_day=10),
    TargetSpec("舆情-甲品牌", "mentions", "competitor", A, WEIBO, mentions_per_day=6),
]
BY_NAME = {t.name: t for t in TARGETS}


@dataclass(frozen=True)
class Expect:
    """An alert that must follow an incident: rule, what it is about (target name or ``site:HOST``), tier."""

    rule: str
    subject: str
    tier: str
    detect_within: timedelta  # from the incident's start to the alert firing
    resolve_within: timedelta | None  # from the incident's end to the alert resolving (None: not checked)


@dataclass
class Incident:
    key: str
    kind: str
    description: str
    start: datetime
    end: datetime
    expect: list[Expect]
    allow: list[tuple[str, str]] = field(default_factory=list)  # (rule, subject) that may also fire


@dataclass
class Trap:
    key: str
    description: str
    start: datetime
    end: datetime
    subjects: list[str]  # nothing may be told about these (beyond what an incident explains)


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass
class PriceEffect:
    window: Window
    factor: float = 1.0
    absolute: float | None = None  # a set price (own listing repriced), noise not applied


@dataclass
class TextRow:
    at: datetime
    sentiment: float
    text: str
    topics: list[str] | None = None


@dataclass
class Failure:
    window: Window
    kind: str
    status: int | None
    reason: str


@dataclass
class Scenario:
    targets: list[TargetSpec]
    incidents: list[Incident]
    traps: list[Trap]
    noise: dict[str, list[tuple[datetime, float]]]  # daily wiggle: (from, factor)
    effects: dict[str, list[PriceEffect]]
    out_of_stock: dict[str, list[Window]]
    unknown_stock: set[tuple[str, datetime]]
    failures: dict[str, list[Failure]]
    texts: dict[str, list[TextRow]]  # reviews or mentions, by target, sorted by time

    def price(self, name: str, moment: datetime) -> float:
        spec = BY_NAME[name]
        factor = 1.0
        for since, value in self.noise.get(name, ()):
            if since <= moment:
                factor = value
        price = spec.price * factor
        local = moment + timedelta(hours=8)
        if spec.weekend_coupon and local.weekday() >= 5:
            price *= 0.97
        for effect in self.effects.get(name, ()):
            if moment in effect.window:
                price = effect.absolute if effect.absolute is not None else price * effect.factor
        return round(price, 1)

    def stock(self, name: str, moment: datetime) -> str:
        if any(moment in w for w in self.out_of_stock.get(name, ())):
            return "out_of_stock"
        return "unknown" if (name, moment) in self.unknown_stock else "in_stock"

    def failure(self, name: str, moment: datetime) -> Failure | None:
        return next((f for f in self.failures.get(name, ()) if moment in f.window), None)


# ---------------------------------------------------------------- text streams

POSITIVE = ["刷得很干净，续航也不错", "物流很快，包装完好", "用了一周，效果很好", "性价比高，推荐购买", "做工精致，送人很体面",
            "客服态度好，解答耐心", "声音小，震感舒服", "第二次回购了，一如既往的好"]
LUKEWARM = ["还行吧，中规中矩", "一般般，凑合用", "价格有点小贵，东西还可以", "和描述差不多，没有惊喜"]
NEGATIVE = [("物流太慢了，一个星期才到", "物流"), ("包装破损，东西都压坏了", "包装"), ("用了三天就充不进电，质量太差", "质量"),
            ("客服不理人，退货也不给办", "客服"), ("噪音很大，震得牙疼", "质量"), ("收到的是旧货，有划痕", "质量")]
MENTION_TEXT = ["{brand}这款牙刷真的好用", "{brand}618 活动力度怎么样", "求问{brand}和别家哪个好", "{brand}新品开箱",
                "{brand}客服回复挺快"]
MENTION_NEGATIVE = ["{brand}质量翻车了，大家别买", "{brand}售后太差，投诉无门", "{brand}产品爆炸了？？", "避雷{brand}"]


def _diurnal(local_hour: int) -> float:
    """Share of a day's reviews/mentions posted in this local hour: little at night, most 10:00–23:00."""
    weights = [0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 0.9, 1.1, 1.3, 1.3, 1.4, 1.3, 1.2, 1.2, 1.2, 1.3, 1.4, 1.6,
               1.8, 1.9, 1.6, 0.9]
    return weights[local_hour] / sum(weights)


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


@dataclass
class Mood:
    """How one hour's texts are drawn: volume multiplier and shares."""

    volume: float = 1.0
    negative: float = 0.04
    lukewarm: float = 0.10
    positive_shift: float = 0.0  # lowers positive scores (a slow slide in satisfaction)


def _review(rng: random.Random, moment: datetime, mood: Mood) -> TextRow:
    draw = rng.random()
    if draw < mood.negative:
        text, topic = rng.choice(NEGATIVE)
        return TextRow(moment, round(rng.uniform(0.02, 0.35), 3), text, [topic])
    if draw < mood.negative + mood.lukewarm:
        return TextRow(moment, round(rng.uniform(0.42, 0.65), 3), rng.choice(LUKEWARM))
    score = rng.uniform(0.72, 0.99) - mood.positive_shift
    return TextRow(moment, round(max(score, 0.41), 3), rng.choice(POSITIVE))


def _mention(rng: random.Random, moment: datetime, mood: Mood, brand: str) -> TextRow:
    if rng.random() < mood.negative:
        return TextRow(moment, round(rng.uniform(0.02, 0.3), 3), rng.choice(MENTION_NEGATIVE).format(brand=brand))
    return TextRow(moment, round(rng.uniform(0.5, 0.95), 3), rng.choice(MENTION_TEXT).format(brand=brand))


def _stream(rng: random.Random, spec: TargetSpec, moods: list[tuple[Window, Mood]]) -> list[TextRow]:
    rows = []
    per_day = spec.reviews_per_day or spec.mentions_per_day
    base = Mood(negative=0.04 if spec.kind == "reviews" else 0.15)
    for hour in range(DAYS * 24):
        moment = START + hour * HOUR
        mood = next((m for w, m in moods if moment in w), base)
        count = _poisson(rng, per_day * _diurnal(hour % 24) * mood.volume)
        for _ in range(count):
            when = moment + timedelta(seconds=rng.randrange(3600))
            if spec.kind == "reviews":
                rows.append(_review(rng, when, mood))
            else:
                rows.append(_mention(rng, when, mood, spec.shop[:1]))
    rows.sort(key=lambda r: r.at)
    return rows


# ---------------------------------------------------------------- the month


def generate(seed: int = SEED) -> Scenario:
    rng = random.Random(seed)
    noise: dict[str, list[tuple[datetime, float]]] = {}
    for spec in TARGETS:
        if spec.kind != "product" or spec.owner == "own":
            continue
        changes = []
        for day in range(DAYS):
            if rng.random() < 0.6:  # most days the price is touched once: ±2 % around the list price
                changes.append((at(day, rng.randrange(8, 23), rng.randrange(60)), 1 + rng.uniform(-0.02, 0.02)))
        noise[spec.name] = sorted(changes)

    effects: dict[str, list[PriceEffect]] = {}
    out_of_stock: dict[str, list[Window]] = {}
    failures: dict[str, list[Failure]] = {}
    moods: dict[str, list[tuple[Window, Mood]]] = {}
    incidents: list[Incident] = []
    traps: list[Trap] = []

    def effect(name, start, end, factor=1.0, absolute=None):
        effects.setdefault(name, []).append(PriceEffect(Window(start, end), factor, absolute))

    h = timedelta(hours=1)
    drop_expect = lambda name, res=3: Expect("seller-competitor-drop", name, "II", 3 * h, res * h)

    # 1. a competitor cuts its price by 15 % for five days
    s, e = at(2, 10), at(7, 10)
    effect("甲-电动牙刷", s, e, 0.85)
    incidents.append(Incident("drop-tmall-brush", "price_drop", "甲 cuts the toothbrush 15 % for five days", s, e,
                              [drop_expect("甲-电动牙刷")],
                              allow=[("seller-undercut", "甲-电动牙刷")]))  # ¥195 ± 2 % vs our ¥199: at times 3 % under

    # 2. a competitor cuts below the seller's own price: a drop and an undercut
    s, e = at(4, 14), at(9, 14)
    effect("乙-冲牙器", s, e, 0.87)
    incidents.append(Incident("undercut-jd-flosser", "undercut", "乙 cuts the flosser 13 %, 7 % under our ¥299", s, e,
                              [drop_expect("乙-冲牙器"), Expect("seller-undercut", "乙-冲牙器", "II", 3 * h, 3 * h)]))

    # 3. the seller raises its own shaver price: the cheaper competitors now undercut it
    s, e = at(10, 9), at(14, 9)
    effect("本店-剃须刀", s, e, absolute=1099)
    incidents.append(Incident("own-raise-undercut", "undercut", "本店 raises the shaver ¥899 → ¥1099 for four days",
                              s, e, [Expect("seller-undercut", "乙-剃须刀", "II", 3 * h, 3 * h),
                                     Expect("seller-undercut", "丙-剃须刀", "II", 3 * h, 3 * h)]))

    # 4. a competitor sells out for 30 hours
    s, e = at(6, 8), at(7, 14)
    out_of_stock["丁-冲牙器"] = [Window(s, e)]
    incidents.append(Incident("stockout-competitor", "stock_out", "丁's flosser out of stock for 30 h", s, e,
                              [Expect("seller-competitor-stock", "丁-冲牙器", "III", 3 * h, 4 * h)]))

    # 5. the seller's own flosser sells out for six hours
    s, e = at(8, 11), at(8, 17)
    out_of_stock["本店-冲牙器"] = [Window(s, e)]
    incidents.append(Incident("stockout-own", "stock_out", "own flosser out of stock for 6 h", s, e,
                              [Expect("seller-own-out-of-stock", "本店-冲牙器", "I", 3 * h, 3 * h)]))

    # 6. a negative-review burst on the seller's toothbrush (a bad batch): 12 hours of ~45 % negative reviews
    s, e = at(9, 9), at(9, 21)
    moods.setdefault("本店-牙刷评价", []).append((Window(s, e), Mood(volume=1.5, negative=0.45)))
    incidents.append(Incident("burst-own", "review_burst", "own toothbrush: 12 h of ~45 % negative reviews", s, e,
                              [Expect("seller-own-review-burst", "本店-牙刷评价", "I", 8 * h, 27 * h)],
                              allow=[("seller-sentiment-decline", "本店-牙刷评价"),
                                     ("seller-complaint-rate", "本店-牙刷评价")]))

    # 7. a competitor's review burst
    s, e = at(11, 10), at(11, 22)
    moods.setdefault("甲-牙刷评价", []).append((Window(s, e), Mood(volume=1.3, negative=0.5)))
    incidents.append(Incident("burst-competitor", "review_burst", "甲's toothbrush: 12 h of ~50 % negative reviews",
                              s, e, [Expect("seller-competitor-review-burst", "甲-牙刷评价", "III", 8 * h, 27 * h)]))

    # 8. the sentiment index slides for three days (more lukewarm reviews, lower scores), then recovers
    s, e = at(12), at(15)
    for k, day in enumerate((12, 13, 14)):
        moods.setdefault("本店-冲牙器评价", []).append(
            (Window(at(day), at(day + 1)), Mood(negative=0.05, lukewarm=0.2 + 0.1 * k, positive_shift=0.09 * (k + 1))))
    incidents.append(Incident("sentiment-slide", "sentiment_decline", "own flosser: daily sentiment −8–10 % a day, 3 days",
                              s, e, [Expect("seller-sentiment-decline", "本店-冲牙器评价", "II", 48 * h, 48 * h)]))

    # 9. the complaint rate rises to ~12 % a day for four days
    s, e = at(15), at(19)
    moods.setdefault("本店-剃须刀评价", []).append((Window(s, e), Mood(negative=0.18)))
    incidents.append(Incident("complaint-rate", "complaint_rate", "own shaver: ~18 % negative reviews for 4 days",
                              s, e, [Expect("seller-complaint-rate", "本店-剃须刀评价", "II", 72 * h, 48 * h)],
                              allow=[("seller-own-review-burst", "本店-剃须刀评价"),
                                     ("seller-sentiment-decline", "本店-剃须刀评价")]))

    # 10. a mention-volume spike (a viral post, mostly neutral)
    s, e = at(19, 10), at(19, 22)
    moods.setdefault("舆情-本店品牌", []).append((Window(s, e), Mood(volume=6, negative=0.15)))
    incidents.append(Incident("mention-volume", "mention_spike", "own brand: ~6× mentions for 12 h", s, e,
                              [Expect("seller-mention-volume", "舆情-本店品牌", "III", 12 * h, 25 * h)]))

    # 11. a negative-mention spike about a competitor brand
    s, e = at(23, 9), at(23, 21)
    moods.setdefault("舆情-甲品牌", []).append((Window(s, e), Mood(volume=4, negative=0.7)))
    incidents.append(Incident("mention-negative", "mention_spike", "甲 brand: 4× mentions, 70 % negative, 12 h", s, e,
                              [Expect("seller-negative-mentions", "舆情-甲品牌", "II", 12 * h, 25 * h)],
                              allow=[("seller-mention-volume", "舆情-甲品牌")]))

    # 12. a scraper breakage: the listing's layout changed for 12 hours
    s, e = at(13, 14), at(14, 2)
    failures["丁-剃须刀"] = [Failure(Window(s, e), "layout", 200, "no price on the page (layout changed)")]
    incidents.append(Incident("scraper-broken", "scrape_failures", "丁's shaver page unreadable for 12 h", s, e,
                              [Expect("seller-scrape-failures", "丁-剃须刀", "III", 5 * h, 3 * h)]))

    # 13. a whole site blocks us (403) for five hours: one site alert; its listings' failures are inhibited
    s, e = at(20, 9), at(20, 14)
    for name in ("丙-电动牙刷", "丙-剃须刀"):
        failures.setdefault(name, []).append(Failure(Window(s, e), "blocked", 403, "HTTP 403"))
    incidents.append(Incident("site-blocked", "site_blocked", "mobile.pdd.test answers 403 for 5 h", s, e,
                              [Expect("seller-site-blocked", f"site:{PDD}", "II", 3 * h, 3 * h)],
                              allow=[("seller-scrape-failures", "丙-电动牙刷"), ("seller-scrape-failures", "丙-剃须刀")]))

    # 14. a flapping price: 乙's toothbrush toggles between its price and −12 % every two hours for a day
    s, e = at(21, 8), at(22, 8)
    for k in range(0, 24, 4):
        effect("乙-电动牙刷", s + k * h, s + (k + 2) * h, 0.88)
    incidents.append(Incident("flapping-price", "flapping", "乙's toothbrush toggles −12 % every 2 h for 24 h", s, e,
                              [drop_expect("乙-电动牙刷", res=4)],
                              allow=[("seller-undercut", "乙-电动牙刷")]))  # ¥193 vs our ¥199 while down

    # 15. a competitor raises its price 15 %
    s, e = at(24, 10), at(28, 10)
    effect("甲-剃须刀", s, e, 1.15)
    incidents.append(Incident("rise-tmall-shaver", "price_rise", "甲 raises the shaver 15 % for four days", s, e,
                              [Expect("seller-competitor-rise", "甲-剃须刀", "III", 3 * h, 3 * h)]))

    # 16. a flash sale seen by exactly one crawl: the rules alert on any crawl-to-crawl drop, and it resolves
    s, e = at(27, 13, 50), at(27, 14, 40)
    effect("丁-冲牙器", s, e, 0.8)
    incidents.append(Incident("flash-drop", "price_drop", "丁's flosser −20 % for 50 min, seen by one crawl", s, e,
                              [drop_expect("丁-冲牙器", res=4)],
                              allow=[("seller-undercut", "丁-冲牙器")]))  # ¥279 vs our ¥299 while it lasts

    # ----- traps: none of these may alert
    # the 618 sale: every listing, own and competitors, 10–12 % off from 17 June 20:00 to 19 June 00:00
    s, e = at(16, 20), at(18, 24)
    for spec in TARGETS:
        if spec.kind == "product":
            effect(spec.name, s, e, 0.90 if spec.owner == "own" else rng.choice((0.88, 0.89, 0.9)))
    traps.append(Trap("618-sale", "618: every listing (own and all competitors) 10–12 % off for 28 h", s,
                      e + 6 * h, [t.name for t in TARGETS if t.kind == "product"]))
    # a price that dips and comes back between two hourly crawls
    s, e = at(25, 14, 10), at(25, 14, 50)
    effect("丙-电动牙刷", s, e, 0.8)
    traps.append(Trap("dip-between-crawls", "丙's toothbrush −20 % from 14:10 to 14:50 (crawls at :00)", s, e + h,
                      ["丙-电动牙刷"]))
    # a one-off crawl timeout
    s = at(5, 3)
    failures.setdefault("乙-电动牙刷", []).append(Failure(Window(s, s + h), "timeout", None, "timed out after 30s"))
    traps.append(Trap("one-timeout", "one crawl of 乙's toothbrush times out", s, s + 3 * h, ["乙-电动牙刷"]))
    # a single very bad review on an ordinary day
    single = TextRow(at(26, 15, 20), 0.01, "垃圾产品，用一次就坏了，千万别买！", ["质量"])
    traps.append(Trap("one-bad-review", "one 0.01 review on the own toothbrush", single.at, single.at + 24 * h,
                      ["本店-牙刷评价"]))
    # normal ±2 % wiggles, weekend coupons, unknown stock reads and the odd timeout happen everywhere: they are
    # covered by "no alert without an incident behind it"

    unknown = set()
    for spec in TARGETS:
        if spec.kind == "product":
            for hour in range(DAYS * 24):
                if rng.random() < 0.02:
                    unknown.add((spec.name, START + hour * HOUR))
    for spec in TARGETS:  # rare single timeouts, never on a crawl next to another failure
        for hour in range(DAYS * 24):
            moment = START + hour * HOUR
            if rng.random() < 0.005 and not any(
                    Window(f.window.start - 2 * h, f.window.end + 2 * h).__contains__(moment)
                    for f in failures.get(spec.name, ())):
                failures.setdefault(spec.name, []).append(
                    Failure(Window(moment, moment + h), "timeout", None, "timed out after 30s"))

    texts = {}
    for spec in TARGETS:
        if spec.kind in ("reviews", "mentions"):
            texts[spec.name] = _stream(random.Random(f"{seed}:{spec.name}"), spec, moods.get(spec.name, []))
    texts["本店-牙刷评价"].append(single)
    texts["本店-牙刷评价"].sort(key=lambda r: r.at)
    return Scenario(TARGETS, incidents, traps, noise, effects, out_of_stock, unknown, failures, texts)
