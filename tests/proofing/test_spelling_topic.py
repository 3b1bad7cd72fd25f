"""The archive's stories rank a correction by the topic of its sentence
(editor/proofing/spelling/topic.py), with the counts the search index keeps."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.spelling import topic
from editor.proofing.spelling.candidates import Candidate
from editor.proofing.spelling.counts import LanguageCounts
from editor.related.batch import index_document
from editor.store.search.cooccurrence import IndexDocuments, MemoryTermCounts

TALENT = "Penyanyi muda itu punya bakat besar dan rajin latihan vokal setiap hari."
BLESSING = "Berkat doa keluarga, korban banjir selamat dan pulang ke rumah."
DIRECTOR = "Direktur perusahaan tambang itu diperiksa soal status izin usaha."
MARKET = "Harga cabai di pasar tradisional naik tajam pekan ini."


def _archive(texts: list[str]) -> IndexDocuments:
    """Documents analysed the way the search index stores an article's body."""
    return IndexDocuments(MemoryTermCounts(
        index_document(n, headline="", summary="", body=t, tags=()).all_terms()
        for n, t in enumerate(texts)))


@pytest.fixture(scope="module")
def stories() -> IndexDocuments:
    return _archive([TALENT] * 150 + [BLESSING] * 150 + [DIRECTOR] * 150 + [MARKET] * 300)


def _first(text: str, word: str, documents: IndexDocuments | None) -> str:
    counts = LanguageCounts()
    counts.documents = documents
    hits = [i for i in Proofreader(counts=counts).check(text) if text[i.offset:i.end] == word]
    assert hits, text
    return hits[0].replacements[0]


@pytest.mark.parametrize(("text", "word", "channel", "meant"), [
    # the benchmark's cases (benchmarks/spelling_typos.py): the neighbours alone choose
    # berkat and diet; the sentence's other words are written with bakat and direktur
    ("Penyanyi itu gagal karena kurangnya brkat dan latihan vokal.", "brkat", "berkat",
     "bakat"),
    ("Polisi memeriksa status diretr di perusahaan tambang itu.", "diretr", "diet",
     "direktur"),
])
def test_the_sentences_topic_chooses_among_close_candidates(stories, text, word, channel,
                                                            meant) -> None:
    assert _first(text, word, None) == channel
    assert _first(text, word, stories) == meant


def test_a_small_archive_says_nothing_of_topics() -> None:
    few = _archive([TALENT] * 50 + [MARKET] * 100)  # fewer than MIN_DOCUMENTS articles
    text = "Penyanyi itu gagal karena kurangnya brkat dan latihan vokal."
    assert _first(text, "brkat", few) == "berkat"


def test_a_clear_best_candidate_is_not_asked_about() -> None:
    class Counting:
        calls = 0

        def documents(self) -> int:
            Counting.calls += 1
            return 10_000

        def frequencies(self, words):  # noqa: ANN001, ANN201
            return {}

        def together(self, pairs):  # noqa: ANN001, ANN201
            return {}

    ranked = [Candidate("sekolah", 1.0, -3.0), Candidate("sekolan", 1.0, -9.0)]
    assert topic.reorder(ranked, ["murid", "guru"], Counting()) == ranked
    assert Counting.calls == 0  # the first two are far apart: no look-up at all


def test_an_archive_that_cannot_be_read_leaves_the_channel_order() -> None:
    class Broken:
        def documents(self) -> int:
            raise OSError("server closed the connection")

        def frequencies(self, words):  # noqa: ANN001, ANN201
            raise OSError

        def together(self, pairs):  # noqa: ANN001, ANN201
            raise OSError

    counts = LanguageCounts()
    counts.documents = Broken()
    text = "Penyanyi itu gagal karena kurangnya brkat dan latihan vokal."
    hits = [i for i in Proofreader(counts=counts).check(text) if i.rule_id == "ID_SALAH_KETIK"]
    assert hits and hits[0].replacements[0] == "berkat"


def test_words_that_are_no_index_term_count_as_written_nowhere(stories) -> None:
    # "naik" is a stop word of the analysis and "dan" too: no term, no lift
    assert stories.frequencies(["naik", "dan", "harga"]) == {"naik": 0, "dan": 0,
                                                               "harga": 300}
    assert stories.together([("harga", "cabai"), ("harga", "naik")]) == {
        ("harga", "cabai"): 300, ("harga", "naik"): 0}
    assert stories.documents() == 750
