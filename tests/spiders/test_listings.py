"""Review and mention listings read through field mappings, and the keys that make re-crawls idempotent."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spiders.extraction.dates import parse_time
from spiders.extraction.mentions import (
    KeywordFilter,
    canonical_url,
    feed_entries,
    text_hash,
    url_hash,
)
from spiders.extraction.records import Listing, field_count, field_value
from spiders.extraction.selectors import SelectorError
from spiders.spiders.reviews import review_from, review_key

FIXTURES = Path(__file__).parent / "fixtures"
HTML_FIELDS = {"id": "xpath:./@data-id", "author": "css:.nick::text", "rating": "css:.rate-star::attr(title)",
               "text": "css:.rate-content::text", "time": "css:.rate-date::text", "sku": "css:.rate-sku::text",
               "images": "css:.rate-pics img", "followup": "css:.rate-append::text"}
JSON_FIELDS = {"author": "userNick", "rating": "rateScore", "text": "rateContent", "time": "rateDate",
               "sku": "auctionSku", "images": "pics", "followup": "appendComment.content"}


def test_html_reviews_through_the_mapping():
    listing = Listing((FIXTURES / "demo_reviews_page2.html").read_text())
    records = listing.records("css:li.rate-item")
    reviews = [review_from(7, r, HTML_FIELDS) for r in records]
    assert len(reviews) == 10
    first = reviews[0]
    assert first.review_key == "id:rival-a-TB-X1-R013"
    assert first.author and first.text and 1 <= first.rating <= 5
    assert first.sku.startswith(("颜色分类", "套餐"))
    assert first.posted_at.tzinfo is not None
    assert sum(r.images for r in reviews) > 0
    assert listing.value("css:a.next::attr(href)") == "?page=3"


def test_json_reviews_with_epoch_times_and_nested_follow_up():
    listing = Listing((FIXTURES / "demo_reviews_cursor.json").read_text())
    records = listing.records("jsonpath:$.data.comments[*]")
    reviews = [review_from(7, r, JSON_FIELDS) for r in records]
    assert len(reviews) == 10
    assert all(r.review_key.startswith("h:") for r in reviews)  # no id field mapped: hashed
    assert len({r.review_key for r in reviews}) == 10
    assert reviews[0].posted_at == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    assert next(r.followup for r in reviews if r.followup).startswith("追评：")
    assert listing.value("jsonpath:$.data.nextCursor") == "rival-a-TB-X1-R014"


def test_empty_json_list_is_no_reviews_but_a_missing_list_is_a_changed_layout():
    assert Listing('{"data": {"comments": []}}').records("jsonpath:$.data.comments[*]") == []
    assert Listing('{"data": {"list": []}}').records("jsonpath:$.data.comments[*]") is None


def test_selector_kind_must_fit_the_body():
    with pytest.raises(SelectorError):
        Listing("<ul><li>a</li></ul>").records("jsonpath:$.items[*]")
    with pytest.raises(SelectorError):
        Listing('{"a": 1}', fmt="json").records("xpath://li")
    with pytest.raises(SelectorError):
        Listing("<html></html>", fmt="json")


def test_review_key_ignores_relative_times():
    assert review_key(None, "t**1", "3天前", "好用") == review_key(None, "t**1", "4天前", "好用")
    assert review_key(None, "t**1", "2024-05-01", "好用") != review_key(None, "t**1", "2024-05-02", "好用")
    assert review_key("R1", "t**1", "2024-05-01", "好用") == "id:R1"


def test_image_counts():
    listing = Listing('{"r": [{"pics": ["a", "b"], "n": 3, "s": "2"}]}')
    record = listing.records("jsonpath:$.r[*]")[0]
    assert [field_count(record, f) for f in ("pics", "n", "s", "missing")] == [2, 3, 2, 0]
    assert field_value(record, "pics") == ["a", "b"]


NOW = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)  # 12:00 in China


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-05-01 12:30", datetime(2024, 5, 1, 4, 30, tzinfo=UTC)),
        ("2024年5月1日", datetime(2024, 4, 30, 16, 0, tzinfo=UTC)),
        ("2024/05/01 08:00:00", datetime(2024, 5, 1, 0, 0, tzinfo=UTC)),
        ("2024-05-01T12:30:00+08:00", datetime(2024, 5, 1, 4, 30, tzinfo=UTC)),
        ("Wed, 01 May 2024 10:00:00 +0800", datetime(2024, 5, 1, 2, 0, tzinfo=UTC)),
        (1714537800, datetime(2024, 5, 1, 4, 30, tzinfo=UTC)),
        (1714537800000, datetime(2024, 5, 1, 4, 30, tzinfo=UTC)),
        ("1714537800", datetime(2024, 5, 1, 4, 30, tzinfo=UTC)),
        ("11-20", datetime(2026, 11, 19, 16, 0, tzinfo=UTC)),
        ("12-30", datetime(2025, 12, 29, 16, 0, tzinfo=UTC)),  # in November: last December
        ("3天前", NOW - timedelta(days=3)),
        ("5分钟前", NOW - timedelta(minutes=5)),
        ("昨天 18:20", datetime(2026, 11, 21, 10, 20, tzinfo=UTC)),
        ("刚刚", NOW),
        ("不是时间", None),
        (None, None),
    ],
)
def test_listing_times(value, expected):
    assert parse_time(value, now=NOW) == expected


def test_rss_feed_entries():
    title, entries = feed_entries((FIXTURES / "demo_mentions.xml").read_bytes())
    assert title == "好物社区 最新帖子"
    first = entries[0]
    assert first.title == "小鹿电动牙刷X1用了一个月的真实感受"
    assert first.text == "小鹿X1震动很舒服，续航一周，性价比高。"  # HTML in the description is stripped
    assert first.url.startswith("http://shop.example.test/post/P01.html?spm=")
    assert first.published_at == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    assert feed_entries(b"<html><body>not a feed</body></html>") is None


def test_keyword_filter_with_aliases_and_exclusions():
    brand = KeywordFilter(["小鹿"], aliases=["XiaoLu", "小鹿优选"], exclude=["小鹿乱撞", "小鹿斑比"])
    assert brand.matches("小鹿电动牙刷用了一个月") == "小鹿"
    assert brand.matches("ＸｉａｏＬｕ 保温杯开箱") == "xiaolu"  # full width and case folded
    assert brand.matches("第一次见他心里小鹿乱撞") is None
    assert brand.matches("小鹿斑比动画重温") is None
    assert brand.matches("心里小鹿乱撞，顺手买了小鹿牙刷") == "小鹿"  # exclusion masks the phrase, not the post
    assert brand.matches("竞品甲牙刷") is None
    assert KeywordFilter([]).matches("anything") == ""  # no keywords: keep everything


def test_same_post_elsewhere_has_the_same_keys():
    assert canonical_url("HTTP://Bbs.Test/post/1.html?spm=a.b.c&id=3&utm_source=feed#top") == "http://bbs.test/post/1.html?id=3"
    assert url_hash("http://bbs.test/p/1?spm=x", None) == url_hash("http://bbs.test/p/1?from=search", None)
    original = text_hash("避雷！小鹿蓝牙耳机Pro降噪翻车", "买的小鹿耳机Pro降噪几乎没有，客服一直不回，差评。")
    repost = text_hash("避雷!小鹿蓝牙耳机Pro降噪翻车", "买的小鹿耳机Pro 降噪几乎没有,客服一直不回,差评! http://t.cn/abc")
    assert original == repost
    assert text_hash(None, "好") is None  # too short to recognise again
    assert url_hash(None, original) == original
