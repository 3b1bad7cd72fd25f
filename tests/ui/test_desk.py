"""The desk in the main window: a reporter submits, the editor is told, sees the lock,
takes over and requests changes — two windows on one database, as on two laptops."""

from __future__ import annotations

from factories import complete_article

from editor.domain.workflow import Action, Status
from editor.store import open_store


def open_first(qtbot, window):
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.edit_session.lock_state_changed, timeout=5000) as state:
        window.open_selected()
    return state.args


def test_reporter_submits_editor_is_told_and_takes_over(qtbot, make_window, store, db_url):
    store.users.add("ana", "reporter")
    store.users.add("budi", "editor")
    article = store.articles.create(complete_article(headline="Jembatan putus di Langkat"),
                                    user="ana")
    editor_store = open_store(db_url)
    editor_window = make_window(editor_store, user="budi")
    editor_window.change_poller._timer.setInterval(100)
    qtbot.waitUntil(lambda: editor_window.queue_watcher.ready, timeout=5000)

    reporter = make_window(store, user="ana")
    assert open_first(qtbot, reporter) == [False, ""]
    bar = reporter.workflow_bar
    assert [a for a, b in bar.buttons.items() if not b.isHidden()] == [Action.SUBMIT]
    with qtbot.waitSignal(bar.transitioned, timeout=5000):
        bar.buttons[Action.SUBMIT].click()
    assert store.articles.get(article.id).status is Status.SUBMITTED

    # The editor hears about it without reloading anything.
    qtbot.waitUntil(lambda: editor_window.list_panel.notice.isVisible(), timeout=5000)
    assert "Jembatan putus di Langkat" in editor_window.list_panel.notice.text()

    # Ana still has the article open: Budi sees who holds it and can take over.
    editor_window.list_panel.show_queue("review")
    qtbot.waitUntil(lambda: editor_window.list_panel.model.rowCount() == 1, timeout=5000)
    read_only, message = open_first(qtbot, editor_window)
    assert read_only and "Sedang disunting oleh ana" in message
    assert editor_window.form.body.isReadOnly()
    assert not editor_window.workflow_bar.take_over_button.isHidden()
    with qtbot.waitSignal(editor_window.edit_session.lock_state_changed, timeout=5000):
        editor_window.workflow_bar.take_over_button.click()
    assert not editor_window.form.body.isReadOnly()

    bar = editor_window.workflow_bar
    qtbot.keyClicks(bar.note, "Cek nama kepala desa")
    with qtbot.waitSignal(bar.transitioned, timeout=5000):
        bar.buttons[Action.REQUEST_CHANGES].click()
    assert store.articles.get(article.id).status is Status.CHANGES_REQUESTED
    events = store.events.query(article_id=article.id)
    assert [e.kind for e in events][-2:] == ["takeover", "transition"]
    assert events[-1].note == "Cek nama kepala desa"
    editor_window.close()
    editor_store.close()


def test_submit_names_missing_fields_and_stays_draft(qtbot, make_window, store):
    from editor.domain import Article

    store.users.add("ana", "reporter")
    article = store.articles.create(Article(headline="Hanya judul"), user="ana")
    window = make_window(store, user="ana")
    open_first(qtbot, window)
    window.workflow_bar.buttons[Action.SUBMIT].click()
    assert "ringkasan" in window.form.required_note.text()
    assert store.articles.get(article.id).status is Status.DRAFT
