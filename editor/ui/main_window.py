"""The main window: it assembles the parts and lays them out; each job lives elsewhere.

- :class:`~editor.ui.editor_session.EditorSession` — the open article, its save state,
  autosave, recovery journal and edit lock: the single save pipeline;
- :class:`~editor.ui.desk_controller.DeskController` — workflow bar, comments, related
  articles, queues and desk notices;
- :class:`~editor.ui.writing_controller.WritingController` — counters, proofing, look,
  settings, links, the required-field check;
- :mod:`editor.ui.actions` — every menu entry and shortcut, from one table;
- :class:`~editor.ui.operations.ChangeHub` — the one "something changed" signal they share.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from editor.domain.editing import may_delete
from editor.domain.workflow import Action
from editor.ops import Changes, queries
from editor.ops.media import MediaAccess
from editor.store import Store
from editor.ui import settings_keys as keys
from editor.ui.actions import FORMAT_ATTRS, WORKFLOW_ATTRS, build_actions, build_menus
from editor.ui.article_form import ArticleForm
from editor.ui.article_list import ArticleListPanel
from editor.ui.desk_controller import DeskController
from editor.ui.editor_session import EditorSession
from editor.ui.note_banner import attach_note_banner
from editor.ui.operations import ChangeHub
from editor.ui.proofing import ProofingController
from editor.ui.settings_dialog import disabled_proofing, load_house, theme_setting
from editor.ui.writing_controller import WritingController
from editor.writing.journal import JournalEntry, RecoveryJournal

LIST_SHARE = 0.28  # the article list's share of a new window's width


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, store: Store, user: str, parent: QWidget | None = None, *,
                 journal: RecoveryJournal | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.setObjectName("mainWindow")
        self.setWindowTitle("Redaksi")
        self.hub = ChangeHub(self)
        self.house = load_house()
        self.list_panel = ArticleListPanel(store, user=user)
        self.list_panel.follow(self.hub)
        self.form = ArticleForm(
            self.house,
            slug_taken=lambda slug, own: queries.slug_taken(store, slug, own),
            tag_suggestions=lambda prefix: queries.tag_suggestions(store, prefix, limit=20))
        rules_off, cats_off = disabled_proofing()
        self.proofing = ProofingController(lambda: queries.dictionary_words(store), rules_off,
                                           cats_off, self,
                                           term_counts=lambda: queries.term_counts(store))
        self.form.attach_proofing(self.proofing)
        self.form.photos_panel.set_media(MediaAccess(store), user)
        self.proofing.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))

        self.session = EditorSession(store, user, self.form, self.hub, self,
                                     journal=journal or RecoveryJournal(),
                                     idle_seconds=self.house.autosave_seconds)
        self.writing = WritingController(self, store, user, self.form, self.session,
                                         self.proofing, self.list_panel, self.hub, self.house)
        self.desk = DeskController(self, store, user, self.session, self.hub, self.list_panel,
                                   self.writing.check_required)
        # The parts tests and scripts reach through the window.
        s, d = self.session, self.desk
        self.saved, self.autosaved, self.save_failed = s.saved, s.autosaved, s.save_failed
        self.article_loaded, self.recovered = s.article_loaded, s.recovered
        self.guard, self.edit_session = s.guard, s.lock
        self.workflow_bar, self.comments_panel, self.related_panel = (
            d.workflow_bar, d.comments_panel, d.related_panel)
        self.queue_watcher, self.live_desk, self.role = d.queue_watcher, d.live_desk, d.role
        self.change_poller = d.poller  # SQLite: the one poll for changes made elsewhere
        # Approving with open proofing findings asks for a second click.
        self.workflow_bar.open_findings = self.form.issues_panel.open_count
        self.form.issues_panel.counted.connect(self.workflow_bar.findings_changed)
        self.words_label, self.reading_label, self.autosave_label = (
            self.writing.words_label, self.writing.reading_label, self.writing.autosave_label)
        self._build_layout()

        build_actions(self)
        build_menus(self)
        self.format_actions = [getattr(self, attr) for attr in FORMAT_ATTRS]
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.form.body.undoAvailable.connect(self.undo_action.setEnabled)
        self.form.body.redoAvailable.connect(self.redo_action.setEnabled)
        self.update_workflow_actions()
        self.writing.apply_theme_to_editor(theme_setting())
        self.dark_action.setChecked(theme_setting() == "dark")
        self.statusBar().showMessage(self.tr("Siap. Pengguna: %1").replace("%1", user))

        s.state_changed.connect(self._update_state)
        s.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        s.lock.lock_state_changed.connect(
            lambda _ro, message: message and self.statusBar().showMessage(message, 8000))
        self.list_panel.open_requested.connect(self.open_article)
        self.list_panel.table.selectionModel().selectionChanged.connect(self._update_state)
        self._restore_layout()
        self._update_state()
        self.list_panel.refresh()
        self.desk.start()

    def _build_layout(self) -> None:
        editing = QWidget(objectName="editingArea")
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(self.workflow_bar)
        editing_layout.addWidget(self.form, 1)
        attach_note_banner(self, editing_layout)  # the latest workflow note, above the form
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(editing)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([330, 1170])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)

    def _update_state(self) -> None:
        s = self.session
        self.open_action.setEnabled(self.list_panel.selected_id() is not None)
        # Only what the store would allow: reporters do not delete (the desk does).
        self.delete_action.setVisible(may_delete(self.role))
        self.delete_action.setEnabled(s.article_id is not None and may_delete(self.role))
        self.save_action.setEnabled(not s.saving and not s.read_only)
        base = self.form.base
        name = base.headline if base and base.headline else self.tr("Naskah baru")
        self.setWindowTitle(f"{'• ' if s.dirty else ''}{name} — Redaksi")

    # -- what the action table and tests call ----------------------------------------------
    @property
    def is_dirty(self) -> bool:
        return self.session.dirty

    @property
    def _dirty(self) -> bool:
        return self.session.dirty

    @_dirty.setter
    def _dirty(self, value: bool) -> None:
        self.session.dirty = value

    def save(self) -> None:
        self.session.save()

    def autosave(self) -> None:
        self.session.autosave()

    def new_article(self) -> None:
        self.session.new()

    def open_article(self, article_id: int) -> None:
        self.session.open(article_id)

    def open_selected(self) -> None:
        article_id = self.list_panel.selected_id()
        if article_id is not None:
            self.session.open(article_id)

    def request_transition(self, action: str) -> None:
        self.desk.request_transition(action)

    def request_workflow_step(self, value: str) -> None:
        """A workflow step from the Desk menu: as if its button in the bar was pressed."""
        self.workflow_bar.request(Action(value))

    def update_workflow_actions(self) -> None:
        """The Desk menu offers exactly the steps the workflow bar offers."""
        for attr in WORKFLOW_ATTRS:
            action = getattr(self, attr)
            action.setEnabled(self.workflow_bar.offers(Action(action.objectName().split("-", 1)[1])))

    def check_required(self) -> bool:
        return self.writing.check_required()

    def recoverable(self) -> list[JournalEntry]:
        return self.session.recoverable()

    def recover(self, entry: JournalEntry) -> None:
        self.session.recover(entry)

    def offer_recovery(self) -> None:
        self.session.offer_recovery()

    def open_replace(self) -> None:
        self.form.find_bar.open_bar(replace=True)

    def focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    def zoom_in(self) -> None:
        self.form.body.set_zoom(self.form.body.zoom + 1)

    def zoom_out(self) -> None:
        self.form.body.set_zoom(self.form.body.zoom - 1)

    def zoom_reset(self) -> None:
        self.form.body.set_zoom(0)

    def set_dark(self, on: bool) -> None:
        self.writing.set_theme("dark" if on else "light")

    def show_settings(self) -> None:
        if self.writing.show_settings():
            self.house = self.writing.house
            self.writing.set_theme(theme_setting())
            self.dark_action.setChecked(theme_setting() == "dark")

    def use_indonesian(self) -> None:
        self.language_change_requested.emit("id")

    def use_english(self) -> None:
        self.language_change_requested.emit("en")

    def about(self) -> None:
        from editor.ui.about_dialog import show_about

        self.about_box = show_about(self, self.store.url, self.user,
                                    getattr(self.role, "value", ""))

    def switch_user(self) -> None:
        from editor.ui.session_start import switch_user

        switch_user(self)

    def show_shortcuts(self) -> None:
        from editor.ui.format_actions import show_shortcut_sheet

        self.shortcut_sheet = show_shortcut_sheet(self)

    def show_dictionary(self) -> None:
        from editor.ui.dictionary_dialog import open_dictionary

        self.dictionary_dialog = open_dictionary(self)

    def show_export_dialog(self) -> None:
        from editor.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.store, self)
        dialog.setObjectName("exportDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def publish(self, changes: Changes) -> None:
        """Tell every part of the window about a change made outside it."""
        self.hub.publish(changes)

    # -- layout persistence and closing ----------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = keys.WINDOW_GEOMETRY.read(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first start: 1280×800, but never taller or wider than the screen
            available = self.screen().availableGeometry()
            self.resize(min(1280, available.width()), min(800, available.height()))
        state = keys.WINDOW_STATE.read(settings)
        if state is not None:
            self.restoreState(state)
        restored = False
        for key, splitter in ((keys.MAIN_SPLITTER, self.splitter),
                              (keys.FORM_SPLITTER, self.form.splitter)):
            value = key.read(settings)
            if value is not None:
                restored = splitter.restoreState(value) or restored
        # Until the person moves a divider (or a saved layout was restored), the columns
        # follow the window's width: a first start that is then maximised or resized keeps
        # the list's share and the side tabs' width.
        self._default_layout = not restored
        if self._default_layout:
            self._default_splitters(self.width())
            for splitter in (self.splitter, self.form.splitter):
                splitter.splitterMoved.connect(self._layout_chosen)

    def _layout_chosen(self, *_args: object) -> None:
        self._default_layout = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if getattr(self, "_default_layout", False):
            self._default_splitters(self.width())

    def _default_splitters(self, width: int) -> None:
        """A new window's columns, in pixels (setSizes does not take proportions): the list
        gets LIST_SHARE (two-line headlines of ~45 characters a line at 1280 px), the side
        tabs the width their tab bar needs (all five tabs visible), then writing column
        and preview share the rest 2:1."""
        listed = round(width * LIST_SHARE)
        editing = width - listed
        self.splitter.setSizes([listed, editing])
        tabs = self.form.side.tabBar()
        tabs.ensurePolished()
        side = min(max(340, tabs.sizeHint().width() + 10), round(editing * 0.45))
        rest = editing - side
        writing = max(round(rest * 0.66), min(rest, 360))  # the preview gives way first
        self.form.splitter.setSizes([writing, editing - side - writing, side])

    def save_layout(self) -> None:
        settings = QSettings()
        keys.WINDOW_GEOMETRY.write(self.saveGeometry(), settings)
        keys.WINDOW_STATE.write(self.saveState(), settings)
        keys.MAIN_SPLITTER.write(self.splitter.saveState(), settings)
        keys.FORM_SPLITTER.write(self.form.splitter.saveState(), settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.session.dirty:
            answer = QMessageBox.question(
                self, self.tr("Perubahan belum disimpan"),
                self.tr("Ada perubahan yang belum disimpan. Simpan sebelum keluar?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.session.save(then=lambda _stored: self.close())
                event.ignore()
                return
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.session.shut_down()
        self.desk.stop()
        self.save_layout()
        event.accept()
