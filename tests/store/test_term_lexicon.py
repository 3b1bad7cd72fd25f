"""The proofreader's term lexicon follows saves and imports, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from editor.domain import Article
from editor.proofing.engine import Proofreader


def test_counts_follow_create_update_and_import(any_store) -> None:
    terms = any_store.terms
    a = any_store.articles.create(Article(
        headline="Banjir di Tanjungbalai",
        body="Warga bertemu Syharul di pendopo. Kata Syharul, bantuan datang dari ASEAN."),
        user="ana")
    assert terms.count("n", "Syharul") == 2
    assert terms.count("n", "ASEAN") == 1
    assert terms.count("w", "bantuan") == 1
    assert terms.count("b", "bantuan datang") == 1
    # An update replaces the counts of the version it replaces, it does not add to them.
    a2 = any_store.articles.update(replace(a, body="Warga bertemu Munawar di pendopo."),
                                   user="ana")
    assert a2.version == a.version + 1
    assert terms.count("n", "Syharul") == 0
    assert terms.count("n", "Munawar") == 1
    assert terms.count("w", "pendopo") == 1
    counts = terms.load(min_bigram=1)
    assert counts.names["Munawar"] == 1 and "Syharul" not in counts.names
    assert counts.bigrams["di pendopo"] == 1
    assert terms.catch_up() == 0  # everything is counted already
    any_store.articles.delete(a.id)
    # The delete itself takes the counts out: no rebuild() needed.
    assert terms.count("n", "Munawar") == 0 and terms.count("w", "pendopo") == 0
    assert terms.rebuild() == 0 and terms.count("n", "Munawar") == 0


def test_a_delete_subtracts_exactly_the_deleted_articles_counts(any_store) -> None:
    """Counts of a deleted article go with it, at once (its revisions go too, so they are
    taken out inside the delete's transaction); other articles' counts stay, and the
    totals equal a recount from scratch."""
    from editor.store.errors import VersionConflict

    arts = any_store.articles
    keep = arts.create(Article(headline="Rapat Warga",
                               body="Warga bertemu Syharul di pendopo kota Medan."), user="ana")
    gone = arts.create(Article(headline="Banjir",
                               body="Banjir di pendopo. Kata Wirjo, bantuan datang."), user="ana")
    gone = arts.update(replace(gone, body="Banjir di pendopo lagi. Kata Wirjo, bantuan tiba."),
                       user="ana")
    terms = any_store.terms
    assert terms.count("w", "pendopo") == 2 and terms.count("n", "Wirjo") == 1
    # A refused delete (stale version) leaves the counts as they were.
    try:
        arts.delete(gone.id, expected_version=gone.version - 1)
    except VersionConflict:
        pass
    else:  # pragma: no cover
        raise AssertionError("a stale delete must be refused")
    assert terms.count("n", "Wirjo") == 1 and terms.count("w", "tiba") == 1
    arts.delete(gone.id, expected_version=gone.version)
    assert terms.count("n", "Wirjo") == 0 and terms.count("w", "tiba") == 0
    assert terms.count("b", "bantuan tiba") == 0
    assert terms.count("w", "pendopo") == 1 and terms.count("n", "Syharul") == 1
    assert "Wirjo" not in terms.load().names
    before = terms.load(min_bigram=1)
    terms.rebuild()
    after = terms.load(min_bigram=1)
    assert (dict(before.words), dict(before.bigrams), dict(before.names)) == (
        dict(after.words), dict(after.bigrams), dict(after.names))
    assert keep.id in {a.id for a in arts.list()}


def test_archive_names_quiet_the_proofreader(any_store) -> None:
    any_store.articles.create(Article(
        headline="Rapat", body="Rapat dipimpin oleh Kasatpolpp Wirjo di aula."), user="ana")
    text = "Wirjo hadir di aula."  # sentence-initial: a name only the archive knows
    assert [i.rule_id for i in Proofreader().check("Kata berikut: kasatpolpp.")] == [
        "ID_KATA_TIDAK_DIKENAL"]
    pr = Proofreader(counts=any_store.terms.load())
    assert pr.check(text) == []
    assert pr.check("Rapat dihadiri Kasatpolpp itu.") == []


def test_redaksi_check_uses_the_archive_vocabulary(tmp_path) -> None:
    """A word no dictionary lists but the newsroom's archive uses is known to the CLI."""
    import subprocess
    import sys

    from editor.store import open_store

    url = f"sqlite:///{tmp_path / 'arsip.db'}"
    store = open_store(url)
    # (a word of one region's news: the shipped news vocabulary does not list it)
    for n in range(3):
        store.articles.create(Article(headline=f"Tradisi {n}",
                                      body="Tradisi mbrokohan kembali digelar di desa itu."))
    store.close()
    text = "Warga menggelar tradisi mbrokohan sejak pagi.\n"

    def check(db: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "editor.cli", "--db", db, "check",
                               "--format", "json", "-"], input=text, capture_output=True,
                              text=True)

    bare = check(f"sqlite:///{tmp_path / 'kosong.db'}")
    assert bare.returncode == 1, bare.stderr
    assert "ID_KATA_TIDAK_DIKENAL" in bare.stdout
    taught = check(url)
    assert taught.returncode == 0, taught.stdout + taught.stderr


def test_load_applies_each_kinds_minimum_and_keeps_the_usual_spelling(any_store) -> None:
    """The one-query load filters per kind in the database; of two spellings of a name the
    more frequent wins, and of equally frequent ones the first in term order."""
    any_store.articles.create(Article(
        headline="Rapat ASEAN",
        body="Menteri bicara di forum ASEAN. Negara ASEAN hadir, lalu Asean ditulis begitu. "
             "Kota Medan dan kota MEDAN. Warga kota senang."), user="ana")
    terms = any_store.terms
    full = terms.load(min_word=1, min_bigram=1, min_name=1)
    strict = terms.load(min_word=2, min_bigram=2, min_name=2)
    assert full.bigrams["forum asean"] == 1 and "forum asean" not in strict.bigrams
    assert strict.bigrams["kota medan"] == 2
    assert all(n >= 2 for n in strict.words.values()) and strict.words["kota"] == 3
    assert set(strict.names) == {"ASEAN"} and full.names["Asean"] == 1
    assert full.name_lower["asean"] == "ASEAN"      # 3 against 1
    assert full.name_lower["medan"] == "MEDAN"      # 1 against 1: "MEDAN" < "Medan"
