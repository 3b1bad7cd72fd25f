"""Images as the front ends add and read them: the photos panel gets this, not the store's
media repository, so the UI talks to ops only (images are checked and stored by SHA-256
below, in :mod:`editor.store.media`)."""

from __future__ import annotations

from pathlib import Path

from editor.domain.photo import Photo
from editor.store import Store


class MediaAccess:
    """Add and read one store's images (the photos panel's ``MediaSource``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_file(self, path: Path, *, user: str = "") -> Photo:
        """Store an image file (``ImageRefused`` for anything that is not a sane image)."""
        return self._store.media.add_file(path, user=user)

    def read(self, media_id: str) -> bytes:
        """The bytes of a stored image (``MediaNotFound``)."""
        return self._store.media.read(media_id)
