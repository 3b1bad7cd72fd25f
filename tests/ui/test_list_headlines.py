"""The article list shows headlines legibly at the default window size (issue 14, item 7):
in bold over up to two lines, elided only after that, with the whole headline in the
tooltip; measured on the real widgets at 1280×800 and 1280×720."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from editor.domain import Article, Byline, Status
from editor.ui.headline_delegate import DETAIL_ROLE, HEADLINE_ROLE, headline_lines

SIXTY_FOUR = "Indonesia Vs Thailand, Polisi: Suporter Thailand Juga Kami Kawal"
SEVENTY_FIVE = "Sri Mulyani Ingin Rekam Medis 267 Juta Penduduk RI Diidentifikasi, Kenapa?"
LONGEST = ("Fakta Bocah 11 Tahun Dicabuli dan Dibunuh Saat Akan Pergi Ngaji, Diimingi Uang "
           "hingga Dijerat dengan Sarung")   # 107 characters, the archive's longest


def _drawn(panel, row: int) -> list[str]:
    """The headline lines the delegate paints in the row's real cell rectangle."""
    table = panel.table
    index = panel.model.index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.font = table.font()
    return panel.headline_delegate.lines_for(option, index)


def _window_at(qtbot, make_window, store, width: int, height: int):
    for headline in (LONGEST, SEVENTY_FIVE, SIXTY_FOUR):
        store.articles.create(Article(headline=headline, body="Isi.", category="News",
                                      bylines=(Byline("Ana"),), status=Status.PUBLISHED))
    window = make_window(store, "ana")
    window.resize(width, height)   # the first-start layout follows the window's width
    qtbot.waitUntil(lambda: window.list_panel.table.width() > 0, timeout=2000)
    qtbot.wait(50)
    return window


def test_headlines_are_legible_at_1280_by_800(qtbot, make_window, store):
    window = _window_at(qtbot, make_window, store, 1280, 800)
    panel = window.list_panel
    table = panel.table
    # The headline has the panel's whole width; the date is on the row's second line.
    assert table.isColumnHidden(1) and table.columnWidth(0) >= 300
    rows = {panel.model.data(panel.model.index(r, 0), HEADLINE_ROLE): r
            for r in range(panel.model.rowCount())}
    for headline in (SIXTY_FOUR, SEVENTY_FIVE):
        lines = _drawn(panel, rows[headline])
        assert 1 <= len(lines) <= 2 and " ".join(lines) == headline, lines
    longest = _drawn(panel, rows[LONGEST])
    assert len(longest) == 2 and longest[1].endswith("…")
    assert " ".join(longest).removesuffix("…").rstrip() in LONGEST
    tooltip = panel.model.data(panel.model.index(rows[LONGEST], 0), Qt.ItemDataRole.ToolTipRole)
    assert LONGEST in tooltip
    # Every line drawn fits the cell, and the row is tall enough for both lines and the
    # byline line under them.
    rect = table.visualRect(panel.model.index(rows[LONGEST], 0))
    metrics = table.fontMetrics()
    assert rect.height() >= 3 * metrics.height()
    detail = panel.model.data(panel.model.index(rows[LONGEST], 0), DETAIL_ROLE)
    assert detail.startswith("Terbit · Ana · News · ") and detail[-5:-2].endswith(":")
    # The row really shows ink on the second headline line (not just our computation).
    image = table.viewport().grab(rect).toImage()
    second_line = [QPoint(x, y) for x in range(0, image.width(), 2)
                   for y in range(metrics.lineSpacing() + 6, 2 * metrics.lineSpacing())]
    background = image.pixelColor(image.width() - 2, 2)
    assert any(image.pixelColor(p).lightness() < background.lightness() - 80 for p in second_line)


def test_headlines_are_legible_at_1280_by_720(qtbot, make_window, store):
    window = _window_at(qtbot, make_window, store, 1280, 720)
    panel = window.list_panel
    rows = {panel.model.data(panel.model.index(r, 0), HEADLINE_ROLE): r
            for r in range(panel.model.rowCount())}
    assert " ".join(_drawn(panel, rows[SIXTY_FOUR])) == SIXTY_FOUR
    # All five side tabs keep their labels (the list's width was not taken from them).
    tabs = window.form.side.tabBar()
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()
    # Once the person moves a divider, their layout stays when the window is resized.
    window.splitter.setSizes([500, 780])
    window.splitter.splitterMoved.emit(500, 1)   # as a drag of the divider does
    window.resize(1200, 700)
    qtbot.wait(20)
    assert window.splitter.sizes()[0] > 400       # not reset to the default share (336)


def test_the_order_is_chosen_in_the_sort_box(qtbot, make_window, store):
    window = _window_at(qtbot, make_window, store, 1280, 800)
    panel = window.list_panel
    box = panel.sort_box
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        box.setCurrentIndex(box.findData("headline:0"))
    heads = [panel.model.row_at(r).headline for r in range(panel.model.rowCount())]
    assert heads == sorted(heads)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        box.setCurrentIndex(box.findData("headline:1"))
    assert panel.model.row_at(0).headline == SIXTY_FOUR[:0] + max(heads)


def test_wrapping_breaks_at_words_and_elides_only_the_last_line(qapp):
    font = qapp.font()
    lines = headline_lines(LONGEST, font, 200, max_lines=2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert LONGEST.startswith(lines[0]) and lines[0].split()[-1] in LONGEST.split()
    assert headline_lines("Pendek", font, 200) == ["Pendek"]
    one_word = "a" * 500   # one very long word: broken anywhere, bounded, elided
    lines = headline_lines(one_word, font, 200)
    assert len(lines) == 2 and lines[1].endswith("…")
