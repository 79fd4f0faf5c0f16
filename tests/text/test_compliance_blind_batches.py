"""Regression guard over the hundred title batches colleagues wrote blind (tests/text/data/blind_titles).

Each batch was scored once before the packs were changed for it (those honest figures are in
docs/compliance.md); the packs were then tuned on it and the claim model trained on it, so the floors
here are tuned figures.  They keep later pack edits or retraining from silently losing what the
batches taught, on both sides: violations flagged (block or review) in the right category, and clean
titles left alone.  The issue's limits for clean titles are 2 % blocked and 10 % flagged; the floors
are tighter because these titles are in the training data.
"""

from pathlib import Path

import pytest

from tests.text.title_batches import batch_names, caught_share, clean_shares, read

DATA = Path(__file__).parent / "data" / "blind_titles"
BATCHES = batch_names(DATA)


def test_all_batches_are_there():
    assert len(BATCHES) == 236
    assert sum(len(read(DATA, f"{batch}_violating.csv")) for batch in BATCHES) >= 6500


@pytest.mark.parametrize("batch", BATCHES)
def test_violations_are_caught_in_the_right_category(batch):
    assert caught_share(DATA, batch) >= 0.97


@pytest.mark.parametrize("batch", BATCHES)
def test_clean_titles_are_left_alone(batch):
    blocked, flagged = clean_shares(DATA, batch)
    assert blocked <= 0.01
    assert flagged <= 0.03
