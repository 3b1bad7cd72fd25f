"""The suggester's settings, in one place, each with the measurement that chose it."""

from __future__ import annotations

from dataclasses import dataclass


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
    #: The text cosine counts the draft's lead (headline + first paragraph) again at this
    #: share (``scoring.with_lead``): news puts the event in the lead. On the tune clusters
    #: MRR@10 0.768 -> 0.777, recall@10 0.715 -> 0.714 (0.15: 0.771, 0.3: 0.776, 0.45: 0.776,
    #: 0.6: 0.774, 0.8: 0.771; both halves of the tune part gain). The headline match keeps
    #: the plain draft vector: with the lead-weighted one there MRR@10 is only 0.772.
    #: Candidates' own leads (not stored) measured no help: lead-to-lead cosine at weight
    #: 0.2 gave 0.770, 0.4 0.754.
    lead_text_share: float = 0.4
    #: In the re-ranking (text cosine and headline match, not the candidate query) the
    #: draft's term weights are divided by ``idf ** rerank_idf_damping``: the candidate side
    #: has no idf (``scoring.text_cosine``), so full idf on the draft side let one rare word
    #: (a typo, a mojibake token, a name mentioned in passing) outweigh the story's shared
    #: vocabulary. Measured on the dev clusters split in two halves by a hash of the cluster
    #: name (tuned on half A, confirmed on B): 0.5 gives A MRR@10 0.750 -> 0.758, recall@10
    #: 0.804 -> 0.810; B 0.763 -> 0.764, 0.675 -> 0.679 (0.25: A 0.754, B 0.763; 0.75: A
    #: 0.758, B 0.757; raising idf instead, -0.25/-0.5, loses on both).
    rerank_idf_damping: float = 0.5
    #: Weight of the headline match beside the text cosine.
    w_headline: float = 1.2
    #: The candidate's headline vector weighs its words by ``idf ** headline_idf_power``
    #: (the draft's vectors are idf-weighted already). On the tune clusters (with the
    #: headline phrases below) power 0, every headline word alike: recall@10 0.701 -> 0.715,
    #: MRR@10 0.764 -> 0.768 against the plain idf weights (power 1); 0.25, 0.5 and 0.75 lie
    #: between (0.708/0.767, 0.707/0.767, 0.703/0.765), 1.5 and 2 are worse (0.689/0.753,
    #: 0.683/0.745). The other weights stay where they were: with power 0, w_headline 0.8 /
    #: 1.6, w_phrases 0.1 / 0.3 and w_feedback 0.5 / 1.1 are no better.
    headline_idf_power: float = 0.0
    #: Weight of the headline phrases (``scoring.headline_phrases``: the candidate's headline
    #: term pairs found in the draft, a word's gap allowed) beside the text cosine. On the
    #: tune clusters (0.2) MRR@10 0.754 -> 0.764, recall@10 0.697 -> 0.701; 0.1 and 0.3 give
    #: 0.759 and 0.760; pairs of strictly neighbouring terms only 0.756, the lead's pairs
    #: only 0.758.
    w_phrases: float = 0.2
    #: Time prior: score x (1 + w_time x exp(-(days / time_scale_days) ** time_power)).
    #: Same-story coverage by other desks comes the same day or the next, so the prior is
    #: flat for a day and then falls fast (a squared exponential) rather than a plain
    #: exponential that already loses a quarter on the first day. On the tune clusters
    #: (scale 2.5, power 2, weight 2) MRR@10 0.756 / recall@10 0.698 against 0.749 / 0.695
    #: for exp(-days / 3) with weight 1; weights 1 to 4 and scales 2 to 3 are within 0.005.
    w_time: float = 2.0
    time_scale_days: float = 2.5
    time_power: float = 2.0
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
