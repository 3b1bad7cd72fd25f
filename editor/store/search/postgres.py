""":class:`~editor.store.search.base.SearchIndex` on PostgreSQL: a ``tsvector`` with a GIN
index, fed by the same Python analysis as the SQLite FTS5 index, ranked with the same BM25.

Suggestions must not depend on the database, so this backend reproduces what FTS5 does with
the analysed terms rather than using PostgreSQL's own text search configuration:

- A field's stored text is its analysed terms joined by spaces; FTS5 (``unicode61``,
  ``tokenchars '_'``) splits that into tokens of word characters. :func:`fts_tokens` splits
  the same way, so document lengths and term counts are the ones FTS5 sees.
- ``search_pg.terms`` is a ``tsvector`` of those tokens (the analysed forms as they are, no
  PostgreSQL stemming) with a GIN index: it finds the candidate articles of a query.
- ``search_pg.freqs`` holds each token's weighted frequency (the sum of the field weights of its
  occurrences, which is FTS5's per-phrase frequency). A hyphenated query term ("kupu-kupu")
  is two tokens for FTS5, i.e. a phrase: its candidates come from the GIN index (all tokens
  present) and its consecutive occurrences are counted from the stored fields.
- The score is FTS5's ``bm25()`` (k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) / (n + 0.5)),
  floored at 1e-6), with N, n and the average length counted the way FTS5 counts them.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime

from sqlalchemy import Connection, text

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
)

K1 = 1.2
B = 0.75
_TOKEN = re.compile(r"\w+")

CREATE_SQL = """
CREATE TABLE IF NOT EXISTS search_pg (
    article_id integer PRIMARY KEY,
    terms tsvector NOT NULL,
    freqs jsonb NOT NULL,
    fields jsonb NOT NULL,
    doc_len integer NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_search_pg_terms ON search_pg USING gin (terms);
"""


def _lexeme(term: str) -> str:
    """``term`` as a quoted tsquery lexeme."""
    return "'" + term.replace("'", "''").replace("\\", "\\\\") + "'"


def fts_tokens(terms: Iterable[str]) -> list[str]:
    """The tokens FTS5's unicode61 tokenizer makes of a field's stored text."""
    return _TOKEN.findall(" ".join(terms))


def _phrase_count(tokens: list[str], phrase: list[str]) -> int:
    n = len(phrase)
    return sum(1 for i in range(len(tokens) - n + 1) if tokens[i:i + n] == phrase)


def weighted_frequencies(doc: IndexDocument) -> tuple[dict[str, float], int]:
    """(token -> weighted frequency, document length in tokens), as FTS5's bm25 counts them."""
    freqs: defaultdict[str, float] = defaultdict(float)
    length = 0
    for name in FIELDS:
        tokens = fts_tokens(doc.field(name))
        length += len(tokens)
        weight = FIELD_WEIGHTS[name]
        for token in tokens:
            freqs[token] += weight
    return dict(freqs), length


def phrase_frequency(fields: dict[str, list[str]], parts: list[str]) -> float:
    """Weighted count of the consecutive tokens ``parts`` in each field (an FTS5 phrase)."""
    return sum(FIELD_WEIGHTS[name] * _phrase_count(fts_tokens(fields.get(name, ())), parts)
               for name in FIELDS)


def sastrawi_roots() -> list[str]:
    """PySastrawi's root dictionary: every stem the analysis gives that is not the word
    itself is one of these (the stemmer returns a root or the word)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return sorted({w.strip() for w in StemmerFactory().get_words() if w.strip()})


def install_roots(conn: Connection) -> None:
    """(Re)fill ``search_roots`` with :func:`sastrawi_roots` (the owner's table: the
    definer functions read it, no desk login has any privilege on it)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("CREATE TABLE IF NOT EXISTS search_roots (root text PRIMARY KEY)")
    driver.execute("DELETE FROM search_roots")
    with driver.cursor() as cursor:
        with cursor.copy("COPY search_roots (root) FROM STDIN") as copy:
            for root in sastrawi_roots():
                copy.write_row((root,))


def create_tables(conn: Connection) -> None:
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection has its psycopg connection
    driver.execute(CREATE_SQL)


class PgSearchIndex(IndexBase):
    """The PostgreSQL backend; reading articles, catching up and listening are shared with
    the SQLite backend (:class:`~editor.store.search.base.IndexBase`), only storage and
    ranking differ."""

    # -- writing ---------------------------------------------------------------------------
    def _write(self, ids: list[int], docs: list[IndexDocument], versions: dict[int, int]) -> None:
        from editor.store.postgres.content import through_functions

        if through_functions(self.engine):
            self._write_through_function(ids, docs, versions)
            return
        df_change: Counter[str] = Counter()
        for doc in docs:
            df_change.update(doc.all_terms())
        rows = []
        for doc in docs:
            freqs, length = weighted_frequencies(doc)
            fields = {name: list(doc.field(name)) for name in FIELDS}
            rows.append({"id": doc.article_id, "tokens": sorted(set(freqs)),
                         "freqs": json.dumps(freqs), "fields": json.dumps(fields),
                         "len": length})
        with self.engine.begin() as conn:
            # Saves from many desks index concurrently: one writer per article at a time (so
            # the old terms read below are still the ones replaced), locks taken in id order.
            conn.execute(text("SELECT pg_advisory_xact_lock(7140, id) FROM unnest("
                              "CAST(:ids AS integer[])) AS id ORDER BY id"), {"ids": ids})
            for (fields,) in conn.execute(
                text("SELECT fields FROM search_pg WHERE article_id = ANY(:ids)"), {"ids": ids}
            ):
                df_change.subtract({t for name in FIELDS for t in fields.get(name, ())})
            conn.execute(text("DELETE FROM search_pg WHERE article_id = ANY(:ids)"), {"ids": ids})
            conn.execute(text("DELETE FROM search_docs WHERE article_id = ANY(:ids)"),
                         {"ids": ids})
            if rows:
                conn.execute(text(
                    "INSERT INTO search_pg (article_id, terms, freqs, fields, doc_len) VALUES "
                    "(:id, array_to_tsvector(CAST(:tokens AS text[])), CAST(:freqs AS jsonb), "
                    "CAST(:fields AS jsonb), :len)"), rows)
            if versions:
                conn.execute(text("INSERT INTO search_docs (article_id, version) "
                                  "VALUES (:id, :version)"),
                             [{"id": i, "version": v} for i, v in versions.items()])
            # Sorted, so two desks updating the same terms lock them in the same order.
            changes = sorted((t, n) for t, n in df_change.items() if n)
            if changes:
                conn.execute(text(
                    "INSERT INTO search_terms (term, df) VALUES (:term, :df) "
                    "ON CONFLICT (term) DO UPDATE SET df = search_terms.df + excluded.df"),
                    [{"term": t, "df": n} for t, n in changes])
                if any(n < 0 for _, n in changes):
                    conn.execute(text("DELETE FROM search_terms WHERE df <= 0"))

    def _write_through_function(self, ids: list[int], docs: list[IndexDocument],
                                versions: dict[int, int]) -> None:
        """A personal login: the database checks and writes (``redaksi_index_write``)."""
        by_id = {doc.article_id: doc for doc in docs}
        payload = []
        for article_id, version in versions.items():
            entry: dict[str, object] = {"id": article_id, "version": version}
            doc = by_id.get(article_id)
            if doc is not None:
                freqs, length = weighted_frequencies(doc)
                entry.update(tokens=sorted(set(freqs)), freqs=freqs, len=length,
                             fields={name: list(doc.field(name)) for name in FIELDS})
            payload.append(entry)
        with self.engine.begin() as conn:
            conn.execute(text("SELECT redaksi_index_write(CAST(:ids AS integer[]), "
                              "CAST(:docs AS json))"),
                         {"ids": ids, "docs": json.dumps(payload, ensure_ascii=False)})

    def rebuild(self, progress: ProgressCallback | None = None) -> int:
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM search_pg"))
            conn.execute(text("DELETE FROM search_docs"))
            conn.execute(text("DELETE FROM search_terms"))
        self._new_generation()
        return self.catch_up(progress)

    # -- reading ---------------------------------------------------------------------------
    def search(self, terms: Sequence[str], *, limit: int,
               exclude: Collection[int] = ()) -> list[SearchHit]:
        self.ensure_current()
        unique = [t for t in dict.fromkeys(t for t in terms if t) if _TOKEN.search(t)]
        if not unique:
            return []
        singles = [t for t in unique if len(_TOKEN.findall(t)) == 1]
        phrases = [_TOKEN.findall(t) for t in unique if len(_TOKEN.findall(t)) > 1]
        excluded = set(exclude)
        with self.engine.connect() as conn:
            total, tokens = conn.execute(text(
                "SELECT count(*), coalesce(sum(doc_len), 0) FROM search_pg")).one()
            if not total:
                return []
            avgdl = tokens / total if tokens else 1.0

            def idf(hits: int) -> float:
                value = math.log((total - hits + 0.5) / (hits + 0.5))
                return value if value > 0 else 1e-6

            # n(q) of single tokens straight from the GIN index, as FTS5 counts at query time.
            counts: dict[str, int] = dict(conn.execute(text(
                "SELECT q.t, (SELECT count(*) FROM search_pg d "
                "             WHERE d.terms @@ CAST(quote_literal(q.t) AS tsquery)) "
                "FROM unnest(CAST(:terms AS text[])) AS q(t)"), {"terms": singles}).all()) \
                if singles else {}
            # Phrases (hyphenated terms are several FTS5 tokens): candidates have all their
            # tokens (GIN); the consecutive occurrences are counted here, field by field.
            ph_ids: list[int] = []
            ph_idfs: list[float] = []
            ph_freqs: list[float] = []
            for parts in phrases:
                query = " & ".join(f"'{p}'" for p in parts)
                found = [(int(i), phrase_frequency(fields, parts)) for i, fields in conn.execute(
                    text("SELECT article_id, fields FROM search_pg "
                         "WHERE terms @@ CAST(:q AS tsquery)"), {"q": query})]
                found = [(i, f) for i, f in found if f > 0]
                for article_id, freq in found:
                    ph_ids.append(article_id)
                    ph_idfs.append(idf(len(found)))
                    ph_freqs.append(freq)
            rows = conn.execute(text(
                "WITH contrib AS ("
                "  SELECT d.article_id, f.idf, f.v FROM search_pg d "
                "  CROSS JOIN LATERAL (SELECT q.idf, CAST(d.freqs ->> q.key AS float8) AS v "
                "     FROM unnest(CAST(:keys AS text[]), CAST(:idfs AS float8[])) "
                "          AS q(key, idf)) f "
                "  WHERE :any_single AND d.terms @@ CAST(:tsquery AS tsquery) "
                "    AND f.v IS NOT NULL "
                "  UNION ALL "
                "  SELECT p.article_id, p.idf, p.v FROM unnest(CAST(:ph_ids AS integer[]), "
                "     CAST(:ph_idfs AS float8[]), CAST(:ph_freqs AS float8[])) "
                "     AS p(article_id, idf, v)) "
                "SELECT c.article_id, sum(c.idf * (c.v * (:k1 + 1)) / "
                "       (c.v + :k1 * (1 - :b + :b * d.doc_len / :avgdl))) AS score "
                "FROM contrib c JOIN search_pg d ON d.article_id = c.article_id "
                "GROUP BY c.article_id ORDER BY score DESC, c.article_id LIMIT :n"),
                {"k1": K1, "b": B, "avgdl": float(avgdl), "keys": singles,
                 "idfs": [idf(int(counts.get(t, 0))) for t in singles],
                 "any_single": bool(singles),
                 "tsquery": " | ".join(f"'{t}'" for t in singles) if singles else "'x'",
                 "ph_ids": ph_ids, "ph_idfs": ph_idfs, "ph_freqs": ph_freqs,
                 "n": limit + len(excluded)}).all()
        out = [SearchHit(int(r[0]), float(r[1])) for r in rows if r[0] not in excluded]
        return out[:limit]

    def _load_frequencies(self, unique: list[str]) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t: int(n) for t, n in conn.execute(
                text("SELECT term, df FROM search_terms WHERE term = ANY(:terms)"),
                {"terms": unique})}

    def _indexed_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM search_pg")).scalar_one())

    def _pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]:
        # The tsvector holds the analysed tokens as they are (array_to_tsvector): a quoted
        # lexeme matches one exactly, with no text-search configuration in between.
        subs = ", ".join(
            f"(SELECT count(*) FROM search_pg WHERE terms @@ CAST(:q{k} AS tsquery))"
            for k in range(len(pairs)))
        params = {f"q{k}": f"{_lexeme(a)} & {_lexeme(b)}" for k, (a, b) in enumerate(pairs)}
        with self.engine.connect() as conn:
            row = conn.execute(text(f"SELECT {subs}"), params).one()
        return [int(n) for n in row]

    def document_count(self) -> int:
        self.ensure_current()
        self._check_generation()
        if self._count is None:
            with self.engine.connect() as conn:
                self._count = int(conn.execute(text("SELECT count(*) FROM search_pg")).scalar_one())
        return self._count

    def _load_vectors_with_dates(self, ids: list[int]
                                 ) -> dict[int, tuple[TermVector, datetime | None]]:
        """Built from the stored fields with :meth:`TermVector.of`, the function SQLite's
        stored vectors come from (so both rank alike)."""
        query = text(
            "SELECT s.article_id, s.fields, a.status, a.published_at, a.dateline, a.created_at "
            "FROM search_pg s JOIN articles a ON a.id = s.article_id "
            "WHERE s.article_id = ANY(:ids)").columns(**DATE_TYPES)
        with self.engine.connect() as conn:
            return {
                int(article_id): (
                    TermVector.of(IndexDocument(
                        int(article_id), *(tuple(fields.get(name, ())) for name in FIELDS))),
                    appeared(published_at, dateline, created_at))
                for article_id, fields, status, published_at, dateline, created_at
                in conn.execute(query, {"ids": ids})
                if status != Status.KILLED.value
            }

    def documents(self, article_ids: Collection[int]) -> dict[int, IndexDocument]:
        ids = list(article_ids)
        if not ids:
            return {}
        with self.engine.connect() as conn:
            return {
                int(article_id): IndexDocument(int(article_id), *(
                    tuple(fields.get(name, ())) for name in FIELDS))
                for article_id, fields in conn.execute(
                    text("SELECT article_id, fields FROM search_pg WHERE article_id = ANY(:ids)"),
                    {"ids": ids})
            }
