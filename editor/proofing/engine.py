"""The Indonesian proofreader: one engine for the editor, the CLI and the HTTP server.

Data (lexicon, rule metadata, word lists) is loaded once per process and shared; a
``Proofreader`` only holds its own settings (disabled rules, newsroom words, ignore list) in
immutable sets that are swapped atomically, so ``check`` may run in any number of worker
threads while the UI thread changes settings.
"""

from __future__ import annotations

import re
import threading
import time
from bisect import bisect_left
from collections.abc import Iterable

from editor.proofing.abbreviations import defined_abbreviations
from editor.proofing.api import CheckTimeout, Issue
from editor.proofing.house_style import waived_rules
from editor.proofing.lexicon import Lexicon, shared_lexicon, words_in
from editor.proofing.ruledata import RuleMeta, load_rules
from editor.proofing.rules import RULES, priority
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.spelling.counts import EMPTY, LanguageCounts
from editor.proofing.spelling.names import title_case
from editor.proofing.text import bounded_sentences, mask_markdown, split_sentences

_NAME_SPLIT = re.compile(r"[\s,.;:()/]+")


def preload(full: bool = False) -> None:
    """Load the shared data now (``Proofreader()`` does this; ~0.2 s).

    ``full=True`` also builds what the typo rule otherwise loads at the first unknown word
    (distance-2 index, English word list; ~0.4 s more) — call it from a worker at application
    start so no later check pays for it.
    """
    shared_lexicon()
    load_rules()
    from editor.proofing.rules import preload as preload_rules

    preload_rules()
    if full:
        from editor.proofing.rules import typo
        from editor.proofing.spelling.candidates import symspell
        from editor.proofing.spelling.names import region_words

        symspell()
        region_words()
        typo._english()


