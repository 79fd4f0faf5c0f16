"""Reviews and mentions crawled from the demo shop twice: the second crawl reads only what is new."""

import json

import httpx
import pytest

from tests.conftest import run_cli
from tests.spiders.conftest import make_crawl

pytestmark = pytest.mark.slow

HTML_REVIEWS = """    reviews:
      items: "css:li.rate-item"
      fields: {id: "xpath:./@data-id", author: "css:.nick::text", rating: "css:.rate-star::attr(title)",
               text: "css:.rate-content::text", time: "css:.rate-date::text", sku: "css:.rate-sku::text",
               images: "css:.rate-pics img", followup: "css:.rate-append::text"}
      pagination: {type: link, next: "css:a.next::attr(href)"}
"""
JSON_FIELDS = ("{id: rateId, author: userNick, rating: rateScore, text: rateContent, time: rateDate, sku: auctionSku, "
               "images: pics, followup: appendComment.content}")
BRAND = "keywords: [小鹿]\n      aliases: [XiaoLu]\n      exclude: [小鹿乱撞, 小鹿斑比]"


def targets(base: str) -> str:
    return f"""  - name: reviews-html
    kind: reviews
    url: "{base}/shop/rival-a/reviews/TB-X1.html"
{HTML_REVIEWS}  - name: reviews-json-pages
    kind: reviews
    url: "{base}/api/reviews?key=own/TB-X1"
    reviews:
      items: "jsonpath:$.data.rateList[*]"
      fields: {JSON_FIELDS}
      pagination: {{type: page, param: page}}
  - name: reviews-json-cursor
    kind: reviews
    url: "{base}/api/reviews/cursor?key=rival-b/TB-X1"
    reviews:
      format: json
      items: "jsonpath:$.data.comments[*]"
      fields: {JSON_FIELDS}
      pagination: {{type: cursor, param: cursor, next: "jsonpath:$.data.nextCursor"}}
  - name: reviews-blocked
    kind: reviews
    url: "{base}/fail/403.html"
{HTML_REVIEWS}  - name: reviews-layout-changed
    kind: reviews
    url: "{base}/shop/own/reviews/CUP-500.html"
    reviews: {{items: "css:div.comment-item", fields: {{text: "css:p::text"}}}}
  - name: mentions-rss
    kind: mentions
    url: "{base}/feeds/mentions.xml"
    mentions:
      {BRAND}
  - name: mentions-search-api
    kind: mentions
    url: "{base}/api/search?q={{keyword}}"
    mentions:
      {BRAND}
      items: "jsonpath:$.result.items[*]"
      fields: {{title: title, text: content, url: url, author: user.name, time: publishTime, source: site}}
      pagination: {{type: page, max_pages: 3}}
  - name: mentions-nothing-found
    kind: mentions
    url: "{base}/search.html?q=没人提过的牌子"
    mentions: {{keywords: [没人提过的牌子], format: html, items: "css:div.result", fields: {{title: "css:a.title::text"}}}}
  - name: mentions-search-html
    kind: mentions
    url: "{base}/search.html?q=小鹿"
    mentions:
      {BRAND}
      source: 好物社区
      format: html
      items: "css:div.result"
      fields: {{title: "css:a.title::text", url: "css:a.title::attr(href)", text: "css:p.summary::text",
               author: "css:.author::text", time: "css:.time::text"}}
"""


@pytest.fixture(scope="module")
def crawls(shop, tmp_path_factory):
    crawl = make_crawl(tmp_path_factory.mktemp("listings"), targets(shop.base_url), "  retries: 0\n")
    first = crawl.run()
    after_first = {"reviews": crawl.rows("select count(*) from reviews")[0][0],
                   "hits": shop.state.hits_under("/"), "mentions": crawl.rows("select title from mentions")}
    httpx.post(f"{shop.base_url}/_admin/review", json={"key": "rival-a/TB-X1", "text": "第二天就坏了，退货", "rating": 1})
    httpx.post(f"{shop.base_url}/_admin/review", json={"key": "rival-a/TB-X1", "text": "客服不理人，差评", "rating": 1})
    httpx.post(f"{shop.base_url}/_admin/post", json={"title": "小鹿牙刷双十一降价了", "text": "小鹿X1到手价一百五，冲"})
    second = crawl.run()
    yield crawl, first, second, after_first
    crawl.database.dispose()


def counts(crawl, sql):
    return dict(crawl.rows(sql))


