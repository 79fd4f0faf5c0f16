"""Scrapy settings for the monitor's crawls. Per-run values (robots, timeouts, limits) are overridden from
the job spec at start-up, see ``spiders.job``."""

BOT_NAME = "shop-monitor"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

# Explicit on purpose: a user decides, the default is to obey.
ROBOTSTXT_OBEY = True
USER_AGENT = "shop-monitor/0.1 (+https://github.com/shop-monitor/shop-monitor)"

# A daemon must not open a code-execution port (Scrapy 2.19 enables RemoteControl by default).
REMOTE_CONTROL_ENABLED = False

# Scrapy re-reads and re-parses a callback's source on every response to warn about `return value` in
# generators (its cache misses on bound methods): ~9 % of a crawl's CPU. Our callbacks are linted in tests.
WARN_ON_GENERATOR_RETURN_VALUE = False
TELNETCONSOLE_ENABLED = False

CONCURRENT_REQUESTS = 32
# Items processed in parallel per response. Scrapy 2.13+ starts this many asyncio tasks for every response
# whatever it yields (scrapy/scrapy#7158): the default 100 costs real CPU, and our one pipeline is
# synchronous (batched inserts), so parallel item processing would buy nothing anyway.
CONCURRENT_ITEMS = 1
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry; doubles each time (spiders.retry_backoff)
RETRY_BACKOFF_MAX = 60.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.robots.SharedRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.retry_backoff.BackoffRetryMiddleware": 550,
    # Below HttpCompression (590) in order, so it sees the decompressed body on the way back.
    "spiders.encoding.ChineseEncodingMiddleware": 580,
}

COOKIES_ENABLED = True
HTTPCACHE_ENABLED = False
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {"spiders.pipelines.StorePipeline": 300}
