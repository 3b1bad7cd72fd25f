"""The writing desk writes only what the user changed and does what they chose (issue 14,
items 1-3): each test fails on the structure before the operations split."""

from __future__ import annotations

from factories import complete_article
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox

from editor.domain import Article
from editor.domain.workflow import Action
from editor.ui.operations import wait_for_ops


def type_end(window, text: str) -> None:
    window.form.body.moveCursor(QTextCursor.MoveOperation.End)
    window.form.body.insertPlainText(text)


def test_submit_is_offered_right_after_the_first_save(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    window = make_window(store, "ana")
    window.new_article()
    window.form.load(complete_article(headline="Banjir rob di Belawan"))  # a new article
    type_end(window, " Warga mengungsi.")
    bar = window.workflow_bar
    assert all(b.isHidden() for b in bar.buttons.values())  # nothing to submit yet
    with qtbot.waitSignal(window.saved, timeout=5000) as saved:
        window.save()
    assert saved.args[0].id is not None
    qtbot.waitUntil(lambda: not bar.buttons[Action.SUBMIT].isHidden(), timeout=5000)
    # The Desk menu offers the same steps as the bar.
    desk_menu = window.menuBar().findChild(QMenu, "menuDesk")
    desk_menu.aboutToShow.emit()
    assert window.workflow_submit_action.isEnabled()
    assert not window.workflow_approve_action.isEnabled()  # a reporter may not approve
    with qtbot.waitSignal(bar.transitioned, timeout=5000):
        bar.buttons[Action.SUBMIT].click()
    assert store.articles.get(saved.args[0].id).status.value == "submitted"


def test_save_in_the_prompt_saves_then_switches(qtbot, make_window, store, monkeypatch):
    a = store.articles.create(Article(headline="Artikel A", body="isi A"), user="ana")
    b = store.articles.create(Article(headline="Artikel B", body="isi B"), user="ana")
    window = make_window(store, "ana")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(a.id)
    type_end(window, " tambahan")
    asked: list[str] = []

    def answer(*_args, **_kwargs):
        asked.append("?")
        window.open_article(b.id)  # a second double-click while the question is open
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    with qtbot.waitSignal(window.article_loaded, timeout=5000) as loaded:
        window.open_article(b.id)
    assert loaded.args[0].id == b.id and window.form.base.id == b.id
    assert asked == ["?"], "the prompt was raised twice"
    assert store.articles.get(a.id).body == "isi A tambahan"
    # What is typed next lands in B, not in A.
    type_end(window, " lanjut")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save()
    assert store.articles.get(b.id).body == "isi B lanjut"
    assert store.articles.get(a.id).body == "isi A tambahan"


def test_opening_an_article_never_writes(qtbot, make_window, store):
    text = "Warga sudah mengungsi sejak semalam karena bnjir besar diruang tamu."
    a = store.articles.create(Article(headline="Banjir", body=text), user="ana")
    before = store.articles.get(a.id)
    window = make_window(store, "ana")
    window.guard.set_idle_seconds(1)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(a.id)
    # Proofing results re-highlight the paragraph (this used to count as an edit).
    qtbot.waitUntil(lambda: window.proofing.is_checked(text), timeout=10_000)
    qtbot.waitUntil(lambda: bool(window.form.body.issues()), timeout=10_000)
    qtbot.wait(1800)  # longer than the autosave pause
    wait_for_ops()
    assert not window.is_dirty
    after = store.articles.get(a.id)
    assert (after.version, after.updated_at, after.slug) == \
        (before.version, before.updated_at, before.slug)
    assert [r.kind for r in store.articles.revisions(a.id)] == ["create"]


def test_opening_an_article_locked_by_someone_else_never_writes(qtbot, make_window, store):
    a = store.articles.create(Article(headline="Dikunci", body="isi bnjir"), user="budi")
    store.locks.acquire(a.id, "budi")
    window = make_window(store, "ana")
    window.guard.set_idle_seconds(1)
    with qtbot.waitSignal(window.edit_session.lock_state_changed, timeout=5000) as state:
        window.open_article(a.id)
    assert state.args[0] is True  # read-only
    qtbot.wait(1800)
    wait_for_ops()
    assert not window.is_dirty
    assert "gagal" not in window.autosave_label.text()
    assert store.articles.get(a.id).version == 1
