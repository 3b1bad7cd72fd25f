"""Formatting commands for the Markdown body (bold, italic, heading, lists, link) and the
shortcut sheet in Help. The actions themselves are rows of ``editor/ui/actions.py``.

The text edits themselves are :mod:`editor.writing.markdown_format`; here each is applied
to the lines the selection touches as one edit block, so one Ctrl+Z undoes it. The sheet is
built from the window's actions when it opens, so it always lists the shortcuts that work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.writing.markdown_format import (
    Edit,
    make_link,
    toggle_heading,
    toggle_list,
    toggle_wrap,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - for lupdate
    return text


FORMAT_COMMANDS: tuple[tuple[str, str, str, Callable[[str, int, int], Edit]], ...] = (
    ("actionBold", QT_TRANSLATE_NOOP("MainWindow", "&Tebal"), "Ctrl+B",
     lambda t, s, e: toggle_wrap(t, s, e, "**")),
    ("actionItalic", QT_TRANSLATE_NOOP("MainWindow", "&Miring"), "Ctrl+I",
     lambda t, s, e: toggle_wrap(t, s, e, "*")),
    ("actionHeading", QT_TRANSLATE_NOOP("MainWindow", "&Judul bagian"), "Ctrl+Shift+J",
     lambda t, s, e: toggle_heading(t, s, e)),
    ("actionBulletList", QT_TRANSLATE_NOOP("MainWindow", "Daftar &berpoin"), "Ctrl+Shift+L",
     lambda t, s, e: toggle_list(t, s, e)),
    ("actionNumberedList", QT_TRANSLATE_NOOP("MainWindow", "Daftar &bernomor"), "Ctrl+Shift+N",
     lambda t, s, e: toggle_list(t, s, e, numbered=True)),
    ("actionLink", QT_TRANSLATE_NOOP("MainWindow", "&Tautan"), "Ctrl+Shift+U",
     lambda t, s, e: make_link(t, s, e)),
)
"""(object name, menu text, shortcut, edit). Line commands work on whole lines."""

_LINE_COMMANDS = {"actionHeading", "actionBulletList", "actionNumberedList"}




def apply_format(editor: QPlainTextEdit, name: str,
                 command: Callable[[str, int, int], Edit]) -> None:
    """Apply ``command`` to ``editor``'s selection as one undo step."""
    if editor.isReadOnly():
        return
    cursor = editor.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    doc = editor.document()
    last_position = end
    if name in _LINE_COMMANDS and end > start and doc.findBlock(end).position() == end:
        last_position = end - 1  # a selection ending at a line's start leaves that line out
    last = doc.findBlock(last_position)
    region_start = doc.findBlock(start).position()
    region_end = last.position() + last.length() - 1
    region = QTextCursor(doc)
    region.setPosition(region_start)
    region.setPosition(region_end, QTextCursor.MoveMode.KeepAnchor)
    text = region.selectedText().replace("\u2029", "\n")
    edit = command(text, start - region_start, end - region_start)
    if edit.text != text:
        region.beginEditBlock()
        region.insertText(edit.text)
        region.endEditBlock()
    result = QTextCursor(doc)
    result.setPosition(region_start + edit.start)
    result.setPosition(region_start + edit.end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(result)
    editor.setFocus()


def format_command(name: str) -> Callable[[str, int, int], Edit]:
    """The edit behind the formatting action ``name`` (``actionBold``...)."""
    return next(edit for n, _text, _key, edit in FORMAT_COMMANDS if n == name)


class ShortcutSheet(QDialog):
    """Every shortcut of the window, by menu, read from the actions themselves."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        self.resize(560, 620)
        rows: list[tuple[str, str, str]] = []
        seen: set[int] = set()

        def walk(menu: QMenu, path: str) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu(), f"{path} › {action.menu().title().replace('&', '')}")
                elif not action.isSeparator() and not action.shortcut().isEmpty() \
                        and id(action) not in seen:
                    seen.add(id(action))
                    rows.append((path, action.text().replace("&", ""),
                                 action.shortcut().toString(
                                     QKeySequence.SequenceFormat.NativeText)))

        for top in window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), top.menu().title().replace("&", ""))
        self.table = QTableWidget(len(rows), 3, objectName="shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Perintah"),
                                              self.tr("Pintasan")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def shortcuts(self) -> dict[str, str]:
        """Command -> shortcut, as shown."""
        return {self.table.item(r, 1).text(): self.table.item(r, 2).text()
                for r in range(self.table.rowCount())}


def show_shortcut_sheet(window: QWidget) -> ShortcutSheet:
    """Open the sheet (non-modal, deleted on close) and return it."""
    sheet = ShortcutSheet(window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.show()
    return sheet
