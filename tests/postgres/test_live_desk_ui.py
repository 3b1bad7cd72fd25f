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
        assert desk._listener.wait_ready(5)
        ana = newsroom.open("t-ana")
        with qtbot.waitSignal(desk.notice, timeout=2000,
                              check_params_cb=lambda n: n.kind == "create") as blocker:
            ana.articles.create(Article(headline="Kebakaran pasar"))
        assert blocker.args[0].user == "t-ana"
    finally:
        desk.stop()


def test_no_live_desk_on_sqlite(store):
    from editor.ui.live_desk import live_desk_for

    assert live_desk_for(store) is None
