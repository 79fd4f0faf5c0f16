"""Imports of real-looking exports: Chinese headers, percents, thousands separators, date spellings, GBK,
XLSX percent cells; idempotent re-import; bad rows reported in Chinese with nothing half-imported."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from monitor.metrics.cells import parse_number, parse_time
from monitor.metrics.importer import UnreadableExport, import_file
from monitor.models import MetricPoint
from tests.metrics.conftest import FIXTURES, local_day


def _points(env) -> dict[tuple, tuple]:
    with env.database.session() as session:
        return {(p.metric, p.scope_kind, p.scope_key, p.at): (p.value, p.unit, p.source)
                for p in session.scalars(select(MetricPoint))}


@pytest.mark.parametrize("raw, expected", [
    ("2.5%", (2.5, True)), ("2.50％", (2.5, True)), ("1,234", (1234.0, False)), ("¥15.00", (15.0, False)),
    ("1，234元", (1234.0, False)), (" 7 ", (7.0, False)), (3, (3.0, False)), (0.025, (0.025, False)),
])
def test_numbers_as_exports_write_them(raw, expected):
    assert parse_number(raw) == expected


def test_excel_percent_cells_and_bad_numbers():
    assert parse_number(0.025, percent_format=True) == pytest.approx((2.5, True))
    for bad, reason in (("abc", "不是数字"), ("2..5%", "百分比格式不对"), ("nan", "不是有限的数字")):
        with pytest.raises(ValueError, match=reason):
            parse_number(bad)


@pytest.mark.parametrize("raw", ["2024/3/1", "2024-03-01", "2024年3月1日", "20240301", "2024.3.1"])
def test_date_spellings_are_local_midnight(raw):
    assert parse_time(raw, "Asia/Shanghai") == local_day(1)


def test_impossible_dates_are_errors_in_chinese():
    with pytest.raises(ValueError, match="日期不存在"):
        parse_time("2024/2/30", "Asia/Shanghai")
    with pytest.raises(ValueError, match="日期无法识别"):
        parse_time("上周一", "Asia/Shanghai")


@pytest.mark.parametrize("name", ["shop_daily_utf8.csv", "shop_daily_gbk.csv"])
def test_shop_export_utf8_and_gbk(metrics_env, name):
    env = metrics_env()
    report = import_file(env.database, env.config, FIXTURES / name)
    assert report.ok and report.header_row == 2 and report.mapping == "default"
    assert report.columns["支付转化率"] == "转化率" and "商品名称" in report.ignored
    points = _points(env)
    assert points[("访客数", "sku", "1001", local_day(1))] == (1234.0, "人", "import")
    assert points[("转化率", "sku", "1001", local_day(1))] == (2.5, "%", "import")
    assert points[("转化率", "sku", "1001", local_day(4))][0] == 3.0
    assert ("访客数", "sku", "1001", local_day(3)) not in points  # '--' is "no data", not 0
    assert points[("库存", "sku", "1002", local_day(1))][0] == 15
    # 投诉率 derived in the row: 投诉量 ÷ 支付订单数 × 100
    assert points[("投诉率", "sku", "1001", local_day(2))][0] == pytest.approx(2 / 70 * 100)
    assert report.rows == 5 and report.written == len(points)


def test_xlsx_with_title_row_percent_cells_and_numeric_ids(metrics_env):
    env = metrics_env()
    report = import_file(env.database, env.config, FIXTURES / "keywords.xlsx")
    assert report.ok, report.errors
    points = _points(env)
    assert points[("点击单价", "keyword", "电动牙刷", local_day(3))][0] == 38.0
    assert points[("点击率", "keyword", "电动牙刷", local_day(2))] == (pytest.approx(2.55), "%", "import")
    assert points[("花费", "keyword", "冲牙器", local_day(1))] == (1200.0, "元", "import")
    stock = import_file(env.database, env.config, FIXTURES / "keywords.xlsx", sheet="库存")
    assert stock.ok
    points = _points(env)
    assert points[("库存", "sku", "1001", local_day(4))][0] == 40  # SKU typed as a number: "1001", not "1001.0"
    assert points[("安全库存", "sku", "1001", local_day(4))][0] == 50
    assert points[("销量", "sku", "1002", local_day(4))][0] == 10


def test_reimport_updates_instead_of_doubling(metrics_env, tmp_path):
    env = metrics_env()
    first = import_file(env.database, env.config, FIXTURES / "shop_daily_utf8.csv")
    count = env.point_count()
    again = import_file(env.database, env.config, FIXTURES / "shop_daily_utf8.csv")
    assert first.written == again.written and env.point_count() == count
    changed = tmp_path / "changed.csv"
    changed.write_text((FIXTURES / "shop_daily_utf8.csv").read_text(encoding="utf-8-sig").replace('"1,234"', "1300"),
                       encoding="utf-8")
    import_file(env.database, env.config, changed)
    assert env.point_count() == count
    assert _points(env)[("访客数", "sku", "1001", local_day(1))][0] == 1300


def test_bad_rows_are_all_reported_and_nothing_is_written(metrics_env):
    env = metrics_env()
    env.series("访客数", [1.0], key="keep-me")
    report = import_file(env.database, env.config, FIXTURES / "shop_daily_bad.csv")
    assert not report.ok and report.written == 0
    errors = {(e.row, e.column): (e.value, e.reason) for e in report.errors}
    assert errors == {
        (3, "日期"): ("2024/13/1", "日期不存在"),
        (4, "访客数"): ("十二", "不是数字"),
        (5, "支付转化率"): ("2..5%", "百分比格式不对"),
        (6, "日期"): ("", "缺少日期"),
    }
    assert "第 4 行 「访客数」 = '十二'：不是数字" in [str(e) for e in report.errors]
    assert env.point_count() == 1  # the good row 2 was not written either; earlier data untouched


def test_dry_run_checks_and_writes_nothing(metrics_env):
    env = metrics_env()
    report = import_file(env.database, env.config, FIXTURES / "shop_daily_gbk.csv", dry_run=True)
    assert report.ok and report.points > 0 and env.point_count() == 0


def test_own_mapping_file(metrics_env, tmp_path):
    (tmp_path / "maps.yaml").write_text(
        "erp:\n  source: erp\n  time: [单据日期]\n  scopes: {sku: [物料编码]}\n"
        "  metrics:\n    库存: {columns: [结存数量], unit: 件}\n", encoding="utf-8")
    env = metrics_env(f"metrics: {{mappings_file: {tmp_path / 'maps.yaml'}}}")
    export = tmp_path / "erp.csv"
    export.write_text("单据日期\t物料编码\t结存数量\n2024-03-01\tA-1\t7\n", encoding="gbk")
    report = import_file(env.database, env.config, export, "erp")
    assert report.ok and _points(env) == {("库存", "sku", "A-1", local_day(1)): (7.0, "件", "erp")}
    with pytest.raises(UnreadableExport, match="没有名为 'nope' 的列映射"):
        import_file(env.database, env.config, export, "nope")


def test_unreadable_files_say_why(metrics_env, tmp_path):
    env = metrics_env()
    no_header = tmp_path / "x.csv"
    no_header.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UnreadableExport, match="找不到表头"):
        import_file(env.database, env.config, no_header)
    old = tmp_path / "x.xls"
    shutil.copy(no_header, old)
    with pytest.raises(UnreadableExport, match="另存为"):
        import_file(env.database, env.config, old)


def test_cli_import_reports_rows_and_exit_codes(cli, tmp_path):
    config = tmp_path / "monitor.yaml"
    config.write_text(f"data_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    bad = cli("metrics", "import", str(FIXTURES / "shop_daily_bad.csv"), "-c", str(config))
    assert bad.returncode == 1
    assert "4 处错误，未导入任何数据" in bad.stderr and "十二" in bad.stderr and "日期不存在" in bad.stderr
    good = cli("metrics", "import", str(FIXTURES / "shop_daily_gbk.csv"), "-c", str(config))
    assert good.returncode == 0, good.stderr
    assert "已导入" in good.stdout and "5 行" in good.stdout
