"""Newsroom mode: what only PostgreSQL provides.

- :mod:`.security` installs the database-side rules: group roles, grants, row-level security,
  guard triggers and the SECURITY DEFINER functions through which transitions and user
  management go, so a person's own login cannot do more than their Redaksi role allows.
- :mod:`.setup` creates the schema, the rules and the first admin (``redaksi newsroom setup``).
- :mod:`.workflow` runs a transition through the database function and maps its errors.
- :mod:`.notifications` listens for desk changes (LISTEN/NOTIFY) on its own thread.

Nothing here imports Qt; the SQLite store never imports this package.
"""

from __future__ import annotations

from sqlalchemy import Engine


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def current_login(engine: Engine) -> str:
    """The PostgreSQL login of this store's connections: in newsroom mode, the Redaksi user."""
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT session_user").scalar_one())


__all__ = ["current_login", "is_postgresql"]
