"""Related-article suggestions ("Baca juga") for a draft, from the newsroom's archive.

1. **More-like-this query.** The draft is analysed like the archive (stems and names); each
   term is weighted by where it occurs (headline and tags count more than body) and by how
   rare it is in the archive (BM25 idf). The most distinctive terms form the query; terms
   found in a large share of the archive are dropped: they match everything and make the
   query slow.
2. **Candidates by BM25** from the full-text index (headline/tags weigh more than body).
3. **Re-rank** with the text match (how much of the query's weight a candidate covers, how
   much of the draft's headline it shares, and its BM25 relative to the best), shared tags,
   location (same place > same kabupaten/kota > same province), same rubrik, and closeness
   in time.
4. **Threshold**: weak matches are not shown; the article itself and killed articles never.

Every suggestion carries the reasons that earned its place, in Indonesian.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from editor.domain.article import Article
from editor.domain.dateline import utc_now
from editor.domain.records import CandidateInfo
from editor.related.analysis import analyzer, name_key
from editor.related.signals import (
    category_signal,
    location_signal,
    shared_tags,
    tag_signal,
    time_signal,
)


@dataclass(frozen=True, slots=True)
class SuggesterConfig:
    """Tuning of the suggester. The defaults were chosen with the measures of
    benchmarks/related_quality.py on one random sample of queries and checked on another."""

    max_query_terms: int = 16
    #: Terms in more than this share of the archive are not queried (once it is big enough).
    max_document_ratio: float = 0.08
    min_archive_for_ratio: int = 200
    candidates: int = 60
    #: Terms in more than this share of the archive still count for coverage but are left
    #: out of the BM25 candidate query: their long posting lists cost most of the query time
    #: and a candidate that shares only common terms is never a good one.
    max_match_ratio: float = 0.03
    field_weights: dict[str, float] = field(default_factory=lambda: {
        "headline": 6.0, "tags": 3.0, "names": 2.0, "summary": 1.5, "body": 1.0,
    })
    #: Text match = coverage_share x (share of the query's weight the candidate contains)
    #: + headline_share x (share of the draft headline's weight found in the candidate's
    #:   headline or among its names: a shared headline is the surest sign of one story)
    #: + the rest x (BM25 / best BM25 among the candidates).
    coverage_share: float = 0.3
    headline_share: float = 0.4
    w_text: float = 0.58
    w_tags: float = 0.14
    w_location: float = 0.10
    w_category: float = 0.04
    w_time: float = 0.14
    #: Below either of these a candidate is a weak match and is not shown.
    min_score: float = 0.22
    min_coverage: float = 0.12


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
    """The more-like-this query built from a draft."""

    weights: dict[str, float]          # selected term -> weight (tf by field x idf)
    names: dict[str, str]              # name term -> spelling in the draft
    surface: dict[str, str]            # stem -> word in the draft
    total_weight: float = 0.0          # weight of the draft's top terms, found or not
    headline: tuple[str, ...] = ()     # queried terms from the draft's headline
    shown_names: frozenset[str] = frozenset()  # names a reason may cite
    matching: tuple[str, ...] = ()     # the terms sent to the BM25 candidate query

    @property
    def terms(self) -> list[str]:
        return list(self.weights)


def draft_date(article: Article) -> datetime:
    return article.dateline.when or article.published_at or article.created_at or utc_now()


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
        tf: defaultdict[str, float] = defaultdict(float)
        fields = {
            "headline": a.terms(f"{draft.kicker}\n{draft.headline}"),
            "summary": a.terms(f"{draft.subheadline}\n{draft.summary}"),
            "body": a.terms(draft.body),
            "tags": [t for tag in draft.tags for t in a.terms(tag)],
        }
        for name, terms in fields.items():
            for term, count in Counter(terms).items():
                tf[term] += cfg.field_weights[name] * (1.0 + math.log(count))
        full_text = "\n".join((draft.headline, draft.summary, draft.body))
        names = a.names(full_text)
        name_keys_of_headline = set(a.names(draft.headline))
        # Headlines are often Title Case, so their "names" ("Demo Tolak") are only phrases:
        # they still count in the query, but reasons name only names seen in running text.
        shown_names = set(a.names("\n".join((draft.summary, draft.body))))
        for tag in draft.tags:
            key = name_key(tag)
            if "_" in key:
                names.setdefault(key, tag)
                shown_names.add(key)
        for key in names:
            tf[key] += cfg.field_weights["names"]
        surface = a.surface_forms("\n".join((draft.headline, draft.summary, draft.body,
                                             *draft.tags)))

        # Only the strongest candidates by draft-side weight are looked up in the archive:
        # a long draft has hundreds of terms, and each lookup costs time on every keystroke.
        shortlist = [t for t, _ in sorted(tf.items(), key=lambda kv: (-kv[1], kv[0]))
                     [: cfg.max_query_terms * 4]]
        total = self.index.document_count()
        df = self.index.document_frequencies(shortlist)
        limit = max(1, int(total * cfg.max_document_ratio)) \
            if total >= cfg.min_archive_for_ratio else total
        weights: dict[str, float] = {}
        for term in shortlist:
            n = df.get(term, 0)
            if n > limit:
                continue
            # A term the archive lacks still describes the draft: it counts as rare (df=1)
            # towards the weight a candidate must cover, though it cannot be queried.
            idf = math.log(1.0 + (total - max(n, 1) + 0.5) / (max(n, 1) + 0.5))
            weights[term] = tf[term] * idf
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_query_terms]
        queried = {t: w for t, w in top if df.get(t, 0) > 0}
        match_limit = max(1, int(total * cfg.max_match_ratio)) \
            if total >= cfg.min_archive_for_ratio else total
        matching = [t for t in queried if df[t] <= match_limit] or list(queried)
        head = set(fields["headline"]) | {k for k in names if k in name_keys_of_headline}
        return Query(queried, {k: v for k, v in names.items() if k in queried}, surface,
                     shown_names=frozenset(shown_names),
                     total_weight=sum(w for _, w in top),
                     headline=tuple(t for t in queried if t in head),
                     matching=tuple(matching))

    # -- suggestions -----------------------------------------------------------------------
    def suggest(self, draft: Article, *, limit: int = 10,
                exclude: Collection[int] = ()) -> list[Suggestion]:
        """Up to ``limit`` related articles, best first; the draft itself is never included."""
        excluded = set(exclude)
        if draft.id is not None:
            excluded.add(draft.id)
        query = self.build_query(draft)
        if not query.weights:
            return []
        hits = self.index.search(query.matching or query.terms, limit=self.config.candidates,
                                 exclude=excluded)
        if not hits:
            return []
        ids = [h.article_id for h in hits]
        docs = self.index.documents(ids)
        infos = self.store.candidates(ids)  # type: ignore[attr-defined]
        best = max(h.score for h in hits) or 1.0
        total_weight = query.total_weight or sum(query.weights.values())
        headline_weight = sum(query.weights[t] for t in query.headline)
        when = draft_date(draft)
        out: list[Suggestion] = []
        for hit in hits:
            info = infos.get(hit.article_id)
            doc = docs.get(hit.article_id)
            if info is None or doc is None or info.killed:
                continue
            present = doc.all_terms()
            matched = [t for t in query.weights if t in present]
            coverage = sum(query.weights[t] for t in matched) / total_weight
            in_headline = set(doc.headline) | set(doc.names)
            headline = sum(query.weights[t] for t in query.headline if t in in_headline) \
                / headline_weight if headline_weight else 0.0
            suggestion = self._score(draft, when, query, info, matched, coverage, headline,
                                     hit.score / best)
            if suggestion is not None:
                out.append(suggestion)
        out.sort(key=lambda s: (-s.score, s.article_id))
        return out[:limit]

    def _score(self, draft: Article, when: datetime, query: Query, info: CandidateInfo,
               matched: list[str], coverage: float, headline: float,
               relative_bm25: float) -> Suggestion | None:
        cfg = self.config
        text = (cfg.coverage_share * coverage + cfg.headline_share * headline
                + (1.0 - cfg.coverage_share - cfg.headline_share) * relative_bm25)
        tags = shared_tags(draft.tags, info.tags)
        tag_score, tag_reason = tag_signal(tags)
        loc_score, loc_reason = location_signal(draft.location, info.location)
        cat_score, cat_reason = category_signal(draft.category, info.category)
        time_score, time_reason = time_signal(when, info.date)
        score = (cfg.w_text * text + cfg.w_tags * tag_score + cfg.w_location * loc_score
                 + cfg.w_category * cat_score + cfg.w_time * time_score)
        if score < cfg.min_score or (coverage < cfg.min_coverage and not tags):
            return None
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
        ranked = sorted(matched, key=lambda t: -query.weights[t])
        found = [query.names[t] for t in ranked if t in query.names and t in query.shown_names]
        found = _join_overlapping(found)
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


def _join_overlapping(names: list[str]) -> list[str]:
    """Word pairs cut from one long name join back for display: "Syarif Kasim" + "Kasim II"
    + "II Pekanbaru" -> "Syarif Kasim II Pekanbaru" (order of first appearance kept)."""
    out = list(names)
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(out):
            for j, b in enumerate(out):
                if i == j:
                    continue
                wa, wb = a.split(), b.split()
                if len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[0]:
                    out[i] = " ".join(wa + wb[1:])
                    del out[j]
                    merged = True
                    break
            if merged:
                break
    return out
