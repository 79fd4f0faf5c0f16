"""The seller's dashboard: server-rendered Chinese pages (Jinja2) with charts from a vendored Chart.js.

No front-end build and no CDN: templates, one small script that draws the charts from JSON embedded in the
page, one stylesheet, and Chart.js 4 (MIT, licence header kept) in ``static/``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).with_name("static")


def install(app: FastAPI) -> None:
    from monitor.dashboard import pages, forms

    app.mount("/static/dashboard", StaticFiles(directory=STATIC), name="dashboard-static")
    app.include_router(pages.router)
    app.include_router(forms.router)
