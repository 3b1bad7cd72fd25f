"""Shared fixtures. Stores are real SQLite files in a temporary folder, or real PostgreSQL
databases (no mocks)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.is_dir():
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"
if os.environ.get("REDAKSI_SHARED_DIR"):  # a worktree that does not sit beside ../shared
    SHARED = Path(os.environ["REDAKSI_SHARED_DIR"])


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder (standards, data); tests needing it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: standards and data are not available")
    return SHARED


@pytest.fixture
def db_url(request, tmp_path: Path) -> str:
    """An empty database: an SQLite file, or PostgreSQL with REDAKSI_TEST_STORE_BACKEND set."""
    if os.environ.get(STORE_BACKEND_ENV, "sqlite") == "postgresql":
        return request.getfixturevalue("pg_empty_url")
    return f"sqlite:///{tmp_path / 'redaksi-test.db'}"


@pytest.fixture
def store(db_url: str):
    from editor.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


# -- PostgreSQL (newsroom mode) ------------------------------------------------------------
#
# REDAKSI_TEST_PG_URL names a server and a login allowed to create databases and roles (CI
# starts one in .ci/run). Each test gets its own database, cloned from a template migrated
# once per session, so tests never see each other's rows. Without the variable PostgreSQL
# tests skip on a developer machine, but fail in CI (CI=true), where skipping would hide them.
# REDAKSI_TEST_STORE_BACKEND=postgresql makes the ordinary ``db_url``/``store`` fixtures hand out
# PostgreSQL databases, so the existing store and workflow suites run unchanged on PostgreSQL.

PG_URL_ENV = "REDAKSI_TEST_PG_URL"
STORE_BACKEND_ENV = "REDAKSI_TEST_STORE_BACKEND"


def _require_pg_url() -> str:
    url = os.environ.get(PG_URL_ENV, "").strip()
    if url:
        return url
    reason = (f"{PG_URL_ENV} is not set: no PostgreSQL server to test newsroom mode against "
              "(bash .ci/run starts one)")
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}; in CI these tests must run, not skip", pytrace=False)
    pytest.skip(reason)


class PgServer:
    """Creates and drops throw-away databases (and remembers logins tests create)."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._counter = 0
        self._template: str | None = None
        self._databases: list[str] = []
        self._roles_before = set(self._scalars("SELECT rolname FROM pg_roles"))

    def _conninfo(self, database: str | None = None) -> str:
        url = self.admin_url.set(drivername="postgresql")
        if database:
            url = url.set(database=database)
        return url.render_as_string(hide_password=False)

    def _scalars(self, sql: str) -> list:
        import psycopg

        with psycopg.connect(self._conninfo(), autocommit=True) as conn:
            return [r[0] for r in conn.execute(sql)]

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self._conninfo(), autocommit=True) as conn:
            conn.execute(sql)

    def url(self, database: str) -> str:
        return self.admin_url.set(database=database).render_as_string(hide_password=False)

    def login_url(self, database: str, user: str, password: str) -> str:
        """URL of ``database`` for a person's own login (newsroom mode)."""
        url = self.admin_url.set(database=database, username=user, password=password)
        return url.render_as_string(hide_password=False)

    def create_database(self, *, migrated: bool) -> str:
        self._counter += 1
        name = f"redaksi_t{os.getpid()}_{self._counter}"
        template = self.template() if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self._databases.append(name)
        return name

    def template(self) -> str:
        """A database migrated to head once per session, cloned for each test."""
        if self._template is None:
            from editor.store import open_store

            name = f"redaksi_tpl{os.getpid()}"
            self._execute(f'DROP DATABASE IF EXISTS "{name}"')
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            self._databases.append(name)
            open_store(self.url(name)).close()
            self._template = name
        return self._template

    def drop_database(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self._databases:
            self._databases.remove(name)

    def close(self) -> None:
        for name in list(self._databases):
            self.drop_database(name)
        # Logins are cluster-wide: drop the ones this session's tests created.
        import psycopg

        for role in set(self._scalars("SELECT rolname FROM pg_roles")) - self._roles_before:
            try:
                self._execute(f'DROP ROLE IF EXISTS "{role}"')
            except psycopg.Error as exc:  # still used elsewhere on a shared server: leave it
                import warnings

                warnings.warn(f"test login {role} left on the server: {exc}", stacklevel=1)


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer(_require_pg_url())
    yield server
    server.close()


@pytest.fixture
def pg_database(pg_server) -> str:
    """Name of a fresh database migrated to head (its own, dropped afterwards)."""
    name = pg_server.create_database(migrated=True)
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server, pg_database) -> str:
    """SQLAlchemy URL of a fresh migrated PostgreSQL database, as the server's admin login."""
    return pg_server.url(pg_database)


@pytest.fixture
def pg_empty_url(pg_server) -> str:
    """SQLAlchemy URL of a fresh EMPTY PostgreSQL database (for migration tests)."""
    name = pg_server.create_database(migrated=False)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """The same test on an SQLite file and on a PostgreSQL database."""
    from editor.store import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'redaksi-any.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    s = open_store(url)
    yield s
    s.close()
