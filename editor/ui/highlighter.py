"""Markdown syntax colouring plus the proofreader's wavy underlines, in one highlighter.

Colouring is per block (paragraph) and cheap; the underlines come from
:class:`~editor.ui.proofing.ProofingController`'s cache for the block's current text, so a
block whose text changed since it was checked shows no stale underline.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.themes import load_theme
from editor.ui.proofing import ProofingController

#: categories drawn with a quieter (dotted) underline than the wavy one of real errors
QUIET_CATEGORIES = frozenset({"KATA_TIDAK_DIKENAL"})

_CODE_FENCE_STATE = 1


def _fmt(colour: str | None = None, *, bold: bool = False, italic: bool = False,
         mono: bool = False, size: float | None = None) -> QTextCharFormat:
    f = QTextCharFormat()
    if colour:
        f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if mono:
        f.setFontFamilies(["monospace"])
    if size:
        f.setFontPointSize(size)
    return f


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, proofing: ProofingController | None = None,
                 *, markdown: bool = True, dark: bool = False) -> None:
        super().__init__(document)
        self.proofing = proofing
        self.markdown = markdown
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        self._theme = load_theme("dark" if dark else "light")  # resources/themes/<name>.toml
        muted, accent = self._theme.markdown["muted"], self._theme.markdown["accent"]
        self._heading = _fmt(accent, bold=True)
        self._marker = _fmt(muted)
        self._quote = _fmt(muted, italic=True)
        self._code = _fmt(self._theme.markdown["code"], mono=True)
        self._link = _fmt(accent)
        self._bold = _fmt(None, bold=True)
        self._italic = _fmt(None, italic=True)
        self._rules: list[tuple[re.Pattern[str], QTextCharFormat, int]] = [
            (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), self._bold, 0),
            (re.compile(r"(?<![*\w])\*[^*\s][^*\n]*\*(?!\*)|(?<![_\w])_[^_\s][^_\n]*_(?!\w)"),
             self._italic, 0),
            (re.compile(r"`[^`\n]+`"), self._code, 0),
            (re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)"), self._link, 0),
        ]
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        if self.markdown:
            self._markdown(text)
        if self.proofing is not None:
            self._underline(text)

    def _markdown(self, text: str) -> None:
        in_fence = self.previousBlockState() == _CODE_FENCE_STATE
        if text.lstrip().startswith("```"):
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(0 if in_fence else _CODE_FENCE_STATE)
            return
        if in_fence:
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(_CODE_FENCE_STATE)
            return
        self.setCurrentBlockState(0)
        heading = re.match(r"^(#{1,6})\s", text)
        if heading:
            self.setFormat(0, len(text), self._heading)
            self.setFormat(0, len(heading.group(1)), self._marker)
            return
        quote = re.match(r"^\s{0,3}>", text)
        if quote:
            self.setFormat(0, len(text), self._quote)
        bullet = re.match(r"^\s*([-*+]|\d+[.)])\s", text)
        if bullet:
            self.setFormat(bullet.start(1), len(bullet.group(1)), self._marker)
        for pattern, fmt, _ in self._rules:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), fmt)

    def _underline(self, text: str) -> None:
        for issue in self.proofing.issues_for(text):
            colour = QColor(self._theme.category_colour(issue.category))
            style = (QTextCharFormat.UnderlineStyle.DotLine
                     if issue.category in QUIET_CATEGORIES
                     else QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            for pos in range(issue.offset, min(issue.end, len(text))):
                f = self.format(pos)
                f.setUnderlineStyle(style)
                f.setUnderlineColor(colour)
                self.setFormat(pos, 1, f)
