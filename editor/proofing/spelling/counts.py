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
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.proofing.spelling.topic import DocumentCounts

#: Longest word that is counted or looked up (longer tokens are never real words).
MAX_WORD = 40
#: share of the archive's relative frequency in P(word); the rest is wordfreq's
ARCHIVE_WEIGHT = 0.5
#: absolute discount of every seen bigram, and the Dirichlet prior mass, in ``log_next``
DISCOUNT = 0.75  # tuned on the dev split of benchmarks/spelling_typos.py (0.9, 0.75: same)
MU_NEXT = 20.0


@lru_cache(maxsize=1)
def wordfreq_id() -> dict[str, float]:
    """wordfreq's Indonesian word frequencies (share of all words).

    Kept in the spelling cache (keyed by the installed wordfreq): importing wordfreq alone
    costs about 0.1 s of every `redaksi check`, the cached table a few milliseconds, with the
    same values (marshal writes floats exactly)."""
    return wordfreq_table("id")


def wordfreq_table(lang: str, minimum: float = 0.0) -> dict[str, float]:
    """wordfreq's frequency dict for ``lang`` (entries of at least ``minimum``), cached."""
    from editor.proofing.spelling.cache import cached, package_stamp

    def build() -> dict[str, float]:
        from wordfreq import get_frequency_dict

        return {w: f for w, f in get_frequency_dict(lang).items() if f >= minimum}

    return cached(f"wordfreq-{lang}", ["v1", package_stamp("wordfreq"), repr(minimum)], build)


@dataclass
class TextCounts:
    """Counts of one or many texts (additive: ``a.add(b)``)."""

    words: Counter[str] = field(default_factory=Counter)
    bigrams: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    #: some count was subtracted (a delta for stored totals): entries may be negative
    signed: bool = False

    def add(self, other: TextCounts, sign: int = 1) -> None:
        if sign < 0:
            self.signed = True
        for mine, theirs in ((self.words, other.words), (self.bigrams, other.bigrams),
                             (self.names, other.names)):
            if sign > 0 and not self.signed:
                mine.update(theirs)  # C-level; all counts positive, nothing reaches zero
                continue
            for k, v in theirs.items():
                mine[k] += sign * v  # may go negative: a delta to apply to stored totals
                if mine[k] == 0:
                    del mine[k]


_SENTENCE_SPLIT = re.compile(r"[.!?;:\n]+")
_CLAUSE_SPLIT = re.compile(r"[,()\"“”]+")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_JOIN = " ".join
_FIRST = itemgetter(0)


def count_text(text: str, into: TextCounts | None = None) -> TextCounts:
    """Counts of one article text (headline, summary and body joined), added to ``into``
    (a fresh ``TextCounts`` when None) and returned.

    Sentences end at . ! ? ; : and line breaks (a headline is its own line); bigrams never
    cross punctuation; a name is a capitalised word that does not open its sentence.
    Built on C-level ``Counter.update``, once per kind and article, fed by ``map``/``zip``/
    ``compress`` (no Python-level loop per word), and an import counts a whole batch
    straight into one ``into`` instead of merging per-article counters key by key.
    """
    out = TextCounts() if into is None else into
    if out.signed:  # negative entries: merge key by key so that zeros are dropped
        out.add(count_text(text))
        return out
    all_low: list[str] = []
    all_bigrams: list[str] = []
    all_names: list[str] = []
    for sentence in _SENTENCE_SPLIT.split(text):
        first = True
        for clause in _CLAUSE_SPLIT.split(sentence):
            toks = _WORD_RE.findall(clause)
            if toks and max(map(len, toks)) > MAX_WORD:
                toks = [t for t in toks if len(t) <= MAX_WORD]
            if not toks:
                continue
            # Tokens hold no spaces: one lower() of the clause's words, split again.
            low = _JOIN(toks).lower().split(" ")
            all_low += low
            if len(low) > 1:
                all_bigrams += map(_JOIN, zip(low, low[1:], strict=False))
            caps = toks[1:] if first else toks
            all_names += compress(caps, map(str.isupper, map(_FIRST, caps)))
            first = False
    # One C-level update per kind and article (not per clause).
    out.words.update(all_low)
    out.bigrams.update(all_bigrams)
    out.names.update(all_names)
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
        self._wf_table: dict[str, float] | None = None
        #: its frequent words were added to the candidate index (``candidates``)
        self.vocabulary_learnt = False
        #: the archive's articles, for the topic of a correction (``topic``); set by the
        #: store that loaded these counts, None without one
        self.documents: DocumentCounts | None = None
        self._followers: dict[str, int] | None = None
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

    @property
    def _wf(self) -> dict[str, float]:
        if self._wf_table is None:  # loaded on first use, not when the store is imported
            self._wf_table = wordfreq_id()
        return self._wf_table

    def prob(self, word: str) -> float:
        """P(word): the archive's relative frequency and wordfreq's, averaged."""
        arch = self.words.get(word, 0) / self.total if self.words else 0.0
        wf = self._wf.get(word, 0.0)
        if self.words:
            return ARCHIVE_WEIGHT * arch + (1.0 - ARCHIVE_WEIGHT) * wf or 1e-9
        return wf or 1e-9

    def log_prob(self, word: str) -> float:
        return math.log10(self.prob(word))

    def _follower_kinds(self) -> dict[str, int]:
        """prev → how many different words follow it in the bigram table (once, lazily)."""
        if self._followers is None:
            kinds: Counter[str] = Counter()
            kinds.update(k[: k.find(" ")] for k in self.bigrams)
            self._followers = dict(kinds)
        return self._followers

    def log_next(self, prev: str, word: str) -> float:
        """log10 P(word | prev): bigram counts less an absolute ``DISCOUNT`` each, the mass
        taken (``DISCOUNT`` × the kinds of word seen after ``prev``) plus a Dirichlet prior
        of ``MU_NEXT`` spread by P(word) (no bigram table: P(word)).

        Why discounting rather than Dirichlet smoothing alone: after a frequent word (tapi,
        10,000 times) an unseen pair got only 20/10,020 of P(word), so one bigram seen in
        20,000 articles outweighed three typing slips; the discounted mass grows with how
        varied the words after ``prev`` are, as in Kneser–Ney."""
        p = self.prob(word)
        if not self.bigrams:
            return math.log10(p)
        n_prev = self.words.get(prev, 0)
        seen = self.bigrams.get(f"{prev} {word}", 0)
        if not DISCOUNT:
            return math.log10((seen + MU_NEXT * p) / (n_prev + MU_NEXT))
        kinds = self._follower_kinds().get(prev, 0) if n_prev else 0
        return math.log10((max(seen - DISCOUNT, 0.0) + (DISCOUNT * kinds + MU_NEXT) * p)
                          / (n_prev + MU_NEXT))

    def is_archive_name(self, token: str, minimum: int = 2) -> bool:
        """Seen capitalised inside sentences of the archive at least ``minimum`` times."""
        return self.names.get(token, 0) >= minimum


EMPTY = LanguageCounts()


def merge(parts: Iterable[TextCounts]) -> TextCounts:
    total = TextCounts()
    for p in parts:
        total.add(p)
    return total
