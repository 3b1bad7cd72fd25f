"""Approved and published copy is read-only for reporters in the editor, by the same edit
table the store checks (issue 14, item 4, UI part); Delete is not offered to reporters."""

from __future__ import annotations

from factories import complete_article
from PySide6.QtGui import QTextCursor

from editor.domain import Article
from editor.domain.workflow import Action
from editor.ui.operations import wait_for_ops


def _approved(store, headline: str = "Banjir rob di Belawan") -> Article:
    article = store.articles.create(complete_article(headline=headline,
                                                     body="Warga mengungsi."), user="ana")
    for action, who in ((Action.SUBMIT, "ana"), (Action.START_REVIEW, "budi"),
                        (Action.APPROVE, "budi")):
        store.workflow.transition(article.id, action, who)
    return store.articles.get(article.id)


def _users(store) -> None:
    store.users.add("ana", "reporter")
    store.users.add("budi", "editor")


def test_reporter_reads_approved_copy_read_only_and_autosave_never_tries(qtbot, make_window,
                                                                          store):
    _users(store)
    article = _approved(store)
    window = make_window(store, "ana")
    window.guard.set_idle_seconds(1)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(article.id)
    form = window.form
    qtbot.waitUntil(lambda: form.read_only, timeout=5000)
    assert form.body.isReadOnly() and form.headline.isReadOnly()
    assert not form.read_only_note.isHidden()
    assert "disetujui" in form.read_only_note.text().lower()
    assert not window.save_action.isEnabled()
    # Typing is impossible through the widget; even an edit forced into it is never sent.
    qtbot.keyClicks(form.body, "tambahan")
    assert form.body.toPlainText() == "Warga mengungsi."
    form.body.moveCursor(QTextCursor.MoveOperation.End)
    form.body.insertPlainText(" paksa")
    qtbot.wait(2500)
    window.autosave()
    window.save()
    wait_for_ops()
    assert store.articles.get(article.id).version == article.version
    assert "Simpan otomatis gagal" not in window.autosave_label.text()


def test_editor_may_edit_approved_copy(qtbot, make_window, store):
    _users(store)
    article = _approved(store)
    window = make_window(store, "budi")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(article.id)
    wait_for_ops()
    qtbot.wait(100)
    assert not window.form.read_only and window.form.read_only_note.isHidden()
    assert window.save_action.isEnabled()


def test_reporter_edits_own_draft_but_not_another_reporters(qtbot, make_window, store):
    _users(store)
    store.users.add("cici", "reporter")
    own = store.articles.create(Article(headline="Milik Ana", body="isi"), user="ana")
    other = store.articles.create(Article(headline="Milik Cici", body="isi"), user="cici")
    window = make_window(store, "ana")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(own.id)
    wait_for_ops()
    qtbot.wait(100)
    assert not window.form.read_only
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(other.id)
    qtbot.waitUntil(lambda: window.form.read_only, timeout=5000)
    assert "cici" in window.form.read_only_note.text()


def test_approval_by_the_desk_turns_the_reporters_form_read_only(qtbot, make_window, store):
    """The reporter has the submitted story open; once it is approved (a status change the
    hub reports), the form reloads read-only."""
    _users(store)
    article = store.articles.create(complete_article(headline="Gempa"), user="ana")
    store.workflow.transition(article.id, Action.SUBMIT, "ana")
    window = make_window(store, "ana")
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(article.id)
    wait_for_ops()
    qtbot.wait(100)
    assert not window.form.read_only   # submitted, not yet in review: still the reporter's
    store.locks.release(article.id, "ana")   # the desk can only act on an unlocked story
    store.workflow.transition(article.id, Action.START_REVIEW, "budi")
    store.workflow.transition(article.id, Action.APPROVE, "budi")
    from editor.ops import Change, Changes

    window.publish(Changes.of(Change.STATUS, ids=(article.id,), local=False))
    qtbot.waitUntil(lambda: window.form.read_only, timeout=5000)


def test_delete_is_not_offered_to_reporters(qtbot, make_window, store):
    _users(store)
    article = store.articles.create(Article(headline="Milik Ana", body="isi"), user="ana")
    reporter = make_window(store, "ana")
    with qtbot.waitSignal(reporter.article_loaded, timeout=5000):
        reporter.open_article(article.id)
    assert not reporter.delete_action.isVisible() and not reporter.delete_action.isEnabled()
    editor = make_window(store, "budi")
    with qtbot.waitSignal(editor.article_loaded, timeout=5000):
        editor.open_article(article.id)
    assert editor.delete_action.isVisible() and editor.delete_action.isEnabled()
