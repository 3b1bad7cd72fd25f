"""Word, bigram and name counts that rank candidates in context and teach the names.

They are learnt from the newsroom's own archive (:func:`count_text` over stored articles; the
store keeps the totals, see ``editor.store.term_lexicon``) and backed by wordfreq's Indonesian
frequencies, so a fresh install without an archive still ranks sensibly.

Counted per article text:

* ``words``   lowercase word → occurrences (any case);
* ``bigrams`` "a b" (lowercase, adjacent in one sentence, no punctuation between) → occurrences;
* ``names``   a capitalised or upper-case form seen *inside* a sentence (not as its first word)
  → occurrences: the archive's proper nouns and acronyms in their usual spelling.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

#: Longest word that is counted or looked up (longer tokens are never real words).
MAX_WORD = 40
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[.!?;:,()\"“”]")
_SENTENCE_END = frozenset(".!?;:")


@lru_cache(maxsize=1)
def wordfreq_id() -> dict[str, float]:
    """wordfreq's Indonesian word frequencies (share of all words)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("id")


@dataclass
class TextCounts:
    """Counts of one or many texts (additive: ``a.add(b)``)."""

    words: Counter[str] = field(default_factory=Counter)
    bigrams: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)

    def add(self, other: TextCounts, sign: int = 1) -> None:
        for mine, theirs in ((self.words, other.words), (self.bigrams, other.bigrams),
                             (self.names, other.names)):
            for k, v in theirs.items():
                mine[k] += sign * v  # may go negative: a delta to apply to stored totals
                if mine[k] == 0:
                    del mine[k]


def count_text(text: str) -> TextCounts:
    """Counts of one article text (headline, summary and body joined)."""
    out = TextCounts()
    prev: str | None = None
    first = True
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if len(tok) == 1 and not tok.isalpha():
            prev = None
            if tok in _SENTENCE_END:
                first = True
            continue
        if len(tok) > MAX_WORD:
            prev, first = None, False
            continue
        low = tok.lower()
        out.words[low] += 1
        if prev is not None:
            out.bigrams[f"{prev} {low}"] += 1
        if not first and tok[:1].isupper():
            out.names[tok] += 1
        prev, first = low, False
        # a line break ends a headline or paragraph: the next word opens a sentence
        if text.find("\n", m.end(), m.end() + 2) != -1:
            prev, first = None, True
    return out


class LanguageCounts:
    """Read-only probabilities for ranking: archive counts blended with wordfreq."""

    def __init__(self, words: Mapping[str, int] | None = None,
                 bigrams: Mapping[str, int] | None = None,
                 names: Mapping[str, int] | None = None) -> None:
        self.words: Mapping[str, int] = words or {}
        self.bigrams: Mapping[str, int] = bigrams or {}
        self.names: Mapping[str, int] = names or {}
        self.total = max(1, sum(self.words.values()))
        self._wf = wordfreq_id()
        #: lowercase → archive names in that spelling (Asean → {"ASEAN": 40, "Asean": 3})
        self.name_lower: dict[str, str] = {}
        best: dict[str, int] = {}
        for name, n in self.names.items():
            low = name.lower()
            if n > best.get(low, 0):
                best[low] = n
                self.name_lower[low] = name

    @classmethod
    def from_counts(cls, counts: TextCounts, *, min_bigram: int = 1) -> LanguageCounts:
        bigrams = {k: v for k, v in counts.bigrams.items() if v >= min_bigram}
        return cls(dict(counts.words), bigrams, dict(counts.names))

    def prob(self, word: str) -> float:
        """P(word): the archive's relative frequency and wordfreq's, averaged."""
        arch = self.words.get(word, 0) / self.total if self.words else 0.0
        wf = self._wf.get(word, 0.0)
        if self.words:
            return 0.5 * arch + 0.5 * wf or 1e-9
        return wf or 1e-9

    def log_prob(self, word: str) -> float:
        return math.log10(self.prob(word))

    def log_next(self, prev: str, word: str, mu: float = 20.0) -> float:
        """log10 P(word | prev), Dirichlet-smoothed towards P(word) (no bigram: P(word))."""
        p = self.prob(word)
        if not self.bigrams:
            return math.log10(p)
        n_prev = self.words.get(prev, 0)
        return math.log10((self.bigrams.get(f"{prev} {word}", 0) + mu * p) / (n_prev + mu))

    def is_archive_name(self, token: str, minimum: int = 2) -> bool:
        """Seen capitalised inside sentences of the archive at least ``minimum`` times."""
        return self.names.get(token, 0) >= minimum


EMPTY = LanguageCounts()


def merge(parts: Iterable[TextCounts]) -> TextCounts:
    total = TextCounts()
    for p in parts:
        total.add(p)
    return total
