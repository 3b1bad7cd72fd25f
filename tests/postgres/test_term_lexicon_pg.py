"""Newsroom mode: the desk's term lexicon follows personal logins' writes, counted by the
database itself (issue 15, item 6 follow-up): whatever a login sends or leaves out, the totals
equal what the stored texts give, as the app's own tokeniser counts them."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import replace

import pytest
from factories import complete_article
from psycopg import errors

from editor.proofing.spelling.counts import count_text
from editor.store.term_lexicon import article_text


@pytest.fixture(scope="module")
def news_articles() -> list[dict]:
    """The first 200 real articles of the shared archive (skips without ../shared)."""
    import lzma
    import os
    from pathlib import Path

    shared = Path(os.environ.get("REDAKSI_SHARED_DIR")
                  or Path(__file__).resolve().parents[2].parent / "shared")
    path = shared / "data" / "news-id" / "clickid_articles.jsonl.xz"
    if not path.is_file():
        pytest.skip(f"{path} not found: real articles are not available")
    out = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) == 200:
                break
    return out


def _lexicon_state(newsroom) -> tuple:
    with newsroom.service.engine.connect() as conn:
        return (conn.exec_driver_sql(
                    "SELECT kind, term, count FROM spelling_counts ORDER BY 1, 2").all(),
                conn.exec_driver_sql("SELECT * FROM spelling_docs ORDER BY 1").all())


def _expected_totals(newsroom) -> Counter:
    """The lexicon the stored texts give, counted by the app's tokeniser (Python)."""
    total: Counter = Counter()
    with newsroom.service.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT headline, summary, body FROM articles").all()
    for headline, summary, body in rows:
        c = count_text(article_text(headline, summary, body))
        for kind, table in (("w", c.words), ("b", c.bigrams), ("n", c.names)):
            total.update({(kind, t): n for t, n in table.items()})
    return total


def _stored_totals(newsroom) -> Counter:
    with newsroom.service.engine.connect() as conn:
        return Counter({(k, t): n for k, t, n in conn.exec_driver_sql(
            "SELECT kind, term, count FROM spelling_counts").all()})


def _all_counted(newsroom) -> bool:
    with newsroom.service.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM articles a LEFT JOIN spelling_docs s ON s.article_id = a.id "
            "WHERE s.version IS DISTINCT FROM a.version").scalar_one() == 0


def _assert_exact(newsroom) -> None:
    expected, stored = _expected_totals(newsroom), _stored_totals(newsroom)
    differing = {k: (expected.get(k), stored.get(k)) for k in set(expected) | set(stored)
                 if expected.get(k) != stored.get(k)}
    assert not differing, list(differing.items())[:10]
    assert _all_counted(newsroom)


def test_reporter_saves_update_the_shared_term_lexicon(newsroom):
    newsroom.add("t-reporter", "reporter")
    reporter = newsroom.open("t-reporter")
    a = reporter.articles.create(complete_article(
        headline="Banjir Medan", body="Warga bertemu Syharul di pendopo."))
    assert newsroom.service.terms.count("n", "Syharul") == 1
    reporter.articles.update(replace(reporter.articles.get(a.id),
                                     body="Warga bertemu Munawar di pendopo."),
                             user="t-reporter")
    service = newsroom.service.terms
    assert service.count("n", "Syharul") == 0
    assert service.count("n", "Munawar") == 1
    assert "Munawar" in newsroom.open("t-reporter").terms.load().names
    _assert_exact(newsroom)


def test_reporter_cannot_write_the_term_lexicon_by_hand(newsroom):
    """A reporter's psql cannot teach typos as words, delete the counts, or hand counts in."""
    newsroom.add("t-ana", "reporter")
    newsroom.add("t-citra", "reporter")
    ana = newsroom.open("t-ana")
    a = ana.articles.create(complete_article(
        headline="Banjir Medan", body="Warga bertemu Syharul di pendopo kantor camat."))
    before = _lexicon_state(newsroom)
    assert ("n", "Syharul", 1) in before[0]
    sql = newsroom.connect("t-citra")
    for statement in (
            "INSERT INTO spelling_counts (kind, term, count) VALUES ('w', 'pemerintha', 9999)",
            "UPDATE spelling_counts SET count = 100000 WHERE kind = 'w'",
            "DELETE FROM spelling_counts",
            "DELETE FROM spelling_docs",
            "UPDATE spelling_docs SET version = version + 1",
            "INSERT INTO spelling_docs (article_id, version) VALUES (999, 1)",
            "TRUNCATE spelling_counts",
            # the helpers are the database's own, not the desk's
            "SELECT redaksi_terms_delta(NULL, 'pemerintha pemerintha')",
            "SELECT redaksi_count_text('x')",
            "ALTER TABLE articles DISABLE TRIGGER redaksi_terms_follow",
            "DROP TRIGGER redaksi_terms_follow ON articles"):
        with pytest.raises((errors.InsufficientPrivilege, errors.UndefinedFunction)):
            sql.execute(statement)
    # Counts are no longer accepted from the app at all: the old entry point is gone.
    forged = {"id": a.id, "version": a.version,
              "plus": {"w": {"pemerintha": 9999}, "n": {"Syharul": 500}}}
    with pytest.raises(errors.UndefinedFunction):
        sql.execute("SELECT redaksi_terms_write(CAST(%s AS json))", (json.dumps([forged]),))
    # The catch-up entry point counts nothing already counted, and anything unknown is ignored.
    assert sql.execute("SELECT redaksi_terms_write(%s)",
                       ([a.id, a.id, 999_999, None],)).fetchone()[0] == 0
    assert _lexicon_state(newsroom) == before
    assert "Syharul" in newsroom.open("t-citra").terms.load().names
    _assert_exact(newsroom)


