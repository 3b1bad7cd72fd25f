"""The writing desk's actions on the main window (kept out of main_window.py so the
workflow UI can be added there independently).

:class:`WritingMixin` adds: the Edit and Insert menus, zoom, find/replace, distraction-free
mode, theme, settings, "Baca juga" links, the required-field check, autosave, crash recovery
and the status-bar counters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenuBar, QMessageBox

from editor.domain.article import Article
from editor.store import VersionConflict
from editor.ui.labels import field_label
from editor.ui.operations import run_op
from editor.writing.journal import JournalEntry
from editor.writing.required import missing_required_field_keys
from editor.writing.stats import TextStats


def build_writing_actions(window) -> None:
    std = QKeySequence.StandardKey
    body = window.form.body
    a = window._action
    window.undo_action = a(
        QCoreApplication.translate("MainWindow", "&Urungkan"), std.Undo, body.undo, "actionUndo"
    )
    window.redo_action = a(
        QCoreApplication.translate("MainWindow", "&Ulangi"), std.Redo, body.redo, "actionRedo"
    )
    # The editor handles Ctrl+Z itself while focused; the window-level shortcut would be
    # ambiguous with it, so these two are menu entries whose shortcut is shown, not bound.
    for action in (window.undo_action, window.redo_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    body.undoAvailable.connect(window.undo_action.setEnabled)
    body.redoAvailable.connect(window.redo_action.setEnabled)
    window.undo_action.setEnabled(False)
    window.redo_action.setEnabled(False)
    window.find_text_action = a(
        QCoreApplication.translate("MainWindow", "&Cari di naskah…"),
        std.Find,
        lambda: window.form.find_bar.open_bar(),
        "actionFindText",
    )
    window.replace_action = a(
        QCoreApplication.translate("MainWindow", "Cari dan &ganti…"),
        "Ctrl+H",
        lambda: window.form.find_bar.open_bar(replace=True),
        "actionReplace",
    )
    window.zoom_in_action = a(
        QCoreApplication.translate("MainWindow", "Perbesar"),
        std.ZoomIn,
        lambda: body.set_zoom(body.zoom + 1),
        "actionZoomIn",
    )
    window.zoom_out_action = a(
        QCoreApplication.translate("MainWindow", "Perkecil"),
        std.ZoomOut,
        lambda: body.set_zoom(body.zoom - 1),
        "actionZoomOut",
    )
    window.zoom_reset_action = a(
        QCoreApplication.translate("MainWindow", "Ukuran semula"),
        "Ctrl+0",
        lambda: body.set_zoom(0),
        "actionZoomReset",
    )
    window.focus_mode_action = a(
        QCoreApplication.translate("MainWindow", "Mode &fokus"),
        "F11",
        window.toggle_focus_mode,
        "actionFocusMode",
    )
    window.focus_mode_action.setCheckable(True)
    window.dark_action = a(
        QCoreApplication.translate("MainWindow", "Tema &gelap"),
        "Ctrl+Shift+D",
        window.toggle_dark,
        "actionDark",
    )
    window.dark_action.setCheckable(True)
    window.settings_action = a(
        QCoreApplication.translate("MainWindow", "&Pengaturan…"),
        "Ctrl+,",
        window.show_settings,
        "actionSettings",
    )
    window.related_action = a(
        QCoreApplication.translate("MainWindow", "Tautan “&Baca juga”…"),
        "Ctrl+K",
        window.insert_related_link,
        "actionRelatedLink",
    )
    window.required_action = a(
        QCoreApplication.translate("MainWindow", "Periksa &kelengkapan"),
        "Ctrl+Shift+K",
        window.check_required,
        "actionCheckRequired",
    )
    window.proofing_action = a(
        QCoreApplication.translate("MainWindow", "Periksa &ejaan saat mengetik"),
        "F7",
        window.toggle_proofing,
        "actionProofing",
    )
    window.proofing_action.setCheckable(True)
    window.proofing_action.setChecked(True)
    window.next_issue_action = a(
        QCoreApplication.translate("MainWindow", "&Temuan berikutnya"),
        "F8",
        window.next_issue,
        "actionNextIssue",
    )
    window.issue_menu_action = a(
        QCoreApplication.translate("MainWindow", "&Saran untuk temuan di kursor"),
        "Ctrl+.",
        body.context_menu_at_cursor,
        "actionIssueMenu",
    )
    window.focus_meta_action = a(
        QCoreApplication.translate("MainWindow", "Ke &metadata"),
        "Ctrl+M",
        window.focus_metadata,
        "actionFocusMeta",
    )


def build_writing_menus(window, bar: QMenuBar) -> None:
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Sunting"))
    edit.setObjectName("menuEdit")
    for action in (window.undo_action, window.redo_action):
        edit.addAction(action)
    edit.addSeparator()
    edit.addAction(window.find_text_action)
    edit.addAction(window.replace_action)
    insert = bar.addMenu(QCoreApplication.translate("MainWindow", "S&isipkan"))
    insert.setObjectName("menuInsert")
    insert.addAction(window.related_action)
    check = bar.addMenu(QCoreApplication.translate("MainWindow", "&Periksa"))
    check.setObjectName("menuCheck")
    for action in (
        window.proofing_action,
        window.next_issue_action,
        window.issue_menu_action,
        window.required_action,
    ):
        check.addAction(action)


class WritingMixin:
    """Methods the writing actions call; mixed into MainWindow."""

    # -- status bar ------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.words_label = QLabel(objectName="wordsLabel")
        self.reading_label = QLabel(objectName="readingLabel")
        self.autosave_label = QLabel(objectName="autosaveLabel")
        for label in (self.autosave_label, self.words_label, self.reading_label):
            self.statusBar().addPermanentWidget(label)

    def _show_stats(self, stats: TextStats) -> None:
        self.words_label.setText(
            QCoreApplication.translate("MainWindow", "%1 kata · %2 karakter")
            .replace("%1", f"{stats.words:,}".replace(",", "."))
            .replace("%2", f"{stats.characters:,}".replace(",", "."))
        )
        self.reading_label.setText(
            QCoreApplication.translate("MainWindow", "%n menit baca", "", stats.reading_minutes)
        )

    # -- proofing --------------------------------------------------------------------------
    def _persist_word(self, word: str) -> None:
        dictionary, user = self.store.dictionary, self.user
        run_op(self,
            lambda: dictionary.add(word, user=user),
            lambda _: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "“%1” masuk kamus redaksi").replace(
                    "%1", word
                ),
                4000,
            ),
            lambda exc: self.statusBar().showMessage(str(exc), 8000),
        )

    def toggle_proofing(self) -> None:
        self.proofing.set_enabled(self.proofing_action.isChecked())

    def next_issue(self) -> None:
        body = self.form.body
        here = body.textCursor().position()
        issues = body.issues()
        after = [(pos + i.offset, i) for pos, i in issues if pos + i.offset > here]
        target = (
            after[0]
            if after
            else ((issues[0][0] + issues[0][1].offset, issues[0][1]) if issues else None)
        )
        if target:
            from editor.ui.markdown_editor import cursor_to

            cursor_to(body, target[0], target[1].length)

    # -- look ------------------------------------------------------------------------------
    def _apply_theme_to_editor(self, theme: str) -> None:
        dark = theme == "dark"
        self.form.highlighter.set_dark(dark)
        self.form.summary_highlighter.set_dark(dark)
        self.form.preview.theme = theme
        self.form.preview.render_now()
        if hasattr(self, "dark_action"):
            self.dark_action.setChecked(dark)

    def set_theme(self, theme: str) -> None:
        from PySide6.QtCore import QSettings

        from editor.ui.theme import apply_theme

        QSettings().setValue("ui/theme", theme)
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, theme)
        self._apply_theme_to_editor(theme)

    def toggle_dark(self) -> None:
        self.set_theme("dark" if self.dark_action.isChecked() else "light")

    def toggle_focus_mode(self) -> None:
        on = self.focus_mode_action.isChecked()
        self.list_panel.setVisible(not on)
        self.form.set_focus_mode(on)
        self.statusBar().setVisible(not on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
            self.form.body.setFocus()
        else:
            self.showMaximized() if getattr(self, "_was_maximized", False) else self.showNormal()

    def focus_metadata(self) -> None:
        self.form.side.setCurrentWidget(self.form.meta)
        self.form.subheadline.setFocus()

    def show_settings(self) -> None:
        from editor.ui.settings_dialog import (
            SettingsDialog,
            disabled_proofing,
            load_house,
            theme_setting,
        )

        dialog = SettingsDialog(self.proofing.proofreader, self)
        if dialog.exec():
            self.house = load_house()
            self.form.apply_house(self.house)
            self.form.set_categories([])
            self._load_categories()
            self.guard.set_idle_seconds(self.house.autosave_seconds)
            self.proofing.set_disabled(*disabled_proofing())
            self.set_theme(theme_setting())

    # -- "Baca juga" -----------------------------------------------------------------------
    def insert_related_link(self) -> None:
        from editor.ui.link_dialog import RelatedLinkDialog, baca_juga_markdown

        base = self.form.base
        dialog = RelatedLinkDialog(self.store, base.id if base else None, self)
        if dialog.exec() and dialog.chosen is not None:
            self.form.insert_related(dialog.chosen, baca_juga_markdown(dialog.chosen))
            self.form.body.setFocus()

    # -- required fields -------------------------------------------------------------------
    def check_required(self) -> bool:
        """Name the missing required fields (and mark them); True when none is missing.
        The workflow's submit should call this first."""
        keys = missing_required_field_keys(self.form.article(), self.house.required_fields)
        self.form.mark_required(keys)
        if not keys:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Semua kolom wajib sudah terisi"), 4000
            )
            return True
        self.form.side.setCurrentWidget(self.form.meta)
        names = ", ".join(field_label(k) for k in keys)
        self.form.required_note.setText(
            QCoreApplication.translate("MainWindow", "Belum diisi: %1").replace("%1", names)
        )
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Belum diisi: %1").replace("%1", names), 8000
        )
        return False

    # -- autosave --------------------------------------------------------------------------
    def autosave(self) -> None:
        if self._saving or not self._dirty:
            return
        article = self.form.article()
        if not article.headline:
            return  # nothing to file it under yet; the journal still holds it
        self._saving = True
        self.autosave_label.setText(QCoreApplication.translate("MainWindow", "Menyimpan otomatis…"))
        repo, user = self.store.articles, self.user

        def write() -> Article:
            if article.id is None:
                from editor.writing.slugs import unique_slug

                unique = article.with_changes(slug=unique_slug(article.slug, repo.slug_exists))
                return repo.create(unique, user=user, kind="autosave")
            return repo.update(article, user=user, kind="autosave")

        serial = self._shown_serial
        run_op(self,
            write,
            lambda stored: self._autosaved(stored, article, serial),
            self._autosave_failed,
        )

    def _autosaved(self, stored: Article, sent: Article, serial: int | None = None) -> None:
        self._saving = False
        old_key = self.guard.key_for(sent)
        if serial is not None and serial != self._shown_serial:
            # Another article is open now: never re-base it onto the one just autosaved.
            self.guard.discard(key=old_key)
            self.list_panel.refresh()
            self.autosaved.emit(stored)
            if self._save_after_autosave:
                self._save_after_autosave = False
                if self._dirty:
                    self.save()
            return
        self.form.rebase(stored)
        if sent.id is None and self.form.article().slug != stored.slug:
            self.form.slug.setText(stored.slug)
        same = (
            self.form.article().content_dict() == sent.with_changes(slug=stored.slug).content_dict()
        )
        if same:
            self._dirty = False
            self.guard.discard(key=old_key)
        elif old_key != self.guard.key_for(stored):
            self.guard.discard(key=old_key)
            self.guard.touched()
        self._update_title()
        self._update_actions()
        self.autosave_label.setText(
            QCoreApplication.translate("MainWindow", "Tersimpan otomatis %1").replace(
                "%1", stored.updated_at.astimezone().strftime("%H:%M") if stored.updated_at else ""
            )
        )
        if sent.id is None:
            self.list_panel.refresh()
        self.autosaved.emit(stored)
        if self._save_after_autosave:
            self._save_after_autosave = False
            if self._dirty:
                self.save()

    def _autosave_failed(self, exc: Exception) -> None:
        self._saving = False
        self._save_after_autosave = False
        if isinstance(exc, VersionConflict):
            self.autosave_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "Simpan otomatis berhenti: naskah diubah orang lain"
                )
            )
        else:
            self.autosave_label.setText(
                QCoreApplication.translate("MainWindow", "Simpan otomatis gagal")
            )
        self.autosave_label.setToolTip(str(exc))

    # -- crash recovery --------------------------------------------------------------------
    def recoverable(self) -> list[JournalEntry]:
        entries, problems = self.guard.journal.entries()
        for problem in problems:
            self.statusBar().showMessage(problem, 10000)
        return [e for e in entries if not e.user or e.user == self.user]

    def recover(self, entry: JournalEntry) -> None:
        """Put a journal entry's edits in the editor, unsaved, on top of the version they
        were based on (so saving still checks for conflicting saves)."""
        self.form.load(entry.article)
        self.guard.adopt_key(entry.key)
        self._dirty = True
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Suntingan yang belum tersimpan dipulihkan"),
            8000,
        )
        self.recovered.emit(entry)

    def offer_recovery(self) -> None:
        """At start-up: offer the newest unsaved edits left by a crash."""
        entries = self.recoverable()
        if not entries:
            return
        entry = entries[0]
        title = entry.article.headline or QCoreApplication.translate("MainWindow", "(tanpa judul)")
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Pulihkan suntingan?"),
            QCoreApplication.translate(
                "MainWindow",
                "Redaksi tidak ditutup dengan benar. Ada suntingan “%1” yang belum "
                "tersimpan (%2). Pulihkan?",
            )
            .replace("%1", title)
            .replace("%2", entry.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.recover(entry)
        else:
            self.guard.discard_now(entry.key)
