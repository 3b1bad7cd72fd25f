"""Vector arithmetic of the related-article ranking: idf, unit vectors, the draft-candidate
cosine and headline vectors. Pure functions over plain dicts and stored term vectors, so the
ranking is the same whichever database the candidates came from."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence

from editor.domain.term_vector import TermVector, sublinear


def idf_of(df: int, total: int) -> float:
    """BM25's idf, always positive: rare terms (names, places) weigh most."""
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def text_cosine(query: dict[str, float], candidate: TermVector) -> float:
    """Cosine of the draft (unit tf-idf vector) and a candidate's sublinear tf, with the
    candidate's length measured without idf (its rare terms are not looked up: that keeps a
    query to two index round trips). The norm is the vector's own (computed once)."""
    if not candidate.norm:
        return 0.0
    # Over the smaller side, in its own (deterministic) order: the same float sum on every
    # run and every database.
    if len(candidate.terms) < len(query):
        pairs = zip(candidate.terms, candidate.counts, strict=True)
        return sum(query[t] * sublinear(c) for t, c in pairs if t in query) / candidate.norm
    counts = candidate.count_map()
    return sum(v * sublinear(counts[t]) for t, v in query.items() if t in counts) \
        / candidate.norm


def headline_vector(terms: Collection[str], idf: Mapping[str, float],
                    power: float = 1.0) -> dict[str, float]:
    """A candidate's headline as a unit vector (each term once) of ``idf ** power``: with
    power 0 every headline word weighs the same, and the draft's side (idf-weighted) alone
    says which shared words matter."""
    if not power:
        # unit(dict.fromkeys(terms, 1.0)) without the arithmetic: n ones have norm sqrt(n).
        keys = dict.fromkeys(terms)
        return dict.fromkeys(keys, 1.0 / math.sqrt(len(keys))) if keys else {}
    return unit({t: idf.get(t, 0.0) ** power for t in set(terms)})


def damped_idf(weights: Mapping[str, float], idf: Mapping[str, float],
               power: float) -> dict[str, float]:
    """``unit(weights[t] / idf[t] ** power)``: the draft's tf-idf vector with its idf part
    softened (``SuggesterConfig.rerank_idf_damping``), so a few rare words do not decide the
    cosine alone. Power 0 gives ``weights`` unchanged."""
    if not power:
        return dict(weights)
    return unit({t: v / idf[t] ** power if idf.get(t) else v for t, v in weights.items()})


def with_lead(weights: Mapping[str, float], lead: Mapping[str, float],
              share: float) -> dict[str, float]:
    """The draft's text vector with its lead counted again: ``unit(weights + share x lead)``
    (both unit vectors). News puts the event in the lead, so a candidate that shares the
    lead's terms tells the same story more likely than one sharing the background further
    down. ``share`` 0 gives ``weights`` unchanged."""
    if not share or not lead:
        return dict(weights)
    out = dict(weights)
    for t, v in lead.items():
        out[t] = out.get(t, 0.0) + share * v
    return unit(out)


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def headline_phrases(headline: Sequence[str], pairs: Collection[tuple[str, str]],
                     idf: Mapping[str, float]) -> float:
    """Share of a candidate's headline *phrases* the draft also has: the headline's
    neighbouring term pairs, each weighted by the geometric mean of its terms' idf, that
    appear in the draft's ``pairs`` (:func:`editor.related.query.term_pairs`). Other desks'
    headlines of the same story repeat its phrases ("cairan vape ilegal", "suku bunga
    acuan"); a follow-up on the same topic shares the words but less often the phrases."""
    total = found = 0.0
    for pair in zip(headline, headline[1:], strict=False):
        weight = math.sqrt(idf.get(pair[0], 0.0) * idf.get(pair[1], 0.0))
        total += weight
        if pair in pairs:
            found += weight
    return found / total if total else 0.0
