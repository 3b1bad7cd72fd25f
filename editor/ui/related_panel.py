"""Related-articles panel: "Baca juga" suggestions beside the editor, updated as one types.

``set_draft(article)`` is cheap to call on every edit: it only restarts a debounce timer.
When typing pauses, the query runs as an op (``editor.ui.operations.run_op``) bound to the
panel under the key "query": the latest query wins, an overtaken one is dropped (or never
started), and nothing is delivered once the panel is gone. Clicking a suggestion previews it (loaded in a worker too); "Sisipkan" emits
``insert_link_requested(title, url_or_id)`` for the editor to insert
"Baca juga: [judul](tautan)" (see :func:`editor.related.links.baca_juga`) at the cursor.
Suggestions can be pinned (they stay while the draft changes) or dismissed (they do not come
back for this panel's draft).

Wiring in the main window (the panel never touches the editor itself)::

    panel = RelatedPanel(store)
    form.changed.connect(lambda: panel.set_draft(form.current_article()))
    panel.insert_link_requested.connect(
        lambda title, target: body_edit.insertPlainText(baca_juga(title, target) + "\n"))
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import Article
from editor.house import house_time
from editor.ops import queries
from editor.related.links import without_baca_juga
from editor.related.suggester import RelatedSuggester, Suggestion
from editor.ui.messages import message_for
from editor.ui.operations import run_op, supersede

#: Pause in typing before the query starts: with a query's p95 of a few tens of ms
#: (benchmarks/related_speed.py) the list is updated within 300 ms of the pause.
DEBOUNCE_MS = 200
ROLE_SUGGESTION = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 600


def _date(s: Suggestion) -> str:
    return f"{house_time(s.date):%d/%m/%Y}" if s.date else ""


class RelatedPanel(QWidget):
    """A self-contained widget; give it the store and feed it drafts with ``set_draft``."""

    insert_link_requested = Signal(str, str)   # title, url or article id
    suggestions_shown = Signal(list)           # list[Suggestion], after each update
    preview_shown = Signal(int)                # article id
    failed = Signal(str)

    def __init__(self, store: Any, parent: QWidget | None = None, *, limit: int = 8,
                 debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.store = store
        self.suggester = RelatedSuggester(store)
        self.limit = limit
        self.pool = QThreadPool.globalInstance()  # where the panel's ops run
        self._draft: Article | None = None
        self._suggestions: list[Suggestion] = []
        self.pinned: dict[int, Suggestion] = {}
        self.dismissed: set[int] = set()
        self.queries_started = 0

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_query)
        self._build()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel("<b>Baca juga</b>")
        self.status = QLabel(self.tr("Ketik naskah untuk melihat artikel terkait."))
        self.status.setWordWrap(True)
        self.list = QListWidget(objectName="relatedList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.insert_current())
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.insert_button = QPushButton(self.tr("Sisipkan tautan"))
        self.pin_button = QPushButton(self.tr("Sematkan"))
        self.dismiss_button = QPushButton(self.tr("Abaikan"))
        self.insert_button.clicked.connect(self.insert_current)
        self.pin_button.clicked.connect(self.toggle_pin_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QHBoxLayout()
        for b in (self.insert_button, self.pin_button, self.dismiss_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 2)

    # -- drafts and queries ----------------------------------------------------------------
    def set_draft(self, article: Article | None, *, at_once: bool = False) -> None:
        """The draft changed: query again once typing pauses (``at_once``: now, for a
        caller that already waited for the pause)."""
        self._draft = article
        if at_once:
            self.refresh_now()
        else:
            self._timer.start()

    def refresh_now(self) -> None:
        """Query at once (e.g. when an article is opened), skipping the debounce."""
        self._timer.stop()
        self._start_query()

    def _failed(self, exc: Exception) -> None:
        message = message_for(exc)
        self.status.setText(self.tr("Saran tidak tersedia: %1").replace("%1", message))
        self.failed.emit(message)

    @Slot()
    def _start_query(self) -> None:
        draft = self._draft
        if draft is None or not (draft.headline.strip() or draft.body.strip()):
            supersede(self, "query")
            self._show([])
            return
        self.queries_started += 1
        self.status.setText(self.tr("Mencari artikel terkait…"))
        linked = {r.article_id for r in draft.related if r.article_id is not None}
        exclude = frozenset(self.dismissed | set(self.pinned) | linked)
        draft = draft.with_changes(body=without_baca_juga(draft.body))
        limit = self.limit
        suggester = self.suggester
        run_op(self, lambda: suggester.suggest(draft, limit=limit, exclude=exclude),
               self._show, self._failed, key="query")

    # -- showing ---------------------------------------------------------------------------
    def _show(self, suggestions: list[Suggestion]) -> None:
        self._suggestions = [s for s in suggestions if s.article_id not in self.dismissed]
        selected = self.current_suggestion()
        self.list.clear()
        for s in [*self.pinned.values(), *self._suggestions]:
            self.list.addItem(self._item(s, pinned=s.article_id in self.pinned))
        if selected is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(ROLE_SUGGESTION).article_id == selected.article_id:
                    self.list.setCurrentRow(row)
        shown = self.list.count()
        self.status.setText(self.tr("%1 artikel terkait").replace("%1", str(shown)) if shown
                            else self.tr("Belum ada artikel terkait yang cukup kuat."))
        self._update_buttons()
        self.suggestions_shown.emit(list(self._suggestions))

    @staticmethod
    def _item(s: Suggestion, *, pinned: bool) -> QListWidgetItem:
        mark = "📌 " if pinned else ""
        lines = [f"{mark}{s.title}", _date(s)] + [f"• {r}" for r in s.reasons]
        item = QListWidgetItem("\n".join(line for line in lines if line))
        item.setData(ROLE_SUGGESTION, s)
        item.setToolTip("\n".join(s.reasons))
        return item

    def current_suggestion(self) -> Suggestion | None:
        item = self.list.currentItem()
        return item.data(ROLE_SUGGESTION) if item is not None else None

    def _update_buttons(self) -> None:
        s = self.current_suggestion()
        for b in (self.insert_button, self.pin_button, self.dismiss_button):
            b.setEnabled(s is not None)
        if s is not None:
            self.pin_button.setText(self.tr("Lepas") if s.article_id in self.pinned
                                    else self.tr("Sematkan"))

    # -- preview ---------------------------------------------------------------------------
    def _on_current(self, item: QListWidgetItem | None, _previous: Any) -> None:
        self._update_buttons()
        if item is None:
            self.preview.clear()
            return
        s: Suggestion = item.data(ROLE_SUGGESTION)
        store = self.store
        run_op(self, lambda: queries.get_article(store, s.article_id), self._on_preview,
               self._failed,
               key="preview")

    def _on_preview(self, article: Article) -> None:
        s = self.current_suggestion()
        reasons = s.reasons if s is not None and s.article_id == article.id else ()
        text = article.summary or article.body
        if len(text) > PREVIEW_CHARS:
            text = text[:PREVIEW_CHARS].rsplit(" ", 1)[0] + " …"
        self.preview.clear()
        self.preview.append(f"<b>{_html(article.headline)}</b>")
        when = article.published_at or article.dateline.when
        if when is not None:
            self.preview.append(f"<i>{house_time(when):%d/%m/%Y}</i>")
        for r in reasons:
            self.preview.append(f"• {_html(r)}")
        self.preview.append("")
        for paragraph in text.split("\n\n"):
            self.preview.append(_html(paragraph))
        self.preview_shown.emit(article.id or 0)

    # -- actions ---------------------------------------------------------------------------
    @Slot()
    def insert_current(self) -> None:
        s = self.current_suggestion()
        if s is not None:
            self.insert_link_requested.emit(s.title, s.url or s.ref)

    @Slot()
    def toggle_pin_current(self) -> None:
        s = self.current_suggestion()
        if s is None:
            return
        if s.article_id in self.pinned:
            del self.pinned[s.article_id]
            self._show([*self._suggestions, s])
        else:
            self.pinned[s.article_id] = s
            self._show([x for x in self._suggestions if x.article_id != s.article_id])

    @Slot()
    def dismiss_current(self) -> None:
        s = self.current_suggestion()
        if s is None:
            return
        self.dismissed.add(s.article_id)
        self.pinned.pop(s.article_id, None)
        self._show(self._suggestions)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
