"""``python -m spiders.run_job JOB.json``: one crawl process for one site's due targets.

Run as a subprocess by the daemon so every crawl gets a fresh Twisted reactor (no ReactorNotRestartable),
its memory back when it ends, and can be killed on timeout.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.job import CrawlJob

SPIDER_FOR_KIND = {"product": "product", "reviews": "reviews", "mentions": "mentions"}


ORPHAN_GRACE_SECONDS = 15


def exit_when_orphaned(parent_pid: int, poll_seconds: float = 1.0) -> threading.Thread:
    """Stop this crawl when the daemon that started it is gone (kill -9 leaves no one to enforce the timeout).

    SIGTERM first, so Scrapy closes the pipeline and flushes its batch; a hard exit if that does not finish.
    """
    def watch() -> None:
        stop = threading.Event()
        while not stop.wait(poll_seconds):
            if os.getppid() != parent_pid:
                os.kill(os.getpid(), signal.SIGTERM)
                if not stop.wait(ORPHAN_GRACE_SECONDS):
                    os._exit(3)

    thread = threading.Thread(target=watch, name="orphan-watch", daemon=True)
    thread.start()
    return thread


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m spiders.run_job JOB.json", file=sys.stderr)
        return 2
    # The daemon names itself: by the time this line runs a killed parent may already be gone.
    exit_when_orphaned(int(os.environ.get("MONITOR_PARENT_PID") or os.getppid()))
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
