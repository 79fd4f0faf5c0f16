"""Word packs: versioned YAML files of banned words and allowed phrases.

A pack is data, not code, so sellers and platforms can keep their own lists next to ours.
The format (documented in docs/compliance.md)::

    pack: {name: my_shop, version: "1.0.0", description: ...}
    groups:
      - category: custom            # absolute|authority|medical|guarantee|superstition|
        level: block                #   diversion|sensitive|custom
        article: 店铺规则第3条
        reason: 使用了“{word}”          # {word} is replaced by the entry's word
        suggestion: 删除“{word}”
        rule: figure                # optional context rule (see context_rules.RULES)
        entries:
          - 秒杀价                    # a plain string is an entry with the group's fields
          - word: 清仓{价|甩卖}         # {a|b} expands to every combination
            variants: [qing仓]
            level: review           # any group field can be overridden per entry
            replacement: 特惠
    allow:                          # phrases that are never findings, wherever they appear
      - reason: 品牌名
        phrases: [最生活, 第一佳]
    homophones:                     # dodge spellings of single characters (all packs' tables
      最: [醉, 罪, zui]             #   are merged and applied to every multi-character entry,
      家: [jia]                     #   one character at a time; see lexicon.homophone_forms)
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from sentiment.compliance.findings import CATEGORIES, LEVELS

#: Default packs shipped inside the package, in load order.
DEFAULT_PACKS: tuple[str, ...] = ("advertising_law.yaml", "medical.yaml", "diversion.yaml",
                                  "exemptions.yaml")
_ENTRY_FIELDS = {"word", "variants", "category", "level", "article", "reason", "suggestion",
                 "replacement", "rule"}
_GROUP_FIELDS = (_ENTRY_FIELDS - {"word", "variants"}) | {"entries"}
_BRACES = re.compile(r"\{([^{}]*)\}")


class PackError(ValueError):
    """A pack file is missing, unreadable or malformed; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One banned word with everything a finding needs.

    ``forms`` are all its spellings (braces expanded, variants added).  ``reason`` and
    ``suggestion`` are templates: ``{word}`` becomes the spelling that matched.
    """

    word: str
    forms: tuple[str, ...]
    category: str
    level: str
    article: str
    reason: str
    suggestion: str
    replacement: str  # what the suggested rewrite puts instead ("" = delete the word)
    rule: str | None
    pack: str


@dataclass(frozen=True, slots=True)
class AllowPhrase:
    """A phrase whose presence exempts any banned word inside it (houbb#76, #19)."""

    phrase: str
    reason: str
    pack: str


@dataclass(frozen=True, slots=True)
class Pack:
    """A loaded, validated pack."""

    name: str
    version: str
    description: str = ""
    entries: tuple[Entry, ...] = ()
    allow: tuple[AllowPhrase, ...] = ()
    source: str = ""
    known_rules: frozenset[str] = field(default_factory=frozenset, repr=False)
    #: character -> dodge spellings (醉 for 最, jia for 家), applied by the Lexicon to entries
    homophones: tuple[tuple[str, tuple[str, ...]], ...] = ()


def expand_braces(pattern: str) -> list[str]:
    """Every spelling of ``pattern``: "{央视|CCTV}推荐" → ["央视推荐", "CCTV推荐"]."""
    parts = _BRACES.split(pattern)
    if any("{" in p or "}" in p for p in parts[::2]):
        raise PackError(f"“{pattern}”含有嵌套或不成对的花括号；请写成平铺的 {{甲|乙|丙}}")
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*choices)]