def _raw_save(sql, article_id: int, version: int, body: str) -> int:
    """A save through the definer function from psql: no app, no listener, no counts sent
    (the stored fields and tags are kept, the body replaced)."""
    values, status = sql.execute(
        "SELECT row_to_json(a), a.status FROM articles a WHERE a.id = %s", (article_id,)
    ).fetchone()
    names, keys = sql.execute(
        "SELECT coalesce(array_agg(t.name ORDER BY x.position), '{}'), "
        "coalesce(array_agg(t.key ORDER BY x.position), '{}') FROM article_tags x "
        "JOIN tags t ON t.id = x.tag_id WHERE x.article_id = %s", (article_id,)).fetchone()
    values["body"] = body
    return sql.execute(
        "SELECT new_version FROM redaksi_save_article(%s, %s, CAST(%s AS json), %s, %s, %s, "
        "'save', NULL)", (article_id, version, json.dumps(values), status, names, keys)
    ).fetchone()[0]


def test_no_window_after_a_save_counts_are_the_texts_whatever_the_login_does(newsroom):
    """Issue 15, the window of the last closing note: a save whose app sends nothing (psql,
    or an app that crashed before its count) is counted in its own transaction, so there is
    no moment in which a login could hand in fewer counts than its text has."""
    newsroom.add("t-ana", "reporter")
    newsroom.add("t-sari", "editor")
    service = newsroom.service
    other = service.articles.create(complete_article(
        headline="Pemerintah Kota", body="Pemerintah kota Medan membuka pendopo baru."))
    ana = newsroom.open("t-ana")
    a = ana.articles.create(complete_article(
        headline="Banjir Medan", body="Warga bertemu Syharul di pendopo."))
    _assert_exact(newsroom)
    # Ana's own save whose lexicon update the app did not send (listener detached).
    quiet = newsroom.open("t-ana")
    quiet.articles._save_listeners.clear()
    v2 = quiet.articles.update(replace(quiet.articles.get(a.id),
                                       body="Warga bertemu Munawar di pendopo. Munawar pergi."),
                               user="t-ana")
    assert service.terms.count("n", "Munawar") == 1  # the second opens its sentence
    assert service.terms.count("w", "munawar") == 2
    assert service.terms.count("n", "Syharul") == 0
    _assert_exact(newsroom)
    # The same from psql, twice in a row, with a 100,000-letter word and odd Unicode.
    sql = newsroom.connect("t-ana")
    v3 = _raw_save(sql, a.id, v2.version, "Warga bertemu Ⅻ Budi di ŞİŞLİ, Straße " + "a" * 100_000)
    v4 = _raw_save(sql, a.id, v3, "Kepala Dinas bertemu ΣΟΦΟΣ dan km² di İzmir.")
    assert service.terms.count("n", "Budi") == 0 and service.terms.count("n", "İzmir") == 1
    assert service.terms.count("w", "σοφος") == 1
    _assert_exact(newsroom)
    # An autosave replacing the previous autosave's revision, then a transition (the text is
    # the same: only the counted version moves), then a restore.
    editor = newsroom.open("t-sari")
    cur = ana.articles.get(a.id)
    assert cur.version == v4
    ana.articles.update(replace(cur, body="Rapat darurat di Balai Kota."), user="t-ana",
                        kind="autosave")
    cur = ana.articles.get(a.id)
    ana.articles.update(replace(cur, body="Rapat darurat di Balai Kota Medan."), user="t-ana",
                        kind="autosave")
    _assert_exact(newsroom)
    ana.articles._save_listeners.clear()
    ana.workflow.transition(a.id, "submit", "t-ana")
    _assert_exact(newsroom)
    editor.workflow.transition(a.id, "start-review", "t-sari")
    cur = editor.articles.get(a.id)
    editor.articles.update(replace(cur, body="Editor menulis ulang: Wali Kota Medan hadir."),
                           user="t-sari")
    _assert_exact(newsroom)
    # The editor deletes the story: its counts go with it (the service's article stays).
    editor.articles.delete(a.id, user="t-sari")
    assert service.terms.count("n", "Wali") == 0
    assert service.terms.count("w", "pemerintah") == 2
    _assert_exact(newsroom)
    assert other.id != a.id


