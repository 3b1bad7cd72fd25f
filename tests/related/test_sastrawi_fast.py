"""The pruned PySastrawi stemmer gives the plain library's stems, word by word."""

from __future__ import annotations

from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from editor.related.analysis import IndonesianAnalyzer, may_change
from editor.related.sastrawi_fast import PrunedStemmer, _rule_starts, literal_sub

PREFIXES = ("me", "mem", "men", "meng", "meny", "di", "ber", "ter", "pe", "peng", "per",
            "ke", "se", "memper", "ku", "kau", "be", "te")
SUFFIXES = ("", "kan", "an", "i", "nya", "annya", "lah")


def test_pruned_stems_are_the_plain_stemmers() -> None:
    dictionary = StemmerFactory().create_stemmer().delegatedStemmer.get_dictionary()
    roots = sorted(dictionary.words)[::120]
    words = [p + r + s for r in roots for p in PREFIXES for s in SUFFIXES]
    words += [f"{r}-{r}" for r in roots] + [f"{r}-{r}nya" for r in roots]
    words += ["belajar", "pelajar", "mempelajari", "pengalungan", "penyempurnaannya",
              "pertanggungjawabkan", "ditangkap", "penangkapan", "mengembangkan", "gerigi"]
    words += roots
    plain = Stemmer(StemmerFactory().create_stemmer().delegatedStemmer.get_dictionary())
    pruned = PrunedStemmer(dictionary)
    differing = {w: (plain.stem_word(w), pruned.stem_word(w)) for w in words
                 if plain.stem_word(w) != pruned.stem_word(w)}
    assert len(words) > 10_000
    assert differing == {}


def test_every_rule_is_read() -> None:
    """Each rule's starts are read from its patterns (an unread one is never skipped, which
    is safe but slow: a PySastrawi upgrade that changes the rules' shape shows here)."""
    pruned = PrunedStemmer(StemmerFactory().create_stemmer().delegatedStemmer.get_dictionary())
    visitors = pruned.visitor_provider.get_prefix_visitors()
    rules = [r for v in visitors for r in getattr(v, "disambiguators", ())]
    assert len(rules) > 40
    assert all(_rule_starts(r) for r in rules)
    assert _rule_starts(rules[0]) == {"be"}  # rule 1a: berV
    assert pruned.applicable(visitors, "mengambil")[0] is visitors[0]
    assert len(pruned.applicable(visitors, "mengambil")) < len(visitors) / 2


def test_literal_sub_is_re_sub() -> None:
    import re

    for pattern, word in (("ambil", "mengambil"), ("an", "anakan"), ("", "kata"),
                          ("sabu-sabu", "sabu-sabunya"), ("café", "kafécafé")):
        assert literal_sub(pattern, word) == re.sub(pattern, "", word, count=1)
    assert literal_sub("(is|an)$", "mainan") is None


def test_analyser_stems_with_the_pruned_stemmer() -> None:
    a = IndonesianAnalyzer(stem_table=False)
    assert isinstance(a._stemmer, PrunedStemmer)
    assert may_change("penangkapan") and a.stem("penangkapan") == "tangkap"
