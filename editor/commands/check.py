"""`redaksi check [FILE|-] [--format text|json]` and `redaksi check --jsonl FILE`.

Contract (DESIGN.md): JSON ``{"matches": [{offset, length, message, replacements, rule: {id,
category}}]}`` with offsets in Python characters; exit 0 when clean, 1 when issues were
found, 2 on error (message on stderr). ``--jsonl``: one ``{"id", "matches"}`` line out per
``{"id", "text"}`` line in, in input order.

A single document is read whole and validated before it is checked (unreadable file, invalid
UTF-8: exit 2, no output). ``--jsonl`` streams: one line in memory at a time, at most
``--max-line-bytes`` (4 MB) each; a bad line (too long, invalid UTF-8 or JSON, no id/text)
gets its own output line ``{"line", "error"}`` (with ``"id"`` when it has one) in its place
and a ``file:line:`` message on stderr, the following lines are still checked, and the exit
code is then 2.

The newsroom dictionary comes from the store when one can be read; ``check`` never needs a
database, and never creates one as a side effect (a default SQLite file that does not exist
yet simply has no words).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from editor.cli import EXIT_ERROR, EXIT_ISSUES, EXIT_OK
from editor.commands.common import fail
from editor.proofing.api import Issue
from editor.proofing.routing import DocumentResult, Notice, check_document


class InputError(Exception):
    """Input that cannot be checked; the message names the file (and line)."""


# -- loading --------------------------------------------------------------------------------
def newsroom_words(args: argparse.Namespace) -> tuple[list[str], str | None]:
    """The newsroom dictionary's words and, if the store could not be read, a warning."""
    words, _counts, warning = newsroom_knowledge(args)
    return words, warning


def newsroom_knowledge(args: argparse.Namespace) -> tuple[list[str], Any, str | None]:
    """The newsroom dictionary, the archive's term lexicon (``LanguageCounts`` or None) and,
    if the store could not be read, a warning."""
    if _no_sqlite_file(getattr(args, "db", None)
                       or os.environ.get("REDAKSI_DATABASE_URL", "").strip()):
        return [], None, None  # checked before importing the store (~0.4 s of start-up)
    from sqlalchemy.engine import make_url

    from editor.ops.queries import dictionary_words
    from editor.store import StoreError, default_database_url, open_store

    url = getattr(args, "db", None) or default_database_url()
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:") \
                    and not Path(database).expanduser().exists():
                return [], None, None  # no database yet, so no newsroom words yet
    except Exception:  # an invalid URL is reported by open_store below
        pass
    try:
        store = open_store(url)
    except StoreError as exc:
        return [], None, f"kamus redaksi tidak dimuat ({exc}); pemeriksaan tetap jalan tanpanya"
    except Exception as exc:  # e.g. the database driver is not installed
        return [], None, (f"kamus redaksi tidak dimuat ({type(exc).__name__}: {exc}); "
                          "pemeriksaan tetap jalan tanpanya")
    try:
        words = dictionary_words(store)
    except Exception as exc:  # e.g. the server went away between open and read
        store.close()
        return [], None, f"kamus redaksi tidak dimuat ({exc}); pemeriksaan tetap jalan tanpanya"
    try:
        counts = store.proofing_counts()
    except Exception as exc:
        store.close()
        return words, None, (f"leksikon istilah arsip tidak dimuat ({exc}); pemeriksaan "
                             "tetap jalan tanpanya")
    # The counts ask the search index about the topic of a correction while the check
    # runs: the store stays open until the command is done (``release_stores``).
    if not _OPEN_STORES:
        atexit.register(release_stores)
    _OPEN_STORES.append(store)
    return words, counts, None


#: stores kept open for the counts of a running command (see ``newsroom_knowledge``)
_OPEN_STORES: list[Any] = []


def release_stores() -> None:
    """Close the stores that ``newsroom_knowledge`` kept open (at the end of a command)."""
    while _OPEN_STORES:
        try:
            _OPEN_STORES.pop().close()
        except Exception:  # closing a store whose server went away: nothing left to do
            pass


def _no_sqlite_file(url: str) -> bool:
    """``url`` is a plain ``sqlite:///PATH`` URL whose file does not exist (the same test as
    below with ``make_url``, for the URLs it reads the same way: no query, no escapes)."""
    if not url.startswith("sqlite:///") or "?" in url or "%" in url:
        return False
    database = url[len("sqlite:///"):]
    return bool(database) and database != ":memory:" and not database.startswith("file:") \
        and not Path(database).expanduser().exists()


