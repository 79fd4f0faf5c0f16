"""Every Alembic revision upgrades and downgrades, one step at a time, on SQLite and PostgreSQL; the migrated
schema matches the models (so no index or column exists only in one of them)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from monitor.db import Database, alembic_config, downgrade, upgrade
from monitor.models import Base


def revisions(database: Database) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(database.url))
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_each_revision_up_and_down_and_models_match(database_url):
    database = Database(database_url, migrate=False)
    chain = revisions(database)
    assert chain[0] == "0001" and "0003_service" in chain
    for revision in chain:
        upgrade(database.engine, revision)
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": False}), Base.metadata)
    assert diff == []
    indexes = {i["name"] for i in inspect(database.engine).get_indexes("price_observations")}
    assert {"ix_price_obs_target_time", "ix_price_obs_crawl_run"} <= indexes
    for previous in reversed(["base"] + chain[:-1]):
        downgrade(database.engine, previous)
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    upgrade(database.engine)
    assert "target_overrides" in inspect(database.engine).get_table_names()
    database.dispose()
