"""Indonesian text analysis for the related-article index, done in Python.

The analysis lives here rather than in the database so every index backend (SQLite FTS5 now,
PostgreSQL tsvector later) stores the same analysed terms and ranks the same way: the
database only counts terms, it never has to know Indonesian.

Two kinds of terms come out:

* **stems**: case-folded words minus stop words, stemmed with PySastrawi ("ditangkap" and
  "penangkapan" both give "tangkap"), so a draft finds stories phrased differently;
* **names**: runs of capitalised words ("Bobby Nasution", "BPBD", "Kota Medan") joined with
  ``_`` into one term, kept unstemmed, because a shared proper name is the strongest sign that
  two stories are about the same thing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from editor.related.sastrawi_fast import PrunedStemmer, literal_sub
from editor.resources import resource_path

#: Words of letters and digits, with inner hyphens kept ("sabu-sabu", "COVID-19").
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
#: Where a name run breaks: anything that is not a single space between two words.
_NAME_RUN = re.compile(r"(?:[A-Z][\w]*(?:-[\w]+)*)(?: (?:[A-Z][\w]*(?:-[\w]+)*))*")
#: Text just before a sentence-opening word: start, or end punctuation and spaces.
_SENTENCE_END = re.compile(r"(?:^|[.!?\n\"“”]\s*)$")
#: Words Sastrawi could change: a known prefix, a known suffix, or a hyphen (reduplication).
#: Anything else is returned unchanged by the stemmer except for infix rules (-el-, -em-,
#: -in-), which on news text mostly mangle names ("Deliserdang", "Minang"); skipping the
#: stemmer for these halves the cost of analysing a fresh archive.
_MAY_HAVE_AFFIX = re.compile(
    r"^(?:me|di|ke|be|te|pe|se|ku|kau)|(?:kan|an|i|is|lah|kah|tah|pun|nya|ku|mu)$|-"
)
MIN_TERM_LENGTH = 2
MAX_NAME_WORDS = 4
STEM_CACHE_SIZE = 262_144
#: Capitalised runs remembered with what they give: the common ones (sentence openers, the
#: usual places and people) repeat; rarer ones are cheap to work out again.
NAME_RUN_CACHE_SIZE = 50_000


def _load_stop_words() -> frozenset[str]:
    """PySastrawi's stop words plus the newsroom extras in ``resources/related/``."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    words = {w.casefold() for w in StopWordRemoverFactory().get_stop_words()}
    extra = resource_path("related", "stopwords-extra.txt")
    if extra.is_file():
        for line in extra.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.casefold())
    return frozenset(words)


