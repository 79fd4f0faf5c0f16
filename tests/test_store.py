"""Storage on both SQLite and PostgreSQL: migrations, target sync, the crawl pipeline's writes."""

from decimal import Decimal

from sqlalchemy import inspect, select

from monitor.config import parse_config
from monitor.db import Database, downgrade, upgrade
from monitor.models import PriceObservation, Target
from monitor.store import iter_price_history, last_price_points, sync_targets

CONFIG = """
targets:
  - {name: a, url: "http://shop.test/a.html", shop: 甲店, group: g1, selectors: {price: "css:.p::text"}}
  - {name: b, url: "http://other.test/b.html", owner: own}
"""


def test_migrations_up_and_down(database_url):
    database = Database(database_url)
    tables = set(inspect(database.engine).get_table_names())
    assert {"targets", "price_observations", "extraction_failures", "alerts", "deliveries", "reviews",
            "mentions", "crawl_runs", "delivery_attempts"} <= tables
    downgrade(database.engine, "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    upgrade(database.engine)
    assert "alerts" in inspect(database.engine).get_table_names()
    database.dispose()


def test_sync_targets_keeps_history_of_removed_targets(database_url):
    database = Database(database_url)
    with database.session() as session:
        rows = sync_targets(session, parse_config(CONFIG))
        assert rows["a"].site == "shop.test" and rows["a"].settings["selectors"] == {"price": "css:.p::text"}
        session.add(PriceObservation(target_id=rows["a"].id, url="http://shop.test/a.html", price=Decimal("9.90")))
    with database.session() as session:
        sync_targets(session, parse_config("targets:\n  - {name: b, url: 'http://other.test/b2.html'}\n"))
    with database.session() as session:
        a = session.scalar(select(Target).where(Target.name == "a"))
        b = session.scalar(select(Target).where(Target.name == "b"))
        assert (a.enabled, a.in_config) == (False, False)
        assert b.url == "http://other.test/b2.html" and b.enabled
        points = last_price_points(session, a.id)
        assert [p.price for p in points] == [Decimal("9.90")]
        assert points[0].observed_at.tzinfo is not None
        assert [r["price"] for r in iter_price_history(session)] == ["9.90"]
    database.dispose()
