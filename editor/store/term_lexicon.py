"""The proofreader's term lexicon: word, bigram and name counts the archive teaches.

Kept in the database (SQLite and PostgreSQL alike, one code path) so that a whole desk shares
what its archive knows: the names and acronyms in their usual spelling, and the word/bigram
counts that rank spelling candidates in context. It follows every save and import through
``ArticleRepository.add_save_listener``; ``spelling_docs`` remembers the version counted, and
an update subtracts the counts of that version (from its revision snapshot) before adding the
new ones, so edits never inflate the totals. :meth:`catch_up` counts articles stored before
the lexicon existed.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.orm import sessionmaker

from editor.proofing.spelling.counts import LanguageCounts, TextCounts, count_text
from editor.store.models import ArticleRow, RevisionRow, SpellingCountRow, SpellingDocRow

log = logging.getLogger(__name__)
CHUNK = 2000  # articles read and counted at a time
#: Distinct terms counted in memory before they are written, in the same transaction as the
#: versions of the articles they come from. Terms repeat from article to article, so the
#: fewer writes the fewer rows: a 25,000-article import writes its counts twice or three
#: times rather than once per 2,000 articles (about 1.6 million rows instead of 3.2), and
#: the bound keeps memory and each transaction's length in check.
FLUSH_TERMS = 600_000
#: Texts per counting task in a worker: the larger, the fewer counts to pass back (the same
#: rare bigrams come back once per task).
COUNT_TASK = 1000
#: Distinct terms summed in memory by an SQLite import before the sums go to a temporary
#: table (a 25,000-article import has 1.6 million, 3 million held in memory would add
#: about 250 MB to the peak: it spills once).
SPILL_TERMS = 1_000_000
_KINDS = (("w", "words"), ("b", "bigrams"), ("n", "names"))


def article_text(headline: str, summary: str, body: str) -> str:
    return f"{headline}\n\n{summary}\n\n{body}"


class TermLexicon:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine)

    # -- following the articles ------------------------------------------------------------
    def listener(self, article_ids: Sequence[int]) -> None:
        """After a save/import/delete: the save is committed, so a failure here is logged
        (and repaired by :meth:`catch_up`), never raised into the save."""
        try:
            self._apply(list(article_ids))
        except Exception:  # pragma: no cover - logged; catch_up repairs it
            log.exception("term lexicon not updated for %d article(s)", len(article_ids))

    def before_delete(self, s, article_id: int) -> None:
        """Inside a delete's transaction, before the article and its revisions go: take the
        counts of the version the lexicon counted out of the totals (the current text when
        that version is current, else its revision snapshot) and forget the version. A
        refused delete rolls this back with it.

        Runs for SQLite and the service login only: a personal login on PostgreSQL deletes
        through the database's function, and the database's own trigger
        (``redaksi_terms_follow``) takes the counts out there."""
        counted = s.execute(select(SpellingDocRow.version).where(
            SpellingDocRow.article_id == article_id)).scalar()
        if counted is None:
            return
        row = s.execute(select(ArticleRow.version, ArticleRow.headline, ArticleRow.summary,
                               ArticleRow.body).where(ArticleRow.id == article_id)).first()
        if row is None:
            return  # the delete itself reports the missing article
        if row.version == counted:
            previous: TextCounts | None = count_text(
                article_text(row.headline, row.summary, row.body))
        else:
            previous = self._snapshot_counts(s, article_id, counted)
        s.execute(delete(SpellingDocRow).where(SpellingDocRow.article_id == article_id))
        if previous is not None:
            delta = TextCounts()
            delta.add(previous, sign=-1)
            self._write(s, delta)

    def catch_up(self) -> int:
        """Count every article whose current version is not counted yet; returns how many."""
        with self._sessions() as s:
            rows = s.execute(
                select(ArticleRow.id).outerjoin(
                    SpellingDocRow, SpellingDocRow.article_id == ArticleRow.id
                ).where((SpellingDocRow.version.is_(None))
                        | (SpellingDocRow.version != ArticleRow.version))
            ).scalars().all()
        self._apply(list(rows))
        return len(rows)

    def rebuild(self) -> int:
        """Count the whole archive again from scratch (a repair: deletes and updates keep
        the totals exact on their own, see :meth:`before_delete`)."""
        with self._sessions.begin() as s:
            s.execute(delete(SpellingCountRow))
            s.execute(delete(SpellingDocRow))
        return self.catch_up()

    def _apply(self, ids: list[int]) -> None:
        """Count these articles' current versions in (and their counted versions out)."""
        from editor.store.postgres.content import through_functions

        ids = list(dict.fromkeys(ids))
        if through_functions(self.engine):
            for i in range(0, len(ids), CHUNK):
                self._apply_through_function(ids[i : i + CHUNK])
            return
        if self.engine.dialect.name == "sqlite" and len(ids) > CHUNK:
            self._apply_sqlite(ids)  # an import, a catch-up: see there
            return
        start = 0
        while start < len(ids):
            # One transaction: the counts and the versions they come from, written together
            # (an interrupted import leaves both unwritten, and catch_up counts again).
            delta = TextCounts()
            counted_now: list[tuple[int, int]] = []
            with self._sessions.begin() as s:
                while start < len(ids) and _size(delta) < FLUSH_TERMS:
                    chunk = ids[start : start + CHUNK]
                    start += len(chunk)
                    self._count(s, chunk, delta, counted_now)
                if counted_now:
                    mark = "?" if self.engine.dialect.name == "sqlite" else "%s"
                    s.connection().exec_driver_sql(
                        f"INSERT INTO spelling_docs (article_id, version) VALUES ({mark}, {mark})",
                        counted_now)
                self._write(s, delta)

    def _apply_sqlite(self, ids: list[int]) -> None:
        """SQLite: the counts of every chunk are added up in memory (C-level
        ``Counter.update``) while the next chunk is counted, then written in key order, with
        the versions they come from, in one write at the end: one upsert per distinct term
        (1.6 million for a 25,000-article import) instead of one per term and chunk.

        Summing in memory costs less than the temporary table it replaces (3.2 million
        inserted rows, then a GROUP BY: 6.8 s CPU against 4.9 s on the 25k import's
        counts); past :data:`SPILL_TERMS` distinct terms the sums so far go to that table
        and are added up there at the end, so memory stays bounded. An interrupted import
        writes none of it (all in one transaction), and catch_up counts those articles
        again."""
        from editor.related import batch

        with self._sessions.begin() as s:
            conn = s.connection()
            # The driver's own cursor: its executemany takes the rows as an iterator.
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            counted_now: list[tuple[int, int]] = []
            forget: list[int] = []
            signed = False
            parallel = len(ids) >= batch.PARALLEL_MIN
            pending: tuple[TextCounts, Any] | None = None
            total: dict[str, Counter[str]] = {kind: Counter() for kind, _attr in _KINDS}
            spilled = False
            # Each chunk's texts are counted (in worker processes for a large batch) while
            # the counts of the chunk before are added up.
            for start in [*range(0, len(ids), CHUNK), None]:
                started = None
                if start is not None:
                    delta = TextCounts()
                    started = (delta, self._start_count(s, ids[start : start + CHUNK], delta,
                                                        counted_now, forget, parallel))
                if pending is not None:
                    done, job = pending
                    signed = signed or done.signed
                    for part in [done, *job.results()]:
                        for kind, attr in _KINDS:
                            counter = getattr(part, attr)
                            if counter:
                                total[kind].update(counter)
                    if sum(map(len, total.values())) > SPILL_TERMS:
                        _spill(conn, cursor, total)
                        spilled = True
                pending = started
            for chunk in range(0, len(forget), 500):
                part = forget[chunk : chunk + 500]
                conn.exec_driver_sql("DELETE FROM spelling_docs WHERE article_id IN "
                                     f"({','.join('?' * len(part))})", tuple(part))
            if counted_now:
                conn.exec_driver_sql("INSERT INTO spelling_docs (article_id, version) "
                                     "VALUES (?, ?)", counted_now)
            if spilled:
                _spill(conn, cursor, total)
                # In key order, as _write does. `WHERE true`: SQLite's upsert after a SELECT.
                conn.exec_driver_sql(
                    "INSERT INTO spelling_counts (kind, term, count) "
                    "SELECT kind, substr(term, 1, 200) AS t, sum(count) FROM temp.lexicon_delta "
                    "WHERE true GROUP BY kind, t HAVING sum(count) != 0 ORDER BY kind, t "
                    "ON CONFLICT (kind, term) DO UPDATE SET count = spelling_counts.count + "
                    "excluded.count")
                conn.exec_driver_sql("DROP TABLE temp.lexicon_delta")
            else:
                cursor.executemany(
                    "INSERT INTO spelling_counts (kind, term, count) VALUES (?, ?, ?) "
                    "ON CONFLICT (kind, term) DO UPDATE SET count = spelling_counts.count + "
                    "excluded.count", _summed_rows(total))
            if signed:
                s.execute(delete(SpellingCountRow).where(SpellingCountRow.count <= 0))
            cursor.close()

    def _count(self, s, ids: list[int], delta: TextCounts,
               counted_now: list[tuple[int, int]], forget: list[int] | None = None) -> None:
        """Add the counts of ``ids`` to ``delta`` (less those of the versions counted before,
        whose ``spelling_docs`` rows go); their new versions are appended to ``counted_now``."""
        job = self._start_count(s, ids, delta, counted_now, forget)
        for part in job.results():
            delta.add(part)

    def _start_count(self, s, ids: list[int], delta: TextCounts,
                     counted_now: list[tuple[int, int]], forget: list[int] | None = None,
                     parallel: bool | None = None) -> Any:
        """:meth:`_count` up to the counting of the new texts, which is started (in worker
        processes when ``parallel``) and handed back: its results add up to the rest."""
        from editor.related import batch

        current, counted = self._state(s, ids)
        texts: list[str] = []
        for aid in ids:
            row, old = current.get(aid), counted.get(aid)
            if row is not None and old == row.version:
                continue
            if old is not None:
                previous = self._snapshot_counts(s, aid, old)
                if previous is not None:
                    delta.add(previous, sign=-1)
                if forget is None:
                    s.execute(delete(SpellingDocRow).where(SpellingDocRow.article_id == aid))
                else:  # deleted by the caller, in its write at the end
                    forget.append(aid)
            if row is not None:
                texts.append(article_text(row.headline, row.summary, row.body))
                counted_now.append((aid, row.version))
        return batch.start(batch.count_texts, texts, parallel=parallel, size=COUNT_TASK)

    def _apply_through_function(self, ids: list[int]) -> None:
        """A personal login (newsroom mode): the database counts its writes itself, in the
        write's own transaction (``redaksi_terms_follow`` in ``content_rules.sql``), so
        nothing is sent but the ids of versions still uncounted (written by the service
        login when its count failed): ``redaksi_terms_write()`` counts them from the stored
        text."""
        with self._sessions() as s:
            current, counted = self._state(s, ids)
        pending = [aid for aid in ids if (counted.get(aid) != current[aid].version
                                          if aid in current else aid in counted)]
        if not pending:
            return
        with self.engine.begin() as conn:
            conn.execute(text("SELECT redaksi_terms_write(CAST(:ids AS integer[]))"),
                         {"ids": pending})

    @staticmethod
    def _state(s, ids: list[int]) -> tuple[dict, dict[int, int]]:
        """(article id -> current row, article id -> version the lexicon counted)."""
        current = {r.id: r for r in s.execute(
            select(ArticleRow.id, ArticleRow.version, ArticleRow.headline,
                   ArticleRow.summary, ArticleRow.body).where(ArticleRow.id.in_(ids)))}
        counted = dict(s.execute(select(SpellingDocRow.article_id, SpellingDocRow.version)
                                 .where(SpellingDocRow.article_id.in_(ids))).all())
        return current, counted

    @staticmethod
    def _snapshot_counts(s, article_id: int, version: int) -> TextCounts | None:
        """The counts of a counted version, from its revision snapshot (None: no snapshot)."""
        snap = s.execute(select(RevisionRow.snapshot).where(
            RevisionRow.article_id == article_id, RevisionRow.version == version)
            .limit(1)).scalar()
        if not snap:
            return None
        return count_text(article_text(str(snap.get("headline", "")),
                                       str(snap.get("summary", "")),
                                       str(snap.get("body", ""))))

    def _write(self, s, delta: TextCounts) -> None:
        # In key order, as the database's own counting writes them: two writers updating the
        # same terms then lock them in the same order (no deadlock on PostgreSQL).
        rows = sorted((k, term[:200], n)
                      for k, attr in _KINDS for term, n in getattr(delta, attr).items())
        if not rows:
            return
        # Driver-level executemany with positional parameters: an import writes hundreds of
        # thousands of counts, and SQLAlchemy's per-row dict binding would dominate.
        mark = "?" if self.engine.dialect.name == "sqlite" else "%s"
        s.connection().exec_driver_sql(
            f"INSERT INTO spelling_counts (kind, term, count) VALUES ({mark}, {mark}, {mark}) "
            "ON CONFLICT (kind, term) DO UPDATE SET count = spelling_counts.count + "
            "excluded.count", rows)
        if any(n < 0 for _k, _t, n in rows):
            s.execute(delete(SpellingCountRow).where(SpellingCountRow.count <= 0))

    # -- reading -----------------------------------------------------------------------------
    def load(self, *, min_word: int = 1, min_bigram: int = 2, min_name: int = 1
             ) -> LanguageCounts:
        """The counts as the proofreader uses them (rare bigrams left out: they rank
        nothing and would only cost memory).

        One driver-level query, filtered by the database in a single table scan: the
        per-kind OR of the ORM query made SQLite look up every row through the primary-key
        index, and ORM rows cost more than the plain tuples. Names are handed over in term
        order (the order that query gave on SQLite), because ``LanguageCounts`` keeps the
        first of equally frequent spellings.
        """
        out: dict[str, dict[str, int]] = {"w": {}, "b": {}, "n": {}}
        mark = "?" if self.engine.dialect.name == "sqlite" else "%s"
        sql = ("SELECT kind, term, count FROM spelling_counts WHERE count >= CASE kind "
               f"WHEN 'w' THEN {mark} WHEN 'b' THEN {mark} WHEN 'n' THEN {mark} END")
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(sql, (min_word, min_bigram, min_name)).fetchall()
        for kind, term, n in rows:
            table = out.get(kind)
            if table is not None:
                table[term] = n
        names = {term: out["n"][term] for term in sorted(out["n"])}
        return LanguageCounts(out["w"], out["b"], names)

    def count(self, kind: str, term: str) -> int:
        with self._sessions() as s:
            return s.execute(select(SpellingCountRow.count).where(
                SpellingCountRow.kind == kind, SpellingCountRow.term == term)).scalar() or 0


