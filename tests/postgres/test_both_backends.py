"""The same store behaviour on SQLite and on PostgreSQL (``any_store`` runs each test twice)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from factories import complete_article

from editor.domain import Article
from editor.domain.article import Byline, RelatedLink
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.workflow import Status, TransitionRefused
from editor.store import ImportRecord, VersionConflict


def _rich_article(**changes) -> Article:
    wita = timezone(timedelta(hours=8))
    return Article(
        headline="Gempa Palu", body="Gempa **7,4** SR.", summary="Ringkas", kicker="Bencana",
        dateline=Dateline("Palu", datetime(2018, 9, 28, 18, 2, tzinfo=wita)),
        location=Location(name="Palu", province="Sulawesi Tengah", code="72.71"),
        tags=("gempa", "Palu"), category="Peristiwa",
        bylines=(Byline("Ana"),), related=(RelatedLink("Tsunami", "https://x.id/1"),),
    ).with_changes(**changes)


def test_rich_values_and_utc_timestamps_round_trip(any_store):
    created = any_store.articles.create(_rich_article(), user="ana")
    again = any_store.articles.get(created.id)
    assert again == created
    assert again.dateline == _rich_article().dateline
    assert again.location.code == "72.71" and again.bylines[0].name == "Ana"
    assert again.related[0].url == "https://x.id/1"
    assert again.created_at.tzinfo is not None
    assert again.created_at.utcoffset() == timedelta(0)
    assert abs(again.created_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_save_conflict_and_revisions(any_store):
    a = any_store.articles.create(_rich_article(), user="ana")
    b = any_store.articles.update(a.with_changes(body="Baru."), user="ana")
    with pytest.raises(VersionConflict, match="ana"):
        any_store.articles.update(a.with_changes(body="Basi."), user="budi")
    assert [r.version for r in any_store.articles.revisions(a.id)] == [1, 2]
    assert any_store.articles.get(a.id).body == b.body == "Baru."


def test_filters_dictionary_and_import(any_store):
    any_store.articles.create(_rich_article(), user="ana")
    any_store.articles.create(_rich_article(headline="Harga 100% naik", tags=("ekonomi",)))
    assert [s.headline for s in any_store.articles.list(text="100%")] == ["Harga 100% naik"]
    assert any_store.articles.count(tag="GEMPA") == 1
    any_store.dictionary.add("Sulteng")
    any_store.dictionary.add("Sulteng")
    assert any_store.dictionary.words() == ["Sulteng"]
    records = [ImportRecord(Article(headline=f"Arsip {i}", external_id=f"x{i}",
                                    status=Status.PUBLISHED, tags=("arsip",)), i)
               for i in range(1, 4)]
    first = any_store.articles.import_articles(records)
    second = any_store.articles.import_articles(records)
    assert (first.created, second.unchanged) == (3, 3)
    assert any_store.articles.resolve("x2").headline == "Arsip 2"


def test_workflow_same_answers(any_store):
    any_store.users.add("ana", "reporter")
    any_store.users.add("budi", "editor")
    article = any_store.articles.create(complete_article(headline="Sidang"), user="ana")
    assert any_store.workflow.transition(article.id, "submit", "ana").version == 2
    with pytest.raises(TransitionRefused, match="peran reporter tidak boleh"):
        any_store.workflow.transition(article.id, "approve", "ana")
    with pytest.raises(TransitionRefused, match="memerlukan catatan"):
        any_store.workflow.transition(article.id, "request-changes", "budi")
    done = any_store.workflow.transition(article.id, "approve", "budi")
    assert done.to_status is Status.APPROVED
    published = any_store.workflow.transition(article.id, "publish", "budi")
    assert any_store.articles.get(article.id).published_at is not None
    assert published.version == 4
    kinds = [getattr(e, "kind", None) for e in any_store.workflow.history(article.id)]
    assert kinds.count("transition") == 6  # 3 revisions + 3 events of kind "transition"
