""":class:`~editor.store.search.base.SearchIndex` on SQLite: an FTS5 table of the analysed
terms (``search_fts``, migration 0003), ranked by FTS5's own ``bm25()``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from editor.domain.records import FIELDS, IndexDocument
from editor.domain.term_vector import TermVector
from editor.domain.workflow import Status
from editor.store.candidates import appeared
from editor.store.search.base import (
    DATE_TYPES,
    FIELD_WEIGHTS,
    IndexBase,
    ProgressCallback,
    SearchHit,
    chunks,
    same,
)

#: A sync of at least this many articles merges the FTS5 index afterwards (see
#: :meth:`SqliteFtsIndex._after_sync`).
OPTIMIZE_MIN_DOCS = 1000
#: FTS5's own ``automerge`` setting, restored after a large sync.
AUTOMERGE_DEFAULT = 4
#: Distinct publication times remembered by the candidates' date conversion.
DATE_CACHE_SIZE = 16_384


class SqliteFtsIndex(IndexBase):
    """:class:`~editor.store.search.base.SearchIndex` on SQLite FTS5."""

    _processors: tuple[Callable[[Any], Any], ...] | None = None

    def _write(self, ids: list[int], docs: list[IndexDocument], versions: dict[int, int]) -> None:
        self._write_analysed(ids, [((d.article_id, *(" ".join(d.field(f)) for f in FIELDS)),
                                    TermVector.of(d).stored()) for d in docs], versions)

    def _analyse_task(self) -> Callable[[list[Any]], list[Any]]:
        # The rows themselves are made in the workers (joining terms, counting vectors).
        from editor.related.batch import sqlite_index_rows

        return sqlite_index_rows

    def _write_analysed(self, ids: list[int], analysed: list[Any],
                        versions: dict[int, int]) -> None:
        """Write (``search_fts`` row, ``search_vectors`` row) pairs, see
        :func:`editor.related.batch.sqlite_index_rows`."""
        marks = ",".join("?" * len(ids))
        df_change: Counter[str] = Counter()
        for _fts, vector in analysed:
            if vector[1]:  # a vector's terms: each term of the document once
                df_change.update(vector[1].split(" "))
        with self.engine.begin() as conn:
            for row in conn.exec_driver_sql(
                "SELECT headline, tags, names, summary, body FROM search_fts "
                f"WHERE rowid IN ({marks})", tuple(ids)
            ):
                df_change.subtract({t for column in row for t in column.split()})
            conn.exec_driver_sql(f"DELETE FROM search_fts WHERE rowid IN ({marks})", tuple(ids))
            conn.exec_driver_sql(f"DELETE FROM search_docs WHERE article_id IN ({marks})",
                                 tuple(ids))
            conn.exec_driver_sql(f"DELETE FROM search_vectors WHERE article_id IN ({marks})",
                                 tuple(ids))
            if analysed:
                conn.exec_driver_sql(
                    "INSERT INTO search_fts(rowid, headline, tags, names, summary, body) "
                    "VALUES (?, ?, ?, ?, ?, ?)", [fts for fts, _vector in analysed])
                conn.exec_driver_sql(
                    "INSERT INTO search_vectors(article_id, terms, counts, headline) "
                    "VALUES (?, ?, ?, ?)", [vector for _fts, vector in analysed])
            if versions:
                conn.exec_driver_sql(
                    "INSERT INTO search_docs(article_id, version) VALUES (?, ?)",
                    list(versions.items()),
                )
            changes = [(t, n) for t, n in df_change.items() if n]
            if changes:
                conn.exec_driver_sql(
                    "INSERT INTO search_terms(term, df) VALUES (?, ?) "
                    "ON CONFLICT(term) DO UPDATE SET df = df + excluded.df", changes)
                if any(n < 0 for _, n in changes):
                    conn.exec_driver_sql("DELETE FROM search_terms WHERE df <= 0")

    def sync(self, article_ids: Sequence[int], progress: ProgressCallback | None = None) -> None:
        """A large sync (an import, a rebuild) is written with FTS5's automatic merging off,
        and merged once at the end (:meth:`_after_sync`): merging while writing only merges
        segments that the final merge merges again (25,000 articles: about 0.6 s less CPU
        time). Same postings once merged, so the same scores. Merging is back on (FTS5's
        default) afterwards, whatever happened."""
        if len(set(article_ids)) < OPTIMIZE_MIN_DOCS:
            super().sync(article_ids, progress)
            return
        self._set_automerge(0)
        try:
            super().sync(article_ids, progress)
        finally:
            self._set_automerge(AUTOMERGE_DEFAULT)

    def _set_automerge(self, value: int) -> None:
        with self.engine.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', {int(value)})")

    def _after_sync(self, count: int) -> None:
        """After a large sync (an import, a rebuild, a catch-up), merge the FTS5 index into
        one segment. Written in chunks, a 100,000-article index is left in about a dozen
        segments, and every candidate query looks each of its terms up in each of them:
        merged, the query costs about a third less CPU time (4.2 against 6.0 ms at 100k
        articles). Same postings, so the same BM25 scores; the merge takes about a second
        at that size. Small syncs (a save) add a small segment FTS5 merges on its own."""
        if count < OPTIMIZE_MIN_DOCS:
            return
        with self.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")

    def rebuild(self, progress: ProgressCallback | None = None) -> int:
        with self.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM search_fts")
            conn.exec_driver_sql("DELETE FROM search_docs")
            conn.exec_driver_sql("DELETE FROM search_terms")
            conn.exec_driver_sql("DELETE FROM search_vectors")
        self._new_generation()
        return self.catch_up(progress)

    # -- reading ---------------------------------------------------------------------------
    def search(self, terms: Sequence[str], *, limit: int,
               exclude: Collection[int] = ()) -> list[SearchHit]:
        self.ensure_current()
        unique = list(dict.fromkeys(t for t in terms if t))
        if not unique:
            return []
        expression = " OR ".join('"' + t.replace('"', '""') + '"' for t in unique)
        weights = ", ".join(str(FIELD_WEIGHTS[f]) for f in FIELDS)
        excluded = set(exclude)
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                f"SELECT rowid, bm25(search_fts, {weights}) AS s FROM search_fts "
                "WHERE search_fts MATCH ? ORDER BY s LIMIT ?",
                (expression, limit + len(excluded)),
            ).all()
        hits = [SearchHit(int(r[0]), -float(r[1])) for r in rows if r[0] not in excluded]
        return hits[:limit]

    def _load_frequencies(self, unique: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(unique, 500):
                marks = ",".join("?" * len(chunk))
                for term, doc in conn.exec_driver_sql(
                    f"SELECT term, df FROM search_terms WHERE term IN ({marks})", tuple(chunk)
                ):
                    out[term] = int(doc)
        return out

    def _indexed_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM search_fts_docsize").scalar_one())

    def _pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]:
        # Each term is one FTS5 string (analysed \w+ tokens; a quote mark would be doubled).
        sub = "(SELECT count(*) FROM search_fts WHERE search_fts MATCH ?)"
        sql = "SELECT " + ", ".join([sub] * len(pairs))
        params = tuple(f'"{_fts_string(a)}" AND "{_fts_string(b)}"' for a, b in pairs)
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(sql, params).one()
        return [int(n) for n in row]

    def document_count(self) -> int:
        """Indexed articles (cached: counting an FTS5 table scans it; the count is only an
        input to idf, so another process's recent saves may be missed for a while)."""
        self.ensure_current()
        self._check_generation()
        if self._count is None:
            with self.engine.connect() as conn:
                self._count = int(conn.exec_driver_sql(
                    "SELECT count(*) FROM search_fts_docsize").scalar_one())
        return self._count

    def _load_vectors_with_dates(self, ids: list[int]
                                 ) -> dict[int, tuple[TermVector, datetime | None]]:
        out: dict[int, tuple[TermVector, datetime | None]] = {}
        with self.engine.connect() as conn:
            # Raw rows, the three typed values converted here: SQLAlchemy's per-row typing
            # cost more than the query itself for 150 candidates.
            when, dateline, created = self._date_processors(conn)
            for chunk in chunks(ids, 500):
                marks = ",".join(str(int(i)) for i in chunk)
                for row in conn.exec_driver_sql(
                    "SELECT v.article_id, v.terms, v.counts, v.headline, "
                    "a.status, a.published_at, a.dateline, a.created_at "
                    "FROM search_vectors v JOIN articles a ON a.id = v.article_id "
                    f"WHERE v.article_id IN ({marks})"
                ):
                    if row[4] == Status.KILLED.value:
                        continue
                    # The dateline (JSON) is decoded only when there is no publication
                    # date: appeared() would not look at it.
                    published = when(row[5])
                    out[int(row[0])] = (
                        TermVector.from_stored(int(row[0]), row[1], row[2], row[3]),
                        published or appeared(None, dateline(row[6]), created(row[7])))
        return out

    def _date_processors(self, conn: Any) -> tuple[Callable[[Any], Any], ...]:
        """The typed conversions of the publication date, dateline and creation time, made
        once; the dates' conversion remembers what it gave (an archive has far fewer
        distinct publication times than articles, and parsing one cost more per candidate
        than reading its row). Datetimes are immutable, so sharing one is safe."""
        if self._processors is None:
            when, dateline, created = (DATE_TYPES[name].dialect_impl(conn.dialect)
                                       .result_processor(conn.dialect, None)
                                       or same
                                       for name in ("published_at", "dateline", "created_at"))
            self._processors = (lru_cache(maxsize=DATE_CACHE_SIZE)(when), dateline, created)
        return self._processors

    def documents(self, article_ids: Collection[int]) -> dict[int, IndexDocument]:
        ids = list(article_ids)
        out: dict[int, IndexDocument] = {}
        if not ids:
            return out
        with self.engine.connect() as conn:
            for chunk in chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                for row in conn.exec_driver_sql(
                    "SELECT rowid, headline, tags, names, summary, body FROM search_fts "
                    f"WHERE rowid IN ({marks})", tuple(chunk)
                ):
                    out[int(row[0])] = IndexDocument(int(row[0]),
                                                     *(tuple(v.split()) for v in row[1:]))
        return out


def _fts_string(term: str) -> str:
    """``term`` inside an FTS5 double-quoted string."""
    return term.replace('"', '""')
