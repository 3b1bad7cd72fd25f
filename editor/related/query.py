"""The draft as the related-article ranking sees it: analysed like the archive, weighted by
how distinctive each term is, with the few rarest terms picked to fetch candidates."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor.domain.article import Article
from editor.domain.dateline import utc_now
from editor.related.analysis import analyzer, name_key
from editor.related.config import SuggesterConfig
from editor.related.scoring import idf_of, unit

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


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
    #: Ordered term pairs of the draft: each analysed term with the next one and the one
    #: after (headline and text apart), to see a candidate's headline phrases in the draft.
    pairs: frozenset[tuple[str, str]] = frozenset()

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


def term_pairs(*sequences: list[str]) -> frozenset[tuple[str, str]]:
    """Each term of each sequence with the next one and the one after: "puluhan cairan vape
    ilegal" gives (cairan, vape), (cairan, ilegal), (vape, ilegal), ... A gap of one lets a
    headline's phrase meet the text's with a word between ("truk tanah" in "truk pengangkut
    tanah")."""
    out: set[tuple[str, str]] = set()
    for seq in sequences:
        out.update(zip(seq, seq[1:], strict=False))
        out.update(zip(seq, seq[2:], strict=False))
    return frozenset(out)


def draft_date(article: Article) -> datetime:
    return article.dateline.when or article.published_at or article.created_at or utc_now()


def _lead_paragraph(body: str) -> str:
    for paragraph in _PARAGRAPH.split(body):
        if paragraph.strip():
            return paragraph
    return ""


def build_query(index: Any, cfg: SuggesterConfig, draft: Article) -> Query:
    """Analyse ``draft`` against the archive behind ``index`` (its document frequencies)."""
    a = analyzer()
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
    total = index.document_count()
    df = index.document_frequencies(tf)
    limit = max(1, int(total * cfg.max_df_share)) \
        if total >= cfg.min_archive_for_ratio else total
    idf = {t: idf_of(n, total) for t, n in df.items() if 0 < n <= limit}
    raw = {t: (1.0 + math.log(c)) * idf[t] for t, c in tf.items() if t in idf}
    weights = unit(raw)
    # A term the archive lacks still describes the draft (as a rare term, df = 1): a
    # draft mostly about something the archive never covered matches weakly. It cannot
    # change the order of the candidates, only how strong the best of them are.
    unseen = idf_of(1, total)
    seen_norm = sum(v * v for v in raw.values())
    unseen_norm = sum(((1.0 + math.log(c)) * unseen) ** 2
                      for t, c in tf.items() if t not in df)
    coverage = math.sqrt(seen_norm / (seen_norm + unseen_norm)) if seen_norm else 0.0
    lead = unit({t: (1.0 + math.log(c)) * idf[t]
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
                 coverage=coverage, pairs=term_pairs(headline_terms, body_terms))
