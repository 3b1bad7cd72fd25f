"""Migrations apply on an empty database and on one made by the previous migration."""

from sqlalchemy import inspect

from editor.store import open_store
from editor.store.db import (
    alembic_config,
    create_store_engine,
    current_revision,
    head_revision,
    upgrade,
)
from editor.store.models import Base


def revision_chain() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_empty_database_reaches_head_and_matches_models(db_url):
    engine = create_store_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    for table in Base.metadata.sorted_tables:
        db_columns = {c["name"] for c in inspect(engine).get_columns(table.name)}
        assert {c.name for c in table.columns} <= db_columns, table.name
    engine.dispose()


def test_each_step_upgrades_a_database_made_by_the_previous_one(db_url):
    chain = revision_chain()
    engine = create_store_engine(db_url)
    upgrade(engine, chain[0])
    assert current_revision(engine) == chain[0]
    # Data written at the first revision (with its own SQL) survives every later migration.
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (headline, body, dateline, location, bylines, related, "
            "status, version, created_at, updated_at) VALUES ('Sebelum migrasi', 'isi', "
            "'{}', '{}', '[]', '[]', 'draft', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO revisions (article_id, version, kind, author, created_at, status, "
            "snapshot) VALUES (1, 1, 'create', '', '2024-01-01 00:00:00', 'draft', "
            "'{\"headline\": \"Sebelum migrasi\"}')")
    for step in chain[1:]:
        upgrade(engine, step)
        assert current_revision(engine) == step
    engine.dispose()
    store = open_store(db_url)
    article = store.articles.get(1)
    assert article.headline == "Sebelum migrasi" and article.body == "isi"
    updated = store.articles.update(article.with_changes(body="sesudah"))
    assert updated.version == 2
    store.close()


def test_open_store_is_idempotent(db_url):
    open_store(db_url).close()
    store = open_store(db_url)
    assert current_revision(store.engine) == head_revision()
    store.close()
