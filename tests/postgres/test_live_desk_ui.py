"""The Qt adapter delivers desk notices on the GUI thread."""

from __future__ import annotations

import pytest

from editor.domain import Article


def test_live_desk_signal(newsroom, qtbot):
    pytest.importorskip("PySide6")
    from editor.ui.live_desk import live_desk_for

    newsroom.add("t-ana", "reporter")
    newsroom.add("t-budi", "editor")
    budi = newsroom.open("t-budi")
    desk = live_desk_for(budi)
    assert desk is not None
    desk.start()
    try:
        assert desk._listener.wait_ready(30)
        ana = newsroom.open("t-ana")
        with qtbot.waitSignal(desk.notice, timeout=15_000,
                              check_params_cb=lambda n: n.kind == "create") as blocker:
            ana.articles.create(Article(headline="Kebakaran pasar"))
        assert blocker.args[0].user == "t-ana"
    finally:
        desk.stop()


def test_no_live_desk_on_sqlite(store):
    from editor.ui.live_desk import live_desk_for

    assert live_desk_for(store) is None


def test_main_window_hears_the_desk_without_polling(newsroom, qtbot, tmp_path):
    """Two people on one newsroom database: the editor's window learns of a submission
    through LISTEN/NOTIFY (nothing polls in newsroom mode)."""
    from PySide6.QtCore import QSettings

    from editor.domain import Byline, Dateline
    from editor.ui.app import app_user, configure_application
    from editor.ui.main_window import MainWindow

    configure_application(qtbot._request.getfixturevalue("qapp"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    newsroom.add("w-ana", "reporter")
    newsroom.add("w-budi", "editor")
    budi = newsroom.open("w-budi")
    assert app_user(budi) == "w-budi"
    window = MainWindow(budi, app_user(budi))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_dirty", False))
    assert window.change_poller is None  # nothing polls in newsroom mode
    qtbot.waitUntil(lambda: window.queue_watcher.ready, timeout=30_000)
    assert window.live_desk is not None and window.live_desk._listener.wait_ready(30)

    ana = newsroom.open("w-ana")
    article = ana.articles.create(Article(
        headline="Longsor tutup jalan Berastagi", body="Jalan tertutup.", summary="Longsor.",
        category="Peristiwa", tags=("longsor",), bylines=(Byline("Ana"),),
        dateline=Dateline("Karo"), slug="longsor-tutup-jalan-berastagi"), user="w-ana")
    ana.workflow.transition(article.id, "submit", "w-ana")
    qtbot.waitUntil(lambda: not window.list_panel.notice.isHidden(), timeout=30_000)
    assert "Longsor tutup jalan Berastagi" in window.list_panel.notice.text()
    window.close()


def test_desk_overview_follows_notices_and_reporters_read_approved_copy(newsroom, qtbot,
                                                                         tmp_path):
    """Newsroom mode: the overview needs no polling (desk notices reach it through the
    hub), and a reporter's personal login opens approved copy read-only."""
    from PySide6.QtCore import QSettings

    from editor.domain import Byline, Dateline
    from editor.ui.app import configure_application
    from editor.ui.desk_overview import DeskOverviewDialog
    from editor.ui.main_window import MainWindow

    configure_application(qtbot._request.getfixturevalue("qapp"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    newsroom.add("o-ana", "reporter")
    newsroom.add("o-budi", "editor")
    budi = newsroom.open("o-budi")
    window = MainWindow(budi, "o-budi")
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_dirty", False))
    assert window.live_desk is not None and window.live_desk._listener.wait_ready(30)
    window.desk_overview_action.trigger()
    dialog = window.findChild(DeskOverviewDialog)
    assert dialog is not None and window.change_poller is None
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=30_000)
    assert dialog.table.rowCount() == 0

    ana = newsroom.open("o-ana")
    article = ana.articles.create(Article(
        headline="Longsor tutup jalan Berastagi", body="Jalan tertutup total.",
        summary="Longsor.", category="Peristiwa", tags=("longsor",), bylines=(Byline("Ana"),),
        dateline=Dateline("Karo"), slug="longsor-tutup-jalan-berastagi"), user="o-ana")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30_000)
    assert dialog.overview.stories[0].reporter == "o-ana"
    assert dialog.overview.stories[0].words == 3
    ana.workflow.transition(article.id, "submit", "o-ana")
    budi.workflow.transition(article.id, "start-review", "o-budi")
    budi.workflow.transition(article.id, "approve", "o-budi")
    qtbot.waitUntil(lambda: dialog.overview.counts("status") == {"approved": 1},
                    timeout=30_000)
    window.close()

    reporter = MainWindow(ana, "o-ana")
    qtbot.addWidget(reporter, before_close_func=lambda w: setattr(w, "_dirty", False))
    with qtbot.waitSignal(reporter.article_loaded, timeout=30_000):
        reporter.open_article(article.id)
    qtbot.waitUntil(lambda: reporter.form.read_only, timeout=30_000)
    assert not reporter.form.read_only_note.isHidden()
    assert not reporter.save_action.isEnabled() and not reporter.delete_action.isVisible()
    reporter.close()
