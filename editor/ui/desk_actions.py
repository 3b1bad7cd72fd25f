"""The desk side of the main window: workflow actions, edit locks, comments, related
articles, revisions, audit trail, users and queue notices.

Kept apart from the writing features (``writing_actions.py``) so each can be read alone; the
window mixes both in. Everything slow runs in workers through the widgets themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenuBar, QMessageBox

from editor.domain.article import RelatedLink
from editor.domain.workflow import Action, Role
from editor.ui.comments_panel import CommentsPanel
from editor.ui.edit_session import EditSession
from editor.ui.labels import queue_label, status_label
from editor.ui.link_dialog import baca_juga_markdown
from editor.ui.live_desk import live_desk_for
from editor.ui.queue_watcher import QueueWatcher
from editor.ui.related_panel import RelatedPanel
from editor.ui.workflow_bar import WorkflowBar

RELATED_PAUSE_MS = 800


def build_desk(window) -> None:
    """Create the desk widgets; called by MainWindow before its layout is assembled."""
    window.role = window.store.users.ensure(window.user).role
    window.workflow_bar = WorkflowBar(window.store, window.user, window.role)
    window.edit_session = EditSession(window.store, window.user, window)
    window.comments_panel = CommentsPanel(window.store, window.user, window.form.body)
    window.related_panel = RelatedPanel(window.store)
    # Related articles and comments share the side tabs with the issues and the metadata,
    # so the writing column keeps its width on a laptop screen.
    window.desk_tabs = window.form.side
    window.desk_tabs.addTab(window.related_panel,
                            QCoreApplication.translate("MainWindow", "Terkait"))
    window.desk_tabs.addTab(window.comments_panel,
                            QCoreApplication.translate("MainWindow", "Komentar"))
    window.queue_watcher = QueueWatcher(window.store, window.user, window.role, window)

    window.workflow_bar.transition_requested.connect(window.request_transition)
    window.workflow_bar.transitioned.connect(window._transitioned)
    window.workflow_bar.take_over_requested.connect(window.edit_session.take_over)
    window.edit_session.lock_state_changed.connect(window._lock_state_changed)
    window.comments_panel.highlights_changed.connect(window._refresh_comment_highlights)
    window.related_panel.insert_link_requested.connect(window._insert_suggested_link)
    # Building the draft copies the whole body: do it once typing pauses, not per keystroke.
    window._related_timer = QTimer(window, singleShot=True, interval=RELATED_PAUSE_MS)
    window._related_timer.timeout.connect(
        lambda: (window.related_panel.set_draft(window.form.article()),
                 window.related_panel.refresh_now()))
    window.form.changed.connect(window._related_timer.start)
    window.queue_watcher.arrived.connect(window._queue_arrived)
    window.article_loaded.connect(window._desk_article_loaded)
    # Newsroom mode: changes by others arrive by LISTEN/NOTIFY within a second or two; on
    # SQLite there is nothing to listen to and the queue watcher's timer does the job.
    window.live_desk = live_desk_for(window.store, window)
    if window.live_desk is not None:
        window.live_desk.notice.connect(window._desk_notice)
        window.live_desk.start()
    window.saved.connect(lambda _a: window.comments_panel.reload())


def build_desk_actions(window) -> None:
    window.revisions_action = window._action(QCoreApplication.translate("MainWindow", "&Riwayat revisi…"), "Ctrl+Shift+H",
                                             window.show_revisions, "actionRevisions")
    window.audit_action = window._action(QCoreApplication.translate("MainWindow", "&Jejak audit…"), "Ctrl+Shift+A",
                                         window.show_audit, "actionAudit")
    window.users_action = window._action(QCoreApplication.translate("MainWindow", "&Pengguna dan peran…"), None,
                                         window.show_users, "actionUsers")
    window.import_action = window._action(QCoreApplication.translate("MainWindow", "&Impor arsip…"), "Ctrl+Shift+I",
                                          window.show_import, "actionImport")
    window.comment_action = window._action(QCoreApplication.translate("MainWindow", "&Komentari teks terpilih"), "Ctrl+Alt+M",
                                           window.focus_comment, "actionComment")
    window.queue_actions = []
    for number, key in enumerate(("all", "mine", "review", "changes", "approved"), start=1):
        action = window._action(queue_label(key), QKeySequence(f"Alt+{number}"),
                                lambda _=False, k=key: window.list_panel.show_queue(k),
                                f"actionQueue-{key}")
        window.queue_actions.append(action)


def build_desk_menus(window, bar: QMenuBar) -> None:
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Meja"))
    menu.setObjectName("menuDesk")
    for action in window.queue_actions:
        menu.addAction(action)
    menu.addSeparator()
    for action in (window.comment_action, window.revisions_action, window.audit_action,
                   window.import_action, window.users_action):
        menu.addAction(action)


class DeskMixin:
    """Workflow, locks, comments and related articles for :class:`MainWindow`."""

    # -- workflow --------------------------------------------------------------------------
    def request_transition(self, action: str) -> None:
        """Save pending edits first, check required fields before submitting, then act."""
        if Action(action) is Action.SUBMIT and not self.check_required():
            return
        if self._dirty:
            base = self.form.base
            self._after_save_action = (action, base.id if base else None)
            self.save()
            return
        self.workflow_bar.run(action)

    def _run_pending_transition(self, stored: object) -> None:
        """Run the workflow step that waited for this save — only for the same article, and
        only if the save went through (a failed save clears it, see ``_save_error``)."""
        pending = self._after_save_action
        self._after_save_action = None
        if pending is None:
            return
        action, article_id = pending
        if article_id is not None and article_id != getattr(stored, "id", None):
            return
        self.workflow_bar.set_article(self.form.base)
        self.workflow_bar.run(action)

    def _transitioned(self, result: object) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Status: %1").replace(
                "%1", status_label(result.to_status)), 5000)
        self._reload_open_article()
        self.list_panel.refresh()

    def _reload_open_article(self) -> None:
        base = self.form.base
        if base is None or base.id is None:
            return
        article_id = base.id
        from editor.ui.operations import run_op

        run_op(self, lambda: self.store.articles.get(article_id),
                      lambda a: self._show(a) if not self._dirty else None)

    def _desk_article_loaded(self, article: object) -> None:
        article_id = getattr(article, "id", None)
        self.workflow_bar.set_article(article)
        self.comments_panel.set_article(article_id)
        self.related_panel.set_draft(article)
        if article_id != self.edit_session.article_id:
            self.edit_session.open(article_id)

    def _lock_state_changed(self, read_only: bool, message: str) -> None:
        self.form.set_read_only(read_only)
        self.workflow_bar.set_lock_state(read_only, message)
        self.save_action.setEnabled(not read_only and not self._saving)
        if message:
            self.statusBar().showMessage(message, 8000)

    # -- comments and related --------------------------------------------------------------
    def _refresh_comment_highlights(self) -> None:
        self.form.body.set_extra_layer("comments", self.comments_panel.extra_selections())

    def focus_comment(self) -> None:
        self.desk_tabs.setCurrentWidget(self.comments_panel)
        self.comments_panel.input.setFocus()

    def _insert_suggested_link(self, title: str, target: str) -> None:
        suggestion = self.related_panel.current_suggestion()
        link = RelatedLink(title=title, url=suggestion.url if suggestion else "",
                           article_id=suggestion.article_id if suggestion else None)
        if not link.url and link.article_id is None:
            link = RelatedLink(title=title, url=target)
        self.form.insert_related(link, baca_juga_markdown(link))
        self.form.body.setFocus()

    # -- dialogs ---------------------------------------------------------------------------
    def show_revisions(self) -> None:
        from editor.ui.revisions_dialog import RevisionsDialog

        base = self.form.base
        if base is None or base.id is None:
            return
        if self._dirty:
            # Restoring replaces the text: unsaved edits would be lost. Save them first.
            QMessageBox.information(self, "Redaksi", QCoreApplication.translate(
                "MainWindow", "Simpan dulu perubahan Anda, lalu buka riwayat revisi lagi."))
            return
        dialog = RevisionsDialog(self.store, base.id, self.user, self)
        dialog.restored.connect(self._revision_restored)
        dialog.open()

    def _revision_restored(self, article: object) -> None:
        base = self.form.base
        if base is None or base.id != getattr(article, "id", None):
            return
        if self._dirty:
            # Typed while the dialog was open: keep the text; the next save is refused by
            # the version check and says so, so nothing is lost silently.
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Revisi dipulihkan di basis data; suntingan Anda tetap di editor."),
                10000)
            return
        self._show(article)

    def show_audit(self) -> None:
        from editor.ui.audit_view import AuditDialog

        base = self.form.base
        AuditDialog(self.store, base.id if base else None, self).open()

    def show_users(self) -> None:
        if self.role is not Role.ADMIN:
            QMessageBox.information(self, "Redaksi",
                                    QCoreApplication.translate("MainWindow", "Hanya admin yang mengelola pengguna dan peran."))
            return
        from editor.ui.users_dialog import UsersDialog

        UsersDialog(self.store, self).open()

    def show_import(self) -> None:
        from editor.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, self.user, self)
        dialog.finished_import.connect(lambda _r: self.list_panel.refresh())
        dialog.open()

    # -- notices ---------------------------------------------------------------------------
    def _desk_notice(self, notice: object) -> None:
        """Someone else changed something: refresh only what it touches."""
        self.queue_watcher.check_now()
        self.list_panel.refresh()
        base = self.form.base
        open_id = base.id if base is not None else None
        kind, article_id = getattr(notice, "kind", ""), getattr(notice, "article_id", None)
        if kind == "resync" or (open_id is not None and article_id == open_id):
            if kind in ("comment", "reply", "resolve", "resync"):
                self.comments_panel.reload()
            if kind in ("unlock", "lock-expired") and self.edit_session.read_only:
                self.edit_session.open(open_id)  # the holder left: try to take the lock
            if kind in ("transition", "restore", "resync") and not self._dirty:
                self._reload_open_article()

    def _queue_arrived(self, label: str, headlines: list) -> None:
        text = QCoreApplication.translate("MainWindow", "%1 naskah baru di %2: %3").replace("%1", str(len(headlines))) \
            .replace("%2", label).replace("%3", "; ".join(headlines[:3]))
        self.list_panel.show_notice(text)
        self.statusBar().showMessage(text, 10000)
        self.list_panel.refresh()


