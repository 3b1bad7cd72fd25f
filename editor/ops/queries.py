"""Reads the front ends share (resolving the id a user typed, history, users, the
dictionary), so the CLI and the UI ask the same question the same way."""

from __future__ import annotations

from editor.domain.article import Article
from editor.ops.changes import Change, Changes
from editor.store import Event, Revision, Store, User


def resolve_article(store: Store, ref: str | int) -> Article:
    """The article a user names: external id first, then internal id (``ArticleNotFound``)."""
    return store.articles.resolve(ref)


def history(store: Store, article_id: int) -> list[Revision | Event]:
    """Revisions and workflow events of an article, oldest first."""
    return store.workflow.history(article_id)


def list_users(store: Store) -> list[User]:
    return store.users.list()


def add_user(store: Store, name: str, role: str, display_name: str = "", *,
             password: str | None = None) -> tuple[User, Changes]:
    """Add a person (on PostgreSQL also their login; only an admin may)."""
    user = store.users.add(name, role, display_name, password=password)
    return user, Changes.of(Change.USERS, origin="add-user")


def set_role(store: Store, name: str, role: str) -> tuple[User, Changes]:
    """Change a person's role (only an admin may; on PostgreSQL also their login's group)."""
    return store.users.set_role(name, role), Changes.of(Change.USERS, origin="set-role")


def dictionary_words(store: Store) -> list[str]:
    """The newsroom's own words, for the proofreader."""
    return store.dictionary.words()


def add_word(store: Store, word: str, *, user: str) -> Changes:
    store.dictionary.add(word, user=user)
    return Changes.of(Change.DICTIONARY, origin="add-word")


def edit_refusal(store: Store, article_id: int, user: str) -> str | None:
    """Why ``user`` may not change the article (None: they may): the edit table's answer."""
    return store.articles.edit_refusal(article_id, user)

