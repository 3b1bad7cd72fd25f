"""Pick an article from the store for a "Baca juga" link (search runs in a worker)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import RelatedLink
from editor.ops import queries
from editor.related.links import baca_juga
from editor.store import Store
from editor.ui.operations import run_op


def baca_juga_markdown(link: RelatedLink) -> str:
    """The line inserted into the body: ``Baca juga: [Judul](url)`` (one format for the
    link dialog and the related-articles panel: :func:`editor.related.links.baca_juga`)."""
    target = link.url or (f"/artikel/{link.article_id}" if link.article_id else "")
    return baca_juga(link.title, target) if target else f"Baca juga: {link.title}"


class RelatedLinkDialog(QDialog):
    def __init__(self, store: Store, exclude_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedLinkDialog")
        self.setWindowTitle(self.tr("Sisipkan “Baca juga”"))
        self.store = store
        self.exclude_id = exclude_id
        self.chosen: RelatedLink | None = None
        self.search = QLineEdit(objectName="linkSearch")
        self.search.setPlaceholderText(self.tr("Cari judul naskah…"))
        self.results = QListWidget(objectName="linkResults")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _: self.accept())
        self.search.returnPressed.connect(lambda: self.results.setFocus())
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.query)
        self.search.textEdited.connect(lambda _: self._timer.start())
        self.resize(520, 380)
        self.query()

    def query(self) -> None:
        text = self.search.text().strip()
        store = self.store
        run_op(self, lambda: queries.list_articles(store, text=text or None, limit=30),
               self._show, key="query")

    def _show(self, rows) -> None:
        self.results.clear()
        for row in rows:
            if row.id == self.exclude_id:
                continue
            item = QListWidgetItem(row.headline)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            article_id = item.data(Qt.ItemDataRole.UserRole)
            url = queries.article_url(self.store, article_id)  # one row by key: fast
            self.chosen = RelatedLink(title=item.text(), url=url, article_id=article_id)
        super().accept()
