"""`monitor sentiment …`: score texts, show complaint topics, and retrain the sentiment model."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

sentiment_app = typer.Typer(help="Score texts and retrain the sentiment model.", no_args_is_help=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


class Engine(str, Enum):
    linear = "linear"
    snownlp = "snownlp"


@sentiment_app.command("score")
def score_command(
    texts: List[str] = typer.Argument(..., help="Texts to score (quote each one)."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model file from `monitor sentiment train`."),
    engine: Engine = typer.Option(Engine.linear, "--engine", help="linear (default) or the snownlp baseline."),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
) -> None:
    """Print the probability that each text is positive (0 = negative, 1 = positive)."""
    from sentiment.scoring import label, score_many

    try:
        probabilities = score_many(texts, engine=engine.value, model=model)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2)
    rows = [
        {"text": text, "score": round(p, 4), "label": label(p)} for text, p in zip(texts, probabilities)
    ]
    if output is OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("score", "label", "text")
    for row in rows:
        table.add_row(f"{row['score']:.3f}", row["label"], row["text"])
    Console().print(table)


@sentiment_app.command("topics")
def topics_command(
    texts: List[str] = typer.Argument(..., help="Texts to analyse."),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
) -> None:
    """Show which aspects (物流, 包装, 质量 …) each text complains about, with evidence."""
    from sentiment.topics import extract_topics_many

    results = extract_topics_many(texts)
    rows = [
        {"text": text, "topics": [{"topic": h.label, "evidence": h.words} for h in hits]}
        for text, hits in zip(texts, results)
    ]
    if output is OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        found = "; ".join(f"{t['topic']}({'、'.join(t['evidence'])})" for t in row["topics"]) or "-"
        typer.echo(f"{row['text']}\n  → {found}")


@sentiment_app.command("train")
def train_command(
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False, help="CSV with label,review columns."),
    out: Path = typer.Option(..., "--out", help="Where to write the model (.npz)."),
    dev: Optional[Path] = typer.Option(None, "--dev", exists=True, dir_okay=False, help="CSV to report accuracy on."),
    c: float = typer.Option(10.0, "--C", help="Inverse regularisation strength."),
    min_count: int = typer.Option(3, "--min-count", help="Drop features seen in fewer texts."),
    lexicon_weight: float = typer.Option(
        3.0, "--lexicon-weight", min=0.01,
        help="Weight of the general sentiment-word cues; lower it when your data covers your domain well.",
    ),
) -> None:
    """Train a sentiment model on your own labelled reviews (label 1 = positive, 0 = negative)."""
    from sentiment.training import train_from_csv

    try:
        report = train_from_csv(
            data, out, dev=dev, C=c, min_count=min_count, lexicon_weight=lexicon_weight, progress=typer.echo,
        )
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2)
    summary = f"trained on {report.n_train} texts, {report.n_features} features in {report.seconds:.1f}s"
    if report.dev_accuracy is not None:
        summary += f"; dev accuracy {report.dev_accuracy:.4f}"
    typer.echo(summary)
    typer.echo(f"use it with: monitor sentiment score --model {report.model_path} \"…\"")
