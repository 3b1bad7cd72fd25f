"""How numbers are written, beyond money and percent (PUEBI/EYD V bab III.A and V.C).

* ID_WAKTU_TITIK — hours and minutes are separated by a full stop (pukul 10:15 → 10.15;
  PUEBI III.A.5), house switch ``clock_period``;
* ID_ANGKA_DEKADE — a decade or an approximate figure with -an takes a hyphen (1990an →
  1990-an; PUEBI III.E.3, tanda hubung);
* ID_BILANGAN_HURUF — a count that takes one or two words is written in words (5 orang →
  lima orang; PUEBI V.C.2), house switch ``numbers_in_words`` (off: newsrooms write figures).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.numbers import spell_number

# hours:minutes, and :seconds if given (pukul 20:17:29 → 20.17.29, PUEBI III.A.5: jam, menit,
# dan detik); never a piece of a longer figure (the 17:29 of 20:17:29)
_HMS = r"(?<![\d:])((?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?)(?![\d:])"
_CLOCK = re.compile(
    r"(?i:\b(?:pukul|jam)) " + _HMS
    + r"|" + _HMS + r"(?= ?(?:WIB|WITA|WIT)\b)"
)
_CLOCK_NEXT = re.compile(r"(?:dan|hingga|sampai|atau|-) " + _HMS)
_DECADE = re.compile(r"(?<![\w.,/-])(\d*0)an\b")


def clock_time(ctx: Ctx) -> Iterator[Hit]:
    s = ctx.sentence
    m_text = ctx.masked
    if ":" not in m_text[s.start : s.end]:
        return
    for m in _CLOCK.finditer(m_text, s.start, s.end):
        g = 1 if m.group(1) else 2
        value = m.group(g)
        yield Hit("ID_WAKTU_TITIK", m.start(g), m.end(g), (value.replace(":", "."),),
                  {"wrong": value})
        # "pukul 13:00 dan 18:00": the second time of a range or pair
        nxt = _CLOCK_NEXT.match(m_text, m.end() + 1)
        if nxt is not None and m_text[m.end() : m.end() + 1] == " ":
            value = nxt.group(1)
            yield Hit("ID_WAKTU_TITIK", nxt.start(1), nxt.end(1), (value.replace(":", "."),),
                      {"wrong": value})


def decades(ctx: Ctx) -> Iterator[Hit]:
    s = ctx.sentence
    for m in _DECADE.finditer(ctx.masked, s.start, s.end):
        yield Hit("ID_ANGKA_DEKADE", m.start(), m.end(), (f"{m.group(1)}-an",),
                  {"wrong": m.group(0)})


# what follows a figure that is a measure, a date, a code or a score, not a count
_NOT_COUNTED = frozenset(
    "persen km kg cm mm m meter kilometer kilogram gram ton liter derajat wib wita wit jam "
    "menit detik januari februari maret april mei juni juli agustus september oktober "
    "november desember dari banding x vs juta ribu miliar triliun ratus puluh tahun-an "
    "kali".split()
)
_NOT_AFTER = frozenset(
    "rp pukul jam nomor no tahun ke nomer kode pasal ayat bab halaman hal lantai kelas "
    "skor angka usia umur level tingkat peringkat seri versi tipe jilid edisi rt rw "
    "episode babak gol".split()
)


def counts_in_words(ctx: Ctx) -> Iterator[Hit]:
    if "ID_BILANGAN_HURUF" in ctx.disabled:
        return  # waived by the house style by default: skip the work
    toks = ctx.tokens
    m_text = ctx.masked
    for i in range(len(toks) - 1):
        tok = toks[i]
        if not tok.text.isdigit() or len(tok.text) > 3 or (i == 0 and ctx.is_first(0)):
            continue
        n = int(tok.text)
        if n < 1 or tok.text.startswith("0"):
            continue
        words = spell_number(n)
        if len(words.split()) > 2:
            continue
        nxt = toks[i + 1]
        if m_text[tok.end : nxt.start] != " " or not nxt.text.isalpha() or not nxt.text.islower():
            continue
        if nxt.lower in _NOT_COUNTED:
            continue
        if i > 0 and toks[i - 1].lower in _NOT_AFTER:
            continue
        before = m_text[max(0, tok.start - 2) : tok.start]
        if any(c.isdigit() or c in ".,/:-" for c in before.strip()):
            continue  # 1,5 / 4/9 / a list of figures
        # figures in a series ("3 gol dan 2 assist") are allowed as figures (PUEBI V.C.2)
        if any(t.text.isdigit() for t in toks[max(0, i - 4) : i] + toks[i + 2 : i + 6]):
            continue
        yield Hit("ID_BILANGAN_HURUF", tok.start, tok.end, (words,), {"wrong": tok.text})


def number_style(ctx: Ctx) -> list[Hit]:
    """All checks of this module behind cheap gates (most sentences need none)."""
    s = ctx.sentence
    seg = ctx.masked[s.start : s.end]
    out: list[Hit] = []
    if ":" in seg:
        out.extend(clock_time(ctx))
    if "0an" in seg:
        out.extend(decades(ctx))
    if "ID_BILANGAN_HURUF" not in ctx.disabled:
        out.extend(counts_in_words(ctx))
    return out
