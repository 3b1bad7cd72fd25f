"""A workflow step leaves the focus where the writer was; it never lands on the Kicker with
its text selected."""

from __future__ import annotations

from factories import complete_article
from PySide6.QtCore import Qt

from editor.domain.workflow import Action


def test_clicking_a_workflow_step_keeps_the_focus_in_the_body(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    store.articles.create(complete_article(headline="Banjir rob merendam Belawan",
                                           kicker="PESISIR"), user="ana")
    window = make_window(store, user="ana")
    window.activateWindow()
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    body = window.form.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=2000)
    button = window.workflow_bar.buttons[Action.SUBMIT]
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(window.workflow_bar.transitioned, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert not window.form.kicker.hasFocus()
    assert window.form.kicker.selectedText() == ""
    assert body.hasFocus()


def test_a_workflow_step_keeps_the_cursor_where_the_writer_was(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    body_text = "Paragraf pertama tentang banjir.\n\n" + "Paragraf berikutnya. " * 40
    store.articles.create(complete_article(headline="Banjir rob merendam Belawan",
                                           body=body_text), user="ana")
    window = make_window(store, user="ana")
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    body = window.form.body
    cursor = body.textCursor()
    cursor.setPosition(200)
    body.setTextCursor(cursor)
    button = window.workflow_bar.buttons[Action.SUBMIT]
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(window.workflow_bar.transitioned, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # the step reloads the stored article (new status) into the form
    qtbot.waitUntil(lambda: window.form.base is not None
                    and window.form.base.status.value == "submitted", timeout=10_000)
    qtbot.wait(200)
    assert body.toPlainText() == body_text
    assert body.textCursor().position() == 200
