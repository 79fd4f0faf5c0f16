"""The issue's targets on three title batches that no decision has touched (tests/text/data/holdout_titles).

Colleagues wrote them blind at the end of the fifth session (a realistic sample, an obfuscated mix, long
professional titles). They were scored once with the shipped packs and claim model, which were neither
tuned nor trained on them: bench/train_claim_model.py reads only blind_titles/.  Keep it that way — a batch
that guides a change belongs in blind_titles/, and a new untouched one should take its place here.
"""

import csv
from pathlib import Path

import pytest

from sentiment.compliance import check_many

DATA = Path(__file__).parent / "data" / "holdout_titles"
BATCHES = sorted(path.name.split("_")[0] for path in DATA.glob("batch*_violating.csv"))


def read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_holdout_batches_are_there():
    assert BATCHES == ["batch52", "batch53", "batch54"]


@pytest.mark.parametrize("batch", BATCHES)
def test_issue_targets_on_untouched_titles(batch):
    violating, clean = read(f"{batch}_violating.csv"), read(f"{batch}_clean.csv")
    found = check_many([row["title"] for row in violating])
    caught = sum(row["category"] in {f.category for f in fs if f.level != "info"} for row, fs in zip(violating, found))
    found = check_many([row["title"] for row in clean])
    blocked = sum(any(f.level == "block" for f in fs) for fs in found)
    flagged = sum(any(f.level in ("block", "review") for f in fs) for fs in found)
    assert caught / len(violating) >= 0.97
    assert blocked / len(clean) <= 0.02
    assert flagged / len(clean) <= 0.10