def test_service_counted_articles_edited_by_a_reporter_stay_exact(newsroom, news_articles):
    """Articles imported by the service login are counted by the app (Python); the database
    takes them over when a reporter edits them: both tokenisers must agree exactly."""
    newsroom.add("t-ana", "reporter")
    service = newsroom.service
    ids = [service.articles.create(complete_article(
        headline=rec["title"], body=rec["body"], summary="")).id for rec in news_articles[:60]]
    _assert_exact(newsroom)
    ana_sql = newsroom.connect("t-ana")
    with service.engine.begin() as conn:  # hand the articles to Ana (she is their author)
        conn.exec_driver_sql("UPDATE articles SET created_by = 't-ana'")
    for aid, rec in zip(ids[:30], news_articles[60:90], strict=True):
        version = service.articles.get(aid).version
        _raw_save(ana_sql, aid, version, rec["body"])
    _assert_exact(newsroom)


def test_real_articles_written_by_a_reporter_are_counted_exactly(newsroom, news_articles):
    newsroom.add("t-ana", "reporter")
    ana = newsroom.open("t-ana")
    ana.articles._save_listeners.clear()  # nothing from the app: the database alone counts
    made = [ana.articles.create(complete_article(headline=r["title"], body=r["body"]))
            for r in news_articles[:150]]
    for art, rec in zip(made[:50], news_articles[150:200], strict=True):
        ana.articles.update(replace(art, body=rec["body"]), user="t-ana")
    _assert_exact(newsroom)
    assert sum(_stored_totals(newsroom).values()) > 50_000


def _counts_as_dict(text: str) -> dict:
    c = count_text(text)
    return ({("w", t): n for t, n in c.words.items()}
            | {("b", t): n for t, n in c.bigrams.items()}
            | {("n", t): n for t, n in c.names.items()})


def test_database_tokeniser_agrees_with_python_on_every_code_point(newsroom):
    """One sentence per assigned code point c, "x cx xc": whether c is a word letter, its
    lower case (inside and at the end of a word: final sigma) and whether it opens a name
    come out the same from redaksi_count_text() as from count_text(). A difference is
    tolerated only for a code point the database's ICU does not know yet (a newer Python)."""
    chars = [chr(i) for i in range(1, 0x110000)
             if not 0xD800 <= i <= 0xDFFF and unicodedata.category(chr(i)) not in ("Cn", "Co")]
    text = "\n".join(f"x {c}x x{c}" for c in chars)
    expected = _counts_as_dict(text)
    with newsroom.service.engine.connect() as conn:
        got = {(k, t): n for k, t, n in conn.exec_driver_sql(
            "SELECT kind, term, n FROM redaksi_count_text(%s)", (text,)).all()}
        differing = {k for k in set(expected) | set(got) if expected.get(k) != got.get(k)}
        involved = sorted({c for _kind, term in differing for c in term if c not in " x"})
        unknown = set(conn.exec_driver_sql(
            "SELECT c FROM unnest(%s::text[]) c "
            "WHERE NOT c COLLATE \"und-x-icu\" ~ '^[[:graph:][:space:][:cntrl:]]$'",
            (involved,)).scalars()) if involved else set()
    real = [(k, expected.get(k), got.get(k)) for k in differing
            if not set(k[1]) & unknown]
    assert len(chars) > 100_000
    assert not real, real[:20]


@pytest.mark.parametrize("text", [
    "İstanbul ŞİR ΣΟΦΟΣ σοφος Straße STRASSE ǅemal ǄEMAL Ⅻ km² ½ ٣٤ abc١٢ x_y e\u0301cole",
    "\u200dA\u200d B\u00adC ﬁne ﬂow ŉ ΐ Ὀδυσσεύς ᾼ ῼ ﬃ",
    "Jakarta-" * 10 + " Jakarta--Bogor -Depok- Bekasi",
    "A" * 41 + " Budi Santoso. " + "b" * 40 + " Citra: Dedi; Eko! Fajar? (Gita) \"Hadi\" “Indah”",
    "KPK: Ketua\n\nKPK Menjawab,kata Anies-Baswedan 'Prabowo' di DKI.Jakarta",
    "",
    "...,,,;;;",
])
def test_database_counts_equal_pythons_on_odd_texts(newsroom, text):
    expected = _counts_as_dict(text)
    with newsroom.service.engine.connect() as conn:
        got = {(k, t): n for k, t, n in conn.exec_driver_sql(
            "SELECT kind, term, n FROM redaksi_count_text(%s)", (text,)).all()}
    assert got == expected


def test_a_reporters_catch_up_counts_what_the_service_left_uncounted(newsroom):
    """The service login's app count failed (listener gone): any desk's catch-up hands the ids
    to redaksi_terms_write(), which counts them from the stored text."""
    newsroom.add("t-ana", "reporter")
    service = newsroom.service
    service.articles._save_listeners.clear()
    a = service.articles.create(complete_article(headline="Banjir Medan",
                                                 body="Warga bertemu Syharul di pendopo."))
    assert not _all_counted(newsroom) and service.terms.count("n", "Syharul") == 0
    assert newsroom.open("t-ana").terms.catch_up() == 1
    assert service.terms.count("n", "Syharul") == 1
    _assert_exact(newsroom)
    assert a.id
