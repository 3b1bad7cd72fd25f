"""Commas that enclose an appositive: a position and a name (PUEBI/EYD V III.B.6).

* ID_KOMA_APOSISI — a position and the name after it, opened by a comma and not closed
  ("Kepala LIPI Ambon, Nugroho Dwi Hananto menegaskan" → "…, Nugroho Dwi Hananto,
  menegaskan"; PUEBI III.B.6: keterangan aposisi diapit tanda koma). Written with no comma at
  all ("Kepala LIPI Ambon Nugroho Dwi Hananto menegaskan") the name is a restrictive
  appositive and nothing is said. The words that open a position are data
  (``positions.txt``, derived from the archive). House switch ``appositive_comma``.

Commas between the parts of a place are in ``place_commas``; the regions themselves in
``regions``. The rules look only at running text: Title-Case headlines, direct speech
openers and lists are left alone, and names the caller gives are never split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.ruledata import read_list
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.punctuation import _connectors, _titles
from editor.proofing.rules.regions import is_region
from editor.proofing.rules.speech import in_direct_speech, is_title_case
from editor.proofing.text import Token


@lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """Words that open a position phrase (Kepala, Kapolres, Ayah …)."""
    return frozenset(read_list("positions.txt"))


# Words inside a position phrase that are written in lower case ("Kepala Dinas Pemuda dan
# Olahraga", "Ayah korban", "Orang tua korban", "Warga setempat", "Menteri Koordinator bidang
# Perekonomian", "Politikus senior Golkar", "Pemimpin oposisi Rusia").
_PHRASE_LOWER = frozenset(
    "dan korban tua pelaku tersangka setempat kandung pasien siswa almarhum almarhumah "
    "mendiang pertama kedua ketiga keempat kelima keenam ketujuh kedelapan bidang senior "
    "oposisi tertinggi cabang".split()
)
# A capitalised word after the name that still belongs to the name (H. Abdul, Dr. Budi) is
# covered by "capitalised"; these lower-case words do (bin, binti, van, de, dr.).
_NAME_LOWER = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "al", "el", "dr"})
# After the name, these do not start the predicate: a list or a relative clause follows
# ("Kepala Desa, Budi dan Sekretaris Desa, Ani …", "Ketua RT, Budi yang …").
_NOT_PREDICATE = frozenset({"dan", "atau", "serta", "yang", "bin", "binti", "alias", "selaku",
                            "sebagai", "beserta", "bersama", "dkk", "cs"})
# Sentence openers before a position phrase that are followed by their own comma.
_LEADS = frozenset(
    "terpisah sebelumnya namun kemudian selanjutnya sementara menanggapi terkait mengenai "
    "soal sedangkan adapun lebih".split()
)
_DAYS = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())
_APPOS_GATE = re.compile(r", [A-Z]")


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def apposition(ctx: Ctx) -> Iterator[Hit]:
    """Kepala X, Nama mengatakan → Kepala X, Nama, mengatakan (PUEBI III.B.6)."""
    toks = ctx.tokens
    if len(toks) < 5 or not ctx.is_first(0):
        return
    masked = ctx.masked
    pos = positions()
    start = 0
    # "Sementara itu, Kepala …" / "Terpisah, Kepala …": skip the connector and its comma.
    if toks[0].text not in pos:
        first = toks[0].lower
        if first not in _LEADS and first not in _connectors()[1]:
            return
        for k in range(min(6, len(toks) - 1)):
            if masked[toks[k].end : toks[k + 1].start] == ", ":
                start = k + 1
                break
        else:
            return
        if start >= len(toks) or toks[start].text not in pos:
            return
    hit = _close_after_position(ctx, start)
    if hit is not None:
        yield hit


# Nouns that open a subject with the appositive inside it ("Pidato Presiden RI, Joko Widodo
# pada …", "rumah duka almarhum Presiden ketiga, BJ Habibie di …"). After a verb of saying or
# a preposition the position and name are an attribution or a fronted phrase ("kata Kepala
# BPBD, Ariadi di kantornya", "Menurut rilis Dirjen PAUD, Nala didampingi"): nothing is said.
_SUBJECT_HEADS = frozenset(
    "pidato kunjungan kedatangan kepergian pernyataan sambutan keputusan arahan instruksi "
    "ucapan".split()
)
_NP_INSIDE = frozenset({"almarhum", "almarhumah", "mendiang"})


def mid_sentence_apposition(ctx: Ctx) -> Iterator[Hit]:
    """Berpulangnya Presiden Ketiga RI, BJ Habibie kepada … → …, BJ Habibie, kepada …: the
    appositive inside a noun phrase that opens the sentence, or after "almarhum"."""
    toks = ctx.tokens
    pos = positions()
    for k in range(1, len(toks) - 3):
        if toks[k].text not in pos or not ctx.adjacent(toks[k - 1], toks[k]):
            continue
        prev = toks[k - 1].lower
        opener = k == 1 and ctx.is_first(0) and toks[0].text.isalpha() and (
            prev in _SUBJECT_HEADS or (prev.endswith("nya") and len(prev) > 5))
        if not opener and not (prev in _NP_INSIDE and toks[k - 1].text.islower()):
            continue
        hit = _close_after_position(ctx, k)
        if hit is not None:
            yield hit
            return


# Verbs of saying that introduce an attribution after a quote ("…," ujar Kepala BPBD, Ariadi
# di kantornya): the appositive there is closed as anywhere else (PUEBI III.B.6).
_SAYING = frozenset(
    "ujar kata ucap tutur jelas ungkap terang imbuh tegas papar tambah sebut lanjut beber "
    "tukas pungkas timpal sambung kilah aku".split()
)
_QUOTES = ('"', "”", "“", "‚Äù")


# The agent of a passive ("disampaikan oleh Kabid Humas Polda, Kombes Argo Yuwono kepada …",
# "Hal itu disampaikan Bupati Morowali, Taslim saat …"): the same appositive.
_AGENT_INTRO = frozenset(
    "oleh disampaikan dikatakan diungkapkan dijelaskan ditegaskan dibenarkan diutarakan "
    "disebutkan dituturkan diterangkan dipaparkan ditambahkan dikemukakan".split()
)


def speech_apposition(ctx: Ctx) -> Iterator[Hit]:
    """…," ujar Juru Bicara KPK, Febri Diansyah di Jakarta → …, Febri Diansyah, di Jakarta:
    the appositive of an attribution after a verb of saying (PUEBI III.B.6)."""
    toks = ctx.tokens
    pos = positions()
    for k in range(1, len(toks) - 4):
        verb = toks[k]
        if not verb.text.islower():
            continue
        before = ctx.masked[toks[k - 1].end : verb.start]
        quoted = any(q in before for q in _QUOTES)
        if verb.lower in _SAYING:
            if not (quoted or before.startswith(",")):
                continue  # only an attribution after a quote or a comma ("kata" is a noun too)
        elif verb.lower not in _AGENT_INTRO:
            continue
        if not quoted and in_direct_speech(ctx, verb.start):
            continue  # "…, kata Ketua RT, Budi harus …" inside a quote is spoken
        if toks[k + 1].text not in pos or not ctx.adjacent(verb, toks[k + 1]):
            continue
        hit = _close_after_position(ctx, k + 1, speech=True)
        if hit is not None:
            yield hit


def _close_after_position(ctx: Ctx, start: int, speech: bool = False) -> Hit | None:
    """The hit for a position phrase opening at ``start``, its comma, a name and no closing
    comma before the predicate; None when any part is missing. ``speech``: after a verb of
    saying the name is followed by an adverbial (di, saat, kepada …), not a predicate, and
    inside the name no common word may stand (a lost full stop: "…, Budi Alat rekam …")."""
    toks = ctx.tokens
    masked = ctx.masked
    pos = positions()
    # The position phrase: capitalised words (and a few lower-case ones) up to ", ".
    k = start
    comma_at = -1
    while k < len(toks) - 1 and k - start < 14:
        tok = toks[k]
        if not (_is_cap(tok) or tok.lower in _PHRASE_LOWER or tok.text.isdigit()):
            return None
        sep = masked[tok.end : toks[k + 1].start]
        if sep == ", ":
            comma_at = k
            break
        if sep == "), " and "(" in masked[toks[start].start : tok.start]:
            comma_at = k  # "Politikus Partai Kebangkitan Bangsa (PKB), Abdul Kadir Karding"
            break
        if sep not in (" ", " (", ") ", "-", "/") and not re.fullmatch(r"\)? \(?", sep):
            return None
        k += 1
    if comma_at < 0 or comma_at + 2 >= len(toks):
        return None
    # The name: capitalised words, initials and abbreviated titles, then a lower-case word.
    # A place after the comma ("Polres Bogor, Jawa Barat, AKP Fadli") still belongs to the
    # position; the name comes after the next comma.
    titles = _titles()
    while True:
        j = comma_at + 1
        name_start = j
        while j < len(toks) and j - name_start < 6:
            tok = toks[j]
            if not (_is_cap(tok) or tok.lower in _NAME_LOWER or tok.text in titles):
                break
            if j > name_start and not _name_joined(masked, toks[j - 1], tok):
                break
            if tok.text in pos and j > name_start:
                return None  # "Kepala Desa, Kepala Dusun …": another position, not a name
            if speech and j > name_start and tok.lower in _common():
                return None
            j += 1
        if j == name_start or j >= len(toks) or j - name_start >= 6:
            return None
        if toks[name_start].lower == "tbk":
            return None  # "PT Metropolitan Land, Tbk. Thomas …": the company's name goes on
        if toks[name_start].lower in _DAYS:
            return None  # "…, Senin (16/9/2019) mengatakan": a date, not a name
        if not is_region(toks[name_start:j]):
            break
        if masked[toks[j - 1].end : toks[j].start] != ", ":
            return None  # "Warga Desa X, Kecamatan Y dihebohkan": the place is the subject
        comma_at = j - 1
    last = toks[j - 1]
    end = last.end
    if masked.startswith(" (", end):
        close = masked.find(")", end, end + 30)  # "Budi (45) mengatakan": after the age
        if close < 0:
            return None
        end = close + 1
        while j < len(toks) and toks[j].start < end:
            j += 1
        if j >= len(toks):
            return None
    nxt = toks[j]
    between = masked[end : nxt.start]
    if between == ". " and end == last.end and len(last.text) <= 2:
        end += 1  # "H. Sukri" style: an initial's full stop, not the end of the sentence
    elif between != " ":
        return None  # already closed (a comma), or a quote, a colon, the end
    if not nxt.text.isalpha() or not nxt.text.islower() or nxt.lower in _NOT_PREDICATE:
        return None
    if toks[name_start].lower in _connectors()[1]:
        return None  # "Kepala X, Namun …" is two sentences run together, not a name
    opening = masked.index(",", toks[comma_at].end)
    if is_title_case(ctx) or (not speech and in_direct_speech(ctx, opening)):
        return None  # a headline, or spoken words as quoted
    name = ctx.text[opening + 2 : end]
    if any(t.text in titles and not masked.startswith(".", t.end) for t in toks[name_start:j]):
        # "…, Dr Joni Wahyuhadi usai …": the title's missing full stop is a flag of its own
        # (ID_TITIK_SINGKATAN); the closing comma alone leaves room for it
        tail = ctx.text[last.start : end]
        return Hit("ID_KOMA_APOSISI", last.start, end, (f"{tail},",), {"wrong": name})
    return Hit("ID_KOMA_APOSISI", opening, end, (f", {name},", f" {name}"), {"wrong": name})


def _common() -> dict[str, bool]:
    from editor.proofing.rules.capitalization import lowercase_words

    return lowercase_words()


def _name_joined(masked: str, a: Token, b: Token) -> bool:
    """Two words of one name: a space, or an initial's full stop and a space (H. Sukri)."""
    sep = masked[a.end : b.start]
    return sep == " " or (sep == ". " and len(a.text) <= 3)


