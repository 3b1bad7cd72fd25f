"""Importing an archive from the app: format, file or folder, progress, cancel.

The import runs in a worker through the same operation as the CLI (``editor.ops.import_archive``): one transaction, so
Cancel (or a malformed line) leaves nothing of the file stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.ops import Imported, import_archive
from editor.publishing.importers.runner import FORMATS, ImportCancelled
from editor.store import Store
from editor.ui.operations import ChangeHub, run_op

FORMAT_LABELS = {"jsonl": "JSON Lines (.jsonl, .jsonl.gz, .jsonl.xz)",
                 "wxr": "WordPress WXR (.xml)", "markdown": "Folder Markdown + front matter"}


class ImportDialog(QDialog):
    progressed = Signal(int, int, str)   # done, total, unit (on the UI thread)
    finished_import = Signal(object)     # ImportResult
    failed = Signal(str)

    def __init__(self, store: Store, user: str, parent: QWidget | None = None, *,
                 hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.hub = hub  # told what the import changed (the article list follows)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Impor arsip"))
        self.resize(560, 220)
        self.store, self.user = store, user
        self._cancel = threading.Event()
        self._running = False
        self.format_box = QComboBox(objectName="importFormat")
        for fmt in FORMATS:
            self.format_box.addItem(FORMAT_LABELS[fmt], fmt)
        self.path = QLineEdit(objectName="importPath")
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setVisible(False)
        self.message = QLabel(objectName="importMessage")
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Impor"), objectName="startImport")
        self.cancel_button = QPushButton(self.tr("Batal"), objectName="cancelImport")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Berkas/folder"), row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.progressed.connect(self._show_progress)

    def _browse(self) -> None:
        if self.format_box.currentData() == "markdown":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder arsip"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Berkas arsip"))
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        if self._running:
            return
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Pilih berkas atau folder arsip dulu."))
            return
        fmt, path = self.format_box.currentData(), Path(text)
        self._cancel.clear()
        self._running = True
        self.start_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Mengimpor…"))
        last = [-1]

        store, user, cancel = self.store, self.user, self._cancel

        def work(report: Callable[..., None]) -> Imported:
            def progress(done: int, total: int, unit: str) -> None:
                step = int(done * 1000 / total) if total else -1
                if step != last[0]:  # at most ~1000 updates, whatever the file size
                    last[0] = step
                    report(done, total, unit)

            return import_archive(store, fmt, path, user=user, progress=progress,
                                  cancel=cancel)

        run_op(self, work, self._done, self._failed, on_progress=self.progressed.emit,
               hub=self.hub)

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self.message.setText(self.tr("Membatalkan…"))
        else:
            self.reject()

    def _show_progress(self, done: int, total: int, unit: str) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
            self.progress.setFormat(f"%p% ({unit})")

    def _done(self, imported: Imported) -> None:
        result = imported.result
        self._running = False
        self.start_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = (self.tr("%1 naskah: %2 baru, %3 diperbarui, %4 tidak berubah")
                .replace("%1", str(result.total)).replace("%2", str(result.created))
                .replace("%3", str(result.updated)).replace("%4", str(result.unchanged)))
        if result.skipped:
            text += self.tr(", %1 dilewati (sudah disunting atau sedang dibuka di Redaksi)") \
                .replace("%1", str(result.skipped))
        self.message.setText(text)
        self.finished_import.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        self.start_button.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(exc, ImportCancelled):
            text = self.tr("Impor dibatalkan; tidak ada naskah yang disimpan.")
        else:
            text = str(exc) + "\n" + self.tr("Tidak ada naskah dari berkas ini yang disimpan.")
        self.message.setText(text)
        self.failed.emit(text)
