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


def _naive_in_direct_speech(text: str, pos: int) -> bool:
    head = text[text.rfind("\n", 0, pos) + 1 : pos]
    return (head.count('"') + head.count("“") + head.count("”")
            + head.count("\u201a\u00c4\u00fa") + head.count("\u201a\u00c4\u00f9")) % 2 == 1


def _naive_last_quote(text: str, pos: int) -> int:
    """The last double quote that starts in pos's paragraph and ends by pos, walked."""
    i, last = text.rfind("\n", 0, pos) + 1, -1
    while i < pos:
        if text.startswith(("\u201a\u00c4\u00fa", "\u201a\u00c4\u00f9"), i) and i + 3 <= pos:
            last, i = i, i + 3
            continue
        if text[i] in '"“”':
            last = i
        i += 1
    return last


def test_direct_speech_is_answered_from_an_index_as_by_counting():
    """in_direct_speech looks quotes up in an index of the text (one giant pasted paragraph
    stays linear); its answers are those of counting the paragraph's quotes."""
    from types import SimpleNamespace

    from editor.proofing.rules.speech import in_direct_speech, last_quote_before

    rng = random.Random(12)
    pieces = ['"', "“", "”", "\u201a\u00c4\u00fa", "\n", " ", "kata", "a", "\u201a"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        ctx = SimpleNamespace(masked=text)
        for pos in range(len(text) + 1):
            assert in_direct_speech(ctx, pos) == _naive_in_direct_speech(text, pos)
            assert last_quote_before(ctx, pos) == _naive_last_quote(text, pos)


def test_one_pasted_paragraph_of_quotations_checks_in_linear_time(proofreader):
    # 20,000 quoted sentences in one paragraph: each used to rescan the paragraph (the list
    # item test and the direct-speech test), 7 s; now about 1 s
    text = '"Kami sudah siap semua" kata Budi. ' * 20_000
    issues = proofreader.check(text, deadline=time.monotonic() + 60)
    assert sum(1 for i in issues if i.rule_id == "ID_KOMA_PETIKAN") == 20_000
