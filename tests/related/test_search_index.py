"""The full-text index follows every save: create, update, delete, kill, import; catches up
when it fell behind; analysis is Indonesian (stems, stop words, names)."""

from __future__ import annotations

import pytest

from editor.domain.article import Article
from editor.domain.workflow import Status
from editor.related.analysis import analyzer
from editor.store import ImportRecord, open_store


def _ids(store, *terms: str) -> set[int]:
    return {h.article_id for h in store.search.search(list(terms), limit=50)}


def test_analysis_stems_stops_and_names() -> None:
    a = analyzer()
    terms = a.terms("Polisi menangkap pelaku; penangkapan itu dilakukan kemarin.")
    assert "tangkap" in terms                      # menangkap, penangkapan -> tangkap
    assert "itu" not in terms and "kemarin" not in terms
    names = a.names("Banjir di Kota Medan. Wali Kota Medan Bobby Nasution meninjau. Dalam "
                    "rapat, BPBD hadir.")
    assert {"kota_medan", "bobby_nasution", "bpbd"} <= set(names)
    assert "dalam" not in names and "banjir" not in names  # sentence openers are not names


def test_create_update_delete_follow(store) -> None:
    created = store.articles.create(Article(headline="Banjir di Medan", body="Air naik."))
    assert _ids(store, "banjir") == {created.id}

    updated = store.articles.update(created.with_changes(
        headline="Gempa di Palu", body="Tanah bergetar."), user="ed")
    assert _ids(store, "banjir") == set()
    assert _ids(store, "gempa") == {created.id}
    assert _ids(store, "getar") == {created.id}    # bergetar -> getar

    store.articles.delete(updated.id)
    assert _ids(store, "gempa") == set()
    assert store.search.stale_ids() == []


def test_tags_are_indexed_and_weigh_more_than_body(store) -> None:
    in_body = store.articles.create(Article(
        headline="Rapat Dewan", body="Rapat membahas anggaran dan juga soal banjir tahunan."))
    tagged = store.articles.create(Article(
        headline="Rapat Dewan", body="Rapat membahas anggaran tahunan.", tags=("banjir",)))
    hits = store.search.search(["banjir"], limit=5)
    assert [h.article_id for h in hits] == [tagged.id, in_body.id]


def test_killed_articles_leave_the_index(store) -> None:
    a = store.articles.create(Article(headline="Banjir di Medan"))
    store.articles.update(a.with_changes(status=Status.KILLED), user="ed")
    assert _ids(store, "banjir") == set()
    assert store.search.stale_ids() == []          # known, deliberately not indexed


def test_import_is_indexed_in_one_go(store) -> None:
    records = [ImportRecord(Article(headline=f"Berita banjir {n}", external_id=f"x{n}"), n)
               for n in range(1200)]                 # more than one sync chunk
    store.articles.import_articles(records)
    assert store.search.document_count() == 1200
    assert len(store.search.search(["banjir"], limit=2000)) == 1200
    # Re-importing unchanged items touches nothing and keeps the index whole.
    store.articles.import_articles(records)
    assert store.search.document_count() == 1200


def test_large_sync_merges_the_fts_index_and_ranks_the_same(tmp_path, monkeypatch) -> None:
    # SQLite: after a large sync (an import) the FTS5 index is one segment (each query term
    # is looked up once, not once per segment), with the same postings and BM25 scores.
    import editor.store.search.sqlite as sqlite_index

    def segments(s) -> int:
        with s.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT count(DISTINCT segid) FROM search_fts_idx").scalar_one()

    records = [ImportRecord(Article(headline=f"Banjir {n} di Medan",
                                    body=" ".join(["air naik"] * (n % 7 + 1)),
                                    external_id=f"x{n}"), n) for n in range(300)]
    ranked = {}
    for minimum in (10**9, 100):
        monkeypatch.setattr(sqlite_index, "OPTIMIZE_MIN_DOCS", minimum)
        s = open_store(f"sqlite:///{tmp_path / f'{minimum}.db'}")
        # Several small imports leave several segments; the last large one merges them.
        for start in range(0, 200, 20):
            s.articles.import_articles(records[start:start + 20])
        s.articles.import_articles(records[200:])
        ranked[minimum] = (segments(s), [(h.article_id, h.score) for h in
                                         s.search.search(["banjir", "air", "medan"], limit=50)])
        s.close()
    assert ranked[10**9][0] > 1 and ranked[100][0] == 1
    assert ranked[100][1] == ranked[10**9][1]


def test_large_sync_turns_automatic_merging_back_on(tmp_path, monkeypatch) -> None:
    # The large sync writes with FTS5's automerge off; afterwards, and after a sync that
    # failed half-way, small saves are merged automatically again.
    import editor.store.search.sqlite as sqlite_index

    def automerge(s) -> object:
        with s.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT v FROM search_fts_config WHERE k = 'automerge'").first()
        return None if row is None else row[0]

    monkeypatch.setattr(sqlite_index, "OPTIMIZE_MIN_DOCS", 50)
    s = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    seen: list[object] = []
    original = sqlite_index.SqliteFtsIndex._write_analysed

    def spy(self, *args, **kwargs):
        seen.append(automerge(s))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sqlite_index.SqliteFtsIndex, "_write_analysed", spy)
    records = [ImportRecord(Article(headline=f"Banjir {n} di Medan", external_id=f"x{n}"), n)
               for n in range(60)]
    s.articles.import_articles(records)
    assert seen == [0] and automerge(s) == sqlite_index.AUTOMERGE_DEFAULT

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(sqlite_index.SqliteFtsIndex, "_write_analysed", broken)
    with pytest.raises(RuntimeError):
        s.search.sync(s.articles.ids())
    assert automerge(s) == sqlite_index.AUTOMERGE_DEFAULT
    s.close()


