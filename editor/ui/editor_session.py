"""The open article and everything about keeping it safe: one object, one save pipeline.

:class:`EditorSession` owns the editor's save state — which article is shown, whether it has
unsaved edits, whether a save is in flight — and is the only code that writes it: Ctrl+S,
autosave, "Simpan" in the unsaved-changes prompt, the save before a workflow step and the
save before quitting all go through :meth:`save` / :meth:`autosave` and from there through
:func:`editor.ops.save_article` (unique slug, headline, autosave coalescing, version check).
It also holds the recovery journal (:class:`~editor.ui.safety.WorkGuard`) and the edit lock
(:class:`~editor.ui.edit_session.EditSession`) of the open article.

What the user chose to do after a save ("then") runs once the save landed for the same
article: opening another article after "Simpan", the workflow step, closing the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from editor import ops
from editor.domain.article import Article
from editor.domain.editing import EditRefused
from editor.house import house_time
from editor.ops import queries
from editor.store import ArticleNotFound, Store, VersionConflict
from editor.ui.article_form import ArticleForm
from editor.ui.edit_session import EditSession
from editor.ui.messages import message_for, refusal_text
from editor.ui.operations import ChangeHub, run_op
from editor.ui.safety import WorkGuard
from editor.writing.journal import JournalEntry, RecoveryJournal

AfterSave = Callable[[Article], None]



class EditorSession(QObject):
    saved = Signal(object)          # the stored Article after a successful save
    autosaved = Signal(object)      # the stored Article after an autosave
    save_failed = Signal(str)       # a message already shown to the user
    article_loaded = Signal(object)  # the Article now shown (None: a new one)
    recovered = Signal(object)      # the JournalEntry restored into the editor
    state_changed = Signal()        # dirty / saving / article changed: title, actions follow
    message = Signal(str, int)      # a status-bar message and how long to show it
    autosave_note = Signal(str, str)  # the autosave label's text and tooltip

    def __init__(self, store: Store, user: str, form: ArticleForm, hub: ChangeHub,
                 window: QWidget, *, journal: RecoveryJournal, idle_seconds: int) -> None:
        super().__init__(window)
        self.store, self.user, self.form, self.hub, self.window = store, user, form, hub, window
        self.dirty = False
        self.saving = False
        self._save_queued = False       # Ctrl+S while an autosave is in flight
        self._then: AfterSave | None = None
        self._shown = 0                 # bumped whenever another article is shown
        self._prompting = False
        #: Why the edit table refuses this user the open article (None: they may edit it).
        self.refusal: str | None = None
        self.guard = WorkGuard(store, user, journal, form.article, idle_seconds, self)
        self.guard.autosave_due.connect(self.autosave)
        self.guard.journal_failed.connect(lambda text: self.message.emit(
            self.tr("Jurnal pemulihan tidak bisa ditulis: %1").replace("%1", text), 15000))
        self.lock = EditSession(store, user, self)
        self.lock.lock_state_changed.connect(self._lock_state_changed)
        form.changed.connect(self._mark_dirty)
        form.changed.connect(self.guard.touched)

    # -- state -----------------------------------------------------------------------------
    @property
    def article_id(self) -> int | None:
        base = self.form.base
        return base.id if base is not None else None

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.state_changed.emit()

    def _mark_dirty(self) -> None:
        if not self.dirty:
            self._set_dirty(True)

    @property
    def read_only(self) -> bool:
        """The open article cannot be changed: someone else holds the lock, or the edit
        table does not let this user change it (approved copy for a reporter)."""
        return self.lock.read_only or self.refusal is not None

    def _lock_state_changed(self, read_only: bool, _message: str) -> None:
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        note = ""
        if self.refusal is not None:
            note = self.tr("Hanya baca: Anda tidak boleh mengubah naskah ini (%1).").replace(
                "%1", self.refusal)
        self.form.set_read_only(self.read_only, note)
        self.state_changed.emit()

    def _set_refusal(self, article_id: int | None, refusal: EditRefused | None) -> None:
        if article_id != self.article_id:
            return  # an answer for an article no longer shown
        self.refusal = refusal_text(refusal)
        self._apply_read_only()

    # -- leaving, opening, showing ---------------------------------------------------------
    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the unsaved edits are dealt with: saved ("Simpan", and the save
        landed), thrown away ("Buang") — or never, on "Batal" or a failed save."""
        if not self.dirty:
            then()
            return
        if self._prompting:
            return  # a second double-click while the question is open
        self._prompting = True
        try:
            answer = QMessageBox.question(
                self.window, self.tr("Perubahan belum disimpan"),
                self.tr("Naskah ini punya perubahan yang belum disimpan. Simpan dulu?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        finally:
            self._prompting = False
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=lambda _stored: self.confirm_leave(then))
        elif answer == QMessageBox.StandardButton.Discard:
            then()

    def new(self) -> None:
        self.confirm_leave(lambda: (self.show(None), self.form.headline.setFocus()))

    def open(self, article_id: int) -> None:
        if self.article_id == article_id and not self.dirty:
            return
        self.confirm_leave(lambda: self._load(article_id))

    def _load(self, article_id: int) -> None:
        self.message.emit(self.tr("Membuka naskah…"), 0)
        run_op(self, lambda: self._fetch(article_id), lambda got: self.show(*got),
               self._open_failed, key="open")

    def _fetch(self, article_id: int) -> tuple[Article, EditRefused | None]:
        """In a worker: the article and whether this user may change it (one round trip,
        so the form is read-only before the first keystroke could reach it)."""
        return (queries.get_article(self.store, article_id),
                queries.edit_refusal(self.store, article_id, self.user))

    def reload(self) -> None:
        """Show the stored state of the open article again (after someone else changed it),
        unless it holds unsaved edits."""
        article_id = self.article_id
        if article_id is None or self.dirty:
            return
        run_op(self, lambda: self._fetch(article_id), self._show_again, self._open_failed,
               key="open")

    def _show_again(self, got: tuple[Article, EditRefused | None]) -> None:
        """The open article's stored state, shown again where the writer was: the body's
        cursor and scroll stay (a workflow step or another desk's save must not throw the
        writer back to the first line)."""
        if self.dirty or self.article_id != got[0].id:
            return
        body = self.form.body
        position, scroll = body.textCursor().position(), body.verticalScrollBar().value()
        self.show(*got)
        cursor = body.textCursor()
        cursor.setPosition(min(position, len(body.toPlainText())))
        body.setTextCursor(cursor)
        body.verticalScrollBar().setValue(scroll)

    def _open_failed(self, exc: Exception) -> None:
        if isinstance(exc, ArticleNotFound):
            self.hub.publish(ops.Changes.of(ops.Change.DELETED, ids=(exc.ref,)))  # type: ignore[arg-type]
        self.message.emit(message_for(exc), 10000)

    def show(self, article: Article | None,
             refusal: EditRefused | None | bool = True) -> None:
        """Put ``article`` (None: a new one) in the editor. Never writes anything.

        ``refusal`` is the edit table's answer for it (:meth:`_fetch`); left out (True), it
        is asked in a worker and the form stays read-only until the answer came."""
        if self.form.base is not None or self.dirty:
            self.guard.discard(self.form.article())  # the user chose to leave these edits
        # A save still in flight belongs to what was shown before: its result must not be
        # applied to this article, nor its "then" run (see _written).
        self._shown += 1
        self._then = None
        self.form.load(article)
        self.dirty = False
        article_id = article.id if article is not None else None
        if article_id is None:
            self.refusal = None
        elif refusal is True:
            self.refusal = self.tr("hak sunting sedang diperiksa")
            store, user = self.store, self.user
            run_op(self, lambda: queries.edit_refusal(store, article_id, user),
                   lambda answer: self._set_refusal(article_id, answer), key="refusal")
        else:
            self.refusal = refusal_text(refusal or None)
        self._apply_read_only()
        if article_id != self.lock.article_id:
            self.lock.open(article_id)
        self.state_changed.emit()
        if article is not None:
            self.message.emit(self.tr("Naskah %1, versi %2").replace("%1", str(article.id))
                              .replace("%2", str(article.version)), 5000)
        self.article_loaded.emit(article)

    # -- the save pipeline -----------------------------------------------------------------
    def save(self, then: AfterSave | None = None) -> None:
        """Save the editor's article; ``then(stored)`` runs after it landed."""
        if then is not None:
            self._then = then
        if self.saving:
            self._save_queued = True  # an autosave is in flight: save right after it
            return
        if self.refusal is not None:
            self._then = None  # the store would refuse it: do not even try
            self.message.emit(self.tr("Naskah ini hanya bisa dibaca: tidak disimpan."), 8000)
            return
        article = self.form.article()
        if not ops.can_save(article):
            self._then = None
            QMessageBox.warning(self.window, self.tr("Judul kosong"),
                                self.tr("Naskah perlu judul sebelum disimpan."))
            self.form.headline.setFocus()
            return
        self._write(article, "save")

    def autosave(self) -> None:
        if self.saving or not self.dirty or self.read_only:
            return
        article = self.form.article()
        if not ops.can_save(article):
            return  # nothing to file it under yet; the journal still holds it
        self._write(article, "autosave")

    def _write(self, article: Article, kind: ops.articles.SaveKind) -> None:
        self.saving = True
        self.state_changed.emit()
        if kind == "save":
            self.message.emit(self.tr("Menyimpan…"), 0)
        else:
            self.autosave_note.emit(self.tr("Menyimpan otomatis…"), "")
        store, user, shown = self.store, self.user, self._shown
        run_op(self, lambda: ops.save_article(store, article, user=user, kind=kind),
               lambda result: self._written(kind, result.article, article, shown),
               lambda exc: self._failed(kind, exc), hub=self.hub)

    def _written(self, kind: str, stored: Article, sent: Article, shown: int) -> None:
        self.saving = False
        old_key = self.guard.key_for(sent)
        if shown == self._shown:
            self.form.rebase(stored)
            same = self.form.article().content_dict() == \
                sent.with_changes(slug=stored.slug).content_dict()
            if same:
                self.dirty = False
                self.guard.discard(key=old_key)
            elif old_key != self.guard.key_for(stored):
                # A new article got its id: its journal entry moves to the stored key.
                self.guard.discard(key=old_key)
                self.guard.touched()
        else:
            self.guard.discard(key=old_key)  # landed; another article is open now
        self.state_changed.emit()
        if kind == "save":
            self.message.emit(self.tr("Tersimpan: versi %1").replace("%1", str(stored.version)), 5000)
        else:
            when = house_time(stored.updated_at).strftime("%H:%M") if stored.updated_at else ""
            self.autosave_note.emit(self.tr("Tersimpan otomatis %1").replace("%1", when), "")
        if kind == "autosave":
            self.autosaved.emit(stored)
        elif shown == self._shown:
            self.saved.emit(stored)
            then, self._then = self._then, None
            if then is not None:
                then(stored)
        if self._save_queued:
            self._save_queued = False
            if self.dirty:
                self.save()

    def _failed(self, kind: str, exc: Exception) -> None:
        self.saving = False
        self._save_queued = False
        if kind == "autosave":
            self.state_changed.emit()
            text = (self.tr("Simpan otomatis berhenti: naskah diubah orang lain")
                    if isinstance(exc, VersionConflict) else self.tr("Simpan otomatis gagal"))
            self.autosave_note.emit(text, message_for(exc))
            return
        self._then = None  # a workflow step, a switch or a close waiting for it is dropped
        self.state_changed.emit()
        if isinstance(exc, VersionConflict):
            text = self.tr("Naskah ini sudah diubah orang lain sejak Anda membukanya, jadi suntingan "
                      "Anda tidak disimpan agar tidak menimpa pekerjaannya. Teks Anda tetap di "
                      "editor: salin bagian yang perlu, lalu buka ulang naskahnya.")
        else:
            text = self.tr("Naskah tidak bisa disimpan. Teks Anda tetap di editor.")
        detail = message_for(exc)
        self.message.emit(self.tr("Gagal menyimpan"), 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Gagal menyimpan"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("saveErrorBox")
        box.setDetailedText(detail)
        box.open()
        self.save_failed.emit(detail)

    # -- deleting --------------------------------------------------------------------------
    def delete(self) -> None:
        base = self.form.base
        if base is None or base.id is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Hapus naskah"),
            self.tr("Hapus “%1” beserta semua revisinya? Ini tidak bisa dibatalkan.")
            .replace("%1", base.headline))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, user, article_id, version = self.store, self.user, base.id, base.version
        run_op(self, lambda: ops.delete_article(store, article_id, user=user,
                                                expected_version=version),
               lambda changes: (self.show(None), self.hub.publish(changes),
                                self.message.emit(self.tr("Naskah dihapus"), 5000)),
               lambda exc: self._failed("save", exc))

    # -- crash recovery --------------------------------------------------------------------
    def recoverable(self) -> list[JournalEntry]:
        entries, problems = self.guard.journal.entries()
        for problem in problems:
            self.message.emit(problem, 10000)
        return [e for e in entries if not e.user or e.user == self.user]

    def recover(self, entry: JournalEntry) -> None:
        """Put a journal entry's edits in the editor, unsaved, on top of the version they
        were based on (so saving still checks for conflicting saves)."""
        self.form.load(entry.article)
        self.guard.adopt_key(entry.key)
        self._set_dirty(True)
        self.message.emit(self.tr("Suntingan yang belum tersimpan dipulihkan"), 8000)
        self.recovered.emit(entry)

    def offer_recovery(self) -> None:
        """At start-up: offer the newest unsaved edits left by a crash."""
        entries = self.recoverable()
        if not entries:
            return
        entry = entries[0]
        title = entry.article.headline or self.tr("(tanpa judul)")
        answer = QMessageBox.question(
            self.window, self.tr("Pulihkan suntingan?"),
            self.tr("Redaksi tidak ditutup dengan benar. Ada suntingan “%1” yang belum "
               "tersimpan (%2). Pulihkan?").replace("%1", title)
            .replace("%2", house_time(entry.saved_at).strftime("%d/%m/%Y %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.recover(entry)
        else:
            self.guard.discard_now(entry.key)

    # -- quitting --------------------------------------------------------------------------
    def shut_down(self) -> None:
        """The window closes with nothing unsaved: stop timers, drop the journal entry,
        release the lock (waiting for it, so it lands before the process ends)."""
        self.guard.stop()
        self.guard.discard_now(self.guard.key_for(self.form.article()))
        self.lock.leave(wait=True)
