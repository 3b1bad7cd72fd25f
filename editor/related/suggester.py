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
   same order: the cosine between the draft and the candidate (sublinear tf), plus how much
   of the candidate's *headline* the draft's lead and text contain (idf-weighted), times a
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

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from editor.domain.article import Article
from editor.domain.dateline import utc_now
from editor.domain.records import CandidateInfo
from editor.domain.term_vector import TermVector, sublinear
from editor.related.analysis import analyzer, name_key
from editor.related.signals import (
    category_signal,
    location_signal,
    shared_tags,
    tag_signal,
    time_signal,
)

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class SuggesterConfig:
    """Tuning of the suggester, chosen on two thirds of the dev clusters and checked on the
    other third (``benchmarks/related_quality.py`` prints both)."""

    #: Terms in more than this share of the archive are not part of the query.
    max_df_share: float = 0.5
    #: The draft's most distinctive terms that fetch candidates from the index.
    candidate_terms: int = 32
    candidates: int = 150
    #: Terms in more than this share of the archive are left out of the candidate query
    #: (they still count in the re-ranking): their long posting lists cost most of the
    #: query time and never decide which story it is.
    max_match_ratio: float = 0.05
    #: ... and never more than this many articles, whatever the archive's size: the cost of
    #: the candidate query grows with the posting lists it reads, and a term in more than
    #: a thousand articles is no story's signature (on the tune clusters 800 lost nothing:
    #: MRR@10 0.747 against 0.745 without it; it bounds the query on a larger archive).
    max_match_df: int = 800
    #: ... and all of them together in at most this many articles (the posting lists the
    #: index reads): a short draft has few rare terms, and without a budget its 32 terms
    #: would read several times more postings than a full article's (on the tune clusters
    #: 3000: MRR@10 0.748 against 0.747, recall@10 0.695 against 0.694).
    max_match_postings: int = 3000
    min_archive_for_ratio: int = 200
    #: Extra weight of the headline in the draft vector (tags count like the headline).
    headline_weight: float = 2.0
    #: Share of the headline match taken from the lead (headline + first paragraph) rather
    #: than from the whole draft.
    lead_share: float = 0.5
    #: Weight of the headline match beside the text cosine.
    w_headline: float = 1.2
    #: Time prior: score x (1 + w_time x exp(-days / time_scale_days)).
    w_time: float = 1.0
    time_scale_days: float = 3.0
    #: Headline feedback: score + w_feedback x (similarity of the candidate's headline to the
    #: headlines of the ``feedback_docs`` best first-pass matches) x the best score.
    w_feedback: float = 0.8
    feedback_docs: int = 3
    #: Nudges from what a draft in the editor carries (not measurable on the dev clusters,
    #: whose queries are a body and a date only; kept small).
    w_tags: float = 0.15
    w_location: float = 0.08
    w_category: float = 0.03
    #: Below this score a match is not shown. Measured on the tune clusters (top 10 before
    #: the cut): of 456 suggestions scoring under 0.75 one was a cluster mate (0.2 %);
    #: between 0.75 and 1.0, 2.3 %; above 3.0, 57 %. Cutting at 0.75 leaves 14 % of body-only
    #: queries with fewer than 10 suggestions and costs one mate in about 1,700.
    min_score: float = 0.75


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


@dataclass(slots=True)
class Query:
    """The draft as the ranking sees it."""

    weights: dict[str, float]          # term -> (1 + ln tf) x idf, unit length
    lead: dict[str, float]             # headline + lead paragraph, unit length
    idf: dict[str, float]              # idf of the query's terms found in the archive
    names: dict[str, str]              # name term -> spelling in the draft
    surface: dict[str, str]            # stem -> word in the draft
    shown_names: frozenset[str] = frozenset()  # names a reason may cite
    matching: tuple[str, ...] = ()     # the terms sent to the index for candidates
    document_count: int = 0
    text: str = ""                     # the draft, case-folded, spaces normalised
    coverage: float = 1.0              # share of the draft's weight the archive knows

    @property
    def terms(self) -> list[str]:
        return list(self.weights)


def _within_budget(ranked: list[str], df: Mapping[str, int], count: int,
                   postings: int) -> list[str]:
    """The first ``count`` of ``ranked`` whose document frequencies add up to at most
    ``postings`` (a term that does not fit is skipped; a rarer one later may)."""
    out: list[str] = []
    left = postings
    for term in ranked:
        if df[term] <= left:
            out.append(term)
            left -= df[term]
            if len(out) == count:
                break
    return out


def draft_date(article: Article) -> datetime:
    return article.dateline.when or article.published_at or article.created_at or utc_now()


def idf_of(df: int, total: int) -> float:
    """BM25's idf, always positive: rare terms (names, places) weigh most."""
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def _lead_paragraph(body: str) -> str:
    for paragraph in _PARAGRAPH.split(body):
        if paragraph.strip():
            return paragraph
    return ""


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


