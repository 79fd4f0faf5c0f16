"""The one pipeline: items to rows, in batches, each batch one transaction.

Batching keeps SQLite fast under a 5,000-page crawl; a crash loses at most the batch in flight and never
leaves half of one written. Reviews and mentions go through the store's dedupe (review key per target;
URL and normalised text across all sources), so a re-crawl never stores a row twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert

from monitor.db import Database
from monitor.models import ExtractionFailure, PriceObservation, TargetCheck
from spiders.items import (
    ExtractionFailureItem,
    MentionItem,
    PriceObservationItem,
    ReviewItem,
    TargetCheckItem,
)

BATCH_SIZE = 200
_WITH_RUN_ID = (PriceObservationItem, ExtractionFailureItem, TargetCheckItem)


class StorePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.database: Database | None = None
        self.pending: dict[type, list[dict]] = {}
        self.count = 0
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        job = self.crawler.spider.job
        self.database = Database(job.database_url, migrate=False)
        self.run_id = job.crawl_run_id

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, (*_WITH_RUN_ID, ReviewItem, MentionItem)):
            return item
        row = dict(item.__dict__)  # flat dataclasses: dataclasses.asdict's deep copy is wasted work here
        if isinstance(item, _WITH_RUN_ID):
            row["crawl_run_id"] = self.run_id
        self.pending.setdefault(type(item), []).append(row)
        self.count += 1
        if self.count >= BATCH_SIZE:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.count:
            return
        batch, self.pending, self.count = self.pending, {}, 0
        stats = self.crawler.stats
        with self.database.session() as session:
            if ReviewItem in batch or MentionItem in batch:
                from monitor.store import (  # product crawls skip the config import
                    store_mentions,
                    store_reviews,
                )

            # Content first: a check row says "read to the end", so it must not land before what it read.
            if rows := batch.get(ReviewItem):
                stats.inc_value("monitor/reviews_stored", store_reviews(session, rows))
            if rows := batch.get(MentionItem):
                stats.inc_value("monitor/mentions_stored", store_mentions(session, rows))
            for item_type, model, stat in ((PriceObservationItem, PriceObservation, "observations"),
                                           (ExtractionFailureItem, ExtractionFailure, "failures"),
                                           (TargetCheckItem, TargetCheck, "checks")):
                if rows := batch.get(item_type):
                    session.execute(insert(model), rows)
                    stats.inc_value(f"monitor/{stat}_stored", len(rows))

    def close_spider(self) -> None:
        try:
            self.flush()
        finally:
            if self.database is not None:
                self.database.dispose()
