"""The headline wraps onto up to three lines so a long headline is read whole; it stays one
paragraph (Enter moves on, pasted line breaks become spaces)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

HEADLINE = ("Banjir rob kembali merendam ratusan rumah warga di pesisir Belawan, "
            "BPBD siagakan perahu")


def test_a_long_headline_is_shown_whole(qtbot, make_window, store):
    window = make_window(store)
    window.resize(1280, 720)
    headline = window.form.headline
    headline.setText(HEADLINE)
    qtbot.waitUntil(lambda: headline.document().begin().layout().lineCount() >= 2, timeout=2000)
    qtbot.wait(50)
    assert headline.text() == HEADLINE
    assert headline.verticalScrollBar().maximum() == 0  # every line visible, nothing cut
    assert headline.height() > 2 * headline.fontMetrics().lineSpacing()


def test_headline_stays_one_paragraph(qtbot, make_window, store):
    window = make_window(store)
    headline = window.form.headline
    headline.setFocus()
    qtbot.keyClicks(headline, "Gempa Palu")
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert headline.text() == "Gempa Palu" and not headline.hasFocus()
    mime = QMimeData()
    mime.setText(" susulan\nterasa\r\nsampai Makassar")
    headline.setFocus()
    headline.moveCursor(headline.textCursor().MoveOperation.End)
    headline.insertFromMimeData(mime)
    assert headline.text() == "Gempa Palu susulan terasa sampai Makassar"
    assert window.form.article().headline == "Gempa Palu susulan terasa sampai Makassar"
    assert window.is_dirty
