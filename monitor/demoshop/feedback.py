"""The demo shop's reviews and public posts: deterministic, newest first, and growable by the admin API
so tests can check that a second crawl stores only what is new."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8))
BASE_TIME = datetime(2026, 11, 1, 20, 0, tzinfo=CHINA)

_GOOD = ["刷头很软，震动很舒服，续航一周没问题", "物流很快，第二天就到了，包装完好", "性价比很高，比实体店便宜不少",
         "用了一个月，牙齿明显干净了，推荐", "颜值很高，送人很有面子", "客服态度很好，耐心解答问题",
         "音质不错，降噪效果超出预期", "保温效果很好，早上倒的热水晚上还是烫的", "做工精细，没有异味"]
_BAD = ["用了两周就充不进电了，客服也不回复", "噪音太大，晚上用吵到家人", "收到的是旧的，包装有拆过的痕迹",
        "刷头掉毛严重，质量太差", "发货太慢，等了一个星期才到", "和描述不符，颜色差很多", "降噪几乎没有效果，退货了",
        "杯盖漏水，包里全湿了", "价格刚买就降了五十，太坑了"]
_FOLLOWUPS = ["追评：用了一个月还是很好用", "追评：电池续航开始变短了", "追评：客服后来主动联系换了新的"]
_NICKS = ["t**1", "小***鱼", "j***n", "阿***呀", "w***8", "爱***活", "z***y", "猫***子", "l***5", "橙***汁"]
_VARIANTS = ["颜色分类：白色", "颜色分类：黑色", "套餐：标准版", "套餐：礼盒版"]


@dataclass
class DemoReview:
    id: str
    author: str
    rating: int
    text: str
    time: datetime
    sku: str
    images: int
    followup: str | None = None


@dataclass
class DemoPost:
    id: str
    title: str
    text: str
    author: str
    time: datetime
    channel: str  # rss | search | both
    path: str = ""  # URL path on the shop; defaults to /post/{id}.html


def _reviews_for(key: str, count: int) -> list[DemoReview]:
    rng = random.Random(key)
    reviews = []
    for n in range(count):
        good = rng.random() < 0.7
        reviews.append(DemoReview(
            id=f"{key.replace('/', '-')}-R{count - n:03d}", author=rng.choice(_NICKS),
            rating=rng.choice([4, 5, 5]) if good else rng.choice([1, 2, 3]),
            text=rng.choice(_GOOD if good else _BAD), time=BASE_TIME - timedelta(hours=7 * n),
            sku=rng.choice(_VARIANTS), images=rng.choice([0, 0, 1, 3]),
            followup=rng.choice(_FOLLOWUPS) if rng.random() < 0.2 else None,
        ))
    return reviews


POSTS = [
    DemoPost("P01", "小鹿电动牙刷X1用了一个月的真实感受", "小鹿X1震动很舒服，续航一周，性价比高。", "牙齿保卫战", BASE_TIME, "both"),
    DemoPost("P02", "避雷！小鹿蓝牙耳机Pro降噪翻车", "买的小鹿耳机Pro降噪几乎没有，客服一直不回，差评。", "数码老王",
             BASE_TIME - timedelta(hours=5), "both"),
    DemoPost("P03", "第一次见他心里小鹿乱撞", "今天约会，心里小鹿乱撞，晚饭吃了火锅。", "恋爱日记", BASE_TIME - timedelta(hours=9),
             "rss"),
    DemoPost("P04", "XiaoLu保温杯开箱", "XiaoLu 316不锈钢保温杯，500ml，保温12小时实测。", "杯子控", BASE_TIME - timedelta(hours=20),
             "rss"),
    DemoPost("P05", "竞品甲牙刷和乙家牙刷怎么选", "竞品甲刷头软，乙家续航长，两家都不错。", "测评君", BASE_TIME - timedelta(days=1),
             "both"),
    DemoPost("P06", "小鹿优选旗舰店发货太慢", "在小鹿优选旗舰店下单五天还没发货，客服说缺货。", "等快递的人",
             BASE_TIME - timedelta(days=2), "search"),
    # The same post reposted on another site with other punctuation: one mention, not two.
    DemoPost("P07", "避雷!小鹿蓝牙耳机Pro降噪翻车", "买的小鹿耳机Pro 降噪几乎没有,客服一直不回,差评!", "搬运工",
             BASE_TIME - timedelta(hours=4), "search", "/repost/9981.html"),
    DemoPost("P08", "小鹿斑比动画重温", "小鹿斑比是我童年最喜欢的动画。", "影迷", BASE_TIME - timedelta(days=3), "search"),
]


@dataclass
class FeedbackState:
    """Reviews per listing key (newest first) and public posts; ``lock`` guards both."""

    reviews: dict[str, list[DemoReview]] = field(default_factory=dict)
    posts: list[DemoPost] = field(default_factory=lambda: list(POSTS))
    lock: threading.Lock = field(default_factory=threading.Lock)
    reviews_per_listing: int = 23

    def reviews_of(self, key: str) -> list[DemoReview]:
        with self.lock:
            if key not in self.reviews:
                self.reviews[key] = _reviews_for(key, self.reviews_per_listing)
            return list(self.reviews[key])

    def add_review(self, key: str, text: str, rating: int = 1, author: str = "新***客") -> DemoReview:
        existing = self.reviews_of(key)
        with self.lock:
            review = DemoReview(id=f"{key.replace('/', '-')}-N{len(existing) + 1:03d}", author=author, rating=rating,
                                text=text, time=datetime.now(CHINA).replace(microsecond=0), sku=_VARIANTS[0], images=0)
            self.reviews[key].insert(0, review)
            return review

    def add_post(self, title: str, text: str, channel: str = "both", author: str = "路人") -> DemoPost:
        with self.lock:
            post = DemoPost(f"P{len(self.posts) + 1:02d}", title, text, author, datetime.now(CHINA).replace(microsecond=0),
                            channel)
            self.posts.insert(0, post)
            return post

    def posts_for(self, channel: str, query: str | None = None) -> list[DemoPost]:
        with self.lock:
            posts = [p for p in self.posts if p.channel in (channel, "both")]
        if query:
            posts = [p for p in posts if query.lower() in (p.title + p.text).lower()]
        return sorted(posts, key=lambda p: p.time, reverse=True)
