"""Creating and saving articles: optimistic versions, the edit lock, the edit table, one
revision and one event per change, comment anchors carried through the body edit.

A save names the version it was based on and is refused (nothing written) when someone saved
in between. On a PostgreSQL personal login the database's own functions do the writing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from editor.domain.article import Article
from editor.domain.dateline import utc_now
from editor.domain.editing import EditRefused, check_edit, edit_refusal
from editor.domain.workflow import Role, Status, TransitionRefused
from editor.store.articles.base import RepositoryBase
from editor.store.articles.rows import (
    ARTICLES,
    REVISIONS,
    row_values,
    rowcount,
    write_revision,
    write_tags,
)
from editor.store.comments import rebase_comment_anchors
from editor.store.errors import ArticleNotFound, VersionConflict
from editor.store.events import record_event
from editor.store.locks import check_not_locked_by_other
from editor.store.models import UserRow


class ArticleSaving(RepositoryBase):
    """Create and update articles."""

    def create(self, article: Article, *, user: str = "", kind: str = "create") -> Article:
        """Store a new article as version 1 (with its first revision) and return it."""
        if self._through_functions():
            from editor.store.postgres import content

            with self._sessions.begin() as session:
                article_id = content.create_article(session, row_values(article), article,
                                                    kind)
            self.notify_saved([article_id])
            return self.get(article_id)
        now = utc_now()
        with self._sessions.begin() as session:
            values = row_values(article)
            values.update(version=1, created_at=now, updated_at=now,
                          created_by=user, updated_by=user)
            article_id = session.execute(insert(ARTICLES).returning(ARTICLES.c.id), values).scalar_one()
            write_tags(session, {article_id: article.tags})
            write_revision(session, article_id, 1, article, user, kind, now)
            record_event(session, article_id=article_id, kind="create", user=user,
                         detail={"version": 1}, at=now)
        self.notify_saved([article_id])
        return self.get(article_id)

    def update(self, article: Article, *, user: str = "", kind: str = "save",
               detail: dict[str, Any] | None = None) -> Article:
        """Save ``article`` over the stored one if nobody saved since ``article.version``.

        Raises :class:`VersionConflict` (writing nothing) when the stored version moved on,
        and :class:`ArticleLocked` when another user holds the edit lock. Open comments'
        anchors are carried through the body edit in the same transaction.
        """
        if article.id is None:
            raise ValueError("update() needs a stored article; use create()")
        if self._through_functions():
            return self._update_through_functions(article, kind, detail)
        now = utc_now()
        new_version = article.version + 1
        with self._sessions.begin() as session:
            check_not_locked_by_other(session, article.id, user)
            old_body = session.scalar(select(ARTICLES.c.body).where(ARTICLES.c.id == article.id))
            values = row_values(article)
            requested = kind
            kind = self._check_edit(session, article, user, kind, values)
            if kind != requested:
                detail = {**(detail or {}), "requested": requested}
            values.update(version=new_version, updated_at=now, updated_by=user)
            result = session.execute(
                update(ARTICLES)
                .where(and_(ARTICLES.c.id == article.id, ARTICLES.c.version == article.version))
                .values(**values)
            )
            if rowcount(result) != 1:
                current = session.execute(
                    select(ARTICLES.c.version, ARTICLES.c.updated_by, ARTICLES.c.updated_at)
                    .where(ARTICLES.c.id == article.id)
                ).first()
                if current is None:
                    raise ArticleNotFound(article.id)
                raise VersionConflict(article.id, article.version, current.version,
                                      current.updated_by, current.updated_at)
            write_tags(session, {article.id: article.tags}, replace=True)
            if kind == "autosave":
                # Coalesce: an autosave right after this user's previous autosave replaces it,
                # so idle-typing saves leave one revision, not hundreds.
                session.execute(delete(REVISIONS).where(
                    REVISIONS.c.article_id == article.id,
                    REVISIONS.c.version == article.version,
                    REVISIONS.c.kind == "autosave", REVISIONS.c.author == user))
            write_revision(session, article.id, new_version, article, user, kind, now)
            rebase_comment_anchors(session, article.id, old_body or "", article.body)
            record_event(session, article_id=article.id, kind=kind, user=user,
                         detail={"version": new_version, **(detail or {})}, at=now)
        self.notify_saved([article.id])
        return self.get(article.id)

    def _check_edit(self, session: Session, article: Article, user: str, kind: str,
                    values: dict[str, Any]) -> str:
        """Apply the edit table to a save by ``user``; the kind the change is recorded as.

        A user name that is no Redaksi user is the local service identity (scripts, tests,
        the single-user laptop before sign-in), which may change anything, like the schema
        owner on PostgreSQL. Status and publication time never change through a save.
        """
        role_value = session.scalar(select(UserRow.role).where(
            UserRow.name == user, UserRow.active.is_(True))) if user else None
        if role_value is None:
            return kind
        stored = session.execute(
            select(ARTICLES.c.status, ARTICLES.c.created_by, ARTICLES.c.published_at)
            .where(ARTICLES.c.id == article.id)).first()
        if stored is None:
            raise ArticleNotFound(article.id)
        if article.status.value != stored.status:
            raise TransitionRefused(f"status naskah {article.id} hanya bisa diubah lewat alur "
                                    "kerja (redaksi_transition)", "status-via-workflow")
        values["status"], values["published_at"] = stored.status, stored.published_at
        author_role = session.scalar(select(UserRow.role).where(
            UserRow.name == stored.created_by)) if stored.created_by else None
        return check_edit(Role(role_value), Status(stored.status), kind,
                          author=stored.created_by, user=user,
                          author_role=Role(author_role) if author_role else None)

    def edit_refusal(self, article_id: int, user: str) -> EditRefused | None:
        """Why ``user`` may not change article ``article_id`` (None: they may), by the same
        edit table every save is checked against (:func:`editor.domain.editing.check_edit`)."""
        with self._sessions() as session:
            role_value = session.scalar(select(UserRow.role).where(
                UserRow.name == user, UserRow.active.is_(True))) if user else None
            if role_value is None:
                return None
            stored = session.execute(
                select(ARTICLES.c.status, ARTICLES.c.created_by)
                .where(ARTICLES.c.id == article_id)).first()
            if stored is None:
                raise ArticleNotFound(article_id)
            author_role = session.scalar(select(UserRow.role).where(
                UserRow.name == stored.created_by)) if stored.created_by else None
        return edit_refusal(Role(role_value), Status(stored.status), author=stored.created_by,
                            user=user, author_role=Role(author_role) if author_role else None)

    def _update_through_functions(self, article: Article, kind: str,
                                  detail: dict[str, Any] | None) -> Article:
        from editor.store.postgres import content

        assert article.id is not None
        restored = (detail or {}).get("restored_version")
        with self._sessions.begin() as session:
            old_body = session.scalar(select(ARTICLES.c.body).where(ARTICLES.c.id == article.id))
            content.save_article(session, row_values(article), article, kind,
                                 int(restored) if isinstance(restored, int) else None)
            rebase_comment_anchors(session, article.id, old_body or "", article.body)
        self.notify_saved([article.id])
        return self.get(article.id)
