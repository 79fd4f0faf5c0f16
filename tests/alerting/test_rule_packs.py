"""Rule packs: the shipped seller pack loads, the main file can tune its rules by id, errors name the pack."""

from pathlib import Path

import pytest

from monitor.config import ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "config/rules/seller-pack.yaml"


def test_seller_pack_loads_and_covers_every_tier():
    config = parse_config(f"rule_packs: ['{PACK}']\n")
    tiers = {rule.tier for rule in config.rules}
    assert tiers == {"I", "II", "III"}
    assert {"stock", "compliance", "review_burst", "price_drop", "undercut", "site_blocked"} <= {
        r.type for r in config.rules}
    assert all(rule.id.startswith("seller-") for rule in config.rules)


def test_main_file_tunes_pack_rules_by_id(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules/pack.yaml").write_text(PACK.read_text(encoding="utf-8"), encoding="utf-8")
    main = tmp_path / "monitor.yaml"
    main.write_text("rule_packs: [rules/pack.yaml]\nrules:\n"
                    "  - {id: seller-competitor-drop, threshold_pct: 8}\n"
                    "  - {id: seller-price-floor, enabled: true, floors: {toothbrush: 159}}\n"
                    "  - {id: mine, type: price_rise, threshold_pct: 30}\n", encoding="utf-8")
    config = load_config(main)
    drop = config.rule("seller-competitor-drop")
    assert drop.threshold_pct == 8 and drop.keep_firing_for == 7200  # merged onto the pack's rule
    assert config.rule("seller-price-floor").enabled and str(config.rule("seller-price-floor").floors["toothbrush"]) == "159"
    assert [r.id for r in config.rules][:3] == ["seller-competitor-drop", "seller-price-floor", "mine"]


def test_pack_errors_name_the_pack_file_and_line(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("rules:\n  - id: x\n    type: price_drop\n    threshold_pct: -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{pack}:4: rules\[0\].threshold_pct"):
        parse_config(f"rule_packs: ['{pack}']\n")
    with pytest.raises(ConfigError, match="cannot read rule pack"):
        parse_config("rule_packs: [nope.yaml]\n", config_dir=tmp_path)


def test_example_config_uses_the_pack():
    config = load_config(ROOT / "config/monitor.example.yaml")
    assert config.rule("seller-own-out-of-stock") is not None
    assert config.alerting.quiet_hours is not None
