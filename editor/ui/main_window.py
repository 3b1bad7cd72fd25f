"""The main window: article list, editing area, metadata, menus, status bar.

Reads and writes go through the repository in workers; the window only keeps track of which
article is open, whether it has unsaved changes, and the version the edit is based on, so a
conflicting save is refused by the store and shown here — the user's text stays in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import Article
from editor.store import ArticleNotFound, Store, VersionConflict
from editor.ui.article_form import ArticleForm
from editor.ui.article_list import ArticleListPanel
from editor.ui.desk_actions import DeskMixin, build_desk, build_desk_actions, build_desk_menus
from editor.ui.note_banner import attach_note_banner
from editor.ui.proofing import ProofingController
from editor.ui.safety import WorkGuard
from editor.ui.settings_dialog import disabled_proofing, load_house, theme_setting
from editor.ui.workers import run_in_worker
from editor.ui.writing_actions import WritingMixin, build_writing_actions, build_writing_menus
from editor.writing.journal import RecoveryJournal
from editor.writing.slugs import unique_slug


class MainWindow(DeskMixin, WritingMixin, QMainWindow):
    saved = Signal(object)          # the stored Article after a successful save
    save_failed = Signal(str)       # a message already shown to the user
    article_loaded = Signal(object)
    language_change_requested = Signal(str)

    autosaved = Signal(object)      # the stored Article after an autosave
    recovered = Signal(object)      # the JournalEntry restored into the editor

    def __init__(self, store: Store, user: str, parent: QWidget | None = None, *,
                 journal: RecoveryJournal | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self._dirty = False
        self._saving = False
        self._save_after_autosave = False
        self._close_after_save = False
        self._shown_serial = 0            # bumped whenever another article is shown
        self._after_save_action = None    # (action, article id) waiting for a save
        self.setObjectName("mainWindow")
        self.setWindowTitle("Redaksi")

        self.house = load_house()
        self.list_panel = ArticleListPanel(store.articles, user=user)
        repo = store.articles
        self.form = ArticleForm(
            self.house,
            slug_taken=lambda slug, own: repo.slug_exists(slug, exclude_id=own),
            tag_suggestions=lambda prefix: repo.tags(prefix, limit=20))
        rules_off, cats_off = disabled_proofing()
        self.proofing = ProofingController(store.dictionary.words, rules_off, cats_off, self,
                                           term_counts=store.terms.load)
        self.form.attach_proofing(self.proofing)
        self.form.photos_panel.set_media(store.media, user)
        self.proofing.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.form.body.word_added.connect(self._persist_word)
        self.guard = WorkGuard(store, user, journal or RecoveryJournal(), self.form.article,
                               self.house.autosave_seconds, self)
        self.guard.autosave_due.connect(self.autosave)
        self._apply_theme_to_editor(theme_setting())
        build_desk(self)
        self.workflow_bar.open_findings = self.form.issues_panel.open_count
        editing = QWidget(objectName="editingArea")
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(self.workflow_bar)
        editing_layout.addWidget(self.form, 1)
        attach_note_banner(self, editing_layout)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(editing)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([330, 1170])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.statusBar().showMessage(self.tr("Siap. Pengguna: %1").replace("%1", user))

        self.form.changed.connect(self._mark_dirty)
        self.form.changed.connect(self.guard.touched)
        self.form.stats_changed.connect(self._show_stats)
        self.list_panel.open_requested.connect(self.open_article)
        self.list_panel.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._restore_layout()
        self._update_actions()
        self._update_title()
        self.saved.connect(self._run_pending_transition)
        self.list_panel.refresh()
        self._load_categories()
        self.queue_watcher.start()

    # -- actions and menus -----------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&Baru"), std.New, self.new_article, "actionNew")
        self.open_action = self._action(self.tr("&Buka naskah terpilih"), std.Open,
                                        self.open_selected, "actionOpen")
        self.save_action = self._action(self.tr("&Simpan"), std.Save, self.save, "actionSave")
        self.delete_action = self._action(self.tr("&Hapus"), "Ctrl+Shift+Delete",
                                          self.delete_current, "actionDelete")
        self.export_action = self._action(self.tr("&Ekspor…"), "Ctrl+Shift+E",
                                          self.show_export_dialog, "actionExport")
        self.refresh_action = self._action(self.tr("&Muat ulang daftar"), std.Refresh,
                                           self.list_panel.refresh, "actionRefresh")
        self.find_action = self._action(self.tr("&Cari naskah"), "Ctrl+Shift+F",
                                        self._focus_search, "actionFind")
        self.quit_action = self._action(self.tr("&Keluar"), std.Quit, self.close, "actionQuit")
        self.focus_body_action = self._action(self.tr("Ke &badan naskah"), "Ctrl+E",
                                              self.form.body.setFocus, "actionFocusBody")
        self.focus_list_action = self._action(self.tr("Ke &daftar naskah"), "Ctrl+L",
                                              self.list_panel.table.setFocus, "actionFocusList")
        self.lang_id_action = self._action("Bahasa Indonesia", None,
                                           lambda: self.language_change_requested.emit("id"),
                                           "actionLangId")
        self.lang_en_action = self._action("English", None,
                                           lambda: self.language_change_requested.emit("en"),
                                           "actionLangEn")
        self.about_action = self._action(self.tr("&Tentang Redaksi"), None, self._about,
                                         "actionAbout")
        build_writing_actions(self)
        build_desk_actions(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        file_menu.setObjectName("menuFile")
        for action in (self.new_action, self.open_action, self.save_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        build_writing_menus(self, bar)
        view_menu = bar.addMenu(self.tr("&Tampilan"))
        view_menu.setObjectName("menuView")
        for action in (self.find_action, self.refresh_action, self.focus_list_action,
                       self.focus_body_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                       self.focus_mode_action, self.dark_action):
            view_menu.addAction(action)
        language_menu = view_menu.addMenu(self.tr("&Bahasa antarmuka"))
        language_menu.addAction(self.lang_id_action)
        language_menu.addAction(self.lang_en_action)
        build_desk_menus(self, bar)
        help_menu = bar.addMenu(self.tr("Ba&ntuan"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        from editor.ui.session_start import add_switch_user_action

        add_switch_user_action(self, help_menu)

    def _update_actions(self) -> None:
        self.open_action.setEnabled(self.list_panel.selected_id() is not None)
        self.delete_action.setEnabled(self.form.base is not None and self.form.base.id is not None)
        self.save_action.setEnabled(not self._saving)

    def _update_title(self) -> None:
        base = self.form.base
        name = base.headline if base and base.headline else self.tr("Naskah baru")
        self.setWindowTitle(f"{'• ' if self._dirty else ''}{name} — Redaksi")

    def _mark_dirty(self) -> None:
        if not self._dirty:
            self._dirty = True
            self._update_title()

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def _focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    def _about(self) -> None:
        from editor.ui.about_dialog import show_about

        self.about_box = show_about(self, self.store.url, self.user,
                                    getattr(getattr(self, "role", None), "value", ""))

    def show_export_dialog(self) -> None:
        from editor.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.store, self)
        dialog.setObjectName("exportDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _load_categories(self) -> None:
        run_in_worker(self.store.articles.categories, self.form.set_categories)

    # -- opening, creating, saving, deleting -----------------------------------------------
    def _confirm_discard(self) -> bool:
        """Ask before dropping unsaved changes. True when it is fine to go on."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Perubahan belum disimpan"),
            self.tr("Naskah ini punya perubahan yang belum disimpan. Simpan dulu?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # saving is asynchronous; the user repeats the action after it
        return answer == QMessageBox.StandardButton.Discard

    def new_article(self) -> None:
        if not self._confirm_discard():
            return
        self._show(None)
        self.form.headline.setFocus()

    def open_selected(self) -> None:
        article_id = self.list_panel.selected_id()
        if article_id is not None:
            self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        if self.form.base is not None and self.form.base.id == article_id and not self._dirty:
            return
        if not self._confirm_discard():
            return
        self.statusBar().showMessage(self.tr("Membuka naskah…"))
        run_in_worker(lambda: self.store.articles.get(article_id), self._show,
                      self._show_error)

    def _show(self, article: Article | None) -> None:
        if self.form.base is not None or self._dirty:
            self.guard.discard(self.form.article())  # the user chose to leave these edits
        # A save or autosave still in flight belongs to what was shown before: its result
        # must not be applied to this article (see ``_saved``/``_autosaved``).
        self._shown_serial += 1
        self._after_save_action = None
        self.form.load(article)
        self._dirty = False
        self._update_title()
        self._update_actions()
        if article is not None:
            self.statusBar().showMessage(
                self.tr("Naskah %1, versi %2").replace("%1", str(article.id))
                .replace("%2", str(article.version)), 5000)
        self.article_loaded.emit(article)

    def save(self) -> None:
        """Save through the repository in a worker; the version check guards the write."""
        if self._saving:
            self._save_after_autosave = True  # an autosave is in flight: save right after it
            return
        article = self.form.article()
        if not article.headline:
            QMessageBox.warning(self, self.tr("Judul kosong"),
                                self.tr("Naskah perlu judul sebelum disimpan."))
            self.form.headline.setFocus()
            return
        self._saving = True
        self._update_actions()
        self.statusBar().showMessage(self.tr("Menyimpan…"))
        repo, user = self.store.articles, self.user

        def write() -> Article:
            unique = article.with_changes(slug=unique_slug(
                article.slug, lambda s: repo.slug_exists(s, exclude_id=article.id)))
            if unique.id is None:
                return repo.create(unique, user=user)
            return repo.update(unique, user=user)

        serial = self._shown_serial
        run_in_worker(write, lambda stored: self._saved(stored, article, serial),
                      self._save_error)

    def _saved(self, stored: Article, sent: Article, serial: int | None = None) -> None:
        self._saving = False
        old_key = self.guard.key_for(sent)
        if serial is not None and serial != self._shown_serial:
            # The user moved to another article meanwhile: the save landed, the form stays.
            self.guard.discard(key=old_key)
            self.list_panel.refresh()
            self.statusBar().showMessage(
                self.tr("Tersimpan: versi %1").replace("%1", str(stored.version)), 5000)
            return
        sent = sent.with_changes(slug=stored.slug)
        if self.form.article().slug != stored.slug:
            self.form.slug.setText(stored.slug)  # numbered to be unique
        still_same = self.form.article().content_dict() == sent.content_dict()
        if still_same:
            self.guard.discard(key=old_key)
        elif old_key != self.guard.key_for(stored):
            # A new article got its id: its journal entry moves to the stored article's key.
            self.guard.discard(key=old_key)
            self.guard.touched()
        # Keep anything typed while the save was in flight: re-base it on the stored version.
        current = self.form.article() if not still_same else stored
        self.form.load(stored)
        if not still_same:
            self._restore_edits(current, stored)
        self._dirty = not still_same
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Tersimpan: versi %1").replace("%1", str(stored.version)), 5000)
        self.list_panel.refresh()
        self._load_categories()
        self.saved.emit(stored)
        if self._close_after_save and not self._dirty:
            self.close()

    def _restore_edits(self, edited: Article, stored: Article) -> None:
        self.form.load(edited.with_changes(id=stored.id, version=stored.version,
                                           created_at=stored.created_at,
                                           updated_at=stored.updated_at))

    def _save_error(self, exc: Exception) -> None:
        self._saving = False
        self._close_after_save = False
        self._after_save_action = None  # a workflow step waiting for this save is dropped
        self._update_actions()
        if isinstance(exc, VersionConflict):
            message = self.tr(
                "Naskah ini sudah diubah orang lain sejak Anda membukanya, jadi suntingan Anda "
                "tidak disimpan agar tidak menimpa pekerjaannya. Teks Anda tetap di editor: "
                "salin bagian yang perlu, lalu buka ulang naskahnya.")
            detail = str(exc)
        else:
            message = self.tr("Naskah tidak bisa disimpan. Teks Anda tetap di editor.")
            detail = str(exc)
        self.statusBar().showMessage(self.tr("Gagal menyimpan"), 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Gagal menyimpan"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("saveErrorBox")
        box.setDetailedText(detail)
        box.open()
        self.save_failed.emit(detail)

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, ArticleNotFound):
            self.list_panel.refresh()
        self.statusBar().showMessage(str(exc), 10000)

    def delete_current(self) -> None:
        base = self.form.base
        if base is None or base.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hapus naskah"),
            self.tr("Hapus “%1” beserta semua revisinya? Ini tidak bisa dibatalkan.")
            .replace("%1", base.headline),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        user = self.user
        run_in_worker(lambda: self.store.articles.delete(base.id, expected_version=base.version,
                                                         user=user),
                      lambda _: self._deleted(), self._save_error)

    def _deleted(self) -> None:
        self._show(None)
        self.statusBar().showMessage(self.tr("Naskah dihapus"), 5000)
        self.list_panel.refresh()

    # -- layout persistence and closing ----------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first start: 1280×800, but never taller or wider than the screen
            available = self.screen().availableGeometry()
            self.resize(min(1280, available.width()), min(800, available.height()))
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("window/mainSplitter", self.splitter),
                              ("window/formSplitter", self.form.splitter)):
            value = settings.value(key)
            if value is not None:
                splitter.restoreState(value)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/mainSplitter", self.splitter.saveState())
        settings.setValue("window/formSplitter", self.form.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Perubahan belum disimpan"),
                self.tr("Ada perubahan yang belum disimpan. Simpan sebelum keluar?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self._close_after_save = True
                self.save()
                event.ignore()
                return
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.guard.stop()
        self.guard.discard_now(self.guard.key_for(self.form.article()))
        self.queue_watcher.stop()
        if self.live_desk is not None:
            self.live_desk.stop()
        self.edit_session.leave(wait=True)
        self.save_layout()
        event.accept()
