"""Migrations run their own pinned copy of the newsroom SQL, and the chain ends where the live
SQL does.

Each migration that installs database-side rules runs ``editor/store/migrations/sql/<rev>_*.sql``
(what the rules were at that revision), never the live ``editor/store/postgres/*.sql``: an
edit of the live SQL cannot change what an old migration does. A change of the live SQL
without a new pinning migration shows up here as a chain that ends somewhere else.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect

from editor.store.db import create_store_engine, upgrade
from editor.store.postgres.security import FUNCTIONS, PINNED_DIR, install

VERSIONS = Path(__file__).resolve().parents[2] / "editor" / "store" / "migrations" / "versions"

#: The functions migration 0004 (the newsroom rules) installs.
NEWSROOM_FUNCTIONS = FUNCTIONS[:9]


def _catalog(engine) -> dict[str, list[tuple]]:
    """What the rules are made of, in a form that does not depend on the order of grants."""
    queries = {
        "functions": """
            SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid),
                   pg_get_userbyid(p.proowner),
                   coalesce((SELECT string_agg(a.grantee::regrole::text || ':' ||
                                               a.privilege_type, ',' ORDER BY 1)
                             FROM aclexplode(p.proacl) a), 'default')
              FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
               AND p.proname LIKE 'redaksi%%'""",
        "triggers": """
            SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger
             WHERE NOT tgisinternal""",
        "policies": """
            SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies
             WHERE schemaname = current_schema()""",
        "tables": """
            SELECT c.relname, pg_get_userbyid(c.relowner), c.relrowsecurity FROM pg_class c
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'S')""",
        "table grants": """
            SELECT c.relname, a.grantee::regrole::text, a.privilege_type
              FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.relnamespace = current_schema()::regnamespace""",
        "column grants": """
            SELECT c.relname, t.attname, a.grantee::regrole::text, a.privilege_type
              FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid,
                   aclexplode(t.attacl) a
             WHERE c.relnamespace = current_schema()::regnamespace""",
        "transitions": "SELECT * FROM redaksi_transitions",
        "edit rules": "SELECT * FROM redaksi_edit_rules",
    }
    with engine.connect() as conn:
        return {name: sorted(tuple("NULL" if v is None else str(v) for v in row)
                              for row in conn.exec_driver_sql(sql))
                for name, sql in queries.items()}


def _exists(engine, signatures) -> dict[str, bool]:
    with engine.connect() as conn:
        return {s: conn.exec_driver_sql("SELECT to_regprocedure(%s) IS NOT NULL",
                                        (s,)).scalar_one() for s in signatures}


def test_the_chain_installs_every_function_and_ends_where_the_live_sql_does(pg_empty_url):
    engine = create_store_engine(pg_empty_url)
    upgrade(engine)
    assert all(_exists(engine, FUNCTIONS).values()), _exists(engine, FUNCTIONS)
    through_the_chain = _catalog(engine)
    assert through_the_chain["transitions"] and through_the_chain["edit rules"]
    with engine.begin() as conn:
        install(conn)  # the live SQL, as `redaksi newsroom setup` runs it
    live = _catalog(engine)
    for part in live:
        assert through_the_chain[part] == live[part], (
            f"{part}: the live SQL differs from what the migrations installed; a change of "
            "editor/store/postgres/*.sql needs a new migration with a pinned copy "
            "(scripts/pin_migration_sql.py)")
    engine.dispose()


def test_0004_installs_its_rules_before_the_photos_column_exists(pg_empty_url):
    engine = create_store_engine(pg_empty_url)
    upgrade(engine, "0004")
    columns = {c["name"] for c in inspect(engine).get_columns("articles")}
    assert "photos" not in columns  # 0006 adds it
    assert all(_exists(engine, NEWSROOM_FUNCTIONS).values())
    assert not any(_exists(engine, ["redaksi_save_article(integer, integer, json, text, "
                                    "text[], text[], text, integer)"]).values())  # 0007's
    assert "search_pg" in inspect(engine).get_table_names()
    engine.dispose()


def test_migrations_run_pinned_files_never_the_live_installer():
    pinned = {p.name for p in PINNED_DIR.glob("*.sql")}
    for path in sorted(VERSIONS.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(install|build_script|grant_media|uninstall\w*)\(", source), \
            path.name
        for name in re.findall(r"run_pinned\(\w+, \"([^\"]+)\"", source):
            assert name in pinned, (path.name, name)
            # its own copy, or (in a downgrade) the one of the revision it goes back to
            down = re.search(r'^down_revision = "([^"]+)"', source, re.M)
            prefixes = (path.name.split("_")[0] + "_", (down.group(1) + "_") if down else "")
            assert name.startswith(tuple(p for p in prefixes if p)), (path.name, name)
    for name in pinned:  # pinned copies hold no live placeholder but the per-database ones
        text = (PINNED_DIR / name).read_text(encoding="utf-8")
        assert set(re.findall(r"@[A-Z_]+@", text)) <= {"@OWNER@", "@OWNER_IDENT@", "@SCHEMA@"}
