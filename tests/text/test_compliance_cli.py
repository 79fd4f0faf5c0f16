"""`monitor check-title`: formats, inputs, exit codes (0 clean, 1 block, 2 usage errors)."""

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from monitor.cli import check_title

EXAMPLE_PACK = Path(__file__).resolve().parents[2] / "config" / "packs" / "custom.example.yaml"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    check_title.register(app)

    @app.command("noop")  # a second command so typer keeps "check-title" as a subcommand
    def noop() -> None:
        pass

    return app


def run(app, *args: str, input: str | None = None):
    return CliRunner().invoke(app, ["check-title", *args], input=input)


def test_clean_title_exits_0(app):
    result = run(app, "纯棉T恤 第一次使用 最新款")
    assert result.exit_code == 0, result.output
    assert "通过 1 条" in result.stdout


def test_blocked_title_exits_1_with_chinese_table(app):
    result = run(app, "國@家級 顶级面料", "纯棉T恤")
    assert result.exit_code == 1
    for text in ("國@家級", "绝对化用语", "禁止", "第九条", "建议标题", "禁止 1 条"):
        assert text in result.stdout


def test_review_only_exits_0(app):
    result = run(app, "送礼首选 保温杯")
    assert result.exit_code == 0
    assert "需证明" in result.stdout


def test_a_claim_model_finding_gets_no_suggested_title(app):
    # Told as a story, no pack word matches; the shipped claim model asks for a review but has
    # no rewrite to offer, so the table shows no 建议标题 row for it.
    result = run(app, "隔壁王姐穿了这双袜子 多年的老寒脚暖和过来再没麻过 羊毛袜")
    assert result.exit_code == 0, result.output
    assert "需证明 1 条" in result.stdout and "模型判断" in result.stdout
    assert "建议标题" not in result.stdout


def test_json_format(app):
    result = run(app, "--format", "json", "顶级面料", "纯棉T恤")
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [r["level"] for r in records] == ["block", None]
    finding = records[0]["findings"][0]
    assert finding["text"] == "顶级" and finding["category"] == "absolute"
    assert finding["article"] and finding["reason"] and finding["suggestion"]
    assert records[0]["rewrite"] == "高品质面料"


def test_jsonl_format(app):
    result = run(app, "--format", "jsonl", "开光 手链", "微信abc12345 手工皂", "纯棉")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["index"] for line in lines] == [0, 1, 2]
    assert lines[1]["findings"][0]["category"] == "diversion"


def test_text_file_one_title_per_line(app, tmp_path):
    path = tmp_path / "titles.txt"
    path.write_text("纯棉T恤\n\n  顶级面料  \n", encoding="utf-8")
    result = run(app, "--file", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["纯棉T恤", "顶级面料"]


def test_csv_file_with_title_column_in_gbk(app, tmp_path):
    path = tmp_path / "titles.csv"
    path.write_bytes("id,标题\n1,纯棉T恤\n2,\"最佳, 礼物\"\n".encode("gbk"))
    result = run(app, "--file", str(path), "--format", "json")
    assert result.exit_code == 1
    assert [r["title"] for r in json.loads(result.stdout)] == ["纯棉T恤", "最佳, 礼物"]


def test_xlsx_file_with_title_column(app, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["sku", "title"])
    sheet.append(["a1", "支持微信付款 相框"])
    sheet.append(["a2", None])
    sheet.append(["a3", "人民大会堂专供 白酒"])
    path = tmp_path / "titles.xlsx"
    workbook.save(path)
    result = run(app, "--file", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(l["title"], l["level"]) for l in lines] == [("支持微信付款 相框", None),
                                                          ("人民大会堂专供 白酒", "block")]


def test_stdin(app):
    result = run(app, "--file", "-", "--format", "jsonl", input="纯棉T恤\n最好的礼物\n")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2


def test_allow_option(app):
    assert run(app, "极品好运来 绿茶").exit_code == 1
    assert run(app, "--allow", "极品好运来", "极品好运来 绿茶").exit_code == 0


def test_pack_option(app):
    result = run(app, "--pack", str(EXAMPLE_PACK), "--format", "json", "高仿 包包")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["findings"][0]["category"] == "sensitive"


@pytest.mark.parametrize("args, message", [
    (["--file", "/no/such/file.txt"], "文件不存在"),
    ([], "没有要检查的标题"),
    (["--pack", "/no/such/pack.yaml", "标题"], "词库文件不存在"),
])
def test_usage_errors_exit_2(app, args, message):
    result = run(app, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_unknown_format_exits_2(app):
    assert run(app, "--format", "xml", "标题").exit_code == 2


def test_bad_pack_file_exits_2_with_clear_message(app, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("pack: {name: x, version: 1}\ngroups: [{category: nope, entries: [ab]}]",
                    encoding="utf-8")
    result = run(app, "--pack", str(path), "标题")
    assert result.exit_code == 2
    assert "category" in result.stderr and "bad.yaml" in result.stderr


def test_csv_without_title_column_exits_2(app, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("name,price\na,1\n", encoding="utf-8")
    result = run(app, "--file", str(path))
    assert result.exit_code == 2
    assert "title" in result.stderr


def test_empty_file_exits_2(app, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    assert run(app, "--file", str(path)).exit_code == 2


def test_large_input_is_checked_in_chunks_with_progress(app, tmp_path, monkeypatch):
    monkeypatch.setattr(check_title, "_PROGRESS_FROM", 5)
    monkeypatch.setattr(check_title, "_CHUNK", 3)
    path = tmp_path / "many.txt"
    path.write_text("\n".join(["纯棉T恤"] * 7 + ["顶级面料"]), encoding="utf-8")
    result = run(app, "--file", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    levels = [json.loads(line)["level"] for line in result.stdout.splitlines()]
    assert levels == [None] * 7 + ["block"]
