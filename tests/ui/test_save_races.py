"""Races between saves, autosaves, workflow steps and switching articles (found in review):
none may write one article's text over another, fire a stale workflow step, or leave a
recovery entry for work that is saved."""

import time

from factories import complete_article
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from editor.domain import Article
from editor.domain.workflow import Status
from editor.ui.operations import wait_for_ops


def type_end(window, text):
    window.form.body.moveCursor(QTextCursor.MoveOperation.End)
    window.form.body.insertPlainText(text)


def test_stale_pending_transition_fires_on_later_save(qtbot, make_window, store, monkeypatch):
    store.users.ensure("admin0", "admin")  # ana (first seen in the window) is a reporter
    art = store.articles.create(complete_article(), user="ana")
    window = make_window(store, "ana")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(art.id)
    qtbot.waitUntil(lambda: store.locks.get(art.id) is not None, timeout=5000)
    type_end(window, " tambahan")
    # the same user saved from elsewhere (second laptop) -> this window's save conflicts
    store.articles.update(store.articles.get(art.id).with_changes(body="lain"), user="ana")
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    with qtbot.waitSignal(window.save_failed, timeout=5000):
        window.request_transition("submit")
    assert store.articles.get(art.id).status is Status.DRAFT
    # user follows the advice: reopen (discard), continue editing, save later
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.form.load(None)
    window._dirty = False
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(art.id)
    type_end(window, " koreksi kecil")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save()
    wait_for_ops()
    qtbot.wait(300)
    wait_for_ops()
    print("status after plain save:", store.articles.get(art.id).status)
    assert store.articles.get(art.id).status is Status.DRAFT, "plain Ctrl+S submitted the article"


def test_autosave_in_flight_rebases_next_article_onto_previous(qtbot, make_window, store, monkeypatch):
    a = store.articles.create(Article(headline="Artikel A", body="isi A asli"), user="ana")
    window = make_window(store, "ana")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(a.id)
    type_end(window, " suntingan")
    repo = store.articles
    real_update = repo.update
    def slow_update(article, **kw):
        if kw.get("kind") == "autosave":
            time.sleep(0.8)  # a slow shared server / busy SQLite
        return real_update(article, **kw)
    monkeypatch.setattr(repo, "update", slow_update)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.autosave()                  # idle timer fired
    window.new_article()               # user: Ctrl+N, "Buang"
    with qtbot.waitSignal(window.autosaved, timeout=5000):
        pass
    print("form base after autosave landed:", window.form.base and (window.form.base.id, window.form.base.version))
    window.form.headline.setText("Berita baru B")
    type_end(window, "isi B")
    with qtbot.waitSignal(window.saved, timeout=5000) as saved:
        window.save()
    print("saved id", saved.args[0].id, "A is now:", store.articles.get(a.id).headline, "| count", store.articles.count())
    assert store.articles.get(a.id).headline == "Artikel A", "new story was written over article A"


def test_comment_anchor_uses_unsaved_text(qtbot, make_window, store):
    a = store.articles.create(Article(headline="A", body="Paragraf pertama.\n\nBupati meresmikan jembatan baru di Medan kemarin."), user="ana")
    window = make_window(store, "ana")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(a.id)
    window.guard.set_idle_seconds(3600)
    c = window.form.body.textCursor()
    c.setPosition(0)
    c.insertText("Baru. ")
    text = window.form.body.toPlainText()
    start = text.index("jembatan")
    c.setPosition(start)
    c.setPosition(start + len("jembatan"), QTextCursor.MoveMode.KeepAnchor)
    window.form.body.setTextCursor(c)
    window.comments_panel.input.setText("cek nama jembatan")
    window.comments_panel.add_comment()
    wait_for_ops()
    qtbot.wait(200)
    com = store.comments.list(a.id)
    print("comment:", com and (com[0].anchor, com[0].quote), "| panel msg:", window.comments_panel.message.text())
    assert com and com[0].quote == "jembatan"
