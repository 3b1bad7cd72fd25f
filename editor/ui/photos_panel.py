"""The article's photos: insert an image file, give it alt text, caption and credit.

Image files are read, checked (by the store's Pillow gate) and written in a worker; a file
that is not an image is refused with the store's message shown in the panel, never a
traceback. Thumbnails are decoded in the worker too (QImage is safe off the UI thread) and
kept in :attr:`PhotosPanel.images`, which the preview also draws from.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.photo import Photo
from editor.themes import colour
from editor.ui.operations import log_failure, run_op

PREVIEW_WIDTH = 480
"""Widest a photo is decoded for the panel and the preview (the export keeps the original)."""


class MediaSource(Protocol):
    def add_file(self, path: Path, *, user: str = "") -> Photo: ...
    def read(self, media_id: str) -> bytes: ...


def _decode(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.width() > PREVIEW_WIDTH:
        image = image.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return image


class PhotosPanel(QWidget):
    changed = Signal()
    image_ready = Signal(str)        # media id whose thumbnail is now in ``images``
    inserted = Signal(object)        # the Photo just added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosPanel")
        self.media: MediaSource | None = None
        self.user = ""
        self.images: dict[str, QImage] = {}
        self._photos: list[Photo] = []
        self._loading = False
        self._read_only = False

        self.list = QListWidget(objectName="photoList")
        self.list.setIconSize(QSize(96, 72))
        self.list.setWordWrap(True)
        self.insert_button = QPushButton(self.tr("Sisipkan foto…"), objectName="insertPhoto")
        self.remove_button = QPushButton(self.tr("Hapus foto"), objectName="removePhoto")
        self.up_button = QPushButton(self.tr("Naikkan"), objectName="photoUp")
        self.alt = QLineEdit(objectName="photoAlt")
        self.alt.setPlaceholderText(self.tr("apa yang terlihat di foto (untuk pembaca layar)"))
        self.caption = QLineEdit(objectName="photoCaption")
        self.caption.setPlaceholderText(self.tr("keterangan di bawah foto"))
        self.credit = QLineEdit(objectName="photoCredit")
        self.credit.setPlaceholderText(self.tr("mis. ANTARA/Budi Santoso"))
        self.message = QLabel(objectName="photoMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QHBoxLayout()
        for button in (self.insert_button, self.remove_button, self.up_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        fields = QFormLayout()
        fields.addRow(self.tr("Teks alternatif"), self.alt)
        fields.addRow(self.tr("Keterangan"), self.caption)
        fields.addRow(self.tr("Kredit"), self.credit)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addLayout(fields)

        self.insert_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(self.move_current_up)
        self.list.currentRowChanged.connect(self._show_fields)
        for field in (self.alt, self.caption, self.credit):
            field.textEdited.connect(self._fields_edited)
        self._show_fields(-1)

    # -- wiring --------------------------------------------------------------------------
    def set_media(self, media: MediaSource, user: str) -> None:
        """Where images are stored and read (the store's media repository) and who adds."""
        self.media = media
        self.user = user
        self._fetch_missing()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._show_fields(self.list.currentRow())

    # -- the photos --------------------------------------------------------------------------
    def photos(self) -> tuple[Photo, ...]:
        return tuple(self._photos)

    def set_photos(self, photos: tuple[Photo, ...]) -> None:
        """Show ``photos`` (an article was loaded) without reporting a change."""
        self._photos = list(photos)
        self.message.hide()
        self._rebuild(0 if photos else -1)
        self._fetch_missing()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sisipkan foto"), "",
            self.tr("Gambar (*.jpg *.jpeg *.png *.gif *.webp);;Semua berkas (*)"))
        if name:
            self.insert_file(Path(name))

    def insert_file(self, path: Path) -> None:
        """Store the image at ``path`` (in a worker) and add it to the article."""
        if self.media is None or self._read_only:
            return
        media, user = self.media, self.user

        def work() -> tuple[Photo, QImage]:
            photo = media.add_file(path, user=user)
            return photo, _decode(media.read(photo.media_id))

        self._say(self.tr("Menyimpan %1…").replace("%1", path.name), error=False)
        run_op(self, work, self._inserted, self._refused)

    def _inserted(self, result: tuple[Photo, QImage]) -> None:
        photo, image = result
        self.message.hide()
        self.images[photo.media_id] = image
        self._photos.append(photo)
        self._rebuild(len(self._photos) - 1)
        self.image_ready.emit(photo.media_id)
        self.changed.emit()
        self.inserted.emit(photo)
        self.alt.setFocus()

    def _refused(self, exc: Exception) -> None:
        self._say(self.tr("Foto tidak disisipkan: %1").replace("%1", str(exc)), error=True)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self._read_only:
            return
        del self._photos[row]
        self._rebuild(min(row, len(self._photos) - 1))
        self.changed.emit()

    def move_current_up(self) -> None:
        row = self.list.currentRow()
        if row <= 0 or self._read_only:
            return
        self._photos[row - 1], self._photos[row] = self._photos[row], self._photos[row - 1]
        self._rebuild(row - 1)
        self.changed.emit()

    # -- internals -------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour('error')};" if error else "")
        self.message.show()

    def _label(self, photo: Photo) -> str:
        caption = photo.caption or self.tr("(tanpa keterangan)")
        missing = [] if photo.alt else [self.tr("teks alternatif belum diisi")]
        if not photo.credit:
            missing.append(self.tr("kredit belum diisi"))
        return caption + (f"\n⚠ {', '.join(missing)}" if missing else "")

    def _rebuild(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for photo in self._photos:
            item = QListWidgetItem(self._label(photo))
            image = self.images.get(photo.media_id)
            if image is not None and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            item.setToolTip(f"{photo.filename} — {photo.width}×{photo.height}")
            self.list.addItem(item)
        self._loading = False
        self.list.setCurrentRow(current)
        self._show_fields(current)

    def _show_fields(self, row: int) -> None:
        photo = self._photos[row] if 0 <= row < len(self._photos) else None
        self._loading = True
        for field, value in ((self.alt, photo.alt if photo else ""),
                             (self.caption, photo.caption if photo else ""),
                             (self.credit, photo.credit if photo else "")):
            field.setText(value)
            field.setEnabled(photo is not None)
            field.setReadOnly(self._read_only)
        self._loading = False
        self.insert_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(photo is not None and not self._read_only)
        self.up_button.setEnabled(photo is not None and row > 0 and not self._read_only)

    def _fields_edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._photos):
            return
        self._photos[row] = replace(self._photos[row], alt=self.alt.text().strip(),
                                    caption=self.caption.text().strip(),
                                    credit=self.credit.text().strip())
        item = self.list.item(row)
        if item is not None:
            item.setText(self._label(self._photos[row]))
        self.changed.emit()

    def _fetch_missing(self) -> None:
        if self.media is None:
            return
        media = self.media
        for photo in self._photos:
            if photo.media_id in self.images:
                continue
            self.images[photo.media_id] = QImage()  # asked for; not asked again
            media_id = photo.media_id
            run_op(self, lambda m=media_id: (m, _decode(media.read(m))), self._fetched,
                   log_failure)  # the photo keeps its blank thumbnail; the log says why

    def _fetched(self, result: tuple[str, QImage]) -> None:
        media_id, image = result
        self.images[media_id] = image
        for row, photo in enumerate(self._photos):
            if photo.media_id == media_id and (item := self.list.item(row)) is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
        self.image_ready.emit(media_id)
