"""Layout nits from driving the desk: Ctrl+. after F8 offers the finding's suggestions, the
find bar's fields keep a usable width, the previous article's headline warning goes away,
and a clicked finding stays readable."""

from __future__ import annotations

from editor.domain import Article
from editor.ui.theme import apply_theme


def open_first(qtbot, window):
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()


def test_ctrl_period_after_f8_opens_the_findings_menu(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    text = "Warga berkumpul disekitar lokasi."
    body.setPlainText(text)
    qtbot.waitUntil(lambda: window.proofing.is_checked(text), timeout=10_000)
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    window.next_issue_action.trigger()
    assert body.textCursor().selectedText() == "disekitar"
    position = body.keyboard_menu_position()
    menu = body.issue_menu(position)
    fixes = [a.text() for a in menu.actions() if a.objectName() == "fixAction"]
    assert fixes and fixes[0] == "di sekitar"
    # A cursor right after the flagged word counts as on it too.
    cursor = body.textCursor()
    cursor.setPosition(text.index("disekitar") + len("disekitar"))
    body.setTextCursor(cursor)
    assert body.issue_at(body.keyboard_menu_position()) is not None


def test_find_bar_fields_fit_a_narrow_column(qtbot, make_window, store):
    window = make_window(store)
    window.resize(1280, 720)
    window.find_text_action.trigger() if hasattr(window, "find_text_action") else \
        window.form.find_bar.open_bar()
    bar = window.form.find_bar
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    assert bar.find_edit.width() >= 120 and bar.replace_edit.width() >= 120
    assert bar.minimumSizeHint().width() <= window.form.writing.width()


def test_headline_warning_of_the_previous_article_goes_away(qtbot, make_window, store):
    store.articles.create(Article(headline="Rapat digelar diruang bupati", slug="rapat"))
    store.articles.create(Article(headline="Harga cabai naik di Medan", slug="cabai"))
    window = make_window(store)
    rows = {window.list_panel.model.row_at(r).headline: r
            for r in range(window.list_panel.model.rowCount())}
    window.list_panel.table.selectRow(rows["Rapat digelar diruang bupati"])
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    qtbot.waitUntil(lambda: window.form.headline_issues.isVisible(), timeout=10_000)
    window.list_panel.table.selectRow(rows["Harga cabai naik di Medan"])
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    assert not window.form.headline_issues.isVisible()
    assert window.form.headline_issues.text() == ""


def test_a_clicked_finding_row_is_not_blank(qtbot, qapp, make_window, store):
    apply_theme(qapp, "light")
    window = make_window(store)
    body = window.form.body
    text = "Warga berkumpul disekitar lokasi."
    body.setPlainText(text)
    qtbot.waitUntil(lambda: window.proofing.is_checked(text), timeout=10_000)
    panel = window.form.issues_panel
    window.form.side.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=5000)
    panel.list.setCurrentRow(0)
    rect = panel.list.visualItemRect(panel.list.item(0))
    image = panel.list.viewport().grab(rect).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert colours - {"#ffffff"}, "the selected finding row is drawn blank white"
    assert "#ddf4ff" in colours  # the selection colour of the light theme
