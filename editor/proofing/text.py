"""Markdown-aware text model: what to check, split into sentences and word tokens.

Why a *masked copy* of the text: rules must report offsets in the caller's string, and Markdown
markup, code, URLs, e-mail addresses, @mentions and #hashtags must never be proofread. We build
a string of exactly the same length in which

* opaque stretches (code, URLs, e-mails, mentions, hashtags, link targets, images, HTML tags)
  become ``OPAQUE`` characters — they still count as "a word" for spacing and sentence logic,
  but no spelling or grammar rule looks inside them;
* Markdown markers (heading ``#``, list bullets, ``>`` quotes, emphasis ``*``/``_``, link
  brackets) become ``MARK`` characters, which every rule treats as invisible.

Because lengths are preserved, every offset found in the masked copy is an offset in the
original ``str`` (Python characters, so emoji and combining marks need no special care).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

OPAQUE = "\ue000"
MARK = "\ue001"

_LETTER = r"[^\W\d_]"
_WORDCHAR = r"[\w\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]"
# Words: letters/digits with combining marks, inner hyphens and apostrophes (anak-anak, Jum'at).
WORD_RE = re.compile(rf"{_WORDCHAR}+(?:[-'’]{_WORDCHAR}+)*")
_HAS_LETTER = re.compile(_LETTER)

_FENCE_RE = re.compile(r"^(?P<ind> {0,3})(?P<f>`{3,}|~{3,})[^\n]*\n(?:.*?\n)??(?P=ind)?(?P=f)[^\n]*$",
                       re.M | re.S)
_INLINE_CODE_RE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_INDENTED_CODE_RE = re.compile(r"(?:(?<=\n\n)|\A)(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+")
# Every repetition that can run to the end of the text without matching is bounded (a URL
# is at most _URL_MAX characters, a domain label 63, a domain 10 labels): unbounded, each
# start position rescanned the rest of the text, so 20,000 characters of "kata-kata-..." or
# "a.a.a..." took seconds inside one regex call that no deadline can interrupt.
_URL_MAX = 2000
_IMAGE_RE = re.compile(r"!\[[^\]\n]{0,2000}\]\([^)\n]{0,2000}\)")
_LINK_TARGET_RE = re.compile(r"(?<=\])\([^)\n]{0,2000}\)")
_REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_AUTOLINK_RE = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>")
_URL_RE = re.compile(
    rf"(?:(?:https?|ftp)://|www\.)[^\s<>()\[\]\"']{{0,{_URL_MAX}}}[^\s<>()\[\]\"'.,;:!?]"
    r"|\b[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,9}\.(?:com|net|org|id|co\.id|"
    r"go\.id|or\.id|"
    r"ac\.id|sch\.id|web\.id|my\.id|info|io|tv|news|biz|me|asia|xyz|us|uk|au|sg|my)\b"
    rf"(?:/[^\s<>()\[\]\"']{{0,{_URL_MAX}}}[^\s<>()\[\]\"'.,;:!?])?"
)
_EMAIL_RE = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,9}\b")
_MENTION_RE = re.compile(r"(?<![\w@])@\w+")
_HASHTAG_RE = re.compile(r"(?<![\w#&])#(?=\w*[^\W\d_])\w+")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?=[ \t]|$)", re.M)
_QUOTE_RE = re.compile(r"^ {0,3}(?:> ?)+", re.M)
_LIST_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])", re.M)
_HR_RE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M)
_EMPH_RE = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w*])")
_LINK_OPEN_RE = re.compile(r"\[(?=[^\]\n]*\]" + OPAQUE + ")")
_TABLE_PIPE_RE = re.compile(r"^\|.*\|$", re.M)
_ESCAPE_RE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")



@dataclass(frozen=True, slots=True)
class _Span:
    """A found stretch, shaped like the ``re.Match`` methods mask_markdown() uses."""

    text: str
    begin: int
    stop: int

    def group(self, _index: int = 0) -> str:
        return self.text[self.begin:self.stop]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


class _HtmlComments:
    """``<!-- ... -->`` found with str.find, in one pass: the regex ``<!--.*?-->`` rescanned
    the rest of the text from every unclosed ``<!--`` (quadratic)."""

    @staticmethod
    def finditer(text: str) -> Iterator[_Span]:
        pos = 0
        while (start := text.find("<!--", pos)) >= 0:
            close = text.find("-->", start + 4)
            if close < 0:
                return  # no later comment can close either
            yield _Span(text, start, close + 3)
            pos = close + 3


_OPAQUE_PATTERNS: tuple[Any, ...] = (
    _FENCE_RE, _INDENTED_CODE_RE, _INLINE_CODE_RE, _IMAGE_RE, _AUTOLINK_RE, _LINK_TARGET_RE,
    _REF_DEF_RE, _HtmlComments, _HTML_TAG_RE, _EMAIL_RE, _URL_RE, _MENTION_RE, _HASHTAG_RE,
)
_MARK_PATTERNS = (_HEADING_RE, _QUOTE_RE, _LIST_RE, _HR_RE, _EMPH_RE, _LINK_OPEN_RE, _ESCAPE_RE)


#: For some patterns: strings of which the text must contain at least one, or no match is
#: possible (a cheap test before the regex scans the whole text).
_NEEDS: dict[Any, tuple[str, ...]] = {
    _FENCE_RE: ("```", "~~~"), _INDENTED_CODE_RE: ("    ", "\t"), _INLINE_CODE_RE: ("`",),
    _IMAGE_RE: ("![",), _AUTOLINK_RE: ("<",), _LINK_TARGET_RE: ("](",), _REF_DEF_RE: ("]:",),
    _HtmlComments: ("<!--",), _HTML_TAG_RE: ("<",), _EMAIL_RE: ("@",), _MENTION_RE: ("@",),
    _HASHTAG_RE: ("#",), _HEADING_RE: ("#",), _QUOTE_RE: (">",), _HR_RE: ("-", "*", "_"),
    _EMPH_RE: ("*", "_"), _LINK_OPEN_RE: ("[",), _ESCAPE_RE: ("\\",),
}
# A bare domain (the URL pattern's second branch) needs "." + one of its top-level labels.
_URL_HINT_RE = re.compile(r"\.(?:com|net|org|id|co|go|or|ac|sch|web|my|info|io|tv|news|biz|me|"
                          r"asia|xyz|us|uk|au|sg)\b")


def _may_match(pat: Any, text: str) -> bool:
    if pat is _URL_RE:
        return "://" in text or "www." in text or _URL_HINT_RE.search(text) is not None
    needs = _NEEDS.get(pat)
    return needs is None or any(n in text for n in needs)


def _fill(buf: list[str], start: int, end: int, ch: str) -> None:
    for i in range(start, end):
        if buf[i] != "\n" and buf[i] != OPAQUE:
            buf[i] = ch


def mask_markdown(text: str) -> str:
    """Return a same-length copy of ``text`` with code/URLs opaque and Markdown markup hidden."""
    if not text:
        return text
    needs = any(c in text for c in "`<[]@#*_>\\|-+.") or "://" in text
    if not needs:
        return text
    # A pattern is skipped when a character it cannot match without is not in the text
    # (masking only writes OPAQUE/MARK, so what the original lacks the masked copy lacks
    # too), and the text is re-joined only after a pattern changed it. The character list
    # is made at the first change (most texts have none: 523 of the 600 benchmark articles).
    buf: list[str] | None = None
    current = text
    for pat in _OPAQUE_PATTERNS:
        if not _may_match(pat, text):
            continue
        changed = False
        for m in pat.finditer(current):
            if m.group(0).strip(OPAQUE + "\n"):
                if buf is None:
                    buf = list(text)
                _fill(buf, m.start(), m.end(), OPAQUE)
                changed = True
        if changed and buf is not None:
            current = "".join(buf)
    for pat in _MARK_PATTERNS:
        if not _may_match(pat, text):
            continue
        changed = False
        for m in pat.finditer(current):
            if buf is None:
                buf = list(text)
            _fill(buf, m.start(), m.end(), MARK)
            changed = True
        if changed and buf is not None:
            current = "".join(buf)
    # Table rows: the pipes are markup, the cells are text.
    for m in (_TABLE_PIPE_RE.finditer(current) if "|" in text else ()):
        if buf is None:
            buf = list(text)
        for i in range(m.start(), m.end()):
            if buf[i] == "|":
                buf[i] = MARK
    # Link text's closing bracket (its target is already opaque).
    out = "".join(buf) if buf is not None else text
    if "]" not in out or OPAQUE not in out:
        return out
    return re.sub(rf"\](?={OPAQUE})", MARK, out)


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """One word (or number) with its exact span in the original text.

    Treat it as immutable (it is hashed, and shared by every rule and thread that sees the
    sentence). It is not a frozen dataclass only because a frozen one's ``__init__`` sets each
    field through ``object.__setattr__``: 1.1 µs a token instead of 0.25, an eighth of all the
    time the proofreader spends outside the typo rule on real news (137,000 tokens in 600
    articles).
    """

    text: str
    start: int
    end: int
    #: ``text.lower()``, computed once (rules compare lowercase forms constantly).
    lower: str = ""
    #: an uppercase letter after the first character (ALL-CAPS, CamelCase, iPhone).
    inner_upper: bool = False

    @property
    def is_word(self) -> bool:
        """Contains a letter (``2018`` and ``09.00`` are not words)."""
        return _HAS_LETTER.search(self.text) is not None

    @property
    def is_number(self) -> bool:
        return self.text.isdigit()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span, the tokens in it (opaque stretches excluded) and context."""

    start: int
    end: int
    tokens: tuple[Token, ...]
    #: True when a real sentence start (after . ! ? or at block start), for capitalisation.
    starts_block_or_after_stop: bool = True
    #: The sentence opens a list item ("- butir"), where a lowercase start is allowed.
    list_item: bool = False


# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """dr drs dra prof ir h hj kh st jl jln no nomor kec kab kel prov rp tn ny nn sdr sdri bpk
    ibu pak yth dll dsb dst dkk tsb vs kol letjen mayjen brigjen jend kapt lettu serda serka
    kompol kombes akbp ipda iptu aiptu bripka brigpol irjen komjen pol mr mrs ms hlm tel telp
    no. a.n u.p s.h s.e s.pd m.si m.m m.pd m.h s.t s.kom ph.d phd bsc msc sp ttd tgl wib wita wit
    gg km kg cm mm ha lt bbm sd smp sma smk pt cv tbk persero mt a.md""".split()
)

# Starts only at the beginning of a run of stops: from inside a run the same tail would be
# tried again (quadratic on 100,000 dots).
# (It opens with the stop and looks behind from there, the same matches as a leading
# "(?<![.!?…])" but found by jumping from stop to stop.)
_SENT_END_RE = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*[\"'”’)\]" + MARK + r"]*(?=\s)")
_NON_SPACE_RE = re.compile(r"\S")


def _blocks(masked: str) -> list[tuple[int, int]]:
    """Split into blocks: paragraphs, headings, list items, quote lines, table rows."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(masked)
    # Only line ends (each "\n", then the end) can end a block: jump from one to the next.
    i = masked.find("\n")
    if i < 0:
        i = n
    while i <= n:
        # A line ends. It ends a block if the next line is blank or starts with markup,
        # or this line itself started with markup (a heading, bullet or quote line).
        j = i + 1
        next_line_start = masked[j : j + 8].lstrip(" \t")
        this_line_start = masked.rfind("\n", 0, i) + 1
        this_is_mark = masked[this_line_start : this_line_start + 4].lstrip(" \t")[:1] == MARK
        last = masked[start:i].rstrip()[-1:]
        if (
            i == n
            or not next_line_start
            or next_line_start[0] in "\n" + MARK
            or this_is_mark
            or (last and last in ".!?:;\"”’)…" + OPAQUE)
            or not next_line_start[0].islower()
        ):
            if masked[start:i].strip():
                spans.append((start, i))
            start = j
        if i == n:
            break
        i = masked.find("\n", i + 1)
        if i < 0:
            i = n
    return spans


