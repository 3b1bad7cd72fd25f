"""The one background mechanism (editor.ui.operations): bound to the widget that asked,
latest result wins, failures shown, progress, running count, and the change hub."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from editor.ops import Change, Changes
from editor.ops.errors import HeadlineMissing
from editor.ui.operations import ChangeHub, run_op, running_ops, supersede, wait_for_ops


def test_latest_result_wins_and_an_overtaken_op_is_dropped(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    release = threading.Event()
    got: list[str] = []
    run_op(widget, lambda: (release.wait(5), "old")[1], got.append, key="q")
    run_op(widget, lambda: "new", got.append, key="q")
    qtbot.waitUntil(lambda: got == ["new"], timeout=5000)
    release.set()
    wait_for_ops()
    qtbot.wait(50)
    assert got == ["new"]


def test_supersede_drops_a_running_op(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    release = threading.Event()
    got: list[str] = []
    run_op(widget, lambda: (release.wait(5), "late")[1], got.append, key="q")
    supersede(widget, "q")
    release.set()
    wait_for_ops()
    qtbot.wait(50)
    assert got == []


def test_nothing_reaches_a_destroyed_widget(qtbot):
    label = QLabel()
    release = threading.Event()
    delivered: list[str] = []
    run_op(label, lambda: (release.wait(5), "text")[1],
           lambda text: (label.setText(text), delivered.append(text)))
    label.deleteLater()
    qtbot.wait(20)   # the label is gone before the work ends
    release.set()
    wait_for_ops()
    qtbot.wait(50)   # delivering would raise "Internal C++ object already deleted"
    assert delivered == []


def test_failure_dialog_by_default_in_the_ui_language(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()

    def fail() -> None:
        raise HeadlineMissing()

    run_op(widget, fail)
    qtbot.waitUntil(lambda: widget.window().findChild(QMessageBox, "operationFailedBox")
                    is not None, timeout=5000)
    box = widget.window().findChild(QMessageBox, "operationFailedBox")
    assert "judul" in box.text()
    box.close()


def test_progress_and_running_count(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    release = threading.Event()
    seen: list[tuple[int, int]] = []

    def work(report) -> str:
        for done in range(1, 4):
            report(done, 3)
        release.wait(5)
        return "ok"

    done: list[str] = []
    run_op(widget, work, done.append, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert running_ops() >= 1
    release.set()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    wait_for_ops()
    assert seen == [(1, 3), (2, 3), (3, 3)] and running_ops() == 0


def test_change_hub_publishes_an_ops_changes_and_forgets_dead_subscribers(qtbot):
    hub = ChangeHub()
    widget = QWidget()
    heard: list[Changes] = []
    hub.subscribe(widget, heard.append)

    class Result:
        changes = Changes.of(Change.CONTENT, ids=(3,))

    run_op(widget, Result, hub=hub)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard[0].touches(3)
    widget.deleteLater()
    qtbot.wait(20)
    hub.publish(Changes.of(Change.CREATED))
    assert len(heard) == 1
