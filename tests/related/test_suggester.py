"""Ranking, exclusions, threshold and reasons of the related-article suggester."""

from __future__ import annotations

from editor.domain.article import Article
from editor.domain.workflow import Status
from editor.related import RelatedSuggester

from .conftest import draft


def _by_key(archive, suggestions):
    ids = {a.id: key for key, a in archive.items()}
    return [ids[s.article_id] for s in suggestions]


def test_same_story_ranks_above_same_topic(store, archive) -> None:
    suggestions = RelatedSuggester(store).suggest(draft())
    keys = _by_key(archive, suggestions)
    assert keys[0] == "same-story"
    if "same-topic" in keys:
        assert keys.index("same-topic") > 0
        same_story, same_topic = suggestions[0], suggestions[keys.index("same-topic")]
        assert same_story.score > same_topic.score


def test_reasons_of_the_same_story(store, archive) -> None:
    top = RelatedSuggester(store).suggest(draft())[0]
    assert top.reasons[0] == "3 tag sama: banjir, Medan, BPBD"
    assert "lokasi sama" in top.reasons
    assert "2 hari sebelumnya" in top.reasons
    assert "rubrik sama: Regional" in top.reasons
    names = next(r for r in top.reasons if r.startswith("nama sama: "))
    assert "Bobby Nasution" in names or "Medan Johor" in names
    assert top.ref == "s-1"


def test_killed_and_self_are_excluded(store, archive) -> None:
    suggester = RelatedSuggester(store)
    keys = _by_key(archive, suggester.suggest(draft(), limit=20))
    assert "killed" not in keys
    own = archive["same-story"]
    assert own.id not in [s.article_id for s in suggester.suggest(own, limit=20)]


def test_unrelated_draft_gets_nothing(store, archive) -> None:
    unrelated = Article(headline="Resep Rendang Daging Sapi Empuk",
                        body="Rendang dimasak dengan santan kelapa dan rempah selama empat jam.")
    assert RelatedSuggester(store).suggest(unrelated) == []


def test_weak_match_is_cut(store, archive) -> None:
    # Shares only the common word "warga" with the archive: not shown.
    weak = Article(headline="Warga Antusias Sambut Festival Layang-layang",
                   body="Festival layang-layang digelar di pantai; ribuan warga hadir.")
    assert RelatedSuggester(store).suggest(weak) == []


def test_limit_and_order(store, archive) -> None:
    suggestions = RelatedSuggester(store).suggest(draft(), limit=2)
    assert len(suggestions) <= 2
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_follows_edits(store, archive) -> None:
    """A story edited to be about something else stops being suggested."""
    story = archive["same-story"]
    store.articles.update(story.with_changes(
        headline="Lomba Kue Tradisional", body="Lomba kue tradisional digelar di alun-alun.",
        tags=("kuliner",), location=archive["chili"].location), user="ed")
    keys = _by_key(archive, RelatedSuggester(store).suggest(draft(), limit=20))
    assert "same-story" not in keys


def test_killing_removes_from_suggestions(store, archive) -> None:
    story = archive["same-story"]
    store.articles.update(story.with_changes(status=Status.KILLED), user="ed")
    keys = _by_key(archive, RelatedSuggester(store).suggest(draft(), limit=20))
    assert "same-story" not in keys


def test_name_fragments_join_for_display() -> None:
    from editor.related.suggester import _join_overlapping

    assert _join_overlapping(["Riau", "Syarif Kasim", "Kasim II", "II Pekanbaru"]) == [
        "Riau", "Syarif Kasim II Pekanbaru"]
    assert _join_overlapping(["UU KPK", "Gedung DPR"]) == ["UU KPK", "Gedung DPR"]


def test_threshold_cuts_after_ranking(store, archive) -> None:
    suggester = RelatedSuggester(store)
    ranked = suggester.rank(draft(), limit=20)
    shown = suggester.suggest(draft(), limit=20)
    # The shown list is the ranked list with its weak tail cut, never reordered.
    assert shown == [s for s in ranked if s.score >= suggester.config.min_score]
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)


def test_short_draft_headline_and_one_paragraph(store, archive) -> None:
    short = Article(headline="Banjir Rendam Medan Johor",
                    body="BPBD Kota Medan menyiagakan perahu karet untuk warga Medan Johor.")
    keys = _by_key(archive, RelatedSuggester(store).suggest(short))
    assert keys and keys[0] == "same-story"


