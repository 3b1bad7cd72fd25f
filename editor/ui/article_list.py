"""The article list: filter by status, search headlines and full text, sort by a column,
open with Enter or double-click.

Each row shows the headline in bold over up to two lines (elided only after that, the full
headline in the tooltip) and the status · byline · rubrik line under it
(:mod:`editor.ui.headline_delegate`), so a headline stays readable in a narrow panel, with
the story's own date beside it. Pages of rows are fetched in a worker as the list is
scrolled; each query carries a generation number so an older, slower answer never
overwrites a newer one.
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
from editor.house import house_time
from editor.ops import queries
from editor.store import ArticleSummary, Store
from editor.themes import colour
from editor.ui.headline_delegate import DETAIL_ROLE, HEADLINE_ROLE, HeadlineDelegate
from editor.ui.labels import queue_label, status_label
from editor.ui.messages import message_for
from editor.ui.operations import ChangeHub, run_op

PAGE_SIZE = 200
"""Rows fetched per page; more are fetched as the list is scrolled to its end."""
LIST_LIMIT = PAGE_SIZE  # kept for callers that imported the old cap
_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("headline", "date")
_SORT_KEYS = {0: "headline", 1: "date"}


def _byline_line(summary: ArticleSummary) -> str:
    """The second line of a row: status · byline · rubrik."""
    parts = [status_label(summary.status), ", ".join(b for b in summary.bylines if b),
             summary.category]
    return " · ".join(p for p in parts if p)


class ArticleTableModel(QAbstractTableModel):
    """Two-line rows (headline, then byline · rubrik), status and the story's date; pages
    arrive through :meth:`append_rows` and more are asked for with ``more_wanted``."""

    more_wanted = Signal()
    sort_requested = Signal(str, bool)   # order key, descending

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._has_more = False
        self._fetching = False
        self._headers = [self.tr("Naskah"), self.tr("Tanggal")]

    def set_rows(self, rows: list[ArticleSummary], *, has_more: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: list[ArticleSummary], *, has_more: bool) -> None:
        self._fetching = False
        self._has_more = has_more
        known = {r.id for r in self._rows}
        fresh = [r for r in rows if r.id not in known]  # a save may have moved a row
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    @property
    def has_more(self) -> bool:
        return self._has_more

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column)
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

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
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                second = _byline_line(summary)
                return f"{summary.headline}\n{second}" if second else summary.headline
            when = house_time(summary.story_date or summary.updated_at)
            return when.strftime("%d/%m/%Y\n%H:%M")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [summary.headline, _byline_line(summary)]
            if column == 1:
                lines.append(self.tr("Diperbarui %1").replace(
                    "%1", house_time(summary.updated_at).strftime("%d/%m/%Y %H:%M")))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == HEADLINE_ROLE:
            return summary.headline
        if role == DETAIL_ROLE:  # the story's date here: the headline gets the whole width
            when = house_time(summary.story_date or summary.updated_at)
            return " · ".join(p for p in (_byline_line(summary), when.strftime("%d/%m/%Y %H:%M"))
                              if p)
        return None


class ArticleListPanel(QWidget):
    """Status filter, search box and the table of articles."""

    open_requested = Signal(int)
    loaded = Signal(int)  # number of rows shown

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 user: str = "") -> None:
        super().__init__(parent)
        self._store = store
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
        self.search.setPlaceholderText(self.tr("Cari judul dan isi…"))
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
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The headline wraps over two lines (elided after that; the tooltip has it whole),
        # with the status · byline · rubrik line under it.
        self.headline_delegate = HeadlineDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self.headline_delegate)
        self.table.verticalHeader().setDefaultSectionSize(
            self.headline_delegate.row_height(self.table.font()))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The date is on each row's second line, so the headline has the panel's whole
        # width; the order is chosen in the "Urutkan" box (the header would only sort).
        self.table.setColumnHidden(1, True)
        header.hide()
        self.sort_box = QComboBox(objectName="sortBox")
        for label, order in ((self.tr("Terbaru"), ("date", True)),
                             (self.tr("Terlama"), ("date", False)),
                             (self.tr("Judul A–Z"), ("headline", False)),
                             (self.tr("Judul Z–A"), ("headline", True)),
                             (self.tr("Baru disunting"), ("updated", True))):
            self.sort_box.addItem(label, f"{order[0]}:{int(order[1])}")
        self.sort_box.setCurrentIndex(4)  # as before: the latest work first
        # The order is always readable; the queue box gives way in a narrow panel.
        self.sort_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_box.setMinimumWidth(70)  # below its text only when the panel is very narrow
        self.queue.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.queue.setMinimumContentsLength(4)
        self.sort_box.setToolTip(self.tr("Urutkan daftar"))
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        self._order = ("updated", True)
        self._query: Any = None
        self._generation = 0  # which reload the rows on screen belong to (paging)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.notice = QLabel(objectName="queueNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"background:{colour('notice_background')};"
                                  f"color:{colour('notice_text')};padding:4px;border-radius:3px")
        self.notice.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        queue_row = QHBoxLayout()
        queue_row.addWidget(self.queue, 1)
        queue_row.addWidget(self.sort_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(queue_row)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.queue.currentIndexChanged.connect(self.refresh)
        self.model.more_wanted.connect(self._fetch_more)
        self.model.sort_requested.connect(self._sort)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

    def refresh(self) -> None:
        """Reload the list with the current filters, in a worker."""
        self._generation += 1
        generation = self._generation
        status = self.status_filter.currentData() or None
        text = self.search.text().strip() or None
        store = self._store
        queue = next(q for q in QUEUES if q.key == (self.queue.currentData() or "all"))
        filters = queue.filters(self._user)

        order, descending = self._order
        criteria = dict(status=status, text=text, full_text=True, **filters)
        self._query = (generation, criteria, order, descending)

        def query() -> tuple[list[ArticleSummary], int]:
            rows = queries.list_articles(store, **criteria, order=order,
                                         descending=descending, limit=PAGE_SIZE + 1)
            return rows, queries.count_articles(store, **criteria)

        def show(result: tuple[list[ArticleSummary], int]) -> None:
            rows, total = result
            selected = self.selected_id()
            self.model.set_rows(rows[:PAGE_SIZE], has_more=len(rows) > PAGE_SIZE)
            if selected is not None:
                self.select(selected)
            self.total = total
            self._show_count()
            self.loaded.emit(self.model.rowCount())

        run_op(self, query, show, lambda exc: self.count_label.setText(message_for(exc)),
               key="list")  # a newer refresh wins

    total = 0

    def follow(self, hub: ChangeHub) -> None:
        """Reload whenever a change shows in the list (a save, a transition, an import —
        here or, on PostgreSQL, anywhere on the desk)."""
        hub.subscribe(self, lambda changes: self.refresh() if changes.affects_list else None)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        text = self.tr("%n naskah", "", self.total)
        if shown < self.total:
            text += " " + self.tr("(%1 dimuat; gulir untuk memuat lagi)").replace("%1", str(shown))
        self.count_label.setText(text)

    def _fetch_more(self) -> None:
        """The list was scrolled to its end: fetch the next page in a worker."""
        if self._query is None:
            return
        generation, criteria, order, descending = self._query
        offset, store = self.model.rowCount(), self._store

        def query() -> list[ArticleSummary]:
            return queries.list_articles(store, **criteria, order=order,
                                         descending=descending, offset=offset,
                                         limit=PAGE_SIZE + 1)

        def show(rows: list[ArticleSummary]) -> None:
            if generation != self._generation:
                return  # the list was reloaded meanwhile: these rows belong to the old one
            self.model.append_rows(rows[:PAGE_SIZE], has_more=len(rows) > PAGE_SIZE)
            self._show_count()
            self.loaded.emit(self.model.rowCount())

        run_op(self, query, show, lambda exc: self.count_label.setText(message_for(exc)),
               key="more")

    def _sort_chosen(self, _index: int) -> None:
        order, descending = str(self.sort_box.currentData()).split(":")
        self._sort(order, descending == "1")

    def _sort(self, order: str, descending: bool) -> None:
        if (order, descending) != self._order:
            self._order = (order, descending)
            index = self.sort_box.findData(f"{order}:{int(descending)}")
            if index >= 0 and index != self.sort_box.currentIndex():
                self.sort_box.blockSignals(True)
                self.sort_box.setCurrentIndex(index)
                self.sort_box.blockSignals(False)
            self.refresh()

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