def load_pack(path: str | Path, *, known_rules: Iterable[str] = ()) -> Pack:
    """Load and validate a pack file; raises :class:`PackError` with a readable message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(f"词库文件不存在: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"无法读取词库文件 {path}: {exc}") from None
    return parse_pack(text, source=str(path), known_rules=known_rules)


def load_default_packs(*, known_rules: Iterable[str] = ()) -> list[Pack]:
    """The packs shipped in ``sentiment/packs`` (works from an installed wheel)."""
    folder = resources.files("sentiment.packs")
    return [parse_pack(folder.joinpath(name).read_text(encoding="utf-8"),
                       source=f"sentiment/packs/{name}", known_rules=known_rules)
            for name in DEFAULT_PACKS]


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader that refuses a key written twice in one mapping: plain YAML keeps the last one
    silently, so a second ``级: [ji]`` under ``homophones`` would drop the first line's spellings.
    libyaml's parser when PyYAML has it: the pure-Python one spends ~2 s on the shipped packs."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"重复的键 {key!r}（同一层级只能出现一次）", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def parse_pack(text: str, *, source: str = "<string>", known_rules: Iterable[str] = ()) -> Pack:
    """Parse pack YAML text (see the module docstring for the format)."""
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        raise PackError(f"{source}: YAML 格式错误: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("pack"), dict):
        raise PackError(f"{source}: 缺少 pack 头（需要 pack: {{name: …, version: …}}）")
    header = data["pack"]
    name, version = header.get("name"), header.get("version")
    if not name or version is None:
        raise PackError(f"{source}: pack 头必须有 name 和 version")
    unknown = set(data) - {"pack", "groups", "allow", "homophones"}
    if unknown:
        raise PackError(f"{source}: 未知字段 {sorted(unknown)}")
    rules = frozenset(known_rules)
    entries = [entry for index, group in enumerate(_as_list(data.get("groups"), source, "groups"))
               for entry in _parse_group(group, f"{source}: groups[{index}]", str(name), rules)]
    allow = [phrase for index, block in enumerate(_as_list(data.get("allow"), source, "allow"))
             for phrase in _parse_allow(block, f"{source}: allow[{index}]", str(name))]
    homophones = _parse_homophones(data.get("homophones"), source)
    return Pack(str(name), str(version), str(header.get("description", "")),
                tuple(entries), tuple(allow), source, rules, homophones=homophones)


def _parse_homophones(raw: Any, source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise PackError(f"{source}: homophones 必须是映射（字: [谐音字, 拼音…]）")
    table = []
    for char, subs in raw.items():
        char = str(char)
        if len(char) != 1:
            raise PackError(f"{source}: homophones 的键必须是单个汉字，而不是 {char!r}")
        if isinstance(subs, str):
            subs = [subs]
        if not isinstance(subs, list) or not all(str(s).strip() for s in subs):
            raise PackError(f"{source}: homophones.{char} 必须是非空字符串列表")
        table.append((char, tuple(str(s).strip() for s in subs)))
    return tuple(table)


def _as_list(value: Any, source: str, key: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PackError(f"{source}: {key} 必须是列表")
    return value


def _parse_group(group: Any, where: str, pack: str, rules: frozenset[str]) -> list[Entry]:
    if not isinstance(group, dict):
        raise PackError(f"{where}: 每个分组必须是映射（category/level/entries…）")
    unknown = set(group) - _GROUP_FIELDS
    if unknown:
        raise PackError(f"{where}: 未知字段 {sorted(unknown)}")
    defaults = {k: v for k, v in group.items() if k != "entries"}
    raw_entries = _as_list(group.get("entries"), where, "entries")
    if not raw_entries:
        raise PackError(f"{where}: entries 为空")
    return [_parse_entry(raw, defaults, f"{where}.entries[{i}]", pack, rules)
            for i, raw in enumerate(raw_entries)]


def _parse_entry(raw: Any, defaults: dict, where: str, pack: str, rules: frozenset[str]) -> Entry:
    if isinstance(raw, (str, int)):
        raw = {"word": str(raw)}
    if not isinstance(raw, dict):
        raise PackError(f"{where}: 词条必须是字符串或映射")
    unknown = set(raw) - _ENTRY_FIELDS
    if unknown:
        raise PackError(f"{where}: 未知字段 {sorted(unknown)}")
    fields = {**defaults, **raw}
    word = str(fields.get("word") or "").strip()
    if not word:
        raise PackError(f"{where}: 缺少 word")
    category, level = fields.get("category"), fields.get("level", "block")
    if category not in CATEGORIES:
        raise PackError(f"{where} ({word}): category 必须是 {'/'.join(CATEGORIES)}，而不是 {category!r}")
    if level not in LEVELS:
        raise PackError(f"{where} ({word}): level 必须是 {'/'.join(LEVELS)}，而不是 {level!r}")
    rule = fields.get("rule")
    if rule is not None and rules and rule not in rules:
        raise PackError(f"{where} ({word}): 未知 rule {rule!r}（可用: {', '.join(sorted(rules))}）")
    variants = fields.get("variants") or []
    if not isinstance(variants, list):
        raise PackError(f"{where} ({word}): variants 必须是列表")
    forms = tuple(dict.fromkeys(form for spelling in [word, *map(str, variants)]
                                for form in expand_braces(spelling) if form.strip()))
    return Entry(
        word=word, forms=forms, category=category, level=level,
        article=str(fields.get("article", "")),
        reason=str(fields.get("reason", "")),
        suggestion=str(fields.get("suggestion", "")),
        replacement=str(fields.get("replacement") or ""),
        rule=rule, pack=pack,
    )


def _parse_allow(block: Any, where: str, pack: str) -> list[AllowPhrase]:
    if isinstance(block, str):
        block = {"phrases": [block]}
    if not isinstance(block, dict) or not isinstance(block.get("phrases"), list):
        raise PackError(f"{where}: allow 项需要 phrases 列表")
    reason = str(block.get("reason", "允许的表述"))
    return [AllowPhrase(form, reason, pack) for phrase in block["phrases"]
            for form in expand_braces(str(phrase)) if form.strip()]
