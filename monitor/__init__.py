"""The monitoring daemon: storage, rules, alert lifecycle, scheduling and the faces (CLI, API, dashboard)."""

__version__ = "0.1.0"
