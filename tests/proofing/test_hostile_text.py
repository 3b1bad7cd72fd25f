"""Text built to make the proofreader slow (issue 15, items 1 and 7): every regex and every
per-sentence step stays linear, and a deadline is honoured inside one giant sentence."""

from __future__ import annotations

import random
import time

import pytest

from editor.proofing.api import CheckTimeout
from editor.proofing.engine import Proofreader
from editor.proofing.text import MAX_SENTENCE_TOKENS, bounded_sentences, split_sentences


@pytest.fixture(scope="module")
def proofreader() -> Proofreader:
    return Proofreader()


#: Each of these, repeated to 100,000 characters, used to take 20 s to several minutes in one
#: regex call (quadratic: every start position rescanned the rest of the text).
QUADRATIC_BEFORE = ["kata-", "ke-", "a.", ".", "A.", "1.0", "...", "www.a", "<!--", "[a]("]


@pytest.mark.parametrize("unit", QUADRATIC_BEFORE)
def test_repeated_patterns_check_in_linear_time(proofreader, unit):
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    # A deadline is only looked at between steps: a quadratic regex would finish (minutes
    # later) and then raise; linear work ends long before.
    proofreader.check(text, deadline=time.monotonic() + 60)


def test_a_deadline_stops_one_giant_sentence(proofreader):
    rng = random.Random(15)
    words = ["".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(rng.randint(5, 11)))
             for _ in range(12_000)]
    text = " ".join(words)[:100_000]  # one "sentence": no sentence punctuation at all
    assert len(split_sentences(text)) == 1
    started = time.monotonic()
    with pytest.raises(CheckTimeout):
        proofreader.check(text, deadline=started + 0.05)


def test_long_sentences_are_cut_into_contiguous_pieces():
    text = "Awal " + " ".join(f"kata{i % 7}x" for i in range(1_000)) + ". Kalimat kedua."
    sentences = split_sentences(text)
    pieces = list(bounded_sentences(sentences))
    # 1,001 tokens: three pieces, and the second sentence stays whole
    assert len(pieces) == 1 + (len(sentences[0].tokens) + MAX_SENTENCE_TOKENS - 1) \
        // MAX_SENTENCE_TOKENS
    first = [p for p in pieces if p.end <= sentences[0].end]
    assert first[0].start == sentences[0].start and first[-1].end == sentences[0].end
    assert all(a.end == b.start for a, b in zip(first, first[1:], strict=False))
    assert all(len(p.tokens) <= MAX_SENTENCE_TOKENS for p in pieces)
    assert [t for p in first for t in p.tokens] == list(sentences[0].tokens)
    assert first[0].starts_block_or_after_stop and not first[1].starts_block_or_after_stop
    assert pieces[-1] == sentences[1]


def test_real_sentences_are_never_cut(proofreader):
    text = ("Kasubag Humas Polres Anambas, Ipda Zulmi mengatakan, penangkapan ini merupakan "
            "hasil dari pengembangan kasus narkoba yang tengah diungkap Polres Anambas. ") * 20
    sentences = split_sentences(text)
    assert list(bounded_sentences(sentences)) == sentences
