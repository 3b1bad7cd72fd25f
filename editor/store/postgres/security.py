"""Security in the database: roles, grants, row-level security, guards and definer functions.

In newsroom mode every person connects with their own PostgreSQL login (their Redaksi user
name). What they may do is decided by the server, not by the app, so a reporter with ``psql``
and their own password can do no more than the app would let them:

- Group roles ``redaksi_reporter``, ``redaksi_editor``, ``redaksi_admin`` (NOLOGIN, all members of
  ``redaksi_staff``) carry the table privileges; personal logins are members of one of them.
- The Redaksi role that decides workflow rights is the ``users`` row named like the login;
  only the schema owner and ``redaksi_add_user()`` (admins) may write ``users``.
- An article's ``status`` and ``published_at`` change only inside ``redaksi_transition()``, a
  SECURITY DEFINER function that checks ``session_user``'s role against ``redaksi_transitions``
  (seeded from :data:`editor.domain.workflow.TRANSITIONS`), the edit lock and the note, then
  moves the state, bumps the version and writes the revision and the audit event at once.
  A guard trigger refuses any other change of those columns, and any hand-written
  ``transition`` event.
- Authors are stamped: rows written by a personal login carry ``session_user`` as their
  author/editor/user, whatever the client sent, so the audit trail cannot be forged.
- Edit locks are row-level secured: a login may only hold locks in its own name, may take a
  lock whose holder is gone, and only editors and admins may take a live one.
- The related-articles index (``search_*``) is written by every desk's app after its saves,
  through ``redaksi_index_write()`` only (see ``content_rules.sql``): entries for an article's
  current, not yet indexed version; frequencies counted by the database.
- The proofreader's term lexicon (``spelling_*``) is read-only for personal logins: the
  database counts the terms of their writes itself, in the same transaction (a trigger on
  ``articles`` running ``redaksi_count_text()``, see ``content_rules.sql``);
  ``redaksi_terms_write(ids)`` only catches up versions the service login left uncounted.
- Content (articles, tags, revisions, comments, the audit trail) is written by personal logins
  only through the definer functions of ``content_rules.sql`` (:mod:`.content`).
- Desk changes are announced with ``pg_notify('redaksi_desk', json)`` by triggers, inside the
  transaction that made them (see :mod:`editor.store.postgres.notifications`).

The schema owner (whoever ran the migrations, usually the setup command's login) is the
"service" identity: its sessions and the definer functions are not restricted, like the
single-user SQLite store.

The SQL lives in ``.sql`` files beside this module (``roles``, ``newsroom_schema``,
``content_rules``, ``transitions``, ``users``, ``adopt_logins``, ``grants``, ``media_grants``);
:func:`build_script` puts them together with what is generated from the domain (the transition
and edit tables, the function owners and privileges) into one script. ``install()`` runs the
live script (``redaksi newsroom setup``); migrations never do: each runs its own pinned copy
(``editor/store/migrations/sql/<revision>_*.sql``, written by ``scripts/pin_migration_sql.py``)
through :func:`run_script`, so a later edit of the live SQL cannot change what an old migration
does. A change of the live SQL therefore comes with a new migration that pins it (a test
checks that the migration chain ends where the live script does).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from editor.domain.editing import edit_rule_rows
from editor.domain.workflow import TRANSITIONS
from editor.store.locks import LOCK_TTL
from editor.store.postgres.content import CONTENT_FUNCTIONS, content_rules_sql, grants_sql

GROUP_ROLES = ("redaksi_reporter", "redaksi_editor", "redaksi_admin")
STAFF_ROLE = "redaksi_staff"
NOTIFY_CHANNEL = "redaksi_desk"

# SQLSTATEs raised by the functions and guards (class "RK": Redaksi). Python maps them back to
# the store's exceptions in editor.store.postgres.workflow.
SQLSTATE_REFUSED = "RK001"       # role, state or missing note
SQLSTATE_NO_USER = "RK002"
SQLSTATE_NO_ARTICLE = "RK003"
SQLSTATE_LOCKED = "RK004"
SQLSTATE_IMPERSONATION = "RK005"
SQLSTATE_FORBIDDEN = "42501"     # insufficient_privilege, for the guard triggers

#: The functions of newsroom_schema.sql, transitions.sql and users.sql, then the content rules'.
FUNCTIONS = (
    "redaksi_privileged()", "redaksi_session_role()", "redaksi_is_desk()",
    "redaksi_articles_guard()", "redaksi_stamp_author()", "redaksi_notify_event()",
    "redaksi_notify_lock()", "redaksi_transition(integer, text, text, text)",
    "redaksi_add_user(text, text, text, text)",
    *CONTENT_FUNCTIONS,
)
#: Tables the rules create (owned by the schema owner, like the app's tables).
RULE_TABLES = ("redaksi_transitions", "redaksi_edit_rules", "redaksi_logins")

PINNED_DIR = Path(__file__).resolve().parents[1] / "migrations" / "sql"


def sql_file(name: str) -> str:
    """One of the live ``.sql`` files beside this module."""
    return resources.files("editor.store.postgres").joinpath(name).read_text(encoding="utf-8")


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _quote_ident(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    return _quote_literal(str(value))


def _values(table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    values = ",\n  ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows)
    return f"DELETE FROM {table};\nINSERT INTO {table} ({', '.join(columns)}) VALUES\n  {values};"


def transition_rows() -> list[tuple[str, str, str, str, bool]]:
    """(action, from, to, role, note_required) for every allowed cell of the domain table."""
    return sorted(
        (t.action.value, source.value, t.target.value, role.value, t.note_required)
        for t in TRANSITIONS.values() for source in t.sources for role in t.roles
    )


def _render_static(sql: str) -> str:
    """Fill in what is the same for every database (the notice channel, the lock time)."""
    ttl = _quote_literal(f"{int(LOCK_TTL.total_seconds())} seconds") + "::interval"
    return sql.replace("@CHANNEL@", _quote_literal(NOTIFY_CHANNEL)).replace("@TTL@", ttl)


def build_script() -> str:
    """The whole live install as one SQL script, with ``@OWNER@``/``@OWNER_IDENT@`` (the
    schema owner as literal/identifier) and ``@SCHEMA@`` left for :func:`run_script`."""
    parts = [
        sql_file("roles.sql"),
        _render_static(sql_file("newsroom_schema.sql")),
        _render_static(content_rules_sql()),
        _render_static(sql_file("transitions.sql")),
        _render_static(sql_file("users.sql")),
        "\n".join(f"ALTER FUNCTION {signature} OWNER TO @OWNER_IDENT@;"
                  for signature in FUNCTIONS),
        "\n".join(f"ALTER TABLE {table} OWNER TO @OWNER_IDENT@;" for table in RULE_TABLES),
        _values("redaksi_transitions", ("action", "from_status", "to_status", "role",
                                        "note_required"), transition_rows()),
        _values("redaksi_edit_rules", ("role", "status", "others", "kind"),
                [tuple(row) for row in edit_rule_rows()]),
        sql_file("adopt_logins.sql"),
        _render_static(sql_file("grants.sql")),
        grants_sql() + "\n",
        sql_file("media_grants.sql"),
    ]
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


def _driver(conn: Connection) -> Any:
    """The psycopg connection under ``conn`` (same transaction): it runs multi-statement SQL
    without treating ``%`` as a placeholder."""
    return conn.connection.driver_connection


def run_script(conn: Connection, script: str, *, creates_roles: bool = True) -> None:
    """Run an install script (live or pinned) in the caller's transaction, for this
    database's schema owner and schema.

    Needs a login that owns the schema's tables and, when the script creates the group roles
    and they are missing, may create roles (the setup command's superuser or an owner with
    CREATEROLE); the group roles are created once per cluster.
    """
    raw = _driver(conn)
    owner, schema = raw.execute(
        "SELECT tableowner, current_schema() FROM pg_tables "
        "WHERE tablename = 'articles' AND schemaname = current_schema()").fetchone()
    if creates_roles:
        can_create = raw.execute(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        missing = raw.execute(
            "SELECT count(*) FROM unnest(%s::text[]) r "
            "WHERE r NOT IN (SELECT rolname FROM pg_roles)",
            ([STAFF_ROLE, *GROUP_ROLES],)).fetchone()[0]
        if missing and not can_create:
            raise PermissionError(
                "peran grup redaksi_* belum ada dan login ini tidak boleh membuat peran: "
                "jalankan 'redaksi newsroom setup' sebagai superuser PostgreSQL (atau login "
                "dengan CREATEROLE)")
    if "und-x-icu" in script and raw.execute(
            "SELECT to_regcollation('\"und-x-icu\"') IS NULL").fetchone()[0]:
        raise RuntimeError(
            "PostgreSQL ini dibangun tanpa ICU (kolasi \"und-x-icu\" tidak ada): mode newsroom "
            "memerlukan PostgreSQL dengan ICU untuk menghitung kata seperti aplikasi")
    raw.execute(script.replace("@OWNER_IDENT@", _quote_ident(owner))
                .replace("@OWNER@", _quote_literal(owner))
                .replace("@SCHEMA@", _quote_ident(schema)))


def run_pinned(conn: Connection, name: str, *, creates_roles: bool = True) -> None:
    """Run a migration's pinned script ``editor/store/migrations/sql/<name>``."""
    run_script(conn, (PINNED_DIR / name).read_text(encoding="utf-8"),
               creates_roles=creates_roles)


def install(conn: Connection) -> None:
    """Create or refresh every database-side rule from the live SQL (idempotent), in the
    caller's transaction: what ``redaksi newsroom setup`` runs on an up-to-date database."""
    run_script(conn, build_script())
