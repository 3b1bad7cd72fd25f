"""Workflow enforced by the store: the full role x action x state matrix, locks, comments,
revisions and restore — on a real SQLite file, two sessions where the issue asks for them."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from factories import complete_article
from sqlalchemy import update

from editor.domain import Article
from editor.domain.diff import side_by_side, word_diff
from editor.domain.workflow import TRANSITIONS, Action, Role, Status, TransitionRefused
from editor.store import (
    ArticleLocked,
    ArticleNotFound,
    UserNotFound,
    VersionConflict,
    open_store,
)
from editor.store.models import LockRow

EXPECTED_ALLOWED = {
    # action: (roles allowed, states allowed from)
    Action.SUBMIT: ({"reporter", "editor", "admin"}, {"draft", "changes_requested"}),
    Action.START_REVIEW: ({"editor", "admin"}, {"submitted"}),
    Action.REQUEST_CHANGES: ({"editor", "admin"}, {"submitted", "in_review", "approved"}),
    Action.APPROVE: ({"editor", "admin"}, {"submitted", "in_review"}),
    Action.PUBLISH: ({"editor", "admin"}, {"approved"}),
    Action.KILL: ({"editor", "admin"}, {s.value for s in Status} - {"killed"}),
    Action.REOPEN: ({"editor", "admin"}, {"killed", "published", "approved"}),
}
TARGET = {Action.SUBMIT: "submitted", Action.START_REVIEW: "in_review",
          Action.REQUEST_CHANGES: "changes_requested", Action.APPROVE: "approved",
          Action.PUBLISH: "published", Action.KILL: "killed", Action.REOPEN: "draft"}


@pytest.fixture(scope="module")
def matrix_store(tmp_path_factory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('matrix') / 'm.db'}")
    for role in Role:
        store.users.add(f"u-{role.value}", role)
    yield store
    store.close()


@pytest.mark.parametrize(("role", "action", "status"),
                         list(itertools.product(Role, Action, Status)),
                         ids=lambda v: str(v.value) if hasattr(v, "value") else str(v))
def test_role_action_state_matrix(matrix_store, role, action, status):
    store = matrix_store
    article = store.articles.create(complete_article(headline=f"{role} {action} {status}",
                                                     status=status))
    roles, states = EXPECTED_ALLOWED[action]
    allowed = role.value in roles and status.value in states
    revisions_before = len(store.articles.revisions(article.id))
    if allowed:
        result = store.workflow.transition(article.id, action, f"u-{role.value}", note="catatan")
        assert result.to_status.value == TARGET[action]
        stored = store.articles.get(article.id)
        assert stored.status.value == TARGET[action] and stored.version == 2
        assert len(store.articles.revisions(article.id)) == revisions_before + 1
        assert store.events.query(article_id=article.id, kind="transition")[-1].user == \
            f"u-{role.value}"
    else:
        with pytest.raises(TransitionRefused):
            store.workflow.transition(article.id, action, f"u-{role.value}", note="catatan")
        stored = store.articles.get(article.id)
        assert stored.status is status and stored.version == 1
        assert len(store.articles.revisions(article.id)) == revisions_before
        assert store.events.query(article_id=article.id, kind="transition") == []


def test_table_matches_expectations():
    for action, transition in TRANSITIONS.items():
        roles, states = EXPECTED_ALLOWED[action]
        assert {r.value for r in transition.roles} == roles
        assert {s.value for s in transition.sources} == states


def test_unknown_user_and_article(store):
    a = store.articles.create(Article(headline="x"))
    with pytest.raises(UserNotFound):
        store.workflow.transition(a.id, "submit", "siapa")
    store.users.add("ana", "reporter")
    with pytest.raises(ArticleNotFound):
        store.workflow.transition(9999, "submit", "ana")


def test_request_changes_needs_a_note(store):
    store.users.add("budi", "editor")
    a = store.articles.create(complete_article(status="submitted"))
    with pytest.raises(TransitionRefused, match="catatan"):
        store.workflow.transition(a.id, "request-changes", "budi", note="  ")
    assert store.articles.get(a.id).status is Status.SUBMITTED


def test_two_sessions_lock_and_stale_save(db_url):
    one, two = open_store(db_url), open_store(db_url)
    one.users.add("ana", "reporter")
    one.users.add("budi", "editor")
    one.users.add("citra", "reporter")
    article = one.articles.create(complete_article(headline="Sidang", body="awal"), user="ana")

    lock = one.locks.acquire(article.id, "ana")
    seen = two.locks.get(article.id)
    assert seen is not None and seen.holder == "ana"
    with pytest.raises(ArticleLocked, match="sedang disunting oleh ana"):
        two.locks.acquire(article.id, "citra")
    with pytest.raises(ArticleLocked):
        two.articles.update(article.with_changes(body="citra menimpa"), user="citra")
    with pytest.raises(TransitionRefused, match="sedang disunting"):
        two.workflow.transition(article.id, "kill", "budi")
    with pytest.raises(TransitionRefused):  # a reporter cannot take over
        two.locks.take_over(article.id, "citra")
    assert one.articles.get(article.id).body == "awal"

    saved = one.articles.update(article.with_changes(body="ana menulis"), user="ana")
    # The editor takes over (recorded); Ana's next heartbeat tells her she lost the lock.
    two.locks.take_over(article.id, "budi")
    assert not one.locks.heartbeat(article.id, "ana")
    assert two.events.query(article_id=article.id, kind="takeover")[0].detail == {
        "previous_holder": "ana"}
    edited = two.articles.update(saved.with_changes(body="budi merapikan"), user="budi")
    # A forced stale save by Ana (based on her old version) is refused; nothing is lost.
    two.locks.release(article.id, "budi")
    with pytest.raises(VersionConflict):
        one.articles.update(saved.with_changes(body="ana yang basi"), user="ana")
    assert one.articles.get(article.id).body == "budi merapikan"
    bodies = [r.snapshot["body"] for r in one.articles.revisions(article.id)]
    assert bodies == ["awal", "ana menulis", "budi merapikan"]
    assert edited.version == 3 and lock.holder == "ana"
    one.close()
    two.close()


def test_expired_lock_can_be_taken(store):
    a = store.articles.create(Article(headline="x"))
    store.locks.acquire(a.id, "ana")
    with store.engine.begin() as conn:
        old = store.locks.get(a.id).heartbeat_at - timedelta(minutes=10)
        conn.execute(update(LockRow).values(heartbeat_at=old))
    assert store.locks.get(a.id) is None
    assert store.locks.acquire(a.id, "citra").holder == "citra"
    assert store.events.query(article_id=a.id, kind="lock-expired")[0].detail[
        "previous_holder"] == "ana"


BODY = "Banjir merendam Kota Medan sejak Selasa. BPBD mengerahkan perahu karet ke lokasi."


@pytest.mark.parametrize(("new_body", "expected"), [
    ("Hujan deras: " + BODY, "BPBD mengerahkan"),  # insertion before
    (BODY.replace("BPBD mengerahkan", "BPBD Sumut mengerahkan"), "BPBD Sumut mengerahkan"),  # inside
    (BODY + " Warga mengungsi.", "BPBD mengerahkan"),  # after
    (BODY.replace("Banjir merendam Kota Medan sejak Selasa. ", ""), "BPBD mengerahkan"),  # deletion before
    (BODY.replace(" ke lokasi", ""), "BPBD mengerahkan"),  # deletion after
    (BODY.replace("BPBD mengerahkan", "BPBD kerahkan"), "BPBD kerahkan"),  # deletion inside
])
def test_comment_anchor_survives_edits(store, new_body, expected):
    a = store.articles.create(Article(headline="Banjir", body=BODY))
    start = BODY.index("BPBD mengerahkan")
    comment = store.comments.add(a.id, "budi", "Sebut jumlah perahunya", start,
                                 start + len("BPBD mengerahkan"))
    store.articles.update(a.with_changes(body=new_body), user="ana")
    moved = [c for c in store.comments.list(a.id) if c.id == comment.id][0]
    s, e = moved.anchor
    assert new_body[s:e] == expected
    assert moved.quote == "BPBD mengerahkan"


def test_comment_on_deleted_text_is_kept_detached(store):
    a = store.articles.create(Article(headline="Banjir", body=BODY))
    start = BODY.index("Selasa")
    c = store.comments.add(a.id, "budi", "Tanggalnya?", start, start + len("Selasa"))
    store.articles.update(a.with_changes(body="Teks baru seluruhnya."), user="ana")
    kept = store.comments.list(a.id)[0]
    assert kept.id == c.id and kept.anchor is None and kept.quote == "Selasa"


def test_replies_and_resolve(store):
    a = store.articles.create(Article(headline="x", body=BODY))
    root = store.comments.add(a.id, "budi", "Cek nama", 0, 6)
    reply = store.comments.reply(root.id, "ana", "Sudah dicek")
    store.comments.reply(reply.id, "budi", "Oke")  # replies thread under the root
    store.comments.resolve(root.id, "budi")
    thread = store.comments.list(a.id)
    assert [(c.author, c.parent_id) for c in thread] == [("budi", None), ("ana", root.id),
                                                         ("budi", root.id)]
    assert thread[0].resolved and thread[0].resolved_by == "budi"
    assert store.comments.list(a.id, include_resolved=False) == []
    kinds = [e.kind for e in store.events.query(article_id=a.id)]
    assert kinds == ["create", "comment", "reply", "reply", "resolve"]


def test_revision_diff_on_indonesian_text():
    old = "Wali kota Medan meninjau lokasi banjir di Kecamatan Medan Maimun, Selasa (4/9/2018)."
    new = "Wali Kota Medan Bobby Nasution meninjau lokasi banjir di Kecamatan Medan Maimun."
    chunks = word_diff(old, new)
    assert [(c.op, c.text) for c in chunks if c.op != "equal"] == [
        ("delete", "kota"), ("insert", "Kota"), ("insert", " Bobby Nasution"),
        ("delete", ", Selasa (4/9/2018)")]
    left, right = side_by_side(old, new)
    assert "".join(c.text for c in left) == old
    assert "".join(c.text for c in right) == new
    assert word_diff("anak anak", "anak-anak") == [
        type(chunks[0])("delete", "anak anak"), type(chunks[0])("insert", "anak-anak")]


def test_restore_old_revision_as_new(store):
    store.users.add("ana", "reporter")
    a = store.articles.create(complete_article(headline="Satu", body="versi satu"), user="ana")
    b = store.articles.update(a.with_changes(body="versi dua"), user="ana")
    store.workflow.transition(b.id, "submit", "ana")
    restored = store.workflow.restore(a.id, 1, "ana")
    assert restored.body == "versi satu" and restored.version == 4
    assert restored.status is Status.SUBMITTED
    revisions = store.articles.revisions(a.id)
    assert [r.kind for r in revisions] == ["create", "save", "transition", "restore"]
    history = store.workflow.history(a.id)
    assert history[0].created_at <= history[-1].created_at


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from editor.domain.anchors import rebase_anchor  # noqa: E402

_words = st.lists(st.sampled_from(["banjir", "Medan", "BPBD", "warga", "ke", "di", "🌊", "é",
                                   "anak-anak", ",", ".", "\n\n"]), max_size=12)


@given(prefix=_words, suffix=_words, inserted_before=_words, inserted_after=_words)
def test_anchor_property_edits_outside_keep_the_words(prefix, suffix, inserted_before,
                                                      inserted_after):
    anchored = "Gubernur Edy Rahmayadi"
    old = " ".join(prefix) + " " + anchored + " " + " ".join(suffix)
    start = old.index(anchored)
    new = " ".join(inserted_before) + " " + old + " " + " ".join(inserted_after)
    moved = rebase_anchor(old, new, start, start + len(anchored))
    assert moved is not None
    assert new[moved[0]:moved[1]] == anchored


def test_submit_needs_the_required_fields(store):
    store.users.add("ana", "reporter")
    a = store.articles.create(Article(headline="Hanya judul"), user="ana")
    with pytest.raises(TransitionRefused, match="ringkasan"):
        store.workflow.transition(a.id, "submit", "ana")
    assert store.articles.get(a.id).status is Status.DRAFT
