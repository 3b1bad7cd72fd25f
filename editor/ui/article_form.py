"""The editing area (headline, body) and the metadata fields as simple inputs.

The form turns an :class:`Article` into widgets and back; it never talks to the store, so the
window decides when and how to save (in a worker, with the version check).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import Article, Byline, make_slug
from editor.domain.dateline import Dateline, IndonesianTimeZone
from editor.domain.location import Location
from editor.ui.labels import status_label


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class ArticleForm(QWidget):
    """Headline + body on the left, metadata on the right."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._base: Article | None = None

        self.headline = QLineEdit()
        self.headline.setObjectName("headline")
        self.headline.setPlaceholderText(self.tr("Judul"))
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(self.tr("Tulis naskah di sini (Markdown)…"))
        self.body.setTabChangesFocus(False)

        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addWidget(self.headline)
        writing_layout.addWidget(self.body, 1)

        self.subheadline = QLineEdit(objectName="subheadline")
        self.kicker = QLineEdit(objectName="kicker")
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(90)
        self.slug = QLineEdit(objectName="slug")
        self.slug.setPlaceholderText(self.tr("otomatis dari judul"))
        self.category = QComboBox(objectName="category")
        self.category.setEditable(True)
        self.tags = QLineEdit(objectName="tags")
        self.tags.setPlaceholderText(self.tr("pisahkan dengan koma"))
        self.bylines = QLineEdit(objectName="bylines")
        self.bylines.setPlaceholderText(self.tr("pisahkan dengan koma"))
        self.dateline_place = QLineEdit(objectName="datelinePlace")
        self.dateline_when = QDateTimeEdit(objectName="datelineWhen")
        self.dateline_when.setCalendarPopup(True)
        self.dateline_when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.timezone = QComboBox(objectName="timezone")
        for zone in IndonesianTimeZone:
            self.timezone.addItem(zone.name, zone)
        self.location = QLineEdit(objectName="location")
        self.dateline_preview = QLabel(objectName="datelinePreview")
        self.status_label = QLabel(objectName="statusLabel")

        meta_inner = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        meta_layout = QVBoxLayout(meta_inner)
        meta_layout.addLayout(form)
        meta_layout.addStretch(1)
        meta = QScrollArea()
        meta.setObjectName("metadataPanel")
        meta.setWidgetResizable(True)
        meta.setFrameShape(QFrame.Shape.NoFrame)
        meta.setWidget(meta_inner)
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self.tr("Kicker"), self.kicker)
        form.addRow(self.tr("Subjudul"), self.subheadline)
        form.addRow(self.tr("Ringkasan"), self.summary)
        form.addRow(self.tr("Slug"), self.slug)
        form.addRow(self.tr("Rubrik"), self.category)
        form.addRow(self.tr("Tag"), self.tags)
        form.addRow(self.tr("Penulis"), self.bylines)
        form.addRow(self.tr("Tempat dateline"), self.dateline_place)
        form.addRow(self.tr("Waktu"), self.dateline_when)
        form.addRow(self.tr("Zona waktu"), self.timezone)
        form.addRow(self.tr("Dateline"), self.dateline_preview)
        form.addRow(self.tr("Lokasi"), self.location)

        self.splitter = QSplitter()
        self.splitter.setObjectName("formSplitter")
        self.splitter.addWidget(writing)
        self.splitter.addWidget(meta)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.splitter)

        for line in (self.headline, self.subheadline, self.kicker, self.slug, self.tags,
                     self.bylines, self.dateline_place, self.location):
            line.textChanged.connect(self._on_changed)
        for text in (self.body, self.summary):
            text.textChanged.connect(self._on_changed)
        self.category.currentTextChanged.connect(self._on_changed)
        self.dateline_when.dateTimeChanged.connect(self._on_changed)
        self.timezone.currentIndexChanged.connect(self._on_changed)
        self.load(None)

    # -- loading and reading ---------------------------------------------------------------
    def set_categories(self, categories: list[str]) -> None:
        current = self.category.currentText()
        self._loading = True
        self.category.clear()
        self.category.addItems(categories)
        self.category.setCurrentText(current)
        self._loading = False

    def load(self, article: Article | None) -> None:
        """Show ``article`` (or an empty new one) without marking the form changed."""
        self._loading = True
        self._base = article
        a = article or Article(headline="")
        self.headline.setText(a.headline)
        self.headline.setCursorPosition(0)
        self.body.setPlainText(a.body)
        self.subheadline.setText(a.subheadline)
        self.kicker.setText(a.kicker)
        self.summary.setPlainText(a.summary)
        self.slug.setText(a.slug)
        self.category.setCurrentText(a.category)
        self.tags.setText(", ".join(a.tags))
        self.bylines.setText(", ".join(b.name for b in a.bylines))
        self.dateline_place.setText(a.dateline.place)
        zone = IndonesianTimeZone.WIB
        if a.dateline.when is not None:
            offset_hours = int(a.dateline.when.utcoffset().total_seconds() // 3600)  # type: ignore[union-attr]
            zone = next((z for z in IndonesianTimeZone if z.value == offset_hours), zone)
            when = a.dateline.when.astimezone(zone.tzinfo)
            self.dateline_when.setDateTime(QDateTime(when.year, when.month, when.day,
                                                     when.hour, when.minute, 0))
        else:
            self.dateline_when.setDateTime(QDateTime.currentDateTime())
        self.timezone.setCurrentIndex(self.timezone.findData(zone))
        self.location.setText(a.location.display_name)
        self.status_label.setText(status_label(a.status))
        self._loading = False
        self._update_preview()

    def article(self) -> Article:
        """The article as edited, based on the loaded one (keeps its id and version)."""
        base = self._base or Article(headline="")
        zone: IndonesianTimeZone = self.timezone.currentData()
        qdt = self.dateline_when.dateTime()
        when = datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(),
                        qdt.time().hour(), qdt.time().minute(), tzinfo=zone.tzinfo)
        location_text = self.location.text().strip()
        location = base.location if location_text == base.location.display_name else \
            Location.from_value(location_text)
        old_bylines = {b.name: b for b in base.bylines}
        bylines = tuple(old_bylines.get(name, Byline(name)) for name in _split_list(self.bylines.text()))
        return base.with_changes(
            headline=self.headline.text().strip(),
            body=self.body.toPlainText(),
            subheadline=self.subheadline.text().strip(),
            kicker=self.kicker.text().strip(),
            summary=self.summary.toPlainText().strip(),
            slug=self.slug.text().strip() or make_slug(self.headline.text()),
            category=self.category.currentText().strip(),
            tags=_split_list(self.tags.text()),
            bylines=bylines,
            dateline=Dateline(place=self.dateline_place.text().strip(), when=when),
            location=location,
        )

    @property
    def base(self) -> Article | None:
        return self._base

    def _on_changed(self) -> None:
        if not self._loading:
            self._update_preview()
            self.changed.emit()

    def _update_preview(self) -> None:
        zone: IndonesianTimeZone | None = self.timezone.currentData()
        if zone is None:
            return
        qdt = self.dateline_when.dateTime()
        when = datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(),
                        qdt.time().hour(), qdt.time().minute(), tzinfo=zone.tzinfo)
        self.dateline_preview.setText(
            Dateline(self.dateline_place.text(), when).render() or self.tr("(kosong)"))


