"""Security in the database: the workflow matrix through personal logins, and what a
reporter's own credentials cannot do even with hand-written SQL."""

from __future__ import annotations

import itertools

import psycopg
import pytest
from factories import complete_article
from psycopg import errors

from editor.domain import Article
from editor.domain.workflow import Action, Role, Status, TransitionRefused, check_transition
from editor.store import ArticleLocked, ArticleNotFound, UserNotFound, VersionConflict
from editor.store.postgres import current_login
from editor.store.postgres.security import transition_rows

LOGIN = {Role.REPORTER: "t-reporter", Role.EDITOR: "t-editor", Role.ADMIN: "t-admin"}


@pytest.fixture(scope="module")
def matrix_room(pg_server, newsroom_class):
    database = pg_server.create_database(migrated=True)
    room = newsroom_class(pg_server, database)
    for role, name in LOGIN.items():
        room.add(name, role.value)
    stores = {role: room.open(name) for role, name in LOGIN.items()}
    yield room, stores
    room.close()
    pg_server.drop_database(database)


@pytest.mark.parametrize(("role", "action", "status"),
                         list(itertools.product(Role, Action, Status)),
                         ids=lambda v: str(v.value))
def test_workflow_matrix_through_personal_logins(matrix_room, role, action, status):
    """Every cell of role x action x state, decided by the database for the login itself."""
    room, stores = matrix_room
    article = room.service.articles.create(complete_article(headline=f"{role} {action} {status}",
                                                   status=status))
    store = stores[role]
    try:
        expected = check_transition(action, status, role, "catatan")
    except TransitionRefused as refused:
        with pytest.raises(TransitionRefused) as raised:
            store.workflow.transition(article.id, action, LOGIN[role], note="catatan")
        assert str(raised.value) == str(refused)  # the same words as on SQLite
        stored = room.service.articles.get(article.id)
        assert stored.status is status and stored.version == 1
        assert len(room.service.articles.revisions(article.id)) == 1
        assert room.service.events.query(article_id=article.id, kind="transition") == []
        return
    result = store.workflow.transition(article.id, action, LOGIN[role], note="catatan")
    assert result.to_status is expected and result.version == 2
    stored = room.service.articles.get(article.id)
    assert stored.status is expected and stored.version == 2
    revisions = room.service.articles.revisions(article.id)
    assert [r.kind for r in revisions] == ["create", "transition"]
    assert revisions[-1].author == LOGIN[role]
    event = room.service.events.query(article_id=article.id, kind="transition")[-1]
    assert (event.user, event.action, event.from_status, event.to_status) == \
        (LOGIN[role], action.value, status.value, expected.value)
    assert event.detail == {"version": 2, "role": role.value}


def test_transitions_table_is_the_domain_table(newsroom):
    with newsroom.service.engine.connect() as conn:
        rows = sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT action, from_status, to_status, role, note_required "
            "FROM redaksi_transitions"))
    assert rows == transition_rows()


def test_reporter_cannot_approve_with_hand_written_sql(newsroom):
    newsroom.add("t-reporter", "reporter")
    newsroom.add("t-editor", "editor")
    article = newsroom.open("t-reporter").articles.create(complete_article(headline="Banjir Medan",
                                                                   body="Air naik."))
    newsroom.service.workflow.transition(article.id, "submit", "t-reporter")
    sql = newsroom.connect("t-reporter")
    assert sql.execute("SELECT session_user").fetchone()[0] == "t-reporter"

    refused = [
        # the status column directly (with and without a version bump)
        ("UPDATE articles SET status = 'approved', version = version + 1 WHERE id = %s",
         (article.id,), errors.InsufficientPrivilege),
        ("UPDATE articles SET status = 'published', published_at = now() WHERE id = %s",
         (article.id,), errors.InsufficientPrivilege),
        # the transition function, as themselves and in an editor's name
        ("SELECT * FROM redaksi_transition(%s, 'approve', '')", (article.id,), None),
        ("SELECT * FROM redaksi_transition(%s, 'approve', '', 't-editor')", (article.id,),
         None),
        # promoting themselves, or making a new login
        ("UPDATE users SET role = 'editor' WHERE name = 't-reporter'", None,
         errors.InsufficientPrivilege),
        ("SELECT redaksi_add_user('t-crony', 'admin', 'x')", None,
         errors.InsufficientPrivilege),
        # a forged approval in the audit trail, or a forged author
        ("INSERT INTO article_events (article_id, kind, action, from_status, to_status, "
         "user_name, note, detail, created_at) VALUES (%s, 'transition', 'approve', "
         "'submitted', 'approved', 't-editor', '', '{}', now())", (article.id,),
         errors.InsufficientPrivilege),
        # a new article born approved
        ("INSERT INTO articles (headline, dateline, location, bylines, related, status, "
         "created_at, updated_at) VALUES ('x', '{}', '{}', '[]', '[]', 'approved', now(), "
         "now())", None, errors.InsufficientPrivilege),
        # rewriting history
        ("DELETE FROM revisions WHERE article_id = %s", (article.id,),
         errors.InsufficientPrivilege),
        ("DELETE FROM articles WHERE id = %s", (article.id,), errors.InsufficientPrivilege),
        ("ALTER TABLE articles DISABLE TRIGGER redaksi_articles_guard", None,
         errors.InsufficientPrivilege),
        ("SET ROLE redaksi_editor", None, errors.InsufficientPrivilege),
    ]
    for statement, params, error in refused:
        with pytest.raises(psycopg.Error) as raised:
            sql.execute(statement, params)
        if error is not None:
            assert isinstance(raised.value, error), (statement, raised.value)
        else:
            assert raised.value.sqlstate in ("RK001", "RK005"), (statement, raised.value)
    stored = newsroom.service.articles.get(article.id)
    assert stored.status is Status.SUBMITTED and stored.version == 2
    assert newsroom.service.users.get("t-reporter").role is Role.REPORTER
    kinds = [(e.kind, e.action) for e in newsroom.service.events.query(article_id=article.id)]
    assert kinds == [("create", ""), ("transition", "submit")]

    # The editor's own login may approve, through the function.
    editor_sql = newsroom.connect("t-editor")
    row = editor_sql.execute("SELECT * FROM redaksi_transition(%s, 'approve', '')",
                             (article.id,)).fetchone()
    assert row == ("submitted", "approved", 3)


