"""Writing-desk logic without Qt: stats, required fields, slugs, gazetteer, journal, store."""

from __future__ import annotations

import pytest

from editor.domain import Article
from editor.domain.article import Byline
from editor.domain.dateline import Dateline
from editor.house import parse_house
from editor.writing.gazetteer import shared_gazetteer
from editor.writing.journal import RecoveryJournal
from editor.writing.preview import preview_html
from editor.writing.required import missing_required_fields
from editor.writing.slugs import unique_slug
from editor.writing.stats import meter_level, text_stats


def test_stats_ignore_markup_and_count_reduplication_once():
    stats = text_stats("# Judul\n\nAnak-anak **bermain** di [taman](http://x.id).", 200)
    assert stats.words == 5  # Judul, Anak-anak, bermain, di, taman
    assert stats.reading_minutes == 1
    assert text_stats("").reading_minutes == 0


def test_meter_levels():
    assert meter_level(0, 20, 70, 90) == "empty"
    assert meter_level(10, 20, 70, 90) == "short"
    assert meter_level(50, 20, 70, 90) == "ok"
    assert meter_level(80, 20, 70, 90) == "long"
    assert meter_level(91, 20, 70, 90) == "over"


def test_missing_required_fields_named_in_order():
    article = Article(headline="Banjir di Medan", body="Isi.", category="Peristiwa")
    assert missing_required_fields(article, ["headline", "body", "summary", "category",
                                             "bylines", "dateline_place"]) == [
        "ringkasan", "penulis", "tempat dateline"]
    full = article.with_changes(summary="Ringkas.", bylines=(Byline("Ana"),),
                                dateline=Dateline("Medan"))
    assert missing_required_fields(full, ["headline", "summary", "bylines",
                                          "dateline_place"]) == []


def test_house_file_errors_name_the_key():
    with pytest.raises(ValueError, match="headline_max"):
        parse_house({"headline_max": -3})
    with pytest.raises(ValueError, match="unknown required field"):
        parse_house({"required_fields": ["judul"]})


def test_unique_slug_appends_first_free_number():
    taken = {"banjir-medan", "banjir-medan-2"}
    assert unique_slug("Banjir Medan", taken.__contains__) == "banjir-medan-3"
    assert unique_slug("Gempa Palu", taken.__contains__) == "gempa-palu"


def test_slug_exists_and_autosave_coalesces(store):
    a = store.articles.create(Article(headline="Satu", slug="satu"), user="ana")
    assert store.articles.slug_exists("satu")
    assert not store.articles.slug_exists("satu", exclude_id=a.id)
    a2 = store.articles.update(a.with_changes(body="x"), user="ana", kind="autosave")
    a3 = store.articles.update(a2.with_changes(body="xy"), user="ana", kind="autosave")
    kinds = [(r.version, r.kind) for r in store.articles.revisions(a.id)]
    assert kinds == [(1, "create"), (3, "autosave")]
    a4 = store.articles.update(a3.with_changes(body="xyz"), user="ana")
    store.articles.update(a4.with_changes(body="xyzw"), user="ana", kind="autosave")
    assert [r.kind for r in store.articles.revisions(a.id)] == ["create", "autosave", "save",
                                                                 "autosave"]


def test_gazetteer_has_all_levels_and_tolerates_typos():
    gaz = shared_gazetteer()
    assert len([r for r in gaz.regions if r.level == 1]) == 38
    assert len([r for r in gaz.regions if r.level == 2]) == 514
    assert len([r for r in gaz.regions if r.level == 3]) > 7000
    assert gaz.search("Medan")[0].code == "12.71"
    assert gaz.search("tanjungbalai")[0].name.lower().startswith("kota tanjung")
    assert "12.74" in [r.code for r in gaz.search("Tanjng Balai", limit=3)]
    sleman = gaz.search("Sleeman", limit=5)
    assert any(r.name == "Kabupaten Sleman" for r in sleman)
    location = gaz.get("12.71").to_location()
    assert location.code == "12.71" and location.province == "Sumatera Utara"


def test_preview_is_sanitised():
    html = preview_html("Halo <script>alert(1)</script> [x](javascript:alert(1)) "
                        '<img src=x onerror="alert(1)">', headline="<b>Judul</b>")
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "&lt;b&gt;Judul" in html


def test_journal_roundtrip_atomic_and_bad_file_reported(tmp_path):
    journal = RecoveryJournal(tmp_path)
    article = Article(headline="Draf", body="Teks belum disimpan 🌊", id=4, version=2)
    journal.write("article-4", article, "ana")
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    entries, problems = journal.entries()
    assert [e.article.body for e in entries] == ["Teks belum disimpan 🌊"]
    assert entries[0].article.id == 4 and entries[0].article.version == 2
    assert len(problems) == 1 and "broken.json" in problems[0]
    assert not list(tmp_path.glob("*.tmp"))
    journal.discard("article-4")
    assert journal.entries()[0] == []
    assert (tmp_path / "broken.json").exists()  # never deleted silently
