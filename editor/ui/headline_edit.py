"""The headline field: one paragraph that wraps onto up to three lines, so a 60- or
90-character headline is read whole instead of scrolling out of a one-line box.

It keeps the small part of ``QLineEdit``'s API the form uses (``text``, ``setText``,
``insert``, ``setCursorPosition``) and a ``text_changed(str)`` signal. A headline has no
line breaks: Enter moves on to the body, Tab to the next field, and pasted line breaks
become spaces.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

MAX_VISIBLE_LINES = 3


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u2029", "\n").splitlines()) if text else ""


class HeadlineEdit(QPlainTextEdit):
    text_changed = Signal(str)
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    # -- the QLineEdit-like part ---------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.setPlainText(_one_line(text))

    def insert(self, text: str) -> None:
        self.insertPlainText(_one_line(text))

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)

    # -- behaviour -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            self.textCursor().insertText(_one_line(source.text()))
            return
        super().insertFromMimeData(source)

    def _changed(self) -> None:
        text = self.toPlainText()
        if "\n" in text or "\u2029" in text:  # e.g. an input method committed a newline
            cursor = self.textCursor()
            position = cursor.position()
            self.blockSignals(True)
            self.setPlainText(_one_line(text))
            self.blockSignals(False)
            self.setCursorPosition(position)
            text = self.toPlainText()
        self.text_changed.emit(text)

    def _fit_height(self, *_args: object) -> None:
        """One to three lines tall, following the wrapped text."""
        lines = 0
        block = self.document().begin()
        while block.isValid():
            lines += max(1, block.layout().lineCount())
            block = block.next()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded
                                        if lines > MAX_VISIBLE_LINES
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines = max(1, min(MAX_VISIBLE_LINES, lines))
        line_height = self.fontMetrics().lineSpacing()
        chrome = max(0, self.height() - self.viewport().height())  # frame, padding (QSS)
        wanted = (lines * line_height + int(2 * self.document().documentMargin()) + chrome
                  + 4)
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def setFont(self, font) -> None:  # noqa: N802
        super().setFont(font)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()
