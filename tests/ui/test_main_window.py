"""The app shell driven like a user would: type, save, reopen, conflict."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from editor.domain import Article
from editor.store import open_store
from editor.ui.operations import wait_for_ops


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_create_save_reopen_unchanged(qtbot, make_window, db_url):
    store = open_store(db_url)
    window = make_window(store)
    window.new_action.trigger()
    type_into(qtbot, window.form.headline, "Banjir rob rendam Belawan ")
    window.form.headline.insert("🌊")  # QTest types ASCII only; non-ASCII arrives as a paste
    type_into(qtbot, window.form.body, "Air laut pasang merendam permukiman.")
    type_into(qtbot, window.form.tags.edit, "banjir, Belawan")
    type_into(qtbot, window.form.dateline_place, "Medan")
    window.form.category.setCurrentText("Peristiwa")
    assert window.is_dirty and window.windowTitle().startswith("•")
    with qtbot.waitSignal(window.saved, timeout=5000) as saved:
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = saved.args[0]
    assert stored.id is not None and stored.version == 1
    assert not window.is_dirty
    expected = window.form.article().content_dict()
    window.close()
    wait_for_ops()
    store.close()

    store2 = open_store(db_url)
    window2 = make_window(store2)
    assert window2.list_panel.model.rowCount() == 1
    window2.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window2.article_loaded, timeout=5000):
        window2.open_action.trigger()
    assert window2.form.headline.text() == "Banjir rob rendam Belawan 🌊"
    assert window2.form.body.toPlainText() == "Air laut pasang merendam permukiman."
    assert window2.form.article().content_dict() == expected
    assert window2.form.article().slug == "banjir-rob-rendam-belawan"
    assert window2.form.dateline_preview.text().startswith("MEDAN, ")
    window2.close()
    store2.close()


def test_save_conflict_is_shown_and_text_kept(qtbot, make_window, store, monkeypatch):
    article = store.articles.create(Article(headline="Rapat DPRD", body="versi awal"))
    window = make_window(store)
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.edit_session.lock_state_changed, timeout=5000):
        window.open_selected()
    assert store.locks.get(article.id).holder == "ana"
    # An editor takes the article over, saves and leaves: Ana's edit is now based on an
    # outdated version (the lock is gone, so only the version check can catch it).
    store.users.add("budi", "editor")
    store.locks.take_over(article.id, "budi")
    store.articles.update(article.with_changes(body="suntingan redaktur"), user="budi")
    store.locks.release(article.id, "budi")
    window.form.body.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, window.form.body, " tambahan reporter")
    with qtbot.waitSignal(window.save_failed, timeout=5000) as failed:
        window.save_action.trigger()
    assert "budi" in failed.args[0]
    box = window.findChild(QMessageBox, "saveErrorBox")
    assert box is not None and box.isVisible()
    box.close()
    assert window.form.body.toPlainText() == "versi awal tambahan reporter"
    assert window.is_dirty
    assert store.articles.get(article.id).body == "suntingan redaktur"


def test_list_filters_by_status_and_headline(qtbot, make_window, store):
    store.articles.create(Article(headline="Banjir Medan"))
    store.articles.create(Article(headline="Harga cabai", status="approved"))
    window = make_window(store)
    assert window.list_panel.model.rowCount() == 2
    with qtbot.waitSignal(window.list_panel.loaded, timeout=5000):
        window.list_panel.status_filter.setCurrentIndex(
            window.list_panel.status_filter.findData("approved"))
    assert window.list_panel.model.row_at(0).headline == "Harga cabai"
    assert window.list_panel.model.rowCount() == 1
    with qtbot.waitSignal(window.list_panel.loaded, timeout=5000):
        window.list_panel.status_filter.setCurrentIndex(0)
    with qtbot.waitSignal(window.list_panel.loaded, timeout=5000):
        qtbot.keyClicks(window.list_panel.search, "banjir")
    assert [window.list_panel.model.row_at(i).headline
            for i in range(window.list_panel.model.rowCount())] == ["Banjir Medan"]


def test_window_layout_is_kept_between_runs(qtbot, make_window, store):
    window = make_window(store)
    # The offscreen screen is 800x600: stay inside it, or Qt clamps the restored geometry.
    # The window cannot be narrower than its three panes need, so only the height is chosen.
    window.resize(700, 500)
    window.splitter.setSizes([200, 500, 200])
    saved_size = window.size()
    saved_first = window.splitter.sizes()[0]
    window.close()
    assert QSettings().value("window/geometry") is not None
    window2 = make_window(store)
    assert window2.size() == saved_size and saved_size.height() == 500
    assert abs(window2.splitter.sizes()[0] - saved_first) <= 10  # handles may shift it


def test_delete_needs_confirmation(qtbot, make_window, store, monkeypatch):
    # Deleting is the desk's job (the store refuses it to reporters, as PostgreSQL does).
    store.users.add("budi", "editor")
    store.articles.create(Article(headline="Hapus saya"))
    window = make_window(store, "budi")
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.list_panel.loaded, timeout=5000):
        window.delete_action.trigger()
    assert store.articles.count() == 0
    assert window.form.base is None
