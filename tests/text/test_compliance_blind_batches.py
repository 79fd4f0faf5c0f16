"""Regression guard over the eleven title batches colleagues wrote blind (tests/text/data/blind_titles).

Each batch was scored once before the packs were changed for it (those honest figures are in
docs/compliance.md); the packs were then tuned on it, so the floors here are tuned figures.  They keep
later pack edits from silently losing what the batches taught, on both sides: violations caught in the
right category, and clean titles left alone.  Batch 13 (claims told as stories) has its own floor.
"""

import csv
from pathlib import Path

import pytest

from sentiment.compliance import check_many

DATA = Path(__file__).parent / "data" / "blind_titles"
BATCHES = sorted(path.name.split("_")[0] for path in DATA.glob("batch*_violating.csv"))
RECALL_FLOOR = {"batch13": 0.80}


def read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_batches_are_there():
    assert len(BATCHES) == 11
    assert sum(len(read(f"{batch}_violating.csv")) for batch in BATCHES) >= 3000


@pytest.mark.parametrize("batch", BATCHES)
def test_violations_are_caught_in_the_right_category(batch):
    rows = read(f"{batch}_violating.csv")
    results = check_many([row["title"] for row in rows])
    caught = [row["category"] in {f.category for f in found} for row, found in zip(rows, results)]
    assert sum(caught) / len(rows) >= RECALL_FLOOR.get(batch, 0.95)


@pytest.mark.parametrize("batch", BATCHES)
def test_clean_titles_are_left_alone(batch):
    rows = read(f"{batch}_clean.csv")
    results = check_many([row["title"] for row in rows])
    blocked = sum(any(f.level == "block" for f in found) for found in results)
    flagged = sum(any(f.level in ("block", "review") for f in found) for found in results)
    assert blocked / len(rows) <= 0.01
    assert flagged / len(rows) <= 0.02
