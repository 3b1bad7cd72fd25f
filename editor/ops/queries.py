"""Reads the front ends share (articles and their lists, revisions, history, the audit
trail, comments, users, the dictionary), so the CLI and the UI ask the same question the
same way and the UI never reaches into a repository (a test keeps editor/ui off them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from editor.domain.article import Article
from editor.domain.editing import EditRefused
from editor.domain.workflow import Status
from editor.house import house_now
from editor.ops.changes import Change, Changes
from editor.store import ArticleSummary, Comment, DeskChanges, Event, Revision, Store, User
from editor.store.dictionary import REMOVING_ROLES as REMOVING_ROLES
from editor.store.dictionary import DictionaryEntry
from editor.store.events import TrailEntry, coalesce_autosaves
from editor.writing.stats import text_stats


def resolve_article(store: Store, ref: str | int) -> Article:
    """The article a user names: external id first, then internal id (``ArticleNotFound``)."""
    return store.articles.resolve(ref)


def get_article(store: Store, article_id: int) -> Article:
    """One stored article by its internal id (``ArticleNotFound``)."""
    return store.articles.get(article_id)


def article_url(store: Store, article_id: int) -> str:
    """The public address of an article ("" when it has none or went away)."""
    try:
        return store.articles.get(article_id).url
    except Exception:  # gone meanwhile: a link by id only
        return ""


def list_articles(store: Store, *, limit: int | None = 200, offset: int = 0,
                  order: str = "updated", descending: bool = True,
                  **criteria: Any) -> list[ArticleSummary]:
    """Articles matching every filter in ``criteria`` (status, statuses, created_by,
    category, tag, text, full_text), paged and ordered like the article list shows them."""
    return store.articles.list(limit=limit, offset=offset, order=order,
                               descending=descending, **criteria)


def count_articles(store: Store, **criteria: Any) -> int:
    """How many articles match ``criteria`` (the filters of :func:`list_articles`)."""
    return store.articles.count(**criteria)


def categories(store: Store) -> list[str]:
    """The rubrik names in use, for the form's completer."""
    return store.articles.categories()


def slug_taken(store: Store, slug: str, exclude_id: int | None = None) -> bool:
    """True when another article than ``exclude_id`` already uses ``slug``."""
    return store.articles.slug_exists(slug, exclude_id=exclude_id)


def tag_suggestions(store: Store, prefix: str, limit: int = 20) -> list[tuple[str, int]]:
    """Tags in use starting with ``prefix``, most used first, with their counts."""
    return store.articles.tags(prefix, limit=limit)


def desk_changes(store: Store, after_event: int | None) -> DeskChanges:
    """The desk's change stamp and what happened since audit event ``after_event`` (the one
    SQLite change poller reads this every few seconds; it writes nothing)."""
    return store.desk_changes(after_event)


def revisions(store: Store, article_id: int) -> list[Revision]:
    """Every revision of an article, oldest first."""
    return store.articles.revisions(article_id)


def audit_trail(store: Store, *, article_id: int | None = None, kind: str | None = None,
                user: str | None = None, limit: int = 1000) -> list[TrailEntry]:
    """The audit trail, runs of one person's autosaves shown as one entry."""
    return coalesce_autosaves(store.events.query(article_id=article_id, kind=kind, user=user,
                                                 limit=limit))


def latest_note(store: Store, article_id: int) -> Event | None:
    """The article's most recent transition that carries a note, or None."""
    for event in reversed(store.events.query(article_id=article_id, kind="transition",
                                             limit=200)):
        if event.note.strip():
            return event
    return None


def comments(store: Store, article_id: int, *, include_resolved: bool = True) -> list[Comment]:
    """An article's comments, threads in order."""
    return store.comments.list(article_id, include_resolved=include_resolved)


def term_counts(store: Store) -> Any:
    """The archive's word, bigram and name counts for the proofreader, with its stories
    (the search index) to rank corrections by topic."""
    return store.proofing_counts()


def media_bytes(store: Store, media_id: str) -> bytes:
    """The bytes of a stored image (``MediaNotFound``)."""
    return store.media.read(media_id)


def get_user(store: Store, name: str) -> User:
    """A person by login name (``UserNotFound``)."""
    return store.users.get(name)


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


def dictionary_entries(store: Store, search: str = "") -> list[DictionaryEntry]:
    """The newsroom dictionary with who added each word, filtered by ``search``."""
    return store.dictionary.entries(search)


def remove_words(store: Store, words: list[str], *, user: str) -> list[str]:
    """Take words out of the newsroom dictionary (editors and admins); the ones removed."""
    return [word for word in words if store.dictionary.remove(word, user=user)]


def add_word(store: Store, word: str, *, user: str) -> Changes:
    store.dictionary.add(word, user=user)
    return Changes.of(Change.DICTIONARY, origin="add-word")


def edit_refusal(store: Store, article_id: int, user: str) -> EditRefused | None:
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
