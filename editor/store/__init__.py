"""Persistence: SQLAlchemy models, migrations and the repository API.

``open_store()`` is the single entry point: it resolves the database URL, applies pending
migrations and hands back the repositories.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine

from editor.domain.records import CandidateInfo, ImportRecord, ImportResult
from editor.proofing.spelling.counts import LanguageCounts
from editor.store.articles import ArticleRepository, ArticleSummary, Revision
from editor.store.candidates import load_candidates, load_dates
from editor.store.change_feed import DeskChanges, DeskStamp, read_desk_changes
from editor.store.comments import Comment, CommentNotFound, CommentRepository
from editor.store.db import StoreError, create_store_engine, default_database_url, upgrade
from editor.store.dictionary import DictionaryRepository
from editor.store.errors import ArticleLocked, ArticleNotFound, UserNotFound, VersionConflict
from editor.store.events import Event, EventLog
from editor.store.locks import Lock, LockRepository
from editor.store.media import ImageRefused, MediaNotFound, MediaRepository
from editor.store.search import (
    IndexBase,
    SearchIndex,
    SearchUnavailable,
    SqliteFtsIndex,
    UnavailableSearchIndex,
    attach_search_index,
)
from editor.store.search.cooccurrence import IndexDocuments
from editor.store.term_lexicon import TermLexicon, attach_term_lexicon
from editor.store.users import User, UserExists, UserRepository
from editor.store.workflow import TransitionResult, WorkflowRepository


@dataclass
class Store:
    """An opened database with its repositories."""

    url: str
    engine: Engine
    articles: ArticleRepository = field(init=False)
    users: UserRepository = field(init=False)
    dictionary: DictionaryRepository = field(init=False)
    workflow: WorkflowRepository = field(init=False)
    comments: CommentRepository = field(init=False)
    locks: LockRepository = field(init=False)
    media: MediaRepository = field(init=False)
    events: EventLog = field(init=False)
    search: IndexBase | UnavailableSearchIndex = field(init=False)
    terms: TermLexicon = field(init=False)

    def __post_init__(self) -> None:
        self.articles = ArticleRepository(self.engine)
        self.users = UserRepository(self.engine)
        self.dictionary = DictionaryRepository(self.engine)
        self.workflow = WorkflowRepository(self.engine, self.articles)
        self.comments = CommentRepository(self.engine)
        self.locks = LockRepository(self.engine)
        self.media = MediaRepository(self.engine)
        self.events = EventLog(self.engine)
        # The full-text index follows every save (create, update, delete, import).
        self.search = attach_search_index(self.engine, self.articles)
        # The proofreader's term lexicon (names, word/bigram counts) follows them too.
        self.terms = attach_term_lexicon(self.engine, self.articles)

    def proofing_counts(self) -> LanguageCounts:
        """The term lexicon's counts for the proofreader, with the search index as its
        archive of stories (``documents``: the topic of a correction) when there is one."""
        counts = self.terms.load()
        if isinstance(self.search, IndexBase):
            counts.documents = IndexDocuments(
                self.search, self.engine.url.render_as_string(hide_password=False))
        return counts

    def candidates(self, ids: Sequence[int]) -> dict[int, CandidateInfo]:
        """Metadata of articles ``ids`` for the related-article re-ranker (no bodies)."""
        return load_candidates(self.engine, ids)

    def candidate_dates(self, ids: Sequence[int]) -> dict[int, datetime | None]:
        """When each of ``ids`` appeared (killed articles left out): the suggester's time
        prior needs it for every candidate, the rest only for the few it shows."""
        return load_dates(self.engine, ids)

    def desk_changes(self, after_event: int | None) -> DeskChanges:
        """The desk's change stamp and the audit events after ``after_event`` (read only):
        what the app polls on SQLite, where there are no desk notices."""
        return read_desk_changes(self.engine, after_event)

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the database at ``url`` (default: env or user data dir), migrating it to head."""
    url = url or default_database_url()
    engine = create_store_engine(url)
    if migrate:
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            shown = engine.url.render_as_string(hide_password=True)  # never print a password
            raise StoreError(f"basis data {shown} tidak bisa dibuka atau dimigrasi: {exc}") \
                from exc
    return Store(url, engine)


__all__ = [
    "ArticleLocked",
    "Comment",
    "CommentNotFound",
    "CommentRepository",
    "DeskChanges",
    "DeskStamp",
    "Event",
    "ImageRefused",
    "MediaNotFound",
    "MediaRepository",
    "EventLog",
    "Lock",
    "LockRepository",
    "TransitionResult",
    "WorkflowRepository",
    "ArticleNotFound",
    "ArticleRepository",
    "ArticleSummary",
    "ImportRecord",
    "ImportResult",
    "Revision",
    "SearchIndex",
    "SearchUnavailable",
    "SqliteFtsIndex",
    "UnavailableSearchIndex",
    "Store",
    "StoreError",
    "User",
    "UserExists",
    "UserNotFound",
    "UserRepository",
    "VersionConflict",
    "default_database_url",
    "open_store",
]
