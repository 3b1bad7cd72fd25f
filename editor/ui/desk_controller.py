"""The desk beside the editor: workflow bar, comments, related articles, queues, notices.

:class:`DeskController` builds the desk widgets and wires them to the
:class:`~editor.ui.editor_session.EditorSession` (what is open, the save before a workflow
step) and to the window's :class:`~editor.ui.operations.ChangeHub`: every change — this
window's own saves and transitions, another person's through :func:`~editor.ui.change_poller.
feed_hub` (desk notices on PostgreSQL, the change poller on SQLite) — arrives there once, and
each widget reacts to what concerns it. No widget is refreshed by hand and nothing else polls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from editor.domain.article import Article, RelatedLink
from editor.domain.workflow import Action, Role
from editor.ops import Change, Changes
from editor.ops import session as session_ops
from editor.store import Store
from editor.ui.article_list import ArticleListPanel
from editor.ui.change_poller import feed_hub
from editor.ui.comments_panel import CommentsPanel
from editor.ui.editor_session import EditorSession
from editor.ui.labels import status_label
from editor.ui.link_dialog import baca_juga_markdown
from editor.ui.operations import ChangeHub
from editor.ui.queue_watcher import QueueWatcher
from editor.ui.related_panel import RelatedPanel
from editor.ui.workflow_bar import WorkflowBar

RELATED_PAUSE_MS = 800



class DeskController(QObject):
    def __init__(self, window: QMainWindow, store: Store, user: str, session: EditorSession,
                 hub: ChangeHub, list_panel: ArticleListPanel,
                 check_required: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window, self.store, self.user = window, store, user
        self.session, self.hub, self.list_panel = session, hub, list_panel
        self.form = session.form
        self.check_required = check_required
        self.role = session_ops.ensure_user(store, user).role
        self.workflow_bar = WorkflowBar(store, user, self.role)
        self.workflow_bar.hub = hub
        self.comments_panel = CommentsPanel(store, user, self.form.body)
        self.comments_panel.follow(hub)
        self.related_panel = RelatedPanel(store)
        # Related articles and comments share the side tabs with the issues and metadata,
        # so the writing column keeps its width on a laptop screen.
        self.tabs = self.form.side
        self.tabs.addTab(self.related_panel, self.tr("Terkait"))
        self.tabs.addTab(self.comments_panel, self.tr("Komentar"))
        self.queue_watcher = QueueWatcher(store, user, self.role, self)

        self.workflow_bar.transition_requested.connect(self.request_transition)
        self.workflow_bar.transitioned.connect(self._transitioned)
        self.workflow_bar.take_over_requested.connect(session.lock.take_over)
        session.lock.lock_state_changed.connect(self.workflow_bar.set_lock_state)
        session.article_loaded.connect(self._article_loaded)
        session.saved.connect(self._article_stored)
        session.autosaved.connect(self._article_stored)
        self.comments_panel.highlights_changed.connect(self._comment_highlights)
        self.related_panel.insert_link_requested.connect(self._insert_suggested_link)
        # Building the draft copies the whole body: do it once typing pauses.
        self._related_timer = QTimer(self, singleShot=True, interval=RELATED_PAUSE_MS)
        self._related_timer.timeout.connect(self._related_draft)
        self.form.changed.connect(self._related_timer.start)
        self.queue_watcher.arrived.connect(self._queue_arrived)
        hub.subscribe(self, self._changed)
        # Changes by others: desk notices on PostgreSQL (within a second or two, no polling),
        # the change poller on SQLite (every few seconds). Both publish on the hub.
        self.live_desk, self.poller = feed_hub(store, hub, user, self)

    def start(self) -> None:
        self.queue_watcher.start()
        if self.live_desk is not None:
            self.live_desk.start()
        if self.poller is not None:
            self.poller.start()

    def stop(self) -> None:
        if self.live_desk is not None:
            self.live_desk.stop()
        if self.poller is not None:
            self.poller.stop()

    def _status(self, text: str, ms: int = 5000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # -- workflow --------------------------------------------------------------------------
    def request_transition(self, action: str) -> None:
        """Check required fields before submitting, save pending edits, then act."""
        if Action(action) is Action.SUBMIT and not self.check_required():
            return
        if self.session.dirty:
            self.session.save(then=lambda _stored: self.workflow_bar.run(action))
            return
        self.workflow_bar.run(action)

    def _transitioned(self, result: Any) -> None:
        self._status(self.tr("Status: %1").replace("%1", status_label(result.to_status)))

    def _article_loaded(self, article: Article | None) -> None:
        article_id = article.id if article is not None else None
        self.workflow_bar.set_article(article)
        self.comments_panel.set_article(article_id)
        self.related_panel.set_draft(article)

    def _article_stored(self, _stored: Article) -> None:
        """A save landed: a new article has an id now, so the workflow steps and comments
        apply to it (before, Submit only appeared after reopening the article)."""
        base = self.form.base
        self.workflow_bar.set_article(base)
        article_id = base.id if base is not None else None
        if article_id != self.comments_panel.article_id:
            self.comments_panel.set_article(article_id)

    def _changed(self, changes: Changes) -> None:
        """Someone (this window or another person) changed something: react where it shows."""
        if not changes.local and changes.affects_list:
            self.queue_watcher.check_now()
        open_id = self.session.article_id
        if open_id is None or not changes.touches(open_id):
            return
        if changes.has(Change.STATUS) or (not changes.local and changes.has(Change.CONTENT)):
            self.session.reload()
        if not changes.local and changes.has(Change.LOCKS) and self.session.lock.read_only:
            self.session.lock.open(open_id)  # the holder left: try to take the lock

    def _queue_arrived(self, label: str, headlines: list[str]) -> None:
        text = (self.tr("%1 naskah baru di %2: %3").replace("%1", str(len(headlines)))
                .replace("%2", label).replace("%3", "; ".join(headlines[:3])))
        self.list_panel.show_notice(text)  # the lists already follow the hub's change
        self._status(text, 10000)

    # -- comments and related --------------------------------------------------------------
    def _comment_highlights(self) -> None:
        self.form.body.set_extra_layer("comments", self.comments_panel.extra_selections())

    def focus_comment(self) -> None:
        self.tabs.setCurrentWidget(self.comments_panel)
        self.comments_panel.input.setFocus()

    def _related_draft(self) -> None:
        self.related_panel.set_draft(self.form.article(), at_once=True)

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

        article_id = self.session.article_id
        if article_id is None:
            return
        if self.session.dirty:
            # Restoring replaces the text: unsaved edits would be lost. Save them first.
            QMessageBox.information(self.window, "Redaksi", self.tr(
                "Simpan dulu perubahan Anda, lalu buka riwayat revisi lagi."))
            return
        dialog = RevisionsDialog(self.store, article_id, self.user, self.window)
        dialog.hub = self.hub
        dialog.restored.connect(self._revision_restored)
        dialog.open()

    def _revision_restored(self, article: Article) -> None:
        if self.session.article_id != article.id:
            return
        if self.session.dirty:
            # Typed while the dialog was open: keep the text; the next save is refused by
            # the version check and says so, so nothing is lost silently.
            self._status(self.tr("Revisi dipulihkan di basis data; suntingan Anda tetap di editor."),
                         10000)
            return
        self.session.show(article)

    def show_overview(self) -> None:
        """Meja → Ikhtisar meja: today's stories, live; one window, raised when open."""
        from editor.ui.desk_overview import DeskOverviewDialog

        dialog = getattr(self, "overview_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog):
            # It follows the window's hub: desk notices or the window's one change poller.
            dialog = DeskOverviewDialog(self.store, self.hub, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open_requested.connect(self.session.open)
            self.overview_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_audit(self) -> None:
        from editor.ui.audit_view import AuditDialog

        AuditDialog(self.store, self.session.article_id, self.window).open()

    def show_users(self) -> None:
        if self.role is not Role.ADMIN:
            QMessageBox.information(self.window, "Redaksi",
                                    self.tr("Hanya admin yang mengelola pengguna dan peran."))
            return
        from editor.ui.users_dialog import UsersDialog

        UsersDialog(self.store, self.window).open()

    def show_import(self) -> None:
        from editor.ui.import_dialog import ImportDialog

        ImportDialog(self.store, self.user, self.window, hub=self.hub).open()
