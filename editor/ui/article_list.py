"""The article list: filter by status, search by headline, open with Enter or double-click.

Queries run in a worker; each refresh carries a generation number so an older, slower query
never overwrites the result of a newer one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.domain.queues import QUEUES
from editor.domain.workflow import Status
from editor.store import ArticleRepository, ArticleSummary
from editor.ui.labels import queue_label, status_label
from editor.ui.messages import message_for
from editor.ui.operations import ChangeHub, run_op

LIST_LIMIT = 500
_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._headers = [self.tr("Judul"), self.tr("Status"), self.tr("Rubrik"),
                         self.tr("Diperbarui")]

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def row_of(self, article_id: int) -> int:
        for i, summary in enumerate(self._rows):
            if summary.id == article_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return summary.headline
            if column == 1:
                return status_label(summary.status)
            if column == 2:
                return summary.category
            local = summary.updated_at.astimezone()
            return local.strftime("%d/%m/%Y %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.headline
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None


class ArticleListPanel(QWidget):
    """Status filter, search box and the table of articles."""

    open_requested = Signal(int)
    loaded = Signal(int)  # number of rows shown

    def __init__(self, articles: ArticleRepository, parent: QWidget | None = None, *,
                 user: str = "") -> None:
        super().__init__(parent)
        self._articles = articles
        self._user = user

        self.queue = QComboBox()
        self.queue.setObjectName("queueFilter")
        for queue in QUEUES:
            self.queue.addItem(queue_label(queue.key), queue.key)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Semua status"), "")
        for status in Status:
            self.status_filter.addItem(status_label(status), status.value)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Cari judul…"))
        self.search.setClearButtonEnabled(True)

        self.model = ArticleTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("articleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.notice = QLabel(objectName="queueNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff4ce;color:#5c4400;padding:4px;border-radius:3px")
        self.notice.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.queue)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.queue.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

    def refresh(self) -> None:
        """Reload the list with the current filters, in a worker."""
        status = self.status_filter.currentData() or None
        text = self.search.text().strip() or None
        articles = self._articles
        queue = next(q for q in QUEUES if q.key == (self.queue.currentData() or "all"))
        filters = queue.filters(self._user)

        def query() -> list[ArticleSummary]:
            return articles.list(status=status, text=text, limit=LIST_LIMIT, **filters)

        def show(rows: list[ArticleSummary]) -> None:
            selected = self.selected_id()
            self.model.set_rows(rows)
            if selected is not None:
                self.select(selected)
            more = self.tr(" (500 pertama)") if len(rows) >= LIST_LIMIT else ""
            self.count_label.setText(self.tr("%n naskah", "", len(rows)) + more)
            self.loaded.emit(len(rows))

        run_op(self, query, show, lambda exc: self.count_label.setText(message_for(exc)),
               key="list")  # a newer refresh wins

    def follow(self, hub: ChangeHub) -> None:
        """Reload whenever a change shows in the list (a save, a transition, an import —
        here or, on PostgreSQL, anywhere on the desk)."""
        hub.subscribe(self, lambda changes: self.refresh() if changes.affects_list else None)

    def show_queue(self, key: str) -> None:
        self.queue.setCurrentIndex(self.queue.findData(key))

    def show_notice(self, text: str) -> None:
        """A calm, dismissable line above the list ("2 naskah baru di Menunggu review")."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()).id if indexes else None

    def select(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.table.selectRow(row)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)
