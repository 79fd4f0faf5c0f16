"""`monitor alerts …`: list, show, acknowledge, resolve and silence alerts."""

import typer

alerts_app = typer.Typer(help="List, show, acknowledge, resolve and silence alerts.", no_args_is_help=True)
