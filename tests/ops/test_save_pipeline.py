"""The one save pipeline (editor.ops): the rules hold on every path, on a real database."""

from __future__ import annotations

import json

import pytest
from factories import complete_article
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from editor.domain import Article
from editor.domain.workflow import Action
from editor.ops import (
    Change,
    Changes,
    HeadlineMissing,
    changes_from_notice,
    comment,
    import_archive,
    restore,
    save_article,
    transition,
)
from editor.store import open_store
from editor.store.db import create_store_engine, upgrade


def test_save_and_autosave_share_the_slug_rule(store):
    first = save_article(store, Article(headline="Banjir Medan", body="a"), user="ana")
    assert first.created and first.article.slug == "banjir-medan"
    assert first.changes == Changes.of(Change.CREATED, ids=(first.article.id,))
    # A new article's autosave gets a free slug too (it used to skip the check on update).
    auto = save_article(store, Article(headline="Banjir Medan", body="b"), user="ana",
                        kind="autosave")
    assert auto.article.slug == "banjir-medan-2"
    # Updating an article to a slug another one holds: numbered, on autosave as on save.
    moved = save_article(store, auto.article.with_changes(slug="banjir-medan", body="c"),
                         user="ana", kind="autosave")
    assert moved.article.slug == "banjir-medan-2"  # back to the first free one: its own
    assert moved.changes.kinds == {Change.CONTENT}
    kept = save_article(store, first.article.with_changes(body="d"), user="ana")
    assert kept.article.slug == "banjir-medan"  # its own slug is not "taken"


def test_empty_slug_is_derived_from_the_headline_on_save(store):
    saved = save_article(store, Article(headline="Gempa di Palu"), user="ana")
    assert saved.article.slug == "gempa-di-palu"


def test_no_headline_is_refused_on_every_path(store):
    with pytest.raises(HeadlineMissing):
        save_article(store, Article(headline="  ", body="isi"), user="ana")
    with pytest.raises(HeadlineMissing):
        save_article(store, Article(headline="  ", body="isi"), user="ana", kind="autosave")
    assert store.articles.count() == 0


def test_autosaves_are_coalesced(store):
    stored = save_article(store, Article(headline="Pilkada", body="a"), user="ana").article
    for body in ("ab", "abc", "abcd"):
        stored = save_article(store, stored.with_changes(body=body), user="ana",
                              kind="autosave").article
    kinds = [r.kind for r in store.articles.revisions(stored.id)]
    assert kinds == ["create", "autosave"] and stored.body == "abcd"


def test_the_database_refuses_a_duplicate_slug_written_around_the_pipeline(store):
    store.articles.create(Article(headline="A", slug="sama"))
    with pytest.raises(IntegrityError):
        store.articles.create(Article(headline="B", slug="sama"))
    # Empty slugs stay allowed (archives often have none).
    store.articles.create(Article(headline="C"))
    store.articles.create(Article(headline="D"))


def test_migration_numbers_existing_duplicates(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_store_engine(url)
    upgrade(engine, "0004")
    with engine.begin() as conn:
        for headline in ("Satu", "Dua", "Tiga"):
            conn.execute(text(
                "INSERT INTO articles (headline, body, slug, dateline, location, bylines, "
                "related, status, version, created_at, updated_at) VALUES (:h, '', 'sama', "
                "'{}', '{}', '[]', '[]', 'draft', 1, '2024-01-01 00:00:00', "
                "'2024-01-01 00:00:00')"), {"h": headline})
    engine.dispose()
    store = open_store(url)
    slugs = {s.headline: store.articles.get(s.id).slug for s in store.articles.list()}
    assert slugs == {"Satu": "sama", "Dua": "sama-2", "Tiga": "sama-3"}
    store.close()


def test_import_numbers_slugs_taken_by_other_articles(store, tmp_path):
    save_article(store, Article(headline="Milik redaksi", slug="banjir"), user="ana")
    path = tmp_path / "arsip"
    path.mkdir()
    for name, ident in (("a.md", "x1"), ("b.md", "x2")):
        (path / name).write_text(f"---\ntitle: Banjir {ident}\nid: {ident}\nslug: banjir\n"
                                 "---\nIsi.\n", encoding="utf-8")
    done = import_archive(store, "markdown", path, user="import")
    assert done.result.created == 2 and done.changes.has(Change.IMPORTED)
    slugs = sorted(store.articles.get_by_external_id(i).slug for i in ("x1", "x2"))
    assert slugs == ["banjir-2", "banjir-3"]
    # Importing again keeps each item's own slug (idempotent: nothing changes).
    again = import_archive(store, "markdown", path, user="import")
    assert again.result.unchanged == 2 and not again.changes


def test_transition_restore_and_comment_say_what_changed(store):
    store.users.ensure("ana")
    article = save_article(store, complete_article(), user="ana").article
    done = transition(store, article.id, Action.SUBMIT, user="ana")
    assert done.result.to_status.value == "submitted"
    assert done.changes.has(Change.STATUS) and done.changes.touches(article.id)
    commented = comment(store, article.id, user="ana", text="Cek angka", anchor=(0, 3))
    assert commented.changes.kinds == {Change.COMMENTS}
    restored = restore(store, article.id, 1, user="ana")
    assert restored.changes.touches(article.id) and restored.article.version == 3


def test_desk_notices_map_to_changes():
    notice = changes_from_notice("transition", 7)
    assert not notice.local and notice.touches(7) and notice.affects_list
    assert changes_from_notice("resync", None).touches(99)
    assert not changes_from_notice("comment", 7).affects_list
    assert json.dumps(sorted(c.value for c in Change))  # plain strings, loggable
