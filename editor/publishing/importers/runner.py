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

from sqlalchemy.exc import IntegrityError

from editor.domain.editing import EditRefused
from editor.domain.records import ImportRecord, ImportResult
from editor.publishing.importers.base import ArchiveImporter, ImportFormatError, check_text
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


#: Limits of what one archive item may carry (the store's columns, and SQL's own limits on
#: how many values one statement may bind).
MAX_EXTERNAL_ID = 255
MAX_TAGS = 500
MAX_TAG_LENGTH = 200


def _checked(records: Iterator[ImportRecord], path: Path) -> Iterator[ImportRecord]:
    """Refuse, naming file and line, what no format may bring in: an id used twice in the
    same file (the second would silently replace the first), ids or tags the store cannot
    hold, and text no database can store (NUL, lone surrogates) in any field."""
    seen: dict[str, int] = {}
    for record in records:
        article = record.article
        where = record.line
        ext = article.external_id
        if ext is not None:
            if len(ext) > MAX_EXTERNAL_ID:
                raise ImportFormatError(path, where, f"id terlalu panjang ({len(ext)} karakter,"
                                                     f" paling banyak {MAX_EXTERNAL_ID})")
            if ext in seen:
                raise ImportFormatError(path, where, f"id {ext[:80]!r} sudah dipakai di baris/"
                                                     f"butir {seen[ext]} berkas ini")
            seen[ext] = where
        if len(article.tags) > MAX_TAGS:
            raise ImportFormatError(path, where, f"terlalu banyak tag ({len(article.tags)}, "
                                                 f"paling banyak {MAX_TAGS})")
        long_tag = next((t for t in article.tags if len(t) > MAX_TAG_LENGTH), None)
        if long_tag is not None:
            raise ImportFormatError(path, where, f"tag terlalu panjang ({len(long_tag)} "
                                                 f"karakter, paling banyak {MAX_TAG_LENGTH})")
        try:
            check_text(article.content_dict(), "naskah")
            check_text(ext or "", "id")
        except ValueError as exc:
            raise ImportFormatError(path, where, str(exc)) from exc
        yield record


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
    records = _cancellable(_checked(importer.records(path), path), cancel)
    if records_filter is not None:  # the operations layer's rules (unique slugs)
        records = records_filter(records)
    index = getattr(store, "search", None)
    previous = getattr(index, "progress", None)
    if progress is not None and index is not None:
        index.progress = lambda done, count: progress(done, count, "naskah")
    try:
        return store.articles.import_articles(records, user=user)  # type: ignore[attr-defined]
    except EditRefused as exc:  # a personal login on PostgreSQL
        raise ImportFormatError(path, None, str(exc)) from exc
    except IntegrityError as exc:  # the same ids stored by another import at the same time
        raise ImportFormatError(
            path, None, "impor lain menyimpan naskah yang sama pada saat yang sama; jalankan "
                        "lagi (dari berkas ini belum ada yang disimpan)") from exc
    finally:
        if index is not None and progress is not None:
            index.progress = previous
