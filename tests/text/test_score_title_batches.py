"""bench/score_title_batches.py: the scoring the compliance packs are grown with (docs/compliance.md)."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "score_title_batches.py"


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=True)
    return done.stdout


def test_score_reports_rates_misses_and_flagged_clean_titles(tmp_path):
    (tmp_path / "violating.csv").write_text(
        "title,category,matched\n全网最低价连衣裙,absolute,全网最低价\n加微信abc12345领券,diversion,微信\n"
        "普通白色T恤,medical,无\n", encoding="utf-8")
    (tmp_path / "clean.csv").write_text(
        "title,trap\n第二代蓝牙耳机,ordinal\n2024最新款卫衣,time\n降血压神器,none\n", encoding="utf-8")
    out = run("score", str(tmp_path), "--show")
    assert "caught 66.67% (2/3)" in out
    assert "blocked 33.3% (1/3)" in out
    assert "MISS medical      普通白色T恤" in out
    assert "FLAG 降血压神器" in out and "FLAG 第二代" not in out


def test_diff_lists_only_changed_titles(tmp_path):
    before = {"violating": {"b1|甲": ["absolute", True], "b1|乙": ["medical", False]},
              "clean": {"b1|丙": [], "b1|丁": ["block:absolute:最"]}}
    after = {"violating": {"b1|甲": ["absolute", False], "b1|乙": ["medical", False]},
             "clean": {"b1|丙": ["review:guarantee:包"], "b1|丁": ["block:absolute:最"]}}
    for name, data in (("a.json", before), ("b.json", after)):
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lines = run("diff", str(tmp_path / "a.json"), str(tmp_path / "b.json")).splitlines()
    assert lines == ["V lost   absolute b1|甲", "C b1|丙 [] -> ['review:guarantee:包']"]
