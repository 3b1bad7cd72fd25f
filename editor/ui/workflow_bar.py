"""The workflow bar above the editor: status, the actions the current user may take, a note,
and who holds the edit lock. It only offers what the store would allow; the store decides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor import ops
from editor.domain.article import Article
from editor.domain.workflow import TRANSITIONS, Action, Role, allowed_actions
from editor.store import Store
from editor.themes import colour
from editor.ui.labels import ACTION_LABELS, status_label
from editor.ui.messages import message_for
from editor.ui.operations import ChangeHub, run_op

__all__ = ["ACTION_LABELS", "WorkflowBar"]


class WorkflowBar(QWidget):
    transition_requested = Signal(str)   # action, before it runs (the window saves first)
    transitioned = Signal(object)        # TransitionResult
    failed = Signal(str)
    take_over_requested = Signal()

    def __init__(self, store: Store, user: str, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub: ChangeHub | None = None  # told about each transition (set by the desk)
        self.setObjectName("workflowBar")
        self.store = store
        self.user = user
        self.role = role
        self.article: Article | None = None
        self.status = QLabel(objectName="workflowStatus")
        self.lock_label = QLabel(objectName="lockLabel")
        self.note = QLineEdit(objectName="workflowNote")
        self.note.setPlaceholderText(self.tr("Catatan untuk langkah ini"))
        # Its own row, wrapped: in the button row a long warning or refusal set the bar's
        # minimum width, and the window grew past a 1280-pixel screen (the side panel and
        # its buttons went off screen).
        self.message = QLabel(objectName="workflowMessage", wordWrap=True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.message.setVisible(False)
        self.take_over_button = QPushButton(self.tr("Ambil alih"), objectName="takeOver")
        self.take_over_button.clicked.connect(self.take_over_requested)
        self.buttons: dict[Action, QPushButton] = {}
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        layout.addWidget(self.status)
        for action in Action:
            button = QPushButton(self.tr(ACTION_LABELS[action]))
            button.setObjectName(f"action-{action.value}")
            # A click leaves the focus where the writer was (the body), so disabling the
            # buttons while the step runs cannot push it on to the Kicker field.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, a=action: self.request(a))
            self.buttons[action] = button
            layout.addWidget(button)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.take_over_button)
        rows.addWidget(self.message)
        self._show_message("")
        self._read_only = False
        self.open_findings: Callable[[], int] | None = None   # set by the window
        self._warned: tuple[int, int] | None = None          # (article id, findings) warned of
        self.set_article(None)

    def set_article(self, article: Article | None) -> None:
        self.article = article
        self._warned = None
        self._show_message("")
        stored = article is not None and article.id is not None
        self.status.setText(status_label(article.status) if article else "")
        allowed = set(allowed_actions(article.status, self.role)) if stored else set()
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
            button.setEnabled(not self._read_only)
        self.note.setVisible(bool(allowed))
        self._update_lock_widgets()

    def findings_changed(self, _count: int) -> None:
        """A warning about open findings goes once they change (fixed, or new ones): it
        would otherwise name a count that is no longer true."""
        if self._warned is not None and self.open_findings is not None and \
                self.open_findings() != self._warned[1]:
            self._warned = None
            self.message.setStyleSheet("")
            self._show_message("")

    def _show_message(self, text: str) -> None:
        """The bar's message row: shown only while it has something to say."""
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setVisible(bool(text))

    def offers(self, action: Action) -> bool:
        """True when the bar shows ``action`` as a step the user may take now."""
        button = self.buttons[action]
        return not button.isHidden() and button.isEnabled()

    def set_lock_state(self, read_only: bool, message: str) -> None:
        self._read_only = read_only
        self.lock_label.setText(message)
        self.set_article(self.article)

    def _update_lock_widgets(self) -> None:
        self.lock_label.setVisible(bool(self.lock_label.text()))
        self.take_over_button.setVisible(self._read_only and self.role in (Role.EDITOR, Role.ADMIN))

    def request(self, action: Action) -> None:
        """Ask the window to run ``action`` (it saves pending edits first, then calls run)."""
        if self.article is None or self.article.id is None:
            return
        if TRANSITIONS[action].note_required and not self.note.text().strip():
            self._show_message(self.tr("Tulis catatan untuk reporter dulu."))
            self.note.setFocus()
            return
        if action in (Action.APPROVE, Action.PUBLISH) and self.open_findings is not None:
            count = self.open_findings()
            if count and self._warned != (self.article.id, count):
                # Warn once; the same click again (nothing changed) goes ahead.
                self._warned = (self.article.id, count)
                self._show_message(self.tr("Masih ada %1 temuan pemeriksa ejaan. Klik "
                                           "“%2” sekali lagi untuk tetap melanjutkan.")
                                   .replace("%1", str(count))
                                   .replace("%2", self.tr(ACTION_LABELS[action])))
                self.message.setStyleSheet(f"color: {colour('attention')}; font-weight: bold;")
                return
        self.message.setStyleSheet("")
        self.transition_requested.emit(action.value)

    def run(self, action: Action | str) -> None:
        """Perform the transition in a worker."""
        if self.article is None or self.article.id is None:
            return
        article_id, note = self.article.id, self.note.text().strip()
        store, user = self.store, self.user
        if any(b.hasFocus() for b in self.buttons.values()):
            self.note.setFocus()  # reached by Tab: keep the focus in the bar
        for button in self.buttons.values():
            button.setEnabled(False)
        run_op(self, lambda: ops.transition(store, article_id, action, user=user, note=note),
               self._done, self._failed, hub=self.hub)

    def _done(self, done: ops.TransitionDone) -> None:
        self.note.clear()
        self._show_message(self.tr("Berhasil."))
        self.transitioned.emit(done.result)

    def _failed(self, exc: Exception) -> None:
        self.set_article(self.article)
        message = message_for(exc)
        self._show_message(message)
        self.failed.emit(message)
