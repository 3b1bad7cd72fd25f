"""Related-article suggestions ("Baca juga") for a draft, from the newsroom's archive.

The first job of a "Baca juga" list is to find the earlier coverage of the *same story*. How
that is done was decided by measurement on same-story clusters (different publishers
reporting one event; ``benchmarks/related_quality.py``), against a plain TF-IDF baseline
computed in the same run:

1. **Query.** The whole draft is analysed like the archive (Sastrawi stems and proper names).
   Every term weighs ``(1 + ln tf) x idf``; the headline and the lead paragraph are counted
   again as a *lead* vector, because the lead is where a story says what it is about (and it
   is what other desks put in their headlines). Terms in more than half of the archive say
   nothing about the story and are dropped (as the baseline's ``max_df``).
2. **Candidates** come from the full-text index (BM25, the same on SQLite and PostgreSQL) for
   the draft's most distinctive terms: a same-story article always shares several of them.
3. **Re-rank** in Python on the stored terms of the candidates, so both databases give the
   same order: the cosine between the draft (its lead counted again) and the candidate
   (sublinear tf), plus how much
   of the candidate's *headline* the draft's lead and text contain (idf-weighted) and how many
   of the headline's phrases (neighbouring term pairs) the draft has, times a
   time prior (other desks cover a story the same day or the next), then a second pass that
   rewards candidates whose headline resembles the headlines of the best first-pass matches
   (pseudo-relevance feedback on headlines: the same story is told under similar headlines).
   Shared tags, location and rubrik (which a draft in the editor has and the archive may
   have) nudge the score.
4. **Threshold** last: only matches below a measured score are hidden (see
   ``SuggesterConfig.min_score``), after ranking, never before.

Every suggestion carries the reasons that earned its place, in Indonesian.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from editor.domain.article import Article
from editor.domain.records import CandidateInfo
from editor.domain.term_vector import TermVector
from editor.related.config import SuggesterConfig
from editor.related.query import Query, build_query, draft_date
from editor.related.reasons import join_overlapping as _join_overlapping
from editor.related.reasons import text_reasons
from editor.related.scoring import (
    damped_idf,
    dot,
    headline_phrases,
    headline_vector,
    idf_of,
    text_cosine,
    with_lead,
)
from editor.related.signals import (
    category_signal,
    location_signal,
    shared_tags,
    tag_signal,
    time_score,
    time_signal,
)

__all__ = ["Query", "RelatedSuggester", "SuggesterConfig", "Suggestion", "_join_overlapping"]


@dataclass(frozen=True, slots=True)
class Suggestion:
    article_id: int
    external_id: str | None
    title: str
    score: float
    reasons: tuple[str, ...]
    date: datetime | None
    url: str = ""

    @property
    def ref(self) -> str:
        """The id a user or a script sees: the external id where there is one."""
        return self.external_id or str(self.article_id)


class CandidateSet(NamedTuple):
    """One query's candidates: stored vectors, dates, and idf of every term involved."""

    query: Query
    docs: dict[int, TermVector]
    dates: dict[int, datetime | None]
    idf: dict[str, float]
    when: datetime


