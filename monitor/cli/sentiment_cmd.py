"""`monitor sentiment …`: score texts and retrain the sentiment model."""

import typer

sentiment_app = typer.Typer(help="Score texts and retrain the sentiment model.", no_args_is_help=True)
