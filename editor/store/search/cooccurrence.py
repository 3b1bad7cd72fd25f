"""The search index as the proofreader's archive of stories: how many articles write a
word, and two words together (``editor.proofing.spelling.topic``).

The index keeps analysed terms (stems without stop words: *kendaraan* is ``kendara``,
*naik* is no term), so a word of the text is first analysed the way an article's body is;
a word that is no single term (a stop word, a phrase) counts as written nowhere, and its
lift is nil. The same analysis and the same counts on SQLite (FTS5) and PostgreSQL
(tsvector), so the order of suggestions does not depend on the database.

Counts are cached per word and per pair: the editor re-checks a paragraph at every pause,
and a typo that stays asks the same questions again. The article count is read again after
``REFRESH_SECONDS`` (other desks keep saving).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

#: cached entries kept (words and pairs each) before the cache starts again
CACHE_LIMIT = 50_000
#: how long the number of articles is trusted
REFRESH_SECONDS = 60.0


class TermCounts(Protocol):
    """What a search backend answers, in analysed terms."""

    def document_total(self) -> int: ...

    def term_frequencies(self, terms: Sequence[str]) -> Mapping[str, int]: ...

    def pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]: ...


def term_of(word: str) -> str | None:
    """The index term of one lowercase word of the text, or None (a stop word, or a word
    that analyses to more than one term)."""
    from editor.related.analysis import analyzer

    terms = analyzer().terms(word)
    return terms[0] if len(terms) == 1 else None


class IndexDocuments:
    """:class:`~editor.proofing.spelling.topic.DocumentCounts` over a search backend.

    Picklable: the LanguageTool server sends the proofreader's counts to its worker
    processes. Given the database ``url``, a copy opens its own connection to that database
    on first use (an engine does not cross processes); without one the backend itself is
    pickled (the in-memory counts)."""

    def __init__(self, backend: TermCounts, url: str | None = None) -> None:
        self._backend = backend
        self._url = url
        self._lock = threading.Lock()
        self._terms: dict[str, str | None] = {}
        self._df: dict[str, int] = {}
        self._pairs: dict[tuple[str, str], int] = {}
        self._n: tuple[float, int] | None = None

    def __getstate__(self) -> dict[str, object]:
        if self._url is not None:
            return {"url": self._url}
        return {"backend": self._backend}

    def __setstate__(self, state: dict[str, object]) -> None:
        url = state.get("url")
        if isinstance(url, str):
            self.__init__(_IndexAt(url), url)  # type: ignore[misc]
        else:
            self.__init__(state["backend"])  # type: ignore[misc,arg-type]

    def _term(self, word: str) -> str | None:
        term = self._terms.get(word, "")
        if term == "":
            term = term_of(word)
            with self._lock:
                if len(self._terms) > CACHE_LIMIT:
                    self._terms.clear()
                self._terms[word] = term
        return term

    def documents(self) -> int:
        now = time.monotonic()
        cached = self._n
        if cached is None or now - cached[0] > REFRESH_SECONDS:
            cached = (now, int(self._backend.document_total()))
            self._n = cached
        return cached[1]

    def frequencies(self, words: Sequence[str]) -> dict[str, int]:
        terms = {w: self._term(w) for w in words}
        wanted = sorted({t for t in terms.values() if t is not None and t not in self._df})
        if wanted:
            found = self._backend.term_frequencies(wanted)
            with self._lock:
                if len(self._df) > CACHE_LIMIT:
                    self._df.clear()
                for t in wanted:
                    self._df[t] = int(found.get(t, 0))
        return {w: self._df.get(t, 0) if t is not None else 0 for w, t in terms.items()}

    def together(self, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
        term_pairs = {p: _ordered(self._term(p[0]), self._term(p[1])) for p in pairs}
        wanted = sorted({tp for tp in term_pairs.values()
                         if tp is not None and tp not in self._pairs})
        if wanted:
            counts = self._backend.pair_frequencies(wanted)
            with self._lock:
                if len(self._pairs) > CACHE_LIMIT:
                    self._pairs.clear()
                self._pairs.update(zip(wanted, counts, strict=True))
        return {p: self._pairs.get(tp, 0) if tp is not None else 0
                for p, tp in term_pairs.items()}


class _IndexAt:
    """The search index of the database at ``url``, opened on first use (in a worker
    process that received a pickled :class:`IndexDocuments`)."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._index: TermCounts | None = None
        self._lock = threading.Lock()

    def _open(self) -> TermCounts:
        with self._lock:
            if self._index is None:
                from editor.store.db import create_store_engine
                from editor.store.search import IndexBase, create_search_index

                index = create_search_index(create_store_engine(self._url))
                if not isinstance(index, IndexBase):
                    raise RuntimeError("this database has no search index")
                self._index = index
            return self._index

    def document_total(self) -> int:
        return self._open().document_total()

    def term_frequencies(self, terms: Sequence[str]) -> Mapping[str, int]:
        return self._open().term_frequencies(terms)

    def pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]:
        return self._open().pair_frequencies(pairs)


def _ordered(a: str | None, b: str | None) -> tuple[str, str] | None:
    if a is None or b is None:
        return None
    return (a, b) if a <= b else (b, a)


class MemoryTermCounts:
    """The same counts over analysed documents held in memory (benchmarks, tests): term →
    the set of documents writing it."""

    def __init__(self, documents: Iterable[Iterable[str]]) -> None:
        self._postings: dict[str, set[int]] = {}
        self._n = 0
        for n, terms in enumerate(documents):
            self._n = n + 1
            for t in set(terms):
                self._postings.setdefault(t, set()).add(n)

    def document_total(self) -> int:
        return self._n

    def term_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        return {t: len(self._postings[t]) for t in terms if t in self._postings}

    def pair_frequencies(self, pairs: Sequence[tuple[str, str]]) -> list[int]:
        empty: set[int] = set()
        return [len(self._postings.get(a, empty) & self._postings.get(b, empty))
                for a, b in pairs]