class RelatedSuggester:
    """Suggests archive articles related to a draft. Thread-safe for concurrent queries."""

    def __init__(self, store: object, config: SuggesterConfig | None = None) -> None:
        self.store = store
        self.index = store.search  # type: ignore[attr-defined]
        self.engine = store.engine  # type: ignore[attr-defined]
        self.config = config or SuggesterConfig()

    # -- query -----------------------------------------------------------------------------
    def build_query(self, draft: Article) -> Query:
        """The draft as the ranking sees it (see :func:`editor.related.query.build_query`)."""
        return build_query(self.index, self.config, draft)

    # -- suggestions -----------------------------------------------------------------------
    def suggest(self, draft: Article, *, limit: int = 10,
                exclude: Collection[int] = ()) -> list[Suggestion]:
        """Up to ``limit`` related articles, best first; the draft itself is never included.
        Ranked first, then cut: matches scoring below ``min_score`` are not shown."""
        return [s for s in self.rank(draft, limit=limit, exclude=exclude)
                if s.score >= self.config.min_score]

    def candidate_set(self, draft: Article, exclude: Collection[int] = ()) -> CandidateSet | None:
        """The draft's query and its candidates as the re-ranking reads them (None: no
        candidate), with the idf of every candidate's headline terms. Also what
        ``benchmarks/related_train.py`` computes its features from."""
        return self._candidate_set(draft, exclude, every_headline=True)

    def _candidate_set(self, draft: Article, exclude: Collection[int],
                       every_headline: bool) -> CandidateSet | None:
        """:meth:`candidate_set`; without ``every_headline`` (the ranking's own use) the idf
        of candidates' headline terms is looked up only where the ranking reads it: with
        ``headline_idf_power`` 0 the headline vector has no idf, and the headline phrases
        (:func:`headline_phrases`) of a headline none of whose term pairs is in the draft
        are 0 whatever the idf. Most headlines share no phrase with the draft, so this
        skips most of those look-ups; the scores are the same."""
        cfg = self.config
        excluded = set(exclude)
        if draft.id is not None:
            excluded.add(draft.id)
        query = self.build_query(draft)
        if not query.weights or not query.matching:
            return None
        hits = self.index.search(query.matching, limit=cfg.candidates, exclude=excluded)
        if not hits:
            return None
        # Terms and dates of every candidate in one round trip (killed articles left out).
        found = self.index.vectors_with_dates([h.article_id for h in hits])
        if not found:
            return None
        docs = {i: doc for i, (doc, _) in found.items()}
        dates = {i: date for i, (_, date) in found.items()}
        # idf of the candidates' headline terms (a few hundred; the query's are known).
        total = query.document_count
        idf = dict(query.idf)
        pairs = query.pairs
        heads = [docs[i].headline for i in dates]
        if not every_headline and not cfg.headline_idf_power:
            heads = [h for h in heads if any(p in pairs for p in zip(h, h[1:], strict=False))]
        unknown = {t for head in heads for t in head if t not in idf}
        idf.update({t: idf_of(n, total)
                    for t, n in self.index.document_frequencies(sorted(unknown)).items()})
        return CandidateSet(query, docs, dates, idf, draft_date(draft))

    def rank(self, draft: Article, *, limit: int = 10,
             exclude: Collection[int] = ()) -> list[Suggestion]:
        """The ``limit`` best candidates, best first, before the threshold."""
        cfg = self.config
        found = self._candidate_set(draft, exclude, every_headline=False)
        if found is None:
            return []
        query, docs, dates, idf, when = found
        first: dict[int, float] = {}
        heads: dict[int, dict[str, float]] = {}
        weights = damped_idf(query.weights, query.idf, cfg.rerank_idf_damping)
        text_query = with_lead(weights, query.lead, cfg.lead_text_share)
        for article_id, date in dates.items():
            doc = docs[article_id]
            heads[article_id] = head = headline_vector(doc.headline, idf, cfg.headline_idf_power)
            text = text_cosine(text_query, doc)
            head_match = cfg.lead_share * dot(query.lead, head) \
                + (1.0 - cfg.lead_share) * dot(weights, head)
            phrases = headline_phrases(doc.headline, query.pairs, idf)
            closeness = time_score(when, date, cfg.time_scale_days, cfg.time_power)
            first[article_id] = (text + cfg.w_headline * head_match + cfg.w_phrases * phrases) \
                * (1.0 + cfg.w_time * closeness)
        # Headline feedback from the best first-pass matches.
        best = sorted(first, key=lambda i: (-first[i], i))[: cfg.feedback_docs]
        top = first[best[0]]
        weight = sum(first[i] for i in best) or 1.0
        centroid: defaultdict[str, float] = defaultdict(float)
        for i in best:
            for t, v in heads[i].items():
                centroid[t] += v * first[i] / weight
        scores = {i: query.coverage * (first[i] + cfg.w_feedback * dot(heads[i], centroid) * top)
                  for i in first}
        # Tags, location and rubrik can lift a candidate by at most a quarter: only the best
        # few are loaded in full (the rest could not reach the top ``limit``).
        shortlist = sorted(scores, key=lambda i: (-scores[i], i))[: max(3 * limit, 30)]
        infos = self._infos(shortlist, scores, limit)
        scored = []
        for article_id in shortlist:
            info = infos.get(article_id)
            if info is None or info.killed:
                continue
            scored.append((self._nudged(draft, info, scores[article_id]), article_id))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [self._suggestion(draft, when, query, infos[i], docs[i], score)
                for score, i in scored[:limit]]

    def _infos(self, shortlist: list[int], scores: dict[int, float],
               limit: int) -> dict[int, CandidateInfo]:
        """The shortlist's metadata, read only for those a nudge could still lift into the
        best ``limit``: a nudge multiplies a score by at most ``1 + w_tags + w_location +
        w_category``, so a candidate below the ``limit``-th score divided by that cannot get
        there. When one of the first ``limit`` is gone (killed since it was indexed), the
        whole shortlist is read, as before."""
        cfg = self.config
        if len(shortlist) > limit > 0:
            lift = (1.0 + cfg.w_tags + cfg.w_location + cfg.w_category) * (1.0 + 1e-9)
            floor = scores[shortlist[limit - 1]]
            reach = [i for i in shortlist if scores[i] * lift >= floor]
            infos = self.store.candidates(reach)  # type: ignore[attr-defined]
            if all((info := infos.get(i)) is not None and not info.killed
                   for i in reach[:limit]):
                return infos
        return self.store.candidates(shortlist)  # type: ignore[attr-defined]

    def _nudged(self, draft: Article, info: CandidateInfo, score: float) -> float:
        cfg = self.config
        tag_score, _ = tag_signal(shared_tags(draft.tags, info.tags))
        loc_score, _ = location_signal(draft.location, info.location)
        cat_score, _ = category_signal(draft.category, info.category)
        return score * (1.0 + cfg.w_tags * tag_score + cfg.w_location * loc_score
                        + cfg.w_category * cat_score)

    def _suggestion(self, draft: Article, when: datetime, query: Query, info: CandidateInfo,
                    doc: TermVector, score: float) -> Suggestion:
        """The suggestion with the reasons that earned its place."""
        tags = shared_tags(draft.tags, info.tags)
        _, tag_reason = tag_signal(tags)
        _, loc_reason = location_signal(draft.location, info.location)
        _, cat_reason = category_signal(draft.category, info.category)
        _, time_reason = time_signal(when, info.date, self.config.time_scale_days,
                                     self.config.time_power)
        present = set(doc.terms)
        matched = [t for t in query.weights if t in present]
        reasons: list[str] = []
        if tag_reason:
            reasons.append(tag_reason)
        if loc_reason:
            reasons.append(loc_reason)
        reasons.extend(text_reasons(query, matched, tags))
        if cat_reason:
            reasons.append(cat_reason)
        if time_reason:
            reasons.append(time_reason)
        return Suggestion(info.article_id, info.external_id, info.headline, round(score, 4),
                          tuple(reasons), info.date, info.url)
