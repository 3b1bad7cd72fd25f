"""A stored article as the related-article re-ranker reads it: each distinct term once with
its count, and its headline terms.

The re-ranker needs, for each of ~150 candidates per query, the candidate's term counts
(for the cosine with the draft) and its headline terms. Counting them from the analysed
fields on every query cost more than the rest of the query together, so the index stores this
form (SQLite: ``search_vectors``, migration 0010) and every backend builds it with
:meth:`TermVector.of`, which is what keeps suggestions the same on every database.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from editor.domain.records import IndexDocument

#: 1 + ln(c) for the term counts a stored article has (almost always small), and its square:
#: looked up rather than computed, since every candidate of every query needs them.
LOG_TABLE_SIZE = 1024
SUBLINEAR = [0.0, *(1.0 + math.log(c) for c in range(1, LOG_TABLE_SIZE))]
SUBLINEAR_SQ = [v * v for v in SUBLINEAR]
#: Counts are stored as unsigned 32-bit integers; no real article comes near.
MAX_COUNT = 2**32 - 1


def sublinear(count: int) -> float:
    return SUBLINEAR[count] if count < LOG_TABLE_SIZE else 1.0 + math.log(count)


@dataclass(frozen=True, slots=True)
class TermVector:
    """Distinct terms with their counts (headline, tags, summary and body counted; each
    name once), the headline's terms, and the sublinear-tf norm."""

    article_id: int
    terms: tuple[str, ...]
    counts: Sequence[int]
    headline: tuple[str, ...]
    norm: float

    @classmethod
    def of(cls, doc: IndexDocument) -> TermVector:
        counts = Counter(chain(doc.headline, doc.tags, doc.summary, doc.body))
        counts.update(set(doc.names))
        return cls.from_parts(doc.article_id, tuple(counts), tuple(counts.values()),
                              doc.headline)

    @classmethod
    def from_parts(cls, article_id: int, terms: tuple[str, ...], counts: Sequence[int],
                   headline: tuple[str, ...]) -> TermVector:
        if counts and max(counts) < LOG_TABLE_SIZE:
            norm = math.sqrt(sum(map(SUBLINEAR_SQ.__getitem__, counts)))
        else:
            norm = math.sqrt(sum(sublinear(c) ** 2 for c in counts))
        return cls(article_id, terms, counts, headline, norm)

    def count_map(self) -> dict[str, int]:
        return dict(zip(self.terms, self.counts, strict=True))

    # -- storage form (SQLite's search_vectors) ---------------------------------------------
    def stored(self) -> tuple[int, str, bytes, str]:
        """(article id, terms, counts, headline) as the columns of ``search_vectors``."""
        counts = self.counts
        # From the sequence itself (C-level) unless a count needs capping (none ever does).
        packed = array("I", counts if not counts or max(counts) <= MAX_COUNT
                       else (min(c, MAX_COUNT) for c in counts))
        return (self.article_id, " ".join(self.terms), packed.tobytes(),
                " ".join(self.headline))

    @classmethod
    def from_stored(cls, article_id: int, terms: str, counts: bytes,
                    headline: str) -> TermVector:
        values = array("I")
        values.frombytes(counts)
        return cls.from_parts(article_id, tuple(terms.split(" ")) if terms else (), values,
                              tuple(headline.split(" ")) if headline else ())
