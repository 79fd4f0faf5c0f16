"""`monitor alerts …` as a user runs it: a real process on a real config and database."""

import json

from tests.alerting.conftest import targets_yaml
from tests.conftest import run_cli


def test_list_show_ack_silence_resolve(monitor_factory, clock, tmp_path, webhook):
    text = (f"data_dir: {tmp_path}\n" + targets_yaml("{name: rival, url: 'http://rival.test/1', shop: 竞品甲}") +
            "rules:\n  - {id: drop, type: price_drop}\n"
            f"tiers:\n  II: {{urls: ['json://127.0.0.1:{webhook.port}/hooks/secret-token-123']}}\n")
    config = tmp_path / "monitor.yaml"
    config.write_text(text, encoding="utf-8")
    m = monitor_factory(text)
    m.observe("rival", 100)
    clock.advance(hours=1)
    m.observe("rival", 80)
    m.cycle()
    short_id = m.alerts()[0].short_id

    listed = run_cli("alerts", "list", "-c", str(config), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["state"], row["tier"], row["shop"]) == (short_id, "firing", "II", "竞品甲")

    shown = run_cli("alerts", "show", short_id, "-c", str(config), "--format", "json")
    detail = json.loads(shown.stdout)
    assert detail["facts"]["new_price"] == "80.00" and detail["deliveries"][0]["status"] == "sent"
    assert "secret-token-123" not in shown.stdout  # channels only ever appear masked

    acked = run_cli("alerts", "ack", short_id.lower(), "--by", "小王", "-c", str(config))
    assert acked.returncode == 0 and "已确认" in acked.stdout

    silenced = run_cli("alerts", "silence", "--shop", "竞品甲", "--for", "3d", "--reason", "双11 大促",
                       "-c", str(config), "--format", "json")
    silence = json.loads(silenced.stdout)
    assert silence["matchers"] == {"shop": "竞品甲"} and silence["active"]
    table = run_cli("alerts", "silences", "list", "-c", str(config))
    assert silence["id"] in table.stdout and "双11" in table.stdout

    resolved = run_cli("alerts", "resolve", short_id, "-c", str(config), "--format", "json")
    assert json.loads(resolved.stdout)[0]["state"] == "resolved"

    missing = run_cli("alerts", "ack", "NOPE42", "-c", str(config))
    no_reason = run_cli("alerts", "silence", "--shop", "x", "--for", "1h", "--reason", " ", "-c", str(config))
    assert (missing.returncode, no_reason.returncode) == (1, 2) and "no alert" in missing.stderr
