"""Running an import the same way from the terminal and from the app.

``run_import`` picks the importer for a format, reports progress through one callback
``(done, total, unit)`` and checks a cancel flag between items. Cancelling raises
:class:`ImportCancelled` out of the record stream, so the repository's single transaction
rolls back and nothing of the file is stored. A Qt worker passes a ``threading.Event`` it
sets from the UI thread; the CLI passes a callback that drives a tqdm bar.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from editor.domain.records import ImportRecord, ImportResult
from editor.publishing.importers.base import ArchiveImporter, ImportFormatError
from editor.publishing.importers.jsonl import JsonlImporter
from editor.publishing.importers.markdown_folder import MarkdownFolderImporter, markdown_files
from editor.publishing.importers.wxr import WxrImporter

#: (done, total, unit) with unit "B" (bytes of the file on disk), "berkas" (Markdown files)
#: or, once the articles are stored and the search index catches up, "naskah" (articles).
ImportProgress = Callable[[int, int, str], None]
FORMATS = ("jsonl", "wxr", "markdown")


class ImportCancelled(Exception):
    """The user cancelled; the import transaction was rolled back."""


def progress_total(fmt: str, path: Path) -> tuple[int, str]:
    """What progress counts up to for this input: file bytes, or Markdown files."""
    if fmt == "markdown":
        return (len(markdown_files(path)) if path.is_dir() else 0), "berkas"
    return (path.stat().st_size if path.is_file() else 0), "B"


def make_importer(fmt: str, progress: ImportProgress | None = None,
                  total: int = 0) -> ArchiveImporter:
    """The importer for ``fmt`` wired to ``progress``."""

    def on_bytes(done: int) -> None:
        if progress:
            progress(done, total, "B")

    def on_file(done: int, count: int) -> None:
        if progress:
            progress(done, count, "berkas")

    if fmt == "jsonl":
        return JsonlImporter(on_bytes=on_bytes)
    if fmt == "wxr":
        return WxrImporter(on_bytes=on_bytes)
    if fmt == "markdown":
        return MarkdownFolderImporter(on_file=on_file)
    raise ValueError(f"format impor tidak dikenal: {fmt!r} (pilih {', '.join(FORMATS)})")


def _cancellable(records: Iterator[ImportRecord],
                 cancel: threading.Event | None) -> Iterator[ImportRecord]:
    for record in records:
        if cancel is not None and cancel.is_set():
            raise ImportCancelled("impor dibatalkan pengguna")
        yield record
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("impor dibatalkan pengguna")


def run_import(store: object, fmt: str, path: Path, *, user: str = "import",
               progress: ImportProgress | None = None,
               cancel: threading.Event | None = None,
               records_filter: Callable[[Iterator[ImportRecord]], Iterator[ImportRecord]]
               | None = None) -> ImportResult:
    """Parse ``path`` as ``fmt`` and store it in one transaction (safe to call in a worker).

    Raises :class:`ImportFormatError` for bad input and :class:`ImportCancelled` when
    ``cancel`` was set; in both cases nothing was stored.
    """
    if fmt != "markdown" and not path.is_file():
        raise ImportFormatError(path, None, "berkas tidak ditemukan")
    if fmt == "markdown" and not path.is_dir():
        raise ImportFormatError(path, None, "folder tidak ditemukan")
    total, _unit = progress_total(fmt, path)
    importer = make_importer(fmt, progress, total)
    records = _cancellable(importer.records(path), cancel)
    if records_filter is not None:  # the operations layer's rules (unique slugs)
        records = records_filter(records)
    index = getattr(store, "search", None)
    previous = getattr(index, "progress", None)
    if progress is not None and index is not None:
        index.progress = lambda done, count: progress(done, count, "naskah")
    try:
        return store.articles.import_articles(records, user=user)  # type: ignore[attr-defined]
    finally:
        if index is not None and progress is not None:
            index.progress = previous
