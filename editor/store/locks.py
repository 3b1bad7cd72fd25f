"""Edit locks: an article open for editing is read-only for everyone else.

A lock lives while its holder's app sends heartbeats; after ``LOCK_TTL`` without one the
holder is considered gone and anyone may take the article. An editor or admin may take over a
live lock (recorded in the audit trail). Locks are a courtesy that prevents wasted work — the
version check on every save stays the guard against lost updates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from editor.domain.dateline import utc_now
from editor.domain.workflow import Role, TransitionRefused
from editor.store.errors import ArticleLocked, ArticleNotFound, UserNotFound
from editor.store.events import record_event
from editor.store.models import ArticleRow, LockRow, UserRow

LOCK_TTL = timedelta(seconds=120)


@dataclass(frozen=True, slots=True)
class Lock:
    article_id: int
    holder: str
    acquired_at: datetime
    heartbeat_at: datetime

    def is_live(self, now: datetime | None = None) -> bool:
        return (now or utc_now()) - self.heartbeat_at < LOCK_TTL


def live_lock(session: Session, article_id: int, now: datetime | None = None) -> Lock | None:
    """The article's lock if its holder is still there (inside the caller's transaction)."""
    row = session.get(LockRow, article_id)
    if row is None:
        return None
    lock = Lock(row.article_id, row.holder, row.acquired_at, row.heartbeat_at)
    return lock if lock.is_live(now) else None


def check_not_locked_by_other(session: Session, article_id: int, user: str) -> None:
    lock = live_lock(session, article_id)
    if lock is not None and lock.holder != user:
        raise ArticleLocked(article_id, lock.holder, lock.acquired_at)


class LockRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _database_keeps_trail(self) -> bool:
        """PostgreSQL personal login: lock times and takeovers are recorded by the database
        (``content_rules.sql``); the app writes no events there."""
        if self._engine.dialect.name != "postgresql":
            return False
        from editor.store.postgres.content import through_functions

        return through_functions(self._engine)

    def get(self, article_id: int) -> Lock | None:
        """The live lock on an article, or None (no lock, or its holder is gone)."""
        with self._sessions() as session:
            return live_lock(session, article_id)

    def acquire(self, article_id: int, user: str) -> Lock:
        """Take the lock, or renew it if already ours; ArticleLocked if someone else has it."""
        for _attempt in range(3):
            try:
                return self._acquire(article_id, user)
            except IntegrityError:  # another session created the lock at the same moment
                lock = self.get(article_id)
                if lock is not None:
                    raise ArticleLocked(article_id, lock.holder, lock.acquired_at) from None
                # ...and already let it go again (or it was not visible to us): try again.
        return self._acquire(article_id, user)

    def _acquire(self, article_id: int, user: str) -> Lock:
        now = utc_now()
        with self._sessions.begin() as session:
            if session.get(ArticleRow, article_id) is None:
                raise ArticleNotFound(article_id)
            row = session.get(LockRow, article_id, with_for_update=True)
            if row is None:
                row = LockRow(article_id=article_id, holder=user, acquired_at=now,
                              heartbeat_at=now)
                session.add(row)
                session.flush()
            elif row.holder == user:
                row.heartbeat_at = now
            else:
                current = Lock(row.article_id, row.holder, row.acquired_at, row.heartbeat_at)
                if current.is_live(now):
                    raise ArticleLocked(article_id, row.holder, row.acquired_at)
                if not self._database_keeps_trail():
                    record_event(session, article_id=article_id, kind="lock-expired",
                                 user=user, detail={"previous_holder": row.holder})
                row.holder, row.acquired_at, row.heartbeat_at = user, now, now
            return Lock(article_id, row.holder, row.acquired_at, row.heartbeat_at)

    def heartbeat(self, article_id: int, user: str) -> bool:
        """Keep our lock alive; False when we no longer hold it (taken over or expired)."""
        with self._sessions.begin() as session:
            row = session.get(LockRow, article_id, with_for_update=True)
            if row is None or row.holder != user:
                return False
            row.heartbeat_at = utc_now()
            return True

    def release(self, article_id: int, user: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(LockRow).where(LockRow.article_id == article_id,
                                                  LockRow.holder == user))

    def take_over(self, article_id: int, user: str) -> Lock:
        """An editor or admin takes a live lock from its holder (recorded)."""
        now = utc_now()
        with self._sessions.begin() as session:
            role_value = session.scalar(select(UserRow.role).where(UserRow.name == user))
            if role_value is None:
                raise UserNotFound(user)
            if Role(role_value) not in (Role.EDITOR, Role.ADMIN):
                raise TransitionRefused(
                    f"hanya editor atau admin yang boleh mengambil alih naskah ({user}: "
                    f"{role_value})", "take-over-role", role=role_value)
            row = session.get(LockRow, article_id, with_for_update=True)
            previous = row.holder if row is not None else ""
            if row is None:
                if session.get(ArticleRow, article_id) is None:
                    raise ArticleNotFound(article_id)
                row = LockRow(article_id=article_id, holder=user, acquired_at=now,
                              heartbeat_at=now)
                session.add(row)
            else:
                row.holder, row.acquired_at, row.heartbeat_at = user, now, now
            if not self._database_keeps_trail():
                record_event(session, article_id=article_id, kind="takeover", user=user,
                             detail={"previous_holder": previous})
            return Lock(article_id, user, now, now)