def build_proofreader(args: argparse.Namespace) -> Any:
    """The Indonesian proofreader with the newsroom dictionary (warning on stderr if absent)."""
    from editor.proofing.engine import Proofreader

    words, counts, warning = newsroom_knowledge(args)
    if warning:
        print(f"redaksi: peringatan: {warning}", file=sys.stderr)
    return Proofreader(dictionary_words=words, counts=counts)


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{name}:{line}: bukan UTF-8 yang sah (bita ke-{exc.start + 1}: "
                         f"{data[exc.start:exc.start + 1]!r}); simpan berkas sebagai UTF-8") \
            from None
    return text.removeprefix("\ufeff")  # a UTF-8 byte-order mark is not part of the text


def read_input(path: str) -> tuple[str, str]:
    """``(display name, text)`` of a file, or of stdin for ``-``."""
    if path == "-":
        if sys.stdin.isatty():
            print("redaksi: membaca teks dari stdin (akhiri dengan Ctrl+D)", file=sys.stderr)
        return "<stdin>", _decode(sys.stdin.buffer.read(), "<stdin>")
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: ini folder, bukan berkas") from None
    except OSError as exc:
        raise InputError(f"{path}: tidak bisa dibaca: {exc.strerror or exc}") from None
    return path, _decode(data, path)


#: Longest JSONL line ``check --jsonl`` reads (an article is a few KB; the archive's longest
#: is ~150 KB): a longer line is skipped without being held in memory, and reported.
MAX_JSONL_LINE_BYTES = 4_000_000
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """One non-blank input line: its record, or why it cannot be checked."""

    number: int
    record_id: Any = None
    text: str | None = None
    error: str | None = None


def _record(name: str, number: int, line: str) -> tuple[Any, str]:
    """``(id, text)`` of one JSONL line; ``InputError`` naming the line otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}:{number}: JSON tidak sah: {exc.msg} (kolom {exc.colno})") \
            from None
    except RecursionError:
        raise InputError(f"{name}:{number}: JSON bersarang terlalu dalam") from None
    if not isinstance(record, dict):
        raise InputError(f"{name}:{number}: harus objek JSON {{\"id\", \"text\"}}")
    if "id" not in record or record["id"] is None:
        raise InputError(f"{name}:{number}: kolom \"id\" tidak ada")
    if not isinstance(record["id"], str | int) or isinstance(record["id"], bool):
        raise InputError(f"{name}:{number}: kolom \"id\" harus string atau bilangan")
    if not isinstance(record.get("text"), str):
        raise InputError(f"{name}:{number}: kolom \"text\" tidak ada atau bukan string")
    return record["id"], record["text"]


def read_jsonl(stream: BinaryIO, name: str,
               max_bytes: int = MAX_JSONL_LINE_BYTES) -> Iterator[JsonlLine]:
    """The non-blank lines of a JSONL stream, read one at a time (lines end at ``\\n`` only:
    U+2028 inside a JSON string is text). A line over ``max_bytes`` is skipped in chunks,
    never held whole, and comes back as an error naming its line, like any other bad line."""
    number = 0
    while chunk := stream.readline(max_bytes + 1):
        number += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            size = len(chunk)
            del chunk
            while part := stream.readline(_SKIP_CHUNK):
                size += len(part)
                if part.endswith(b"\n"):
                    break
            yield JsonlLine(number, error=(
                f"{name}:{number}: baris terlalu panjang ({size:,} bita, paling banyak "
                f"{max_bytes:,}); dilewati").replace(",", "."))
            continue
        if number == 1:
            chunk = chunk.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark
        try:
            line = chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield JsonlLine(number, error=(
                f"{name}:{number}: bukan UTF-8 yang sah (bita ke-{exc.start + 1} baris ini: "
                f"{chunk[exc.start:exc.start + 1]!r})"))
            continue
        if not line.strip():
            continue
        try:
            record_id, text = _record(name, number, line)
        except InputError as exc:
            yield JsonlLine(number, error=str(exc))
            continue
        yield JsonlLine(number, record_id, text)


# -- output ---------------------------------------------------------------------------------
def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _columns(text: str) -> int:
    """Terminal columns ``text`` takes (wide characters such as emoji take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else
               0 if unicodedata.combining(ch) or ch == "\u200d" else 1 for ch in text)


