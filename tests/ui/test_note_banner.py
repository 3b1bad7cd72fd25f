"""Workflow notes reach the other person: the latest note shows at the top of the article
for everyone but its writer, and follows the article's transitions."""

from __future__ import annotations

from factories import complete_article


def open_first(qtbot, window):
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()


def test_editor_note_reaches_the_reporter_not_the_editor(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    store.users.add("sari", "editor")
    article = store.articles.create(complete_article(headline="Banjir rob merendam Belawan"),
                                    user="ana")
    store.workflow.transition(article.id, "submit", "ana", note="Mohon dicek angka korban.")
    store.workflow.transition(article.id, "start-review", "sari")
    store.workflow.transition(article.id, "request-changes", "sari",
                              note="Tambahkan kutipan BPBD.")
    reporter = make_window(store, user="ana")
    open_first(qtbot, reporter)
    banner = reporter.note_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert banner.text.text() == "Tambahkan kutipan BPBD."
    assert "sari" in banner.title.text() and "Diminta revisi" in banner.title.text()
    assert banner.geometry().top() < reporter.form.geometry().top()  # above the article
    banner.close_button.click()
    assert not banner.isVisible()
    editor = make_window(store, user="sari")
    with qtbot.waitSignal(editor.note_banner.shown_note, timeout=5000) as shown:
        open_first(qtbot, editor)
    assert shown.args == [None] and not editor.note_banner.isVisible()


def test_banner_follows_transitions(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    store.users.add("sari", "editor")
    article = store.articles.create(complete_article(headline="Banjir rob merendam Belawan"),
                                    user="ana")
    store.workflow.transition(article.id, "submit", "ana")
    store.workflow.transition(article.id, "start-review", "sari")
    store.workflow.transition(article.id, "request-changes", "sari",
                              note="Tambahkan kutipan BPBD.")
    reporter = make_window(store, user="ana")
    open_first(qtbot, reporter)
    qtbot.waitUntil(lambda: reporter.note_banner.isVisible(), timeout=5000)
    result = store.workflow.transition(article.id, "submit", "ana",
                                       note="Kutipan sudah ditambahkan.")
    with qtbot.waitSignal(reporter.note_banner.shown_note, timeout=5000) as shown:
        reporter.workflow_bar.transitioned.emit(result)
    assert shown.args == [None] and not reporter.note_banner.isVisible()  # her own note
    reporter._dirty = False
    with qtbot.waitSignal(reporter.note_banner.shown_note, timeout=5000) as shown:
        reporter.new_action.trigger()
    assert shown.args == [None]
