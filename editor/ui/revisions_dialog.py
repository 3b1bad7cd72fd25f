"""Compare any two revisions side by side with word-level differences; restore an old one."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor import ops
from editor.domain.diff import DiffChunk, side_by_side
from editor.house import house_time
from editor.ops import queries
from editor.store import Revision, Store
from editor.themes import colour
from editor.ui.messages import message_for
from editor.ui.operations import ChangeHub, run_op


def _deleted() -> str:
    return (f"background:{colour('diff_deleted_background')};"
            f"color:{colour('diff_deleted_text')};text-decoration:line-through")


def _inserted() -> str:
    return (f"background:{colour('diff_inserted_background')};"
            f"color:{colour('diff_inserted_text')}")


def chunks_to_html(chunks: list[DiffChunk]) -> str:
    parts = []
    for chunk in chunks:
        text = html.escape(chunk.text).replace("\n", "<br>")
        if chunk.op == "delete":
            parts.append(f'<span style="{_deleted()}">{text}</span>')
        elif chunk.op == "insert":
            parts.append(f'<span style="{_inserted()}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def revision_text(revision: Revision) -> str:
    """What is compared: headline, summary and body, as a reader sees them."""
    snap = revision.snapshot
    return "\n\n".join(p for p in (snap.get("headline", ""), snap.get("summary", ""),
                                   snap.get("body", "")) if p)


class RevisionsDialog(QDialog):
    restored = Signal(object)  # the Article after restoring

    def __init__(self, store: Store, article_id: int, user: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub: ChangeHub | None = None
        self.setObjectName("revisionsDialog")
        self.setWindowTitle(self.tr("Riwayat revisi"))
        self.resize(1100, 700)
        self.store, self.article_id, self.user = store, article_id, user
        self.revisions: list[Revision] = []
        self.left_pick = QComboBox(objectName="leftRevision")
        self.right_pick = QComboBox(objectName="rightRevision")
        self.left = QTextBrowser(objectName="leftPane")
        self.right = QTextBrowser(objectName="rightPane")
        self.summary = QLabel(objectName="diffSummary")
        self.restore_button = QPushButton(self.tr("Pulihkan revisi kiri"), objectName="restore")
        picks = QHBoxLayout()
        picks.addWidget(QLabel(self.tr("Lama:")))
        picks.addWidget(self.left_pick, 1)
        picks.addWidget(QLabel(self.tr("Baru:")))
        picks.addWidget(self.right_pick, 1)
        panes = QHBoxLayout()
        panes.addWidget(self.left)
        panes.addWidget(self.right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addLayout(panes, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.left_pick.currentIndexChanged.connect(self.compare)
        self.right_pick.currentIndexChanged.connect(self.compare)
        self.restore_button.clicked.connect(self.restore_left)
        self.reload()

    loaded = Signal()

    def reload(self) -> None:
        store, article_id = self.store, self.article_id
        run_op(self, lambda: queries.revisions(store, article_id), self._fill)

    def _fill(self, revisions: list[Revision]) -> None:
        self.revisions = revisions
        for pick in (self.left_pick, self.right_pick):
            pick.blockSignals(True)
            pick.clear()
            for rev in revisions:
                when = house_time(rev.created_at).strftime("%d/%m/%Y %H:%M")
                pick.addItem(f"v{rev.version} · {rev.kind} · {rev.author or '-'} · {when}")
            pick.blockSignals(False)
        if revisions:
            self.right_pick.setCurrentIndex(len(revisions) - 1)
            self.left_pick.setCurrentIndex(max(0, len(revisions) - 2))
        self.compare()
        self.loaded.emit()

    def compare(self) -> None:
        if not self.revisions:
            return
        old = self.revisions[self.left_pick.currentIndex()]
        new = self.revisions[self.right_pick.currentIndex()]
        left, right = side_by_side(revision_text(old), revision_text(new))
        self.left.setHtml(chunks_to_html(left))
        self.right.setHtml(chunks_to_html(right))
        deleted = sum(1 for c in left if c.op == "delete")
        inserted = sum(1 for c in right if c.op == "insert")
        self.summary.setText(self.tr("%1 bagian dihapus, %2 bagian ditambah")
                             .replace("%1", str(deleted)).replace("%2", str(inserted)))
        self.restore_button.setEnabled(old.version != self.revisions[-1].version)

    def restore_left(self) -> None:
        version = self.revisions[self.left_pick.currentIndex()].version
        store, article_id, user = self.store, self.article_id, self.user
        run_op(self, lambda: ops.restore(store, article_id, version, user=user),
               self._restored, lambda exc: self.summary.setText(message_for(exc)), hub=self.hub)

    def _restored(self, done: ops.Restored) -> None:
        self.restored.emit(done.article)
        self.reload()
