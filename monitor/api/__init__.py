"""The HTTP face of the monitor: health, readiness and metrics, a token-protected JSON API, and the dashboard.

``create_app`` builds a FastAPI app over one database; ``monitor serve`` runs it alone, ``monitor run`` runs
it beside the scheduler when ``api.enabled``.
"""

from monitor.api.app import create_app

__all__ = ["create_app"]
