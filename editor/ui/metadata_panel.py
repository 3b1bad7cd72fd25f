"""The metadata side panel: subheadline, summary, slug, rubrik, tags, bylines, dateline and
location fields, laid out in one scrollable form.

Builds and lays out the widgets (and shows/reads the dateline's time in its zone);
:class:`~editor.ui.article_form.ArticleForm` loads an article into them, reads them back and
reacts to their changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.domain.dateline import IndonesianTimeZone
from editor.house import HouseSettings, house_now, house_zone
from editor.themes import colour
from editor.ui.highlighter import MarkdownHighlighter
from editor.ui.metadata_widgets import LengthMeter, LocationPicker, TagChips


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


class MetadataPanel(QScrollArea):
    def __init__(self, house: HouseSettings,
                 tag_suggestions: Callable[[str], list[tuple[str, int]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.house = house
        self.subheadline = QLineEdit(objectName="subheadline")
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(96)
        self.summary_highlighter = MarkdownHighlighter(self.summary.document(), markdown=False)
        self.summary_meter = LengthMeter(self.house.summary_min, self.house.summary_warn,
                                         self.house.summary_max)
        self.summary_meter.setObjectName("summaryMeter")
        self.slug = QLineEdit(objectName="slug")
        self.slug.setPlaceholderText(self.tr("otomatis dari judul"))
        self.slug_note = QLabel(objectName="slugNote")
        self.slug_note.setWordWrap(True)
        self.category = QComboBox(objectName="category")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tags = TagChips(tag_suggestions)
        self.tags.setObjectName("tags")
        self.bylines = QLineEdit(objectName="bylines")
        self.bylines.setPlaceholderText(self.tr("pisahkan dengan koma"))
        self.dateline_place = QLineEdit(objectName="datelinePlace")
        self.dateline_place.setPlaceholderText(self.tr("mis. Medan"))
        self.places = QStringListModel(self)
        place_completer = QCompleter(self.places, self)
        place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        place_completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.dateline_place.setCompleter(place_completer)
        self.dateline_when = QDateTimeEdit(objectName="datelineWhen")
        self.dateline_when.setCalendarPopup(True)
        self.dateline_when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.timezone = QComboBox(objectName="timezone")
        for zone in IndonesianTimeZone:
            self.timezone.addItem(zone.name, zone)
        when_row = QHBoxLayout()
        when_row.addWidget(self.dateline_when, 1)
        when_row.addWidget(self.timezone)
        self.dateline_preview = QLabel(objectName="datelinePreview")
        self.location = LocationPicker()
        self.location.setObjectName("location")
        self.status_label = QLabel(objectName="statusLabel")
        self.required_note = QLabel(objectName="requiredNote")
        self.required_note.setWordWrap(True)
        self.required_note.setStyleSheet(f"color: {colour('error')};")
        self.required_note.hide()

        meta_inner = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        meta_layout = QVBoxLayout(meta_inner)
        meta_layout.addWidget(self.required_note)
        meta_layout.addLayout(form)
        meta_layout.addStretch(1)
        self.setObjectName("metadataPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(meta_inner)
        self.field_rows: dict[str, QWidget] = {}
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(section(self.tr("Naskah")))
        self._row(form, "subheadline", self.tr("Subjudul"), self.subheadline)
        self._row(form, "summary", self.tr("Ringkasan"), self.summary)
        form.addRow("", self.summary_meter)
        self._row(form, "slug", self.tr("Slug"), self.slug)
        form.addRow("", self.slug_note)
        self._row(form, "category", self.tr("Rubrik"), self.category)
        self._row(form, "tags", self.tr("Tag"), self.tags)
        self._row(form, "bylines", self.tr("Penulis"), self.bylines)
        form.addRow(section(self.tr("Dateline dan lokasi")))
        self._row(form, "dateline_place", self.tr("Tempat"), self.dateline_place)
        form.addRow(self.tr("Waktu"), when_row)
        form.addRow(self.tr("Dateline"), self.dateline_preview)
        self._row(form, "location", self.tr("Lokasi"), self.location)


    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        label_widget = QLabel(label)
        label_widget.setBuddy(widget.edit if hasattr(widget, "edit") else widget)
        self.field_rows[key] = label_widget
        form.addRow(label_widget, widget)

    # -- the dateline's time and zone ------------------------------------------------------
    def set_dateline_time(self, when: datetime | None) -> None:
        """Show ``when`` in its own Indonesian zone; no time yet: now on the newsroom's
        clock (not the computer's: on a laptop set to UTC the default time would otherwise
        be seven hours early and still labelled WIB)."""
        zone = house_zone()
        if when is not None:
            offset_hours = int(when.utcoffset().total_seconds() // 3600)  # type: ignore[union-attr]
            zone = next((z for z in IndonesianTimeZone if z.value == offset_hours), zone)
        shown = (when if when is not None else house_now()).astimezone(zone.tzinfo)
        self.dateline_when.setDateTime(QDateTime(shown.year, shown.month, shown.day,
                                                 shown.hour, shown.minute, 0))
        self.timezone.setCurrentIndex(self.timezone.findData(zone))

    def dateline_time(self) -> datetime:
        zone: IndonesianTimeZone = self.timezone.currentData() or house_zone()
        qdt = self.dateline_when.dateTime()
        return datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(),
                        qdt.time().hour(), qdt.time().minute(), tzinfo=zone.tzinfo)
