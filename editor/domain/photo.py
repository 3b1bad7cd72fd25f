"""Photos that go with a story: the stored image (by content hash) plus the words around it.

The image bytes live once in the store's media table, addressed by their SHA-256; an article
keeps only :class:`Photo` references with its own caption, credit and alt text, so the same
picture can run with two stories under different captions, and every change of a caption is
part of the article's revision like any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MEDIA_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif",
                    "image/webp": "webp"}
"""The image types Redaksi accepts, with the file extension each is exported under."""


@dataclass(frozen=True, slots=True)
class Photo:
    """One photo placed in an article.

    ``media_id`` is the hex SHA-256 of the image bytes in the store; ``alt`` is the text a
    screen reader speaks (what the picture shows), ``caption`` what the reader sees under it,
    ``credit`` who took it ("ANTARA/Budi"), printed with the caption in every export.
    """

    media_id: str
    media_type: str
    width: int
    height: int
    size: int = 0
    caption: str = ""
    credit: str = ""
    alt: str = ""
    filename: str = ""

    @property
    def extension(self) -> str:
        return MEDIA_EXTENSIONS.get(self.media_type, "bin")

    @property
    def export_name(self) -> str:
        """The file name every export gives this image: short hash + extension (stable, so
        re-exports overwrite instead of piling up copies)."""
        return f"{self.media_id[:16]}.{self.extension}"

    def to_dict(self) -> dict[str, Any]:
        return {"media_id": self.media_id, "media_type": self.media_type,
                "width": self.width, "height": self.height, "size": self.size,
                "caption": self.caption, "credit": self.credit, "alt": self.alt,
                "filename": self.filename}

    @classmethod
    def from_value(cls, value: Any) -> Photo:
        if isinstance(value, Photo):
            return value
        if isinstance(value, dict) and value.get("media_id") and value.get("media_type"):
            return cls(media_id=str(value["media_id"]), media_type=str(value["media_type"]),
                       width=int(value.get("width") or 0), height=int(value.get("height") or 0),
                       size=int(value.get("size") or 0),
                       caption=str(value.get("caption") or ""),
                       credit=str(value.get("credit") or ""), alt=str(value.get("alt") or ""),
                       filename=str(value.get("filename") or ""))
        raise ValueError("photo must be an object with media_id and media_type")
