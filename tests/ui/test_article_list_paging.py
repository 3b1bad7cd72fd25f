"""The article list: two-line rows with byline and the story's own date, fetched page by page
as it is scrolled, sortable by a column, searched in the full text."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from editor.domain import Article, Byline, Status
from editor.ui.article_list import PAGE_SIZE, ArticleListPanel


def make_panel(qtbot, store):
    panel = ArticleListPanel(store)
    qtbot.addWidget(panel)
    panel.resize(330, 600)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.refresh()
    return panel


def test_pages_arrive_as_the_list_is_scrolled(qtbot, store):
    for n in range(PAGE_SIZE * 2 + 50):
        store.articles.create(Article(headline=f"Berita {n:03d}", body="Isi."))
    panel = make_panel(qtbot, store)
    assert panel.model.rowCount() == PAGE_SIZE
    assert panel.count_label.text().startswith(f"{PAGE_SIZE * 2 + 50} naskah")
    assert f"{PAGE_SIZE} dimuat" in panel.count_label.text()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.table.scrollToBottom()
        panel.model.fetchMore()
    assert panel.model.rowCount() == 2 * PAGE_SIZE
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.model.fetchMore()
    assert panel.model.rowCount() == 2 * PAGE_SIZE + 50 and not panel.model.canFetchMore()
    ids = [panel.model.row_at(r).id for r in range(panel.model.rowCount())]
    assert len(set(ids)) == len(ids)  # no row twice across pages


def test_rows_show_byline_rubrik_and_story_date(qtbot, store):
    published = datetime(2018, 9, 4, 3, 0, tzinfo=UTC)
    store.articles.create(Article(
        headline="Banjir rob kembali merendam ratusan rumah warga di pesisir Belawan Medan",
        bylines=(Byline("Ana Siregar"),), category="Peristiwa", status=Status.PUBLISHED,
        published_at=published))
    panel = make_panel(qtbot, store)
    index = panel.model.index(0, 0)
    assert panel.model.data(index) == ("Banjir rob kembali merendam ratusan rumah warga di "
                                       "pesisir Belawan Medan\nTerbit · Ana Siregar · Peristiwa")
    assert panel.model.data(panel.model.index(0, 1)) == "04/09/2018\n10:00"  # WIB, not import day
    assert "Banjir rob kembali" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert panel.table.columnWidth(0) > panel.table.columnWidth(1)  # title first and widest


def test_search_finds_words_in_the_body_and_sorting_by_headline(qtbot, store):
    store.articles.create(Article(headline="Warga mengungsi", body="Akibat banjir, warga pergi."))
    store.articles.create(Article(headline="Banjir di Medan", body="Air naik."))
    store.articles.create(Article(headline="Harga cabai", body="Naik lagi."))
    panel = make_panel(qtbot, store)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.search.setText("banjir")
    assert sorted(panel.model.row_at(r).headline for r in range(panel.model.rowCount())) == \
        ["Banjir di Medan", "Warga mengungsi"]
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=5000)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert [panel.model.row_at(r).headline for r in range(3)] == \
        ["Banjir di Medan", "Harga cabai", "Warga mengungsi"]
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert panel.model.row_at(0).headline == "Warga mengungsi"
