"""Comments anchored to a stretch of the body, with replies and resolve.

Anchors move with the text: every save of the body carries open comments' anchors through
the edit (``editor.domain.anchors``), in the same transaction as the save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from editor.domain.anchors import rebase_anchor
from editor.domain.dateline import utc_now
from editor.domain.editing import EditRefused
from editor.domain.workflow import Role
from editor.store.errors import ArticleNotFound
from editor.store.events import record_event
from editor.store.models import ArticleRow, CommentRow, UserRow


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    article_id: int
    parent_id: int | None
    author: str
    body: str
    anchor: tuple[int, int] | None
    quote: str
    resolved: bool
    resolved_by: str
    created_at: datetime


class CommentNotFound(LookupError):
    pass


def rebase_comment_anchors(session: Session, article_id: int, old_body: str,
                           new_body: str) -> None:
    """Carry open comments' anchors from ``old_body`` into ``new_body`` (caller's transaction)."""
    if old_body == new_body:
        return
    rows = session.scalars(select(CommentRow).where(
        CommentRow.article_id == article_id, CommentRow.anchor_start.is_not(None))).all()
    for row in rows:
        if row.anchor_start is None or row.anchor_end is None:
            continue
        moved = rebase_anchor(old_body, new_body, row.anchor_start, row.anchor_end)
        if moved is None:
            row.anchor_start = row.anchor_end = None  # text gone: keep the comment and quote
        else:
            row.anchor_start, row.anchor_end = moved


class CommentRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def add(self, article_id: int, author: str, body: str, start: int | None = None,
            end: int | None = None) -> Comment:
        """Comment on ``body[start:end]`` of the article as stored now (or on the whole)."""
        if not body.strip():
            raise ValueError("komentar kosong")
        if self._through_functions():
            return self._call_add(article_id, body, start, end, None)
        with self._sessions.begin() as session:
            article = session.get(ArticleRow, article_id)
            if article is None:
                raise ArticleNotFound(article_id)
            quote = ""
            if start is not None and end is not None:
                if not 0 <= start <= end <= len(article.body):
                    raise ValueError(f"jangkar komentar {start}-{end} di luar teks")
                quote = article.body[start:end]
            row = CommentRow(article_id=article_id, author=author, body=body.strip(),
                             anchor_start=start, anchor_end=end, quote=quote,
                             created_at=utc_now())
            session.add(row)
            session.flush()
            record_event(session, article_id=article_id, kind="comment", user=author,
                         note=body.strip()[:200], detail={"comment_id": row.id})
            return _to_comment(row)

    def reply(self, parent_id: int, author: str, body: str) -> Comment:
        if not body.strip():
            raise ValueError("balasan kosong")
        if self._through_functions():
            return self._call_add(None, body, None, None, parent_id)
        with self._sessions.begin() as session:
            parent = session.get(CommentRow, parent_id)
            if parent is None:
                raise CommentNotFound(f"komentar {parent_id} tidak ditemukan")
            root_id = parent.parent_id or parent.id
            row = CommentRow(article_id=parent.article_id, parent_id=root_id, author=author,
                             body=body.strip(), created_at=utc_now())
            session.add(row)
            session.flush()
            record_event(session, article_id=parent.article_id, kind="reply", user=author,
                         note=body.strip()[:200], detail={"comment_id": row.id,
                                                          "parent_id": root_id})
            return _to_comment(row)

    def resolve(self, comment_id: int, user: str, resolved: bool = True) -> Comment:
        """Mark a comment resolved (or open again). A reporter may do so only for their own
        comments; editors and admins for any (the same rule as in PostgreSQL)."""
        if self._through_functions():
            from editor.store.postgres import content

            with self._sessions.begin() as session:
                content.resolve_comment(session, comment_id, resolved)
            return self.get(comment_id)
        with self._sessions.begin() as session:
            row = session.get(CommentRow, comment_id)
            if row is None:
                raise CommentNotFound(f"komentar {comment_id} tidak ditemukan")
            role = session.scalar(select(UserRow.role).where(
                UserRow.name == user, UserRow.active.is_(True))) if user else None
            if role == Role.REPORTER.value and row.author != user:
                raise EditRefused("reporter hanya boleh menyelesaikan atau membuka lagi "
                                  f"komentarnya sendiri (komentar {comment_id} dari "
                                  f"{row.author})", "resolve-others", author=row.author)
            row.resolved = resolved
            row.resolved_by = user if resolved else ""
            row.resolved_at = utc_now() if resolved else None
            record_event(session, article_id=row.article_id,
                         kind="resolve" if resolved else "reopen-comment", user=user,
                         detail={"comment_id": comment_id})
            return _to_comment(row)

    def get(self, comment_id: int) -> Comment:
        with self._sessions() as session:
            row = session.get(CommentRow, comment_id)
            if row is None:
                raise CommentNotFound(f"komentar {comment_id} tidak ditemukan")
            return _to_comment(row)

    def _through_functions(self) -> bool:
        if self._engine.dialect.name != "postgresql":
            return False
        from editor.store.postgres.content import through_functions

        return through_functions(self._engine)

    def _call_add(self, article_id: int | None, body: str, start: int | None,
                  end: int | None, parent: int | None) -> Comment:
        from editor.store.postgres import content

        with self._sessions.begin() as session:
            comment_id = content.add_comment(session, article_id, body, start, end, parent)
        return self.get(comment_id)

    def list(self, article_id: int, *, include_resolved: bool = True) -> list[Comment]:
        """Comments of an article, threads in order: each root followed by its replies."""
        with self._sessions() as session:
            q = select(CommentRow).where(CommentRow.article_id == article_id)
            rows = session.scalars(q.order_by(CommentRow.created_at, CommentRow.id)).all()
        roots = [r for r in rows if r.parent_id is None and (include_resolved or not r.resolved)]
        replies: dict[int, list[CommentRow]] = {}
        for r in rows:
            if r.parent_id is not None:
                replies.setdefault(r.parent_id, []).append(r)
        out: list[Comment] = []
        for root in roots:
            out.append(_to_comment(root))
            out.extend(_to_comment(r) for r in replies.get(root.id, []))
        return out


def _to_comment(row: CommentRow) -> Comment:
    anchor = ((row.anchor_start, row.anchor_end)
              if row.anchor_start is not None and row.anchor_end is not None else None)
    return Comment(row.id, row.article_id, row.parent_id, row.author, row.body, anchor,
                   row.quote, row.resolved, row.resolved_by, row.created_at)
