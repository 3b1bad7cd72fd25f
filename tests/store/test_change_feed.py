"""The desk's change feed (what the app polls on SQLite): the stamp moves with every change
by any connection, the events since the last look say who did what, and a look writes
nothing."""

from __future__ import annotations

from factories import complete_article

from editor.domain import Article
from editor.domain.workflow import Action
from editor.store import ImportRecord, open_store


def test_events_since_the_last_look_name_article_kind_and_person(store, db_url):
    store.users.add("ana", "reporter")
    store.users.add("budi", "editor")
    first = store.desk_changes(None)
    assert first.events == ()  # the first look only sets the mark
    other = open_store(db_url)  # another person, another connection
    try:
        article = other.articles.create(complete_article(headline="Banjir"), user="ana")
        other.workflow.transition(article.id, Action.SUBMIT, "ana")
        other.comments.add(article.id, "budi", "Cek angka", 0, 5)
        look = store.desk_changes(first.stamp.last_event)
        assert [(e.article_id, e.kind, e.user) for e in look.events] == [
            (article.id, "create", "ana"), (article.id, "transition", "ana"),
            (article.id, "comment", "budi")]
        assert look.stamp.articles != first.stamp.articles
        other.locks.acquire(article.id, "budi")
        locked = store.desk_changes(look.stamp.last_event)
        assert locked.events == () and locked.stamp.locks == {(article.id, "budi")}
        other.locks.release(article.id, "budi")
        other.articles.delete(article.id, user="budi")
        gone = store.desk_changes(locked.stamp.last_event)
        assert gone.stamp.locks == frozenset()
        assert gone.stamp.articles[0] == look.stamp.articles[0] - 1
        if gone.events:  # PostgreSQL: ids are never reused
            assert [(e.article_id, e.kind) for e in gone.events] == [(article.id, "delete")]
        else:  # SQLite: the article's events went with it, and the delete event reused an id
            assert gone.rewound
    finally:
        other.close()


def test_an_import_without_events_still_moves_the_stamp(store):
    before = store.desk_changes(None).stamp
    store.articles.import_articles([ImportRecord(
        article=Article(headline="Arsip", body="Isi arsip.", external_id="x-1"), line=1)])
    after = store.desk_changes(before.last_event)
    assert after.stamp.articles != before.articles


def test_looking_writes_nothing(store):
    store.articles.create(Article(headline="A", body="isi"), user="ana")
    revisions = len(store.articles.revisions(1))
    events = len(store.events.query())
    stamp = store.desk_changes(None).stamp
    for _ in range(20):
        assert store.desk_changes(stamp.last_event).stamp == stamp
    assert len(store.articles.revisions(1)) == revisions
    assert len(store.events.query()) == events
