"""Image bytes for article photos, stored once per content (SHA-256) in the database.

The store is the gate: nothing reaches the ``media`` table that Pillow cannot fully decode as
a JPEG, PNG, GIF or WebP within the size limits, so a renamed PDF, a truncated download or a
decompression bomb is refused with a message the reporter understands, whichever front end
(desktop, CLI, a script) tried to add it.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import sessionmaker

from editor.domain.dateline import utc_now
from editor.domain.photo import MEDIA_EXTENSIONS, Photo
from editor.store.models import MediaRow

MAX_IMAGE_BYTES = 25 * 1024 * 1024
"""Largest file accepted (a full-resolution news photo is 5–15 MB)."""
MAX_IMAGE_PIXELS = 80_000_000
"""Largest decoded size accepted (about 11000×7300): bounds the memory a decode can take."""

_PIL_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}


class ImageRefused(ValueError):
    """The file is not an image Redaksi can store; the message says why, in Indonesian."""


class MediaNotFound(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class ImageInfo:
    media_type: str
    width: int
    height: int
    size: int


def inspect_image(data: bytes, name: str = "") -> ImageInfo:
    """Check that ``data`` is a whole, decodable image of an accepted type and size.

    Raises :class:`ImageRefused` naming the file and the reason. The header is read first
    (cheap) so an oversized image is refused before anything is decoded.
    """
    label = f"{name}: " if name else ""
    if not data:
        raise ImageRefused(f"{label}berkas kosong, bukan gambar")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(f"{label}berkas {len(data) / 1048576:.0f} MB terlalu besar "
                           f"(paling besar {MAX_IMAGE_BYTES // 1048576} MB)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = _PIL_TYPES.get(image.format or "")
                if kind is None:
                    raise ImageRefused(f"{label}format {image.format or 'tak dikenal'} tidak "
                                       "diterima; pakai JPEG, PNG, GIF atau WebP")
                width, height = image.size
                if width <= 0 or height <= 0 or width * height > MAX_IMAGE_PIXELS:
                    raise ImageRefused(f"{label}gambar {width}×{height} piksel terlalu besar "
                                       f"(paling banyak {MAX_IMAGE_PIXELS // 1_000_000} juta "
                                       "piksel)")
                image.load()  # decodes everything: a truncated or corrupt file fails here
    except ImageRefused:
        raise
    except UnidentifiedImageError:
        raise ImageRefused(f"{label}bukan berkas gambar yang bisa dibaca "
                           "(JPEG, PNG, GIF atau WebP)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(f"{label}gambar terlalu besar untuk dibuka dengan aman") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageRefused(f"{label}gambar rusak atau terpotong ({exc})") from None
    return ImageInfo(kind, width, height, len(data))


def read_image_file(path: Path) -> bytes:
    """The bytes of ``path`` without reading more than the size limit (plus one byte)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        raise ImageRefused(f"{path.name}: tidak bisa dibaca ({exc.strerror or exc})") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(f"{path.name}: berkas terlalu besar "
                           f"(paling besar {MAX_IMAGE_BYTES // 1048576} MB)")
    return data


class MediaRepository:
    """Add and read image bytes; a photo placed in an article refers to them by hash."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine)

    def add(self, data: bytes, *, filename: str = "", user: str = "") -> Photo:
        """Store ``data`` (once: the same bytes again give the same id) and return a
        :class:`Photo` for it with empty caption, credit and alt text."""
        info = inspect_image(data, filename)
        digest = hashlib.sha256(data).hexdigest()
        insert = postgresql.insert if self._engine.dialect.name == "postgresql" else sqlite.insert
        with self._sessions.begin() as session:
            session.execute(
                insert(MediaRow)
                .values(sha256=digest, media_type=info.media_type, width=info.width,
                        height=info.height, size=info.size, data=data,
                        filename=filename[:255], created_by=user, created_at=utc_now())
                .on_conflict_do_nothing(index_elements=["sha256"])
            )
        return Photo(media_id=digest, media_type=info.media_type, width=info.width,
                     height=info.height, size=info.size, filename=filename[:255])

    def add_file(self, path: Path, *, user: str = "") -> Photo:
        path = Path(path)
        return self.add(read_image_file(path), filename=path.name, user=user)

    def read(self, media_id: str) -> bytes:
        """The image bytes of ``media_id``; :class:`MediaNotFound` if it is not stored."""
        with self._sessions() as session:
            data = session.scalar(select(MediaRow.data).where(MediaRow.sha256 == media_id))
        if data is None:
            raise MediaNotFound(f"gambar {media_id[:16]} tidak ada di basis data")
        return bytes(data)

    def exists(self, media_id: str) -> bool:
        with self._sessions() as session:
            return session.scalar(select(MediaRow.id).where(MediaRow.sha256 == media_id)) \
                is not None


__all__ = ["MAX_IMAGE_BYTES", "MAX_IMAGE_PIXELS", "ImageInfo", "ImageRefused",
           "MEDIA_EXTENSIONS", "MediaNotFound", "MediaRepository", "inspect_image",
           "read_image_file"]
