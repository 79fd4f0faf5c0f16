"""Crawl throughput: N product pages end to end versus a bare Scrapy fetch of the same pages.

    .venv/bin/python bench/bench_crawl.py --pages 5000

1. Starts the demo shop on aiohttp in its own process (``/bench/item/{n}.html``, distinct JSON-LD pages).
2. End to end: N targets in a fresh SQLite database, crawled by the real ``CrawlRunner`` — one crawl
   subprocess, the product spider, extraction, the store pipeline — exactly as the daemon runs a site.
3. Bare: a Scrapy spider in its own subprocess that fetches the same N URLs and does nothing with them,
   with the same concurrency settings.
Both times are wall-clock times of the whole subprocess (start-up included). Prints pages/s and the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def children_cpu() -> float:
    """CPU seconds used by finished child processes (the crawl subprocesses)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_shop() -> tuple[subprocess.Popen, str]:
    shop = subprocess.Popen([sys.executable, "-m", "monitor.demoshop.fast_server", "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    line = shop.stdout.readline().strip()
    if not line.startswith("demo shop on "):
        shop.kill()
        raise SystemExit(f"the demo shop did not start: {line!r}")
    return shop, line.rsplit(" ", 1)[-1]


def write_config(directory: Path, base_url: str, pages: int, concurrency: int) -> Path:
    lines = [f"data_dir: {directory}", "crawl:", "  robotstxt_obey: true", f"  concurrency_per_domain: {concurrency}",
             "  autothrottle: false", "  retries: 0", "  timeout: 30m", "targets:"]
    lines += [f'  - {{name: "bench-{n}", url: "{base_url}/bench/item/{n}.html"}}' for n in range(pages)]
    path = directory / "monitor.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def end_to_end(config_path: Path, pages: int) -> tuple[float, float]:
    from sqlalchemy import func, select

    from monitor.config import load_config
    from monitor.crawling import CrawlRunner
    from monitor.cycle import enabled_targets
    from monitor.db import Database
    from monitor.models import PriceObservation

    config = load_config(config_path)
    database = Database(config.database_url)
    targets = enabled_targets(database, config)
    runner = CrawlRunner(database, config)
    started, cpu = time.perf_counter(), children_cpu()
    outcome = runner.crawl_site(targets[0].site, targets)
    seconds, cpu = time.perf_counter() - started, children_cpu() - cpu
    with database.session() as session:
        stored = session.scalar(select(func.count()).select_from(PriceObservation))
    database.dispose()
    if outcome.status != "ok" or stored != pages:
        raise SystemExit(f"end-to-end crawl incomplete: status {outcome.status}, {stored}/{pages} stored")
    return seconds, cpu


def bare_fetch(base_url: str, pages: int, concurrency: int) -> tuple[float, float]:
    started, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run([sys.executable, __file__, "--bare-worker", base_url, "--pages", str(pages),
                             "--concurrency", str(concurrency)], cwd=ROOT, check=False,
                            env={**os.environ, "SCRAPY_SETTINGS_MODULE": ""}, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - started, children_cpu() - cpu
    if result.returncode != 0 or f"fetched {pages}" not in result.stdout:
        raise SystemExit(f"bare fetch failed: {result.stdout[-500:]} {result.stderr[-2000:]}")
    return seconds, cpu


def bare_worker(base_url: str, pages: int, concurrency: int) -> None:
    """The bare spider: same URLs, same Scrapy tuning (concurrency, items per response, requests fed from one
    callback like ``JobSpider.start``), default middlewares, nothing done with the pages."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from spiders import settings as ours

    fetched = []

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):
            yield scrapy.Request("data:,", callback=self.all_pages, dont_filter=True)

        def all_pages(self, response):
            for n in range(pages):
                yield scrapy.Request(f"{base_url}/bench/item/{n}.html", dont_filter=True)

        def parse(self, response):
            fetched.append(response.status)

    process = CrawlerProcess({
        "ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "CONCURRENT_ITEMS": ours.CONCURRENT_ITEMS, "AUTOTHROTTLE_ENABLED": False, "RETRY_ENABLED": False, "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
    })
    process.crawl(BareSpider)
    process.start()
    print(f"fetched {sum(1 for s in fetched if s == 200)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=16,
                        help="concurrent requests, both crawls (the local shop answers at once: more only adds overhead)")
    parser.add_argument("--bare-worker", metavar="BASE_URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_worker:
        bare_worker(args.bare_worker, args.pages, args.concurrency)
        return
    shop, base_url = start_shop()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            config_path = write_config(Path(tmp), base_url, args.pages, args.concurrency)
            bare_seconds, bare_cpu = bare_fetch(base_url, args.pages, args.concurrency)
            e2e_seconds, e2e_cpu = end_to_end(config_path, args.pages)
    finally:
        shop.terminate()
        shop.wait(timeout=10)
    e2e_rate, bare_rate = args.pages / e2e_seconds, args.pages / bare_seconds
    print(f"pages: {args.pages} (distinct JSON-LD product pages from the local demo shop, aiohttp, own process)")
    print(f"end to end (fetch, extract, store {args.pages} observations in SQLite): {e2e_seconds:.2f} s, "
          f"{e2e_rate:.0f} pages/s, crawl process CPU {e2e_cpu:.1f} s")
    print(f"bare Scrapy fetch of the same pages: {bare_seconds:.2f} s, {bare_rate:.0f} pages/s, "
          f"process CPU {bare_cpu:.1f} s")
    print(f"ratio end to end / bare: {e2e_rate / bare_rate:.2f}")


if __name__ == "__main__":
    main()
