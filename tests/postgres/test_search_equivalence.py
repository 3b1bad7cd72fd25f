"""Suggestions do not depend on the database: the same archive imported into SQLite (FTS5)
and PostgreSQL (tsvector + GIN) gives the same index hits, scores and suggestions."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from editor.domain import Article
from editor.domain.records import IndexDocument
from editor.publishing.importers.jsonl import JsonlImporter
from editor.related import RelatedSuggester
from editor.store import open_store
from editor.store.search.postgres import fts_tokens, phrase_frequency, weighted_frequencies

# ../shared beside the repository (or beside the folder of a git worktree).
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents[3:5]
               if (p / "shared" / "data").is_dir()),
              Path(__file__).resolve().parents[2].parent / "shared")
ARCHIVE_SIZE = 1500
QUERIES = 40


@pytest.fixture(scope="module")
def two_stores(shared_dir_module, pg_server, tmp_path_factory):
    path = shared_dir_module / "data" / "news-id" / "clickid_articles.jsonl.xz"
    records = list(itertools.islice(JsonlImporter().records(path), ARCHIVE_SIZE + QUERIES))
    archive, drafts = records[:ARCHIVE_SIZE], records[ARCHIVE_SIZE:]
    sqlite = open_store(f"sqlite:///{tmp_path_factory.mktemp('eq') / 'eq.db'}")
    database = pg_server.create_database(migrated=True)
    pg = open_store(pg_server.url(database))
    for store in (sqlite, pg):
        store.articles.import_articles(archive)
    yield sqlite, pg, [r.article for r in drafts]
    sqlite.close()
    pg.close()
    pg_server.drop_database(database)


@pytest.fixture(scope="module")
def shared_dir_module():
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: the news archive is not available")
    return SHARED


def test_same_counts_and_frequencies(two_stores):
    sqlite, pg, _ = two_stores
    assert sqlite.search.document_count() == pg.search.document_count() > 1000
    terms = ["banjir", "medan", "polisi", "jokowi", "presiden", "kota_medan", "gempa"]
    assert sqlite.search.document_frequencies(terms) == pg.search.document_frequencies(terms)
    ids = sqlite.articles.ids()[:50]
    assert sqlite.search.documents(ids) == pg.search.documents(ids)


def test_same_hits_and_bm25_scores(two_stores):
    sqlite, pg, drafts = two_stores
    suggester = RelatedSuggester(sqlite)
    compared = 0
    for draft in drafts:
        query = suggester.build_query(draft)
        terms = list(query.matching or query.terms)
        if not terms:
            continue
        a = sqlite.search.search(terms, limit=50)
        b = pg.search.search(terms, limit=50)
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            assert math.isclose(x.score, y.score, rel_tol=1e-9), (terms, x, y)
        # Same articles in the same order, up to exact ties in score.
        assert sorted((round(h.score, 9), h.article_id) for h in a) == \
            sorted((round(h.score, 9), h.article_id) for h in b)
        compared += 1
    assert compared >= QUERIES // 2


def test_same_suggestions_for_the_same_archive(two_stores):
    sqlite, pg, drafts = two_stores
    on_sqlite, on_pg = RelatedSuggester(sqlite), RelatedSuggester(pg)
    nonempty = 0
    for draft in drafts:
        a = on_sqlite.suggest(draft, limit=10)
        b = on_pg.suggest(draft, limit=10)
        assert [(s.article_id, s.reasons) for s in a] == [(s.article_id, s.reasons) for s in b]
        assert all(math.isclose(x.score, y.score, rel_tol=1e-9) for x, y in zip(a, b,
                                                                               strict=True))
        nonempty += bool(a)
    assert nonempty >= QUERIES // 4
    # An archived article asking for its own relatives leaves itself out on both.
    own = sqlite.articles.resolve(sqlite.articles.list(limit=1)[0].external_id)
    assert [s.article_id for s in on_sqlite.suggest(own)] == \
        [s.article_id for s in on_pg.suggest(pg.articles.get(own.id))]


def test_fts_token_rules():
    assert fts_tokens(["kupu-kupu", "kota_medan", "banjir"]) == \
        ["kupu", "kupu", "kota_medan", "banjir"]
    doc = IndexDocument(1, headline=("banjir", "kupu-kupu"), body=("banjir",))
    freqs, length = weighted_frequencies(doc)
    assert length == 4
    assert freqs == {"banjir": 4.0 + 1.0, "kupu": 8.0}
    fields = {"headline": ["a", "kupu-kupu"], "names": ["x_kupu-kupu", "kupu-kupu_y"]}
    assert phrase_frequency(fields, ["kupu", "kupu"]) == 4.0 + 2.0


def test_a_draft_suggestion_round_trip_on_postgresql(two_stores):
    _, pg, drafts = two_stores
    draft = Article(headline=drafts[0].headline, body=drafts[0].body, tags=drafts[0].tags)
    created = pg.articles.create(draft)
    suggestions = RelatedSuggester(pg).suggest(pg.articles.get(created.id))
    assert created.id not in {s.article_id for s in suggestions}
    pg.articles.delete(created.id)


def test_catch_up_after_missed_saves_on_postgresql(pg_url):
    store = open_store(pg_url)
    a = store.articles.create(Article(headline="Banjir di Medan"))
    with store.engine.begin() as conn:               # as if the process died mid-way
        conn.exec_driver_sql("DELETE FROM search_pg")
        conn.exec_driver_sql("DELETE FROM search_docs")
    store.close()
    other = open_store(pg_url)                       # a fresh process catches up on first use
    try:
        assert {h.article_id for h in other.search.search(["banjir"], limit=5)} == {a.id}
        assert other.search.rebuild() == 1
    finally:
        other.close()


def test_same_topic_counts_for_the_proofreader(two_stores):
    """The proofreader's archive of stories (editor/store/search/cooccurrence.py) counts
    the same on both databases, and what it counts are the articles that write both words,
    as the analysed documents say."""
    from editor.store.search.cooccurrence import IndexDocuments, MemoryTermCounts

    sqlite, pg, _ = two_stores
    ids = sqlite.articles.ids()
    memory = IndexDocuments(MemoryTermCounts(
        d.all_terms() for d in sqlite.search.documents(ids).values()))
    words = ["banjir", "polisi", "presiden", "harga", "kendaraan", "pemerintah", "naik",
             "dan", "tidakadakatainiya"]
    pairs = [(a, b) for a, b in itertools.combinations(words, 2)]
    answers = []
    for store in (sqlite, pg):
        docs = store.proofing_counts().documents
        assert docs is not None
        answers.append((docs.documents(), docs.frequencies(words), docs.together(pairs)))
    expected = (memory.documents(), memory.frequencies(words), memory.together(pairs))
    assert answers[0] == answers[1] == expected
    n, df, both = expected
    assert n == ARCHIVE_SIZE and df["polisi"] > 50 and df["naik"] == 0  # naik: a stop word
    assert 0 < both[("polisi", "pemerintah")] <= min(df["polisi"], df["pemerintah"])
    assert both[("polisi", "naik")] == 0
