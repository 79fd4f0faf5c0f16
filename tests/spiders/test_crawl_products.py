"""Every product page shape and every failure mode, crawled in one crawl process as the daemon does it."""

from decimal import Decimal

import pytest

from tests.conftest import run_cli
from tests.spiders.conftest import make_crawl

pytestmark = pytest.mark.slow

PLAIN = '{price: "css:#J_PromoPrice::text", list_price: "css:#J_StrPrice::text", stock: "css:#J_EmStock::text", title: "css:h1::text"}'


def targets(base: str) -> str:
    shop = f"{base}/shop"
    entries = [
        ("jsonld", f"{shop}/rival-a/item/TB-X1.html", ""),
        ("jsonld-out", f"{shop}/rival-b/item/EAR-PRO.html", ""),
        ("jsonld-preorder", f"{shop}/own/item/EAR-PRO.html", ""),
        ("plain-panel", f"{shop}/rival-a/plain/TB-X1.html", 'selectors: {price: "css:#J_PricePanel"}'),
        ("plain-limited", f"{shop}/rival-a/plain/EAR-PRO.html", f"selectors: {PLAIN}"),
        ("microdata", f"{shop}/own/micro/CUP-500.html", ""),
        ("opengraph", f"{shop}/rival-a/og/CUP-500.html", ""),
        ("gbk-meta", f"{shop}/rival-a/gbk/TB-X1.html", f"selectors: {PLAIN}"),
        ("gbk-header", f"{shop}/rival-a/gbk-header/TB-X1.html", f"selectors: {PLAIN}"),
        ("gbk-undeclared", f"{shop}/rival-a/gbk-bare/TB-X1.html", f"selectors: {PLAIN}"),
        ("utf8-bom", f"{shop}/rival-a/bom/TB-X1.html", f"selectors: {PLAIN}"),
        ("initial-state", f"{shop}/rival-a/state/TB-X1.html", ""),
        ("next-data", f"{shop}/own/next/EAR-PRO.html", ""),
        ("g-config-fen", f"{shop}/rival-b/gconfig/EAR-PRO.html", "selectors: {price_unit: fen}"),
        ("variant-5002", f"{shop}/rival-a/variants/TB-X1.html", 'selectors: {sku: "5002"}'),
        ("variants-ambiguous", f"{shop}/rival-a/variants/TB-X1.html", ""),
        ("json-api", f"{base}/api/item.json?key=rival-a/CUP-500", ""),
        ("jsonp-api", f"{base}/api/price?skuIds=J_rival-a_TB-X1&callback=jQuery1",
         'selectors: {price: "jsonpath:$[0].p", list_price: "jsonpath:$[0].m"}'),
        ("layout-changed", f"{shop}/rival-a/plain/CUP-500.html", 'selectors: {price: "css:#J_OldPriceBox::text"}'),
        ("gone", f"{shop}/rival-a/item/DELETED.html", ""),
        ("forbidden", f"{base}/fail/403.html", ""),
        ("rate-limited", f"{base}/fail/429.html", ""),
        ("captcha", f"{base}/fail/captcha.html", ""),
        ("captcha-with-selectors", f"{base}/fail/captcha.html?s=1", f"selectors: {PLAIN}"),
        ("truncated", f"{base}/fail/truncated.html", ""),
        ("huge-streamed", f"{base}/fail/huge.html?mb=20", ""),
        ("huge-declared", f"{base}/fail/huge.html?mb=20&declared=1", ""),
        ("slow", f"{base}/fail/slow.html?seconds=3", "request_timeout: 1s\n    retries: 0"),
        ("flaky", f"{base}/fail/flaky/p1.html?fail=1", ""),
        ("robots-1", f"{base}/private/a.html", ""),
        ("robots-2", f"{base}/private/b.html", ""),
        ("robots-3", f"{base}/private/c.html", ""),
    ]
    return "".join(f'  - name: {name}\n    url: "{url}"\n' + (f"    {extra}\n" if extra else "")
                   for name, url, extra in entries)


@pytest.fixture(scope="module")
def crawled(shop, tmp_path_factory):
    shop.state.set("rival-b/EAR-PRO", stock="out_of_stock")
    shop.state.set("own/EAR-PRO", stock="preorder")
    shop.state.set("rival-a/EAR-PRO", stock="limited")
    shop.state.robots_delay = 0.3  # every robots-* request waits for robots.txt at the same time
    crawl = make_crawl(tmp_path_factory.mktemp("products"), targets(shop.base_url),
                       "  retries: 1\n  retry_backoff: 0.05\n  max_page_bytes: 2000000\n  request_timeout: 10s\n")
    crawl.outcomes = crawl.run()
    yield crawl
    crawl.database.dispose()


def observations(crawled):
    return crawled.by_target(
        "select t.name, o.price, o.list_price, o.price_high, o.stock, o.source, o.title, o.sku "
        "from price_observations o join targets t on t.id = o.target_id")


def failures(crawled):
    return crawled.by_target("select t.name, f.kind, f.http_status, f.reason "
                             "from extraction_failures f join targets t on t.id = f.target_id")


