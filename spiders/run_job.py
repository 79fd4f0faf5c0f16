"""``python -m spiders.run_job JOB.json``: one crawl process for one site's due targets.

Run as a subprocess by the daemon so every crawl gets a fresh Twisted reactor (no ReactorNotRestartable),
its memory back when it ends, and can be killed on timeout.
"""

from __future__ import annotations

import sys

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.job import CrawlJob

SPIDER_FOR_KIND = {"product": "product", "reviews": "reviews", "mentions": "mentions"}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m spiders.run_job JOB.json", file=sys.stderr)
        return 2
    job = CrawlJob.load(argv[0])
    settings = get_project_settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.setdict(job.scrapy_settings(), priority="cmdline")
    process = CrawlerProcess(settings)
    kinds = sorted({t.kind for t in job.targets})
    for kind in kinds:
        process.crawl(SPIDER_FOR_KIND[kind], job=argv[0])
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
