"""A folder of Markdown files with YAML front matter (Hugo, Jekyll, Astro, Redaksi's own
Markdown export).

Every ``*.md``/``*.markdown`` file under the folder (sorted, so runs are repeatable) is one
article. Front matter keys understood, with the spellings these generators use:
``title`` (required), ``id``/``external_id``, ``date``, ``slug``, ``summary``/``description``/
``excerpt``, ``subtitle``/``subheadline``, ``kicker``, ``tags``, ``category``/``categories``,
``author``/``authors``, ``location``, ``dateline`` (place or ``{place}``), ``source``, ``url``,
``status`` and ``draft``. Without an id the file's path inside the folder is the external id,
so importing the same folder again updates instead of duplicating.

YAML is read with the safe loader only (``python-frontmatter`` default): no object tags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from editor.domain.article import Article, Byline
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.records import ImportRecord
from editor.domain.workflow import Status
from editor.publishing.importers.base import (
    WIB,
    ImportFormatError,
    check_text,
    checked_date,
    parse_date,
)

SUFFIXES = (".md", ".markdown")


def markdown_files(folder: Path) -> list[Path]:
    """The files one import reads, in a stable order."""
    root = folder.resolve()
    # Files only inside the folder: a symlink pointing out of it (to ~/.ssh, /etc) is skipped.
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                  and p.resolve().is_relative_to(root))


def _first(meta: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if meta.get(key) not in (None, ""):
            return meta[key]
    return None


def _string(meta: dict[str, Any], *keys: str) -> str:
    value = _first(meta, *keys)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"{keys[0]} harus berupa teks")
    return " ".join(str(value).split())


def _string_list(meta: dict[str, Any], *keys: str) -> list[str]:
    value = _first(meta, *keys)
    if value is None:
        return []
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise ValueError(f"{keys[0]} harus berupa daftar teks")


def _date(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return checked_date(value if value.tzinfo else value.replace(tzinfo=WIB))
    if isinstance(value, date):
        return checked_date(datetime.combine(value, time(0, 0), WIB))
    return parse_date(str(value))


def _date_line(text: str) -> int | None:
    """The file line of the first ``date:`` key in the front matter, if there is one."""
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if line.strip() == "---":
            break
        if line.split(":", 1)[0].strip().lower() in ("date", "lastmod", "publishdate"):
            return number
    return None


def _status(meta: dict[str, Any]) -> Status:
    raw = meta.get("status")
    if raw not in (None, ""):
        try:
            return Status(str(raw).strip().lower())
        except ValueError as exc:
            raise ValueError(f"status tidak dikenal: {raw!r}") from exc
    return Status.DRAFT if meta.get("draft") is True else Status.PUBLISHED


def article_from_front_matter(meta: dict[str, Any], body: str, relative: str) -> Article:
    """Validate one file's front matter; ValueError names the field."""
    title = _string(meta, "title")
    if not title:
        raise ValueError("judul (title) kosong atau tidak ada di front matter")
    when = _date(meta.get("date"))
    status = _status(meta)
    categories = _string_list(meta, "category", "categories")
    location = Location.from_value(meta.get("location"))
    dateline_value = meta.get("dateline")
    if isinstance(dateline_value, dict):
        place = str(dateline_value.get("place") or "")
    elif isinstance(dateline_value, str):
        place = dateline_value
    else:
        place = location.name or location.regency
    external = _string(meta, "external_id", "id") or f"markdown:{relative}"
    return Article(
        headline=title,
        subheadline=_string(meta, "subheadline", "subtitle"),
        kicker=_string(meta, "kicker"),
        body=body.strip(),
        summary=_string(meta, "summary", "description", "excerpt"),
        slug=_string(meta, "slug"),
        dateline=Dateline(place=place, when=when),
        location=location,
        tags=tuple(_string_list(meta, "tags") + categories[1:]),
        category=categories[0] if categories else "",
        bylines=tuple(Byline(name) for name in _string_list(meta, "authors", "author")),
        status=status,
        source=_string(meta, "source"),
        url=_string(meta, "url"),
        external_id=external,
        published_at=when if status == Status.PUBLISHED else None,
    )


class MarkdownFolderImporter:
    name = "markdown"

    def __init__(self, on_file: Callable[[int, int], None] | None = None) -> None:
        self._on_file = on_file

    def records(self, path: Path) -> Iterator[ImportRecord]:
        if not path.is_dir():
            raise ImportFormatError(path, None, "bukan folder (impor markdown membaca folder)")
        files = markdown_files(path)
        if not files:
            raise ImportFormatError(path, None, "tidak ada berkas .md di folder ini")
        for done, file in enumerate(files, start=1):
            yield self._record(file, file.relative_to(path).as_posix())
            if self._on_file:
                self._on_file(done, len(files))

    @classmethod
    def _record(cls, file: Path, relative: str) -> ImportRecord:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            line = file.read_bytes()[: exc.start].count(b"\n") + 1
            raise ImportFormatError(file, line, f"bukan UTF-8 yang sah ({exc.reason})") from exc
        except OSError as exc:
            raise ImportFormatError(file, None, f"tidak bisa dibaca: {exc.strerror}") from exc
        return ImportRecord(article=cls.parse_text(file, text, relative), line=1)

    @staticmethod
    def parse_text(file: Path, text: str, relative: str | None = None) -> Article:
        """One Markdown document with front matter (``relative`` names it for its id)."""
        relative = relative or file.name
        text = text.removeprefix("\ufeff")  # a byte-order mark would hide the front matter
        if not text.startswith("---"):
            raise ImportFormatError(file, 1, "tidak ada front matter YAML (--- di baris 1)")
        try:
            check_text(text, "isi berkas")
        except ValueError as exc:
            line = text[: text.find("\x00")].count("\n") + 1 if "\x00" in text else None
            raise ImportFormatError(file, line, str(exc)) from exc
        try:
            post = frontmatter.loads(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            # python-frontmatter hands YAML the text after the opening "---" line, newline first,
            # so YAML line n (0-based) is file line n + 1.
            line = mark.line + 1 if mark is not None else 1
            problem = getattr(exc, "problem", None) or str(exc)
            context = getattr(exc, "context_mark", None)
            if context is not None and context.line + 1 != line:
                problem += f" (bagian yang dimulai di baris {context.line + 1})"
            raise ImportFormatError(file, line, f"front matter YAML tidak sah: {problem}") from exc
        except (ValueError, OverflowError) as exc:
            # PyYAML builds dates while loading: "date: 2020-13-45" fails in the constructor
            # with a plain ValueError that carries no line.
            raise ImportFormatError(file, _date_line(text),
                                    f"front matter YAML tidak sah: nilai tidak bisa dibaca "
                                    f"({exc})") from exc
        if not isinstance(post.metadata, dict):
            raise ImportFormatError(file, 2, "front matter harus berupa pemetaan kunci: nilai")
        try:
            article = article_from_front_matter(post.metadata, post.content, relative)
        except ValueError as exc:
            raise ImportFormatError(file, 1, str(exc)) from exc
        return article
