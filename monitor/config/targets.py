"""What to crawl: targets and crawl politeness settings."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from monitor.config.base import Duration, _Strict, parse_duration


class DatabaseConfig(_Strict):
    url: str | None = Field(None, description="SQLAlchemy URL; default: SQLite file in data_dir")


class CrawlConfig(_Strict):
    robotstxt_obey: bool = True
    user_agent: str = "shop-monitor/0.1 (+https://github.com/shop-monitor/shop-monitor)"
    timeout: Duration = 600.0
    request_timeout: Duration = 30.0
    concurrency_per_domain: int = Field(4, ge=1, le=64)
    download_delay: float = Field(0.0, ge=0)
    autothrottle: bool = True
    max_page_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    max_processes: int = Field(2, ge=1, le=16)

    _durations = field_validator("timeout", "request_timeout", mode="before")(parse_duration)


class Selectors(_Strict):
    """Per-target extraction overrides: ``css:…``, ``xpath:…``, ``jsonpath:…`` or ``regex:…``."""

    price: str | None = None
    list_price: str | None = None
    stock: str | None = None
    title: str | None = None
    sku: str | None = Field(None, description="variant to pick on multi-variant pages")


class TargetConfig(_Strict):
    name: str = Field(min_length=1)
    url: str
    kind: Literal["product", "reviews", "mentions"] = "product"
    owner: Literal["own", "competitor"] = "competitor"
    shop: str | None = None
    group: str | None = Field(None, description="SKU/group key comparing own listing with competitors")
    interval: Duration = 1800.0
    cron: str | None = Field(None, description="crontab, e.g. '0 9 * * *' (config timezone); replaces interval")
    selectors: Selectors = Field(default_factory=Selectors)
    headers: dict[str, str] = Field(default_factory=dict)
    enabled: bool = True

    _durations = field_validator("interval", mode="before")(parse_duration)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value

    @field_validator("cron")
    @classmethod
    def _crontab(cls, value: str | None) -> str | None:
        if value is not None:
            from apscheduler.triggers.cron import CronTrigger

            try:
                CronTrigger.from_crontab(value)
            except ValueError as exc:
                raise ValueError(f"not a crontab schedule {value!r} (e.g. '0 9 * * *'): {exc}") from None
        return value

    @property
    def site(self) -> str:
        return urlsplit(self.url).netloc.lower()


