"""An uncaught exception is logged in the user data folder and shown, not lost."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from editor.ui import crash_report


def test_uncaught_exception_is_logged_and_shown(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(crash_report.ENV_LOG_DIR, str(tmp_path / "logs"))
    old_hook = sys.excepthook
    try:
        path = crash_report.install()
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        try:
            raise ZeroDivisionError("pembagian nol di slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        text = path.read_text(encoding="utf-8")
        assert "ZeroDivisionError: pembagian nol di slot" in text
        boxes = [w for w in qtbot_widgets() if isinstance(w, QMessageBox)
                 and w.objectName() == "crashReportBox"]
        assert boxes and str(path) in boxes[0].text()
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = old_hook


def qtbot_widgets():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()
