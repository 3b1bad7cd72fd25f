"""Comments in the editor margin: threads anchored to the body, with reply and resolve.

The panel lists the open threads; clicking one selects its anchored words in the body. A new
comment is anchored to the current selection of the body editor. Anchors are kept in step by
the store on every save, so the panel reloads after saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor import ops
from editor.domain.anchors import rebase_anchor
from editor.house import house_time
from editor.ops import Change, Changes
from editor.store import Comment, Store
from editor.themes import colour
from editor.ui.messages import message_for
from editor.ui.operations import ChangeHub, run_op


class CommentsPanel(QWidget):
    loaded = Signal(int)
    highlights_changed = Signal()

    def __init__(self, store: Store, user: str, body: QPlainTextEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub: ChangeHub | None = None
        self.setObjectName("commentsPanel")
        self.store, self.user, self.body = store, user, body
        self.article_id: int | None = None
        self.comments: list[Comment] = []
        self.tree = QTreeWidget(objectName="commentTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Tampilkan yang selesai"))
        self.input = QLineEdit(objectName="commentInput")
        self.input.setPlaceholderText(self.tr("Komentar pada teks terpilih, atau balasan"))
        self.add_button = QPushButton(self.tr("Komentari"), objectName="addComment")
        self.reply_button = QPushButton(self.tr("Balas"), objectName="replyComment")
        self.resolve_button = QPushButton(self.tr("Selesai"), objectName="resolveComment")
        self.message = QLabel(objectName="commentMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reply_button, self.resolve_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Komentar</b>")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.input)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_comment)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button.clicked.connect(self.resolve)
        self.show_resolved.toggled.connect(self.reload)
        self.tree.itemClicked.connect(self._jump)
        self.set_article(None)

    def set_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.setEnabled(article_id is not None)
        self.reload()

    def reload(self) -> None:
        article_id = self.article_id
        if article_id is None:
            self._fill([])
            return
        include = self.show_resolved.isChecked()
        store = self.store
        run_op(self, lambda: ops.queries.comments(store, article_id, include_resolved=include),
               lambda rows: self._fill(rows) if article_id == self.article_id else None,
               key="list")

    def _fill(self, comments: list[Comment]) -> None:
        self.comments = comments
        self.tree.clear()
        roots: dict[int, QTreeWidgetItem] = {}
        for comment in comments:
            when = house_time(comment.created_at).strftime("%d/%m %H:%M")
            text = f"{comment.author} · {when}\n{comment.body}"
            if comment.parent_id is None:
                quote = comment.quote if comment.anchor else self.tr("(teks sudah dihapus) ") + \
                    comment.quote
                if quote:
                    text = f"“{quote[:60]}”\n" + text
                if comment.resolved:
                    text = self.tr("[selesai] ") + text
                item = QTreeWidgetItem(self.tree, [text])
                roots[comment.id] = item
            else:
                parent = roots.get(comment.parent_id)
                item = QTreeWidgetItem(parent, [text]) if parent else QTreeWidgetItem(self.tree,
                                                                                      [text])
            item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
        self.tree.expandAll()
        self.highlights_changed.emit()
        self.loaded.emit(len(comments))

    def extra_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Background highlights for the open comments' anchors, for the body editor."""
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour("comment_highlight")))
        length = len(self.body.toPlainText())
        for comment in self.comments:
            if comment.parent_id is not None or comment.anchor is None or comment.resolved:
                continue
            start, end = comment.anchor
            if end > length:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def _selected_comment(self) -> Comment | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.comments if c.id == cid), None)

    def _jump(self, item: QTreeWidgetItem) -> None:
        comment = self._selected_comment()
        if comment is None:
            return
        root = comment if comment.parent_id is None else next(
            (c for c in self.comments if c.id == comment.parent_id), comment)
        if root.anchor is None:
            return
        cursor = self.body.textCursor()
        cursor.setPosition(min(root.anchor[0], len(self.body.toPlainText())))
        cursor.setPosition(min(root.anchor[1], len(self.body.toPlainText())),
                           QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.centerCursor()

    def add_comment(self) -> None:
        text = self.input.text().strip()
        if not text or self.article_id is None:
            return
        cursor = self.body.textCursor()
        start, end = (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() \
            else (None, None)
        article_id, store, user = self.article_id, self.store, self.user
        editor_text = self.body.toPlainText()

        def add() -> Comment:
            anchor_start, anchor_end = start, end
            if start is not None and end is not None:
                # The selection is in the editor's text, which may hold unsaved edits;
                # anchors live in the stored body. Carry the selection across the difference.
                stored = ops.queries.get_article(store, article_id).body
                moved = rebase_anchor(editor_text, stored, start, end)
                if moved is None:
                    raise ValueError(self.tr("Teks terpilih belum disimpan: simpan naskah dulu, "
                                             "lalu beri komentar."))
                anchor_start, anchor_end = moved
            anchor = None if anchor_start is None or anchor_end is None \
                else (anchor_start, anchor_end)
            return ops.comment(store, article_id, user=user, text=text, anchor=anchor)

        run_op(self, add, lambda _c: self._after_write(), self._show_error, hub=self.hub)

    def reply(self) -> None:
        text = self.input.text().strip()
        comment = self._selected_comment()
        if not text or comment is None:
            self.message.setText(self.tr("Pilih komentar dan tulis balasan."))
            return
        store, user = self.store, self.user
        run_op(self, lambda: ops.reply(store, comment.id, user=user, text=text),
               lambda _c: self._after_write(), self._show_error, hub=self.hub)

    def resolve(self) -> None:
        comment = self._selected_comment()
        if comment is None:
            return
        root_id = comment.parent_id or comment.id
        store, user = self.store, self.user
        run_op(self, lambda: ops.resolve_comment(store, root_id, user=user),
               lambda _c: self._after_write(), self._show_error, hub=self.hub)

    def _after_write(self) -> None:
        self.input.clear()
        self.message.clear()
        if self.hub is None:
            self.reload()  # otherwise the hub's COMMENTS change reloads (see follow)

    def _show_error(self, exc: Exception) -> None:
        self.message.setText(message_for(exc))

    def follow(self, hub: ChangeHub) -> None:
        """Reload when comments of the shown article change (here or, on PostgreSQL, by
        someone else), and after a save (anchors move with the text)."""
        self.hub = hub

        def changed(changes: Changes) -> None:
            if self.article_id is not None and changes.touches(self.article_id) and \
                    changes.has(Change.COMMENTS, Change.CONTENT):
                self.reload()

        hub.subscribe(self, changed)
