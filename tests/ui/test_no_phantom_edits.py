"""Opening an article and letting the proofreader underline it is not an edit: the window
stays clean, so nothing is autosaved and no "save changes?" question follows."""

from __future__ import annotations

from editor.domain import Article


def test_underlining_issues_does_not_mark_the_article_changed(qtbot, make_window, store):
    body = "Warga sudah mengungsi karena bnjir besar dan kepasar pun tidak bisa."
    store.articles.create(Article(headline="Banjir rob merendam Belawan", slug="banjir-rob",
                                  body=body, summary="Air laut pasang."))
    window = make_window(store)
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    qtbot.waitUntil(lambda: window.proofing.is_checked(body), timeout=10_000)
    qtbot.waitUntil(lambda: bool(window.proofing.issues_for(body)), timeout=10_000)
    qtbot.wait(300)
    assert not window.is_dirty
    window.form.body.textCursor().insertText("Baru. ")
    assert window.is_dirty