class Proofreader:
    """Checks Indonesian text (Markdown allowed) and returns :class:`Issue` objects."""

    def __init__(
        self,
        dictionary_words: Iterable[str] = (),
        *,
        disabled_rules: Iterable[str] = (),
        disabled_categories: Iterable[str] = (),
        counts: LanguageCounts | None = None,
    ) -> None:
        preload()
        self._lex: Lexicon = shared_lexicon()
        self._meta: dict[str, RuleMeta] = load_rules()
        self._lock = threading.Lock()
        self._words: frozenset[str] = words_in(dictionary_words)
        self._ignored: frozenset[str] = frozenset()
        # House style (resources/house/proofing.yaml) waives some PUEBI rules by default;
        # enable_rule() turns one back on for this proofreader.
        self._disabled_rules: frozenset[str] = frozenset(disabled_rules) | waived_rules()
        self._disabled_categories: frozenset[str] = frozenset(disabled_categories)
        self._counts: LanguageCounts = counts or EMPTY

    # -- settings ------------------------------------------------------------------------------
    def disable_rule(self, rule_id: str) -> None:
        with self._lock:
            self._disabled_rules = self._disabled_rules | {rule_id}

    def enable_rule(self, rule_id: str) -> None:
        with self._lock:
            self._disabled_rules = self._disabled_rules - {rule_id}

    def disable_category(self, category: str) -> None:
        with self._lock:
            self._disabled_categories = self._disabled_categories | {category}

    def enable_category(self, category: str) -> None:
        with self._lock:
            self._disabled_categories = self._disabled_categories - {category}

    def add_word(self, word: str) -> None:
        """Accept ``word`` (newsroom dictionary; the caller persists it in the store)."""
        with self._lock:
            self._words = self._words | words_in([word])

    def remove_word(self, word: str) -> None:
        with self._lock:
            self._words = self._words - words_in([word])

    def ignore(self, word: str) -> None:
        """Never flag ``word`` again in this session (any rule that targets that word)."""
        with self._lock:
            self._ignored = self._ignored | words_in([word])

    def set_counts(self, counts: LanguageCounts) -> None:
        """Use the archive's word/bigram/name counts (``editor.store.term_lexicon``) from now
        on; swapped atomically, so checks running in workers see the old or the new ones."""
        self._counts = counts

    @property
    def counts(self) -> LanguageCounts:
        return self._counts

    @property
    def dictionary_words(self) -> frozenset[str]:
        return self._words

    def rules(self) -> list[RuleMeta]:
        """Metadata of every rule (id, category, message, explanation, basis, examples)."""
        return list(self._meta.values())

    def categories(self) -> list[str]:
        return sorted({m.category for m in self._meta.values()})

    # -- checking ------------------------------------------------------------------------------
    def check(self, text: str, *, names: Iterable[str] = (),
              deadline: float | None = None, context: str | None = None) -> list[Issue]:
        """Issues in ``text``, sorted by offset; offsets are Python ``str`` indices.

        ``deadline`` (a ``time.monotonic()`` value) makes the check raise
        :class:`~editor.proofing.api.CheckTimeout` once it is past, between sentences (as
        each rule goes through them; a sentence beyond ``MAX_SENTENCE_TOKENS`` tokens is
        checked in pieces, so the deadline is looked at within one giant sentence too): a
        server bounds the time one request may take.

        ``context`` is the whole text ``text`` is part of (the editor checks an article
        paragraph by paragraph): its words rank the spelling candidates, as the text's own
        words do when a whole article is checked at once.
        """
        if not isinstance(text, str):
            raise TypeError(f"Proofreader.check expects str, got {type(text).__name__}")
        if not text or not text.strip():
            return []
        words, ignored = self._words, self._ignored
        disabled_rules, disabled_cats = self._disabled_rules, self._disabled_categories
        name_set = _names(names)
        masked = mask_markdown(text)
        sentences = split_sentences(text, masked)
        # Words capitalised in mid-sentence anywhere in the text are names there, so the same
        # word opening a sentence ("Munawar juga berpesan ...") is a name too.
        # Title-Case headlines are left out: there every word is capitalised.
        doc_names = frozenset(
            t.text for s in sentences if not title_case(s.tokens, text[s.start:s.end]) for t in s.tokens[1:]
            if t.text[:1].isupper()
        )
        counts = self._counts
        lex = self._lex
        abbreviations = defined_abbreviations(masked)
        ctxs = [Ctx(text, masked, sentence, lex, words, name_set, ignored, doc_names,
                    disabled_rules, counts, abbreviations, context)
                for sentence in bounded_sentences(sentences)]  # giant sentences in pieces
        # Rule by rule over the sentences, not sentence by sentence through the rules: each
        # rule's code and data stay in the CPU caches for the whole text (the rules took
        # 15-20 % less CPU time so). Each sentence's hits are kept apart, in rule order, and
        # joined in sentence order: the very list the sentence-major loop built.
        per_sentence: list[list[Hit]] = [[] for _ in ctxs]
        add = [hs.extend for hs in per_sentence]
        for rule in RULES:
            if deadline is None:
                for extend, ctx in zip(add, ctxs, strict=True):
                    extend(rule(ctx))
                continue
            for extend, ctx in zip(add, ctxs, strict=True):
                if time.monotonic() > deadline:
                    raise CheckTimeout("pemeriksaan melewati batas waktu")
                extend(rule(ctx))
        hits = [h for hs in per_sentence for h in hs]
        return self._to_issues(text, hits, disabled_rules, disabled_cats, ignored)

    def check_paragraph(self, text: str, *, names: Iterable[str] = ()) -> list[Issue]:
        """Same as :meth:`check`; named for the editor's re-check of one edited paragraph."""
        return self.check(text, names=names)

    def _to_issues(
        self,
        text: str,
        hits: list[Hit],
        disabled_rules: frozenset[str],
        disabled_cats: frozenset[str],
        ignored: frozenset[str],
    ) -> list[Issue]:
        meta = self._meta
        kept: list[Hit] = []
        # Spans already taken, pairwise disjoint, sorted by start (so their ends ascend too):
        # an overlap check is a bisection, not a scan (40,000 hits in one sentence-less
        # paragraph took 40 s with the scan).
        starts: list[int] = []
        ends: list[int] = []
        for h in sorted(hits, key=lambda h: (priority(h.rule_id), h.start, -h.end)):
            m = meta.get(h.rule_id)
            if m is None:
                raise KeyError(f"rule {h.rule_id} has no entry in resources/proofing/rules.yaml")
            if h.rule_id in disabled_rules or m.category in disabled_cats:
                continue
            if ignored and text[h.start : h.end].lower() in ignored:
                continue
            j = bisect_left(starts, h.end)  # taken spans starting before h ends: [:j]
            if any(ends[k] > h.start for k in range(max(0, j - 2), j)):
                continue
            starts.insert(j, h.start)
            ends.insert(j, h.end)
            kept.append(h)
        issues = []
        for h in kept:
            m = meta[h.rule_id]
            fmt = {"wrong": text[h.start : h.end], "right": h.replacements[0]
                   if h.replacements else "", **h.fmt}
            try:
                message = m.message.format(**fmt)
            except (KeyError, IndexError):
                message = m.message
            issues.append(
                Issue(
                    offset=h.start,
                    length=h.end - h.start,
                    rule_id=h.rule_id,
                    category=m.category,
                    message=message,
                    replacements=h.replacements,
                    explanation=m.explanation,
                    basis=m.basis,
                    severity=m.severity,
                )
            )
        issues.sort(key=lambda i: (i.offset, i.length))
        return issues


def _names(names: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        for part in _NAME_SPLIT.split(name or ""):
            if part:
                out.add(part)
                out.add(part.lower())
    return frozenset(out)
