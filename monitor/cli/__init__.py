"""Command-line faces of the monitor (``monitor …``)."""