class _CompiledPatterns:
    """Stands in for the ``re`` module inside PySastrawi's modules: the same ``match``,
    ``sub`` and ``search``, with compiled patterns kept in an LRU cache.

    Sastrawi passes pattern *strings* to ``re.match``/``re.sub`` for every rule it tries on
    every word, and also uses each candidate stem as a pattern (``re.sub(result, '', word)``).
    Those one-off patterns push its ~150 fixed ones out of ``re``'s small first-in-first-out
    cache, so they are compiled again and again; with an LRU the fixed ones stay compiled.
    Same regular expressions, same results (tests compare against the plain library); about a
    fifth less time per word stemmed."""

    def __init__(self) -> None:
        self._compile = lru_cache(maxsize=4096)(re.compile)

    def match(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self._compile(pattern, flags).match(string)

    def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self._compile(pattern, flags).search(string)

    def sub(self, pattern: str, repl: Any, string: str, count: int = 0,
            flags: int = 0) -> str:
        if repl == "" and count == 1 and not flags:
            # Sastrawi's `re.sub(stem, '', word, count=1)`: a stem is a literal, replaced
            # as such rather than compiled as a one-off pattern.
            done = literal_sub(pattern, string)
            if done is not None:
                return done
        return self._compile(pattern, flags).sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


_PATTERNS = _CompiledPatterns()


def _cache_sastrawi_patterns() -> None:
    """Point the loaded PySastrawi modules' ``re`` at :data:`_PATTERNS`."""
    for name, module in list(sys.modules.items()):
        if name.startswith("Sastrawi.") and getattr(module, "re", None) is re:
            module.re = _PATTERNS  # type: ignore[attr-defined]


def _load_stem_table() -> dict[str, str]:
    """PySastrawi's stems of the common Indonesian words (``resources/related/stems.tsv``,
    written by ``scripts/build_stem_table.py`` from wordfreq's word list with the installed
    PySastrawi): a fresh archive's first thousand articles need most of them, and looking
    them up is ~100 times cheaper than stemming them."""
    path = resource_path("related", "stems.tsv")
    table: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, _, stem = line.partition("\t")
                table[word] = stem or word
    return table


class IndonesianAnalyzer:
    """Turns text into index terms. One instance per process is enough (see :func:`analyzer`);
    the stemmer is slow per word (about 0.1 ms), so stems are cached, and the stems of the
    common words come from a table made with the same stemmer."""

    def __init__(self, *, stem_table: bool = True) -> None:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        # PySastrawi's Stemmer (not its CachedStemmer: we pass single, already case-folded
        # words and cache with lru_cache, which is bounded), with its prefix loop pruned
        # (same stems, see editor.related.sastrawi_fast).
        self._stemmer = PrunedStemmer(
            StemmerFactory().create_stemmer().delegatedStemmer.get_dictionary())
        _cache_sastrawi_patterns()
        self._known = _load_stem_table() if stem_table else {}
        self.stop_words = _load_stop_words()
        self.stem = lru_cache(maxsize=STEM_CACHE_SIZE)(self._stem_uncached)
        #: word -> its term ("" for none), and capitalised run -> what it gives as names.
        self._term_of = _Memo(self._term_uncached, STEM_CACHE_SIZE)
        self._name_runs = _Memo(self._name_run, NAME_RUN_CACHE_SIZE)

    def _stem_uncached(self, word: str) -> str:
        if not may_change(word):
            return word
        known = self._known.get(word)
        if known is not None:
            return known
        return self.sastrawi_stem(word)

    def sastrawi_stem(self, word: str) -> str:
        """PySastrawi's stem of ``word`` (the word itself where it finds none)."""
        try:
            stem = self._stemmer.stem_word(word)
        except Exception:  # noqa: BLE001 - the stemmer must never break indexing
            return word
        return stem or word

    def terms(self, text: str) -> list[str]:
        """Analysed stems of ``text`` in order, with repeats (term frequency matters)."""
        # Each word's term (or "" for none) is decided once and kept (see _TermTable): a
        # dict lookup per word instead of the checks and the stem cache's call.
        return [t for t in map(self._term_of.__getitem__, _WORD.findall(text.casefold())) if t]

    def _term_uncached(self, word: str) -> str:
        """The term of one case-folded word, "" when it gives none."""
        stop = self.stop_words
        if len(word) < MIN_TERM_LENGTH or word in stop or word.isdigit():
            return ""
        if not word.isascii() and not _latin_enough(word):
            return ""
        s = self.stem(word)  # through the stem cache: surface_forms asks it for the same words
        if s in stop or len(s) < MIN_TERM_LENGTH:
            return ""
        return s

    def surface_forms(self, text: str) -> dict[str, str]:
        """Stem -> the first word in ``text`` that gave it, to explain matches in the
        reporter's own words ("ditangkap", not "tangkap")."""
        out: dict[str, str] = {}
        for word in _WORD.findall(text):
            folded = word.casefold()
            if len(folded) < MIN_TERM_LENGTH or folded in self.stop_words or folded.isdigit():
                continue
            out.setdefault(self.stem(folded), word)
        return out

    def names(self, text: str) -> dict[str, str]:
        """Proper names in ``text``: term (``"bobby_nasution"``) -> first spelling seen.

        Long runs also give their word pairs, so a title before a name does not hide it.

        A single capitalised word that opens a sentence is only a name when it is not a stop
        word ("Dalam", "Saat" are not names; "Medan" is).
        """
        found: dict[str, str] = {}
        runs = self._name_runs
        for match in _NAME_RUN.finditer(text):
            entry = runs[match.group(0)]
            if entry is None:
                continue
            spans, single = entry
            if single and _SENTENCE_END.search(text[max(0, match.start() - 3):match.start()]):
                # "Penangkapan itu ..." is capitalised only because it opens a sentence.
                continue
            for key, display in spans:
                if key not in found:
                    found[key] = display
        return found

    def _name_run(self, run: str) -> tuple[tuple[tuple[str, str], ...], bool] | None:
        """What one capitalised run gives, whatever text it is in: its (term, display)
        pairs, and whether it counts only when it does not open a sentence (a lone word);
        None when it gives no name at all."""
        words = run.split(" ")
        # Drop stop words at either end ("Kata Bobby" -> "Bobby", "Wali Kota Medan" stays).
        while words and words[0].casefold() in self.stop_words:
            words.pop(0)
        while words and words[-1].casefold() in self.stop_words:
            words.pop()
        if not words:
            return None
        single = False
        if len(words) == 1:
            word = words[0]
            if len(word) < 3 or word.casefold() in self.stop_words or word.isdigit():
                return None
            single = run == word
        spans = [words[-MAX_NAME_WORDS:]]
        if len(words) > 2:
            # "Wali Kota Medan Bobby Nasution" must also meet a plain "Bobby Nasution".
            spans.extend(words[i:i + 2] for i in range(len(words) - 1))
        out: list[tuple[str, str]] = []
        for span in spans:
            display = " ".join(span)
            key = name_key(display)
            if key:
                out.append((key, display))
        return tuple(out), single


class _Memo(dict):  # type: ignore[type-arg]
    """A bounded memo: ``memo[key]`` computes what is missing with ``compute`` (called by
    the dict itself, so a hit costs no Python call) and starts afresh when full."""

    def __init__(self, compute: Any, limit: int) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: Any) -> Any:
        value = self._compute(key)
        if len(self) >= self._limit:
            self.clear()
        self[key] = value
        return value


def may_change(word: str) -> bool:
    """Whether the stemmer is asked about ``word`` at all (see :data:`_MAY_HAVE_AFFIX`)."""
    return len(word) > 3 and bool(_MAY_HAVE_AFFIX.search(word)) \
        and not any(c.isdigit() for c in word)


def _latin_enough(word: str) -> bool:
    """Mostly ASCII letters/digits: "café" yes; mis-decoded Arabic ("ŸÅŸéÿ") or other
    scripts no, since they would match other garbage rather than the same story."""
    ascii_count = sum(1 for c in word if c.isascii())
    return ascii_count * 2 > len(word)


def name_key(display: str) -> str:
    """The index term of a name: case-folded words joined by ``_`` ("Kota Medan" -> "kota_medan")."""
    return "_".join(w for w in _WORD.findall(display.casefold()))


def join_terms(terms: Iterable[str]) -> str:
    """Terms as stored in an index column: one space between terms."""
    return " ".join(terms)


_ANALYZER: IndonesianAnalyzer | None = None


def analyzer() -> IndonesianAnalyzer:
    """The process-wide analyzer (loading the Sastrawi dictionary takes a moment)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = IndonesianAnalyzer()
    return _ANALYZER
