"""Reads the front ends share (resolving the id a user typed, history, users, the
dictionary), so the CLI and the UI ask the same question the same way."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from editor.domain.article import Article
from editor.domain.workflow import Status
from editor.house import house_now
from editor.ops.changes import Change, Changes
from editor.store import Event, Revision, Store, User
from editor.writing.stats import text_stats


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


# -- the editor's desk overview --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DeskStory:
    """One of today's stories as the desk overview shows it."""

    id: int
    headline: str
    status: Status
    reporter: str            # who created it in Redaksi (else the first byline)
    category: str
    words: int
    created_at: datetime
    updated_at: datetime
    age: timedelta           # since it was created


@dataclass(frozen=True, slots=True)
class DeskOverview:
    stories: tuple[DeskStory, ...]
    since: datetime          # start of the newsroom's day
    at: datetime             # when it was read

    def counts(self, attribute: str, stories: tuple[DeskStory, ...] | None = None
               ) -> Counter[str]:
        """How many stories per value of ``attribute`` ("status", "reporter", "category")."""
        return Counter(_value(s, attribute) for s in (self.stories if stories is None
                                                        else stories))


def _value(story: DeskStory, attribute: str) -> str:
    value = getattr(story, attribute)
    return value.value if isinstance(value, Status) else str(value)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _archive_item(row: dict[str, Any], since: datetime) -> bool:
    """An archive import brought in today is not today's desk work: an imported story
    (external id) dated before today that nobody but its importer has saved since."""
    published = row.get("published_at")
    return (bool(row.get("external_id")) and row.get("updated_by") == row.get("created_by")
            and (published is None or _aware(published) < since))


def desk_overview(store: Store, *, now: datetime | None = None, limit: int = 2000
                  ) -> DeskOverview:
    """Today's stories (created or saved since midnight on the newsroom's clock): state,
    reporter, rubrik, length in words and age, for the desk overview."""
    now = _aware(now) if now is not None else house_now()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    since = start.astimezone(UTC)
    stories = []
    for row in store.articles.desk_day(since, limit=limit):
        if _archive_item(row, since):
            continue
        bylines = row["bylines"] or ()
        first = bylines[0] if bylines else ""
        byline = str(first.get("name", "")) if isinstance(first, dict) else str(first)
        created = _aware(row["created_at"])
        stories.append(DeskStory(
            id=row["id"], headline=row["headline"], status=Status(row["status"]),
            reporter=row["created_by"] or byline, category=row["category"] or "",
            words=text_stats(row["body"] or "").words, created_at=created,
            updated_at=_aware(row["updated_at"]), age=max(now - created, timedelta(0))))
    return DeskOverview(tuple(stories), start, now)
