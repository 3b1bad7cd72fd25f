"""Analysing many articles at once (an import, a catch-up, a rebuild) in worker processes.

The index's text analysis (stems and names, :mod:`editor.related.analysis`) and the spelling
lexicon's counts (``count_text``) are pure functions of an article's text, and after an
import they are most of its time. :func:`run_all` hands a batch's tasks to worker processes
(``spawn``: fresh interpreters, never a fork of the threaded app) and gives the results back
in task order, so what is stored is exactly what one process would store; a small batch, a
one-core machine, or a pool that fails to start or dies is done in this process instead.

The workers stay up between batches of one import (the index, then the lexicon) and stop
after :data:`IDLE_SECONDS` without work; they are direct children of this process, so
``resource.getrusage(RUSAGE_CHILDREN)`` counts their CPU once they have stopped
(:func:`shutdown`).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from editor.domain.records import IndexDocument

log = logging.getLogger(__name__)

#: Articles per task: large enough that passing the texts and results costs little beside
#: the work, small enough that two workers share a 2,000-article chunk evenly.
TASK_SIZE = 200
#: Fewer articles than this are analysed in this process (starting a worker costs ~0.5 s).
PARALLEL_MIN = 1000
#: Workers stop after this long without a task.
IDLE_SECONDS = 15.0
#: ``REDAKSI_INDEX_WORKERS``: how many worker processes (0 or 1: none, all in this process).
ENV_WORKERS = "REDAKSI_INDEX_WORKERS"

T = TypeVar("T")
R = TypeVar("R")

#: (article id, headline, summary, body, tags, kicker + subheadline): one article to index.
ArticleFields = tuple[int, str, str, str, Sequence[str], str]


def index_document(article_id: int, *, headline: str, summary: str, body: str,
                   tags: Sequence[str], extra_headline: str = "") -> IndexDocument:
    """Analyse one article's text into index fields (the same for every backend)."""
    from editor.related.analysis import analyzer, name_key

    a = analyzer()
    names = a.names("\n".join((headline, extra_headline, summary, body)))
    tag_terms: list[str] = []
    for tag in tags:
        tag_terms.extend(a.terms(tag))
        key = name_key(tag)
        if "_" in key:
            tag_terms.append(key)
    return IndexDocument(
        article_id=article_id,
        headline=tuple(a.terms(headline)),
        tags=tuple(tag_terms),
        names=tuple(names),
        summary=tuple(a.terms(f"{extra_headline}\n{summary}")),
        body=tuple(a.terms(body)),
    )


def index_documents(articles: Sequence[ArticleFields]) -> list[IndexDocument]:
    """:func:`index_document` of each article (one worker task)."""
    return [index_document(i, headline=h, summary=s, body=b, tags=t, extra_headline=x)
            for i, h, s, b, t, x in articles]


def sqlite_index_rows(articles: Sequence[ArticleFields]) -> list[tuple[tuple, tuple]]:
    """Per article, its ``search_fts`` row (the fields' terms joined by spaces) and its
    ``search_vectors`` row (:meth:`TermVector.stored`): what the SQLite index writes, made
    in the worker (one worker task)."""
    from editor.domain.records import FIELDS
    from editor.domain.term_vector import TermVector

    out = []
    for doc in index_documents(articles):
        out.append(((doc.article_id, *(" ".join(doc.field(f)) for f in FIELDS)),
                     TermVector.of(doc).stored()))
    return out


def count_texts(texts: Sequence[str]) -> Any:
    """The spelling counts of ``texts`` added up (one worker task): a ``TextCounts``."""
    from editor.proofing.spelling.counts import TextCounts, count_text

    total = TextCounts()
    for text in texts:
        count_text(text, into=total)
    return total


def tasks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def worker_count() -> int:
    """Worker processes to use: ``REDAKSI_INDEX_WORKERS``, else two where there are two
    cores or more (0: everything in this process)."""
    value = os.environ.get(ENV_WORKERS, "").strip()
    if value:
        try:
            return max(0, int(value))
        except ValueError:
            log.warning("%s=%r is not a number; using the default", ENV_WORKERS, value)
    return 2 if (os.cpu_count() or 1) >= 2 else 0


def _warm_up(parent: int) -> None:
    """Worker start: load the analyser (Sastrawi's dictionary, the stem table) once, and
    leave when the process that started it is gone (killed in the middle of an import, it
    never says so: the worker would wait for tasks for ever)."""
    from editor.related.analysis import analyzer

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    analyzer()


