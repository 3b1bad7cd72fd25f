"""Never lose work: the recovery journal and autosave, driven by the form's changes.

- Every change (re)arms a short journal timer: at most ``JOURNAL_MS`` after a change the edits
  are written, atomically and off the UI thread, to the local recovery journal. A killed
  process loses at most that long of typing.
- ``idle_seconds`` after the last change the article is autosaved to the store as a revision
  of kind ``"autosave"``; the repository coalesces consecutive autosaves by the same user.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from editor.domain.article import Article
from editor.store import Store
from editor.ui.messages import message_for
from editor.ui.operations import log_failure, run_op
from editor.writing.journal import RecoveryJournal

JOURNAL_MS = 800


class WorkGuard(QObject):
    journal_written = Signal(str)     # the journal file path
    journal_failed = Signal(str)      # why the recovery journal could not be written
    autosave_due = Signal()

    def __init__(self, store: Store, user: str, journal: RecoveryJournal,
                 current: Callable[[], Article], idle_seconds: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.journal = journal
        self.current = current
        self._new_key = f"new-{uuid.uuid4().hex[:12]}"
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        self._autosave_timer = QTimer(self, singleShot=True)
        self.set_idle_seconds(idle_seconds)
        self._autosave_timer.timeout.connect(self.autosave_due)
        self._journal_busy = False
        self._journal_again = False
        self._discard_after: set[str] = set()
        self.enabled = True

    def set_idle_seconds(self, seconds: int) -> None:
        self._autosave_timer.setInterval(max(1, seconds) * 1000)

    def key_for(self, article: Article) -> str:
        return f"article-{article.id}" if article.id is not None else self._new_key

    def adopt_key(self, key: str) -> None:
        """Continue a recovered entry under its own key (so it is replaced, not duplicated)."""
        if key.startswith("new-"):
            self._new_key = key

    def touched(self) -> None:
        """The user changed something: journal soon (not postponed by more typing), autosave
        after a pause."""
        if not self.enabled:
            return
        if not self._journal_timer.isActive():
            self._journal_timer.start()
        self._autosave_timer.start()

    def stop(self) -> None:
        self._journal_timer.stop()
        self._autosave_timer.stop()

    def write_journal(self) -> None:
        if self._journal_busy:          # one write at a time; the latest text follows
            self._journal_again = True
            return
        article = self.current()
        key, journal, user = self.key_for(article), self.journal, self.user
        self._journal_busy = True
        run_op(self, lambda: str(journal.write(key, article, user)), self._written,
                      self._failed)

    def _written(self, path: str) -> None:
        self._journal_busy = False
        if self._discard_after:
            keys, self._discard_after = self._discard_after, set()
            journal = self.journal
            run_op(self, lambda: [journal.discard(k) for k in keys], None, log_failure)
            self._journal_again = False
            return
        self.journal_written.emit(path)
        if self._journal_again:
            self._journal_again = False
            self.write_journal()

    def _failed(self, exc: Exception) -> None:
        # Not parked in an attribute: the window shows it (the edits are still in the editor
        # and autosave still runs, but a crash now would lose them) and the log keeps it.
        self._journal_busy = False
        log_failure(exc)
        self.journal_failed.emit(message_for(exc))

    def discard(self, article: Article | None = None, *, key: str | None = None) -> None:
        """The edits are safe in the store (or were thrown away): drop the journal entry."""
        self._journal_timer.stop()
        key = key or self.key_for(article or self.current())
        journal = self.journal
        if self._journal_busy:  # a write in flight would recreate it: discard after it too
            self._discard_after.add(key)
        run_op(self, lambda: journal.discard(key), None, log_failure)

    def discard_now(self, key: str) -> None:
        """Synchronous discard for shutdown (a small unlink)."""
        self._journal_timer.stop()
        self.journal.discard(key)
