"""What to crawl: targets, how to read them (selectors, review and mention mappings) and crawl politeness."""

from __future__ import annotations

import codecs
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from monitor.config.base import Duration, _Strict, parse_duration


class DatabaseConfig(_Strict):
    url: str | None = Field(None, description="SQLAlchemy URL; default: SQLite file in data_dir")


class SiteLimits(_Strict):
    """Politeness for one host, overriding the crawl-wide values (a strict site gets its own pace)."""

    concurrency: int = Field(2, ge=1, le=64)
    delay: float = Field(1.0, ge=0, description="seconds between requests to this host")


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
    retries: int = Field(2, ge=0, le=10, description="retries of 5xx/429/timeouts, with growing back-off")
    retry_backoff: float = Field(2.0, ge=0, le=600, description="first back-off in seconds; doubles each retry")
    sites: dict[str, SiteLimits] = Field(default_factory=dict, description="per-host concurrency and delay")

    _durations = field_validator("timeout", "request_timeout", mode="before")(parse_duration)


class Selectors(_Strict):
    """Per-target extraction overrides: ``css:…``, ``xpath:…``, ``jsonpath:…`` or ``regex:…``."""

    price: str | None = None
    list_price: str | None = None
    stock: str | None = None
    title: str | None = None
    sku: str | None = Field(None, description="variant to pick on multi-variant pages")
    state_var: str | None = Field(None, description="JS variable holding the page state, e.g. __INITIAL_STATE__")
    price_unit: Literal["yuan", "fen"] | None = Field(None, description="fen: numbers in JSON/JS state are cents (分)")


class Pagination(_Strict):
    """How a listing reaches its next page: a page number or cursor in the query string, or a next link."""

    type: Literal["none", "page", "cursor", "link"] = "none"
    param: str = Field("page", description="query parameter carrying the page number or the cursor")
    start: int = Field(1, ge=0, description="number of the first page")
    next: str | None = Field(None, description="selector of the next cursor (cursor) or next link (link)")
    max_pages: int = Field(10, ge=1, le=1000)

    @model_validator(mode="after")
    def _needs_next(self) -> Pagination:
        if self.type in ("cursor", "link") and not self.next:
            raise ValueError(f"pagination type {self.type!r} needs `next`: the selector of the next {self.type}")
        return self


class ReviewFields(_Strict):
    """Selectors relative to one review item (CSS/XPath on HTML, JSONPath or dotted keys on JSON)."""

    text: str
    id: str | None = None
    author: str | None = None
    rating: str | None = None
    time: str | None = None
    sku: str | None = None
    images: str | None = Field(None, description="counted: number of matches, or a number / list on JSON")
    followup: str | None = Field(None, description="追评, the buyer's later follow-up")


class ReviewSource(_Strict):
    format: Literal["auto", "html", "json"] = "auto"
    items: str = Field(description="selector of each review: css:/xpath: on HTML, jsonpath: on JSON")
    fields: ReviewFields
    pagination: Pagination = Field(default_factory=Pagination)


class MentionFields(_Strict):
    title: str | None = None
    text: str | None = None
    url: str | None = None
    author: str | None = None
    time: str | None = None
    source: str | None = None


class MentionSource(_Strict):
    """A feed, search API or result page, filtered by the brand's keywords and aliases."""

    format: Literal["auto", "rss", "html", "json"] = "auto"
    items: str | None = Field(None, description="selector of each result (not needed for RSS/Atom)")
    fields: MentionFields = Field(default_factory=MentionFields)
    pagination: Pagination = Field(default_factory=Pagination)
    keywords: list[str] = Field(default_factory=list, description="brand names; empty keeps every item")
    aliases: list[str] = Field(default_factory=list, description="other spellings: pinyin, English, nicknames")
    exclude: list[str] = Field(default_factory=list, description="phrases that are not the brand (小鹿乱撞)")
    source: str | None = Field(None, description="source name to store; default: feed title or host")


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
    reviews: ReviewSource | None = None
    mentions: MentionSource | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    cookies: dict[str, str] = Field(default_factory=dict)
    user_agent: str | None = None
    proxy: str | None = Field(None, description="http(s)://[user:pass@]host:port for this target's requests")
    request_timeout: Duration | None = None
    retries: int | None = Field(None, ge=0, le=10)
    encoding: str | None = Field(None, description="force the page encoding, e.g. gb18030")
    enabled: bool = True

    _durations = field_validator("interval", "request_timeout", mode="before")(
        lambda v: None if v is None else parse_duration(v)
    )

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value

    @field_validator("proxy")
    @classmethod
    def _proxy_url(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError(f"must be an http:// or https:// proxy URL, got {value.split('@')[-1]!r}")
        return value

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"unknown encoding {value!r} (e.g. gb18030, utf-8)") from None
        return value

    @model_validator(mode="after")
    def _mapping_matches_kind(self) -> TargetConfig:
        if self.kind == "reviews" and self.reviews is None:
            raise ValueError("kind: reviews needs a `reviews:` mapping (items, fields, pagination)")
        if self.kind == "mentions" and self.mentions is None:
            raise ValueError("kind: mentions needs a `mentions:` block (keywords, and items/fields unless RSS)")
        if self.reviews is not None and self.kind != "reviews":
            raise ValueError("`reviews:` is only read for kind: reviews")
        if self.mentions is not None and self.kind != "mentions":
            raise ValueError("`mentions:` is only read for kind: mentions")
        if self.mentions and self.mentions.format in ("html", "json") and not self.mentions.items:
            raise ValueError(f"mentions format {self.mentions.format} needs `items`: the selector of each result")
        return self

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
