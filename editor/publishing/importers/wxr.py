"""WordPress eXtended RSS (WXR 1.2) archives: posts with categories, tags, authors and dates.

Parsed as a stream with lxml (so a large export does not have to fit in memory) and safely:
no DTD loading, no entity expansion, no network, and any DOCTYPE is refused outright (WordPress
never writes one; ``standards/wxr/NOTES.md``), which shuts out "billion laughs" and external
entity tricks. ``content:encoded`` HTML becomes Markdown with ``markdownify``.

Redaksi's own WXR exporter stores what WordPress has no field for as post meta
(``redaksi_dateline``, ``redaksi_location``, ``redaksi_external_id``, ``redaksi_subheadline``,
``redaksi_kicker``, ``redaksi_bylines``), so a file Redaksi exported imports back unchanged.
The external id is ``redaksi_external_id`` when present, else the item's ``guid``: importing
the same export twice updates nothing. Titles, excerpts, author and term names are HTML in
WordPress; they become plain text (tags dropped, entities decoded).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from editor.domain.article import Article, Byline
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.records import ImportRecord
from editor.domain.workflow import Status
from editor.publishing.importers.base import (
    WIB,
    ByteCountingReader,
    ImportFormatError,
    checked_date,
)
from editor.publishing.importers.html_markdown import html_to_markdown
from editor.publishing.sanitize import text_from_html

WP = "http://wordpress.org/export/1.2/"
NS = {
    "wp": WP,
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_WXR_VERSION = re.compile(r"^\d+\.\d+$")
META_PREFIX = "redaksi_"
IMPORTED_POST_TYPES = frozenset({"post"})

# WordPress post status -> Redaksi workflow state. "publish" and "private" were live on the
# site; "future" was scheduled, i.e. approved; "pending" awaits review.
STATUS_FROM_WP = {
    "publish": Status.PUBLISHED,
    "private": Status.PUBLISHED,
    "future": Status.APPROVED,
    "pending": Status.SUBMITTED,
    "draft": Status.DRAFT,
    "trash": Status.KILLED,
}


def _q(prefix: str, local: str) -> str:
    return f"{{{NS[prefix]}}}{local}"


def _text(element: Any, path: str) -> str:
    found = element.find(path, NS)
    return (found.text or "") if found is not None else ""


def _wp_date(value: str, tz: Any) -> datetime | None:
    """``YYYY-MM-DD HH:MM:SS`` in ``tz``; WordPress writes all zeros for "no date"."""
    value = value.strip()
    if not value or value.startswith("0000-00-00"):
        return None
    try:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    except ValueError as exc:
        raise ValueError(f"tanggal WordPress tidak sah: {value!r} (YYYY-MM-DD HH:MM:SS)") from exc
    return checked_date(moment)


def _json_meta(meta: dict[str, str], key: str) -> Any:
    raw = meta.get(META_PREFIX + key)
    if raw is None or raw == "":
        return None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"post meta {META_PREFIX}{key}: JSON tidak sah ({exc.msg})") from exc


class WxrImporter:
    """WXR 1.2 files (plain or .gz). Items other than posts (pages, attachments, menu items)
    and WordPress auto-drafts are skipped; ``skipped`` counts them after a run."""

    name = "wxr"

    def __init__(self, on_bytes: Callable[[int], None] | None = None) -> None:
        self._on_bytes = on_bytes
        self.skipped = 0

    def records(self, path: Path) -> Iterator[ImportRecord]:
        try:
            raw = ByteCountingReader(open(path, "rb"))  # noqa: SIM115 - closed below
        except OSError as exc:
            raise ImportFormatError(path, None,
                                    f"tidak bisa dibuka: {exc.strerror or exc}") from exc
        source: Any = gzip.GzipFile(fileobj=raw) if path.suffix.lower() == ".gz" else raw
        try:
            yield from self._parse(path, source, raw)
        finally:
            raw.close()

    def _parse(self, path: Path, source: Any, raw: ByteCountingReader) -> Iterator[ImportRecord]:
        parser = etree.iterparse(
            source, events=("start", "end"), resolve_entities=False, load_dtd=False,
            no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
        )
        authors: dict[str, str] = {}
        version_seen = False
        depth = 0
        try:
            for event, element in parser:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        self._check_root(path, element)
                    continue
                depth -= 1
                tag = element.tag
                if tag == _q("wp", "wxr_version"):
                    version = (element.text or "").strip()
                    if not _WXR_VERSION.match(version):
                        raise ImportFormatError(path, element.sourceline,
                                                f"wp:wxr_version tidak sah: {version!r}")
                    version_seen = True
                elif tag == _q("wp", "author"):
                    login = _text(element, "wp:author_login").strip()
                    display = _text(element, "wp:author_display_name").strip()
                    if login:
                        authors[login] = display or login
                elif tag == "item":
                    if not version_seen:
                        raise ImportFormatError(path, element.sourceline,
                                                "bukan WXR: wp:wxr_version tidak ada sebelum item")
                    record = self._item(path, element, authors)
                    # Free the parsed item and the empty shells of earlier ones, so memory
                    # stays flat however many posts the export holds.
                    element.clear(keep_tail=False)
                    parent = element.getparent()
                    while parent is not None and element.getprevious() is not None:
                        del parent[0]
                    if self._on_bytes:
                        self._on_bytes(raw.bytes_read)
                    if record is None:
                        self.skipped += 1
                        continue
                    yield record
        except etree.XMLSyntaxError as exc:
            line = exc.lineno if exc.lineno else None
            raise ImportFormatError(path, line, f"XML tidak sah: {exc.msg}") from exc
        except (OSError, EOFError) as exc:
            raise ImportFormatError(path, None, f"berkas rusak atau terpotong: {exc}") from exc
        if not version_seen:
            raise ImportFormatError(path, None, "bukan WXR: wp:wxr_version tidak ditemukan")

    @staticmethod
    def _check_root(path: Path, root: Any) -> None:
        docinfo = root.getroottree().docinfo
        if docinfo.doctype or docinfo.internalDTD is not None:
            raise ImportFormatError(path, 1, "WXR tidak boleh memuat DOCTYPE/entitas XML")
        if root.tag != "rss":
            raise ImportFormatError(path, root.sourceline,
                                    f"bukan WXR: elemen akar <{root.tag}>, seharusnya <rss>")

    def _item(self, path: Path, item: Any, authors: dict[str, str]) -> ImportRecord | None:
        line = item.sourceline
        post_type = _text(item, "wp:post_type").strip() or "post"
        wp_status = _text(item, "wp:status").strip() or "publish"
        if post_type not in IMPORTED_POST_TYPES or wp_status == "auto-draft":
            return None
        try:
            return ImportRecord(self._article(item, authors), line)
        except ValueError as exc:
            raise ImportFormatError(path, line, str(exc)) from exc

    @staticmethod
    def _article(item: Any, authors: dict[str, str]) -> Article:
        title = " ".join(text_from_html(_text(item, "title")).split())
        if not title:
            raise ValueError("judul (title) kosong")
        meta: dict[str, str] = {}
        for pm in item.findall("wp:postmeta", NS):
            meta[_text(pm, "wp:meta_key")] = _text(pm, "wp:meta_value")
        wp_status = _text(item, "wp:status").strip() or "publish"
        status = STATUS_FROM_WP.get(wp_status)
        if status is None:
            raise ValueError(f"wp:status tidak dikenal: {wp_status!r}")

        when = _wp_date(_text(item, "wp:post_date_gmt"), UTC) or \
            _wp_date(_text(item, "wp:post_date"), WIB)

        category = ""
        tags: list[str] = []
        for term in item.findall("category"):
            name = " ".join(text_from_html(term.text or "").split())
            domain = term.get("domain", "category")
            if not name:
                continue
            if domain == "category" and not category:
                category = name
            elif domain in ("post_tag", "tag", "category"):
                tags.append(name)  # further categories are kept as tags, not lost

        bylines_value = _json_meta(meta, "bylines")
        if bylines_value is not None and not isinstance(bylines_value, list):
            raise ValueError("post meta redaksi_bylines harus berupa daftar JSON")
        if bylines_value:
            bylines = tuple(Byline.from_value(b) for b in bylines_value)
        else:
            login = _text(item, "dc:creator").strip()
            name = " ".join(text_from_html(authors.get(login, login)).split())
            bylines = (Byline(name),) if name else ()

        dateline_value = _json_meta(meta, "dateline")
        try:
            dateline = Dateline.from_value(dateline_value) if dateline_value is not None \
                else Dateline(when=when)
        except (TypeError, AttributeError) as exc:
            raise ValueError(f"post meta {META_PREFIX}dateline tidak sah ({exc})") from exc
        if dateline.when is not None:
            checked_date(dateline.when)
        location = Location.from_value(_json_meta(meta, "location"))

        guid = _text(item, "guid").strip()
        link = _text(item, "link").strip()
        # Text meta is HTML-escaped by our exporter (and by WordPress): decoded like titles.
        external_id = text_from_html(meta.get(META_PREFIX + "external_id", "")).strip() \
            or guid or None
        if external_id is None:
            post_id = _text(item, "wp:post_id").strip()
            external_id = f"wxr:{post_id}" if post_id else None
        return Article(
            headline=title,
            subheadline=text_from_html(meta.get(META_PREFIX + "subheadline", "")).strip(),
            kicker=text_from_html(meta.get(META_PREFIX + "kicker", "")).strip(),
            body=html_to_markdown(_text(item, "content:encoded")),
            summary=text_from_html(_text(item, "excerpt:encoded")).strip(),
            slug=_text(item, "wp:post_name").strip(),
            dateline=dateline,
            location=location,
            tags=tuple(tags),
            category=category,
            bylines=bylines,
            status=status,
            url=link if link and link != guid else "",
            external_id=external_id,
            published_at=when if status == Status.PUBLISHED else None,
        )
