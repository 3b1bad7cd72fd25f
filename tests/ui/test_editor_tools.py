"""Editor tools a reporter uses all day: find/replace, undo, zoom, focus mode, closing with
unsaved work, and "Baca juga" insertion from the related-articles panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor.domain import Article

TEXT = "Banjir rendam Medan. Banjir juga rendam Binjai. Warga mengungsi."


def test_find_and_replace_all_is_one_undo_step(qtbot, make_window, store):
    window = make_window(store)
    window.form.body.setPlainText(TEXT)
    window.replace_action.trigger()
    bar = window.form.find_bar
    assert not bar.isHidden()
    bar.find_edit.setText("Banjir")
    assert bar.find_next()
    assert window.form.body.textCursor().selectedText() == "Banjir"
    bar.replace_edit.setText("Rob")
    assert bar.replace_all() == 2
    assert window.form.body.toPlainText() == TEXT.replace("Banjir", "Rob")
    window.undo_action.trigger()
    assert window.form.body.toPlainText() == TEXT
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_zoom_changes_editor_font(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    before = body.font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert body.zoom == 2 and body.font().pointSizeF() > before
    window.zoom_reset_action.trigger()
    assert body.zoom == 0 and abs(body.font().pointSizeF() - before) < 0.01


def test_focus_mode_hides_everything_but_the_text(qtbot, make_window, store):
    window = make_window(store)
    window.focus_mode_action.trigger()
    assert window.list_panel.isHidden() and window.statusBar().isHidden()
    window.focus_mode_action.trigger()
    assert not window.list_panel.isHidden() and not window.statusBar().isHidden()


def test_close_with_unsaved_changes_asks_and_can_cancel(qtbot, make_window, store,
                                                        monkeypatch):
    window = make_window(store)
    window.new_action.trigger()
    window.form.headline.setText("Belum disimpan")
    assert window.is_dirty
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    assert not window.close()
    assert asked and window.isVisible() and window.is_dirty
    assert window.form.headline.text() == "Belum disimpan"


def test_related_panel_inserts_baca_juga_at_cursor(qtbot, make_window, store):
    older = store.articles.create(Article(
        headline="Banjir rob rendam Belawan pekan lalu",
        body="Air laut pasang merendam Belawan. Banjir rob Belawan kembali terjadi.",
        tags=("banjir rob", "Belawan"), category="Peristiwa", status="published"))
    window = make_window(store)
    window.new_action.trigger()
    window.form.headline.setText("Banjir rob kembali rendam Belawan")
    window.form.body.setPlainText("Banjir rob kembali merendam permukiman di Belawan.")
    panel = window.related_panel
    qtbot.waitUntil(lambda: panel.list.count() >= 1, timeout=15_000)
    panel.list.setCurrentRow(0)
    assert panel.current_suggestion().article_id == older.id
    panel.insert_current()
    body = window.form.body.toPlainText()
    assert f"Baca juga: [Banjir rob rendam Belawan pekan lalu](/artikel/{older.id})" in body
    assert [r.article_id for r in window.form.article().related] == [older.id]
