"""The writing area (headline, Markdown body, preview, issues; the column is built in
``writing_column.py``) and the metadata panel (built in ``metadata_panel.py``).

The form turns an :class:`Article` into widgets and back. It never writes to the store: the
window decides when and how to save (in a worker, with the version check). Read-only look-ups
it needs (is this slug taken? which tags exist?) are callables handed in by the window and run
in workers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import Article, Byline, RelatedLink, make_slug
from editor.domain.dateline import Dateline, IndonesianTimeZone
from editor.house import HouseSettings, default_house
from editor.proofing.abbreviations import defined_abbreviations
from editor.themes import colour
from editor.ui.issues_panel import IssuesPanel
from editor.ui.labels import status_label
from editor.ui.metadata_panel import MetadataPanel
from editor.ui.operations import log_failure, run_op, supersede
from editor.ui.photos_panel import PhotosPanel
from editor.ui.preview_pane import PreviewPane
from editor.ui.proofing import ProofingController
from editor.ui.writing_column import WritingColumn
from editor.writing.gazetteer import Region, shared_gazetteer
from editor.writing.stats import TextStats, text_stats


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


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
        self.proofing: ProofingController | None = None

        # -- writing column (editor/ui/writing_column.py); the form reads its fields ---------
        self.writing = WritingColumn(self.house)
        w = self.writing
        self.kicker, self.headline, self.headline_meter = w.kicker, w.headline, w.headline_meter
        self.headline_issues, self.body, self.find_bar = w.headline_issues, w.body, w.find_bar
        self.read_only_note, self.highlighter = w.read_only_note, w.highlighter

        self.photos_panel = PhotosPanel()
        self.preview = PreviewPane(self.body, self._preview_context,
                                   photos=self.photos_panel.photos,
                                   images=self.photos_panel.images)

        # -- metadata (editor/ui/metadata_panel.py); the form reads and loads its fields ----
        self.meta = MetadataPanel(self.house, tag_suggestions)
        m = self.meta
        self.subheadline, self.summary, self.summary_meter = m.subheadline, m.summary, m.summary_meter
        self.summary_highlighter, self.slug, self.slug_note = (
            m.summary_highlighter, m.slug, m.slug_note)
        self.category, self.tags, self.bylines = m.category, m.tags, m.bylines
        self.dateline_place, self.dateline_when, self.timezone = (
            m.dateline_place, m.dateline_when, m.timezone)
        self.dateline_preview, self.location, self.status_label = (
            m.dateline_preview, m.location, m.status_label)
        self.required_note, self.field_rows, self._places = m.required_note, m.field_rows, m.places

        self.side = QTabWidget(objectName="sideTabs")
        self.side.setDocumentMode(True)
        self.side.addTab(self.meta, self.tr("Metadata"))
        self.side.addTab(self.photos_panel, self.tr("Foto"))

        self.splitter = QSplitter()
        self.splitter.setObjectName("formSplitter")
        self.splitter.addWidget(self.writing)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([560, 380, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._abbreviations: frozenset[str] = frozenset()  # defined in the body
        self._stats_timer = QTimer(self, singleShot=True, interval=150)
        self._stats_timer.timeout.connect(self._update_stats)
        for line in (self.subheadline, self.kicker, self.bylines, self.dateline_place):
            line.textChanged.connect(self._on_changed)
        self.headline.text_changed.connect(self._headline_changed)
        self.slug.textEdited.connect(self._slug_edited)
        self.slug.textChanged.connect(self._on_changed)
        # Only a change of the text counts: re-highlighting (proofing results, the theme)
        # also fires textChanged, and must never make an opened article "edited".
        self._texts = {"body": "", "summary": ""}
        self.body.textChanged.connect(lambda: self._text_changed("body", self.body))
        self.summary.textChanged.connect(lambda: self._text_changed("summary", self.summary))
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
        run_op(self, lambda: shared_gazetteer().places(), self._places.setStringList,
               log_failure)

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
        """Names the article's metadata gives, and the abbreviations its body defines in
        parentheses ("lalu lintas (lalin)"): never spelling errors in its text. (The editor
        checks paragraph by paragraph; a later paragraph's "lalin" is known through these.)"""
        loc = self.location.location()
        return [*_split_list(self.bylines.text()), self.dateline_place.text(), loc.name,
                loc.province, loc.regency, loc.district, *self.tags.tags(),
                *sorted(self._abbreviations)]

    def _update_proofing_names(self) -> None:
        if self.proofing is not None:
            self.proofing.set_names(self.metadata_names())

    def _show_headline_issues(self) -> None:
        issues = self.proofing.issues_for(self.headline.text()) if self.proofing else ()
        self.headline_issues.setVisible(bool(issues))
        self.headline_issues.setText(" · ".join(i.message for i in issues))
        self.headline_issues.setStyleSheet(f"color: {colour('error')};")

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
        self.meta.set_dateline_time(a.dateline.when)
        self.location.set_location(a.location)
        self.status_label.setText(status_label(a.status))
        self.mark_required([])
        self.headline_issues.clear()  # the previous article's headline findings
        self.headline_issues.hide()
        self._texts = {"body": self.body.toPlainText(), "summary": self.summary.toPlainText()}
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
        """The store took our edits (save or autosave): the stored article becomes the base
        (id, version, status, times), the widgets keep whatever was typed meanwhile. The
        slug the store settled on (numbered to be unique) is shown without counting as an
        edit."""
        self._base = stored
        if self.slug.text().strip() != stored.slug and stored.slug:
            self._loading = True
            self.slug.setText(stored.slug)
            self._slug_auto = stored.slug == make_slug(self.headline.text())
            self._loading = False
            self.slug_note.clear()
        self.status_label.setText(status_label(stored.status))

    @property
    def base(self) -> Article | None:
        return self._base

    def _when(self) -> datetime:
        return self.meta.dateline_time()

    # -- reacting to edits -----------------------------------------------------------------
    def _text_changed(self, name: str, edit: QPlainTextEdit) -> None:
        text = edit.toPlainText()
        if text == self._texts[name]:
            return
        self._texts[name] = text
        self._on_changed()

    def _on_changed(self) -> None:
        if not self._loading:
            self._update_preview()
            self.changed.emit()

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
        own_id = self._base.id if self._base else None
        if not slug:
            supersede(self, "slug")
            self.slug_note.clear()
            return
        taken = self._slug_taken
        run_op(self, lambda: taken(slug, own_id), lambda used: self._slug_answer(slug, used),
               log_failure, key="slug")

    def _slug_answer(self, slug: str, used: bool) -> None:
        self.slug_note.setText(
            self.tr("Slug “%1” sudah dipakai naskah lain; saat disimpan diberi nomor.")
            .replace("%1", slug) if used else "")
        self.slug_note.setStyleSheet(f"color: {colour('warning')};" if used else "")

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
        body = self.body.toPlainText()
        stats: TextStats = text_stats(body, self.house.reading_wpm)
        self.stats_changed.emit(stats)
        abbreviations = defined_abbreviations(body)
        if abbreviations != self._abbreviations:  # rare: a definition typed or removed
            self._abbreviations = abbreviations
            self._update_proofing_names()

    # -- "Baca juga" and required fields ---------------------------------------------------
    def set_read_only(self, read_only: bool, note: str = "") -> None:
        """Someone else holds the edit lock, or the user's role may not change this copy:
        the article can be read, not changed. ``note`` says why, above the headline."""
        self.read_only_note.setText(note)
        self.read_only_note.setVisible(read_only and bool(note))
        for widget in (self.headline, self.body, self.summary, self.subheadline, self.kicker,
                       self.slug, self.bylines, self.dateline_place):
            widget.setReadOnly(read_only)
        for widget in (self.category, self.tags, self.location, self.dateline_when,
                       self.timezone):
            widget.setEnabled(not read_only)
        self.photos_panel.set_read_only(read_only)
        self.read_only = read_only

    def choose_photo(self) -> None:
        """Sisipkan → Sisipkan foto (Ctrl+Shift+G): show the photos tab, ask for a file."""
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
            label.setStyleSheet(f"color: {colour('error')}; font-weight: bold;"
                                if key in keys else "")
        self.headline.setStyleSheet(f"border-color: {colour('error')};"
                                    if "headline" in keys else "")
        self.required_note.setVisible(bool(keys))
        self.required_marked.emit(keys)

    def set_focus_mode(self, on: bool) -> None:
        self.preview.setVisible(not on)
        self.side.setVisible(not on)
