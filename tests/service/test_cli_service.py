"""`monitor init` writes a config that loads; `monitor serve` serves the API and dashboard; `healthcheck`."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import urllib.request

from typer.testing import CliRunner

from monitor.cli.main import app
from monitor.config import load_config
from tests.conftest import ROOT
from tests.service.conftest import API_TOKEN, wait_until


def test_init_from_flags_writes_a_valid_private_config(tmp_path, monkeypatch):
    monkeypatch.delenv("MONITOR_API_TOKEN", raising=False)
    target = tmp_path / "conf" / "monitor.yaml"
    result = CliRunner().invoke(app, [
        "init", "-o", str(target), "--no-interactive", "--data-dir", str(tmp_path / "data"),
        "--own", "我的牙刷=https://item.taobao.com/item.htm?id=1", "--competitor", "rival=https://rival.test/1.html",
        "--group", "toothbrush", "--channel", "II=dingtalk://robot-token-abc/", "--interval", "15m", "--port", "8899"])
    assert result.exit_code == 0, result.output
    config = load_config(target)
    assert [(t.name, t.owner, t.group, t.interval) for t in config.targets] == [
        ("我的牙刷", "own", "toothbrush", 900.0), ("rival", "competitor", "toothbrush", 900.0)]
    assert config.tier_urls("II") == ["dingtalk://robot-token-abc/"] and config.api.port == 8899
    assert config.api.enabled and config.api.token is None
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # robot URLs carry tokens
    again = CliRunner().invoke(app, ["init", "-o", str(target), "--no-interactive"])
    assert again.exit_code == 1 and "--force" in again.output


def test_init_interactive_asks_and_validates(tmp_path):
    target = tmp_path / "monitor.yaml"
    answers = "\n".join([str(tmp_path / "d"), "https://own.test/a.html", "mine", "https://rival.test/b.html",
                         "", "", "", "", "y"]) + "\n"
    result = CliRunner().invoke(app, ["init", "-o", str(target), "--interactive"], input=answers)
    assert result.exit_code == 0, result.output
    config = load_config(target)
    assert [t.url for t in config.targets] == ["https://own.test/a.html", "https://rival.test/b.html"]
    assert {t.group for t in config.targets} == {"sku-1"}


def test_serve_and_healthcheck(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = tmp_path / "monitor.yaml"
    config.write_text(f"data_dir: {tmp_path / 'data'}\napi: {{enabled: true, port: {port}, token: '{API_TOKEN}'}}\n",
                      encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "-c", str(config)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        def healthy() -> bool:
            try:
                return urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).status == 200
            except OSError:
                return False

        wait_until(healthy, 60, "monitor serve to answer")
        check = subprocess.run([sys.executable, "-m", "monitor", "healthcheck", "-c", str(config)], cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
        assert check.returncode == 0 and "healthy" in check.stdout
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/targets",
                                         headers={"Authorization": f"Bearer {API_TOKEN}"})
        assert urllib.request.urlopen(request, timeout=5).status == 200
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert API_TOKEN not in stderr
    down = subprocess.run([sys.executable, "-m", "monitor", "healthcheck", "-c", str(config), "--timeout", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert down.returncode == 1


def test_deploy_files_are_consistent(monkeypatch):
    import yaml

    from monitor.config import load_config

    monkeypatch.setenv("POSTGRES_PASSWORD", "pw-for-test")
    monkeypatch.setenv("MONITOR_API_TOKEN", "t" * 24)
    config = load_config(ROOT / "deploy" / "monitor.docker.yaml")
    assert config.api.enabled and config.api.port == 8787 and config.database.url.startswith("postgresql+psycopg://")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["monitor"]["ports"] == ["127.0.0.1:8787:8787"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "HEALTHCHECK" in dockerfile and "USER monitor" in dockerfile
    unit = (ROOT / "deploy" / "shop-monitor.service").read_text()
    assert "ExecReload=/bin/kill -HUP $MAINPID" in unit
