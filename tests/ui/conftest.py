"""UI tests: real widgets offscreen, settings in a temporary folder per test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from editor.ui.app import configure_application


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("REDAKSI_RECOVERY_DIR", str(tmp_path / "recovery"))
    configure_application(qapp)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture
def make_window(qtbot):
    """Build MainWindow objects on a store; waits for the first list load.

    At teardown the windows are marked clean first, so closing them does not stop the test
    run on a modal "unsaved changes" question.
    """
    from editor.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(store, user: str = "ana") -> MainWindow:
        window = MainWindow(store, user)
        windows.append(window)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_dirty", False))
        with qtbot.waitSignal(window.list_panel.loaded, timeout=5000):
            window.show()
        return window

    return make