def test_catch_up_after_missed_saves(store, db_url: str) -> None:
    a = store.articles.create(Article(headline="Banjir di Medan"))
    table = "search_pg" if store.engine.dialect.name == "postgresql" else "search_fts"
    with store.engine.begin() as conn:               # as if the process died mid-way
        conn.exec_driver_sql(f"DELETE FROM {table}")
        conn.exec_driver_sql("DELETE FROM search_docs")
    other = open_store(db_url)                       # a fresh process catches up on first use
    try:
        assert {h.article_id for h in other.search.search(["banjir"], limit=5)} == {a.id}
    finally:
        other.close()


def test_rebuild(store) -> None:
    a = store.articles.create(Article(headline="Banjir di Medan"))
    assert store.search.rebuild() == 1
    assert _ids(store, "banjir") == {a.id}


def test_document_frequencies_and_stored_terms(store) -> None:
    a = store.articles.create(Article(headline="Banjir di Medan", tags=("Bobby Nasution",)))
    store.articles.create(Article(headline="Banjir di Palu"))
    df = store.search.document_frequencies(["banjir", "medan", "tidakada"])
    assert df == {"banjir": 2, "medan": 1}
    doc = store.search.documents([a.id])[a.id]
    assert "bobby_nasution" in doc.tags and "banjir" in doc.headline
    store.articles.update(a.with_changes(headline="Gempa di Medan", tags=()), user="ed")
    assert store.search.document_frequencies(["banjir", "gempa", "bobby_nasution"]) == {
        "banjir": 1, "gempa": 1}
    store.articles.delete(a.id)
    assert store.search.document_frequencies(["banjir", "gempa", "medan"]) == {"banjir": 1}


def test_migration_down_and_up_again(db_url: str) -> None:
    from alembic import command

    from editor.store.db import alembic_config, current_revision, upgrade

    store = open_store(db_url)
    store.articles.create(Article(headline="Banjir di Medan"))
    config = alembic_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert current_revision(store.engine) == "0001"
    upgrade(store.engine)
    store.close()
    reopened = open_store(db_url)            # the emptied index is caught up on first use
    try:
        assert len(reopened.search.search(["banjir"], limit=5)) == 1
    finally:
        reopened.close()


def test_databases_without_a_backend_say_so() -> None:
    import pytest

    from editor.store.search import SearchUnavailable, UnavailableSearchIndex

    index = UnavailableSearchIndex("postgresql")
    index.listener([1, 2])                       # saves are not blocked
    with pytest.raises(SearchUnavailable, match="postgresql"):
        index.search(["banjir"], limit=5)


def test_cached_terms_dates_and_frequencies_follow_saves(store) -> None:
    """The index caches candidates' terms and dates and the archive's document frequencies
    between queries; every save must still be seen by the next query."""
    first = store.articles.create(Article(headline="Banjir di Medan", body="Air naik."))
    other = store.articles.create(Article(headline="Banjir di Binjai", body="Air surut."))
    assert store.search.document_frequencies(["banjir", "gempa"]) == {"banjir": 2}
    doc, _ = store.search.vectors_with_dates([first.id])[first.id]
    assert "banjir" in doc.headline

    store.articles.update(first.with_changes(headline="Gempa di Palu", body="Tanah bergetar."),
                          user="ed")
    assert store.search.document_frequencies(["banjir", "gempa"]) == {"banjir": 1, "gempa": 1}
    doc, _ = store.search.vectors_with_dates([first.id])[first.id]
    assert doc.headline == ("gempa", "palu")
    assert set(store.search.vectors_with_dates([first.id, other.id])) == {first.id, other.id}

    store.articles.update(store.articles.get(other.id).with_changes(status=Status.KILLED),
                          user="ed")
    assert set(store.search.vectors_with_dates([first.id, other.id])) == {first.id}
    assert store.search.document_frequencies(["banjir"]) == {}
    assert store.search.document_count() == 1


def test_stored_vectors_are_the_counts_of_the_stored_terms(tmp_path) -> None:
    """search_vectors holds each article's term counts (names once), as the re-ranker would
    count them from the FTS5 fields; migration 0010 computes them for an index built before
    it, without re-analysing."""
    from alembic import command

    from editor.domain.term_vector import TermVector
    from editor.store.db import alembic_config, upgrade

    store = open_store(f"sqlite:///{tmp_path / 'v.db'}")
    first = store.articles.create(Article(
        headline="Banjir di Medan", body="Banjir merendam Medan. Warga Medan mengungsi.\n\n"
        "Wali Kota Medan Bobby Nasution meninjau banjir.", tags=("banjir",)))
    second = store.articles.create(Article(headline="Gempa di Palu", body="Tanah bergetar."))
    docs = store.search.documents([first.id, second.id])
    vectors = {i: v for i, (v, _) in store.search.vectors_with_dates(
        [first.id, second.id]).items()}
    for article_id, doc in docs.items():
        expected = TermVector.of(doc)
        assert vectors[article_id] == TermVector.from_parts(
            article_id, expected.terms, type(vectors[article_id].counts)("I", expected.counts),
            expected.headline)
    assert vectors[first.id].count_map()["banjir"] == 4    # headline, tag, body twice
    assert vectors[first.id].count_map()["bobby_nasution"] == 1  # a name counts once

    config = alembic_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    upgrade(store.engine)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT article_id, terms, counts, headline FROM search_vectors").all()
    backfilled = {r[0]: TermVector.from_stored(*r) for r in rows}
    assert backfilled == vectors
    store.close()