def test_body_only_query_finds_the_same_story(store, archive) -> None:
    """As the dev clusters query: a body and a date, no headline, tags or location."""
    from editor.domain.dateline import Dateline

    from .conftest import DAY0

    body_only = Article(headline="", body=draft().body, dateline=Dateline(when=DAY0))
    keys = _by_key(archive, RelatedSuggester(store).suggest(body_only))
    assert keys[0] == "same-story"


def test_time_prior_prefers_the_coverage_of_the_same_days(store) -> None:
    from datetime import timedelta

    from editor.domain.dateline import Dateline

    from .conftest import DAY0

    text = ("Kebakaran melanda gudang mebel di Jalan Sisingamangaraja, Medan Amplas. Petugas "
            "pemadam kebakaran mengerahkan tujuh mobil. Kapolsek Medan Amplas Kompol Rudi "
            "Hartono menyebut api diduga berasal dari korsleting listrik.")
    old = store.articles.create(Article(headline="Gudang Mebel di Medan Amplas Terbakar",
                                        body=text,
                                        dateline=Dateline(when=DAY0 - timedelta(days=120))))
    recent = store.articles.create(Article(headline="Gudang Mebel di Medan Amplas Terbakar",
                                           body=text,
                                           dateline=Dateline(when=DAY0 - timedelta(days=1))))
    query = Article(headline="", body=text, dateline=Dateline(when=DAY0))
    found = [s.article_id for s in RelatedSuggester(store).suggest(query)]
    assert found[:2] == [recent.id, old.id]


def test_reasons_name_only_what_both_share(store, archive) -> None:
    """Every cited name and keyword occurs in the draft and in the suggested article."""
    from editor.related.analysis import analyzer, name_key

    a = analyzer()
    d = draft()
    draft_text = f"{d.headline}\n{d.body}"
    draft_terms = set(a.terms(draft_text)) | set(a.names(draft_text))
    for s in RelatedSuggester(store).suggest(d, limit=20):
        stored = store.articles.get(s.article_id)
        other_text = f"{stored.headline}\n{stored.body}"
        other_terms = set(a.terms(other_text)) | set(a.names(other_text))
        for reason in s.reasons:
            if reason.startswith("nama sama: "):
                for name in reason.removeprefix("nama sama: ").split(", "):
                    assert name.casefold() in " ".join(draft_text.casefold().split()), name
                    assert all(w in other_text.casefold() for w in name.casefold().split())
            if reason.startswith("kata kunci sama: "):
                for word in reason.removeprefix("kata kunci sama: ").split(", "):
                    terms = set(a.terms(word)) or {name_key(word)}
                    assert terms & draft_terms and terms & other_terms, (word, s.title)


def test_candidate_terms_keep_to_the_postings_budget(store, archive) -> None:
    """The candidate query reads at most ``max_match_postings`` postings: terms are taken in
    weight order while their document frequencies fit, so its cost is bounded whatever the
    draft and the archive."""
    from dataclasses import replace

    from editor.related.suggester import SuggesterConfig

    full = RelatedSuggester(store).build_query(draft())
    df = store.search.document_frequencies(full.matching)
    assert sum(df.values()) > 3
    tight = RelatedSuggester(store, replace(SuggesterConfig(), max_match_postings=3))
    query = tight.build_query(draft())
    kept = store.search.document_frequencies(query.matching)
    assert query.matching and sum(kept.values()) <= 3
    assert set(query.matching) < set(full.matching)


def test_candidate_set_is_what_rank_reorders(store, archive) -> None:
    # The re-ranking experiments (benchmarks/related_train.py) read the same candidates the
    # suggester ranks: every ranked suggestion is one of them, the draft itself is not.
    suggester = RelatedSuggester(store)
    found = suggester.candidate_set(draft())
    assert found is not None
    assert set(found.docs) == set(found.dates)
    assert archive["killed"].id not in found.docs
    ranked = suggester.rank(draft(), limit=20)
    assert {s.article_id for s in ranked} <= set(found.docs)
    assert archive["same-story"].id in found.docs
    own = archive["same-story"]
    assert own.id not in (suggester.candidate_set(own) or found).docs
    assert suggester.candidate_set(Article(headline="", body="")) is None
