"""The preview's large headline in a narrow column wraps between words, never inside an
ordinary word ("Perempu / an" was seen at 1280x800); only a word wider than the line at
the smallest headline size is broken, and nothing makes the pane scroll sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.preview_headline import HEADLINE_PX
from editor.ui.preview_pane import DEBOUNCE_MS, PreviewPane
from editor.writing.hyphenation import SOFT_HYPHEN, soft_hyphenate

HEADLINE = "Perempuan Nelayan Belawan Bertahan di Tengah Banjir Rob Berkepanjangan"


def make_pane(qtbot, headline: str, width: int) -> PreviewPane:
    body = QPlainTextEdit()
    qtbot.addWidget(body)
    pane = PreviewPane(body, lambda: (headline, ""))
    qtbot.addWidget(pane)
    pane.resize(width, 600)
    pane.show()
    qtbot.waitExposed(pane)
    body.setPlainText("Air laut pasang merendam ratusan rumah di pesisir Belawan.")
    qtbot.waitUntil(lambda: "pasang" in pane.toPlainText(), timeout=5000)
    return pane


def headline_lines(pane: PreviewPane) -> list[str]:
    """The headline block's text, line by line as Qt laid it out."""
    block = pane.document().firstBlock()
    layout = block.layout()
    text = block.text()
    return [text[layout.lineAt(i).textStart():
                 layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
            for i in range(layout.lineCount())]


def test_headline_wraps_at_word_boundaries_in_a_narrow_pane(qtbot):
    pane = make_pane(qtbot, HEADLINE, 190)   # the preview column's width at 1280x800
    lines = headline_lines(pane)
    assert "".join(lines) == HEADLINE
    assert len(lines) > 1
    words = set(HEADLINE.split())
    for line in lines:                      # every line holds whole words only
        assert set(line.split()) <= words, lines
    assert pane.horizontalScrollBar().maximum() == 0


def test_headline_keeps_its_full_size_when_the_words_fit(qtbot):
    pane = make_pane(qtbot, HEADLINE, 600)
    assert pane._headline_px == HEADLINE_PX
    for line in headline_lines(pane):
        assert set(line.split()) <= set(HEADLINE.split())


def test_only_an_unbreakable_word_is_broken_inside(qtbot):
    long_word = "Ke" + "ber" * 60 + "an"    # 184 letters: wider than any line
    pane = make_pane(qtbot, f"Banjir {long_word} Belawan", 190)
    lines = headline_lines(pane)
    assert pane._headline_px == HEADLINE_PX  # the short words fit at full size
    assert lines[0].strip() == "Banjir"      # the ordinary words stay whole ...
    assert lines[-1].strip().endswith("Belawan")
    inside = lines[1:-1]                     # ... the long one is cut across lines
    assert len(inside) >= 2 and all(set(line.strip()) <= set(long_word) for line in inside)
    assert pane.horizontalScrollBar().maximum() == 0


def test_headline_is_refitted_when_the_pane_is_resized(qtbot):
    pane = make_pane(qtbot, HEADLINE, 600)
    assert pane._headline_px == HEADLINE_PX
    pane.resize(190, 600)
    qtbot.waitUntil(lambda: pane._headline_px < HEADLINE_PX, timeout=5000)
    qtbot.waitUntil(lambda: all(set(line.split()) <= set(HEADLINE.split())
                                for line in headline_lines(pane)), timeout=5000)


PREVIEW_PADDING = "QTextBrowser#preview { padding: 12px 20px; }"  # wider than the theme's


def test_a_word_too_wide_even_at_body_size_breaks_at_a_syllable_with_a_hyphen(qtbot):
    word = "pertanggungjawabannya"                 # 21 letters: wider than the line at 15 px
    pane = make_pane(qtbot, f"Menuntut {word} Bupati", 190)
    pane.setStyleSheet(PREVIEW_PADDING)
    qtbot.waitUntil(lambda: SOFT_HYPHEN in pane.document().firstBlock().text(), timeout=5000)
    lines = headline_lines(pane)
    assert lines[0].strip() == "Menuntut"
    pieces = [line.replace(SOFT_HYPHEN, "").strip() for line in lines[1:]]
    assert "".join(pieces).startswith(word)
    points = soft_hyphenate(word).split(SOFT_HYPHEN)    # where Indonesian may break it
    bounds = {len("".join(points[:i])) for i in range(1, len(points))}
    broken = [line for line in lines[1:] if line.endswith(SOFT_HYPHEN)]
    assert broken, lines                           # broken at least once, with a hyphen ...
    at = 0
    for line in lines[1:]:
        piece = line.replace(SOFT_HYPHEN, "").strip()
        if piece.startswith("Bupati"):
            break
        at += len(piece)
        if line.endswith(SOFT_HYPHEN):
            assert at in bounds, (lines, bounds)   # ... and only at a hyphenation point
    assert pane.horizontalScrollBar().maximum() == 0


def test_the_app_theme_keeps_ordinary_headline_words_whole_at_1280(qtbot):
    from editor.themes import load_theme

    pane = make_pane(qtbot, HEADLINE, 182)         # the column's width at 1280x800
    pane.setStyleSheet(load_theme("light").stylesheet)  # the padding the app draws with
    qtbot.waitUntil(lambda: pane.viewport().width() < 160, timeout=5000)
    qtbot.wait(DEBOUNCE_MS + 300)
    for line in headline_lines(pane):
        assert SOFT_HYPHEN not in line
        assert set(line.split()) <= set(HEADLINE.split()), headline_lines(pane)
