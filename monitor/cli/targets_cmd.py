"""`monitor targets …`: what is watched and how each target's crawls are going."""

import typer

targets_app = typer.Typer(help="List targets and their crawl health.", no_args_is_help=True)
