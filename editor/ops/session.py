"""Opening a session: which database, who the user is, whether this is newsroom mode, and
the desk's live notices. The UI's start-up and the first-run wizard ask here, not the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.domain.workflow import Role
from editor.store import Store, StoreError, User, open_store
from editor.store.db import ENV_DATABASE_URL, default_database_url
from editor.store.newsroom_login import (
    DEFAULT_PORT,
    NewsroomAddress,
    NewsroomLogin,
    check_newsroom_login,
    pgpass_file,
    remember_password,
)
from editor.store.users import valid_user_name

__all__ = [
    "DEFAULT_PORT", "ENV_DATABASE_URL", "NewsroomAddress", "NewsroomLogin", "StoreError",
    "check_newsroom_login", "current_login", "database_label", "default_database_url",
    "desk_listener", "ensure_user", "is_newsroom", "open_store", "pgpass_file",
    "remember_password", "valid_user_name",
]


def is_newsroom(store: Store) -> bool:
    """True for a PostgreSQL store (newsroom mode: people log in as themselves)."""
    return store.engine.dialect.name == "postgresql"


def current_login(store: Store) -> str:
    """The PostgreSQL login of the store's connections: in newsroom mode, the Redaksi user."""
    from editor.store.postgres import current_login as login_of

    return login_of(store.engine)


def database_label(store: Store) -> str:
    """The store's address for logs and the About box, never with a password."""
    return store.engine.url.render_as_string(hide_password=True)


def ensure_user(store: Store, name: str, role: Role | str = Role.REPORTER) -> User:
    """The user ``name``, added with ``role`` on first use (the single-user laptop)."""
    return store.users.ensure(name, role)


def desk_listener(store: Store, callback: Callable[[Any], None], *,
                  ignore_user: str | None = None,
                  on_error: Callable[[Exception], None] | None = None) -> Any:
    """A listener for the desk's change notices on a PostgreSQL store (its own connection
    and thread; ``start()``/``stop()``), calling ``callback(notice)``."""
    from editor.store.postgres.notifications import DeskListener

    url = store.engine.url.render_as_string(hide_password=False)
    return DeskListener(url, callback, ignore_user=ignore_user, on_error=on_error)
