"""JSON Lines archives: one object per line with id, title, body, date, tags, category,
source, url, location (DESIGN.md). Plain, .gz and .xz files are read directly."""

from __future__ import annotations

import json
import lzma
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from editor.domain.article import Article
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.records import ImportRecord
from editor.domain.workflow import Status
from editor.publishing.importers.base import (
    ImportFormatError,
    check_text,
    open_binary,
    parse_date,
)


def body_to_markdown(body: str) -> str:
    """Archive bodies separate paragraphs with single newlines; Markdown needs blank lines."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\n\n" in text:
        return text
    return "\n\n".join(p.strip() for p in text.split("\n") if p.strip())


def _tags(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    if isinstance(value, list) and all(isinstance(t, str) for t in value):
        return tuple(t.strip() for t in value if t.strip())
    raise ValueError("tags harus berupa daftar teks atau teks dipisah koma")


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key} harus berupa teks")
    return value


def record_from_object(obj: Any, line: int) -> ImportRecord:
    """Validate one archive object; raises ValueError with the field named."""
    if not isinstance(obj, dict):
        raise ValueError("baris harus berupa objek JSON")
    for key, value in obj.items():
        check_text(key, "nama kolom")
        check_text(value, key)
    title = _text(obj, "title").strip()
    if not title:
        raise ValueError("judul (title) kosong atau tidak ada")
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise ValueError("id harus berupa teks atau angka")
    when = parse_date(obj.get("date"))
    location = Location.from_value(obj.get("location"))
    status = Status(obj.get("status") or Status.PUBLISHED)
    article = Article(
        headline=title,
        body=body_to_markdown(_text(obj, "body")),
        summary=_text(obj, "summary"),
        tags=_tags(obj.get("tags")),
        category=_text(obj, "category").strip(),
        source=_text(obj, "source"),
        url=_text(obj, "url"),
        location=location,
        dateline=Dateline(place=location.name or location.regency, when=when),
        status=status,
        external_id=str(raw_id) if raw_id not in (None, "") else None,
        published_at=when if status == Status.PUBLISHED else None,
    )
    return ImportRecord(article=article, line=line)


class JsonlImporter:
    name = "jsonl"

    def __init__(self, on_bytes: Callable[[int], None] | None = None) -> None:
        self._on_bytes = on_bytes

    def records(self, path: Path) -> Iterator[ImportRecord]:
        stream, raw = open_binary(path)
        line_no = 0
        try:
            with stream:
                while True:
                    try:
                        data = stream.readline()
                    except (OSError, EOFError, lzma.LZMAError) as exc:
                        raise ImportFormatError(path, line_no + 1,
                                                f"berkas rusak atau terpotong: {exc}") from exc
                    if not data:
                        break
                    line_no += 1
                    if self._on_bytes:
                        self._on_bytes(raw.bytes_read)
                    try:
                        line = data.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        raise ImportFormatError(
                            path, line_no, f"bukan UTF-8 yang sah (bita ke-{exc.start + 1})"
                        ) from exc
                    if line_no == 1:
                        line = line.removeprefix("\ufeff")  # a byte-order mark is no text
                    if not line.strip():
                        continue
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ImportFormatError(path, line_no,
                                                f"JSON tidak sah: {exc.msg} (kolom {exc.colno})") from exc
                    except RecursionError:
                        raise ImportFormatError(path, line_no, "JSON bersarang terlalu dalam") \
                            from None
                    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                        raise ImportFormatError(path, line_no, f"JSON tidak sah: {exc}") \
                            from None
                    try:
                        yield record_from_object(obj, line_no)
                    except ValueError as exc:
                        raise ImportFormatError(path, line_no, str(exc)) from exc
        finally:
            raw.close()
