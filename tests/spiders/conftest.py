"""Crawl the demo shop through the real spiders: config file → CrawlRunner → crawl subprocess → database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from monitor.config import AppConfig, load_config
from monitor.crawling import CrawlOutcome, CrawlRunner
from monitor.cycle import enabled_targets
from monitor.db import Database
from monitor.demoshop.server import DemoShopServer


@pytest.fixture(scope="module")
def shop():
    server = DemoShopServer().start_background()
    yield server
    server.stop()


@dataclass
class Crawl:
    config_path: Path
    config: AppConfig
    database: Database

    def run(self) -> list[CrawlOutcome]:
        """One crawl pass over every enabled target, exactly as the daemon runs it."""
        return CrawlRunner(self.database, self.config).crawl(enabled_targets(self.database, self.config))

    def rows(self, sql: str, **params) -> list[tuple]:
        with self.database.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]

    def by_target(self, sql: str) -> dict[str, tuple]:
        """``sql`` selecting the target name first: rows keyed by it (one row per target expected)."""
        found: dict[str, tuple] = {}
        for row in self.rows(sql):
            assert row[0] not in found, f"two rows for {row[0]}"
            found[row[0]] = row[1:]
        return found


def make_crawl(directory: Path, targets_yaml: str, crawl_yaml: str = "") -> Crawl:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "monitor.yaml"
    path.write_text(f"data_dir: {directory / 'data'}\ncrawl:\n  timeout: 120s\n{crawl_yaml}targets:\n{targets_yaml}",
                    encoding="utf-8")
    config = load_config(path)
    return Crawl(path, config, Database(config.database_url))