_SPEECH_PREDICATES = frozenset(
    "mengatakan menyatakan menjelaskan menyebutkan menyebut mengungkapkan menuturkan "
    "menegaskan menambahkan mengaku mengakui membenarkan memaparkan menerangkan berharap "
    "menilai meminta mengimbau menyampaikan mengklaim menanggapi berpendapat".split()
)


def name_first_apposition(ctx: Ctx) -> Iterator[Hit]:
    """Osamu Masuko, Chairman MMC mengatakan → Osamu Masuko, Chairman MMC, mengatakan: the
    position after the name, opened by a comma, closed before a verb of saying."""
    toks = ctx.tokens
    if len(toks) < 5 or not ctx.is_first(0) or not _is_cap(toks[0]):
        return
    masked = ctx.masked
    pos = positions()
    from editor.proofing.rules.capitalization import lowercase_words

    common = lowercase_words()
    j = 0
    while j < min(len(toks), 4) and _is_cap(toks[j]) and toks[j].text.isalpha():
        if toks[j].text in pos or toks[j].lower in common or toks[j].lower in _connectors()[1]:
            return  # a position, a common word or a connector opens the sentence
        if j + 1 < len(toks) and masked[toks[j].end : toks[j + 1].start] == ", ":
            break
        if j + 1 < len(toks) and not ctx.adjacent(toks[j], toks[j + 1]):
            return
        j += 1
    else:
        return
    name = toks[: j + 1]
    if ctx.known(name[-1].lower) or (len(name) == 1 and ctx.known(name[0].lower)):
        return  # "Sebelumnya, Presiden …": a connector, not a name
    k = j + 1  # the position phrase
    if k >= len(toks) or toks[k].text not in pos:
        return
    while k < len(toks) and k - j < 12 and (_is_cap(toks[k]) or toks[k].lower == "dan"):
        if k > j + 1 and not ctx.adjacent(toks[k - 1], toks[k]):
            return
        k += 1
    if k >= len(toks) or not ctx.adjacent(toks[k - 1], toks[k]):
        return
    if toks[k].lower not in _SPEECH_PREDICATES:
        return
    if is_region(toks[j + 1 : k]) or is_title_case(ctx) or in_direct_speech(ctx, toks[k].start):
        return
    last = toks[k - 1]
    yield Hit("ID_KOMA_APOSISI", last.start, last.end, (last.text + ",",),
              {"wrong": ctx.text[toks[j + 1].start : last.end]})



def appositives(ctx: Ctx) -> list[Hit]:
    """Both appositive checks, behind a cheap gate: a comma before a capital."""
    s = ctx.sentence
    if not _APPOS_GATE.search(ctx.masked, s.start, s.end):
        return []
    out = [*apposition(ctx), *name_first_apposition(ctx), *speech_apposition(ctx)]
    # "Gubernur DKI, Anies melayat ke rumah duka almarhum Presiden ketiga, BJ Habibie di …":
    # an appositive inside the sentence as well as the one that opens it
    out.extend(h for h in mid_sentence_apposition(ctx)
               if all(h.end <= o.start or o.end <= h.start for o in out))
    return out
