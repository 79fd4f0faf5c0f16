"""Reading title batches (violating titles labelled by category, clean titles) and scoring them as
the issue measures: caught in the right category (block or review), clean titles blocked, flagged."""

import csv
from pathlib import Path

from sentiment.compliance import check_many


def batch_names(folder: Path) -> list[str]:
    """batchNN names in numeric order (batch99 before batch100)."""
    return sorted((path.name.split("_")[0] for path in folder.glob("batch*_violating.csv")),
                  key=lambda name: int(name.removeprefix("batch")))


def read(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def caught_share(folder: Path, batch: str) -> float:
    """Share of the batch's violating titles with a block/review finding of their category."""
    rows = read(folder, f"{batch}_violating.csv")
    results = check_many([row["title"] for row in rows])
    return sum(row["category"] in {f.category for f in found if f.level != "info"}
               for row, found in zip(rows, results)) / len(rows)


def clean_shares(folder: Path, batch: str) -> tuple[float, float]:
    """(blocked, flagged): shares of the batch's clean titles with a block / any block-or-review finding."""
    rows = read(folder, f"{batch}_clean.csv")
    results = check_many([row["title"] for row in rows])
    blocked = sum(any(f.level == "block" for f in found) for found in results)
    flagged = sum(any(f.level in ("block", "review") for f in found) for found in results)
    return blocked / len(rows), flagged / len(rows)
