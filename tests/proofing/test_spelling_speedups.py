"""The speed-ups of the spelling path give the same answers as the plain computations:
the function-word shortcut before lingua, the on-disk SymSpell index and counting into one
``TextCounts`` (the one-query term-lexicon load is tested in tests/store)."""

from __future__ import annotations

from pathlib import Path

import pytest
from symspellpy import Verbosity

from editor.proofing.language import ENGLISH, LanguageIdentifier
from editor.proofing.routing import segment
from editor.proofing.spelling.counts import TextCounts, count_text, merge

INDONESIAN_PARAGRAPH = ("Pemerintah daerah akan membangun jembatan baru yang menghubungkan dua "
                        "desa di tepi sungai itu dengan dana dari anggaran tahun depan.")
ENGLISH_PARAGRAPH = ("The government said on Monday that the new bridge would be built "
                     "with funds from next year's budget and opened to traffic in June.")


def test_shortcut_takes_plain_indonesian_and_agrees_with_lingua() -> None:
    ident = LanguageIdentifier()
    assert ident.obviously_indonesian(INDONESIAN_PARAGRAPH)
    assert ident.detect(INDONESIAN_PARAGRAPH).language != ENGLISH


@pytest.mark.parametrize("text", [
    ENGLISH_PARAGRAPH,
    "Foto: Antara",  # too short: detect() decides (and defaults)
    # Indonesian words around an English phrase: one English function word sends it to lingua
    "kata dia usai focus group discussion of the law di gedung itu dan ini juga",
])
def test_shortcut_leaves_the_rest_to_lingua(text: str) -> None:
    assert not LanguageIdentifier().obviously_indonesian(text)


def test_segment_still_routes_english_paragraphs() -> None:
    text = f"{INDONESIAN_PARAGRAPH}\n\n{ENGLISH_PARAGRAPH}\n"
    langs = [s.language for s in segment(text)]
    assert langs == ["id", "en"]


def test_counting_into_one_total_equals_merging_per_text() -> None:
    texts = ["Menteri BUMN Erick Thohir hadir di Jakarta. Ia bicara soal ASEAN, lalu pergi.",
             "Di Jakarta, Erick bertemu warga; warga bertanya (soal harga) kepada Erick.",
             "x" * 50 + " kata yang wajar di sini."]
    merged = merge(count_text(t) for t in texts)
    into = TextCounts()
    for t in texts:
        count_text(t, into=into)
    assert (into.words, into.bigrams, into.names) == (merged.words, merged.bigrams,
                                                      merged.names)
    signed = TextCounts()
    signed.add(count_text(texts[0]), sign=-1)
    count_text(texts[0], into=signed)
    assert not signed.words and not signed.bigrams and not signed.names  # zeros dropped


def test_symspell_index_from_disk_equals_a_fresh_build(tmp_path: Path, monkeypatch) -> None:
    from editor.proofing.spelling import candidates

    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path))
    candidates.symspell.cache_clear()
    try:
        built = candidates.symspell()          # builds and writes the index
        assert list(tmp_path.glob("symspell-index-*.pickle"))
        candidates.symspell.cache_clear()
        loaded = candidates.symspell()         # reads it back
        assert loaded is not built
        assert loaded._words == built._words and loaded._deletes == built._deletes
        assert loaded._max_length == built._max_length
    finally:
        candidates.symspell.cache_clear()


def test_corrupt_symspell_index_file_is_rebuilt(tmp_path: Path, monkeypatch) -> None:
    from editor.proofing.spelling import candidates

    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path))
    candidates.symspell.cache_clear()
    try:
        candidates.symspell()
        (path,) = tmp_path.glob("symspell-index-*.pickle")
        path.write_bytes(b"not a pickle")
        candidates.symspell.cache_clear()
        index = candidates.symspell()
        assert index.lookup("pasar", Verbosity.TOP)[0].term == "pasar"
    finally:
        candidates.symspell.cache_clear()


def test_cached_wordfreq_tables_equal_wordfreq_itself(tmp_path, monkeypatch) -> None:
    from wordfreq import get_frequency_dict

    from editor.proofing.spelling.counts import wordfreq_table

    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path))
    fresh = wordfreq_table("id")       # built, written
    again = wordfreq_table("id")       # read back from the cache file
    assert fresh == again == get_frequency_dict("id")
    english = wordfreq_table("en", 1e-7)
    assert english == {w: f for w, f in get_frequency_dict("en").items() if f >= 1e-7}
    assert len(list(tmp_path.glob("wordfreq-*.marshal"))) == 2


