"""A crawl job: which targets one crawl process fetches and where it stores what it finds.

The daemon writes a job file and starts ``python -m spiders.run_job FILE``; a user can instead run
``scrapy crawl product -a config=config/monitor.yaml`` and the spider builds the job from the config.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class CrawlTarget:
    id: int
    name: str
    url: str
    kind: str = "product"
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class CrawlJob:
    database_url: str
    targets: list[CrawlTarget]
    crawl_run_id: int | None = None
    robotstxt_obey: bool = True
    request_timeout: float = 30.0
    max_page_bytes: int = 10 * 1024 * 1024
    user_agent: str | None = None
    concurrency_per_domain: int = 4
    download_delay: float = 0.0
    autothrottle: bool = True
    retries: int = 2
    retry_backoff: float = 2.0
    sites: dict[str, dict[str, Any]] = field(default_factory=dict)  # host -> {concurrency, delay}
    extra_settings: dict[str, Any] = field(default_factory=dict)  # e.g. the benchmark's LOG_LEVEL

    @classmethod
    def for_config(cls, crawl: Any, database_url: str, targets: list[CrawlTarget],
                   crawl_run_id: int | None = None) -> CrawlJob:
        """A job with the politeness settings of a ``CrawlConfig``."""
        return cls(
            database_url=database_url,
            targets=targets,
            crawl_run_id=crawl_run_id,
            robotstxt_obey=crawl.robotstxt_obey,
            request_timeout=crawl.request_timeout,
            max_page_bytes=crawl.max_page_bytes,
            user_agent=crawl.user_agent,
            concurrency_per_domain=crawl.concurrency_per_domain,
            download_delay=crawl.download_delay,
            autothrottle=crawl.autothrottle,
            retries=crawl.retries,
            retry_backoff=crawl.retry_backoff,
            sites={host: limits.model_dump() for host, limits in crawl.sites.items()},
        )

    def dump(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path | str) -> CrawlJob:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        data["targets"] = [CrawlTarget(**t) for t in data["targets"]]
        return cls(**data)

    def scrapy_settings(self) -> dict[str, Any]:
        """Settings that apply to the whole crawl process (priority 'cmdline')."""
        settings: dict[str, Any] = {
            "ROBOTSTXT_OBEY": self.robotstxt_obey,
            "DOWNLOAD_TIMEOUT": self.request_timeout,
            "DOWNLOAD_MAXSIZE": self.max_page_bytes,
            "DOWNLOAD_WARNSIZE": min(self.max_page_bytes, 4 * 1024 * 1024),
            "CONCURRENT_REQUESTS": max(32, self.concurrency_per_domain),
            "CONCURRENT_REQUESTS_PER_DOMAIN": self.concurrency_per_domain,
            "DOWNLOAD_DELAY": self.download_delay,
            "AUTOTHROTTLE_ENABLED": self.autothrottle,
            "RETRY_TIMES": self.retries,
            "RETRY_BACKOFF_BASE": self.retry_backoff,
        }
        if self.sites:
            settings["DOWNLOAD_SLOTS"] = {
                host: {"concurrency": limits["concurrency"], "delay": limits["delay"]}
                for host, limits in self.sites.items()
            }
        if self.user_agent:
            settings["USER_AGENT"] = self.user_agent
        settings.update(self.extra_settings)
        return settings


def job_from_config(config_path: str, kind: str = "product") -> CrawlJob:
    """Build a job for every enabled target of ``kind`` in a config file (for ``scrapy crawl``)."""
    from monitor.config import load_config
    from monitor.db import Database
    from monitor.store import sync_targets

    config = load_config(config_path)
    database = Database(config.database_url)
    with database.session() as session:
        rows = sync_targets(session, config)
        targets = [
            CrawlTarget(row.id, row.name, row.url, row.kind, dict(row.settings))
            for row in rows.values()
            if row.enabled and row.kind == kind
        ]
    database.dispose()
    return CrawlJob.for_config(config.crawl, config.database_url, targets)
