"""Tokenizer and sentence splitter: exact offsets, Markdown awareness."""

from __future__ import annotations

from editor.proofing.engine import Proofreader
from editor.proofing.text import mask_markdown, split_sentences, tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_offsets_are_python_str_indices_with_emoji_and_combining_marks() -> None:
    text = "Warga 😀👍🏽 makan cafe\u0301 di Bandung. Ia datang."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert "cafe\u0301" in _words(text)  # combining accent stays inside the word
    assert _words(text)[:2] == ["Warga", "makan"]


def test_issue_offsets_after_emoji_point_at_the_word() -> None:
    text = "🎉🎉 Kami pindah keluar negeri tahun lalu."
    issues = Proofreader().check(text)
    assert [text[i.offset : i.end] for i in issues] == ["keluar negeri"]


def test_mask_keeps_length_and_hides_code_urls_mentions() -> None:
    text = (
        "Lihat `dirumah` dan https://contoh.co.id/dirumah atau tulis ke redaksi@contoh.id, "
        "sapa @dirumah #dirumah.\n\n```\ndirumah\n```\n"
    )
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert "dirumah" not in _words(text)
    assert Proofreader().check(text) == []


def test_link_text_is_checked_but_target_is_not() -> None:
    text = "Baca [berita dirumah itu](https://x.id/dirumah-resiko) sekarang."
    issues = Proofreader().check(text)
    assert [text[i.offset : i.end] for i in issues] == ["dirumah"]


def test_headings_lists_and_quotes_are_checked() -> None:
    text = "## Resiko banjir\n\n- warga dirumah aman\n\n> Ia tinggal dirumah itu.\n"
    got = sorted(text[i.offset : i.end] for i in Proofreader().check(text))
    assert got == ["Resiko", "dirumah", "dirumah"]  # list items may start lowercase


def test_sentence_split_keeps_abbreviations_and_quotes() -> None:
    text = 'Dr. Budi datang. A. Rahman hadir. "Siap!" kata dia. Ia pulang.'
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["Dr. Budi datang.", "A. Rahman hadir.", '"Siap!" kata dia.', "Ia pulang."]


def test_empty_and_whitespace_text() -> None:
    assert Proofreader().check("") == []
    assert Proofreader().check("  \n\n ") == []


def test_crlf_tabs_and_nbsp() -> None:
    text = "Ia tinggal dirumah.\r\nResiko itu\tbesar.\r\n\r\nHarga\u00a0naik."
    issues = Proofreader().check(text)
    assert [text[i.offset : i.end] for i in issues] == ["dirumah", "Resiko"]


def test_random_text_never_crashes_and_spans_stay_inside() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pr = Proofreader()
    alphabet = st.sampled_from(list("aeiou dkmnprst.,;:?!()[]`*#@-_\n\"'") + ["😀", "é", "\u0301"])

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=120))
    def run(text: str) -> None:
        for issue in pr.check(text):
            assert 0 <= issue.offset < issue.end <= len(text)

    run()
