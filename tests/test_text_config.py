"""The config's `compliance:` and `sentiment:` sections reach every face: rules, API helper, check-title."""

import shutil
from pathlib import Path

import pytest

from monitor.api.compliance import check_titles
from monitor.config import ConfigError, load_config
from monitor.text_analysis import compliance_checker, validate_text_config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def shop_config(tmp_path):
    (tmp_path / "packs").mkdir()
    shutil.copy(ROOT / "config/packs/custom.example.yaml", tmp_path / "packs/mine.yaml")
    path = tmp_path / "monitor.yaml"
    path.write_text(
        "compliance:\n  packs: [packs/mine.yaml]\n  allow: [最好玩具城]\n  levels: {medical: review}\n",
        encoding="utf-8",
    )
    return path


def test_packs_resolve_against_the_config_folder(shop_config, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # a different working directory must not matter
    config = load_config(shop_config)
    assert config.compliance.packs == [str(tmp_path / "packs/mine.yaml")]
    checker = compliance_checker(config)
    assert [f.level for f in checker.check("高仿运动鞋 男款")] == ["block"]  # from the user's pack
    assert checker.check("最好玩具城 积木 儿童") == []  # the allow phrase wins over 最好
    assert [f.level for f in checker.check("降血压 保健枕头")] == ["review"]  # medical downgraded
    assert [f.level for f in compliance_checker(None).check("降血压 保健枕头")] == ["block"]


def test_api_helper_uses_the_config(shop_config):
    config = load_config(shop_config)
    assert check_titles(["最好玩具城 积木"], config)[0]["verdict"] == "ok"
    assert check_titles(["最好玩具城 积木"])[0]["verdict"] == "block"


def test_check_title_with_config(cli, shop_config):
    blocked = cli("check-title", "-c", str(shop_config), "原单 高仿 包包")
    assert blocked.returncode == 1, blocked.stderr
    plain = cli("check-title", "原单 高仿 包包")
    assert plain.returncode == 0, plain.stderr  # not banned by the shipped packs


def test_broken_pack_fails_validation(cli, tmp_path):
    (tmp_path / "bad.yaml").write_text("pack: [not, a, mapping]\n", encoding="utf-8")
    path = tmp_path / "monitor.yaml"
    path.write_text("compliance:\n  packs: [bad.yaml]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="compliance"):
        validate_text_config(load_config(path))
    result = cli("config", "validate", "-c", str(path))
    assert result.returncode == 1 and "compliance" in result.stderr


def test_missing_sentiment_model_fails_validation(tmp_path):
    path = tmp_path / "monitor.yaml"
    path.write_text("sentiment:\n  model: models/nope.npz\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="sentiment.model"):
        validate_text_config(load_config(path))