def headline_vector(terms: Collection[str], idf: Mapping[str, float]) -> dict[str, float]:
    """A candidate's headline as a unit vector of idf weights (each term once)."""
    return _unit({t: idf.get(t, 0.0) for t in set(terms)})


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


class RelatedSuggester:
    """Suggests archive articles related to a draft. Thread-safe for concurrent queries."""

    def __init__(self, store: object, config: SuggesterConfig | None = None) -> None:
        self.store = store
        self.index = store.search  # type: ignore[attr-defined]
        self.engine = store.engine  # type: ignore[attr-defined]
        self.config = config or SuggesterConfig()

    # -- query -----------------------------------------------------------------------------
    def build_query(self, draft: Article) -> Query:
        a = analyzer()
        cfg = self.config
        headline_text = f"{draft.kicker}\n{draft.headline}"
        headline_terms = a.terms(headline_text)
        tag_terms = [t for tag in draft.tags for t in a.terms(tag)]
        body_terms = a.terms(f"{draft.subheadline}\n{draft.summary}\n{draft.body}")
        full_text = "\n".join((draft.headline, draft.summary, draft.body))
        names = a.names(full_text)
        # Headlines are often Title Case, so their "names" ("Demo Tolak") are only phrases:
        # they still count in the query, but reasons name only names seen in running text.
        shown_names = set(a.names("\n".join((draft.summary, draft.body))))
        for tag in draft.tags:
            key = name_key(tag)
            if "_" in key:
                names.setdefault(key, tag)
                shown_names.add(key)
        lead_text = _lead_paragraph(draft.summary) or _lead_paragraph(draft.body)
        lead_terms = [*headline_terms, *a.terms(lead_text), *a.names(lead_text)]
        if draft.headline.strip():
            lead_terms.extend(a.names(draft.headline))

        tf: defaultdict[str, float] = defaultdict(float, Counter(body_terms))
        for term in (*headline_terms, *tag_terms):
            tf[term] += cfg.headline_weight
        for key in names:
            tf[key] += 1
        surface = a.surface_forms("\n".join((draft.headline, draft.summary, draft.body,
                                             *draft.tags)))
        total = self.index.document_count()
        df = self.index.document_frequencies(tf)
        limit = max(1, int(total * cfg.max_df_share)) \
            if total >= cfg.min_archive_for_ratio else total
        idf = {t: idf_of(n, total) for t, n in df.items() if 0 < n <= limit}
        raw = {t: (1.0 + math.log(c)) * idf[t] for t, c in tf.items() if t in idf}
        weights = _unit(raw)
        # A term the archive lacks still describes the draft (as a rare term, df = 1): a
        # draft mostly about something the archive never covered matches weakly. It cannot
        # change the order of the candidates, only how strong the best of them are.
        unseen = idf_of(1, total)
        seen_norm = sum(v * v for v in raw.values())
        unseen_norm = sum(((1.0 + math.log(c)) * unseen) ** 2
                          for t, c in tf.items() if t not in df)
        coverage = math.sqrt(seen_norm / (seen_norm + unseen_norm)) if seen_norm else 0.0
        lead = _unit({t: (1.0 + math.log(c)) * idf[t]
                      for t, c in Counter(lead_terms).items() if t in idf})
        match_limit = min(max(1, int(total * cfg.max_match_ratio)), cfg.max_match_df) \
            if total >= cfg.min_archive_for_ratio else total
        ranked = [t for t in sorted(weights, key=lambda t: (-weights[t], t)) if t in df]
        matching = _within_budget([t for t in ranked if df[t] <= match_limit], df,
                                  cfg.candidate_terms, cfg.max_match_postings) \
            or _within_budget(ranked, df, cfg.candidate_terms, cfg.max_match_postings) \
            or ranked[:1]
        return Query(weights, lead, idf, {k: v for k, v in names.items() if k in weights},
                     surface, shown_names=frozenset(shown_names), matching=tuple(matching),
                     document_count=total, text=" ".join(full_text.casefold().split()),
                     coverage=coverage)

    # -- suggestions -----------------------------------------------------------------------
    def suggest(self, draft: Article, *, limit: int = 10,
                exclude: Collection[int] = ()) -> list[Suggestion]:
        """Up to ``limit`` related articles, best first; the draft itself is never included.
        Ranked first, then cut: matches scoring below ``min_score`` are not shown."""
        return [s for s in self.rank(draft, limit=limit, exclude=exclude)
                if s.score >= self.config.min_score]

    def rank(self, draft: Article, *, limit: int = 10,
             exclude: Collection[int] = ()) -> list[Suggestion]:
        """The ``limit`` best candidates, best first, before the threshold."""
        cfg = self.config
        excluded = set(exclude)
        if draft.id is not None:
            excluded.add(draft.id)
        query = self.build_query(draft)
        if not query.weights or not query.matching:
            return []
        hits = self.index.search(query.matching, limit=cfg.candidates, exclude=excluded)
        if not hits:
            return []
        # Terms and dates of every candidate in one round trip (killed articles left out).
        found = self.index.vectors_with_dates([h.article_id for h in hits])
        if not found:
            return []
        docs = {i: doc for i, (doc, _) in found.items()}
        dates = {i: date for i, (_, date) in found.items()}
        # idf of the candidates' headline terms (a few hundred; the query's are known).
        total = query.document_count
        idf = dict(query.idf)
        unknown = {t for i in dates for t in docs[i].headline if t not in idf}
        idf.update({t: idf_of(n, total)
                    for t, n in self.index.document_frequencies(sorted(unknown)).items()})
        when = draft_date(draft)
        first: dict[int, float] = {}
        heads: dict[int, dict[str, float]] = {}
        for article_id, date in dates.items():
            doc = docs[article_id]
            heads[article_id] = head = headline_vector(doc.headline, idf)
            text = text_cosine(query.weights, doc)
            head_match = cfg.lead_share * dot(query.lead, head) \
                + (1.0 - cfg.lead_share) * dot(query.weights, head)
            time_score, _ = time_signal(when, date, cfg.time_scale_days)
            first[article_id] = (text + cfg.w_headline * head_match) \
                * (1.0 + cfg.w_time * time_score)
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
        infos = self.store.candidates(shortlist)  # type: ignore[attr-defined]
        scored = []
        for article_id in shortlist:
            info = infos.get(article_id)
            if info is None or info.killed:
                continue
            scored.append((self._nudged(draft, info, scores[article_id]), article_id))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [self._suggestion(draft, when, query, infos[i], docs[i], score)
                for score, i in scored[:limit]]

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
        _, time_reason = time_signal(when, info.date, self.config.time_scale_days)
        present = set(doc.terms)
        matched = [t for t in query.weights if t in present]
        reasons: list[str] = []
        if tag_reason:
            reasons.append(tag_reason)
        if loc_reason:
            reasons.append(loc_reason)
        reasons.extend(self._text_reasons(query, matched, tags))
        if cat_reason:
            reasons.append(cat_reason)
        if time_reason:
            reasons.append(time_reason)
        return Suggestion(info.article_id, info.external_id, info.headline, round(score, 4),
                          tuple(reasons), info.date, info.url)

    @staticmethod
    def _text_reasons(query: Query, matched: list[str], tags: list[str]) -> list[str]:
        """"nama sama: ..." and "kata kunci sama: ..." for the strongest shared terms."""
        tagged = {t.casefold() for t in tags}
        ranked = sorted(matched, key=lambda t: (-query.weights[t], t))
        found = [query.names[t] for t in ranked if t in query.names and t in query.shown_names]
        found = _join_overlapping(found, query.text)
        # "BPBD Kota" adds nothing next to "BPBD Kota Medan": keep the longest spelling.
        names = [n for n in found
                 if not any(n != m and n.casefold() in m.casefold() for m in found)][:3]
        name_words = {w.casefold() for n in names for w in n.split()}
        words: list[str] = []
        for term in ranked:
            if term in query.names and (term in query.shown_names or "_" in term):
                continue  # cited as a name above, or a headline phrase (no word to show)
            word = query.surface.get(term, term)
            if word.casefold() in name_words or word.casefold() in tagged:
                continue
            words.append(word)
        reasons = []
        if names:
            reasons.append(f"nama sama: {', '.join(names)}")
        if words:
            reasons.append(f"kata kunci sama: {', '.join(words[:4])}")
        return reasons


def _join_overlapping(names: list[str], text: str | None = None) -> list[str]:
    """Word pairs cut from one long name join back for display: "Syarif Kasim" + "Kasim II"
    + "II Pekanbaru" -> "Syarif Kasim II Pekanbaru" (order of first appearance kept).

    With ``text`` (the draft, case-folded, spaces normalised), pieces join only into a name
    the draft really has: "BPBD Kota" + "Kota Medan" must not become "BPBD Kota Medan" when
    the draft only says "Wali Kota Medan" and "BPBD"."""
    out = list(names)
    while True:
        words = [n.split() for n in out]
        starts: dict[str, list[int]] = {}
        for j, wb in enumerate(words):
            if len(wb) > 1:
                starts.setdefault(wb[0], []).append(j)
        pair = next(((i, j) for i, wa in enumerate(words) if len(wa) > 1
                     for j in starts.get(wa[-1], ())
                     if i != j and (text is None or " ".join(wa + words[j][1:]).casefold()
                                    in text)), None)
        if pair is None:
            return out
        i, j = pair
        out[i] = " ".join(words[i] + words[j][1:])
        del out[j]
