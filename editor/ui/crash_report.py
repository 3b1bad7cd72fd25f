"""Unexpected errors: written to the app's log file and shown, never lost.

:func:`install` starts the app log (:mod:`editor.logs`: rotating, so it stays small, with
the version in each session's first line) and replaces ``sys.excepthook`` (and
``threading.excepthook``): an exception nobody caught — in a slot, a timer, a thread — is
logged with its traceback and, on the UI thread, shown in a dialog that says where the log
is. The app keeps running: the user's text stays in
the editor and the recovery journal still holds it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.logs import log_file, start_log
from editor.ui.messages import message_for

ENV_LOG_DIR = "REDAKSI_LOG_DIR"
log = logging.getLogger("redaksi")
_showing = False
_open_boxes: list[QMessageBox] = []


def log_path() -> Path:
    """Where the log is written: ``REDAKSI_LOG_DIR``, else the app log of
    :mod:`editor.logs` (one file per user, whatever wrote to it)."""
    folder = os.environ.get(ENV_LOG_DIR, "").strip()
    return Path(folder) / "redaksi.log" if folder else log_file()


def setup_logging() -> Path:
    """Start the app log (:func:`editor.logs.start_log`) once per file."""
    path = log_path()
    if not any(getattr(h, "baseFilename", None) == str(path)
               for h in logging.getLogger().handlers):
        start_log(path)
    return path


def report(exc_type: type[BaseException], exc: BaseException,
           tb: TracebackType | None) -> None:
    """Log an uncaught exception; show it when on the UI thread of a running app."""
    global _showing
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("uncaught exception\n%s", text)
    app = QCoreApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() == app.thread()
    if not isinstance(app, QApplication) or not on_ui_thread or _showing:
        print(text, file=sys.stderr)
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "Redaksi", QCoreApplication.translate(
            "CrashReport", "Terjadi kesalahan tak terduga: %1\n\nSuntingan Anda tetap di "
            "editor. Rinciannya tercatat di %2.").replace("%1", message_for(exc))
            .replace("%2", str(log_path())), QMessageBox.StandardButton.Ok,
            app.activeWindow())
        box.setObjectName("crashReportBox")
        box.setDetailedText(text)
        _open_boxes.append(box)  # a top-level box needs a reference until it is closed
        box.finished.connect(lambda _r: _open_boxes.remove(box))
        box.open()
    finally:
        _showing = False


def install() -> Path:
    """Log to the user data folder and catch what nobody caught; returns the log's path."""
    path = setup_logging()
    sys.excepthook = report

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return path
