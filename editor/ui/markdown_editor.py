"""The Markdown body editor: zoom, issue tooltips, the issue context menu, applying fixes.

Proofing results live in :class:`~editor.ui.proofing.ProofingController`; this widget only
maps a position to the issue under it and edits the text (one undo step per fix).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from editor.proofing.api import Issue
from editor.ui.proofing import ProofingController

UNKNOWN_WORD_RULE = "ID_KATA_TIDAK_DIKENAL"  # no sure fix: "Tambah ke kamus" first


def issue_tooltip(issue: Issue) -> str:
    parts = [f"<b>{_esc(issue.message)}</b>"]
    if issue.explanation:
        parts.append(_esc(issue.explanation))
    if issue.basis:
        parts.append(f"<i>{_esc(issue.basis)}</i>")
    return "<p>" + "<br>".join(parts) + "</p>"

def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

class ProofedTextEdit(QPlainTextEdit):
    """A plain-text editor that knows the proofing issues of its paragraphs."""

    word_added = Signal(str)   # "Tambah ke kamus": the window persists it in the store
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proofing: ProofingController | None = None
        self.zoom = 0
        self._extra_layers: dict[str, list[QTextEdit.ExtraSelection]] = {}

    # -- issues under a position -----------------------------------------------------------
    def set_extra_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Named layers of extra selections (comment highlights, search hits...), combined,
        so one feature setting its highlights does not wipe another's."""
        self._extra_layers[name] = list(selections)
        self.setExtraSelections([s for layer in self._extra_layers.values() for s in layer])

    def issue_at(self, position: int) -> tuple[QTextCursor, Issue] | None:
        """The issue covering document ``position`` and a cursor on its block, if any."""
        if self.proofing is None:
            return None
        block = self.document().findBlock(position)
        if not block.isValid():
            return None
        offset = position - block.position()
        for issue in self.proofing.issues_for(block.text()):
            if issue.offset <= offset < max(issue.end, issue.offset + 1):
                cursor = QTextCursor(block)
                return cursor, issue
        return None

    def issues(self) -> list[tuple[int, Issue]]:
        """Every visible issue as (document position of its paragraph, issue)."""
        out: list[tuple[int, Issue]] = []
        if self.proofing is None:
            return out
        block = self.document().firstBlock()
        while block.isValid():
            for issue in self.proofing.issues_for(block.text()):
                out.append((block.position(), issue))
            block = block.next()
        return out

    def apply_fix(self, block_position: int, issue: Issue, replacement: str) -> bool:
        """Replace the issue's text by ``replacement`` as one undo step. False if the
        paragraph changed so the issue no longer points at the text it was found in."""
        return self.apply_fixes([(block_position, issue, replacement)]) == 1

    def apply_fixes(self, fixes: list[tuple[int, Issue, str]]) -> int:
        """Apply several fixes as ONE undo step (``perbaiki semua``); returns how many."""
        doc = self.document()
        checked = []
        for block_position, issue, replacement in fixes:
            block = doc.findBlock(block_position)
            if not block.isValid() or block.position() != block_position:
                continue
            if issue not in self.proofing.issues_for(block.text()):
                continue
            checked.append((block_position + issue.offset, issue.length, replacement))
        if not checked:
            return 0
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for start, length, replacement in sorted(checked, reverse=True):
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        return len(checked)

    # -- tooltip and context menu ----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self.viewport().mapFromGlobal(event.globalPos())
            found = self.issue_at(self.cursorForPosition(pos).position())
            if found:
                QToolTip.showText(event.globalPos(), issue_tooltip(found[1]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def issue_menu(self, position: int, menu: QMenu | None = None) -> QMenu:
        """The context menu for document ``position``: fixes first when an issue is there."""
        menu = menu or QMenu(self)
        found = self.issue_at(position)
        if found is None:
            return menu
        cursor, issue = found
        block_position, text = cursor.block().position(), cursor.block().text()
        word = text[issue.offset:issue.end]
        first = menu.actions()[0] if menu.actions() else None
        added = []
        header = menu.addAction(issue.message)
        header.setEnabled(False)
        added.append(header)
        unknown = issue.rule_id == UNKNOWN_WORD_RULE
        if unknown:  # most unknown words are right (a name, a term): adding comes first
            add = menu.addAction(self.tr("Tambah ke kamus"))
            add.setObjectName("addWordAction")
            add.triggered.connect(lambda: self._add_word(word))
            added.append(add)
        for replacement in issue.replacements[:6]:
            action = menu.addAction(replacement or self.tr("(hapus)"))
            action.setObjectName("fixAction")
            action.triggered.connect(
                lambda _=False, r=replacement: self.apply_fix(block_position, issue, r))
            added.append(action)
        ignore = menu.addAction(self.tr("Abaikan"))
        ignore.setObjectName("ignoreAction")
        ignore.triggered.connect(lambda: self.proofing.ignore_once(text, issue))
        ignore_all = menu.addAction(self.tr("Abaikan semua"))
        ignore_all.setObjectName("ignoreAllAction")
        ignore_all.triggered.connect(lambda: self.proofing.ignore_all(word))
        added.extend((ignore, ignore_all))
        if not unknown:
            add = menu.addAction(self.tr("Tambah ke kamus"))
            add.setObjectName("addWordAction")
            add.triggered.connect(lambda: self._add_word(word))
            added.append(add)
        if first is not None:
            sep = menu.insertSeparator(first)
            for action in added:
                menu.removeAction(action)
                menu.insertAction(sep, action)
        return menu

    def _add_word(self, word: str) -> None:
        self.proofing.add_word(word)
        self.word_added.emit(word)

    def keyboard_menu_position(self) -> int:
        """Where a keyboard-opened menu looks for an issue: the start of the selection (F8
        selects the whole finding, so its end is already past it), or the cursor — and a
        cursor just after a flagged word still counts as on it."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.selectionStart()
        position = cursor.position()
        if self.issue_at(position) is None and position > 0 and self.issue_at(position - 1):
            return position - 1
        return position

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position = self.keyboard_menu_position()
        else:
            position = self.cursorForPosition(event.pos()).position()
        menu = self.issue_menu(position, self.createStandardContextMenu(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- zoom ------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        steps = max(-6, min(12, steps))
        delta = steps - self.zoom
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self.zoom = steps
        self.zoom_changed.emit(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom + (1 if event.angleDelta().y() > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    def context_menu_at_cursor(self) -> None:
        """Keyboard route to the issue menu (Shift+F10 / Menu key land here too)."""
        rect = self.cursorRect()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, rect.center(),
                                  self.viewport().mapToGlobal(rect.center()))
        self.contextMenuEvent(event)

def cursor_to(editor: QPlainTextEdit, position: int, length: int = 0) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    if length:
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    editor.setFocus()

