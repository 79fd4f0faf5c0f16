"""The daemon's view of the ``sentiment`` library: one compliance checker and one sentiment model per
configuration, shared by the rules, the API, the dashboard and the CLI."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from monitor.config import AppConfig, ConfigError


@lru_cache(maxsize=4)
def _checker(packs: tuple[str, ...], allow: tuple[str, ...], levels: tuple[tuple[str, str], ...],
             claim_model: bool = True):
    from sentiment.compliance import Checker

    return Checker(extra_packs=packs, allow=allow, level_overrides=dict(levels) or None,
                   claim_model="default" if claim_model else None)


def compliance_checker(config: AppConfig | None):
    """A Checker with the config's extra packs, allow-list and level overrides (the shipped defaults if None)."""
    if config is None:
        return _checker((), (), ())
    section = config.compliance
    return _checker(tuple(section.packs), tuple(section.allow), tuple(sorted(section.levels.items())),
                    section.claim_model)


def validate_text_config(config: AppConfig) -> None:
    """Load the configured packs and model now, so a broken file fails `config validate` and start-up.

    Cheap when nothing is configured: the shipped checker and model stay lazy.
    """
    section = config.compliance
    if section.packs or section.allow or section.levels or not section.claim_model:
        from sentiment.compliance import PackError

        try:
            compliance_checker(config)
        except (PackError, OSError, ValueError) as exc:
            raise ConfigError(f"compliance: {exc}") from None
    configure_sentiment(config)


def configure_sentiment(config: AppConfig) -> None:
    from sentiment import set_default_model

    try:
        set_default_model(Path(config.sentiment.model) if config.sentiment.model else None)
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"sentiment.model: cannot load {config.sentiment.model}: {exc}") from None
