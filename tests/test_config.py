from pathlib import Path

import pytest

from monitor.config import ConfigError, load_config, parse_config, parse_duration

ROOT = Path(__file__).resolve().parents[1]


def test_example_config_is_valid():
    config = load_config(ROOT / "config/monitor.example.yaml")
    assert [t.name for t in config.targets] == ["竞品甲-电动牙刷", "本店-电动牙刷"]
    assert config.targets[0].interval == 1800
    assert config.rules[0].id == "competitor-price-drop"
    assert config.tier_name("I") == "Ⅰ级"


def test_defaults_point_sqlite_into_data_dir(tmp_path):
    config = parse_config("targets: []", base_dir=tmp_path)
    assert config.database_url == f"sqlite:///{tmp_path / 'data' / 'monitor.db'}"
    assert config.crawl.robotstxt_obey is True


@pytest.mark.parametrize(
    "text, expected",
    [
        ("targets:\n  - name: a\n    url: ftp://x\n", "<config>:3: targets[0].url: must be an http(s) URL"),
        ("targets:\n  - name: a\n    url: http://x/\n    kind: shop\n", "<config>:4: targets[0].kind"),
        ("targets:\n  - name: a\n    url: http://x/\n    interval: soon\n", "targets[0].interval: not a duration"),
        ("targets:\n  - url: http://x/\n", "targets[0].name: Field required"),
        ("rules:\n  - type: price_drop\n    threshold_pct: 0\n", "<config>:3: rules[0].threshold_pct"),
        ("rules:\n  - type: price_jump\n", "rules[0]"),
        ("tiers:\n  IV: {urls: []}\n", "tiers.IV"),
        ("colour: blue\n", "colour: Extra inputs are not permitted"),
        ("targets: [\n", "not valid YAML"),
        ("- 1\n- 2\n", "top level must be a mapping"),
    ],
)
def test_errors_name_field_and_line(text, expected):
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    assert expected in str(info.value)


def test_duplicate_target_names_rejected():
    text = "targets:\n  - {name: a, url: 'http://x/1'}\n  - {name: a, url: 'http://x/2'}\n"
    with pytest.raises(ConfigError, match="duplicate target name 'a'"):
        parse_config(text)


def test_env_interpolation(monkeypatch):
    monkeypatch.setenv("HOOK_TOKEN", "s3cret-token")
    text = "tiers:\n  I: {urls: ['json://127.0.0.1/${HOOK_TOKEN}', '${OTHER:-console://}']}\n"
    config = parse_config(text)
    assert config.tier_urls("I") == ["json://127.0.0.1/s3cret-token", "console://"]


def test_missing_env_var_is_named(monkeypatch):
    monkeypatch.delenv("NOPE_TOKEN", raising=False)
    with pytest.raises(ConfigError, match=r"tiers.I.urls\[0\]: environment variable NOPE_TOKEN is not set"):
        parse_config("tiers:\n  I: {urls: ['dingtalk://${NOPE_TOKEN}/']}\n")


@pytest.mark.parametrize("value, seconds", [(90, 90), ("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_durations(value, seconds):
    assert parse_duration(value) == seconds


def test_missing_file_message(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml")


def test_validate_cli_exit_codes(cli, tmp_path):
    good = cli("config", "validate", "-c", str(ROOT / "config/monitor.example.yaml"))
    assert good.returncode == 0, good.stderr
    assert "2 target(s)" in good.stdout
    bad_file = tmp_path / "bad.yaml"
    bad_file.write_text("targets:\n  - name: a\n    url: nope\n", encoding="utf-8")
    bad = cli("config", "validate", "-c", str(bad_file))
    assert bad.returncode == 1
    assert f"{bad_file}:3: targets[0].url" in bad.stderr
