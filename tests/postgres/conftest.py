"""Newsroom fixtures: a fresh PostgreSQL database with people who log in as themselves."""

from __future__ import annotations

import psycopg
import pytest

from editor.store import Store, open_store

PASSWORD = "rahasia-uji-123"


class Newsroom:
    """One database: the service store (schema owner) and stores/connections per login."""

    def __init__(self, server, database: str) -> None:
        self.server = server
        self.database = database
        self.url = server.url(database)
        self.service = open_store(self.url)
        self._opened: list[Store] = [self.service]
        self._connections: list[psycopg.Connection] = []

    def add(self, name: str, role: str) -> str:
        self.service.users.add(name, role, password=PASSWORD)
        return name

    def login_url(self, name: str, password: str = PASSWORD) -> str:
        return self.server.login_url(self.database, name, password)

    def open(self, name: str) -> Store:
        """The app's store as ``name`` logs in (their own PostgreSQL login)."""
        store = open_store(self.login_url(name))
        self._opened.append(store)
        return store

    def connect(self, name: str) -> psycopg.Connection:
        """A raw connection as ``name``: what someone with psql and their password can do."""
        from sqlalchemy.engine import make_url

        url = make_url(self.login_url(name)).set(drivername="postgresql")
        conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
        self._connections.append(conn)
        return conn

    def close(self) -> None:
        for conn in self._connections:
            conn.close()
        for store in self._opened:
            store.close()


@pytest.fixture
def newsroom(pg_server, pg_database):
    room = Newsroom(pg_server, pg_database)
    yield room
    room.close()


@pytest.fixture(scope="session")
def newsroom_class():
    """The :class:`Newsroom` helper, for module-scoped rooms."""
    return Newsroom
