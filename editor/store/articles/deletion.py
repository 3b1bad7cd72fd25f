"""Deleting an article: editors and admins only (as PostgreSQL's own rules say), never under
another user's edit lock, and an audit event that outlives the article."""

from __future__ import annotations

from sqlalchemy import delete, select

from editor.domain.editing import EditRefused, may_delete
from editor.domain.workflow import Role
from editor.store.articles.base import RepositoryBase
from editor.store.articles.rows import ARTICLES, rowcount
from editor.store.errors import ArticleNotFound, VersionConflict
from editor.store.events import record_event
from editor.store.locks import check_not_locked_by_other
from editor.store.models import ArticleRow, UserRow


class ArticleDeletion(RepositoryBase):
    """Delete articles."""

    def delete(self, article_id: int, *, expected_version: int | None = None,
               user: str = "") -> None:
        """Delete an article (and its revisions). With ``expected_version``, only if unchanged.

        The audit trail keeps a "delete" event (detached from the vanished article).
        """
        if self._through_functions():
            from editor.store.postgres import content

            with self._sessions.begin() as session:
                content.delete_article(session, article_id, expected_version)
            self.notify_saved([article_id])
            return
        with self._sessions.begin() as session:
            role_value = session.scalar(select(UserRow.role).where(
                UserRow.name == user, UserRow.active.is_(True))) if user else None
            if not may_delete(Role(role_value) if role_value else None):  # as in PostgreSQL
                raise EditRefused("hanya editor atau admin yang boleh menghapus naskah "
                                  "(peran reporter)", "delete-role")
            check_not_locked_by_other(session, article_id, user)
            headline = session.scalar(select(ARTICLES.c.headline).where(ARTICLES.c.id == article_id))
            for hook in self._delete_hooks:
                hook(session, article_id)
            query = delete(ARTICLES).where(ARTICLES.c.id == article_id)
            if expected_version is not None:
                query = query.where(ARTICLES.c.version == expected_version)
            if rowcount(session.execute(query)) != 1:
                current = session.get(ArticleRow, article_id)
                if current is None:
                    raise ArticleNotFound(article_id)
                raise VersionConflict(article_id, expected_version or 0, current.version,
                                      current.updated_by, current.updated_at)
            record_event(session, article_id=None, kind="delete", user=user,
                         detail={"article_id": article_id, "headline": headline})
        self.notify_saved([article_id])
