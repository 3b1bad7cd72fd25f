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
import json
import lzma
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any, Protocol, cast

from editor.domain.dateline import IndonesianTimeZone
from editor.domain.records import ImportRecord


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
    stream: io.BufferedIOBase
    if suffix == ".gz":
        stream = gzip.GzipFile(fileobj=buffered)
    elif suffix in (".xz", ".lzma"):
        stream = lzma.LZMAFile(buffered)
    elif suffix == ".bz2":
        stream = bz2.BZ2File(buffered)
    else:
        stream = buffered
    return cast(IO[bytes], stream), raw  # every one of them reads bytes like a file


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
            parsed = datetime.combine(date.fromisoformat(text), time(0, 0), WIB)
        else:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"tanggal tidak sah: {value!r} (pakai YYYY-MM-DD)") from exc
    return checked_date(parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB))


# The store keeps UTC and exports shift into WIB/WITA/WIT (or any offset up to a day), so a
# date must stay a valid datetime a day either side of its UTC value.
_MIN_UTC = datetime.min.replace(tzinfo=UTC) + timedelta(days=2)
_MAX_UTC = datetime.max.replace(tzinfo=UTC) - timedelta(days=2)


def checked_date(moment: datetime | None) -> datetime | None:
    """``moment`` (aware; naive is taken as WIB) if the store and the exporters can carry
    it; ValueError for dates like 0001-01-01 or 9999-12-31 that overflow in UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WIB)
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not _MIN_UTC <= utc <= _MAX_UTC:
        raise ValueError(f"tanggal di luar jangkauan: {moment.isoformat()}")
    return moment


def check_text(value: Any, field: str) -> None:
    """Refuse strings no database can store: lone UTF-16 surrogates (from JSON ``\\ud800``
    escapes) and NUL characters; ``value`` may be a list or dict of strings (checked
    recursively, keys too). ValueError names ``field``."""
    if not isinstance(value, str) and _clean(value):
        return
    if isinstance(value, str):
        found = _UNSTORABLE.search(value)
        if found:
            bad = found.group()
            what = "karakter NUL" if bad == "\x00" else f"surrogat tunggal U+{ord(bad):04X}"
            raise ValueError(f"{field}: teks memuat {what} (bukan teks Unicode yang sah)")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key, field)
            check_text(item, f"{field}.{key}" if isinstance(key, str) else field)
    elif isinstance(value, list):
        for item in value:
            check_text(item, field)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> bool:
    """True when ``value`` (a list or dict) surely holds no unstorable string: its JSON
    text (made in C, the strings as they are) has no lone surrogate and no NUL, which JSON
    writes as ``\\u0000``. Anything else (a ``\\u0000`` typed as text, a value JSON cannot
    write) goes through the field-by-field check, which names the field."""
    try:
        dumped = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return "\\u0000" not in dumped and _SURROGATE.search(dumped) is None

