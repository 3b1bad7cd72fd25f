"""Does this PySide6 build keep Python's reference counts? Checked once, before the window.

Why this exists: PySide6/shiboken6 **6.12.0** drops one reference to ``None`` on every call
of a wrapped C++ method that returns nothing (``QObject.setObjectName``, ``setText``, ...)
and one to ``True``/``False`` on every ``Signal.emit``. From Python 3.12 on these objects
are immortal and nothing happens; on Python 3.10/3.11 their counts fall with every call
until the interpreter frees ``None`` or ``True`` itself — "Fatal Python error:
bool_dealloc" (or ``none_dealloc``), exit 134, usually while garbage-collecting at exit,
sooner in a long session. 6.11.2 is clean (measured: 1,000 ``setObjectName`` calls leave
``sys.getrefcount(None)`` unchanged there, and lower it by exactly 1,000 on 6.12.0).

``pyproject.toml`` keeps that release off Python < 3.12; this check catches a broken build
that is installed anyway (an old environment, a distribution package) by measuring, not by
version number: a few thousand wrapped calls, and the counts of ``None``/``True``/``False``
must come back where they were.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

PROBE_CALLS = 100
# A sound binding leaves the counts exactly where they were; a broken one loses one
# reference per call. Half the calls is far above any noise; few calls in all, because a
# broken binding is brought nearer its crash by the probe too (the references it lost are
# given back afterwards).
LOST_REFERENCES_LIMIT = PROBE_CALLS // 2


class _Probe(QObject):
    flag = Signal(bool)


def _qt_probe() -> None:
    """Wrapped calls that return nothing, and emits of a bool signal (each leaked on 6.12.0)."""
    probe = _Probe()
    for i in range(PROBE_CALLS):
        probe.setObjectName("probe")
        probe.flag.emit(bool(i & 1))


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _give_back(objects: tuple[object, ...], losses: list[int], rounds: int) -> None:
    """Return the references the probe's calls (``rounds`` runs) took from ``objects``."""
    import ctypes

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for obj, lost in zip(objects, losses, strict=True):
        for _ in range(max(lost, 0) * rounds):
            incref(obj)


def binding_fault(probe: Callable[[], None] = _qt_probe) -> str | None:
    """None when the Qt binding keeps reference counts; otherwise the message to show.

    On Python 3.12+ ``None``/``True``/``False`` are immortal (a lost reference cannot free
    them), so there is nothing to check.
    """
    if sys.version_info >= (3, 12) and probe is _qt_probe:
        return None
    probe()  # once to warm up caches (method lookups, the signal's first connection)
    before = _counts()
    probe()
    after = _counts()
    losses = [b - a for b, a in zip(before, after, strict=True)]
    lost = max(losses)
    if lost < LOST_REFERENCES_LIMIT:
        return None
    _give_back((None, True, False), losses, rounds=2)
    import PySide6

    version = PySide6.__version__
    python = ".".join(map(str, sys.version_info[:3]))
    return (f"PySide6 {version} di Python {python} merusak hitungan referensi Python "
            f"({lost} referensi hilang dalam {PROBE_CALLS} panggilan) dan akan membuat "
            "Redaksi mogok (\"bool_dealloc\"). Pasang versi lain, misalnya:\n"
            "    pip install 'PySide6-Essentials>=6.7,!=6.12.0'")
