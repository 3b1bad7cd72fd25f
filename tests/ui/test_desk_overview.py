"""Meja → Ikhtisar meja: today's stories by state, reporter and rubrik, with counts,
filterable, and refreshed when another connection saves (issue 14, item 14)."""

from __future__ import annotations

from datetime import timedelta

from factories import complete_article
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from editor.domain.workflow import Action, Status
from editor.ops.queries import desk_overview
from editor.store import open_store
from editor.ui.desk_overview import DeskOverviewDialog


def _seed(store) -> dict[str, int]:
    store.users.add("ana", "reporter")
    store.users.add("cici", "reporter")
    store.users.add("budi", "editor")
    ids = {}
    for key, user, category, body in (
            ("a1", "ana", "Peristiwa", "Satu dua tiga empat lima."),
            ("a2", "ana", "Ekonomi", "Harga cabai naik."),
            ("c1", "cici", "Peristiwa", "Gempa mengguncang Lombok pagi ini."),
            ("c2", "cici", "Peristiwa", "Banjir.")):
        ids[key] = store.articles.create(
            complete_article(headline=f"Naskah {key}", body=body, category=category),
            user=user).id
    store.workflow.transition(ids["a1"], Action.SUBMIT, "ana")
    store.workflow.transition(ids["c1"], Action.SUBMIT, "cici")
    store.workflow.transition(ids["c1"], Action.START_REVIEW, "budi")
    return ids


def _combo_select(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not offered"
    combo.setCurrentIndex(index)


def test_overview_query_counts_todays_stories(store):
    ids = _seed(store)
    overview = desk_overview(store)
    assert {s.id for s in overview.stories} == set(ids.values())
    assert overview.counts("status") == {"draft": 2, "submitted": 1, "in_review": 1}
    assert overview.counts("reporter") == {"ana": 2, "cici": 2}
    assert overview.counts("category") == {"Peristiwa": 3, "Ekonomi": 1}
    words = {s.id: s.words for s in overview.stories}
    assert words[ids["a1"]] == 5 and words[ids["c2"]] == 1
    assert all(timedelta(0) <= s.age < timedelta(minutes=5) for s in overview.stories)
    # Tomorrow none of them is "today" any more.
    assert desk_overview(store, now=overview.at + timedelta(days=1)).stories == ()


def test_overview_dialog_counts_filters_and_follows_another_connection(qtbot, make_window,
                                                                       store, db_url):
    ids = _seed(store)
    window = make_window(store, "budi")
    desk_menu = window.menuBar().findChild(QMenu, "menuDesk")
    assert window.desk_overview_action in desk_menu.actions()
    window.desk_overview_action.trigger()
    dialog = window.findChild(DeskOverviewDialog)
    assert dialog is not None and dialog.isVisible()
    poller = window.change_poller   # the window's one poll; the dialog has none of its own
    assert not hasattr(dialog, "poller")
    poller.stop()                   # the test drives the polling itself, below
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=10_000)
    table = dialog.table
    assert table.rowCount() == 4
    assert dialog.status_filter.itemText(0).endswith("(4)")
    statuses = {dialog.status_filter.itemData(i): dialog.status_filter.itemText(i)
                for i in range(1, dialog.status_filter.count())}
    assert statuses["draft"].endswith("(2)") and statuses["in_review"].endswith("(1)")
    assert dialog.summary.text().startswith("4 ")

    _combo_select(dialog.reporter_filter, "cici")
    assert table.rowCount() == 2
    assert {table.item(r, 0).text() for r in range(2)} == {"Naskah c1", "Naskah c2"}
    _combo_select(dialog.category_filter, "Peristiwa")
    _combo_select(dialog.status_filter, Status.IN_REVIEW.value)
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Naskah c1"
    assert dialog.summary.text().startswith("1 ")
    dialog.status_filter.setCurrentIndex(0)
    dialog.text_filter.setText("c2")
    assert table.rowCount() == 1 and table.item(0, 4).text() == "1"
    dialog.text_filter.clear()
    dialog.reporter_filter.setCurrentIndex(0)
    dialog.category_filter.setCurrentIndex(0)

    # Another person submits through their own connection: the window's poller sees the
    # stamp move, publishes it on the hub, and the overview (and its counts) follow.
    other = open_store(db_url)
    try:
        qtbot.waitUntil(lambda: poller.stamp is not None and not poller.busy, timeout=10_000)
        article = other.articles.get(ids["c2"])
        other.articles.update(article.with_changes(body="Banjir besar melanda."), user="cici")
        other.workflow.transition(ids["c2"], Action.SUBMIT, "cici")
        poller.check_now()
        qtbot.waitUntil(lambda: dialog.overview.counts("status")["submitted"] == 2,
                        timeout=10_000)
    finally:
        other.close()
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Naskah c2")
    assert table.item(row, 4).text() == "3"
    # A double-click opens the story in the editor.
    with qtbot.waitSignal(window.article_loaded, timeout=10_000) as loaded:
        table.cellDoubleClicked.emit(row, 0)
    assert loaded.args[0].id == ids["c2"]
    # Meja → Ikhtisar again raises the same window.
    window.desk_overview_action.trigger()
    assert window.findChildren(DeskOverviewDialog) == [dialog]
    assert dialog.windowFlags() & Qt.WindowType.Window


def test_an_archive_imported_today_is_not_todays_desk_work(store):
    from datetime import UTC, datetime

    from editor.domain import Article
    from editor.store import ImportRecord

    old = datetime(2019, 9, 10, 3, 0, tzinfo=UTC)
    store.articles.import_articles([
        ImportRecord(article=Article(headline=f"Arsip {n}", body="Isi arsip.",
                                     external_id=f"arsip-{n}", published_at=old), line=n)
        for n in range(1, 4)])
    store.articles.import_articles([ImportRecord(article=Article(
        headline="Kawat hari ini", body="Isi.", external_id="kawat-1",
        published_at=datetime.now(UTC)), line=1)])   # a wire story dated today does count
    ids = _seed(store)
    overview = desk_overview(store)
    headlines = {s.headline for s in overview.stories}
    assert "Kawat hari ini" in headlines and not any(h.startswith("Arsip") for h in headlines)
    assert {s.id for s in overview.stories} >= set(ids.values())
