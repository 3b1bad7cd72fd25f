"""Workflow transitions enforced by the store, and an article's history.

Whoever calls (UI, CLI, a script), a transition is checked against the table in
``editor.domain.workflow`` with the caller's role from the users table, and against the edit
lock; a refused transition raises and changes nothing. An allowed one moves the status, bumps
the version (so an edit based on the old state cannot silently overwrite it), and records a
revision and an event in the same transaction. On PostgreSQL the same checks and writes run
inside the database (``editor.store.postgres``), so personal logins cannot go around them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Table, and_, insert, select, update
from sqlalchemy.orm import sessionmaker

from editor.domain.article import Article
from editor.domain.dateline import utc_now
from editor.domain.workflow import Action, Role, Status, TransitionRefused, check_transition
from editor.store.articles import ArticleRepository, Revision
from editor.store.articles.rows import to_article
from editor.store.errors import ArticleLocked, ArticleNotFound, UserNotFound, VersionConflict
from editor.store.events import Event, EventLog, record_event
from editor.store.locks import live_lock
from editor.store.models import ArticleRow, RevisionRow, UserRow
from editor.writing.required import FIELD_LABELS, missing_required_field_keys

ARTICLES = cast(Table, ArticleRow.__table__)
REVISIONS = cast(Table, RevisionRow.__table__)


def _refuse_missing_fields(article: Article, required: tuple[str, ...] | None) -> None:
    """The house's required fields before a submission (``fields``: their keys)."""
    keys = missing_required_field_keys(article, required)
    if keys:
        labels = ", ".join(FIELD_LABELS.get(k, k) for k in keys)
        raise TransitionRefused(f"belum bisa diajukan, belum diisi: {labels}",
                                "fields-missing", fields=tuple(keys))


@dataclass(frozen=True, slots=True)
class TransitionResult:
    article_id: int
    action: Action
    from_status: Status
    to_status: Status
    version: int


class WorkflowRepository:
    def __init__(self, engine: Engine, articles: ArticleRepository,
                 required_fields: tuple[str, ...] | None = None) -> None:
        #: Fields an article needs before it may be submitted (house list by default).
        self.required_fields = required_fields
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._articles = articles
        self._events = EventLog(engine)

    def role_of(self, user: str) -> Role:
        with self._sessions() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == user))
            if row is None or not row.active:
                raise UserNotFound(user)
            return Role(row.role)

    def transition(self, article_id: int, action: Action | str, user: str,
                   note: str = "") -> TransitionResult:
        """Take ``action`` on the article as ``user``; TransitionRefused says why not."""
        action = Action(action)
        if self._engine.dialect.name == "postgresql":
            return self._transition_in_database(article_id, action, user, note)
        now = utc_now()
        with self._sessions.begin() as session:
            role_value = session.scalar(
                select(UserRow.role).where(UserRow.name == user, UserRow.active.is_(True)))
            if role_value is None:
                raise UserNotFound(user)
            row = session.get(ArticleRow, article_id, with_for_update=True)
            if row is None:
                raise ArticleNotFound(article_id)
            current = Status(row.status)
            target = check_transition(action, current, Role(role_value), note)
            if action is Action.SUBMIT:
                _refuse_missing_fields(to_article(session, row), self.required_fields)
            lock = live_lock(session, article_id, now)
            if lock is not None and lock.holder != user:
                raise TransitionRefused(str(ArticleLocked(article_id, lock.holder,
                                                          lock.acquired_at)),
                                        "locked", holder=lock.holder, since=lock.acquired_at)
            values: dict[str, Any] = {"status": target.value, "version": row.version + 1,
                                      "updated_at": now, "updated_by": user}
            if target is Status.PUBLISHED and row.published_at is None:
                values["published_at"] = now
            result = session.execute(
                update(ARTICLES)
                .where(and_(ARTICLES.c.id == article_id, ARTICLES.c.version == row.version))
                .values(**values)
            )
            if cast(CursorResult[Any], result).rowcount != 1:  # a concurrent write came first
                raise VersionConflict(article_id, row.version, row.version + 1)
            snapshot = session.execute(
                select(REVISIONS.c.snapshot).where(REVISIONS.c.article_id == article_id)
                .order_by(REVISIONS.c.version.desc()).limit(1)
            ).scalar_one_or_none() or {}
            session.execute(insert(REVISIONS), {
                "article_id": article_id, "version": row.version + 1, "kind": "transition",
                "author": user, "created_at": now, "status": target.value,
                "snapshot": snapshot,
            })
            record_event(session, article_id=article_id, kind="transition", user=user,
                         action=action.value, from_status=current.value,
                         to_status=target.value, note=note.strip(),
                         detail={"version": row.version + 1, "role": role_value}, at=now)
        self._articles.notify_saved([article_id])
        return TransitionResult(article_id, action, current, target, row.version + 1)

    def _transition_in_database(self, article_id: int, action: Action, user: str,
                                note: str) -> TransitionResult:
        """PostgreSQL: the database function decides (so hand-written SQL cannot bypass it)."""
        from editor.store.postgres import workflow as pg_workflow

        with self._sessions.begin() as session:
            if action is Action.SUBMIT:
                self._check_required_fields(session, article_id, action, user, note)
            current, target, version = pg_workflow.transition(session, article_id, action,
                                                              user, note)
        self._articles.notify_saved([article_id])
        return TransitionResult(article_id, action, current, target, version)

    def _check_required_fields(self, session: Any, article_id: int, action: Action, user: str,
                               note: str) -> None:
        """The house's required fields before a submission (a house rule kept in Python; the
        database function decides roles, states and locks). Checked in the same order as on
        SQLite: only once the role and state would allow the submission."""
        role_value = session.scalar(
            select(UserRow.role).where(UserRow.name == user, UserRow.active.is_(True)))
        row = session.get(ArticleRow, article_id)  # the database function locks the row
        if role_value is None or row is None:
            return  # the database function says which is missing
        try:
            check_transition(action, Status(row.status), Role(role_value), note)
        except TransitionRefused:
            return  # refused by the database function, in the same words
        _refuse_missing_fields(to_article(session, row), self.required_fields)

    def history(self, article_id: int) -> list[Revision | Event]:
        """Revisions and events of an article, oldest first."""
        revisions = self._articles.revisions(article_id)
        events = self._events.query(article_id=article_id, limit=None)
        entries: list[Revision | Event] = [*revisions, *events]
        # Revisions sort before the event that describes the same moment.
        entries.sort(key=lambda e: (e.created_at, 0 if isinstance(e, Revision) else 1))
        return entries

    def restore(self, article_id: int, version: int, user: str) -> Any:
        """Make an old revision's content current again, as a new revision."""
        current = self._articles.get(article_id)
        old = self._articles.revision(article_id, version).article()
        restored = old.with_changes(id=current.id, version=current.version,
                                    status=current.status, external_id=current.external_id,
                                    created_at=current.created_at,
                                    published_at=current.published_at)
        return self._articles.update(restored, user=user, kind="restore",
                                     detail={"restored_version": version})
