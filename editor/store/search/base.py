"""The full-text index behind related-article suggestions: the interface and what both
backends share.

Text analysis (case folding, stop words, Sastrawi stemming, proper names) is done in Python
by :mod:`editor.related.analysis`; the index stores analysed terms and only counts and ranks
them. That is what lets the same suggester run on SQLite (FTS5, :mod:`.sqlite`) and on
PostgreSQL (a tsvector over the same ``search_docs`` table, :mod:`.postgres`).

The index follows the articles through ``ArticleRepository.add_save_listener`` (creates,
updates, deletes, imports). ``search_docs`` remembers the article version each entry was built
from, so anything missed (a crash between save and indexing, articles stored before the index
existed) is caught up by :meth:`SearchIndex.catch_up` on first use.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import Engine, select

from editor.domain.records import IndexDocument
from editor.domain.term_vector import TermVector
from editor.domain.workflow import Status
from editor.store.models import ArticleRow, ArticleTagRow, TagRow

log = logging.getLogger(__name__)

#: Index columns in storage order, with their BM25 weights: a term in the headline or the tags
#: says more about what a story is about than the same term deep in the body.
FIELD_WEIGHTS: dict[str, float] = {
    "headline": 4.0, "tags": 4.0, "names": 2.0, "summary": 1.5, "body": 1.0,
}
SYNC_CHUNK = 4000
#: Document frequencies and the article count are archive-level figures that every query
#: needs: they are cached per *index generation*. This process's own syncs start a new
#: generation at once; another process's saves (a second desk on PostgreSQL) are seen when
#: the generation expires after this many seconds. A few seconds' stale idf moves no story.
GENERATION_SECONDS = 30.0
#: Bound on the cached frequencies (terms, absent ones included); past it the cache restarts.
DF_CACHE_LIMIT = 200_000
#: Candidates' stored terms and dates kept between queries: the editor asks again after every
#: typing pause for the same draft, and gets mostly the same candidates. A sync drops the
#: entries of the articles it (re)indexed; a generation's expiry drops them all.
DOC_CACHE_LIMIT = 2000

ProgressCallback = Callable[[int, int], None]


class SearchUnavailable(RuntimeError):
    """The database has no full-text index backend yet (the message says which)."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: int
    score: float  # BM25, higher is better


def analyse_fields(article_id: int, *, headline: str, summary: str, body: str,
                   tags: Sequence[str], extra_headline: str = "") -> IndexDocument:
    """Analyse one article's text into index fields (the same for every backend)."""
    from editor.related.batch import index_document

    return index_document(article_id, headline=headline, summary=summary, body=body,
                          tags=tags, extra_headline=extra_headline)


