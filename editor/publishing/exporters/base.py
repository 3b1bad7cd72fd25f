"""What every exporter shares: the interface, safe file names, atomic writes, local times.

An exporter turns approved articles into files a CMS or a wire partner takes. The CLI and
the export dialog both go through :class:`Exporter` and the registry in
:mod:`editor.publishing.exporters`, so a format behaves the same wherever it is started.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from editor.domain.article import Article, make_slug
from editor.domain.dateline import IndonesianTimeZone
from editor.domain.photo import Photo
from editor.house import house_zone
from editor.publishing.sanitize import markdown_to_html

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called after each file (or article) is finished."""


class ExportError(Exception):
    """An export could not be completed; files already renamed into place are complete."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Who is publishing: names and URLs that go into feeds and structured data.

    ``site_url`` defaults to ``$REDAKSI_SITE_URL``; without it, links are left out where a
    format allows, and WXR gets ``http://localhost`` as its (required) base URL.
    """

    site_name: str = "Redaksi"
    site_url: str = field(default_factory=lambda: os.environ.get("REDAKSI_SITE_URL", ""))
    language: str = "id"
    media: Callable[[str], bytes] | None = field(default=None, compare=False)
    """Reads a photo's bytes by its media id (the store's ``media.read``). With it, every
    export also writes the article photos into ``<out>/media/``; without it, the files refer
    to ``<site_url>/media/<name>`` where the CMS is expected to have them."""

    @property
    def base_url(self) -> str:
        return (self.site_url or "http://localhost").rstrip("/")


class Exporter(Protocol):
    """One export format. ``export`` writes into ``out_dir`` and returns the files written."""

    format: str
    file_extension: str
    label: str

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]: ...


# --- file names ---------------------------------------------------------------------------------

_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$")


def article_slug(article: Article) -> str:
    """The slug an export uses: the article's own slug re-slugged (so it is ASCII with no
    separators or dots, whatever was typed), else the headline's, else ``naskah-<id>``."""
    slug = make_slug(article.slug) or make_slug(article.headline)
    if not slug:
        slug = f"naskah-{article.id}" if article.id is not None else "naskah"
    if _WINDOWS_RESERVED.match(slug):
        slug = f"{slug}-naskah"
    return slug


class FileNamer:
    """Unique, contained file names for one export batch."""

    def __init__(self, out_dir: Path, extension: str) -> None:
        self.out_dir = out_dir.resolve()
        self.extension = extension
        self._used: set[str] = set()

    def path_for(self, stem: str) -> Path:
        """``out_dir/<stem>.<ext>``; a repeated stem gets ``-2``, ``-3``... The stem is
        re-slugged and the result checked to be directly inside ``out_dir``."""
        base = make_slug(stem) or "naskah"
        name = base
        n = 1
        while name in self._used:
            n += 1
            name = f"{base}-{n}"
        self._used.add(name)
        path = (self.out_dir / f"{name}.{self.extension}").resolve()
        if path.parent != self.out_dir:
            raise ExportError(f"nama berkas {name!r} keluar dari folder tujuan")
        return path


def prepare_out_dir(out_dir: Path) -> Path:
    """Create the output folder if needed; refuse a path that exists and is not a folder."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{out_dir}: bukan folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out_dir}: folder tidak bisa dibuat ({exc.strerror or exc})") from exc
    return out_dir


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it
    over ``path``. A failure at any point leaves either the old file or none, never half."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # folder not writable (read-only mount, permissions, /proc...)
        raise ExportError(f"{path.parent}: folder tujuan tidak bisa ditulisi "
                          f"({exc.strerror or exc})") from exc
    try:
        # mkstemp makes owner-only files; exports are meant to be shared (uploaded, served),
        # so keep the mode of the file being replaced, else the usual rw-r--r--.
        os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException as exc:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"{path}: gagal menulis ({exc.strerror or exc})") from exc
        raise
    return path


# --- times --------------------------------------------------------------------------------------


def article_zone(article: Article) -> IndonesianTimeZone:
    """WIB/WITA/WIT from the location's Kemendagri code; the newsroom's zone (house.yaml
    ``time_zone``) when the story has no coded region."""
    if not article.location.code:
        return house_zone()
    return IndonesianTimeZone.for_province_code(article.location.code)


def local(moment: datetime | None, article: Article) -> datetime | None:
    """``moment`` in the article's Indonesian zone (naive values are taken as UTC, which is
    what the store writes)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(article_zone(article).tzinfo)


def published_time(article: Article) -> datetime:
    """When the story counts as published: publication, else the dateline, else last save."""
    for moment in (article.published_at, article.dateline.when, article.updated_at,
                   article.created_at):
        if moment is not None:
            return local(moment, article)  # type: ignore[return-value]
    return local(datetime.now(UTC), article)  # type: ignore[return-value]


def modified_time(article: Article) -> datetime:
    """Last real edit (``updated_at``), never earlier than the publication time."""
    published = published_time(article)
    updated = local(article.updated_at, article)
    return updated if updated is not None and updated > published else published


def iso(moment: datetime) -> str:
    """ISO 8601 with the offset and without microseconds: ``2018-09-04T10:00:00+07:00``."""
    return moment.replace(microsecond=0).isoformat()


def body_html(article: Article) -> str:
    """The sanitised HTML body shared by every HTML-based format."""
    return markdown_to_html(article.body)


def run_per_article(articles: Sequence[Article], namer: FileNamer,
                    render: Callable[[Article], str | bytes],
                    progress: Progress | None = None) -> list[Path]:
    """The loop of one-file-per-article formats: render, write atomically, report progress."""
    written: list[Path] = []
    total = len(articles)
    for done, article in enumerate(articles, start=1):
        path = namer.path_for(article_slug(article))
        written.append(write_atomic(path, render(article)))
        if progress:
            progress(done, total)
    return written


# --- photos -------------------------------------------------------------------------------------

MEDIA_DIR = "media"


def photo_path(photo: Photo) -> str:
    """Where a photo lies relative to the exported files: ``media/<hash>.<ext>``."""
    return f"{MEDIA_DIR}/{photo.export_name}"


def photo_url(photo: Photo, options: ExportOptions) -> str:
    """The absolute URL formats that need one (WXR, ninjs, NewsML-G2, JSON-LD) give a photo."""
    return f"{options.base_url}/{photo_path(photo)}"


def write_media(articles: Sequence[Article], out_dir: Path,
                options: ExportOptions) -> list[Path]:
    """Write every photo of ``articles`` once into ``out_dir/media/`` (atomically, like the
    articles); nothing when the options carry no media reader."""
    if options.media is None:
        return []
    photos = {p.media_id: p for a in articles for p in a.photos}
    if not photos:
        return []
    folder = prepare_out_dir(Path(out_dir) / MEDIA_DIR)
    written = []
    for photo in photos.values():
        try:
            data = options.media(photo.media_id)
        except LookupError as exc:
            raise ExportError(f"foto {photo.filename or photo.media_id[:16]}: {exc}") from exc
        written.append(write_atomic(folder / photo.export_name, data))
    return written
