"""Score labelled title batches with the compliance checker, and compare two checkouts' findings.

How the compliance packs are grown (docs/compliance.md): a colleague who never saw the code writes a
batch of violating and clean titles; the batch is scored once with the committed code before it
guides any change; every change is then checked on all labelled batches, before and after, so that
a fix for one batch cannot quietly break another.  Earlier sessions kept these scripts in /tmp and
lost them; this is the kept version.

    # one new batch (a folder with violating.csv: title,category[,matched] and clean.csv: title[,trap])
    python bench/score_title_batches.py score /tmp/titles165 --show
    # per-title findings on every labelled batch and the ordinary titles, for a before/after diff
    python bench/score_title_batches.py snapshot /tmp/before.json
    python bench/score_title_batches.py snapshot /tmp/after.json
    python bench/score_title_batches.py diff /tmp/before.json /tmp/after.json

``--root DIR`` runs the checker of another checkout (e.g. a ``git worktree`` of the previous
commit); the labelled batches are always read from this checkout.  Targets (issue #4): at least 97 %
of violating titles flagged (block or review) in their own category; at most 2 % of clean titles
with a ``block`` finding and at most 10 % with any block/review finding.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "text" / "data"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _checker(root: Path | None, packs_only: bool):
    sys.path.insert(0, str(root or Path(__file__).resolve().parents[1]))
    from sentiment.compliance import Checker

    return Checker(claim_model=None).check_many if packs_only else Checker().check_many


def _flagged(findings, levels=("block", "review")) -> list:
    return [f for f in findings if f.level in levels]


def score(folder: Path, check_many, show: bool) -> dict:
    """Rates of one batch folder against the targets; prints misses and flagged clean titles."""
    violating, clean = _rows(folder / "violating.csv"), _rows(folder / "clean.csv")
    found_v = check_many([row["title"] for row in violating])
    found_c = check_many([row["title"] for row in clean])
    total, missed = collections.Counter(), collections.Counter()
    misses = []
    for row, findings in zip(violating, found_v):
        total[row["category"]] += 1
        categories = {f.category for f in _flagged(findings)}
        if row["category"] not in categories:
            missed[row["category"]] += 1
            misses.append((row["category"], row["title"], row.get("matched", ""), sorted(categories)))
    blocked = [row for row, findings in zip(clean, found_c) if _flagged(findings, ("block",))]
    flagged = [(row, findings) for row, findings in zip(clean, found_c) if _flagged(findings)]
    caught = 1 - len(misses) / len(violating)
    print(f"{folder}: caught {caught:.2%} ({len(violating) - len(misses)}/{len(violating)})  "
          f"blocked {len(blocked) / len(clean):.1%} ({len(blocked)}/{len(clean)})  "
          f"flagged {len(flagged) / len(clean):.1%} ({len(flagged)})")
    print("  missed per category:", {name: f"{missed[name]}/{count}" for name, count in total.items()})
    if show:
        for category, title, matched, got in misses:
            print(f"MISS {category:12} {title}  [{matched}] got {got}")
        for row, findings in flagged:
            print(f"FLAG {row['title']}  [{row.get('trap', '')}]",
                  [(f.text, f.category, f.level) for f in _flagged(findings)])
    return {"caught": caught, "blocked": len(blocked) / len(clean), "flagged": len(flagged) / len(clean)}


def snapshot(out: Path, check_many) -> None:
    """Per-title results over every labelled batch and the ordinary titles, as JSON."""
    result: dict[str, dict] = {"violating": {}, "clean": {}}
    for sub in ("blind_titles", "holdout_titles"):
        for path in sorted((DATA / sub).glob("batch*_violating.csv")):
            rows = _rows(path)
            for row, findings in zip(rows, check_many([row["title"] for row in rows])):
                hit = row["category"] in {f.category for f in _flagged(findings)}
                result["violating"][f"{path.stem}|{row['title']}"] = [row["category"], hit]
            clean_path = path.with_name(path.name.replace("_violating", "_clean"))
            rows = _rows(clean_path)
            for row, findings in zip(rows, check_many([row["title"] for row in rows])):
                result["clean"][f"{clean_path.stem}|{row['title']}"] = _labels(findings)
    plain = [row["title"] for name in ("plain_titles.csv", "titles_clean.csv") for row in _rows(DATA / name)]
    for title, findings in zip(plain, check_many(plain)):
        result["clean"][f"plain|{title}"] = _labels(findings)
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    caught = sum(hit for _, hit in result["violating"].values())
    flagged = [labels for labels in result["clean"].values() if labels]
    blocked = sum(any(label.startswith("block") for label in labels) for labels in flagged)
    print(f"violating caught {caught}/{len(result['violating'])}; clean (incl. ordinary) blocked {blocked}, "
          f"flagged {len(flagged)} of {len(result['clean'])}")


def _labels(findings) -> list[str]:
    return sorted({f"{f.level}:{f.category}:{f.text}" for f in _flagged(findings)})


def diff(before: Path, after: Path) -> None:
    """Titles whose outcome changed between two snapshots."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    for key, (category, hit) in a["violating"].items():
        if key in b["violating"] and b["violating"][key][1] != hit:
            print("V", "lost  " if hit else "gained", category, key)
    for key, labels in a["clean"].items():
        if key in b["clean"] and b["clean"][key] != labels:
            print("C", key, labels, "->", b["clean"][key])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, help="checkout whose checker to run (default: this one)")
    parser.add_argument("--packs", action="store_true", help="packs only, without the claim model")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("score", help="rates of new batch folders")
    one.add_argument("folders", type=Path, nargs="+")
    one.add_argument("--show", action="store_true", help="list misses and flagged clean titles")
    commands.add_parser("snapshot", help="per-title results of all labelled batches").add_argument("out", type=Path)
    two = commands.add_parser("diff", help="changes between two snapshots")
    two.add_argument("before", type=Path)
    two.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "diff":
        diff(args.before, args.after)
        return
    check_many = _checker(args.root, args.packs)
    if args.command == "score":
        for folder in args.folders:
            score(folder, check_many, args.show)
    else:
        snapshot(args.out, check_many)


if __name__ == "__main__":
    main()