def format_text(name: str, text: str, issues: list[Issue]) -> str:
    """Human-friendly report: ``file:line:col: message [rule]``, the line, a caret, fixes."""
    out: list[str] = []
    for issue in issues:
        line_no, col = _line_col(text, issue.offset)
        start = text.rfind("\n", 0, issue.offset) + 1
        end = text.find("\n", issue.offset)
        line = text[start:end if end >= 0 else len(text)].replace("\t", " ").rstrip("\r")
        pad = _columns(line[:col - 1])
        width = max(1, _columns(line[col - 1:col - 1 + issue.length]))
        out.append(f"{name}:{line_no}:{col}: {issue.message} [{issue.rule_id}]")
        out.append(f"    {line}")
        out.append(f"    {' ' * pad}{'^' * width}")
        if issue.replacements:
            out.append(f"    saran: {', '.join(issue.replacements[:5])}")
        if issue.explanation:
            out.append(f"    {issue.explanation}")
    count = len(issues)
    out.append(f"{name}: {count} masalah ditemukan." if count else f"{name}: tidak ada masalah.")
    return "\n".join(out) + "\n"


def _tell(notices: list[Notice], told: set[str]) -> None:
    for notice in notices:
        if notice.code not in told:
            told.add(notice.code)
            print(f"redaksi: catatan: {notice.message}", file=sys.stderr)


# -- command --------------------------------------------------------------------------------
def _check_one(text: str, proofreader: Any, backend: Any) -> DocumentResult:
    return check_document(text, proofreader, english_backend=backend)


def _open_jsonl(path: str) -> tuple[str, BinaryIO]:
    if path == "-":
        if sys.stdin.isatty():
            print("redaksi: membaca JSONL dari stdin (akhiri dengan Ctrl+D)", file=sys.stderr)
        return "<stdin>", sys.stdin.buffer
    try:
        return path, open(path, "rb")  # noqa: SIM115 - closed by run()
    except IsADirectoryError:
        raise InputError(f"{path}: ini folder, bukan berkas") from None
    except OSError as exc:
        raise InputError(f"{path}: tidak bisa dibaca: {exc.strerror or exc}") from None


def _run_jsonl(args: argparse.Namespace, proofreader: Any, backend: Any) -> int:
    """Stream ``--jsonl``: each line checked and written before the next is read."""
    max_bytes = getattr(args, "max_line_bytes", None) or MAX_JSONL_LINE_BYTES
    if max_bytes < 1:
        return fail(f"--max-line-bytes {max_bytes} tidak sah (paling sedikit 1)")
    try:
        name, stream = _open_jsonl(args.jsonl)
    except InputError as exc:
        return fail(str(exc))
    told: set[str] = set()
    found = bad = False
    try:
        for item in read_jsonl(stream, name, max_bytes):
            row: dict[str, Any]
            if item.error is None:
                try:
                    result = _check_one(item.text or "", proofreader, backend)
                except Exception as exc:  # an engine bug: this line only, say so plainly
                    item = JsonlLine(item.number, item.record_id, error=(
                        f"{name}:{item.number}: pemeriksaan gagal karena galat internal: "
                        f"{exc!r}"))
                else:
                    _tell(result.notices, told)
                    found = found or bool(result.issues)
                    row = {"id": item.record_id,
                           "matches": [i.to_json() for i in result.issues]}
            if item.error is not None:
                bad = True
                print(f"redaksi: {item.error}", file=sys.stderr)
                row = {"line": item.number, "error": item.error}
                if item.record_id is not None:
                    row = {"id": item.record_id, **row}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except OSError as exc:
        return fail(f"{name}: tidak bisa dibaca: {exc.strerror or exc}")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if bad:
        return EXIT_ERROR
    return EXIT_ISSUES if found else EXIT_OK


def run(args: argparse.Namespace) -> int:
    from editor.proofing.languagetool_backend import backend_from_env

    if args.jsonl is not None and args.file not in (None, "-"):
        return fail("pakai FILE atau --jsonl FILE, tidak keduanya")
    if args.jsonl is None:
        try:
            name, text = read_input(args.file or "-")
        except InputError as exc:
            return fail(str(exc))

    proofreader = build_proofreader(args)
    backend = backend_from_env()
    try:
        if args.jsonl is not None:
            return _run_jsonl(args, proofreader, backend)
        told: set[str] = set()
        try:
            result = _check_one(text, proofreader, backend)
            _tell(result.notices, told)
            if args.format == "json":
                sys.stdout.write(json.dumps({"matches": [i.to_json() for i in result.issues]},
                                            ensure_ascii=False, indent=2) + "\n")
            else:
                sys.stdout.write(format_text(name, text, result.issues))
            sys.stdout.flush()
        except Exception as exc:  # an engine bug: say so plainly instead of a traceback
            return fail(f"{name}: pemeriksaan gagal karena galat internal: {exc!r}")
        return EXIT_ISSUES if result.issues else EXIT_OK
    finally:
        if backend is not None:
            backend.close()
        release_stores()


__all__ = ["EXIT_ERROR", "InputError", "JsonlLine", "build_proofreader", "newsroom_words",
           "release_stores",
           "read_jsonl", "run"]