def _is_abbreviation(masked: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or initial, not a sentence."""
    k = dot
    while k > 0 and (masked[k - 1].isalnum() or masked[k - 1] == "."):
        k -= 1
    word = masked[k:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # initial: "A. Rahman"
    if word.isdigit():
        return False
    return word.strip(".") in ABBREVIATIONS or "." in word


def split_sentences(text: str, masked: str | None = None) -> list[Sentence]:
    """Split ``text`` (Markdown) into sentences with tokens, all offsets into ``text``."""
    if masked is None:
        masked = mask_markdown(text)
    sentences: list[Sentence] = []
    for b_start, b_end in _blocks(masked):
        seg_start = b_start
        after_stop = True
        for m in _SENT_END_RE.finditer(masked, b_start, b_end):
            stop_at = m.start()
            punct = masked[stop_at]
            after = _NON_SPACE_RE.search(masked, m.end(), b_end)
            if after is None:
                continue
            nxt = after.group(0)
            if punct == "." and _is_abbreviation(masked, stop_at) and not (
                len(m.group(0)) > 1 and m.group(0)[1] in ".…"
            ):
                continue
            closing_quote = any(c in "\"'”’" for c in m.group(0))
            if nxt.islower() and (closing_quote or punct == "…" or m.group(0).startswith("..")):
                continue  # "Siap!" kata dia. / ... lanjut
            if not (nxt.isalpha() or nxt.isdigit() or nxt in "\"'“‘(" + OPAQUE + MARK):
                continue
            sentences.append(_make_sentence(text, masked, seg_start, m.end(), after_stop))
            seg_start = m.end()
            after_stop = True
        if masked[seg_start:b_end].strip():
            sentences.append(_make_sentence(text, masked, seg_start, b_end, after_stop))
    return sentences


#: Tokens one sentence is checked in at most: a longer "sentence" (100 KB without sentence
#: punctuation) is checked in pieces of this many tokens, so a caller's deadline is looked at
#: between pieces and per-sentence work stays bounded. Real news sentences stay far below
#: (longest in 400 archive articles: 144 tokens), so they are never cut.
MAX_SENTENCE_TOKENS = 400


def bounded_sentences(sentences: list[Sentence],
                      max_tokens: int = MAX_SENTENCE_TOKENS) -> Iterator[Sentence]:
    """``sentences``, each longer than ``max_tokens`` tokens cut into contiguous pieces (every
    character of the sentence belongs to exactly one piece; only the first piece opens it)."""
    for sentence in sentences:
        tokens = sentence.tokens
        if len(tokens) <= max_tokens:
            yield sentence
            continue
        start = sentence.start
        for i in range(0, len(tokens), max_tokens):
            nxt = i + max_tokens
            end = tokens[nxt].start if nxt < len(tokens) else sentence.end
            first = i == 0
            yield Sentence(start, end, tokens[i:nxt],
                           sentence.starts_block_or_after_stop if first else False,
                           sentence.list_item if first else False)
            start = end


#: what may stand between a line's start and a list item's first word, once masked
_LEAD_CHARS = frozenset(" \t" + MARK)


def _make_sentence(text: str, masked: str, start: int, end: int, after_stop: bool) -> Sentence:
    while start < end and masked[start] in " \t\n" + MARK:
        start += 1
    while end > start and masked[end - 1] in " \t\n" + MARK:
        end -= 1
    toks: list[Token] = []
    append = toks.append
    # _token() inlined: the hottest loop. The words come as strings (no match objects) and
    # each is found from the end of the one before: only characters that cannot start a word
    # lie between two words, and masking never changes a word's characters, so this is
    # exactly where finditer would put it (WORD_RE has no capturing group).
    find = masked.find
    b = start
    for t in WORD_RE.findall(masked, start, end):
        a = find(t, b)
        b = a + len(t)
        low = t.lower()
        # most words are written in lower case: no slices needed to see no inner capital
        append(Token(t, a, b, low, low != t and t[1:] != low[1:]))
    tokens = tuple(toks)
    # A list item: only masked marks and blanks between the line's start and the sentence.
    # Walked back from the sentence (not sliced from the line's start), so that one pasted
    # paragraph of a megabyte costs each of its sentences a few characters, not the line.
    line_start = start
    while line_start and masked[line_start - 1] in _LEAD_CHARS:
        line_start -= 1
    list_item = False
    if not line_start or masked[line_start - 1] == "\n":
        lead = text[line_start:start].strip()
        list_item = bool(lead) and (lead[:1] in "-*+" or lead[:1].isdigit())
    return Sentence(start, end, tokens, after_stop, list_item)


def _token(t: str, start: int, end: int) -> Token:
    low = t.lower()
    rest = t[1:]
    return Token(t, start, end, low, rest != low[1:])


def tokenize(text: str) -> list[Token]:
    """All checkable word tokens of ``text`` (Markdown-aware), in order."""
    return [t for s in split_sentences(text) for t in s.tokens]
