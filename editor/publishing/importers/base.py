"""What every archive importer shares: opening (possibly compressed) files with byte progress,
and errors that name the file and line.

An importer is an object with ``name`` and ``records(path) -> Iterator[ImportRecord]``; it
only parses. Storing is the repository's ``import_articles`` so every format gets the same
transaction and idempotency rules.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, Protocol

from editor.domain.dateline import IndonesianTimeZone
from editor.store.repository import ImportRecord


class ImportFormatError(ValueError):
    """Malformed input. The message names the file and the line (or item) and the field."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.reason = message


class ArchiveImporter(Protocol):
    name: str

    def records(self, path: Path) -> Iterator[ImportRecord]: ...


class ByteCountingReader(io.RawIOBase):
    """Wraps the raw file so progress can be shown in bytes of the file on disk, which is
    known in advance even when the content is compressed."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.bytes_read += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_binary(path: Path) -> tuple[IO[bytes], ByteCountingReader]:
    """Open a file that may be .gz, .xz/.lzma or .bz2 compressed; decompressed bytes out.

    Line-oriented formats decode each line themselves, so an invalid byte is reported on
    its own line rather than somewhere in a decoding chunk.
    """
    try:
        raw = ByteCountingReader(open(path, "rb"))  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise ImportFormatError(path, None, f"tidak bisa dibuka: {exc.strerror or exc}") from exc
    suffix = path.suffix.lower()
    buffered = io.BufferedReader(raw, buffer_size=1 << 16)
    stream: IO[bytes]
    if suffix == ".gz":
        stream = gzip.GzipFile(fileobj=buffered)
    elif suffix in (".xz", ".lzma"):
        stream = lzma.LZMAFile(buffered)
    elif suffix == ".bz2":
        stream = bz2.BZ2File(buffered)
    else:
        stream = buffered
    return stream, raw


def open_text(path: Path) -> tuple[IO[str], ByteCountingReader]:
    """Open a possibly compressed file as strict UTF-8 text (for whole-document formats)."""
    stream, raw = open_binary(path)
    return io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline=""), raw


WIB = IndonesianTimeZone.WIB.tzinfo


def parse_date(value: Any) -> datetime | None:
    """Archive dates: "2019-09-10", "2019-09-10T08:30", with or without offset (naive = WIB)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"tanggal harus berupa teks, bukan {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(0, 0), WIB)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"tanggal tidak sah: {value!r} (pakai YYYY-MM-DD)") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB)
