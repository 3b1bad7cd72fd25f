"""The Qt binding keeps Python's reference counts (issue 14, item 12: "bool_dealloc" at exit).

PySide6 6.12.0 loses a reference to None on every wrapped call that returns nothing and one
to True/False on every Signal.emit; on Python < 3.12 the interpreter then frees None or True
and aborts (exit 134), at exit or mid-session. pyproject.toml keeps that release off; these
tests fail on an environment that has it anyway, and check that the app refuses to start on
such a binding instead of crashing later.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

from editor.ui import binding_check
from editor.ui.binding_check import PROBE_CALLS, binding_fault


class _Flags(QObject):
    flag = Signal(bool)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_the_installed_qt_binding_keeps_reference_counts(qapp):
    assert binding_fault() is None
    # The same, measured directly: void calls and bool emits to a Python slot.
    flags = _Flags()
    heard: list[bool] = []
    flags.flag.connect(heard.append)
    for i in range(50):  # warm up
        flags.setObjectName("x")
        flags.flag.emit(bool(i & 1))
    heard.clear()
    before = _counts()
    for i in range(500):
        flags.setObjectName("x")
        flags.flag.emit(bool(i & 1))
    heard.clear()
    after = _counts()
    if sys.version_info < (3, 12):  # immortal from 3.12 on: the counts mean nothing there
        assert all(a >= b - 5 for b, a in zip(before, after, strict=True)), (before, after)


def test_a_binding_that_loses_references_is_named_and_repaired():
    decref = ctypes.pythonapi.Py_DecRef
    decref.argtypes = [ctypes.py_object]

    def leaky() -> None:  # what 6.12.0 does to None on every void call
        for _ in range(PROBE_CALLS):
            decref(None)

    before = sys.getrefcount(None)
    message = binding_fault(leaky)
    assert message is not None
    assert "PySide6" in message and "!=6.12.0" in message and "bool_dealloc" in message
    assert sys.getrefcount(None) >= before  # the probe gave back what it took


def test_the_app_refuses_to_start_on_a_broken_binding(qapp, monkeypatch, capsys):
    from editor.ui import app as app_module
    from editor.ui import crash_report, session_start

    opened: list[str] = []
    monkeypatch.setattr(crash_report, "install", lambda: None)  # no log file, no hooks
    monkeypatch.setattr(binding_check, "binding_fault", lambda: "PySide6 rusak")
    monkeypatch.setattr(session_start, "open_session",
                        lambda *a, **k: opened.append("session") or 2)
    assert app_module.run_app("sqlite://") == 2
    assert opened == []  # no store, no window
    assert "PySide6 rusak" in capsys.readouterr().err
