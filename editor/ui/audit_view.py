"""The audit trail of an article or of the whole desk, filterable by kind and person.

Events are shown as people say them ("Diminta revisi", "Direview → Perlu revisi"), on the
newsroom's clock, with runs of autosaves folded into one line as the revisions are.
"""

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

from editor.house import house_time, house_zone
from editor.ops.queries import TrailEntry, audit_trail
from editor.store import Event, Store
from editor.ui.labels import event_kind_label, event_label, status_text
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
            self.kind.addItem(event_kind_label(kind) if kind else self.tr("Semua peristiwa"),
                              kind)
        self.user = QLineEdit(objectName="auditUser")
        self.user.setPlaceholderText(self.tr("Pengguna"))
        self.table = QTableWidget(0, 6, objectName="auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Waktu (%1)").replace(
                                                  "%1", house_zone().name), self.tr("Naskah"),
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
        store = self.store
        run_op(self, lambda: audit_trail(store, article_id=article_id, kind=kind, user=user,
                                         limit=1000), self._fill)

    def _what(self, entry: TrailEntry) -> str:
        event = entry.event
        what = event_label(event.kind, event.action)
        if entry.count > 1:
            what = self.tr("%1 (%2×)").replace("%1", what).replace("%2", str(entry.count))
        return what

    def _when(self, entry: TrailEntry) -> str:
        last = house_time(entry.event.created_at)
        if entry.count > 1 and entry.first_at is not None:
            first = house_time(entry.first_at)
            return f"{first:%d/%m/%Y %H:%M:%S}–{last:%H:%M:%S}"
        return f"{last:%d/%m/%Y %H:%M:%S}"

    def _fill(self, entries: list[TrailEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            event: Event = entry.event
            article = event.article_id if event.article_id is not None else \
                event.detail.get("article_id", "")
            status = (f"{status_text(event.from_status)} → {status_text(event.to_status)}"
                      if event.to_status else "")
            values = [self._when(entry), str(article), self._what(entry), event.user, status,
                      event.note]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setToolTip(event.action or event.kind)  # the stored id, for support
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.loaded.emit(len(entries))
