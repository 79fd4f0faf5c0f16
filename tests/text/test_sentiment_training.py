"""Retraining round-trip, model files, engines and the CLI."""

import csv
import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sentiment
from monitor.cli.sentiment_cmd import sentiment_app
from sentiment import score, score_many
from sentiment.model import LinearModel
from sentiment.training import read_labelled_csv, train_from_csv, train_model

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "sentiment"

POSITIVE = ["很好用", "非常喜欢", "质量不错", "物流很快", "好评", "满意", "值得购买", "推荐给大家"]
NEGATIVE = ["很难用", "非常失望", "质量太差", "物流很慢", "差评", "不满意", "不值这个价", "不推荐"]


def _tiny_csv(path: Path, n: int = 120) -> Path:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["cat", "label", "review"])
        for i in range(n):
            label = i % 2
            words = POSITIVE if label else NEGATIVE
            writer.writerow(["test", label, "，".join(rng.sample(words, 2))])
        writer.writerow(["test", "x", "unlabelled rows are skipped"])
    return path


def test_read_csv_ignores_extra_columns_and_bad_labels(tmp_path):
    texts, labels = read_labelled_csv(_tiny_csv(tmp_path / "d.csv", 10))
    assert len(texts) == 10 and set(labels.tolist()) == {0, 1}


def test_read_csv_without_columns_is_an_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="label"):
        read_labelled_csv(bad)


def test_training_needs_both_classes():
    with pytest.raises(ValueError):
        train_model(["好", "很好"], [1, 1], min_count=1)


def test_retrain_round_trip(tmp_path):
    data = _tiny_csv(tmp_path / "train.csv")
    report = train_from_csv(data, tmp_path / "m.npz", dev=data, min_count=1)
    assert report.dev_accuracy == 1.0
    loaded = sentiment.load_model(report.model_path)
    assert isinstance(loaded, LinearModel)
    assert score("非常喜欢，好评", model=report.model_path) > 0.5
    assert score("非常失望，差评", model=loaded) < 0.5
    assert score("", model=loaded) == 0.5


def test_set_default_model(tmp_path):
    path = train_from_csv(_tiny_csv(tmp_path / "t.csv"), tmp_path / "custom", min_count=1).model_path
    assert path.suffix == ".npz"
    text = "物流很快，好评"
    shipped = score(text)
    try:
        sentiment.set_default_model(path)
        assert score(text) == pytest.approx(score(text, model=path))
        assert score(text) != pytest.approx(shipped)
    finally:
        sentiment.set_default_model(None)
    assert score(text) == pytest.approx(shipped)


def test_loading_a_non_model_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a model")
    with pytest.raises(ValueError, match="not a sentiment model"):
        LinearModel.load(junk)
    with pytest.raises(FileNotFoundError):
        sentiment.load_model(tmp_path / "missing.npz")


def test_snownlp_engine_guards_empty_text():
    assert score("", engine="snownlp") == 0.5
    assert score("。。。", engine="snownlp") == pytest.approx(score("。。。", engine="snownlp"))
    assert 0.0 <= score("这个东西很好", engine="snownlp") <= 1.0
    assert len(score_many(["好", None], engine="snownlp")) == 2


def test_cli_score_json_and_table():
    runner = CliRunner()
    result = runner.invoke(sentiment_app, ["score", "--format", "json", "不太满意", "非常满意"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["label"] == "negative" and rows[1]["label"] == "positive"
    table = runner.invoke(sentiment_app, ["score", "不错"])
    assert table.exit_code == 0 and "positive" in table.output


def test_cli_train_then_score_with_model(tmp_path):
    data = _tiny_csv(tmp_path / "train.csv")
    out = tmp_path / "model.npz"
    runner = CliRunner()
    result = runner.invoke(sentiment_app, ["train", "--data", str(data), "--dev", str(data), "--out", str(out), "--min-count", "1"])
    assert result.exit_code == 0, result.output
    assert "dev accuracy 1.0000" in result.output and out.exists()
    scored = runner.invoke(sentiment_app, ["score", "--model", str(out), "--format", "json", "差评"])
    assert json.loads(scored.output)[0]["score"] < 0.5


def test_cli_score_with_missing_model_fails_cleanly(tmp_path):
    result = CliRunner().invoke(sentiment_app, ["score", "--model", str(tmp_path / "nope.npz"), "好"])
    assert result.exit_code == 2


@pytest.mark.skipif(not (SHARED / "online_shopping_dev.csv").exists(), reason="shared review data not available")
def test_dev_accuracy_of_shipped_model():
    texts, labels = read_labelled_csv(SHARED / "online_shopping_dev.csv")
    predicted = [p >= 0.5 for p in score_many(texts)]
    accuracy = sum(p == bool(y) for p, y in zip(predicted, labels)) / len(labels)
    assert accuracy > 0.94  # the shipped model also saw dev: this guards against a broken build
