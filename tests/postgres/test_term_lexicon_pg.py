"""Newsroom mode: a reporter's own login keeps the desk's term lexicon up to date."""

from __future__ import annotations

from dataclasses import replace

from factories import complete_article


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


def _lexicon_state(newsroom) -> tuple:
    with newsroom.service.engine.connect() as conn:
        return (conn.exec_driver_sql(
                    "SELECT kind, term, count FROM spelling_counts ORDER BY 1, 2").all(),
                conn.exec_driver_sql("SELECT * FROM spelling_docs ORDER BY 1").all())


def test_reporter_cannot_write_the_term_lexicon_by_hand(newsroom):
    """Issue 15 item 6: a reporter's psql cannot teach typos as words or delete the counts."""
    import json

    import pytest
    from psycopg import errors

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
            "TRUNCATE spelling_counts"):
        with pytest.raises(errors.InsufficientPrivilege):
            sql.execute(statement)
    # The function refuses an already counted version, however the counts are dressed up.
    forged = {"id": a.id, "version": a.version,
              "plus": {"w": {"pemerintha": 9999}, "n": {"Syharul": 500}}}
    assert sql.execute("SELECT redaksi_terms_write(%s)",
                       (json.dumps([forged]),)).fetchone()[0] == 0
    # A version that is not the article's current one is refused too.
    stale = {**forged, "version": a.version + 1}
    assert sql.execute("SELECT redaksi_terms_write(%s)",
                       (json.dumps([stale]),)).fetchone()[0] == 0
    assert _lexicon_state(newsroom) == before
    # Forgetting the counted version (to count it again) is not possible either: the row of
    # an existing article is only replaced together with a new version's counts.
    assert sql.execute("SELECT redaksi_terms_write(%s)",
                       (json.dumps([{"id": a.id}]),)).fetchone()[0] == 0
    assert _lexicon_state(newsroom) == before
    assert "Syharul" in newsroom.open("t-citra").terms.load().names


def test_a_new_version_is_counted_only_as_far_as_its_text_goes(newsroom):
    """Counts sent for a reporter's own fresh save are clamped to the stored text: words it
    does not contain are dropped, counts above their occurrences cut, and the subtraction of
    the replaced version is clamped to that version's snapshot (never other articles')."""
    import json

    newsroom.add("t-ana", "reporter")
    ana = newsroom.open("t-ana")
    service = newsroom.service
    other = service.articles.create(complete_article(
        headline="Pemerintah Kota", body="Pemerintah kota Medan membuka pendopo baru."))
    a = ana.articles.create(complete_article(
        headline="Banjir Medan", body="Warga bertemu Syharul di pendopo."))
    assert service.terms.count("w", "pemerintah") == 2
    medan, pendopo = service.terms.count("n", "Medan"), service.terms.count("w", "pendopo")
    # Ana's next save whose lexicon update the app did not send (listener detached, as if
    # it crashed): her psql now sends hand-made counts for that new version.
    quiet = newsroom.open("t-ana")
    quiet.articles._save_listeners.clear()
    v2 = quiet.articles.update(replace(quiet.articles.get(a.id),
                                       body="Warga bertemu Munawar di pendopo."),
                               user="t-ana")
    sql = newsroom.connect("t-ana")
    forged = {"id": a.id, "version": v2.version,
              "plus": {"w": {"pemerintha": 9999, "warga": 50, "Warga": 3},
                       "b": {"bertemu munawar": 7, "kata palsu": 4},
                       "n": {"Munawar": 40, "Racun": 5}},
              "minus": {"w": {"pemerintah": 1000, "pendopo": 1000},
                        "n": {"Medan": 1000, "Syharul": 1000}}}
    assert sql.execute("SELECT redaksi_terms_write(%s)",
                       (json.dumps([forged]),)).fetchone()[0] == 1
    terms = service.terms
    assert terms.count("w", "pemerintha") == 0 and terms.count("n", "Racun") == 0
    assert terms.count("b", "kata palsu") == 0 and terms.count("w", "Warga") == 0
    assert terms.count("w", "warga") == 1 + 1 - 0  # v1's one, minus none sent, plus one
    assert terms.count("b", "bertemu munawar") == 1
    assert terms.count("n", "Munawar") == 1
    # The replaced version held "pendopo" and "Medan" once and no "pemerintah": nothing
    # more was taken, and the other article's counts survive.
    assert terms.count("w", "pemerintah") == 2
    assert terms.count("n", "Medan") == medan - 1
    assert terms.count("w", "pendopo") == pendopo - 1
    assert terms.count("n", "Syharul") == 0
    # Counted once: the same version cannot be sent again.
    assert sql.execute("SELECT redaksi_terms_write(%s)",
                       (json.dumps([forged]),)).fetchone()[0] == 0
    assert terms.count("n", "Munawar") == 1
    assert other.id != a.id


