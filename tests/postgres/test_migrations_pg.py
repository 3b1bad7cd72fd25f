"""Migrations on PostgreSQL: from an empty database, and from the previous version with data
in it; the newsroom revision installs its rules and can be taken back down and up again."""

from __future__ import annotations

from sqlalchemy import inspect

from editor.domain.workflow import Status
from editor.store import open_store
from editor.store.db import create_store_engine, current_revision, head_revision, upgrade
from editor.store.models import Base


def _installed(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            "functions": conn.exec_driver_sql(
                "SELECT count(*) FROM pg_proc WHERE proname LIKE 'redaksi\\_%%'").scalar_one(),
            "triggers": conn.exec_driver_sql(
                "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'redaksi\\_%%'").scalar_one(),
            "policies": conn.exec_driver_sql(
                "SELECT count(*) FROM pg_policies WHERE policyname LIKE 'redaksi\\_%%'"
            ).scalar_one(),
        }


def test_empty_database_reaches_head_with_the_rules(pg_empty_url):
    engine = create_store_engine(pg_empty_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    assert set(Base.metadata.tables) | {"redaksi_transitions"} <= tables
    for table in Base.metadata.sorted_tables:
        columns = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert {c.name for c in table.columns} <= set(columns), table.name
        for column in table.columns:  # UTC timestamps are timestamptz on PostgreSQL
            if "DATETIME" in str(column.type).upper() or "TIMESTAMP" in str(column.type).upper():
                assert columns[column.name]["type"].timezone, (table.name, column.name)
    assert _installed(engine) == {"functions": 30, "triggers": 11, "policies": 6}
    engine.dispose()


def _staff_writes_lexicon(engine) -> bool:
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT has_table_privilege('redaksi_staff', 'spelling_counts', 'INSERT') "
            "OR has_table_privilege('redaksi_staff', 'spelling_docs', 'DELETE')").scalar_one()


def test_0009_takes_the_term_lexicon_away_from_personal_logins(pg_empty_url):
    """A database at 0008 (desk logins write spelling_* freely) upgrades to the definer
    function, and downgrades back."""
    from alembic import command

    from editor.store.db import alembic_config

    engine = create_store_engine(pg_empty_url)
    upgrade(engine, "0008")
    with engine.begin() as conn:  # as 0005 and the 0008-era install() left it
        conn.exec_driver_sql("GRANT SELECT, INSERT, UPDATE, DELETE ON spelling_counts, "
                             "spelling_docs TO redaksi_staff")
    assert _staff_writes_lexicon(engine)
    upgrade(engine)
    assert not _staff_writes_lexicon(engine)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    assert _staff_writes_lexicon(engine)
    assert _installed(engine)["functions"] == 28  # without redaksi_terms_write
    upgrade(engine)
    assert not _staff_writes_lexicon(engine)
    engine.dispose()


def test_previous_version_with_data_upgrades_and_downgrades(pg_empty_url):
    engine = create_store_engine(pg_empty_url)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO users (name, display_name, role, active, created_at) VALUES "
            "('lama', 'Lama', 'editor', true, '2024-01-01 00:00:00+00')")
        conn.exec_driver_sql(
            "INSERT INTO articles (headline, body, dateline, location, bylines, related, "
            "status, version, created_at, updated_at) VALUES ('Sebelum migrasi', 'isi', "
            "'{}', '{}', '[]', '[]', 'submitted', 1, '2024-01-01 00:00:00+00', "
            "'2024-01-01 00:00:00+00')")
        conn.exec_driver_sql(
            "INSERT INTO revisions (article_id, version, kind, author, created_at, status, "
            "snapshot) VALUES (1, 1, 'create', '', '2024-01-01 00:00:00+00', 'submitted', "
            "'{\"headline\": \"Sebelum migrasi\", \"body\": \"isi\"}')")
    upgrade(engine)
    assert current_revision(engine) == head_revision()

    from alembic import command

    from editor.store.db import alembic_config

    config = alembic_config()
    with engine.begin() as conn:  # down below the content rules (0006)...
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    assert _installed(engine) == {"functions": 9, "triggers": 7, "policies": 6}
    with engine.begin() as conn:  # ...below the newsroom rules, and up again
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    assert _installed(engine) == {"functions": 0, "triggers": 0, "policies": 0}
    upgrade(engine)
    engine.dispose()

    store = open_store(pg_empty_url)
    article = store.articles.get(1)
    assert article.headline == "Sebelum migrasi" and article.status is Status.SUBMITTED
    result = store.workflow.transition(1, "approve", "lama")
    assert result.to_status is Status.APPROVED and result.version == 2
    assert store.articles.revisions(1)[-1].snapshot["body"] == "isi"
    store.close()
    open_store(pg_empty_url).close()  # idempotent