def _summed_rows(total: dict[str, Counter[str]]) -> list[tuple[str, str, int]]:
    """The rows of summed counts in key order, terms cut to the column's 200 characters
    (terms alike in their first 200 add up) and sums of zero left out: what the temporary
    table's ``GROUP BY kind, substr(term, 1, 200) HAVING sum(count) != 0`` gives."""
    rows = sorted((kind, term[:200], n) for kind, counter in total.items()
                  for term, n in counter.items())
    if any(len(term) > 200 for counter in total.values() for term in counter):
        merged: list[tuple[str, str, int]] = []
        for row in rows:
            if merged and merged[-1][:2] == row[:2]:
                merged[-1] = (row[0], row[1], merged[-1][2] + row[2])
            else:
                merged.append(row)
        rows = merged
    return [row for row in rows if row[2] != 0]


def _spill(conn: Any, cursor: Any, total: dict[str, Counter[str]]) -> None:
    """Move the sums so far into a temporary table (the connection's own, gone with the
    transaction), to be added up there at the end: bounds the memory of a huge import."""
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS lexicon_delta "
                         "(kind TEXT NOT NULL, term TEXT NOT NULL, count INTEGER NOT NULL)")
    for kind, counter in total.items():
        if counter:
            cursor.executemany("INSERT INTO temp.lexicon_delta (kind, term, count) "
                               "VALUES (?, ?, ?)",
                               zip(repeat(kind), counter.keys(), counter.values()))
        counter.clear()


def _size(counts: TextCounts) -> int:
    return len(counts.words) + len(counts.bigrams) + len(counts.names)


def attach_term_lexicon(engine: Engine, articles) -> TermLexicon:
    lexicon = TermLexicon(engine)
    articles.add_save_listener(lexicon.listener)
    articles.add_delete_hook(lexicon.before_delete)
    return lexicon
