"""Numbers and money (PUEBI I.G and V): Rp3 juta, no "Rp.", no ",-", 10%, and a
number opening a sentence written out in words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.proofing.rules.base import Ctx, Hit

# A pattern opens with a lookahead on its possible first characters, or with the character
# itself and a lookbehind from there: the same matches, but the regex engine skips from one
# such character to the next instead of trying the whole pattern at every position.
_RP_SPACE = re.compile(r"(?=[RrI])(?:\b(Rp|RP|rp|IDR)(?:\. ?| +)(?=\d)|\b(rp|RP)(?=\d))")
_DASH_END = re.compile(r",(?<=\d,)-")
_RP_RUPIAH = re.compile(
    r"(?=r)\bRp\.? ?\d(?:[\d.,]*\d)?(?: (?:ribu|juta|miliar|triliun))?( rupiah)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r" (?<=\d ) *(%)")

_MONTHS = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember"
    .split()
)
# "ke" + number is an ordinal (ke-74) after these words; elsewhere "naik ke 5 persen" is a
# preposition and stays apart.
_KE_NUMBER = re.compile(
    r"(?i:(?=[ahuyjpmbtgeksrl]))"  # the first letters of the words below
    r"\b(?i:abad|hut|ulang tahun|yang|juara|peringkat|urutan|hari|pekan|menit|babak|putaran|"
    r"tahap|gelombang|edisi|kali|angkatan|periode|jilid|seri|ronde|pertandingan|lantai|jam|"
    r"presiden|kloter|sila|season|reguler|peringatan|kemenangan|musim|generasi|kongres|"
    r"muktamar|munas|rakernas|pemilu|pelaksanaan|penyelenggaraan)"
    r" ((ke) (\d{1,4}))\b(?![.,:/]\d)"
)
_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas"]


def spell_number(n: int) -> str:
    """Indonesian words for ``n`` (0 ≤ n < 10^15): 21 → 'dua puluh satu', 100 → 'seratus'."""
    if n < 0:
        return "minus " + spell_number(-n)
    if n == 0:
        return "nol"
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return _UNITS[n - 10] + " belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return (_UNITS[tens] + " puluh" + (" " + _UNITS[rest] if rest else "")).strip()
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"),
                       (100, "ratus")):
        if n >= size:
            head, rest = divmod(n, size)
            if head == 1 and size in (1000, 100):
                text = "se" + word
            else:
                text = spell_number(head) + " " + word
            return text + (" " + spell_number(rest) if rest else "")
    return str(n)


_DIGIT = re.compile(r"\d")


def numbers(ctx: Ctx) -> Iterator[Hit]:
    m_text = ctx.masked
    s = ctx.sentence
    if _DIGIT.search(m_text, s.start, s.end) is None:
        # Every pattern below matches a digit inside the sentence: none there, none to scan.
        yield from _number_at_start(ctx)
        return
    seg = m_text[s.start : s.end]
    for m in _RP_SPACE.finditer(m_text, s.start, s.end):
        yield Hit("ID_RUPIAH", m.start(), m.end(), ("Rp",))
    for m in (_DASH_END.finditer(m_text, s.start, s.end) if ",-" in seg else ()):
        k = m.start()
        while k > s.start and (m_text[k - 1].isdigit() or m_text[k - 1] in ".,"):
            k -= 1
        yield Hit("ID_RUPIAH", k, m.end(), (m_text[k : m.start()],))
    for m in _RP_RUPIAH.finditer(m_text, s.start, s.end):
        yield Hit("ID_RUPIAH", m.start(1), m.end(1), ("",))  # Rp and rupiah say it twice
    for m in (_PERCENT.finditer(m_text, s.start, s.end) if "%" in seg else ()):
        yield Hit("ID_ANGKA_PERSEN", m.start() - 1, m.end(), (m_text[m.start() - 1] + "%",))
    for m in (_KE_NUMBER.finditer(m_text, s.start, s.end) if " ke " in seg else ()):
        yield Hit("ID_ANGKA_KE", m.start(1), m.end(1), (f"{m.group(2)}-{m.group(3)}",))
    yield from _number_at_start(ctx)


def _number_at_start(ctx: Ctx) -> Iterator[Hit]:
    toks = ctx.tokens
    s = ctx.sentence
    if not toks or not s.starts_block_or_after_stop or s.list_item or not ctx.is_first(0):
        return
    first = toks[0]
    if not first.text.isdigit() or len(toks) < 2:
        return
    if ctx.masked[s.end - 1 : s.end] not in (".", "!", "?", "\"", "”", "…"):
        return  # headlines and list lines ("5 Cara Merawat ...") may open with a figure
    after = ctx.masked[first.end : first.end + 2]
    if after[:1] != " " or not after[1:].isalpha():
        return  # 4/9/2018, 09.00, 1,5: dates, times, decimals are another matter
    second = toks[1].lower
    if second in _MONTHS or ":" in ctx.masked[first.end : toks[min(2, len(toks) - 1)].end]:
        return  # "28 Juli: Persib 0-2 ...", "5 gol: ..." are dates and list lines
    n = int(first.text)
    if 1900 <= n <= 2100 and len(first.text) == 4:
        return  # a year: rephrasing ("Pada tahun 2019") is for the writer, not a fix
    if n > 999_999:
        return
    words = spell_number(n)
    yield Hit("ID_ANGKA_AWAL_KALIMAT", first.start, first.end, (words[:1].upper() + words[1:],))
