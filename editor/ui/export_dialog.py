"""The export dialog: pick a format, a destination folder and the articles (approved ones by
default), then export in a worker with a progress bar.

Self-contained so the main window only has to do ``ExportDialog(store, parent).exec()``.
Listing articles and exporting both run as ops (``editor.ui.operations.run_op``, never on
the UI thread) bound to the dialog under one key, so a list that arrives after the filter
changed again, or after an export started, is dropped as stale.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.workflow import Status
from editor.ops import export_articles, queries
from editor.publishing.exporters import EXPORTERS, ExportOptions
from editor.store import Store
from editor.ui.labels import status_label
from editor.ui.messages import message_for
from editor.ui.operations import run_op


class ExportCancelled(Exception):
    """Raised inside the worker when the user pressed Batal; finished files stay complete."""


class ExportDialog(QDialog):
    """Export articles from ``store`` to a CMS or wire format."""

    articlesLoaded = Signal(int)  # noqa: N815 - Qt naming
    exportFinished = Signal(list)  # noqa: N815 - list[Path] written
    exportFailed = Signal(str)  # noqa: N815
    progressed = Signal(int, int)  # done, total (on the UI thread)

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 options: ExportOptions | None = None, destination: str | Path = "",
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor naskah"))
        self.store = store
        self.options = options or ExportOptions(
            media=lambda media_id: queries.media_bytes(store, media_id))
        self.pool = pool or QThreadPool.globalInstance()  # kept for callers; ops use the global pool
        self._running = False
        self._cancel = threading.Event()
        self.worker_thread_names: list[str] = []  # where the work ran (for tests and logs)

        self.format_box = QComboBox()
        for name, factory in EXPORTERS.items():
            self.format_box.addItem(factory(self.options).label, name)
        self.status_box = QComboBox()
        for status in Status:
            self.status_box.addItem(status_label(status), status.value)
        self.status_box.setCurrentIndex(self.status_box.findData(Status.APPROVED.value))
        self.destination_edit = QLineEdit(str(destination))
        self.destination_edit.setPlaceholderText(self.tr("Folder tujuan"))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination_edit)
        destination_row.addWidget(browse)
        self.article_list = QListWidget()
        self.count_label = QLabel(self.tr("Memuat naskah…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Ekspor"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        # One way out at a time: "Batal" stops a running export, "Tutup" closes when idle.
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Tutup"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Status"), self.status_box)
        form.addRow(self.tr("Tujuan"), destination_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.article_list, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.status_box.currentIndexChanged.connect(self.reload_articles)
        self.destination_edit.textChanged.connect(self._update_buttons)
        self.article_list.itemChanged.connect(self._update_buttons)
        self.reload_articles()

    # -- selection -----------------------------------------------------------------------------
    def selected_format(self) -> str:
        return str(self.format_box.currentData())

    def selected_status(self) -> Status:
        return Status(self.status_box.currentData())

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.article_list.count()):
            item = self.article_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan ekspor"),
                                                  self.destination_edit.text())
        if folder:
            self.destination_edit.setText(folder)

    def _update_buttons(self) -> None:
        ready = (not self._running and bool(self.destination_edit.text().strip())
                 and bool(self.checked_ids()))
        self.export_button.setEnabled(ready)
        self.cancel_button.setEnabled(self._running)
        self.cancel_button.setVisible(self._running)
        self.close_button.setVisible(not self._running)
        for widget in (self.format_box, self.status_box, self.destination_edit,
                       self.article_list):
            widget.setEnabled(not self._running)

    # -- work in the pool ----------------------------------------------------------------------
    def _submit(self, kind: str, work: Callable[[Callable[..., None]], Any]) -> None:
        names = self.worker_thread_names

        def run(progress: Callable[..., None]) -> Any:
            names.append(threading.current_thread().name)
            return work(progress)

        # One key for both: whichever was asked last is the one whose answer counts.
        run_op(self, run, lambda result: self._on_finished(kind, result),
               lambda exc: self._on_failed(kind, exc), key="work", on_progress=self._on_progress)

    @Slot()
    def reload_articles(self) -> None:
        """List the articles in the chosen status (in a worker); all are checked."""
        if self._running:
            return
        status = self.selected_status()
        self.count_label.setText(self.tr("Memuat naskah…"))
        self.article_list.clear()
        self._update_buttons()
        store = self.store
        self._submit("list", lambda _progress: queries.list_articles(store, status=status,
                                                                     limit=None))

    @Slot()
    def start_export(self) -> None:
        """Export the checked articles to the destination, in a worker, with progress."""
        ids = self.checked_ids()
        destination = self.destination_edit.text().strip()
        if self._running or not ids or not destination:
            return
        fmt, options, store = self.selected_format(), self.options, self.store
        out_dir = Path(destination).expanduser()
        cancel = self._cancel
        cancel.clear()

        def work(progress: Callable[..., None]) -> list[Path]:
            def report(done: int, total: int) -> None:
                if cancel.is_set():
                    raise ExportCancelled()
                progress(done, total)

            return export_articles(store, fmt, ids, out_dir, options=options, progress=report)

        self._running = True
        self.progress_bar.setRange(0, len(ids))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.message_label.setText(self.tr("Mengekspor %1 naskah…").replace("%1", str(len(ids))))
        self._update_buttons()
        self._submit("export", work)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progressed.emit(done, total)

    def _on_finished(self, kind: str, result: Any) -> None:
        if kind == "list":
            self._show_articles(result)
        elif kind == "export":
            self._running = False
            self.progress_bar.setValue(self.progress_bar.maximum())
            paths = list(result)
            folder = paths[0].parent if paths else self.destination_edit.text()
            self.message_label.setText(self.tr("%1 berkas ditulis ke %2")
                                       .replace("%1", str(len(paths))).replace("%2", str(folder)))
            self._update_buttons()
            self.exportFinished.emit(paths)

    def _on_failed(self, kind: str, exc: Exception) -> None:
        message = (self.tr("Ekspor dibatalkan.") if isinstance(exc, ExportCancelled)
                   else message_for(exc))
        if kind == "export":
            self._running = False
            self._update_buttons()
        self.message_label.setText(self.tr("Gagal: %1").replace("%1", message))
        self.exportFailed.emit(message)

    def _show_articles(self, summaries: list[Any]) -> None:
        self.article_list.blockSignals(True)
        self.article_list.clear()
        for summary in summaries:
            item = QListWidgetItem(summary.headline)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(f"{summary.external_id or summary.id} · {summary.status.label}")
            self.article_list.addItem(item)
        self.article_list.blockSignals(False)
        self.count_label.setText(
            self.tr("%1 naskah berstatus %2").replace("%1", str(len(summaries)))
            .replace("%2", status_label(self.selected_status()).lower()))
        self._update_buttons()
        self.articlesLoaded.emit(len(summaries))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing while an export runs asks it to stop; finished files stay complete."""
        self._cancel.set()
        super().done(result)
