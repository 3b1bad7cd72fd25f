"""The archive's stories as context for a correction: which candidate is written in the
same articles as the words around the typo.

A bigram only sees the neighbours; in "harga minyak mentah Brent amnik 42 sen" the words
before and after *amnik* say nothing for *naik* against *manik*, but *harga* and *minyak*
are written in thousands of the archive's articles that also write *naik*, and in almost
none that write *manik*. The lift of a candidate is the summed pointwise mutual information
(over documents) of the candidate with the rarest content words of its sentence:

    lift(c) = Σ_w log10((df(c ∧ w) + α) / (df(c) · df(w) / N + α))

and the first places of the suggestion list are re-ordered by score + TOPIC_WEIGHT × lift.
Only when the channel model leaves them close (the first two within TOPIC_MARGIN): a clear
best stays first, and most typos need no look-up at all.

Measured by ``benchmarks/spelling_typos.py`` (the constants were chosen on its dev split),
with the benchmark's 20,000 archive articles analysed as the search index stores them: first
suggestion right in a sentence 90.7 → 92.0 % dev, 90.6 → 92.0 % held-out; in the whole
article 92.3 → 92.8 % dev, 92.8 → 93.2 % held-out. Where it cannot help: a candidate that
is a stop word of the index's analysis (naik, lah, tiap) has no counts, so no lift.

The counts come from the newsroom's search index (``editor.store.search.cooccurrence``),
which holds every stored article: a :class:`DocumentCounts` answers in the words of the
text, whatever terms it keeps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

#: weight of the lift against the channel score (log10 units). Chosen on the dev split of
#: benchmarks/spelling_typos.py, in context, with the benchmark's archive analysed as the
#: search index stores it (first right: 0.3: 92.9, 0.5: 92.9, 0.7: 93.0, 1.0: 92.3 % of the
#: cases with candidates; 91.2 without the lift)
TOPIC_WEIGHT = 0.7
#: the places re-ordered: the whole list (the places after the strict ones keep their channel
#: score, see ``candidates.rank``); 5 places: 92.95 %
TOPIC_PLACES = 10
#: context words used: the rarest content words of the sentence
TOPIC_CONTEXT = 8
#: re-order only when the first two candidates score within this much of each other (no
#: loss on the dev split from 3.0 on; 2.0: 93.0 %)
TOPIC_MARGIN = 3.0
#: a context word in more than this share of the archive says nothing of the topic
TOPIC_MAX_SHARE = 0.3
#: smoothing of both counts in the lift
ALPHA = 0.5
#: an archive of fewer articles is too small to tell topics apart
MIN_DOCUMENTS = 200


class DocumentCounts(Protocol):
    """How many of the archive's articles write some words (lower-case words of the text,
    mapped by the implementation to whatever terms it indexes)."""

    def documents(self) -> int:
        """The number of articles."""

    def frequencies(self, words: Sequence[str]) -> Mapping[str, int]:
        """word → the articles that write it (absent or 0: none, or not indexable)."""

    def together(self, pairs: Sequence[tuple[str, str]]) -> Mapping[tuple[str, str], int]:
        """(a, b) → the articles that write both."""


class Ranked(Protocol):
    @property
    def word(self) -> str: ...

    @property
    def score(self) -> float: ...


C = TypeVar("C", bound=Ranked)


def context_words(words: Iterable[str], exclude: str) -> list[str]:
    """The distinct lowercase content words of a sentence (three letters or more, alphabetic),
    but the word being corrected."""
    seen: dict[str, None] = {}
    for w in words:
        low = w.lower()
        if len(low) >= 3 and low != exclude and low.isalpha():
            seen.setdefault(low, None)
    return list(seen)


def reorder(ranked: Sequence[C], context: Sequence[str],
            docs: DocumentCounts | None) -> list[C]:
    """``ranked`` (best first) with its first TOPIC_PLACES re-ordered by the candidates'
    lift with ``context``; unchanged when the first two are far apart, without context, or
    without an archive large enough."""
    out = list(ranked)
    if docs is None or len(out) < 2 or not context:
        return out
    if out[0].score - out[1].score > TOPIC_MARGIN:
        return out
    n = docs.documents()
    if n < MIN_DOCUMENTS:
        return out
    head = out[:TOPIC_PLACES]
    words = [c.word for c in head]
    df = docs.frequencies(list(dict.fromkeys([*words, *context])))
    cap = TOPIC_MAX_SHARE * n
    usable = sorted((w for w in context if 0 < df.get(w, 0) < cap and w not in words),
                    key=lambda w: (df[w], w))[:TOPIC_CONTEXT]
    if not usable:
        return out
    known = [c for c in words if df.get(c, 0) > 0]
    both = docs.together([(c, w) for c in known for w in usable]) if known else {}

    def lift(cand: str) -> float:
        dc = df.get(cand, 0)
        total = 0.0
        for w in usable:
            expected = dc * df[w] / n
            total += math.log10((both.get((cand, w), 0) + ALPHA) / (expected + ALPHA))
        return total

    lifted = {c: lift(c) for c in words}
    order = sorted(range(len(head)),
                   key=lambda k: (-(head[k].score + TOPIC_WEIGHT * lifted[head[k].word]), k))
    return [head[k] for k in order] + out[TOPIC_PLACES:]
