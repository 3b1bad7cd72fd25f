"""Rows to domain values and back: the tables, tag links and revision rows every article
module writes the same way (one place, so a save, an import and a transition agree)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Result, Table, delete, insert, select
from sqlalchemy.orm import Session

from editor.domain.article import Article, normalize_tag
from editor.domain.records import article_from_content
from editor.domain.workflow import Status
from editor.store.models import ArticleRow, ArticleTagRow, RevisionRow, TagRow

ARTICLES = cast(Table, ArticleRow.__table__)
ARTICLE_TAGS = cast(Table, ArticleTagRow.__table__)
REVISIONS = cast(Table, RevisionRow.__table__)
TAGS = cast(Table, TagRow.__table__)


def row_values(article: Article) -> dict[str, Any]:
    """Column values of an article's content (not id, version or timestamps)."""
    content = article.content_dict()
    content.pop("tags")
    content["location_code"] = article.location.code
    content["status"] = article.status.value
    content["external_id"] = article.external_id
    content["published_at"] = article.published_at
    return content


def rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE/DELETE matched (its result is a CursorResult; the type says Result)."""
    return cast(CursorResult[Any], result).rowcount


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's own wildcards escaped (a user's ``50%`` is no wildcard)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def tags_of(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Each article's tags in their stored order."""
    out: dict[int, list[str]] = {}
    if not ids:
        return {}
    for article_id, name in session.execute(
        select(ARTICLE_TAGS.c.article_id, TAGS.c.name)
        .join(TAGS, TAGS.c.id == ARTICLE_TAGS.c.tag_id)
        .where(ARTICLE_TAGS.c.article_id.in_(ids))
        .order_by(ARTICLE_TAGS.c.article_id, ARTICLE_TAGS.c.position)
    ):
        out.setdefault(article_id, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def write_tags(session: Session, tags_by_article: dict[int, tuple[str, ...]],
               replace: bool = False, cache: dict[str, int] | None = None) -> None:
    """Link articles to their tags, creating missing tags; ``cache`` (key -> tag id) lets a
    batch import look each tag up once."""
    if not tags_by_article:
        return
    if replace:
        session.execute(delete(ARTICLE_TAGS).where(
            ARTICLE_TAGS.c.article_id.in_(list(tags_by_article))))
    cache = cache if cache is not None else {}
    wanted = {normalize_tag(t).casefold(): normalize_tag(t)
              for tags in tags_by_article.values() for t in tags}
    missing = [k for k in wanted if k not in cache]
    if missing:
        for tid, key in session.execute(
            select(TAGS.c.id, TAGS.c.key).where(TAGS.c.key.in_(missing))
        ):
            cache[key] = tid
        to_create = [k for k in missing if k not in cache]
        if to_create:
            created = session.execute(
                insert(TAGS).returning(TAGS.c.id, TAGS.c.key, sort_by_parameter_order=True),
                [{"name": wanted[k], "key": k} for k in to_create],
            )
            for tid, key in created:
                cache[key] = tid
    links = [
        {"article_id": article_id, "tag_id": cache[normalize_tag(t).casefold()], "position": i}
        for article_id, tags in tags_by_article.items()
        for i, t in enumerate(tags)
    ]
    if links:
        session.execute(insert(ARTICLE_TAGS), links)


def revision_values(article_id: int, version: int, article: Article, user: str,
                    kind: str, now: datetime) -> dict[str, Any]:
    """The row of one revision: a full snapshot of the content at that version."""
    return {
        "article_id": article_id, "version": version, "kind": kind, "author": user,
        "created_at": now, "status": article.status.value, "snapshot": article.content_dict(),
    }


def write_revision(session: Session, article_id: int, version: int, article: Article,
                   user: str, kind: str, now: datetime) -> None:
    session.execute(insert(REVISIONS),
                    revision_values(article_id, version, article, user, kind, now))


def to_article(session: Session, row: ArticleRow) -> Article:
    """The domain article of a stored row (with its tags)."""
    content = {c.key: getattr(row, c.key) for c in ARTICLES.columns}
    content["tags"] = list(tags_of(session, [row.id]).get(row.id, ()))
    return article_from_content(
        content, status=Status(row.status), external_id=row.external_id, id=row.id,
        version=row.version, created_at=row.created_at, updated_at=row.updated_at,
        published_at=row.published_at,
    )
