"""Headline phrases: a candidate's headline term pairs found in the draft."""

from __future__ import annotations

import math

from editor.related.analysis import analyzer
from editor.related.query import term_pairs
from editor.related.scoring import headline_phrases


def test_term_pairs_allow_one_word_between() -> None:
    pairs = term_pairs(["truk", "angkut", "tanah"], ["bekasi"])
    assert ("truk", "angkut") in pairs and ("truk", "tanah") in pairs
    assert ("angkut", "tanah") in pairs
    assert ("tanah", "bekasi") not in pairs  # headline and text are apart


def test_headline_phrases_weighs_pairs_by_idf() -> None:
    a = analyzer()
    draft = term_pairs(a.terms("Bea Cukai mengamankan puluhan cairan vape ilegal di Wonosobo."))
    idf = {"cukai": 4.0, "aman": 1.0, "cair": 6.0, "vape": 9.0, "ilegal": 3.0, "rokok": 2.0,
           "gempur": 5.0, "edar": 2.0, "wonosobo": 8.0, "bea": 4.0}
    same = a.terms("Bea Cukai Amankan Cairan Vape Ilegal")
    other = a.terms("Bea Cukai Gempur Peredaran Rokok Ilegal")
    assert headline_phrases(same, draft, idf) > 0.9
    # only "bea cukai" is shared as a phrase: its weight over all the headline's pairs
    pairs = list(zip(other, other[1:], strict=False))
    total = sum(math.sqrt(idf.get(x, 0.0) * idf.get(y, 0.0)) for x, y in pairs)
    assert math.isclose(headline_phrases(other, draft, idf), 4.0 / total)
    assert headline_phrases(("vape",), draft, idf) == 0.0  # no pair, no phrase


def test_headline_vector_power_zero_weighs_words_alike() -> None:
    from editor.related.scoring import headline_vector

    idf = {"psms": 9.0, "medan": 3.0, "menang": 2.0}
    alike = headline_vector(("psms", "medan", "menang", "medan"), idf, 0.0)
    assert alike == {t: 1 / math.sqrt(3) for t in ("psms", "medan", "menang")}
    by_idf = headline_vector(("psms", "medan", "menang"), idf)
    assert by_idf["psms"] > by_idf["medan"] > by_idf["menang"]
    assert math.isclose(sum(v * v for v in by_idf.values()), 1.0)
