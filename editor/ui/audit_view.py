"""The audit trail of an article or of the whole desk, filterable by kind and person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.store import Event, Store
from editor.ui.operations import run_op

KINDS = ("", "transition", "create", "save", "autosave", "restore", "comment", "reply",
         "resolve", "takeover", "lock-expired", "delete")


class AuditDialog(QDialog):
    loaded = Signal(int)

    def __init__(self, store: Store, article_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Jejak audit"))
        self.resize(900, 560)
        self.store = store
        self.scope = QComboBox(objectName="auditScope")
        self.scope.addItem(self.tr("Seluruh meja redaksi"), None)
        if article_id is not None:
            self.scope.addItem(self.tr("Naskah ini"), article_id)
            self.scope.setCurrentIndex(1)
        self.kind = QComboBox(objectName="auditKind")
        for kind in KINDS:
            self.kind.addItem(kind or self.tr("Semua peristiwa"), kind)
        self.user = QLineEdit(objectName="auditUser")
        self.user.setPlaceholderText(self.tr("Pengguna"))
        self.table = QTableWidget(0, 6, objectName="auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Naskah"),
                                              self.tr("Peristiwa"), self.tr("Pengguna"),
                                              self.tr("Status"), self.tr("Catatan")])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        filters = QHBoxLayout()
        filters.addWidget(self.scope)
        filters.addWidget(self.kind)
        filters.addWidget(self.user, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.user.editingFinished.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        article_id = self.scope.currentData()
        kind = self.kind.currentData() or None
        user = self.user.text().strip() or None
        events = self.store.events
        run_op(self, lambda: events.query(article_id=article_id, kind=kind, user=user,
                                           limit=1000), self._fill)

    def _fill(self, events: list[Event]) -> None:
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            article = event.article_id if event.article_id is not None else \
                event.detail.get("article_id", "")
            what = event.action or event.kind
            status = f"{event.from_status} → {event.to_status}" if event.to_status else ""
            values = [event.created_at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), str(article),
                      what, event.user, status, event.note]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.loaded.emit(len(events))
