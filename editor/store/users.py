"""Users and their roles. On a laptop the local user needs no password; in newsroom mode
each person is also their own database login, so names are kept login-safe."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import sessionmaker

from editor.domain.dateline import utc_now
from editor.domain.workflow import Role
from editor.store.errors import UserNotFound
from editor.store.models import UserRow

_NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")


def valid_user_name(name: str) -> bool:
    """Login-safe: lower-case letters, digits, ``._-``, starting with a letter (≤ 63)."""
    return bool(_NAME.match(name))


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    display_name: str
    role: Role
    active: bool


class UserExists(ValueError):
    pass


class UserRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def add(self, name: str, role: Role | str, display_name: str = "",
            password: str | None = None) -> User:
        """Add a user. On PostgreSQL the user is also a database login (created by the
        database function ``redaksi_add_user``, which only admins may call); ``password`` sets
        its password there and is ignored on SQLite."""
        name = name.strip()
        if not _NAME.match(name):
            raise ValueError(
                f"nama pengguna {name!r} tidak sah: huruf kecil, angka, titik, garis bawah atau "
                "tanda hubung, diawali huruf"
            )
        role = Role(role)
        if self._engine.dialect.name == "postgresql":
            return self._add_login(name, role, display_name, password)
        try:
            with self._sessions.begin() as session:
                row = UserRow(name=name, display_name=display_name or name, role=role.value,
                              active=True, created_at=utc_now())
                session.add(row)
                session.flush()
                return _to_user(row)
        except IntegrityError as exc:
            raise UserExists(f"pengguna {name!r} sudah ada") from exc

    def _add_login(self, name: str, role: Role, display_name: str,
                   password: str | None) -> User:
        with self._sessions.begin() as session:
            if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
                raise UserExists(f"pengguna {name!r} sudah ada")
            try:
                session.execute(text("SELECT redaksi_add_user(:n, :r, :p, :d)"),
                                {"n": name, "r": role.value, "p": password, "d": display_name})
            except DBAPIError as exc:
                diag = getattr(exc.orig, "diag", None)
                message = getattr(diag, "message_primary", None) or str(exc.orig)
                if getattr(exc.orig, "sqlstate", "") == "42501":
                    raise PermissionError(
                        f"hanya admin yang boleh menambah pengguna ({message})") from exc
                raise ValueError(message) from exc
        return self.get(name)

    def get(self, name: str) -> User:
        with self._sessions() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name))
            if row is None:
                raise UserNotFound(name)
            return _to_user(row)

    def list(self) -> list[User]:
        with self._sessions() as session:
            return [_to_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]

    def ensure(self, name: str, role: Role | str = Role.REPORTER) -> User:
        """The user called ``name``; on a local database created with ``role`` on first use.

        Nobody becomes admin without asking for it: the first-run wizard asks for the name
        and role, anything else starts as a reporter (an admin changes roles). On PostgreSQL
        users are created only by admins (``redaksi newsroom add-user``), so a login without
        a user row raises UserNotFound instead of creating one.
        """
        try:
            return self.get(name)
        except UserNotFound:
            if self._engine.dialect.name == "postgresql":
                raise
        try:
            return self.add(name, role)
        except UserExists:  # created concurrently by another window
            return self.get(name)

    def set_role(self, name: str, role: Role | str) -> User:
        with self._sessions.begin() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name))
            if row is None:
                raise UserNotFound(name)
            row.role = Role(role).value
            return _to_user(row)


def _to_user(row: UserRow) -> User:
    return User(row.id, row.name, row.display_name, Role(row.role), row.active)
