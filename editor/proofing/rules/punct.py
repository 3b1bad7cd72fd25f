"""Spacing and punctuation (PUEBI bab V): they work on the masked sentence text.

Code, URLs and Markdown markup are masked (see :mod:`editor.proofing.text`), so "a.b@x.id" or
"**tebal** ," never reach these patterns as text; numbers like 1,5 / 09.00 / 4/9/2018 are
excluded by requiring letters on the right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.text import MARK, OPAQUE

_L = r"[^\W\d_]"
# Each pattern opens with the character it is about and looks behind only from there: the
# same matches as a leading lookbehind ("(?<=x) +" = " (?<=x ) *"), but the regex engine
# then jumps from one such character to the next instead of trying the lookbehind at every
# position (this rule ran 2-5 times faster so).
# " ,dan" — space before and none after: one fix ", ".
_SPACE_BEFORE_AND_NOT_AFTER = re.compile(rf" (?<=[\w\"”)] ) *([,;:]|\.(?!\.))(?={_L})")
# " ," " ." " ?" " !" " ;" " :" before the end or a space (not an ellipsis " ...").
_SPACE_BEFORE = re.compile(r" (?<=[\w\"”')\]] ) *([,;?!]|:(?!\d)|\.(?!\.))(?=\s|$|[\"”'])")
# ",dan" ";dan" ":dan" — missing space after (not 1,5 or 09:00 or 4:3); the match is the mark.
_NO_SPACE_AFTER = re.compile(
    rf"[,;:](?:(?<={_L}[,;])(?={_L})|(?<=[a-z]{{2}}:)(?=[a-z]{{2}}))")
# "datang.Kemudian" — a full stop glued to a capitalised word.
# "Tanjungbalai,hetanews.com-": a comma glued to a web address or domain (opaque when masked).
_NO_SPACE_BEFORE_URL = re.compile(rf"(,)(?={OPAQUE})(?<={_L}{{2}},)")
_NO_SPACE_AFTER_STOP = re.compile(r"([.!?])(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})")
_AFTER_OPEN = re.compile(r"([(\[]) +(?=\w)")
_BEFORE_CLOSE = re.compile(r"( (?<=[\w.%] ) *)\)")
_NO_SPACE_AFTER_CLOSE = re.compile(rf"\)(?<=\w\))(?={_L}{{2}})")
_DOUBLE_SPACE = re.compile(r"  (?<=\S  ) *(?=\S)")
_DOUBLE_PUNCT = re.compile(r"(?=[,;:!?.])(?:([,;:!?])\1+|(?<!\.)\.\.(?!\.))")


def spacing(ctx: Ctx) -> Iterator[Hit]:
    s = ctx.sentence
    m_text = ctx.masked
    seen: set[int] = set()
    start, end = s.start, s.end
    # Let the lookahead see what follows the sentence (its trailing space or end).
    stop = min(len(m_text), end + 1)
    # Each pattern below is scanned only when the sentence holds characters it cannot match
    # without (matches lie inside [start, stop); most sentences need few of the scans).
    sub = m_text[start:stop]
    space_mark = " " in sub and (" ," in sub or " ;" in sub or " :" in sub or " ." in sub
                                 or " ?" in sub or " !" in sub)
    for m in (_SPACE_BEFORE_AND_NOT_AFTER.finditer(m_text, start, stop) if space_mark else ()):
        p = m.group(1)
        seen.add(m.start(1))
        yield Hit("ID_SPASI_SEBELUM_TANDA", m.start(), m.end(), (p + " ",), {"mark": p})
    for m in (_SPACE_BEFORE.finditer(m_text, start, stop) if space_mark else ()):
        if m.start(1) in seen or m.start(1) >= end:
            continue
        if _in_code_context(m_text, m.start()):
            continue
        p = m.group(1)
        yield Hit("ID_SPASI_SEBELUM_TANDA", m.start(), m.end(), (p,), {"mark": p})
    comma = "," in sub
    for m in (_NO_SPACE_AFTER.finditer(m_text, start, end)
              if comma or ";" in sub or ":" in sub else ()):
        i = m.start()
        p = m_text[i]
        if i in seen:
            continue
        w0, w1 = _word_before(m_text, i), _word_after(m_text, i + 1)
        yield Hit("ID_SPASI_SESUDAH_TANDA", i - len(w0), i + 1 + len(w1),
                  (f"{w0}{p} {w1}",), {"mark": p})
    for m in (_NO_SPACE_BEFORE_URL.finditer(m_text, start, end)
              if comma and OPAQUE in sub else ()):
        i = m.start(1)
        k = i + 1
        while k < len(m_text) and m_text[k] == OPAQUE and k - i < 80:
            k += 1
        w0, w1 = _word_before(m_text, i), ctx.text[i + 1 : k]
        yield Hit("ID_SPASI_SESUDAH_TANDA", i - len(w0), k, (f"{w0}, {w1}",), {"mark": ","})
    for m in _NO_SPACE_AFTER_STOP.finditer(m_text, start, end):
        i = m.start(1)
        w0, w1 = _word_before(m_text, i), _word_after(m_text, i + 1)
        p = m_text[i]
        yield Hit("ID_SPASI_SESUDAH_TANDA", i - len(w0), i + 1 + len(w1),
                  (f"{w0}{p} {w1}",), {"mark": p})
    for m in (_AFTER_OPEN.finditer(m_text, start, end) if "(" in sub or "[" in sub else ()):
        yield Hit("ID_SPASI_SESUDAH_KURUNG", m.start(), m.end(), (m.group(1),))
    for m in (_BEFORE_CLOSE.finditer(m_text, start, stop) if " )" in sub else ()):
        if m.start() in seen:
            continue
        yield Hit("ID_SPASI_SEBELUM_TANDA", m.start(), m.end(), (")",), {"mark": ")"})
    for m in (_NO_SPACE_AFTER_CLOSE.finditer(m_text, start, end) if ")" in sub else ()):
        w1 = _word_after(m_text, m.end())
        yield Hit("ID_SPASI_SESUDAH_TANDA", m.start(), m.end() + len(w1), (") " + w1,),
                  {"mark": ")"})
    for m in (_DOUBLE_SPACE.finditer(m_text, start, end) if "  " in sub else ()):
        if MARK in m_text[m.start() - 1 : m.end() + 1]:
            continue
        yield Hit("ID_SPASI_GANDA", m.start(), m.end(), (" ",))
    double = (",," in sub or ";;" in sub or "::" in sub or "!!" in sub or "??" in sub
              or ".." in sub)
    for m in (_DOUBLE_PUNCT.finditer(m_text, start, stop) if double else ()):
        mark = m.group(0)[0]
        yield Hit("ID_TANDA_BACA_GANDA", m.start(), m.end(), (mark,), {"mark": mark})


def _word_before(text: str, i: int) -> str:
    k = i
    while k > 0 and (text[k - 1].isalnum()) and i - k < 40:
        k -= 1
    return text[k:i]


def _word_after(text: str, i: int) -> str:
    k = i
    while k < len(text) and text[k].isalnum() and k - i < 40:
        k += 1
    return text[i:k]


def _in_code_context(text: str, i: int) -> bool:
    return OPAQUE in text[max(0, i - 1) : i + 2]