def test_a_damaged_cache_entry_is_rebuilt(tmp_path, monkeypatch) -> None:
    from editor.proofing.spelling.cache import cached

    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path))
    value = {"kata": 1.5, "lain": [1, ("a", None)]}
    assert cached("probe", ["v1"], lambda: value) == value
    (path,) = tmp_path.glob("probe-*.marshal")
    for damage in (b"", b"\xff\x00garbage", path.read_bytes()[:7]):
        path.write_bytes(damage)
        assert cached("probe", ["v1"], lambda: value) == value
    assert cached("probe", ["v1"], lambda: pytest.fail("not read from the cache")) == value


def test_old_entries_of_a_name_are_pruned_once_unread_for_a_month(tmp_path, monkeypatch) -> None:
    import os
    import time

    from editor.proofing.spelling.cache import STALE_DAYS, cached

    monkeypatch.setenv("REDAKSI_CACHE_DIR", str(tmp_path))
    old = time.time() - (STALE_DAYS + 1) * 86_400
    stale = tmp_path / "probe-0123456789abcdef.json"        # the old JSON format
    recent = tmp_path / "probe-fedcba9876543210.marshal"    # another installation's key
    other = tmp_path / "probe-extra-0123456789abcdef.json"  # another name
    for f in (stale, recent, other):
        f.write_bytes(b"x")
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    cached("probe", ["v2"], lambda: [1, 2])
    assert not stale.exists()
    assert recent.exists() and other.exists()


#: typos of several shapes: short, two edits, a swap plus a slip, long, glued
_TYPOS = ["qatau", "gebas", "eibu", "oagi", "kku", "pr", "saha", "atuagrn", "pelatiahn",
          "keasempatan", "memanfakaan", "ab", "zz", "dau", "tingg", "bakl", "kepadamasyarakat"]


def test_own_deletion_index_walk_equals_symspellpy_lookup() -> None:
    from rapidfuzz.distance import DamerauLevenshtein

    from editor.proofing.spelling.candidates import lookup_all, symspell

    index = symspell()
    for word in _TYPOS:
        for d in (1, 2):
            expected = [(s.term, s.distance, s.count)
                        for s in index.lookup(word, Verbosity.ALL, max_edit_distance=d,
                                              transfer_casing=False) if s.term != word]
            assert lookup_all(index, word, d, DamerauLevenshtein.distance) == expected


def test_ranking_with_bounded_costs_equals_scoring_every_candidate() -> None:
    from editor.proofing.spelling import candidates as cand
    from editor.proofing.spelling.keyboard import typing_cost

    counts = cand.LanguageCounts.from_counts(count_text(
        "Ia datang dengan usaha dan kerja keras. Warga tidak mau menurunkan harga. " * 3))
    cand.learn_archive_vocabulary(counts)  # as rank does first (it empties the caches)
    for word in _TYPOS:
        for prev, nxt in ((None, None), ("dengan", "dan"), ("tidak", "menurunkan")):
            full = []
            for term, _cost in cand.near_words(word):
                lp = counts.log_next(prev, term) if prev else counts.log_prob(term)
                if nxt:
                    lp += counts.log_next(term, nxt) - counts.log_prob(nxt)
                cost = min(typing_cost(word, term),
                           float(dict(cand._near_terms(word, 2))[term]))
                full.append((-(lp - cand.BETA * cost), term, cost, lp))
            full.sort()
            for limit in (1, 5, 10):
                # The first STRICT_PLACES by lp − BETA × cost, the rest by lp − BETA_REST × cost.
                first = full[:min(limit, cand.STRICT_PLACES)]
                rest = sorted((-(lp - cand.BETA_REST * c), t, c, lp)
                              for _s, t, c, lp in full[len(first):])
                expected = [(t, c) for _s, t, c, _lp in (first + rest)[:limit]]
                got = cand.rank(word, counts, prev, nxt, limit=limit)
                assert [(c.word, c.cost) for c in got] == expected
                # every place keeps its channel score
                for c in got:
                    assert abs(c.score - (dict((t, lp) for _s, t, _c, lp in full)[c.word]
                                          - cand.BETA * c.cost)) < 1e-9
