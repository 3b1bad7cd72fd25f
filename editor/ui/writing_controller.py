"""The writing desk's tools around the editor: counters, formatting, proofing switches,
zoom, theme, distraction-free mode, settings, "Baca juga" links and the required-field check.

Kept apart from the save state (``editor_session.py``) and the desk (``desk_controller.py``):
nothing here writes an article; the dictionary word goes through ``editor.ops.queries``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from editor.house import HouseSettings
from editor.ops import queries
from editor.ops.queries import add_word
from editor.store import Store
from editor.ui import settings_keys as keys
from editor.ui.article_form import ArticleForm
from editor.ui.article_list import ArticleListPanel
from editor.ui.editor_session import EditorSession
from editor.ui.format_actions import apply_format, format_command
from editor.ui.labels import field_label
from editor.ui.messages import message_for
from editor.ui.operations import ChangeHub, log_failure, run_op
from editor.ui.proofing import ProofingController
from editor.ui.settings_dialog import disabled_proofing, load_house
from editor.writing.required import missing_required_field_keys
from editor.writing.stats import TextStats


class WritingController(QObject):
    def __init__(self, window: QMainWindow, store: Store, user: str, form: ArticleForm,
                 session: EditorSession, proofing: ProofingController,
                 list_panel: ArticleListPanel, hub: ChangeHub, house: HouseSettings) -> None:
        super().__init__(window)
        self.window, self.store, self.user, self.form = window, store, user, form
        self.session, self.proofing, self.list_panel, self.hub = session, proofing, list_panel, hub
        self.house = house
        self._was_maximized = False
        self.words_label = QLabel(objectName="wordsLabel")
        self.reading_label = QLabel(objectName="readingLabel")
        self.autosave_label = QLabel(objectName="autosaveLabel")
        for label in (self.autosave_label, self.words_label, self.reading_label):
            window.statusBar().addPermanentWidget(label)
        form.stats_changed.connect(self.show_stats)
        form.body.word_added.connect(self.persist_word)
        session.autosave_note.connect(self._autosave_note)
        hub.subscribe(self, self._changed)
        self.load_categories()

    # -- counters and notes ----------------------------------------------------------------
    def show_stats(self, stats: TextStats) -> None:
        self.words_label.setText(
            self.tr("%1 kata · %2 karakter")
            .replace("%1", f"{stats.words:,}".replace(",", "."))
            .replace("%2", f"{stats.characters:,}".replace(",", ".")))
        self.reading_label.setText(self.tr("%n menit baca", "", stats.reading_minutes))

    def _autosave_note(self, text: str, tooltip: str) -> None:
        self.autosave_label.setText(text)
        self.autosave_label.setToolTip(tooltip)

    def load_categories(self) -> None:
        store = self.store
        run_op(self, lambda: queries.categories(store), self.form.set_categories, log_failure,
               key="categories")

    def _changed(self, changes: object) -> None:
        from editor.ops import Change, Changes

        if isinstance(changes, Changes) and changes.has(Change.CREATED, Change.CONTENT,
                                                        Change.IMPORTED):
            self.load_categories()  # a new rubrik may have been typed in

    # -- formatting (Sunting › Format) -----------------------------------------------------
    def apply_format(self, name: str) -> None:
        """Bold, italic, heading, lists or link on the body's selection, one undo step."""
        apply_format(self.form.body, name, format_command(name))

    # -- proofing --------------------------------------------------------------------------
    def persist_word(self, word: str) -> None:
        store, user = self.store, self.user
        run_op(self, lambda: add_word(store, word, user=user),
               lambda _changes: self.window.statusBar().showMessage(
                   self.tr("“%1” masuk kamus redaksi").replace("%1", word), 4000),
               lambda exc: self.window.statusBar().showMessage(message_for(exc), 8000))

    def set_proofing(self, on: bool) -> None:
        self.proofing.set_enabled(on)

    def next_issue(self) -> None:
        from editor.ui.markdown_editor import cursor_to

        body = self.form.body
        here = body.textCursor().position()
        issues = body.issues()
        after = [(pos + i.offset, i) for pos, i in issues if pos + i.offset > here]
        target = after[0] if after else (
            (issues[0][0] + issues[0][1].offset, issues[0][1]) if issues else None)
        if target:
            cursor_to(body, target[0], target[1].length)

    # -- look ------------------------------------------------------------------------------
    def apply_theme_to_editor(self, theme: str) -> None:
        dark = theme == "dark"
        self.form.highlighter.set_dark(dark)
        self.form.summary_highlighter.set_dark(dark)
        self.form.preview.theme = theme
        self.form.preview.render_now()

    def set_theme(self, theme: str) -> None:
        from editor.ui.theme import apply_theme

        keys.THEME.write(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.apply_theme_to_editor(theme)

    def set_focus_mode(self, on: bool) -> None:
        window = self.window
        self.list_panel.setVisible(not on)
        self.form.set_focus_mode(on)
        window.statusBar().setVisible(not on)
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
            self.form.body.setFocus()
        elif self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()

    def focus_metadata(self) -> None:
        self.form.side.setCurrentWidget(self.form.meta)
        self.form.subheadline.setFocus()

    def show_settings(self) -> bool:
        """The settings dialog; True when the user applied new settings."""
        from editor.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.proofing.proofreader, self.window)
        if not dialog.exec():
            return False
        self.house = load_house()
        self.form.apply_house(self.house)
        self.form.set_categories([])
        self.load_categories()
        self.session.guard.set_idle_seconds(self.house.autosave_seconds)
        self.proofing.set_disabled(*disabled_proofing())
        return True

    # -- "Baca juga" -----------------------------------------------------------------------
    def insert_related_link(self) -> None:
        from editor.ui.link_dialog import RelatedLinkDialog, baca_juga_markdown

        dialog = RelatedLinkDialog(self.store, self.session.article_id, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.form.insert_related(dialog.chosen, baca_juga_markdown(dialog.chosen))
            self.form.body.setFocus()

    # -- required fields -------------------------------------------------------------------
    def check_required(self) -> bool:
        """Name the missing required fields (and mark them); True when none is missing.
        The workflow's submit calls this first."""
        keys = missing_required_field_keys(self.form.article(), self.house.required_fields)
        self.form.mark_required(keys)
        status = self.window.statusBar()
        if not keys:
            status.showMessage(self.tr("Semua kolom wajib sudah terisi"), 4000)
            return True
        self.form.side.setCurrentWidget(self.form.meta)
        names = ", ".join(field_label(k) for k in keys)
        self.form.required_note.setText(self.tr("Belum diisi: %1").replace("%1", names))
        status.showMessage(self.tr("Belum diisi: %1").replace("%1", names), 8000)
        return False
