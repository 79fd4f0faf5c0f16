"""`monitor crawl --once` sees targets paused through the API, as the daemon does."""

from sqlalchemy import create_engine, text

from monitor.config import load_config
from monitor.db import Database
from monitor.target_overrides import set_paused


def test_paused_target_is_not_crawled(cli, demo_shop, tmp_path):
    path = tmp_path / "monitor.yaml"
    path.write_text(
        f"data_dir: {tmp_path / 'data'}\ntargets:\n"
        f"  - {{name: a, url: \"{demo_shop.url_for('rival-a/TB-X1')}\"}}\n"
        f"  - {{name: b, url: \"{demo_shop.url_for('rival-b/TB-X1')}\"}}\n",
        encoding="utf-8",
    )
    config = load_config(path)
    database = Database(config.database_url)
    with database.session() as session:
        set_paused(session, config, "b", True)
    database.dispose()

    refused = cli("crawl", "--once", "-c", str(path), "-t", "b")
    assert refused.returncode == 2 and "unknown or disabled target(s): b" in refused.stderr
    crawled = cli("crawl", "--once", "-c", str(path))
    assert crawled.returncode == 0, crawled.stderr
    with create_engine(config.database_url).connect() as db:
        crawled_names = db.execute(text(
            "select distinct t.name from price_observations o join targets t on t.id = o.target_id")).scalars().all()
    assert crawled_names == ["a"]