def test_first_crawl_reads_every_page(crawls):
    _, first, _, after = crawls
    assert [o.status for o in first] == ["ok"]
    assert after["reviews"] == 69  # 23 per listing, three listings, all pages followed
    hits = after["hits"]
    assert hits["/shop/rival-a/reviews/TB-X1.html?page=3"] == 1  # next links followed to the end
    assert hits["/api/reviews?key=own%2FTB-X1&page=4"] == 1  # page numbers until an empty page


def test_second_crawl_stops_at_stored_reviews(crawls, shop):
    crawl, _, second, _ = crawls
    assert [o.status for o in second] == ["ok"]
    per_target = counts(crawl, "select t.name, count(*) from reviews r join targets t on t.id = r.target_id group by t.name")
    assert per_target == {"reviews-html": 25, "reviews-json-pages": 23, "reviews-json-cursor": 23}
    hits = shop.state.hits_under("/")
    assert hits["/shop/rival-a/reviews/TB-X1.html"] == 2  # page 1 again …
    assert hits["/shop/rival-a/reviews/TB-X1.html?page=2"] == 1  # … but not page 2: it reached stored reviews
    assert hits["/api/reviews?key=own%2FTB-X1&page=2"] == 1
    checks = crawl.rows("select t.name, c.pages, c.found, c.new from target_checks c join targets t on t.id = c.target_id "
                        "where t.name = 'reviews-html' order by c.id")
    assert checks == [("reviews-html", 3, 23, 23), ("reviews-html", 1, 10, 2)]


def test_reviews_have_fields_and_scores(crawls):
    crawl = crawls[0]
    rows = crawl.rows("select r.review_key, r.author, r.rating, r.text, r.sku, r.images, r.posted_at, r.sentiment, r.topics, "
                      "r.followup from reviews r join targets t on t.id = r.target_id where t.name = 'reviews-json-cursor'")
    assert all(r[0].startswith("id:rival-b-TB-X1-") and r[1] and r[3] and r[6] for r in rows)
    assert {r[2] for r in rows} <= {1.0, 2.0, 3.0, 4.0, 5.0}
    assert any(r[5] for r in rows) and any(r[9] for r in rows)
    assert all(r[7] is not None for r in rows)  # every stored review got a sentiment score
    new = crawl.rows("select sentiment, topics from reviews where text = '第二天就坏了，退货'")[0]
    assert new[0] < 0.5 and isinstance(json.loads(new[1]), list)


def test_failing_listings_are_reported(crawls):
    crawl = crawls[0]
    failures = crawl.rows("select t.name, f.kind, f.http_status, f.reason from extraction_failures f "
                          "join targets t on t.id = f.target_id order by f.id")
    assert {(name, kind, status) for name, kind, status, _ in failures} == {
        ("reviews-blocked", "blocked", 403), ("reviews-layout-changed", "layout", 200)}
    assert len(failures) == 4  # one per crawl each
    assert all("div.comment-item" in reason for name, _, _, reason in failures if name == "reviews-layout-changed")


def test_mentions_filtered_and_deduplicated_across_sources(crawls):
    crawl, _, _, after = crawls
    titles = [t for (t,) in after["mentions"]]
    reposted = {"避雷！小鹿蓝牙耳机Pro降噪翻车", "避雷!小鹿蓝牙耳机Pro降噪翻车"}  # one post on two sites
    assert len([t for t in titles if t in reposted]) == 1  # stored once, whichever source came first
    assert sorted(t for t in titles if t not in reposted) == sorted(
        ["小鹿电动牙刷X1用了一个月的真实感受", "XiaoLu保温杯开箱", "小鹿优选旗舰店发货太慢"])  # no 小鹿乱撞 / 小鹿斑比
    rows = crawl.rows("select title, source, url, author, published_at, sentiment from mentions")
    assert len(rows) == 5 and "小鹿牙刷双十一降价了" in {r[0] for r in rows}  # the new post, once, from 3 sources
    assert all(r[2] and r[3] and r[4] and r[5] is not None for r in rows)
    sources = {r[0]: r[1] for r in rows}
    assert sources["XiaoLu保温杯开箱"] == "好物社区 最新帖子" and sources["小鹿优选旗舰店发货太慢"] == "好物社区"


def test_listing_targets_status(crawls):
    crawl = crawls[0]
    result = run_cli("targets", "status", "-c", str(crawl.config_path), "-f", "json")
    status = {row["name"]: row for row in json.loads(result.stdout)}
    assert status["reviews-html"]["failing"] is False and status["reviews-html"]["last_success_at"]
    assert status["mentions-rss"]["failing"] is False
    assert status["mentions-nothing-found"]["failing"] is False  # an empty search is a result, not a failure
    assert status["mentions-nothing-found"]["last_success_at"]
    assert status["reviews-blocked"]["failing"] is True
    assert result.returncode == 1