def _noop() -> None:
    return None


def _start_workers(count: int) -> ProcessPoolExecutor:
    """``count`` spawned workers, started now.

    A spawned process normally imports the parent's main script again (as ``__mp_main__``)
    before it runs anything; a script without an ``if __name__ == "__main__"`` guard would
    then run again in every worker. The workers here only run this module's functions, so
    they are started while ``__main__`` is a blank module: they import nothing of the
    script that started them."""
    executor = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_warm_up, initargs=(os.getpid(),))
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        # One task per worker: ProcessPoolExecutor starts a process for each while none
        # is idle, up to ``count``.
        started = [executor.submit(_noop) for _ in range(count)]
    finally:
        if main is not None:
            sys.modules["__main__"] = main
    for future in started:
        future.result()
    return executor


class _Pool:
    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._busy = 0
        # Held while workers are being stopped (by the idle timer or by shutdown()), so
        # that shutdown() returns only once they are gone (their CPU time then counts).
        self._stopping = threading.Lock()
        self.failed = False  # once a pool failed, this process stops trying

    def executor(self) -> ProcessPoolExecutor | None:
        count = worker_count()
        if count < 2 or self.failed:
            return None
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._executor is None:
                try:
                    self._executor = _start_workers(count)
                except (OSError, ValueError, RuntimeError):
                    log.exception("no worker processes; analysing in this process")
                    self.failed = True
                    return None
            self._busy += 1
            return self._executor

    def release(self) -> None:
        with self._lock:
            self._busy -= 1
            if self._busy == 0 and self._executor is not None:
                self._timer = threading.Timer(IDLE_SECONDS, self._stop_if_idle)
                self._timer.daemon = True
                self._timer.start()

    def broken(self) -> None:
        log.warning("worker processes failed; analysing in this process", exc_info=True)
        self.failed = True
        self.shutdown()

    def _stop_if_idle(self) -> None:
        with self._stopping:
            with self._lock:
                if self._busy:
                    return
                executor, self._executor, self._timer = self._executor, None, None
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)

    def shutdown(self) -> None:
        with self._stopping:
            with self._lock:
                if self._timer is not None:
                    self._timer.cancel()
                executor, self._executor, self._timer = self._executor, None, None
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)


_POOL = _Pool()


class Job:
    """Tasks started in the workers (or to be done here); :meth:`results` in task order."""

    def __init__(self, fn: Callable[[list[T]], R], parts: list[list[T]], *,
                 parallel: bool) -> None:
        self._fn: Callable[[Any], Any] = fn
        self._parts: list[Any] = parts
        self._futures: list[Future[Any]] | None = None
        self._executor = _POOL.executor() if parallel and len(parts) > 1 else None
        if self._executor is not None:
            try:
                self._futures = [self._executor.submit(fn, part) for part in parts]
            except Exception:  # noqa: BLE001 - a broken pool: done here instead
                _POOL.release()
                _POOL.broken()
                self._executor = None

    def results(self) -> list[Any]:
        out: list[Any] = []
        if self._futures is not None:
            try:
                for future in self._futures:
                    out.append(future.result())
            except Exception as exc:  # noqa: BLE001
                if not _is_pool_failure(exc):
                    raise
                for future in self._futures:
                    future.cancel()
                _POOL.broken()
            finally:
                _POOL.release()
                self._futures = None
        # What the workers did not do (none, or all when there are no workers) is done here.
        out.extend(self._fn(part) for part in self._parts[len(out):])
        return out

    def __iter__(self) -> Iterator[Any]:
        return iter(self.results())


def _is_pool_failure(exc: BaseException) -> bool:
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(exc, (BrokenProcessPool, OSError, EOFError)) \
        or type(exc).__name__ == "PicklingError"


def start(fn: Callable[[list[T]], R], items: Sequence[T], *, size: int | None = None,
          parallel: bool | None = None) -> Job:
    """Start ``fn`` over ``items`` in tasks of ``size`` (:data:`TASK_SIZE`): in the workers
    when ``parallel`` (default: when there are at least :data:`PARALLEL_MIN` items), else
    (lazily) here."""
    if parallel is None:
        parallel = len(items) >= PARALLEL_MIN
    return Job(fn, tasks(items, size or TASK_SIZE), parallel=parallel)


def shutdown() -> None:
    """Stop the workers now (they stop by themselves when idle; a benchmark stops them to
    count their CPU time)."""
    _POOL.shutdown()

