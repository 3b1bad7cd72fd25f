"""Checks in worker processes with a hard deadline and a memory cap (``serve-lt``).

The proofreader looks at its deadline between steps; a step that runs long (a future rule's
regex on some input nobody foresaw) cannot be interrupted inside one Python thread, and a
check that allocates without bound would grow the whole server. So the server hands each
check to a worker process: the worker caps its own address space (``RLIMIT_AS``) and keeps
the soft deadline; the server waits for the answer at most until the deadline plus a grace,
then kills that worker (SIGKILL) and starts a fresh one in the background. Either way the
client gets a clear 413, and the server and its other clients go on.

Workers come from multiprocessing's ``forkserver`` (``spawn`` where there is none): never a
fork of the threaded HTTP server. Each builds its own proofreader from a picklable
:class:`CheckerSpec` (newsroom dictionary and archive counts), ~0.3 s.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from editor.proofing.api import CheckTimeout, Issue

log = logging.getLogger(__name__)

#: Address space a worker may grow by beyond what it has after loading (a 100,000-character
#: check needs ~100 MB).
WORKER_MEMORY_HEADROOM = 1_500_000_000
#: How long past the deadline the server waits for a worker before killing it.
KILL_GRACE_SECONDS = 1.0


class CheckTooLarge(Exception):
    """The check ran out of the worker's memory cap."""


class CheckerFailed(Exception):
    """The worker died or failed without an answer (its message is for the log)."""


@dataclass(frozen=True)
class CheckerSpec:
    """What a worker needs to build the same checker as the server's: picklable."""

    dictionary_words: tuple[str, ...] = ()
    counts: Any = None
    #: ``"module:function"`` returning an ``IndonesianChecker`` from this spec (tests use
    #: their own); default: the Indonesian proofreader.
    factory: str = "editor.proofing.check_workers:build_proofreader"
    english_from_env: bool = True

    @classmethod
    def of(cls, proofreader: Any) -> CheckerSpec:
        """The spec of an existing ``Proofreader`` (its dictionary and counts)."""
        return cls(tuple(sorted(getattr(proofreader, "dictionary_words", ()))),
                   getattr(proofreader, "counts", None))


def build_proofreader(spec: CheckerSpec) -> Any:
    from editor.proofing.engine import Proofreader

    return Proofreader(dictionary_words=spec.dictionary_words, counts=spec.counts)


@dataclass(frozen=True)
class CheckResult:
    """A worker's answer (picklable)."""

    issues: list[Issue]
    incomplete: bool = False
    language: str = "id"
    notices: Sequence[Any] = field(default_factory=tuple)


def _resolve(path: str) -> Callable[[CheckerSpec], Any]:
    import importlib

    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _cap_memory(headroom: int) -> None:
    try:
        import resource

        with open(f"/proc/{os.getpid()}/statm") as f:
            size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = size + headroom
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, ImportError):  # not Linux: no cap, the deadline still holds
        pass


def _worker_main(conn: Connection, spec: CheckerSpec, headroom: int) -> None:
    """A worker: build the checker, then answer ``(text, auto, seconds)`` requests."""
    from editor.proofing.routing import check_document

    checker = _resolve(spec.factory)(spec)
    english = None
    if spec.english_from_env:
        from editor.proofing.languagetool_backend import backend_from_env

        english = backend_from_env()
    identifier = None
    _cap_memory(headroom)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        text, auto, seconds = request
        deadline = time.monotonic() + seconds
        try:
            if auto:
                if identifier is None:
                    from editor.proofing.language import LanguageIdentifier

                    identifier = LanguageIdentifier()
                result = check_document(text, checker, english_backend=english,
                                        identifier=identifier, deadline=deadline)
                answer: tuple = ("ok", CheckResult(list(result.issues), bool(result.notices),
                                                   result.language))
            else:
                answer = ("ok", CheckResult(list(checker.check(text, deadline=deadline))))
        except CheckTimeout:
            answer = ("timeout", None)
        except MemoryError:
            conn.send(("memory", None))
            return  # a worker that ran out of memory is not trusted further
        except Exception as exc:  # a checker bug: this request only
            answer = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx: Any, spec: CheckerSpec, headroom: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, spec, headroom),
                                   daemon=True, name="redaksi-check")
        self.process.start()
        child.close()
        self.pid = 0

    def wait_ready(self, timeout: float) -> bool:
        if not self.conn.poll(timeout):
            return False
        try:
            kind, pid = self.conn.recv()
        except (EOFError, OSError):
            return False
        self.pid = pid
        return kind == "ready"

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        except (OSError, ValueError):
            pass
        self.conn.close()


class CheckPool:
    """``size`` worker processes; :meth:`run` checks one text in an idle one."""

    def __init__(self, spec: CheckerSpec, size: int = 2, *,
                 headroom: int = WORKER_MEMORY_HEADROOM, start_timeout: float = 120.0) -> None:
        import sys

        methods = multiprocessing.get_all_start_methods()
        # A frozen bundle answers as a worker through freeze_support(), which spawn needs.
        forkserver = "forkserver" in methods and not getattr(sys, "frozen", False)
        self._ctx = multiprocessing.get_context("forkserver" if forkserver else "spawn")
        if forkserver:  # restarts then skip most imports
            self._ctx.set_forkserver_preload(["editor.proofing.engine",
                                              "editor.proofing.routing"])
        self.spec = spec
        self.size = max(1, size)
        self.headroom = headroom
        self.start_timeout = start_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self.restarts = 0
        workers = [self._new() for _ in range(self.size)]
        for worker in workers:
            if not worker.wait_ready(start_timeout):
                self.close()
                raise CheckerFailed("proses pemeriksa tidak siap")
            self._idle.put(worker)

    def _new(self) -> _Worker:
        worker = _Worker(self._ctx, self.spec, self.headroom)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        """Kill ``dead`` and start its successor in the background (the answer to the
        client does not wait for it)."""
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            self.restarts += 1

        def start() -> None:
            if self._closed:
                return
            worker = self._new()
            if worker.wait_ready(self.start_timeout) and not self._closed:
                self._idle.put(worker)
            else:
                worker.kill()

        threading.Thread(target=start, daemon=True, name="redaksi-check-restart").start()

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._all if w.pid)

    def run(self, text: str, *, auto: bool, seconds: float, wait: float) -> CheckResult:
        """Check ``text`` within ``seconds`` (hard); ``queue.Empty`` after ``wait`` seconds
        without an idle worker."""
        worker = self._idle.get(timeout=wait)
        try:
            worker.conn.send((text, auto, seconds))
            answered = worker.conn.poll(seconds + KILL_GRACE_SECONDS)
            if answered:
                kind, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise CheckerFailed(f"proses pemeriksa berhenti: {exc!r}") from None
        if not answered:
            log.warning("pemeriksaan melewati %.1f s; proses %d dihentikan", seconds,
                        worker.pid)
            self._replace(worker)
            raise CheckTimeout("pemeriksaan melewati batas waktu")
        if kind == "memory":
            self._replace(worker)
            raise CheckTooLarge("pemeriksaan melewati batas memori")
        self._idle.put(worker)
        if kind == "timeout":
            raise CheckTimeout("pemeriksaan melewati batas waktu")
        if kind == "error":
            raise CheckerFailed(str(payload))
        return payload

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
