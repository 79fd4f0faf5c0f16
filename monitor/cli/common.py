"""What every command shares: the --config option, loading it with readable errors, opening the database."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from monitor.config import DEFAULT_CONFIG_PATH, AppConfig, ConfigError, load_config
from monitor.logs import SECRETS, register_config_secrets
from monitor.text_analysis import validate_text_config

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

ConfigOption = typer.Option(DEFAULT_CONFIG_PATH, "--config", "-c", help="YAML config file.")


def load_or_exit(path: Path) -> AppConfig:
    try:
        config = load_config(path)
        validate_text_config(config)
    except ConfigError as exc:
        err.print(f"[red]配置错误 / config error[/red]\n{escape(str(exc))}", highlight=False)
        raise typer.Exit(1)
    register_config_secrets(config)
    return config


def open_database(config: AppConfig):
    from monitor.db import Database

    try:
        return Database(config.database_url)
    except Exception as exc:  # connection refused, bad URL, permissions: say so plainly
        detail = SECRETS.scrub(str(exc).splitlines()[0][:300])
        err.print(f"[red]cannot open the database:[/red] {type(exc).__name__}: {escape(detail)}", highlight=False)
        raise typer.Exit(1)


