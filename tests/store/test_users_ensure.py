"""Who a person is on a database: nobody silently becomes admin, and on PostgreSQL users
come only from the server's admins."""

from __future__ import annotations

import pytest

from editor.domain.workflow import Role
from editor.store.errors import UserNotFound


def test_first_user_of_an_empty_local_database_is_a_reporter(tmp_path):
    from editor.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        assert store.users.list() == []
        assert store.users.ensure("ana").role is Role.REPORTER
        assert store.users.ensure("budi", Role.ADMIN).role is Role.ADMIN
        # An existing user keeps the role stored for them, whatever is asked.
        assert store.users.ensure("ana", Role.ADMIN).role is Role.REPORTER
        assert {u.name: u.role for u in store.users.list()} == {"ana": Role.REPORTER,
                                                                 "budi": Role.ADMIN}
    finally:
        store.close()


def test_postgresql_never_creates_a_user_on_first_sight(pg_url):
    from editor.store import open_store

    store = open_store(pg_url)
    try:
        with pytest.raises(UserNotFound):
            store.users.ensure("tamu_baru", Role.ADMIN)
        assert all(u.name != "tamu_baru" for u in store.users.list())
    finally:
        store.close()
