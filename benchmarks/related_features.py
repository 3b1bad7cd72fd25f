"""Features of a (draft, candidate) pair for the learned re-ranker experiment
(``benchmarks/related_train.py``).

Every feature comes from what the suggester's candidate query already fetched
(:meth:`RelatedSuggester.candidate_set`: the draft's weighted terms, the candidates' stored
term vectors and dates), so a model over them could ship as a handful of weights with no
extra round trip and the same numbers on SQLite and PostgreSQL. The hand-made score of
``RelatedSuggester.rank`` is rebuilt from ``first`` and ``feedback`` for comparison.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from editor.domain.term_vector import TermVector
from editor.related.config import SuggesterConfig
from editor.related.query import Query
from editor.related.scoring import (
    damped_idf,
    dot,
    headline_phrases,
    headline_vector,
    idf_of,
    text_cosine,
    with_lead,
)
from editor.related.signals import time_signal

#: Feature names in the order of a row (and of the weights in ``resources/related/``).
FEATURES: tuple[str, ...] = (
    "text",          # cosine of draft and candidate (sublinear tf x idf)
    "text_rel",      # the same over the query's best text cosine
    "head_lead",     # candidate headline (idf unit vector) . draft's lead vector
    "head_full",     # candidate headline . whole draft vector (idf damped as ranked)
    "feedback",      # candidate headline . headlines of the best first-pass matches
    "first",         # the hand-made first-pass score (text + headline, time prior)
    "first_rel",     # ... over the query's best
    "first_rr",      # 1 / rank by the first-pass score
    "names",         # share of the draft's name weight the candidate also has
    "rare",          # ln(1 + shared terms in at most RARE_DF articles)
    "rare_share",    # share of the draft's rare-term weight the candidate also has
    "time",          # exp(-(days / time_scale_days) ** time_power)
    "log_days",      # ln(1 + days apart)
    "cand_len",      # ln of the candidate's vector norm (long round-ups share much)
    "coverage",      # share of the draft's weight the archive knows (same per query)
    "phrases",       # share of the candidate's headline term pairs the draft has
)
#: A term in at most this many articles is a story's own word (a name, a rare place).
RARE_DF = 20
#: Days assumed when a candidate has no date (it is no help for a same-story match).
UNDATED_DAYS = 30.0


def candidate_features(query: Query, cfg: SuggesterConfig, when: datetime | None,
                       docs: Mapping[int, TermVector], dates: Mapping[int, datetime | None],
                       idf: Mapping[str, float]) -> dict[int, list[float]]:
    """One row of :data:`FEATURES` per candidate, in the order of ``docs``."""
    if not docs:
        return {}
    rare_idf = idf_of(RARE_DF, query.document_count)
    rare_terms = {t: w for t, w in query.weights.items() if idf.get(t, 0.0) >= rare_idf}
    rare_total = sum(w * w for w in rare_terms.values()) or 1.0
    names = {t: query.weights[t] for t in query.names if t in query.weights}
    names_total = sum(w * w for w in names.values()) or 1.0
    rows: dict[int, list[float]] = {}
    heads: dict[int, dict[str, float]] = {}
    first: dict[int, float] = {}
    weights = damped_idf(query.weights, idf, cfg.rerank_idf_damping)
    text_query = with_lead(weights, query.lead, cfg.lead_text_share)
    for article_id, doc in docs.items():
        heads[article_id] = head = headline_vector(doc.headline, idf, cfg.headline_idf_power)
        text = text_cosine(text_query, doc)
        head_lead = dot(query.lead, head)
        head_full = dot(weights, head)
        time_score, _ = time_signal(when, dates.get(article_id), cfg.time_scale_days,
                                    cfg.time_power)
        date = dates.get(article_id)
        days = abs((when - date).total_seconds()) / 86400.0 if when and date else UNDATED_DAYS
        head_match = cfg.lead_share * head_lead + (1.0 - cfg.lead_share) * head_full
        phrases = headline_phrases(doc.headline, query.pairs, idf)
        first[article_id] = (text + cfg.w_headline * head_match + cfg.w_phrases * phrases) \
            * (1.0 + cfg.w_time * time_score)
        present = set(doc.terms)
        shared_rare = [t for t in rare_terms if t in present]
        rows[article_id] = [
            text, 0.0, head_lead, head_full, 0.0, first[article_id], 0.0, 0.0,
            sum(w * w for t, w in names.items() if t in present) / names_total,
            math.log1p(len(shared_rare)),
            sum(rare_terms[t] ** 2 for t in shared_rare) / rare_total,
            time_score, math.log1p(days), math.log(doc.norm) if doc.norm else 0.0,
            query.coverage, phrases,
        ]
    # Headline feedback from the best first-pass matches, and the per-query relative figures.
    order = sorted(first, key=lambda i: (-first[i], i))
    best = order[: cfg.feedback_docs]
    weight = sum(first[i] for i in best) or 1.0
    centroid: defaultdict[str, float] = defaultdict(float)
    for i in best:
        for t, v in heads[i].items():
            centroid[t] += v * first[i] / weight
    top_text = max(r[0] for r in rows.values()) or 1.0
    top_first = first[order[0]] or 1.0
    for rank, article_id in enumerate(order, start=1):
        row = rows[article_id]
        row[1] = row[0] / top_text
        row[4] = dot(heads[article_id], centroid)
        row[6] = row[5] / top_first
        row[7] = 1.0 / rank
    return rows

