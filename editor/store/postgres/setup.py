"""Setting up a newsroom database: schema, database-side rules and the first admin.

Run once by whoever administers the PostgreSQL server, with a login that may create roles (a
superuser, or the database owner with CREATEROLE). That login becomes the schema owner: the
"service" identity for maintenance and imports. Everybody else then connects with their own
login, created by an admin with ``redaksi newsroom add-user``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from editor.store import StoreError, User, open_store
from editor.store.db import create_store_engine, current_revision, upgrade
from editor.store.postgres.security import install


@dataclass(frozen=True, slots=True)
class SetupResult:
    revision: str
    owner: str
    admin: User


def setup_newsroom(url: str, admin: str, password: str | None,
                   display_name: str = "") -> SetupResult:
    """Migrate ``url`` to head, (re)install the rules and create or reset the admin login.

    Idempotent: running it again refreshes grants and policies and resets the admin's
    password when one is given.
    """
    engine = create_store_engine(url)
    try:
        if engine.dialect.name != "postgresql":
            raise StoreError("mode newsroom memerlukan PostgreSQL (alamat postgresql://...)")
        upgrade(engine)
        with engine.begin() as conn:
            install(conn)
            conn.execute(text("SELECT redaksi_add_user(:n, 'admin', :p, :d)"),
                         {"n": admin, "p": password, "d": display_name})
            owner = conn.execute(text("SELECT current_user")).scalar_one()
        revision = current_revision(engine) or ""
    finally:
        engine.dispose()
    store = open_store(url, migrate=False)
    try:
        return SetupResult(revision, owner, store.users.get(admin))
    finally:
        store.close()
