"""Live preview: Markdown rendered and sanitised in a worker, debounced, scroll-synced."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QWidget

from editor.domain.photo import Photo
from editor.ui.operations import run_op
from editor.ui.preview_headline import fit_headline
from editor.writing.preview import PHOTO_SCHEME, preview_html

DEBOUNCE_MS = 300


class PreviewPane(QTextBrowser):
    rendered = Signal()

    def __init__(self, editor: QPlainTextEdit, context: Callable[[], tuple[str, str]],
                 parent: QWidget | None = None, *,
                 photos: Callable[[], tuple[Photo, ...]] | None = None,
                 images: dict[str, QImage] | None = None) -> None:
        """``context()`` gives (headline, rendered dateline) shown above the body;
        ``photos()`` the article's photos, drawn from ``images`` (media id -> decoded
        image) as they arrive."""
        super().__init__(parent)
        self.photos = photos or (lambda: ())
        self.images = images if images is not None else {}
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.editor = editor
        self.context = context
        self.theme = "light"
        self._busy = False
        self._headline_px = 0  # the size the shown headline was rendered at ...
        self._headline_text = ""  # ... and its text with hyphenation points
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        editor.textChanged.connect(self.schedule)
        editor.verticalScrollBar().valueChanged.connect(self._sync_scroll)

    def schedule(self) -> None:
        if self.isVisible() or not self.toHtml():
            self._timer.start()

    def render_now(self) -> None:
        if self._busy:           # one render at a time; the newest text follows at once
            self._timer.start()
            return
        body = self.editor.toPlainText()
        headline, dateline = self.context()
        theme = self.theme
        photos = self.photos()
        width = self.viewport().width() - 24  # photos fit the pane: no sideways scrolling
        size, headline = self._fit_headline(headline)
        self._headline_px, self._headline_text = size, headline
        self._busy = True
        run_op(self, lambda: preview_html(body, headline=headline, dateline=dateline,
                                          theme=theme, photos=photos, photo_width=width,
                                          headline_px=size),
               self._show, self._failed, key="render")

    def _fit_headline(self, headline: str) -> tuple[int, str]:
        """Headline size at which its words fit the pane's line, and its text with
        hyphenation points where a word cannot fit whole (measured here, in the UI thread:
        fonts are not for worker threads)."""
        line = self.viewport().width() - 2 * self.document().documentMargin()
        return fit_headline(headline, self.font(), line)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """A narrower or wider pane may need another headline size: render again."""
        super().resizeEvent(event)
        if self._headline_px and self._fit_headline(self.context()[0]) != \
                (self._headline_px, self._headline_text):
            self.schedule()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.setPlainText(str(exc))

    def _show(self, html: str) -> None:
        self._busy = False
        bar = self.verticalScrollBar()
        keep = bar.value()
        self.setHtml(html)
        bar.setValue(keep)
        self._sync_scroll()
        self.rendered.emit()

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        """Photos come from the decoded-image cache, never from disk or network."""
        if url.scheme() == PHOTO_SCHEME:
            if kind == QTextDocument.ResourceType.ImageResource.value or \
                    kind == QTextDocument.ResourceType.ImageResource:
                image = self.images.get(url.path())
                return image if image is not None and not image.isNull() else QImage()
            return None
        return super().loadResource(kind, url)

    def _sync_scroll(self) -> None:
        source = self.editor.verticalScrollBar()
        target = self.verticalScrollBar()
        if source.maximum() <= 0:
            target.setValue(0)
            return
        target.setValue(round(target.maximum() * source.value() / source.maximum()))
