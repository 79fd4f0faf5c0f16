"""Regression guard over the forty-eight title batches colleagues wrote blind (tests/text/data/blind_titles).

Each batch was scored once before the packs were changed for it (those honest figures are in
docs/compliance.md); the packs were then tuned on it and the claim model trained on it, so the floors
here are tuned figures.  They keep later pack edits or retraining from silently losing what the
batches taught, on both sides: violations flagged (block or review) in the right category, and clean
titles left alone.  The issue's limits for clean titles are 2 % blocked and 10 % flagged; the floors
are tighter because these titles are in the training data.
"""

import csv
from pathlib import Path

import pytest

from sentiment.compliance import check_many

DATA = Path(__file__).parent / "data" / "blind_titles"
BATCHES = sorted(path.name.split("_")[0] for path in DATA.glob("batch*_violating.csv"))


def read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_batches_are_there():
    assert len(BATCHES) == 48
    assert sum(len(read(f"{batch}_violating.csv")) for batch in BATCHES) >= 6500


@pytest.mark.parametrize("batch", BATCHES)
def test_violations_are_caught_in_the_right_category(batch):
    rows = read(f"{batch}_violating.csv")
    results = check_many([row["title"] for row in rows])
    caught = [row["category"] in {f.category for f in found if f.level != "info"}
              for row, found in zip(rows, results)]
    assert sum(caught) / len(rows) >= 0.97


@pytest.mark.parametrize("batch", BATCHES)
def test_clean_titles_are_left_alone(batch):
    rows = read(f"{batch}_clean.csv")
    results = check_many([row["title"] for row in rows])
    blocked = sum(any(f.level == "block" for f in found) for found in results)
    flagged = sum(any(f.level in ("block", "review") for f in found) for found in results)
    assert blocked / len(rows) <= 0.01
    assert flagged / len(rows) <= 0.03
