"""The one pipeline: items to rows, in batches, each batch one transaction.

Batching keeps SQLite fast under a 5,000-page crawl; a crash loses at most the batch in flight and never
leaves half of one written.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import insert

from monitor.db import Database
from monitor.models import ExtractionFailure, PriceObservation
from spiders.items import ExtractionFailureItem, PriceObservationItem

BATCH_SIZE = 200


class StorePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.database: Database | None = None
        self.observations: list[dict] = []
        self.failures: list[dict] = []
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StorePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        job = self.crawler.spider.job
        self.database = Database(job.database_url, migrate=False)
        self.run_id = job.crawl_run_id

    def process_item(self, item: Any) -> Any:
        if isinstance(item, PriceObservationItem):
            self.observations.append({**asdict(item), "crawl_run_id": self.run_id})
        elif isinstance(item, ExtractionFailureItem):
            self.failures.append({**asdict(item), "crawl_run_id": self.run_id})
        else:
            return item
        if len(self.observations) + len(self.failures) >= BATCH_SIZE:
            self.flush()
        return item

    def flush(self) -> None:
        if not (self.observations or self.failures):
            return
        with self.database.session() as session:
            if self.observations:
                session.execute(insert(PriceObservation), self.observations)
            if self.failures:
                session.execute(insert(ExtractionFailure), self.failures)
        stats = self.crawler.stats
        stats.inc_value("monitor/observations_stored", len(self.observations))
        stats.inc_value("monitor/failures_stored", len(self.failures))
        self.observations, self.failures = [], []

    def close_spider(self) -> None:
        try:
            self.flush()
        finally:
            if self.database is not None:
                self.database.dispose()
