"""Repository round trips on a real SQLite file."""

from datetime import datetime

import pytest

from editor.domain import Article, Byline, Dateline, IndonesianTimeZone, Location, RelatedLink
from editor.domain.workflow import Status
from editor.store import ArticleNotFound, VersionConflict, open_store

ODD_TEXTS = [
    "Banjir 🌊🏠 di Medan 👨‍👩‍👧‍👦",  # emoji incl. ZWJ sequence
    "Cafe\u0301 dan nai\u0308ve",  # combining marks (kept as typed, not normalised)
    "قال المتحدث \u202bالنص\u202c بالعربية",  # right-to-left text with embedding controls
    "Zero\u200bwidth\u00a0nbsp \U0001f1ee\U0001f1e9 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
]


def full_article(text: str) -> Article:
    when = datetime(2024, 3, 5, 14, 30, tzinfo=IndonesianTimeZone.WITA.tzinfo)
    return Article(
        headline=f"Judul {text}", body=f"Paragraf satu {text}\n\nParagraf **dua**.",
        subheadline=text, kicker="EKSKLUSIF", summary=f"Ringkasan {text}", slug="judul-uji",
        dateline=Dateline("Makassar", when),
        location=Location(name="Makassar", regency="Kota Makassar",
                          province="Sulawesi Selatan", code="73.71"),
        tags=("banjir", text[:20]), category="Peristiwa",
        bylines=(Byline("Ana"), Byline("Budi", role="fotografer")), editor="Citra",
        related=(RelatedLink("Banjir kemarin", "https://contoh.id/a", 3),),
        source="Redaksi", url="https://contoh.id/judul-uji",
    )


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_round_trip_odd_unicode(store, db_url, text):
    created = store.articles.create(full_article(text), user="ana")
    store.close()
    reopened = open_store(db_url)
    loaded = reopened.articles.get(created.id)
    assert loaded.content_dict() == full_article(text).content_dict()
    assert loaded.dateline.when == datetime(2024, 3, 5, 6, 30, tzinfo=loaded.dateline.when.tzinfo) \
        or loaded.dateline.when.utcoffset().total_seconds() == 8 * 3600
    assert loaded.version == 1 and loaded.status is Status.DRAFT
    assert loaded.created_at.tzinfo is not None
    reopened.close()


def test_every_save_keeps_a_revision(store):
    a = store.articles.create(Article(headline="Satu", body="a"), user="ana")
    b = store.articles.update(a.with_changes(body="b"), user="budi")
    c = store.articles.update(b.with_changes(body="c"), user="ana")
    revisions = store.articles.revisions(a.id)
    assert [(r.version, r.author, r.snapshot["body"]) for r in revisions] == [
        (1, "ana", "a"), (2, "budi", "b"), (3, "ana", "c")]
    assert c.version == 3
    assert revisions[1].article().body == "b"


def test_stale_save_is_refused_and_nothing_is_overwritten(store):
    a = store.articles.create(Article(headline="Asli", body="asli"), user="ana")
    first = store.articles.update(a.with_changes(body="suntingan Budi"), user="budi")
    with pytest.raises(VersionConflict) as info:
        store.articles.update(a.with_changes(body="suntingan Ana yang basi"), user="ana")
    assert info.value.current == 2 and info.value.updated_by == "budi"
    assert "budi" in str(info.value)
    stored = store.articles.get(a.id)
    assert stored.body == "suntingan Budi" and stored.version == first.version
    assert len(store.articles.revisions(a.id)) == 2


def test_stale_delete_is_refused(store):
    a = store.articles.create(Article(headline="x"))
    store.articles.update(a.with_changes(body="y"))
    with pytest.raises(VersionConflict):
        store.articles.delete(a.id, expected_version=a.version)
    store.articles.delete(a.id)
    with pytest.raises(ArticleNotFound):
        store.articles.get(a.id)


def test_list_filters(store):
    store.articles.create(Article(headline="Banjir Medan", category="Peristiwa",
                                  tags=("banjir", "Medan")))
    store.articles.create(Article(headline="Harga cabai naik", category="Ekonomi",
                                  tags=("pangan",), status=Status.APPROVED))
    store.articles.create(Article(headline="Banjir Bandung 100%", category="Peristiwa",
                                  tags=("banjir",)))
    headlines = lambda **kw: sorted(s.headline for s in store.articles.list(**kw))  # noqa: E731
    assert headlines(tag="BANJIR") == ["Banjir Bandung 100%", "Banjir Medan"]
    assert headlines(status="approved") == ["Harga cabai naik"]
    assert headlines(category="peristiwa", text="medan") == ["Banjir Medan"]
    assert headlines(text="100%") == ["Banjir Bandung 100%"]
    assert headlines(text="%") == ["Banjir Bandung 100%"]
    assert store.articles.count(tag="banjir") == 2
    assert store.articles.tags()[0] == ("banjir", 2)
    assert store.articles.categories() == ["Ekonomi", "Peristiwa"]


def test_resolve_prefers_external_id(store):
    a = store.articles.create(Article(headline="A", external_id="77"))
    b = store.articles.create(Article(headline="B"))
    assert store.articles.resolve("77").id == a.id
    assert store.articles.resolve(str(b.id)).id == b.id
    with pytest.raises(ArticleNotFound):
        store.articles.resolve("tidak-ada")


def test_sqlite_is_tuned(store):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas (REDAKSI_TEST_STORE_BACKEND=postgresql)")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_dictionary_and_users(store):
    store.dictionary.add("Syharul")
    store.dictionary.add("Syharul")
    assert store.dictionary.words() == ["Syharul"]
    store.users.add("ana", "reporter")
    assert store.users.get("ana").role == "reporter"
    with pytest.raises(ValueError):
        store.users.add("Bad Name", "editor")
