"""Reviews, mentions and target health in the store, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from monitor.config import parse_config
from monitor.db import Database
from monitor.models import ExtractionFailure, Mention, PriceObservation, TargetCheck
from monitor.store import (
    known_review_keys,
    store_mentions,
    store_reviews,
    sync_targets,
    target_health,
)

CONFIG = """
targets:
  - {name: p, url: "http://shop.test/p.html"}
  - {name: r, url: "http://shop.test/r.html", kind: reviews, reviews: {items: li, fields: {text: p}}}
  - {name: m, url: "http://bbs.test/feed.xml", kind: mentions, mentions: {keywords: [小鹿]}}
  - {name: m2, url: "http://bbs.test/feed.xml", kind: mentions, mentions: {keywords: [大熊]}}
  - {name: m3, url: "http://news.test/search?q=小鹿", kind: mentions, mentions: {keywords: [小鹿]}}
  - {name: never, url: "http://shop.test/n.html"}
"""


def review(target_id, key, text="好用"):
    return {"target_id": target_id, "review_key": key, "text": text, "images": 0,
            "fetched_at": datetime.now(UTC)}


def mention(target_id, url_hash, text_hash, title):
    return {"target_id": target_id, "url_hash": url_hash, "text_hash": text_hash, "title": title, "text": title,
            "fetched_at": datetime.now(UTC)}


def test_reviews_and_mentions_are_stored_once(database_url):
    database = Database(database_url)
    with database.session() as session:
        rows = sync_targets(session, parse_config(CONFIG))
        r, m = rows["r"].id, rows["m"].id
        assert store_reviews(session, [review(r, "id:1"), review(r, "id:2"), review(r, "id:1")]) == 2
    with database.session() as session:
        assert store_reviews(session, [review(r, "id:2"), review(r, "id:3")]) == 1
        assert known_review_keys(session, r, ["id:1", "id:3", "id:9"]) == {"id:1", "id:3"}
        assert store_mentions(session, [mention(m, "u1", "t1", "a"), mention(m, "u2", "t1", "a 转载"),
                                        mention(m, "u1", "t2", "same url")]) == 1
    with database.session() as session:
        assert store_mentions(session, [mention(m, "u1", "t9", "x"), mention(m, "u3", None, "b")]) == 1
    database.dispose()


def test_an_article_naming_two_watched_brands_counts_for_each(database_url):
    database = Database(database_url)
    with database.session() as session:
        rows = sync_targets(session, parse_config(CONFIG))
        m, m2, m3 = rows["m"].id, rows["m2"].id, rows["m3"].id
        assert store_mentions(session, [mention(m, "u1", "t1", "小鹿和大熊")]) == 1
    with database.session() as session:
        # the same article found by the other brand's crawl, and again by both (plus a repost)
        assert store_mentions(session, [mention(m2, "u1", "t1", "小鹿和大熊")]) == 1
        assert store_mentions(session, [mention(m, "u1", "t1", "小鹿和大熊"), mention(m2, "u1", "t1", "小鹿和大熊"),
                                        mention(m2, "u7", "t1", "转载：小鹿和大熊")]) == 0
        # the same brand read from another source: one mention across sources, also within one batch
        assert store_mentions(session, [mention(m3, "u1", "t1", "小鹿和大熊"), mention(m3, "u8", "t8", "小鹿新品"),
                                        mention(m, "u9", "t8", "转载：小鹿新品")]) == 1
    database.dispose()


def test_target_health(database_url):
    database = Database(database_url)
    now = datetime.now(UTC)
    with database.session() as session:
        rows = sync_targets(session, parse_config(CONFIG))
        p, r, m = rows["p"].id, rows["r"].id, rows["m"].id
        session.add_all([
            PriceObservation(target_id=p, url="u", price=9, observed_at=now - timedelta(hours=1)),
            ExtractionFailure(target_id=p, kind="blocked", http_status=403, reason="HTTP 403", occurred_at=now),
            ExtractionFailure(target_id=r, kind="timeout", reason="request timed out", occurred_at=now - timedelta(hours=2)),
            TargetCheck(target_id=r, pages=2, found=20, new=3, checked_at=now - timedelta(hours=1)),
            TargetCheck(target_id=m, pages=1, found=0, new=0, checked_at=now),
        ])
    with database.session() as session:
        health = {h.name: h for h in target_health(session)}
    assert health["p"].failing and health["p"].last_failure_status == 403 and health["p"].last_success_at
    assert not health["r"].failing and health["r"].last_failure_reason == "request timed out"
    assert not health["m"].failing and health["m"].last_success_at.tzinfo is not None
    assert health["never"].last_success_at is None and not health["never"].failing
    database.dispose()


def test_two_crawls_of_one_brand_at_once_store_an_article_once(database_url):
    """The feed and the search API of one brand crawled at the same moment: the second crawl's lookup
    waits for the first crawl's transaction, so it sees the article and does not store it again."""
    import threading

    database = Database(database_url)
    with database.session() as session:
        rows = sync_targets(session, parse_config(CONFIG))
        m, m3 = rows["m"].id, rows["m3"].id
    stored = {}

    def second_crawl():
        with database.session() as session:
            stored["second"] = store_mentions(session, [mention(m3, "u1", "t1", "小鹿上新")])

    with database.session() as session:
        stored["first"] = store_mentions(session, [mention(m, "u1", "t1", "小鹿上新")])
        other = threading.Thread(target=second_crawl)
        other.start()
        # Without the brand lock the second crawl finds nothing stored yet and commits its own copy
        # right away; with it, it is still waiting when this transaction commits.
        other.join(timeout=3)
        assert other.is_alive()
    other.join(timeout=60)
    assert not other.is_alive() and stored == {"first": 1, "second": 0}
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Mention)) == 1
    database.dispose()
