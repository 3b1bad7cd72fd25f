"""The latest workflow note, at the top of the article, for the person it was written to.

An editor's "Minta revisi" note is for the reporter, a reporter's note on submitting is for
the editor: the banner shows the article's most recent transition note to everyone except
its writer (who knows what they wrote), with the step, who and when. It is looked up in a
worker whenever an article is shown or changes state, and a stale answer for an article no
longer shown is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from editor.domain.article import Article
from editor.house import house_time
from editor.ops.queries import latest_note
from editor.store import Event, Store
from editor.themes import colour
from editor.ui.labels import event_label
from editor.ui.operations import log_failure, run_op

__all__ = ["NoteBanner", "latest_note"]


class NoteBanner(QFrame):
    shown_note = Signal(object)      # the Event shown, or None when hidden

    def __init__(self, store: Store, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#noteBanner {{ background: {colour('note_background')}; "
                           f"border: 1px solid {colour('note_border')}; border-radius: 4px; }} "
                           f"#noteBanner QLabel {{ color: {colour('note_text')}; }}")
        self.store = store
        self.user = user
        self.article_id: int | None = None
        self.event: Event | None = None
        self.title = QLabel(objectName="noteTitle")
        self.text = QLabel(objectName="noteText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Tutup"), objectName="noteClose")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        column = QHBoxLayout(self)
        column.setContentsMargins(8, 4, 4, 4)
        labels = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        labels.addWidget(self.title)
        labels.addWidget(self.text)
        column.addLayout(labels, 1)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_for(self, article: Article | None) -> None:
        """An article is shown (or a new one, None): look up its latest note."""
        self.article_id = article.id if article is not None else None
        self._set(None)
        if self.article_id is None:
            return
        self._look_up()

    def refresh(self, *_args: object) -> None:
        """The shown article changed state: look again."""
        if self.article_id is not None:
            self._look_up()

    def _look_up(self) -> None:
        article_id, store = self.article_id, self.store
        assert article_id is not None
        # Latest wins; a note that fails to load only leaves the banner hidden (logged).
        run_op(self, lambda: latest_note(store, article_id),
               lambda event: self._found(article_id, event), log_failure, key="note")

    def _found(self, article_id: int, event: Event | None) -> None:
        if article_id != self.article_id:
            return  # another article is shown by now
        self._set(event if event is not None and event.user != self.user else None)

    def _set(self, event: Event | None) -> None:
        self.event = event
        if event is None:
            self.hide()
        else:
            when = f"{house_time(event.created_at):%d/%m/%Y %H:%M}"
            self.title.setText(self.tr("<b>Catatan dari %1</b> — %2, %3")
                               .replace("%1", event.user)
                               .replace("%2", event_label(event.kind, event.action))
                               .replace("%3", when))
            self.text.setText(event.note)
            self.show()
        self.shown_note.emit(event)

    def dismiss(self) -> None:
        self.hide()


def attach_note_banner(window, layout: QBoxLayout) -> NoteBanner:
    """Put the banner into the editing area above the form and keep it current."""
    banner = NoteBanner(window.store, window.user, window)
    layout.insertWidget(max(0, layout.indexOf(window.form)), banner)
    window.article_loaded.connect(banner.show_for)
    window.workflow_bar.transitioned.connect(banner.refresh)
    window.note_banner = banner
    return banner