def test_the_app_as_a_reporter(newsroom):
    newsroom.add("t-reporter", "reporter")
    newsroom.add("t-editor", "editor")
    reporter = newsroom.open("t-reporter")
    assert current_login(reporter.engine) == "t-reporter"
    draft = reporter.articles.create(complete_article(headline="Harga cabai", body="Naik lagi."),
                                     user="t-reporter")
    saved = reporter.articles.update(draft.with_changes(body="Naik lagi di Medan."),
                                     user="t-reporter")
    assert saved.version == 2
    # The app indexed its own save for suggestions (the save listener runs as the login).
    with newsroom.service.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version FROM search_docs WHERE article_id = %s",
                                    (saved.id,)).scalar_one() == 2
    assert [h.article_id for h in reporter.search.search(["cabai"], limit=5)] == [saved.id]
    reporter.comments.add(saved.id, "t-reporter", "cek angka", 0, 4)
    reporter.dictionary.add("Sumut", user="t-reporter")
    reporter.workflow.transition(saved.id, "submit", "t-reporter")
    with pytest.raises(TransitionRefused, match="peran reporter tidak boleh"):
        reporter.workflow.transition(saved.id, "approve", "t-reporter")
    with pytest.raises(TransitionRefused, match="tidak boleh bertindak atas nama"):
        reporter.workflow.transition(saved.id, "approve", "t-editor")
    with pytest.raises(UserNotFound):
        newsroom.service.workflow.transition(saved.id, "approve", "nobody")
    with pytest.raises(ArticleNotFound):
        reporter.workflow.transition(999_999, "submit", "t-reporter")
    # Whatever name the client passes, the trail records the login that did it.
    reporter.articles.update(reporter.articles.get(saved.id).with_changes(summary="x"),
                             user="someone-else")
    events = newsroom.service.events.query(article_id=saved.id)
    assert {e.user for e in events} == {"t-reporter"}
    assert {r.author for r in newsroom.service.articles.revisions(saved.id)} == {"t-reporter"}
    # Saving does not let a reporter slip a status change through the ordinary save.
    current = reporter.articles.get(saved.id)
    with pytest.raises(Exception, match="hanya bisa diubah lewat alur kerja"):
        reporter.articles.update(current.with_changes(status=Status.APPROVED),
                                 user="t-reporter")
    assert newsroom.service.articles.get(saved.id).status is Status.SUBMITTED


def test_locks_are_held_in_ones_own_name(newsroom):
    newsroom.add("t-reporter", "reporter")
    newsroom.add("t-reporter2", "reporter")
    newsroom.add("t-editor", "editor")
    a = newsroom.open("t-reporter")
    b = newsroom.open("t-reporter2")
    article = a.articles.create(Article(headline="Kunci"))
    a.locks.acquire(article.id, "t-reporter")
    with pytest.raises(ArticleLocked, match="t-reporter"):
        b.locks.acquire(article.id, "t-reporter2")
    sql = newsroom.connect("t-reporter2")
    # Hand-written SQL cannot steal or delete a live lock held by someone else.
    assert sql.execute("UPDATE article_locks SET holder = 't-reporter2' WHERE article_id = %s",
                       (article.id,)).rowcount == 0
    assert sql.execute("DELETE FROM article_locks WHERE article_id = %s",
                       (article.id,)).rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql.execute("INSERT INTO article_locks VALUES (%s, 't-reporter', now(), now())",
                    (article.id,))
    assert a.locks.get(article.id).holder == "t-reporter"
    with pytest.raises(TransitionRefused):
        b.locks.take_over(article.id, "t-reporter2")
    # An editor may take it over (recorded).
    editor = newsroom.open("t-editor")
    assert editor.locks.take_over(article.id, "t-editor").holder == "t-editor"
    assert newsroom.service.events.query(article_id=article.id, kind="takeover")[-1].user == \
        "t-editor"
    with pytest.raises(ArticleLocked):
        a.articles.update(a.articles.get(article.id).with_changes(body="x"), user="t-reporter")
    assert editor.articles.update(article.with_changes(body="baru"), user="t-editor").version == 2
    with pytest.raises(VersionConflict, match="t-editor"):
        editor.articles.update(article.with_changes(body="basi"), user="t-editor")
