"""Workflow widgets driven with pytest-qt against a real SQLite store."""

from __future__ import annotations

import pytest
from factories import complete_article

from editor.domain.workflow import Role, Status
from editor.store import open_store
from editor.ui.audit_view import AuditDialog
from editor.ui.edit_session import EditSession
from editor.ui.queue_watcher import QueueWatcher
from editor.ui.revisions_dialog import RevisionsDialog
from editor.ui.users_dialog import UsersDialog
from editor.ui.workflow_bar import WorkflowBar


@pytest.fixture
def desk(store):
    store.users.add("ana", "reporter")
    store.users.add("budi", "editor")
    article = store.articles.create(complete_article(headline="Banjir Medan", body="Air naik."),
                                    user="ana")
    return store, article


def test_bar_offers_only_allowed_actions_and_runs_them(qtbot, desk):
    store, article = desk
    store.workflow.transition(article.id, "submit", "ana")
    article = store.articles.get(article.id)
    reporter = WorkflowBar(store, "ana", Role.REPORTER)
    qtbot.addWidget(reporter)
    reporter.set_article(article)
    assert [a.value for a, b in reporter.buttons.items() if not b.isHidden()] == []
    editor = WorkflowBar(store, "budi", Role.EDITOR)
    qtbot.addWidget(editor)
    editor.set_article(article)
    visible = [a.value for a, b in editor.buttons.items() if not b.isHidden()]
    assert visible == ["start-review", "request-changes", "approve", "kill"]
    editor.transition_requested.connect(editor.run)
    # Requesting changes needs a note: nothing happens until one is written.
    editor.buttons[list(editor.buttons)[2]].click()
    assert "catatan" in editor.message.text().lower()
    assert store.articles.get(article.id).status is Status.SUBMITTED
    qtbot.keyClicks(editor.note, "Tambah kutipan BPBD")
    with qtbot.waitSignal(editor.transitioned, timeout=5000) as done:
        editor.buttons[list(editor.buttons)[2]].click()
    assert done.args[0].to_status is Status.CHANGES_REQUESTED
    event = store.events.query(article_id=article.id, kind="transition")[-1]
    assert event.note == "Tambah kutipan BPBD" and event.user == "budi"


def test_refusal_is_shown(qtbot, desk):
    store, article = desk
    bar = WorkflowBar(store, "budi", Role.EDITOR)
    qtbot.addWidget(bar)
    bar.set_article(article.with_changes(status=Status.APPROVED))  # stale view of the state
    with qtbot.waitSignal(bar.failed, timeout=5000) as failed:
        bar.run("publish")
    assert "Draf" in failed.args[0] and "Terbitkan" in failed.args[0]  # in the UI's words
    assert store.articles.get(article.id).status is Status.DRAFT


def test_second_session_sees_lock_and_editor_takes_over(qtbot, desk, db_url):
    store, article = desk
    other = open_store(db_url)
    mine = EditSession(store, "ana")
    with qtbot.waitSignal(mine.lock_state_changed, timeout=5000) as state:
        mine.open(article.id)
    assert state.args == [False, ""]
    theirs = EditSession(other, "budi")
    with qtbot.waitSignal(theirs.lock_state_changed, timeout=5000) as state:
        theirs.open(article.id)
    assert state.args[0] is True and "Sedang disunting oleh ana sejak" in state.args[1]
    with qtbot.waitSignal(theirs.lock_state_changed, timeout=5000) as state:
        theirs.take_over()
    assert state.args == [False, ""]
    with qtbot.waitSignal(mine.lock_state_changed, timeout=5000) as state:
        mine._heartbeat()
    assert state.args[0] is True and "budi" in state.args[1]
    theirs.leave(wait=True)
    assert other.locks.get(article.id) is None
    other.close()


def test_revisions_side_by_side_and_restore(qtbot, desk):
    store, article = desk
    store.articles.update(article.with_changes(body="Air surut setinggi satu meter."), user="ana")
    dialog = RevisionsDialog(store, article.id, "ana")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.revisions) == 2, timeout=5000)
    assert "line-through" in dialog.left.toHtml()
    assert "setinggi satu meter" in dialog.right.toPlainText()
    assert "1 bagian dihapus, 1 bagian ditambah" == dialog.summary.text()
    with qtbot.waitSignal(dialog.restored, timeout=5000) as restored:
        dialog.restore_button.click()
    assert restored.args[0].body == "Air naik." and restored.args[0].version == 3
    qtbot.waitUntil(lambda: len(dialog.revisions) == 3, timeout=5000)


def test_audit_filters(qtbot, desk):
    store, article = desk
    store.workflow.transition(article.id, "submit", "ana")
    store.comments.add(article.id, "budi", "Sumbernya?", 0, 3)
    dialog = AuditDialog(store, article.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
        dialog.kind.setCurrentIndex(dialog.kind.findData("transition"))
    assert loaded.args == [1]
    assert dialog.table.item(0, 4).text() == "Draf → Diajukan"
    assert dialog.table.item(0, 2).text() == "Diajukan"


def test_admin_adds_user_and_changes_role(qtbot, desk):
    store, _ = desk
    dialog = UsersDialog(store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    qtbot.keyClicks(dialog.name, "citra")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.EDITOR))
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.add_user()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    assert store.users.get("citra").role is Role.EDITOR


def test_queue_watcher_tells_editor_about_new_submission(qtbot, desk):
    store, article = desk
    watcher = QueueWatcher(store, "budi", Role.EDITOR)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.ready, timeout=5000)
    store.workflow.transition(article.id, "submit", "ana")
    with qtbot.waitSignal(watcher.arrived, timeout=5000) as arrived:
        watcher.check_now()  # the desk calls it when the hub reports someone else's change
    assert arrived.args == ["Menunggu review", ["Banjir Medan"]]


def test_comment_panel_anchors_to_selection(qtbot, desk):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    from editor.ui.comments_panel import CommentsPanel

    store, article = desk
    body = QPlainTextEdit()
    body.setPlainText(article.body)
    panel = CommentsPanel(store, "budi", body)
    qtbot.addWidget(panel)
    qtbot.addWidget(body)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.set_article(article.id)
    cursor = body.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClicks(panel.input, "Naik berapa meter?")
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.add_button.click()
    assert panel.comments[0].anchor == (4, 8) and panel.comments[0].quote == "naik"
    assert len(panel.extra_selections()) == 1
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClicks(panel.input, "Dua meter")
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.reply_button.click()
    assert [c.body for c in panel.comments] == ["Naik berapa meter?", "Dua meter"]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.resolve_button.click()
    assert panel.comments == [] and panel.extra_selections() == []
