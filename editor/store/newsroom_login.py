"""Signing in to a newsroom's PostgreSQL server from the app's first-run wizard.

The wizard asks for the server's address and the person's own login and password, and
:func:`check_newsroom_login` tries them *before* anything is saved: it connects as that
login and reads, from the server, which Redaksi user and role the login is. The role is
never taken from the wizard: on a shared server it is what the admins gave the login.

Passwords are not kept in Redaksi's settings. :func:`remember_password` writes them where
every libpq client (psql, psycopg) looks, the user's ``~/.pgpass`` (or ``$PGPASSFILE``),
readable by the owner only; the saved database address carries no password.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from editor.domain.workflow import Role

CONNECT_TIMEOUT_S = 8
DEFAULT_PORT = 5432


class NewsroomLoginError(Exception):
    """The address or login does not work; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class NewsroomAddress:
    host: str
    port: int
    database: str
    login: str

    def url(self, password: str | None = None) -> str:
        """SQLAlchemy URL (psycopg 3); without ``password`` it is safe to store and show."""
        return URL.create("postgresql+psycopg", username=self.login, password=password or None,
                          host=self.host, port=self.port,
                          database=self.database).render_as_string(hide_password=False)


@dataclass(frozen=True, slots=True)
class NewsroomLogin:
    """What the server says about a login: its Redaksi user and role."""

    address: NewsroomAddress
    user: str
    role: Role
    server_version: str


def check_newsroom_login(address: NewsroomAddress, password: str) -> NewsroomLogin:
    """Connect as ``address.login`` and read its Redaksi user and role from the server.

    Raises NewsroomLoginError when the server cannot be reached, the password is refused,
    the database is not a Redaksi newsroom, or the login is not (or no longer) a user.
    """
    for field, value in (("alamat server", address.host), ("basis data", address.database),
                         ("login", address.login)):
        if not value.strip():
            raise NewsroomLoginError(f"{field} belum diisi")
    engine = create_engine(address.url(password), poolclass=NullPool,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as conn:
            login = str(conn.execute(text("SELECT session_user")).scalar_one())
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
            if conn.execute(text("SELECT to_regclass('users')")).scalar_one() is None:
                raise NewsroomLoginError(
                    f"basis data {address.database!r} belum disiapkan untuk Redaksi "
                    "(admin menjalankan: redaksi newsroom setup)")
            try:
                row = conn.execute(text("SELECT role, active FROM users WHERE name = :n"),
                                   {"n": login}).first()
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", "") != "42501":
                    raise
                row = None  # not even a member of the Redaksi groups
    except NewsroomLoginError:
        raise
    except DBAPIError as exc:
        raise NewsroomLoginError(_plain(exc)) from exc
    except SQLAlchemyError as exc:
        raise NewsroomLoginError(str(exc)) from exc
    finally:
        engine.dispose()
    if row is None or not row.active:
        raise NewsroomLoginError(
            f"login {login!r} tersambung, tetapi bukan pengguna Redaksi yang aktif di server "
            f"ini; minta admin menjalankan: redaksi newsroom add-user {login} --role ...")
    return NewsroomLogin(address, login, Role(row.role), version)


def _plain(exc: DBAPIError) -> str:
    """The server's own first line (e.g. password authentication failed), without SQL."""
    diag = getattr(exc.orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(exc.orig)
    return f"tidak bisa masuk ke server: {message.strip().splitlines()[0]}"


def pgpass_file() -> Path:
    """Where libpq looks for passwords: ``$PGPASSFILE`` or ``~/.pgpass``
    (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows)."""
    env = os.environ.get("PGPASSFILE")
    if env:
        return Path(env)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(address: NewsroomAddress, password: str,
                      path: Path | None = None) -> Path:
    """Add (or replace) this login's line in the pgpass file, owner-only (0600)."""
    path = path or pgpass_file()
    key = ":".join(_pgpass_field(v) for v in (address.host, str(address.port),
                                              address.database, address.login))
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    kept = [ln for ln in lines if not ln.startswith(key + ":")]
    kept.append(f"{key}:{_pgpass_field(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(kept) + "\n")
    os.replace(tmp, path)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    return path
