"""The writing area (headline, Markdown body, preview, issues) and the metadata panel.

The form turns an :class:`Article` into widgets and back. It never writes to the store: the
window decides when and how to save (in a worker, with the version check). Read-only look-ups
it needs (is this slug taken? which tags exist?) are callables handed in by the window and run
in workers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
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
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import Article, Byline, RelatedLink, make_slug
from editor.domain.dateline import Dateline, IndonesianTimeZone
from editor.ui.find_bar import FindBar
from editor.ui.headline_edit import HeadlineEdit
from editor.ui.highlighter import MarkdownHighlighter
from editor.ui.issues_panel import IssuesPanel
from editor.ui.labels import status_label
from editor.ui.markdown_editor import ProofedTextEdit
from editor.ui.metadata_widgets import LengthMeter, LocationPicker, TagChips
from editor.ui.photos_panel import PhotosPanel
from editor.ui.preview_pane import PreviewPane
from editor.ui.proofing import ProofingController
from editor.ui.workers import run_in_worker
from editor.writing.gazetteer import Region, shared_gazetteer
from editor.writing.house import HouseSettings, default_house, house_now, house_zone
from editor.writing.stats import TextStats, text_stats


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


class ArticleForm(QWidget):
    """Headline, body and preview in the middle; issues and metadata in the side tabs."""

    changed = Signal()
    stats_changed = Signal(object)   # TextStats of the body
    required_marked = Signal(list)

    def __init__(self, house: HouseSettings | None = None, parent: QWidget | None = None,
                 *, slug_taken: Callable[[str, int | None], bool] | None = None,
                 tag_suggestions: Callable[[str], list[tuple[str, int]]] | None = None) -> None:
        super().__init__(parent)
        self.house = house or default_house()
        self._loading = False
        self.read_only = False
        self._base: Article | None = None
        self._related: tuple[RelatedLink, ...] = ()
        self._slug_auto = True
        self._slug_taken = slug_taken
        self._slug_generation = 0
        self.proofing: ProofingController | None = None

        # -- writing column ------------------------------------------------------------------
        self.kicker = QLineEdit(objectName="kicker")
        self.kicker.setPlaceholderText(self.tr("Kicker"))
        self.headline = HeadlineEdit(objectName="headline")
        self.headline.setPlaceholderText(self.tr("Judul"))
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline_meter = LengthMeter(self.house.headline_min, self.house.headline_warn,
                                          self.house.headline_max)
        self.headline_meter.setObjectName("headlineMeter")
        self.headline_issues = QLabel(objectName="headlineIssues")
        self.headline_issues.setWordWrap(True)
        self.headline_issues.hide()
        self.body = ProofedTextEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(self.tr("Tulis naskah di sini (Markdown)…"))
        self.body.setTabChangesFocus(False)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        self.find_bar = FindBar(self.body)
        self.highlighter = MarkdownHighlighter(self.body.document())

        writing = QWidget(objectName="writingColumn")
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.setSpacing(4)
        writing_layout.addWidget(self.kicker)
        writing_layout.addWidget(self.headline)
        writing_layout.addWidget(self.headline_meter)
        writing_layout.addWidget(self.headline_issues)
        writing_layout.addWidget(self.find_bar)
        writing_layout.addWidget(self.body, 1)
        self.writing = writing

        self.photos_panel = PhotosPanel()
        self.preview = PreviewPane(self.body, self._preview_context,
                                   photos=self.photos_panel.photos,
                                   images=self.photos_panel.images)

        # -- metadata ------------------------------------------------------------------------
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
        self._places = QStringListModel(self)
        place_completer = QCompleter(self._places, self)
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
        self.required_note.setStyleSheet("color: #d1242f;")
        self.required_note.hide()

        meta_inner = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        meta_layout = QVBoxLayout(meta_inner)
        meta_layout.addWidget(self.required_note)
        meta_layout.addLayout(form)
        meta_layout.addStretch(1)
        meta = QScrollArea()
        meta.setObjectName("metadataPanel")
        meta.setWidgetResizable(True)
        meta.setFrameShape(QFrame.Shape.NoFrame)
        meta.setWidget(meta_inner)
        self.field_rows: dict[str, QWidget] = {}
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(_section(self.tr("Naskah")))
        self._row(form, "subheadline", self.tr("Subjudul"), self.subheadline)
        self._row(form, "summary", self.tr("Ringkasan"), self.summary)
        form.addRow("", self.summary_meter)
        self._row(form, "slug", self.tr("Slug"), self.slug)
        form.addRow("", self.slug_note)
        self._row(form, "category", self.tr("Rubrik"), self.category)
        self._row(form, "tags", self.tr("Tag"), self.tags)
        self._row(form, "bylines", self.tr("Penulis"), self.bylines)
        form.addRow(_section(self.tr("Dateline dan lokasi")))
        self._row(form, "dateline_place", self.tr("Tempat"), self.dateline_place)
        form.addRow(self.tr("Waktu"), when_row)
        form.addRow(self.tr("Dateline"), self.dateline_preview)
        self._row(form, "location", self.tr("Lokasi"), self.location)
        self.meta = meta

        self.side = QTabWidget(objectName="sideTabs")
        self.side.setDocumentMode(True)
        self.side.addTab(meta, self.tr("Metadata"))
        self.side.addTab(self.photos_panel, self.tr("Foto"))
        self.insert_photo_action = QAction(self.tr("Sisipkan &foto…"), self)
        self.insert_photo_action.setObjectName("actionInsertPhoto")
        self.insert_photo_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.insert_photo_action.triggered.connect(self.choose_photo)

        self.splitter = QSplitter()
        self.splitter.setObjectName("formSplitter")
        self.splitter.addWidget(writing)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([560, 380, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._stats_timer = QTimer(self, singleShot=True, interval=150)
        self._stats_timer.timeout.connect(self._update_stats)
        for line in (self.subheadline, self.kicker, self.bylines, self.dateline_place):
            line.textChanged.connect(self._on_changed)
        self.headline.text_changed.connect(self._headline_changed)
        self.slug.textEdited.connect(self._slug_edited)
        self.slug.textChanged.connect(self._on_changed)
        self._texts_seen = ("", "")
        for text in (self.body, self.summary):
            text.textChanged.connect(self._text_changed)
        self.body.textChanged.connect(self._stats_timer.start)
        self.summary.textChanged.connect(self._summary_changed)
        self.tags.changed.connect(self._on_changed)
        self.location.changed.connect(self._on_changed)
        self.location.picked.connect(self._location_picked)
        self.category.currentTextChanged.connect(self._on_changed)
        self.dateline_when.dateTimeChanged.connect(self._on_changed)
        self.timezone.currentIndexChanged.connect(self._on_changed)
        self.photos_panel.changed.connect(self._photos_changed)
        self.photos_panel.image_ready.connect(lambda _id: self.preview.schedule())
        self.set_categories([])
        self.load(None)
        run_in_worker(lambda: shared_gazetteer().places(), self._places.setStringList, owner=self)

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        label_widget = QLabel(label)
        label_widget.setBuddy(widget.edit if hasattr(widget, "edit") else widget)
        self.field_rows[key] = label_widget
        form.addRow(label_widget, widget)

    # -- proofing --------------------------------------------------------------------------
    def attach_proofing(self, proofing: ProofingController) -> None:
        """Underline issues in body and summary, check the headline, list them all."""
        self.proofing = proofing
        self.body.proofing = proofing
        self.highlighter.proofing = proofing
        self.summary_highlighter.proofing = proofing
        proofing.attach_document(self.body.document(), self.highlighter.rehighlightBlock)
        proofing.attach_document(self.summary.document(),
                                 self.summary_highlighter.rehighlightBlock)
        proofing.attach_line("headline", self.headline.text)
        proofing.set_priority(lambda: self.body.textCursor().block().text())
        self.headline.textChanged.connect(proofing.schedule)
        proofing.results_changed.connect(self._show_headline_issues)
        # The article's own names (bylines, dateline place, location, tags) are known words.
        self.bylines.editingFinished.connect(self._update_proofing_names)
        self.dateline_place.editingFinished.connect(self._update_proofing_names)
        self.location.changed.connect(self._update_proofing_names)
        self.tags.changed.connect(self._update_proofing_names)
        self._update_proofing_names()
        self.issues_panel = IssuesPanel(self.body, proofing, self.headline.text)
        self.side.insertTab(0, self.issues_panel, self.tr("Temuan"))
        self.side.setCurrentIndex(0)

    def metadata_names(self) -> list[str]:
        """Names the article's metadata gives: never spelling errors in its text."""
        loc = self.location.location()
        return [*_split_list(self.bylines.text()), self.dateline_place.text(), loc.name,
                loc.province, loc.regency, loc.district, *self.tags.tags()]

    def _update_proofing_names(self) -> None:
        if self.proofing is not None:
            self.proofing.set_names(self.metadata_names())

    def _show_headline_issues(self) -> None:
        issues = self.proofing.issues_for(self.headline.text()) if self.proofing else ()
        self.headline_issues.setVisible(bool(issues))
        self.headline_issues.setText(" · ".join(i.message for i in issues))
        self.headline_issues.setStyleSheet("color: #d1242f;")

    # -- house settings --------------------------------------------------------------------
    def apply_house(self, house: HouseSettings) -> None:
        self.house = house
        self.headline_meter.set_limits(house.headline_min, house.headline_warn,
                                       house.headline_max)
        self.summary_meter.set_limits(house.summary_min, house.summary_warn, house.summary_max)
        self.headline_meter.set_length(len(self.headline.text().strip()))
        self.summary_meter.set_length(len(self.summary.toPlainText().strip()))
        self._update_stats()

    def set_categories(self, categories: list[str]) -> None:
        """House categories first, then any others used in the archive."""
        current = self.category.currentText()
        merged = list(dict.fromkeys([*self.house.categories, *categories]))
        was_loading = self._loading
        self._loading = True
        self.category.clear()
        self.category.addItems(merged)
        self.category.setCurrentText(current)
        self._loading = was_loading

    # -- loading and reading ---------------------------------------------------------------
    def load(self, article: Article | None) -> None:
        """Show ``article`` (or an empty new one) without marking the form changed."""
        self._loading = True
        self._base = article
        a = article or Article(headline="")
        self._related = a.related
        self.photos_panel.set_photos(a.photos)
        self.headline.setText(a.headline)
        self.headline.setCursorPosition(0)
        self.body.setPlainText(a.body)
        self.subheadline.setText(a.subheadline)
        self.kicker.setText(a.kicker)
        self.summary.setPlainText(a.summary)
        self.slug.setText(a.slug)
        self._slug_auto = not a.slug or a.slug == make_slug(a.headline)
        self.slug_note.clear()
        self.category.setCurrentText(a.category)
        self.tags.set_tags(a.tags)
        self.bylines.setText(", ".join(b.name for b in a.bylines))
        self.dateline_place.setText(a.dateline.place)
        zone = house_zone()
        if a.dateline.when is not None:
            offset_hours = int(a.dateline.when.utcoffset().total_seconds() // 3600)  # type: ignore[union-attr]
            zone = next((z for z in IndonesianTimeZone if z.value == offset_hours), zone)
            when = a.dateline.when.astimezone(zone.tzinfo)
            self.dateline_when.setDateTime(QDateTime(when.year, when.month, when.day,
                                                     when.hour, when.minute, 0))
        else:
            # The newsroom's clock, not the computer's: on a laptop set to UTC the default
            # time would otherwise be seven hours early and still labelled WIB.
            now = house_now().astimezone(zone.tzinfo)
            self.dateline_when.setDateTime(QDateTime(now.year, now.month, now.day,
                                                     now.hour, now.minute, 0))
        self.timezone.setCurrentIndex(self.timezone.findData(zone))
        self.location.set_location(a.location)
        self.status_label.setText(status_label(a.status))
        self.mark_required([])
        self.headline_issues.clear()  # the previous article's headline findings
        self.headline_issues.hide()
        self._texts_seen = (self.body.toPlainText(), self.summary.toPlainText())
        self._update_proofing_names()
        self._loading = False
        self._update_preview()
        self._update_stats()
        self.headline_meter.set_length(len(a.headline))
        self.summary_meter.set_length(len(a.summary))
        self.preview.render_now()

    def article(self) -> Article:
        """The article as edited, based on the loaded one (keeps its id and version)."""
        base = self._base or Article(headline="")
        old_bylines = {b.name: b for b in base.bylines}
        bylines = tuple(old_bylines.get(name, Byline(name))
                        for name in _split_list(self.bylines.text()))
        return base.with_changes(
            headline=self.headline.text().strip(),
            body=self.body.toPlainText(),
            subheadline=self.subheadline.text().strip(),
            kicker=self.kicker.text().strip(),
            summary=self.summary.toPlainText().strip(),
            slug=self.slug.text().strip() or make_slug(self.headline.text()),
            category=self.category.currentText().strip(),
            tags=self.tags.tags(),
            bylines=bylines,
            dateline=Dateline(place=self.dateline_place.text().strip(), when=self._when()),
            location=self.location.location(),
            related=self._related,
            photos=self.photos_panel.photos(),
        )

    def rebase(self, stored: Article) -> None:
        """The store took our edits (autosave): adopt its id and version, keep the widgets."""
        current = self._base or Article(headline="")
        self._base = current.with_changes(id=stored.id, version=stored.version,
                                          created_at=stored.created_at,
                                          updated_at=stored.updated_at, status=stored.status)

    @property
    def base(self) -> Article | None:
        return self._base

    def _when(self) -> datetime:
        zone: IndonesianTimeZone = self.timezone.currentData() or house_zone()
        qdt = self.dateline_when.dateTime()
        return datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(),
                        qdt.time().hour(), qdt.time().minute(), tzinfo=zone.tzinfo)

    # -- reacting to edits -----------------------------------------------------------------
    def _on_changed(self) -> None:
        if not self._loading:
            self._update_preview()
            self.changed.emit()

    def _text_changed(self) -> None:
        """Body or summary changed — or only looked changed: the proofing highlighter
        re-colouring a paragraph makes Qt emit ``textChanged`` too, and that is no edit."""
        texts = (self.body.toPlainText(), self.summary.toPlainText())
        if texts == self._texts_seen:
            return
        self._texts_seen = texts
        self._on_changed()

    def _headline_changed(self, text: str) -> None:
        self.headline_meter.set_length(len(text.strip()))
        if self._slug_auto and not self._loading:
            self.slug.setText(make_slug(text))
            self._check_slug()
        self.preview.schedule()
        self._on_changed()

    def _slug_edited(self, text: str) -> None:
        self._slug_auto = not text.strip()
        self._check_slug()

    def _check_slug(self) -> None:
        """Ask the store (in a worker) whether the slug is taken; newest answer wins."""
        if self._slug_taken is None:
            return
        slug = self.slug.text().strip()
        self._slug_generation += 1
        generation = self._slug_generation
        own_id = self._base.id if self._base else None
        if not slug:
            self.slug_note.clear()
            return
        taken = self._slug_taken
        run_in_worker(lambda: taken(slug, own_id),
                      lambda used: self._slug_answer(generation, slug, used), owner=self)

    def _slug_answer(self, generation: int, slug: str, used: bool) -> None:
        if generation != self._slug_generation:
            return
        self.slug_note.setText(
            self.tr("Slug “%1” sudah dipakai naskah lain; saat disimpan diberi nomor.")
            .replace("%1", slug) if used else "")
        self.slug_note.setStyleSheet("color: #bf8700;" if used else "")

    def _summary_changed(self) -> None:
        self.summary_meter.set_length(len(self.summary.toPlainText().strip()))

    def _location_picked(self, region: Region) -> None:
        """A coded region also suggests the dateline place and the time zone."""
        if not self.dateline_place.text().strip():
            place = region.place
            if region.level == 3:
                parent = shared_gazetteer().get(region.code[:5])
                place = parent.place if parent else place
            self.dateline_place.setText(place)
        zone = IndonesianTimeZone.for_province_code(region.code)
        self.timezone.setCurrentIndex(self.timezone.findData(zone))

    def _update_preview(self) -> None:
        zone: IndonesianTimeZone | None = self.timezone.currentData()
        if zone is None:
            return
        self.dateline_preview.setText(
            Dateline(self.dateline_place.text(), self._when()).render() or self.tr("(kosong)"))

    def _preview_context(self) -> tuple[str, str]:
        return self.headline.text(), self.dateline_preview.text() if \
            self.dateline_place.text().strip() else ""

    def _update_stats(self) -> None:
        stats: TextStats = text_stats(self.body.toPlainText(), self.house.reading_wpm)
        self.stats_changed.emit(stats)

    # -- "Baca juga" and required fields ---------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Someone else holds the edit lock: the article can be read, not changed."""
        for widget in (self.headline, self.body, self.summary, self.subheadline, self.kicker,
                       self.slug, self.bylines, self.dateline_place):
            widget.setReadOnly(read_only)
        for widget in (self.category, self.tags, self.location, self.dateline_when,
                       self.timezone):
            widget.setEnabled(not read_only)
        self.photos_panel.set_read_only(read_only)
        self.read_only = read_only

    def choose_photo(self) -> None:
        """Show the photos tab and ask for an image file."""
        self.side.setCurrentWidget(self.photos_panel)
        self.photos_panel.choose_file()

    def _photos_changed(self) -> None:
        self.preview.schedule()
        self._on_changed()

    def insert_related(self, link: RelatedLink, markdown_line: str) -> None:
        """Insert the link as its own paragraph at the cursor and remember it as related."""
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        if cursor.positionInBlock() > 0:
            cursor.movePosition(cursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n\n")
        cursor.insertText(markdown_line + "\n")
        cursor.endEditBlock()
        self.body.setTextCursor(cursor)
        if all(r.article_id != link.article_id or r.url != link.url for r in self._related):
            self._related = (*self._related, link)
        self._on_changed()

    def mark_required(self, keys: list[str]) -> None:
        """Show which required fields are missing (labels turn red, a note names them)."""
        for key, label in self.field_rows.items():
            label.setStyleSheet("color: #d1242f; font-weight: bold;" if key in keys else "")
        self.headline.setStyleSheet("border-color: #d1242f;" if "headline" in keys else "")
        self.required_note.setVisible(bool(keys))
        self.required_marked.emit(keys)

    def set_focus_mode(self, on: bool) -> None:
        self.preview.setVisible(not on)
        self.side.setVisible(not on)
