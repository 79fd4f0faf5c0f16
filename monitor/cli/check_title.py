"""`monitor check-title`: pre-publish 广告法 compliance check of listing titles."""

import typer


def register(app: typer.Typer) -> None:
    """Attach the command to the main CLI app (filled in by the compliance work)."""
