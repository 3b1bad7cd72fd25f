"""Proofreading as you type: which paragraphs to check, in a worker, and what to keep.

Results are cached by paragraph *text*: a paragraph that did not change is never checked
again, and a result whose paragraph was edited while the worker ran simply finds no block
with that text any more and is dropped (stale). Changing the settings (ignore a word, add it
to the dictionary, switch a rule off) bumps ``generation``; results from an older generation
are dropped too. Everything the UI thread does here is dictionary look-ups and string
comparisons; the checking itself runs on the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextDocument

from editor.proofing.api import Issue
from editor.ui.messages import message_for
from editor.ui.operations import log_failure, run_op

BATCH = 24          # paragraphs per worker task: small, so an edited paragraph is not kept
DEBOUNCE_MS = 250   # waiting behind a long first check of a big article


def _check_texts(proofreader, texts: list[str], english_backend=None,
                 names: tuple[str, ...] = (), context: str | None = None
                 ) -> tuple[dict[str, tuple[Issue, ...]], list[tuple[str, str]]]:
    """Issues per paragraph, and (code, message) notices about parts left unchecked
    (English paragraphs without a LanguageTool server). ``context``: the article's text as
    it was when the batch was sent, whose words rank spelling suggestions in each paragraph
    (ditulis "museum" di paragraf lain: "meusum" → museum, bukan mesum)."""
    from editor.proofing.routing import check_document

    issues: dict[str, tuple[Issue, ...]] = {}
    notices: list[tuple[str, str]] = []
    for text in texts:
        result = check_document(text, proofreader, english_backend=english_backend,
                                names=names, context=context)
        issues[text] = tuple(result.issues)
        notices.extend((n.code, n.message) for n in result.notices)
    return issues, notices


class ProofingController(QObject):
    """Owns the proofreader and the per-paragraph results for the open article's texts."""

    results_changed = Signal()   # some paragraph's issues changed: redraw lists
    ready = Signal()
    notice = Signal(str)         # told once per kind (e.g. English left unchecked)

    def __init__(self, dictionary_words: Callable[[], Iterable[str]],
                 disabled_rules: Iterable[str] = (), disabled_categories: Iterable[str] = (),
                 parent: QObject | None = None, *,
                 term_counts: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.proofreader = None
        self.english_backend = None  # LanguageTool client when REDAKSI_LANGUAGETOOL_URL is set
        self._noticed: set[str] = set()
        self.enabled = True
        self._cache: dict[str, tuple[Issue, ...]] = {}
        self._pending: set[str] = set()
        self._in_flight = False
        self.generation = 0
        #: the open article's own names (bylines, dateline place, location, tags): known words
        self.names: tuple[str, ...] = ()
        self._ignored_once: set[tuple[str, int, str]] = set()
        self._documents: list[tuple[QTextDocument, Callable[[QTextBlock], None]]] = []
        self._lines: dict[str, Callable[[], str]] = {}
        self._priority: Callable[[], str | None] = lambda: None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._dispatch)
        rules, cats = tuple(disabled_rules), tuple(disabled_categories)

        def build():
            from editor.proofing.engine import Proofreader

            counts = None
            if term_counts is not None:
                try:  # the archive's names and counts: helpful, never required
                    counts = term_counts()
                except Exception:
                    counts = None
            proofreader = Proofreader(dictionary_words=list(dictionary_words()),
                                      disabled_rules=rules, disabled_categories=cats,
                                      counts=counts)
            # Warm every lazily built table (typo index, language models) here, once, so
            # the first real checks neither pay for it nor race each other building it.
            _check_texts(proofreader, ["Warga mengungsi kepasar karena bnjir, kata dia."])
            from editor.proofing.languagetool_backend import backend_from_env

            return proofreader, backend_from_env()

        run_op(self, build, self._on_ready, self._on_load_error)

    # -- wiring ----------------------------------------------------------------------------
    def attach_document(self, document: QTextDocument,
                        rehighlight_block: Callable[[QTextBlock], None]) -> None:
        self._documents.append((document, rehighlight_block))
        document.contentsChanged.connect(self.schedule)

    def attach_line(self, name: str, text: Callable[[], str]) -> None:
        """A one-line field (the headline) checked like a paragraph."""
        self._lines[name] = text

    def set_priority(self, current_text: Callable[[], str | None]) -> None:
        """The paragraph under the cursor is checked first."""
        self._priority = current_text

    def _on_ready(self, loaded) -> None:
        self.proofreader, self.english_backend = loaded
        self.ready.emit()
        self._dispatch()

    def _on_load_error(self, exc: Exception) -> None:
        # Said out loud (status bar, log), not parked: proofing is off until the next start.
        self.enabled = False
        self.load_error = exc
        log_failure(exc)
        self.notice.emit(self.tr("Pemeriksa ejaan tidak bisa dimuat; pemeriksaan saat "
                                 "mengetik mati. %1").replace("%1", message_for(exc)))

    # -- reading results -------------------------------------------------------------------
    def issues_for(self, text: str) -> tuple[Issue, ...]:
        """Issues of a paragraph as last checked ("" or unchecked text: none)."""
        if not self.enabled:
            return ()
        issues = self._cache.get(text, ())
        if issues and self._ignored_once:
            issues = tuple(i for i in issues
                           if (text, i.offset, i.rule_id) not in self._ignored_once)
        return issues

    def is_checked(self, text: str) -> bool:
        return text in self._cache

    # -- scheduling ------------------------------------------------------------------------
    def schedule(self) -> None:
        if self.enabled:
            self._timer.start()

    def _wanted(self) -> list[str]:
        texts: list[str] = []
        seen: set[str] = set()
        first = self._priority()
        candidates: list[str] = [first] if first else []
        candidates.extend(fn() for fn in self._lines.values())
        for document, _ in self._documents:
            block = document.firstBlock()
            while block.isValid():
                candidates.append(block.text())
                block = block.next()
        for text in candidates:
            if (text and text.strip() and text not in seen and text not in self._cache
                    and text not in self._pending):
                seen.add(text)
                texts.append(text)
        return texts

    def _dispatch(self) -> None:
        if self.proofreader is None or self._in_flight or not self.enabled:
            return
        texts = self._wanted()[:BATCH]
        if not texts:
            return
        self._in_flight = True
        self._pending.update(texts)
        generation, proofreader = self.generation, self.proofreader
        backend, names = self.english_backend, self.names
        context = self._context()
        run_op(self, lambda: _check_texts(proofreader, texts, backend, names, context),
                      lambda result: self._on_results(generation, texts, result),
                      lambda exc: self._on_failed(texts, exc))

    def _on_failed(self, texts: list[str], exc: Exception) -> None:
        self._in_flight = False
        self._pending.difference_update(texts)
        self.last_error = exc
        log_failure(exc)
        self.notice.emit(self.tr("Pemeriksaan ejaan gagal: %1").replace("%1", message_for(exc)))

    def _on_results(self, generation: int, texts: list[str],
                    checked: tuple[dict[str, tuple[Issue, ...]], list[tuple[str, str]]]
                    ) -> None:
        results, notices = checked
        for code, message in notices:
            if code not in self._noticed:
                self._noticed.add(code)
                self.notice.emit(message)
        self._in_flight = False
        self._pending.difference_update(texts)
        if generation == self.generation:
            live = self._live_texts()
            fresh = {t: r for t, r in results.items() if t in live}  # stale ones dropped
            self._cache.update(fresh)
            if len(self._cache) > 20_000:
                self._cache = {t: r for t, r in self._cache.items() if t in live}
            self._redraw(set(fresh))
            self.results_changed.emit()
        if self._wanted():
            self._dispatch()

    def _context(self) -> str | None:
        """The attached documents' text (the article around its paragraphs), or None when
        only one paragraph or none is attached. A snapshot: a paragraph checked earlier is not
        checked again when another one changes, only its suggestions' order would."""
        parts = [document.toPlainText() for document, _ in self._documents]
        text = "\n\n".join(p for p in parts if p.strip())
        return text if "\n" in text else None

    def _live_texts(self) -> set[str]:
        live = {fn() for fn in self._lines.values()}
        for document, _ in self._documents:
            block = document.firstBlock()
            while block.isValid():
                live.add(block.text())
                block = block.next()
        return live

    def _redraw(self, texts: set[str] | None = None) -> None:
        for document, rehighlight in self._documents:
            block = document.firstBlock()
            while block.isValid():
                if texts is None or block.text() in texts:
                    rehighlight(block)
                block = block.next()

    # -- changing what counts as an issue --------------------------------------------------
    def invalidate(self) -> None:
        """Settings changed: forget every result and check again."""
        self.generation += 1
        self._cache.clear()
        self._redraw()
        self.results_changed.emit()
        self._dispatch()

    def set_names(self, names: Iterable[str]) -> None:
        """The article's metadata names changed: check again with them as known names."""
        clean = tuple(sorted({n.strip() for n in names if n and n.strip()}))
        if clean != self.names:
            self.names = clean
            self.invalidate()

    def ignore_once(self, text: str, issue: Issue) -> None:
        self._ignored_once.add((text, issue.offset, issue.rule_id))
        self._redraw({text})
        self.results_changed.emit()

    def ignore_all(self, word: str) -> None:
        if self.proofreader is not None:
            self.proofreader.ignore(word)
        self.invalidate()

    def add_word(self, word: str) -> None:
        if self.proofreader is not None:
            self.proofreader.add_word(word)
        self.invalidate()

    def remove_word(self, word: str) -> None:
        """A word left the newsroom dictionary: flag it again where it is misspelt."""
        if self.proofreader is not None:
            self.proofreader.remove_word(word)
        self.invalidate()

    def set_disabled(self, rules: Iterable[str], categories: Iterable[str]) -> None:
        if self.proofreader is None:
            return
        p = self.proofreader
        for meta in p.rules():
            (p.disable_rule if meta.id in set(rules) else p.enable_rule)(meta.id)
        for cat in p.categories():
            (p.disable_category if cat in set(categories) else p.enable_category)(cat)
        self.invalidate()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self._redraw()
        self.results_changed.emit()
        if enabled:
            self._dispatch()
