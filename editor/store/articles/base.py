"""What every part of the article repository shares: the engine, its sessions, and the
listeners told about changed articles,
and reading one article back (every write returns what it stored)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from editor.domain.article import Article
from editor.store.articles.rows import to_article
from editor.store.errors import ArticleNotFound
from editor.store.models import ArticleRow


class RepositoryBase:
    """Every method opens its own short transaction, so a repository can be shared by the UI
    thread and workers."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._save_listeners: list[Callable[[Sequence[int]], None]] = []
        self._delete_hooks: list[Callable[[Session, int], None]] = []

    def get(self, article_id: int) -> Article:
        """The stored article ``article_id`` (every write hands back the article it wrote)."""
        with self._sessions() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise ArticleNotFound(article_id)
            return to_article(session, row)

    def add_save_listener(self, listener: Callable[[Sequence[int]], None]) -> None:
        """Call ``listener(article_ids)`` after articles were created, updated or deleted.

        Indexes that must stay in step with the articles (full-text search) subscribe here.
        """
        self._save_listeners.append(listener)

    def add_delete_hook(self, hook: Callable[[Session, int], None]) -> None:
        """Call ``hook(session, article_id)`` inside a delete's transaction, just before the
        article (and its revisions) go: what was derived from its text (the term lexicon's
        counts) is taken out while the text can still be read, and rolls back with a
        refused delete. (A personal login on PostgreSQL deletes through the database's
        function; the database's own trigger takes the counts out there.)"""
        self._delete_hooks.append(hook)

    def notify_saved(self, ids: Sequence[int]) -> None:
        """Tell the listeners that articles ``ids`` changed (also after a workflow move,
        which writes the article row outside this repository)."""
        for listener in self._save_listeners:
            listener(ids)

    def _through_functions(self) -> bool:
        """PostgreSQL personal login: content changes are calls of the database's functions."""
        if self.engine.dialect.name != "postgresql":
            return False
        from editor.store.postgres.content import through_functions

        return through_functions(self.engine)
