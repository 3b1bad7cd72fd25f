"""Saving and deleting articles: the one pipeline behind Ctrl+S, autosave and the CLI.

Every save goes through :func:`save_article`, so the rules hold on every path:

- an article needs a headline (:class:`~editor.ops.errors.HeadlineMissing`);
- its slug is unique — the one it asks for, or the first free ``-2``, ``-3``… variant —
  on create *and* update, save *and* autosave (the database's unique index, migration 0007,
  is the last line: a race that slips past the check is retried once);
- autosaves are coalesced: the store replaces this user's previous autosave revision when
  nothing else was saved in between (``ArticleRepository.update(kind="autosave")``);
- the save is checked against the version it was based on (``VersionConflict``) and the
  edit lock (``ArticleLocked``), as the store always did.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.exc import IntegrityError

from editor.domain.article import Article
from editor.ops.changes import Change, Changes
from editor.ops.errors import HeadlineMissing, OperationError
from editor.store import Store
from editor.writing.slugs import unique_slug

SaveKind = Literal["save", "autosave"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """The stored article and what the save changed."""

    article: Article
    changes: Changes
    created: bool


def can_save(article: Article) -> bool:
    """True when :func:`save_article` would accept ``article`` (autosave asks first)."""
    return bool(article.headline.strip())


def free_slug(store: Store, article: Article) -> str:
    """The slug ``article`` will be stored under: its own (or its headline's) if no other
    article uses it, else the first free numbered variant."""
    wanted = article.slug or article.headline
    try:
        return unique_slug(wanted, lambda s: store.articles.slug_exists(s, exclude_id=article.id))
    except ValueError:
        raise OperationError("slug-exhausted", slug=wanted) from None


def save_article(store: Store, article: Article, *, user: str,
                 kind: SaveKind = "save") -> SaveResult:
    """Store ``article`` (new: version 1; stored: the next version) as ``user``."""
    if not can_save(article):
        raise HeadlineMissing()
    for attempt in (1, 2):
        unique = article.with_changes(slug=free_slug(store, article))
        try:
            if unique.id is None:
                stored = store.articles.create(
                    unique, user=user, kind="autosave" if kind == "autosave" else "create")
            else:
                stored = store.articles.update(unique, user=user, kind=kind)
        except IntegrityError:
            if attempt == 2 or not store.articles.slug_exists(unique.slug,
                                                              exclude_id=article.id):
                raise
            continue  # another save took the slug between the check and the write
        created = article.id is None
        changes = Changes.of(Change.CREATED if created else Change.CONTENT, ids=(stored.id,),
                             origin=kind)
        return SaveResult(stored, changes, created)
    raise AssertionError("unreachable")


def delete_article(store: Store, article_id: int, *, user: str,
                   expected_version: int | None = None) -> Changes:
    """Delete an article (only if still at ``expected_version`` when given)."""
    store.articles.delete(article_id, expected_version=expected_version, user=user)
    return Changes.of(Change.DELETED, ids=(article_id,), origin="delete")
