"""Formatting shortcuts in the body (bold, italic, heading, list, link), each one undo step,
and the shortcut sheet in Help listing what the window really binds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from editor.domain import Article


def select(body, start: int, end: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def open_article(qtbot, make_window, store, body_text: str):
    store.articles.create(Article(headline="Banjir rob merendam Belawan", slug="banjir-rob",
                                  body=body_text))
    window = make_window(store)
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    return window


def test_ctrl_b_and_ctrl_i_wrap_the_selection_as_one_undo_step(qtbot, make_window, store):
    window = open_article(qtbot, make_window, store, "Air laut pasang merendam rumah.")
    body = window.form.body
    body.setFocus()
    select(body, 4, 15)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "Air **laut pasang** merendam rumah."
    assert body.textCursor().selectedText() == "laut pasang"
    assert window.is_dirty
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "Air ***laut pasang*** merendam rumah."
    body.undo()
    assert body.toPlainText() == "Air **laut pasang** merendam rumah."
    select(body, 6, 17)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "Air laut pasang merendam rumah."


def test_heading_list_and_link_commands(qtbot, make_window, store):
    text = "Warga mengungsi\n\nPosko dibuka\nBantuan disalurkan\n\nLihat situs BPBD."
    window = open_article(qtbot, make_window, store, text)
    body = window.form.body
    body.setFocus()
    select(body, 3, 3)
    qtbot.keyClick(body, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert body.toPlainText().startswith("## Warga mengungsi\n")
    start = body.toPlainText().index("Posko")
    select(body, start + 2, body.toPlainText().index("disalurkan"))
    qtbot.keyClick(body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "\n- Posko dibuka\n- Bantuan disalurkan\n" in body.toPlainText()
    where = body.toPlainText().index("BPBD")
    select(body, where, where + 4)
    qtbot.keyClick(body, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert body.toPlainText().endswith("Lihat situs [BPBD](https://).")
    assert body.textCursor().selectedText() == "https://"  # type the address next
    qtbot.keyClicks(body, "https://bpbd.example")
    assert body.toPlainText().endswith("[BPBD](https://bpbd.example).")


def test_formatting_is_in_the_edit_menu_and_the_shortcut_sheet(qtbot, make_window, store):
    window = make_window(store)
    fmt = window.findChild(QMenu, "menuFormat")
    assert [a.objectName() for a in fmt.actions()] == [
        "actionBold", "actionItalic", "actionHeading", "actionBulletList",
        "actionNumberedList", "actionLink"]
    assert window.shortcuts_action in window.findChild(QMenu, "menuHelp").actions()
    window.shortcuts_action.trigger()
    sheet = window.shortcut_sheet
    shortcuts = sheet.shortcuts()
    assert shortcuts["Tebal"] == "Ctrl+B" and shortcuts["Miring"] == "Ctrl+I"
    assert shortcuts["Judul bagian"] == "Ctrl+Shift+J" and shortcuts["Tautan"] == "Ctrl+Shift+U"
    assert shortcuts["Simpan"] == "Ctrl+S"
    menus = {sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())}
    assert "Sunting › Format" in menus
    sheet.close()


def test_read_only_body_is_not_formatted(qtbot, make_window, store):
    window = open_article(qtbot, make_window, store, "Air laut pasang.")
    window.form.set_read_only(True)
    body = window.form.body
    select(body, 0, 3)
    next(a for a in window.format_actions if a.objectName() == "actionBold").trigger()
    assert body.toPlainText() == "Air laut pasang."
