"""What a compliance check reports: categories, levels and the :class:`Finding` record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Collection

if TYPE_CHECKING:
    from sentiment.compliance.packs import Entry

#: Categories a word pack may use.  The first six ship with the default packs; ``sensitive``
#: and ``custom`` are for packs users add (shop rules, platform word lists).
CATEGORIES: dict[str, str] = {
    "absolute": "绝对化用语",
    "authority": "使用国家机关名义",
    "medical": "医疗用语",
    "guarantee": "保证性承诺",
    "superstition": "封建迷信",
    "diversion": "站外引流",
    "sensitive": "敏感词",
    "custom": "自定义",
}

#: Levels, most severe first.  ``block``: must be fixed before publishing.  ``review``: allowed
#: only with evidence the seller can show (a ranking with period, platform and source, a product
#: registration).  ``info``: worth a look, never blocks.
LEVELS: tuple[str, ...] = ("block", "review", "info")
LEVEL_NAMES: dict[str, str] = {"block": "禁止", "review": "需证明", "info": "提示"}
LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}


@dataclass(slots=True)
class Finding:
    """One problem in one title.

    ``start``/``end`` index the ORIGINAL title (``title[start:end] == text``), so a UI can
    highlight what the seller wrote even when it was "國@家級" and matched as "国家级".
    ``word`` is the pack spelling that matched; ``level`` is after context rules and overrides.
    The rest (category, article, reason, suggestion, replacement, pack) comes from the pack
    entry and is read through properties: building a finding must stay cheap (~1 µs), and a
    frozen dataclass with a dozen fields costs ~3 µs, a third of a violating title's budget.
    """

    text: str
    start: int
    end: int
    word: str
    level: str
    entry: Entry

    @property
    def category(self) -> str:
        return self.entry.category

    @property
    def article(self) -> str:
        """The law article or platform rule the finding is about."""
        return self.entry.article

    @property
    def reason(self) -> str:
        """Why this is a problem, in Chinese."""
        return self.entry.reason.replace("{word}", self.word)

    @property
    def suggestion(self) -> str:
        """How to rewrite it compliantly, in Chinese."""
        return self.entry.suggestion.replace("{word}", self.word)

    @property
    def replacement(self) -> str:
        """Text to put instead of ``text`` in a suggested rewrite ("" = delete)."""
        return self.entry.replacement

    @property
    def pack(self) -> str:
        return self.entry.pack

    @property
    def category_name(self) -> str:
        """Chinese name of the category (for tables and reports)."""
        return CATEGORIES.get(self.category, self.category)

    @property
    def level_name(self) -> str:
        """Chinese name of the level."""
        return LEVEL_NAMES.get(self.level, self.level)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output."""
        return {
            "text": self.text, "start": self.start, "end": self.end, "word": self.word,
            "category": self.category, "category_name": self.category_name,
            "level": self.level, "level_name": self.level_name, "article": self.article,
            "reason": self.reason, "suggestion": self.suggestion,
            "replacement": self.replacement, "pack": self.pack,
        }


def worst_level(findings: list[Finding]) -> str | None:
    """The most severe level among findings, or None when there are none."""
    if not findings:
        return None
    return min((f.level for f in findings), key=LEVEL_RANK.__getitem__)


def dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per span and category (the same word may come from several packs)."""
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for finding in findings:
        key = (finding.start, finding.end, finding.category)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def without_covered_lead_ins(findings: list[Finding], widened: Collection[str]) -> list[Finding]:
    """A lead-in that a ``widened`` rule stretched (摔100次不坏 from 次不) gives way to a word of the same
    category it overlaps that is at least as strict (不坏 at ``block``): the word says more, and once is enough."""
    def covered(lead: Finding) -> bool:
        return any(other is not lead and other.category == lead.category and other.entry.rule not in widened
                   and other.start < lead.end and lead.start < other.end
                   and LEVEL_RANK[other.level] <= LEVEL_RANK[lead.level] for other in findings)
    return [finding for finding in findings if finding.entry.rule not in widened or not covered(finding)]