class SearchIndex(Protocol):
    """What the suggester needs from a full-text index, whatever the database.

    A backend stores the terms of :func:`analyse_fields`, keeps ``search_docs`` (article id
    and indexed version) and per-term document frequencies, and ranks with BM25 using
    :data:`FIELD_WEIGHTS`.
    """

    #: Called with (done, total) while indexing after a save, when set (imports set it).
    progress: ProgressCallback | None

    def listener(self, article_ids: Sequence[int]) -> None:
        """The repository's save listener: index these articles, never failing the save."""

    def sync(self, article_ids: Sequence[int],
             progress: ProgressCallback | None = None) -> None:
        """Bring the entries of these articles in step with the articles table."""

    def catch_up(self, progress: ProgressCallback | None = None) -> int:
        """Index whatever is missing or stale; returns how many articles were (re)indexed."""

    def ensure_current(self) -> None:
        """Catch up once per process (queries call this first)."""

    def rebuild(self, progress: ProgressCallback | None = None) -> int:
        """Drop and rebuild the whole index."""

    def search(self, terms: Sequence[str], *, limit: int,
               exclude: Collection[int] = ()) -> list[SearchHit]:
        """Articles matching any of ``terms``, best BM25 first (killed articles never match)."""

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many indexed articles contain each term (absent terms are left out)."""

    def document_count(self) -> int: ...

    def documents(self, article_ids: Collection[int]) -> dict[int, IndexDocument]:
        """The analysed terms stored for these articles (for explaining matches)."""

    def vectors_with_dates(self, article_ids: Collection[int]
                           ) -> dict[int, tuple[TermVector, datetime | None]]:
        """Stored term counts and the date each article appeared, in one query (killed
        articles left out): what the re-ranker reads for every candidate."""


T = TypeVar("T")


def same(value: Any) -> Any:
    return value


#: Typed result columns of the articles table read beside the index (dates as datetimes,
#: the dateline as its JSON value), for raw-SQL joins.
DATE_TYPES = {c.name: c.type for c in (ArticleRow.__table__.c.status,
                                        ArticleRow.__table__.c.published_at,
                                        ArticleRow.__table__.c.dateline,
                                        ArticleRow.__table__.c.created_at)}


#: pairs of terms counted in one statement (one sub-select each)
PAIRS_PER_QUERY = 50


def chunks(items: Sequence[T], size: int) -> Iterable[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


class IndexBase:
    """What both backends share: reading and analysing articles, keeping the index in step
    with them (sync, save listener, catch-up) and the per-generation caches.

    A backend supplies storage (``_write``, ``rebuild``) and reading (``search``,
    ``_load_frequencies``, ``document_count``, ``_load_vectors_with_dates``,
    ``documents``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._caught_up = False
        # One writer per process: the UI thread's save listener and a worker's catch-up must
        # not interleave their read-old-terms / write-new-terms steps.
        self._lock = threading.RLock()
        #: Set (e.g. by an import) to hear how indexing after a save goes: (done, total).
        self.progress: ProgressCallback | None = None
        self._count: int | None = None  # cached per generation (see GENERATION_SECONDS)
        self._df: dict[str, int] = {}   # term -> df (0: not in the archive), per generation
        self._docs: OrderedDict[int, tuple[TermVector, datetime | None]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._generation_started = time.monotonic()

    def _new_generation(self, changed: Collection[int] | None = None) -> None:
        """Forget the cached archive figures: after a sync of ``changed`` (their documents),
        or all of it when the generation expired (another process may have written)."""
        with self._cache_lock:
            self._count = None
            self._df = {}
            if changed is None:
                self._docs.clear()
            else:
                for article_id in changed:
                    self._docs.pop(article_id, None)
            self._generation_started = time.monotonic()

    def _check_generation(self) -> None:
        if time.monotonic() - self._generation_started > GENERATION_SECONDS \
                or len(self._df) > DF_CACHE_LIMIT:
            self._new_generation()

    # -- writing ---------------------------------------------------------------------------
    def sync(self, article_ids: Sequence[int], progress: ProgressCallback | None = None) -> None:
        from editor.related import batch

        ids = sorted(set(article_ids))
        progress = progress or self.progress
        with self._lock:
            self._new_generation(ids)
            done = 0
            # Each chunk is read, then analysed (in worker processes for a large batch)
            # while the chunk before it is written: the same documents in the same order.
            pending: tuple[list[int], batch.Job, dict[int, int]] | None = None
            for chunk in [*chunks(ids, SYNC_CHUNK), None]:
                started = None
                if chunk is not None:
                    articles, versions = self._read(chunk)
                    started = (chunk, batch.start(self._analyse_task(), articles,
                                                  parallel=len(ids) >= batch.PARALLEL_MIN),
                               versions)
                if pending is not None:
                    written, job, written_versions = pending
                    self._write_analysed(written, [d for part in job.results() for d in part],
                                         written_versions)
                    done += len(written)
                    if progress:
                        progress(done, len(ids))
                pending = started
            if ids:
                self._after_sync(len(ids))
            # A query between the first reset and the writes may have cached old figures.
            self._new_generation(ids)

    def _after_sync(self, count: int) -> None:
        """Called once a sync of ``count`` articles is written (a backend may tidy up)."""

    def _load(self, ids: list[int]) -> tuple[list[IndexDocument], dict[int, int]]:
        """Read the articles and analyse them (outside any write transaction)."""
        from editor.related.batch import index_documents

        articles, versions = self._read(ids)
        return index_documents(articles), versions

    def _read(self, ids: list[int]) -> tuple[list[Any], dict[int, int]]:
        """The fields to analyse of the articles that are indexed (killed ones are not),
        and every article's version."""
        a = ArticleRow
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(a.id, a.version, a.status, a.headline, a.subheadline, a.kicker,
                       a.summary, a.body).where(a.id.in_(ids))
            ).all()
            tags: dict[int, list[str]] = {}
            for article_id, name in conn.execute(
                select(ArticleTagRow.article_id, TagRow.name)
                .join(TagRow, TagRow.id == ArticleTagRow.tag_id)
                .where(ArticleTagRow.article_id.in_(ids))
                .order_by(ArticleTagRow.article_id, ArticleTagRow.position)
            ):
                tags.setdefault(article_id, []).append(name)
        articles: list[Any] = []
        versions: dict[int, int] = {}
        for row in rows:
            versions[row.id] = row.version
            if row.status == Status.KILLED.value:
                continue  # spiked stories are never suggested, so they are not indexed
            articles.append((row.id, row.headline, row.summary, row.body,
                             tuple(tags.get(row.id, ())), f"{row.kicker}\n{row.subheadline}"))
        return articles, versions

    def _write(self, ids: list[int], docs: list[IndexDocument], versions: dict[int, int]) -> None:
        raise NotImplementedError

    def _analyse_task(self) -> Callable[[list[Any]], list[Any]]:
        """The worker task that analyses articles for this backend (its results are what
        :meth:`_write_analysed` takes): by default the documents."""
        from editor.related.batch import index_documents

        return index_documents

    def _write_analysed(self, ids: list[int], analysed: list[Any],
                        versions: dict[int, int]) -> None:
        self._write(ids, analysed, versions)

    def listener(self, article_ids: Sequence[int]) -> None:
        """Save listener: index what was saved; a failure must not fail the save itself (the
        article is stored; ``catch_up`` re-indexes it later), so it is logged, not raised."""
        try:
            self.sync(article_ids)
        except Exception:  # noqa: BLE001
            log.exception("indeks pencarian tertinggal untuk %d naskah", len(article_ids))
            self._caught_up = False

    def stale_ids(self) -> list[int]:
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT a.id FROM articles a LEFT JOIN search_docs d ON d.article_id = a.id "
                "WHERE d.version IS NULL OR d.version != a.version "
                "UNION SELECT d.article_id FROM search_docs d "
                "LEFT JOIN articles a ON a.id = d.article_id WHERE a.id IS NULL"
            ).all()
        return [r[0] for r in rows]

    def catch_up(self, progress: ProgressCallback | None = None) -> int:
        with self._lock:
            stale = self.stale_ids()
            if stale:
                self.sync(stale, progress)
            self._caught_up = True
            return len(stale)

    def rebuild(self, progress: ProgressCallback | None = None) -> int:
        raise NotImplementedError

    def ensure_current(self) -> None:
        """Catch up once per process before the first query."""
        if not self._caught_up:
            self.catch_up()

    # -- reading ---------------------------------------------------------------------------
    def search(self, terms: Sequence[str], *, limit: int,
               exclude: Collection[int] = ()) -> list[SearchHit]:
        raise NotImplementedError

    def document_count(self) -> int:
        raise NotImplementedError

    def documents(self, article_ids: Collection[int]) -> dict[int, IndexDocument]:
        raise NotImplementedError

    def _load_frequencies(self, unique: list[str]) -> dict[str, int]:
        raise NotImplementedError

    def _indexed_count(self) -> int:
        """Articles in the index as it stands (no catch-up, no cache)."""
        raise NotImplementedError

    def _pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]:
        """Per pair of terms, the indexed articles that hold both."""
        raise NotImplementedError

    # The proofreader's view of the index (``editor.store.search.cooccurrence``): read-only,
    # never a catch-up (indexing belongs to saves and to the suggester, not to a spelling
    # check running in a worker thread).
    def document_total(self) -> int:
        return self._indexed_count()

    def term_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        return self._load_frequencies(list(terms)) if terms else {}

    def pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]:
        out: list[int] = []
        for chunk in chunks(list(pairs), PAIRS_PER_QUERY):
            out += self._pair_frequencies(chunk)
        return out

    def _load_vectors_with_dates(self, ids: list[int]
                                 ) -> dict[int, tuple[TermVector, datetime | None]]:
        raise NotImplementedError

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """From the generation's cache; only terms not asked about before are looked up."""
        self.ensure_current()
        self._check_generation()
        cache = self._df
        missing = [t for t in dict.fromkeys(terms) if t not in cache]
        if missing:
            found = self._load_frequencies(missing)
            cache.update({t: found.get(t, 0) for t in missing})
        return {t: n for t in dict.fromkeys(terms) if (n := cache[t])}

    def vectors_with_dates(self, article_ids: Collection[int]
                           ) -> dict[int, tuple[TermVector, datetime | None]]:
        """From the cache where this generation read them already, else in one query."""
        self._check_generation()
        ids = list(dict.fromkeys(article_ids))
        with self._cache_lock:
            cached = {i: self._docs[i] for i in ids if i in self._docs}
        missing = [i for i in ids if i not in cached]
        if missing:
            loaded = self._load_vectors_with_dates(missing)
            with self._cache_lock:
                for article_id, entry in loaded.items():
                    self._docs[article_id] = entry
                while len(self._docs) > DOC_CACHE_LIMIT:
                    self._docs.popitem(last=False)
        with self._cache_lock:
            for article_id in cached:
                if article_id in self._docs:
                    self._docs.move_to_end(article_id)
        if missing:
            cached.update(loaded)
        return {i: cached[i] for i in ids if i in cached}


class UnavailableSearchIndex:
    """Placeholder for databases without a backend (neither SQLite nor PostgreSQL): saves
    are not indexed (``search_docs`` stays behind, so the real backend will catch
    up), and queries raise :class:`SearchUnavailable` with a clear message."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.progress: ProgressCallback | None = None

    def _refuse(self, *_: Any, **__: Any) -> Any:
        raise SearchUnavailable(
            f"saran artikel terkait belum tersedia untuk basis data {self.dialect}")

    def listener(self, article_ids: Sequence[int]) -> None:
        return None

    sync = catch_up = rebuild = search = document_frequencies = document_count = _refuse
    documents = vectors_with_dates = ensure_current = _refuse