def test_an_editors_delete_takes_the_articles_counts_out(newsroom):
    """Issue 11: a delete through an editor's own login subtracts the article's counts as
    the row goes (trigger redaksi_terms_forget, clamped to the counted text). Handing over
    counts without deleting does nothing, and forged counts take out no more than the
    deleted article held."""
    import json

    newsroom.add("t-ana", "reporter")
    newsroom.add("t-eko", "editor")
    ana, eko = newsroom.open("t-ana"), newsroom.open("t-eko")
    service = newsroom.service.terms
    keep = ana.articles.create(complete_article(
        headline="Rapat Warga", body="Warga bertemu Syharul di pendopo kota Medan."))
    gone = ana.articles.create(complete_article(
        headline="Banjir Medan", body="Banjir di pendopo. Kata Wirjo, bantuan datang."))
    gone = ana.articles.update(replace(ana.articles.get(gone.id),
                                       body="Banjir di pendopo lagi. Kata Wirjo, bantuan tiba."),
                               user="t-ana")
    forged = ana.articles.create(complete_article(
        headline="Sidang", body="Sidang di pendopo dipimpin Wirjo."))
    assert service.count("n", "Wirjo") == 2 and service.count("w", "pendopo") == 3
    before = _lexicon_state(newsroom)
    # Counts handed over without a delete change nothing.
    sql = newsroom.connect("t-ana")
    sql.execute("BEGIN")
    sql.execute("SELECT set_config('redaksi.terms_forget', %s, true)", (json.dumps(
        {"id": keep.id, "version": keep.version, "minus": {"w": {"pendopo": 1}}}),))
    sql.execute("COMMIT")
    assert _lexicon_state(newsroom) == before
    # The app's delete: exactly that article's counts go.
    eko.articles.delete(gone.id, expected_version=gone.version, user="t-eko")
    assert service.count("w", "tiba") == 0 and service.count("b", "bantuan tiba") == 0
    assert service.count("n", "Wirjo") == 1 and service.count("w", "pendopo") == 2
    assert service.count("n", "Syharul") == 1
    # An editor's psql deleting with forged counts: clamped to the deleted article's text.
    editor_sql = newsroom.connect("t-eko")
    editor_sql.execute("BEGIN")
    editor_sql.execute("SELECT set_config('redaksi.terms_forget', %s, true)", (json.dumps(
        {"id": forged.id, "version": forged.version,
         "minus": {"w": {"pendopo": 1000, "warga": 1000}, "n": {"Syharul": 1000}}}),))
    editor_sql.execute("SELECT redaksi_delete_article(%s, NULL)", (forged.id,))
    editor_sql.execute("COMMIT")
    assert service.count("w", "pendopo") == 1  # keep's one survives
    assert service.count("n", "Syharul") == 1 and service.count("w", "warga") >= 1
    assert service.count("n", "Wirjo") == 1  # not handed over: left for rebuild()
    service.rebuild()
    assert service.count("n", "Wirjo") == 0 and service.count("w", "pendopo") == 1
