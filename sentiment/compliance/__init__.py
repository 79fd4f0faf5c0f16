"""广告法 compliance checking of listing titles (pre-publish check for sellers).

    >>> from sentiment.compliance import check
    >>> [(f.text, f.category, f.level) for f in check("國@家級 顶级面料 最新款")]
    [('國@家級', 'absolute', 'block'), ('顶级', 'absolute', 'block')]

``check``/``check_many`` use a default :class:`Checker` built lazily on first use (default
packs from ``sentiment/packs``).  Build your own ``Checker`` for extra packs, allow phrases or
level overrides.  Findings point at the ORIGINAL text (``title[f.start:f.end] == f.text``).
"""

from __future__ import annotations

import functools
from typing import Sequence

from sentiment.compliance.checker import Checker
from sentiment.compliance.findings import CATEGORIES, LEVEL_NAMES, LEVELS, Finding, worst_level
from sentiment.compliance.packs import Entry, Pack, PackError, load_default_packs, load_pack, parse_pack
from sentiment.compliance.rewrite import suggest_rewrite

__all__ = [
    "CATEGORIES", "LEVELS", "LEVEL_NAMES", "Checker", "Entry", "Finding", "Pack", "PackError",
    "check", "check_many", "default_checker", "load_default_packs", "load_pack", "parse_pack",
    "suggest_rewrite", "worst_level",
]


@functools.lru_cache(maxsize=1)
def default_checker() -> Checker:
    """The shared checker with the default packs (built on first use: a few seconds)."""
    return Checker()


def check(title: str) -> list[Finding]:
    """Findings for one title with the default packs."""
    return default_checker().check(title)


def check_many(titles: Sequence[str]) -> list[list[Finding]]:
    """Findings for many titles in one batched pass (use this for throughput)."""
    return default_checker().check_many(titles)