def test_one_process_and_one_result_per_target(crawled):
    assert len(crawled.outcomes) == 1 and crawled.outcomes[0].status == "ok"
    reported = set(observations(crawled)) | set(failures(crawled))
    assert reported == {t.name for t in crawled.config.targets}
    assert not set(observations(crawled)) & set(failures(crawled))


@pytest.mark.parametrize(
    "name, price, list_price, stock, source",
    [
        ("jsonld", "209.00", "299.00", "in_stock", "jsonld"),
        ("jsonld-out", "299.00", "349.00", "out_of_stock", "jsonld"),
        ("jsonld-preorder", "329.00", "399.00", "preorder", "jsonld"),
        ("plain-panel", "209.00", "299.00", "in_stock", "selector"),
        ("plain-limited", "349.00", "459.00", "limited", "selector"),
        ("microdata", "89.00", "129.00", "in_stock", "microdata"),
        ("opengraph", "99.00", "139.00", "in_stock", "opengraph"),
        ("gbk-meta", "209.00", "299.00", "in_stock", "selector"),
        ("gbk-header", "209.00", "299.00", "in_stock", "selector"),
        ("gbk-undeclared", "209.00", "299.00", "in_stock", "selector"),
        ("utf8-bom", "209.00", "299.00", "in_stock", "selector"),
        ("initial-state", "209.00", "299.00", "in_stock", "state"),
        ("next-data", "329.00", "399.00", "preorder", "state"),
        ("g-config-fen", "299.00", "349.00", "out_of_stock", "state"),
        ("variant-5002", "219.00", None, "out_of_stock", "state"),
        ("json-api", "99.00", "139.00", "in_stock", "api"),
        ("jsonp-api", "209.00", "299.00", "unknown", "api"),
        ("flaky", "199.00", "259.00", "in_stock", "jsonld"),
    ],
)
def test_prices_and_stock_of_every_shape(crawled, name, price, list_price, stock, source):
    row = observations(crawled)[name]
    assert (row[0], row[1], row[3], row[4]) == (Decimal(price), Decimal(list_price) if list_price else None, stock, source)


def test_chinese_titles_survive_every_encoding(crawled):
    rows = observations(crawled)
    for name in ("gbk-meta", "gbk-header", "gbk-undeclared", "utf8-bom"):
        assert rows[name][5] == "竞品甲 声波电动牙刷 成人款 情侣套装 IPX7防水", name


@pytest.mark.parametrize(
    "name, kind, status, reason",
    [
        ("variants-ambiguous", "ambiguous", 200, "3 variants with different prices"),
        ("layout-changed", "layout", 200, "matched nothing (layout changed?)"),
        ("gone", "http", 404, "HTTP 404"),
        ("forbidden", "blocked", 403, "HTTP 403"),
        ("rate-limited", "blocked", 429, "HTTP 429: rate limited"),
        ("captcha", "blocked", 200, "captcha"),
        ("captcha-with-selectors", "blocked", 200, "captcha"),
        ("truncated", "truncated", None, "response truncated"),
        ("huge-streamed", "too_large", None, "page too large: over the 2,000,000 byte limit"),
        ("huge-declared", "too_large", None, "page too large"),
        ("slow", "timeout", None, "request timed out after 1s"),
        ("robots-1", "robots", None, "robots.txt disallows"),
        ("robots-2", "robots", None, "robots.txt disallows"),
        ("robots-3", "robots", None, "robots.txt disallows"),
    ],
)
def test_failures_are_stored_with_a_reason_never_as_a_price(crawled, name, kind, status, reason):
    assert name not in observations(crawled)
    got_kind, got_status, got_reason = failures(crawled)[name]
    assert (got_kind, got_status) == (kind, status)
    assert reason in got_reason


def test_retries_back_off_and_recover(crawled, shop):
    hits = shop.state.hits_under("/fail/")
    assert hits["/fail/429.html"] == 2  # the first try and one retry (crawl.retries: 1)
    assert hits["/fail/flaky/p1.html?fail=1"] == 2  # 503 once, then the page
    assert not shop.state.hits_under("/private/")  # robots.txt was obeyed for every waiting request


def test_targets_status_command(crawled):
    result = run_cli("targets", "status", "-c", str(crawled.config_path), "--format", "json")
    assert result.returncode == 1, result.stderr  # some targets are failing
    import json

    status = {row["name"]: row for row in json.loads(result.stdout)}
    assert status["jsonld"]["failing"] is False and status["jsonld"]["last_success_at"]
    assert status["forbidden"]["failing"] is True and status["forbidden"]["last_failure_status"] == 403
    assert "robots.txt" in status["robots-2"]["last_failure_reason"]
    table = run_cli("targets", "status", "-c", str(crawled.config_path), "-t", "jsonld", "-t", "huge-streamed",
                    env={"COLUMNS": "200"})
    assert "page too large" in table.stdout and "failing" in table.stdout and "ok" in table.stdout
    listing = run_cli("targets", "list", "-c", str(crawled.config_path), env={"COLUMNS": "200"})
    assert listing.returncode == 0 and "gbk-undeclared" in listing.stdout
