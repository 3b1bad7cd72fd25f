"""One change notification per window (issue 14, items 12 and 14): on SQLite one change
poller feeds the window's ChangeHub, off the UI thread and without writing; the queue
watcher and the desk overview follow the hub instead of polling on their own, and the
window's own saves are not reported a second time."""

from __future__ import annotations

import sqlite3
import threading

from factories import complete_article
from PySide6.QtCore import QTimer

from editor.domain import Article
from editor.domain.workflow import Action
from editor.ops import Change
from editor.store import open_store
from editor.ui.change_poller import ChangePoller
from editor.ui.desk_overview import DeskOverviewDialog


def _fast(window, qtbot, interval_ms: int = 50) -> ChangePoller:
    poller = window.change_poller
    assert isinstance(poller, ChangePoller)
    poller._timer.setInterval(interval_ms)
    qtbot.waitUntil(lambda: poller.stamp is not None and not poller.busy, timeout=5000)
    return poller


def _looks(qtbot, poller: ChangePoller, n: int = 3) -> None:
    for _ in range(n):
        with qtbot.waitSignal(poller.looked, timeout=5000):
            pass


def test_one_poller_feeds_the_hub_with_what_others_changed(qtbot, make_window, store, db_url):
    store.users.add("ana", "reporter")
    store.users.add("budi", "editor")
    article = store.articles.create(complete_article(headline="Jembatan putus"), user="ana")
    window = make_window(store, "budi")
    poller = _fast(window, qtbot)
    window.desk_overview_action.trigger()
    dialog = window.findChild(DeskOverviewDialog)
    # One poll in the whole window, also with the overview open; the queue watcher and
    # the overview have no timers polling the database.
    assert window.findChildren(ChangePoller) == [poller]
    assert window.queue_watcher.findChildren(QTimer) == []
    assert all(t.interval() >= 60_000 for t in dialog.findChildren(QTimer))  # the age clock
    heard = []
    window.hub.changed.connect(heard.append)
    threads: list[str] = []
    looked = store.desk_changes

    def recording(after):
        threads.append(threading.current_thread().name)
        return looked(after)

    store.desk_changes = recording
    other = open_store(db_url)   # Ana, on her laptop
    try:
        other.workflow.transition(article.id, Action.SUBMIT, "ana")
        qtbot.waitUntil(lambda: any(c.has(Change.STATUS) and c.touches(article.id)
                                    and not c.local for c in heard), timeout=5000)
        qtbot.waitUntil(lambda: window.list_panel.notice.isVisible(), timeout=5000)
        assert "Jembatan putus" in window.list_panel.notice.text()  # the queue watcher
        qtbot.waitUntil(lambda: dialog.overview is not None
                        and dialog.overview.counts("status") == {"submitted": 1},
                        timeout=5000)
        other.locks.acquire(article.id, "ana")
        qtbot.waitUntil(lambda: any(c.has(Change.LOCKS) and c.touches(article.id)
                                    for c in heard), timeout=5000)
    finally:
        other.close()
    assert threads and threading.main_thread().name not in threads  # never the UI thread


def test_the_windows_own_save_is_not_reported_again(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    article = store.articles.create(Article(headline="Artikel A", body="isi A"), user="ana")
    window = make_window(store, "ana")
    poller = _fast(window, qtbot)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(article.id)
    heard = []
    window.hub.changed.connect(heard.append)
    reloads = []
    window.list_panel.loaded.connect(lambda *_a: reloads.append(1))
    window.form.body.insertPlainText("Tambahan. ")
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.save()
    _looks(qtbot, poller, 4)   # several looks after the save landed
    assert [c.local for c in heard] == [True]          # the save's own change, once
    qtbot.waitUntil(lambda: len(reloads) >= 1, timeout=5000)
    _looks(qtbot, poller, 2)
    assert len(reloads) == 1   # the list read once for the save, never again by the poll


def test_polling_writes_nothing(qtbot, make_window, store, db_url):
    store.articles.create(Article(headline="Artikel A", body="isi A"), user="ana")
    path = db_url.removeprefix("sqlite:///")
    watch = sqlite3.connect(path)
    try:
        window = make_window(store, "ana")   # (creates the user "ana": a write)
        poller = _fast(window, qtbot, 20)
        version = watch.execute("PRAGMA data_version").fetchone()[0]
        _looks(qtbot, poller, 10)
        # data_version moves when any other connection commits a change to the file.
        assert watch.execute("PRAGMA data_version").fetchone()[0] == version
    finally:
        watch.close()
