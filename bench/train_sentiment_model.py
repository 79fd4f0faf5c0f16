"""Reproduce the shipped model ``sentiment/models/reviews.npz`` from the shared review data.

    .venv/bin/python bench/train_sentiment_model.py [--data-dir ../shared/data/sentiment]

Step 1 trains on train.csv and reports dev accuracy (the figure quoted in docs/sentiment.md);
step 2 retrains on train + dev with the same settings and writes the shipped model.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sentiment.training import DEFAULT_C, DEFAULT_LEXICON_WEIGHT, DEFAULT_MIN_COUNT, accuracy, read_labelled_csv, train_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data" / "sentiment")
    parser.add_argument("--out", type=Path, default=ROOT / "sentiment" / "models" / "reviews.npz")
    parser.add_argument("--C", type=float, default=DEFAULT_C)
    parser.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    parser.add_argument("--lexicon-weight", type=float, default=DEFAULT_LEXICON_WEIGHT)
    args = parser.parse_args()
    train_texts, train_labels = read_labelled_csv(args.data_dir / "online_shopping_train.csv")
    dev_texts, dev_labels = read_labelled_csv(args.data_dir / "online_shopping_dev.csv")

    print(f"[1/2] train on {len(train_texts)} reviews, evaluate on {len(dev_texts)} dev reviews")
    model = train_model(train_texts, train_labels, C=args.C, min_count=args.min_count,
                        lexicon_weight=args.lexicon_weight, progress=print)
    dev_acc = accuracy(model, dev_texts, dev_labels)
    print(f"dev accuracy {dev_acc:.4f}")

    print("[2/2] retrain on train + dev for the shipped model")
    import numpy as np

    final = train_model(
        train_texts + dev_texts, np.concatenate([train_labels, dev_labels]),
        C=args.C, min_count=args.min_count, lexicon_weight=args.lexicon_weight, progress=print,
    )
    final.metadata.update({"dev_accuracy_before_merge": dev_acc, "source": "online_shopping train+dev"})
    path = final.save(args.out)
    print(f"saved {path} ({path.stat().st_size / 1e6:.1f} MB, {final.keys.size} features)")


if __name__ == "__main__":
    main()
