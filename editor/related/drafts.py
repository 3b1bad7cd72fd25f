"""Drafts given to ``redaksi suggest`` from outside the store: a JSON object, a Markdown file
with front matter, or plain text (first line is the headline)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from editor.domain.article import Article
from editor.domain.dateline import Dateline
from editor.domain.location import Location


class DraftError(ValueError):
    """The draft cannot be read; the message names the field or file."""


def _tags(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    if isinstance(value, list) and all(isinstance(t, str) for t in value):
        return tuple(value)
    raise DraftError("tags harus berupa daftar teks atau teks dipisah koma")


def draft_from_object(obj: dict[str, Any]) -> Article:
    """``{"id", "title", "body", "tags", "date", "category", "location", "summary"}``."""
    from editor.publishing.importers.base import parse_date

    for key in ("title", "body", "summary", "category"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise DraftError(f"{key} harus berupa teks")
    try:
        when = parse_date(obj.get("date"))
        location = Location.from_value(obj.get("location"))
    except ValueError as exc:
        raise DraftError(str(exc)) from exc
    raw_id = obj.get("id")
    return Article(
        headline=(obj.get("title") or "").strip(),
        body=obj.get("body") or "",
        summary=obj.get("summary") or "",
        tags=_tags(obj.get("tags")),
        category=(obj.get("category") or "").strip(),
        location=location,
        dateline=Dateline(place=location.name, when=when),
        external_id=str(raw_id) if raw_id not in (None, "") else None,
    )


def draft_from_file(path: Path) -> Article:
    """A draft from ``path`` (``-`` reads plain text from stdin)."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DraftError(f"{path}: bukan UTF-8 yang sah") from exc
    except OSError as exc:
        raise DraftError(f"{path}: tidak bisa dibaca: {exc.strerror}") from exc
    if path.suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DraftError(f"{path}:{exc.lineno}: JSON tidak sah: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise DraftError(f"{path}: harus berupa objek JSON")
        try:
            return draft_from_object(obj)
        except DraftError as exc:
            raise DraftError(f"{path}: {exc}") from exc
    if text.lstrip("\ufeff").startswith("---"):
        from editor.publishing.importers.base import ImportFormatError
        from editor.publishing.importers.markdown_folder import MarkdownFolderImporter

        try:
            article = MarkdownFolderImporter.parse_text(path, text)
        except ImportFormatError as exc:
            raise DraftError(str(exc)) from exc
        # A file without its own id is a draft, not an archive item.
        if article.external_id and article.external_id.startswith("markdown:"):
            article = article.with_changes(external_id=None)
        return article
    lines = text.strip().splitlines()
    if not lines:
        raise DraftError(f"{path}: kosong")
    return Article(headline=lines[0].lstrip("# ").strip(), body="\n".join(lines[1:]).strip())
