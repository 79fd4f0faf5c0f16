"""``monitor demo``: the bundled demo shop, a throw-away data directory, and the real daemon watching it.

Everything a user sees here is the production path (subprocess crawls, SQLite, rules, outbox, Apprise);
only the shop and the channels (console + a local alerts.log) are local stand-ins.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from rich.console import Console

from monitor.config import load_config
from monitor.demoshop.catalog import CATALOG, SHOPS
from monitor.demoshop.server import DemoShopServer

CONFIG_TEMPLATE = """\
# Written by `monitor demo`: the same format as config/monitor.example.yaml.
data_dir: {data_dir}
timezone: Asia/Shanghai
crawl:
  robotstxt_obey: true
  timeout: 120s
targets:
{targets}
rules:
  - id: competitor-price-drop
    type: price_drop
    threshold_pct: 5
    tier: II
tiers:
  I:   {{name: Ⅰ级, urls: ["console://", "alertlog://{alerts_log}"]}}
  II:  {{name: Ⅱ级, urls: ["console://", "alertlog://{alerts_log}"]}}
  III: {{name: Ⅲ级, urls: ["console://", "alertlog://{alerts_log}"]}}
"""


# One review listing and one public feed, so the demo also shows kind: reviews and kind: mentions.
CONTENT_TARGETS = """
  - name: 竞品甲-牙刷-评价
    kind: reviews
    url: "{base}/shop/rival-a/reviews/TB-X1.html"
    interval: {interval}
    reviews:
      items: "css:li.rate-item"
      fields: {{id: "xpath:./@data-id", author: "css:.nick::text", rating: "css:.rate-star::attr(title)",
               text: "css:.rate-content::text", time: "css:.rate-date::text", followup: "css:.rate-append::text"}}
      pagination: {{type: link, next: "css:a.next::attr(href)"}}
  - name: 小鹿-口碑
    kind: mentions
    url: "{base}/feeds/mentions.xml"
    interval: {interval}
    mentions: {{keywords: [小鹿], aliases: [XiaoLu], exclude: [小鹿乱撞, 小鹿斑比]}}
"""


def write_demo_config(shop: DemoShopServer, data_dir: Path, interval: float) -> Path:
    targets = "\n".join(
        f'  - {{name: "{listing.key}", url: "{shop.url_for(listing.key)}", shop: "{SHOPS[listing.shop]}", '
        f'owner: {"own" if listing.shop == "own" else "competitor"}, group: {listing.group}, interval: {interval:g}s}}'
        for listing in CATALOG
    ) + CONTENT_TARGETS.format(base=shop.base_url, interval=f"{interval:g}s")
    path = data_dir / "monitor.yaml"
    path.write_text(CONFIG_TEMPLATE.format(data_dir=data_dir, targets=targets,
                                           alerts_log=(data_dir / "alerts.log").resolve()), encoding="utf-8")
    return path


def run_demo(cycles: int, data_dir: Path | None, interval: float, console: Console) -> None:
    from monitor.crawling import CrawlRunner
    from monitor.cycle import run_cycle
    from monitor.daemon import Daemon
    from monitor.db import Database

    data_dir = (data_dir or Path(tempfile.mkdtemp(prefix="shop-monitor-demo-"))).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    shop = DemoShopServer().start_background()
    config_path = write_demo_config(shop, data_dir, interval)
    config = load_config(config_path)
    database = Database(config.database_url)
    console.print(f"[bold]演示商城[/bold] {shop.base_url} · {len(CATALOG)} 个商品 · 配置 {config_path}")
    console.print(f"数据目录 {data_dir} · 告警同时写入 {data_dir / 'alerts.log'}")
    try:
        if cycles:
            runner = CrawlRunner(database, config)
            for cycle in range(1, cycles + 1):
                if cycle > 1:
                    shop.state.advance()
                report = run_cycle(database, config, runner)
                observed = sum(c.observations for c in report.crawls)
                failed = sum(c.failures for c in report.crawls)
                reviews, mentions = _content_counts(database)
                console.print(f"第 {cycle}/{cycles} 轮：采集 {observed} 条价格，失败 {failed}，"
                              f"新告警 {len(report.new_alerts)}，已发送 {report.delivery.sent} 条消息"
                              f"（累计评价 {reviews} 条，舆情 {mentions} 条）")
            database.dispose()
            return
        console.print(f"每 {interval:g} 秒采集一次，演示商城按脚本调价；Ctrl-C 退出")
        daemon = Daemon(config, database)
        daemon.add_job(shop.state.advance, interval, "demo-shop-advance")
        daemon.run()
    finally:
        shop.stop()


def _content_counts(database) -> tuple[int, int]:
    from sqlalchemy import func, select

    from monitor.models import Mention, Review

    with database.session() as session:
        return (session.scalar(select(func.count()).select_from(Review)),
                session.scalar(select(func.count()).select_from(Mention)))
