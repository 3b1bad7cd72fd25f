"""An article's revisions: every content change leaves one, a full snapshot, so any version
can be shown or restored."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from editor.domain.article import Article
from editor.domain.records import article_from_content
from editor.domain.workflow import Status
from editor.store.articles.base import RepositoryBase
from editor.store.errors import ArticleNotFound
from editor.store.models import ArticleRow, RevisionRow


@dataclass(frozen=True, slots=True)
class Revision:
    article_id: int
    version: int
    kind: str
    author: str
    created_at: datetime
    status: Status
    snapshot: dict[str, Any]

    def article(self) -> Article:
        """The article as it was at this revision (without id/version: a snapshot)."""
        return article_from_content(self.snapshot, status=self.status)


def _to_revision(row: RevisionRow) -> Revision:
    return Revision(row.article_id, row.version, row.kind, row.author, row.created_at,
                    Status(row.status), row.snapshot)


class RevisionReading(RepositoryBase):
    """Read revisions (they are written by the saving, import and workflow code)."""

    def revisions(self, article_id: int) -> builtins.list[Revision]:
        """All revisions of an article, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(RevisionRow).where(RevisionRow.article_id == article_id)
                .order_by(RevisionRow.version)
            ).all()
            if not rows and session.get(ArticleRow, article_id) is None:
                raise ArticleNotFound(article_id)
            return [_to_revision(r) for r in rows]

    def revision(self, article_id: int, version: int) -> Revision:
        with self._sessions() as session:
            row = session.scalar(select(RevisionRow).where(
                RevisionRow.article_id == article_id, RevisionRow.version == version))
            if row is None:
                raise ArticleNotFound(f"{article_id} versi {version}")
            return _to_revision(row)
