"""Per-target request options, crawl politeness settings and their validation."""

import pytest

from monitor.config import ConfigError, parse_config
from monitor.store import target_settings
from spiders.job import CrawlJob, CrawlTarget
from spiders.retry_backoff import backoff_delay
from spiders.spiders.product import ProductSpider

CONFIG = """
crawl:
  retries: 3
  retry_backoff: 0.5
  concurrency_per_domain: 8
  sites: {"item.jd.com": {concurrency: 1, delay: 3}}
targets:
  - name: 竞品甲
    url: https://item.example.com/1.html
    headers: {Accept-Language: zh-CN}
    cookies: {thw: cn}
    user_agent: Mozilla/5.0 (iPhone)
    proxy: http://user:secret@10.0.0.2:3128
    request_timeout: 15s
    retries: 0
    encoding: gbk
    selectors: {price: "css:#J_price::text", sku: "5001"}
"""


def test_backoff_doubles_with_jitter_and_a_cap():
    for retry, base in ((1, 2.0), (2, 4.0), (3, 8.0)):
        assert base * 0.8 <= backoff_delay(retry, 2.0, 60) <= base * 1.2
    assert backoff_delay(10, 2.0, 60) <= 60
    assert backoff_delay(1, 2.0, 60, retry_after="7") == 7
    assert backoff_delay(1, 2.0, 60, retry_after="3600") == 60
    assert 1.6 <= backoff_delay(1, 2.0, 60, retry_after="Wed, 21 Oct 2026 07:28:00 GMT") <= 2.4


def test_crawl_settings_reach_scrapy():
    config = parse_config(CONFIG)
    settings = CrawlJob.for_config(config.crawl, "sqlite://", []).scrapy_settings()
    assert settings["RETRY_TIMES"] == 3 and settings["RETRY_BACKOFF_BASE"] == 0.5
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 8 and settings["CONCURRENT_REQUESTS"] >= 8
    assert settings["DOWNLOAD_SLOTS"] == {"item.jd.com": {"concurrency": 1, "delay": 3.0}}
    assert settings["ROBOTSTXT_OBEY"] is True


def test_target_options_reach_its_requests(tmp_path):
    config = parse_config(CONFIG)
    target = CrawlTarget(1, "竞品甲", config.targets[0].url, settings=target_settings(config.targets[0]))
    job = tmp_path / "job.json"
    CrawlJob("sqlite://", [target]).dump(job)
    request = ProductSpider(job=str(job)).request_for(target)
    assert request.headers[b"User-Agent"] == b"Mozilla/5.0 (iPhone)"
    assert request.headers[b"Accept-Language"] == b"zh-CN"
    assert request.cookies == {"thw": "cn"}
    assert request.meta["proxy"] == "http://user:secret@10.0.0.2:3128"
    assert request.meta["download_timeout"] == 15
    assert request.meta["max_retry_times"] == 0
    assert 403 in request.meta["handle_httpstatus_list"] and 429 in request.meta["handle_httpstatus_list"]
    assert target.settings["encoding"] == "gbk" and target.settings["selectors"]["sku"] == "5001"


@pytest.mark.parametrize(
    "target, message",
    [
        ("{name: r, url: 'http://x/', kind: reviews}", "kind: reviews needs a `reviews:` mapping"),
        ("{name: m, url: 'http://x/', kind: mentions}", "kind: mentions needs a `mentions:` block"),
        ("{name: p, url: 'http://x/', reviews: {items: li, fields: {text: p}}}", "only read for kind: reviews"),
        ("{name: m, url: 'http://x/', kind: mentions, mentions: {format: json}}", "needs `items`"),
        ("{name: r, url: 'http://x/', kind: reviews, reviews: {items: li, fields: {author: a}}}", "text: Field required"),
        (("{name: r, url: 'http://x/', kind: reviews, reviews: {items: li, fields: {text: p}, "
          "pagination: {type: cursor}}}"), "needs `next`"),
        ("{name: p, url: 'http://x/', proxy: 'socks5://10.0.0.1:1080'}", "http:// or https:// proxy"),
        ("{name: p, url: 'http://x/', encoding: klingon}", "unknown encoding"),
        ("{name: p, url: 'http://x/', retries: 11}", "retries"),
    ],
)
def test_bad_target_options_are_named(target, message):
    with pytest.raises(ConfigError) as info:
        parse_config(f"targets:\n  - {target}\n")
    assert message in str(info.value)


def test_listing_mappings_validate():
    config = parse_config("""
targets:
  - name: 评价
    kind: reviews
    url: http://x/api/reviews?page=1
    reviews:
      items: "jsonpath:$.data.list[*]"
      fields: {text: content, author: nick, time: created}
      pagination: {type: page, max_pages: 5}
  - name: 口碑
    kind: mentions
    url: "http://x/api/search?q={keyword}"
    mentions:
      keywords: [小鹿]
      aliases: [XiaoLu]
      exclude: [小鹿乱撞]
      items: "jsonpath:$.items[*]"
      fields: {title: title, url: link}
""")
    reviews, mentions = (target_settings(t) for t in config.targets)
    assert reviews["reviews"]["pagination"] == {"type": "page", "param": "page", "start": 1, "max_pages": 5}
    assert mentions["mentions"]["keywords"] == ["小鹿"] and mentions["mentions"]["format"] == "auto"
