"""The editor's desk overview: today's stories by state, reporter, rubrik, length and age.

A non-modal window from Meja → Ikhtisar meja. The stories are read by
:func:`editor.ops.queries.desk_overview` in a worker (:func:`run_op`, latest wins) and read
again whenever the window's :class:`~editor.ui.operations.ChangeHub` reports a change that
alters what lists show: this window's own saves and steps, and other people's, which the
window's one feed (:func:`editor.ui.change_poller.feed_hub`: desk notices on PostgreSQL, the
change poller on SQLite) puts on the same hub. The dialog itself never polls.
Filtering (state, reporter, rubrik, words in the headline) happens on the rows already read,
and the counts above the table follow the filter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain.workflow import Status
from editor.ops import Changes
from editor.ops.queries import DeskOverview, DeskStory, desk_overview
from editor.store import Store
from editor.ui.labels import status_label
from editor.ui.operations import ChangeHub, run_op

COLUMNS = ("headline", "status", "reporter", "category", "words", "age")


def age_text(age: timedelta) -> str:
    """"25 mnt", "3 j 5 mnt": how long ago the story was started."""
    minutes = int(age.total_seconds() // 60)
    if minutes < 60:
        return QCoreApplication.translate("DeskOverviewDialog", "%1 mnt").replace(
            "%1", str(minutes))
    return QCoreApplication.translate("DeskOverviewDialog", "%1 j %2 mnt").replace(
        "%1", str(minutes // 60)).replace("%2", str(minutes % 60))


class _NumberItem(QTableWidgetItem):
    """Sorts by the number it stands for, not its text."""

    def __init__(self, text: str, number: float) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole + 1, number)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.data(Qt.ItemDataRole.UserRole + 1)
        theirs = other.data(Qt.ItemDataRole.UserRole + 1)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return float(mine) < float(theirs)


class DeskOverviewDialog(QDialog):
    """Today's stories with counts per state, reporter and rubrik; filterable; live."""

    loaded = Signal(object)              # the DeskOverview value shown
    open_requested = Signal(int)         # an article id (double-click)

    def __init__(self, store: Store, hub: ChangeHub, parent: QWidget | None = None, *,
                 now: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskOverview")
        self.setWindowTitle(self.tr("Ikhtisar meja hari ini"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.store, self.hub = store, hub
        self._now = now
        self.overview: DeskOverview | None = None

        self.status_filter = QComboBox(objectName="deskStatusFilter")
        self.reporter_filter = QComboBox(objectName="deskReporterFilter")
        self.category_filter = QComboBox(objectName="deskCategoryFilter")
        self.text_filter = QLineEdit(objectName="deskTextFilter")
        self.text_filter.setPlaceholderText(self.tr("Saring judul…"))
        self.text_filter.setClearButtonEnabled(True)
        for combo in (self.status_filter, self.reporter_filter, self.category_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._show_rows)
        self.text_filter.textChanged.connect(self._show_rows)

        self.summary = QLabel(objectName="deskSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS), objectName="deskTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Judul"), self.tr("Status"), self.tr("Reporter"), self.tr("Rubrik"),
            self.tr("Kata"), self.tr("Umur")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("age"), Qt.SortOrder.AscendingOrder)  # newest
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._double_clicked)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Status"), self.status_filter),
                              (self.tr("Reporter"), self.reporter_filter),
                              (self.tr("Rubrik"), self.category_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.resize(900, 520)

        hub.subscribe(self, self._changed)
        # Ages grow and the day turns over without anyone saving: read again each minute.
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self.refresh)
        self._clock.start()
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        store, now = self.store, self._now
        run_op(self, lambda: desk_overview(store, now=now() if now else None), self._loaded,
               key="overview")

    def _changed(self, changes: Changes) -> None:
        if changes.affects_list:
            self.refresh()

    def _loaded(self, overview: DeskOverview) -> None:
        self.overview = overview
        self._fill_filters()
        self._show_rows()
        self.loaded.emit(overview)

    # -- filters ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        assert self.overview is not None
        overview = self.overview
        for combo, attribute, label in (
                (self.status_filter, "status", lambda v: status_label(Status(v))),
                (self.reporter_filter, "reporter", lambda v: v or self.tr("(tanpa nama)")),
                (self.category_filter, "category", lambda v: v or self.tr("(tanpa rubrik)"))):
            kept = combo.currentData()
            counts = overview.counts(attribute)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Semua (%1)").replace("%1", str(len(overview.stories))), None)
            order = [s.value for s in Status if s.value in counts] if attribute == "status" \
                else sorted(counts, key=lambda v: (-counts[v], v.casefold()))
            for value in order:
                combo.addItem(f"{label(value)} ({counts[value]})", value)
            index = combo.findData(kept) if kept is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def filtered(self) -> tuple[DeskStory, ...]:
        """The stories the filters let through."""
        if self.overview is None:
            return ()
        wanted = {attr: combo.currentData() for attr, combo in (
            ("status", self.status_filter), ("reporter", self.reporter_filter),
            ("category", self.category_filter))}
        words = self.text_filter.text().casefold().split()
        return tuple(
            s for s in self.overview.stories
            if all(value is None or _value(s, attr) == value for attr, value in wanted.items())
            and all(w in s.headline.casefold() for w in words))

    def _show_rows(self) -> None:
        stories = self.filtered()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(stories))
        for row, story in enumerate(stories):
            headline = QTableWidgetItem(story.headline)
            headline.setData(Qt.ItemDataRole.UserRole, story.id)
            headline.setToolTip(story.headline)
            self.table.setItem(row, 0, headline)
            self.table.setItem(row, 1, QTableWidgetItem(status_label(story.status)))
            self.table.setItem(row, 2, QTableWidgetItem(story.reporter))
            self.table.setItem(row, 3, QTableWidgetItem(story.category))
            self.table.setItem(row, 4, _NumberItem(str(story.words), story.words))
            self.table.setItem(row, 5, _NumberItem(age_text(story.age),
                                                   story.age.total_seconds()))
        self.table.setSortingEnabled(True)
        self.summary.setText(self._summary_text(stories))

    def _summary_text(self, stories: tuple[DeskStory, ...]) -> str:
        by_status: Counter[str] = Counter(s.status.value for s in stories)
        states = ", ".join(f"{status_label(s)} {by_status[s.value]}" for s in Status
                           if by_status[s.value])
        words = sum(s.words for s in stories)
        return (self.tr("%1 naskah hari ini · %2 · %3 kata")
                .replace("%1", str(len(stories))).replace("%2", states or "—")
                .replace("%3", str(words)))

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def _value(story: DeskStory, attribute: str) -> str:
    value = getattr(story, attribute)
    return value.value if isinstance(value, Status) else str(value)
