"""How a row of the article list is drawn: the headline first, legible, then the byline line.

A news headline runs 60–110 characters; the list panel of a 1280-pixel window is about a
quarter of it. One line of plain table text showed "Indonesia Vs Thailand, Polis…". Here
the headline is bold and wraps over up to :data:`HEADLINE_LINES` lines, at word breaks, and
only what still does not fit is elided (with "…", the full headline is the row's tooltip);
the second part (status · byline · rubrik) is one smaller, muted line under it.

:func:`headline_lines` is the layout the painter uses, so tests can check exactly the text a
reader sees at a given width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 10   # the headline alone
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 11     # "Terbit · Ana · Peristiwa"
HEADLINE_LINES = 2
PADDING = 4


def headline_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def detail_font(base: QFont) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(8, round(font.pixelSize() * 0.9)))
    return font


def headline_lines(text: str, font: QFont, width: int,
                   max_lines: int = HEADLINE_LINES) -> list[str]:
    """``text`` broken at words into at most ``max_lines`` lines of ``width`` pixels; the last
    line elided with "…" when the rest does not fit."""
    if width <= 0 or not text:
        return [text] if text else []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    try:
        while len(lines) < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == max_lines - 1 and start + length < len(text):
                rest = text[start:]
                lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight,
                                                           width))
                break
            lines.append(text[start:start + length].rstrip())
    finally:
        layout.endLayout()
    return lines


class HeadlineDelegate(QStyledItemDelegate):
    """Paints the list's first column: wrapped bold headline, muted detail line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def row_height(self, base: QFont) -> int:
        return (HEADLINE_LINES * QFontMetrics(headline_font(base)).lineSpacing()
                + QFontMetrics(detail_font(base)).lineSpacing() + 2 * PADDING)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self.row_height(option.font))

    def text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)

    def lines_for(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> list[str]:
        """The headline lines drawn in ``option.rect`` (what the reader sees)."""
        return headline_lines(str(index.data(HEADLINE_ROLE) or ""), headline_font(option.font),
                              self.text_rect(option.rect).width())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # background, selection and focus from the style; the text is ours
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[operator]
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = self.text_rect(option.rect)
        painter.save()
        try:
            font = headline_font(option.font)
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(palette.color(text_role))
            y = rect.top()
            for line in self.lines_for(option, index):
                painter.drawText(QRect(rect.left(), y, rect.width(), metrics.lineSpacing()),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 line)
                y += metrics.lineSpacing()
            detail = str(index.data(DETAIL_ROLE) or "")
            if detail:
                small = detail_font(option.font)
                small_metrics = QFontMetrics(small)
                painter.setFont(small)
                muted = palette.color(text_role)
                if not selected:
                    muted = palette.color(QPalette.ColorGroup.Active,
                                          QPalette.ColorRole.PlaceholderText)
                painter.setPen(muted)
                painter.drawText(
                    QRect(rect.left(), y, rect.width(), small_metrics.lineSpacing()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        finally:
            painter.restore()
