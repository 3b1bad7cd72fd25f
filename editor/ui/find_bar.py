"""Find and replace inside the body (Ctrl+F / Ctrl+H); Escape closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class FindBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        self.find_edit = QLineEdit(objectName="findText")
        self.find_edit.setPlaceholderText(self.tr("Cari"))
        self.replace_edit = QLineEdit(objectName="replaceText")
        self.replace_edit.setPlaceholderText(self.tr("Ganti dengan"))
        self.case = QCheckBox(self.tr("Aa"), objectName="matchCase")
        self.case.setToolTip(self.tr("Cocokkan huruf besar/kecil"))
        self.info = QLabel(objectName="findInfo")
        prev_button = QPushButton("↑", objectName="findPrevious")
        prev_button.setToolTip(self.tr("Sebelumnya"))
        next_button = QPushButton("↓", objectName="findNext")
        next_button.setToolTip(self.tr("Berikutnya"))
        for arrow in (prev_button, next_button):
            arrow.setFixedWidth(arrow.fontMetrics().horizontalAdvance("↓") + 24)
        replace_button = QPushButton(self.tr("Ganti"))
        all_button = QPushButton(self.tr("Ganti semua"))
        close_button = QPushButton("✕")
        close_button.setToolTip(self.tr("Tutup (Esc)"))
        close_button.setFlat(True)
        # Two rows (find, replace) so the fields keep a usable width in a narrow column and
        # nothing spills out of the editor; the fields take the spare width.
        for field in (self.find_edit, self.replace_edit):
            field.setMinimumWidth(120)
        for button in (prev_button, next_button, replace_button, all_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        find_row = QHBoxLayout()
        for w in (self.find_edit, prev_button, next_button, self.case, close_button):
            find_row.addWidget(w, 1 if w is self.find_edit else 0)
        replace_row = QHBoxLayout()
        for w in (self.replace_edit, replace_button, all_button):
            replace_row.addWidget(w, 1 if w is self.replace_edit else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(find_row)
        layout.addLayout(replace_row)
        layout.addWidget(self.info)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        next_button.clicked.connect(self.find_next)
        prev_button.clicked.connect(lambda: self.find_next(backward=True))
        replace_button.clicked.connect(self.replace_one)
        all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.hide()

    def open_bar(self, replace: bool = False) -> None:
        self.show()
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self, backward: bool = False) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self.editor.find(needle, self._flags(backward)):
            self.info.clear()
            return True
        cursor = self.editor.textCursor()  # wrap around
        cursor.movePosition(QTextCursor.MoveOperation.End if backward
                            else QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        found = self.editor.find(needle, self._flags(backward))
        self.info.setText("" if found else self.tr("Tidak ditemukan"))
        return found

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_edit.text() and self._selection_matches():
            self.editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many."""
        needle, replacement = self.find_edit.text(), self.replace_edit.text()
        if not needle:
            return 0
        doc = self.editor.document()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        cursor = doc.find(needle, 0, self._flags())
        while not cursor.isNull():
            cursor.insertText(replacement)
            count += 1
            cursor = doc.find(needle, cursor.position(), self._flags())
        edit.endEditBlock()
        self.info.setText(self.tr("%n diganti", "", count))
        return count
