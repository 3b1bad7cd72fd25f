"""Word choice and phrase grammar that copy editors fix (KBBI; Badan Bahasa; Tata Bahasa
Baku Bahasa Indonesia). Lists live in ``resources/proofing/word_choice.yaml``.

* ID_TENTANG_TRANSITIF — a transitive verb takes its object directly (membahas tentang/mengenai X →
  membahas X);
* ID_BAHWA — a verb of saying or thinking reports its content with "bahwa", not the
  conditional "jika/kalau" (mengatakan jika … → mengatakan bahwa …);
* ID_SEJALAN_DENGAN — sejalan visi → sejalan dengan visi; ID_BERGANTUNG_PADA — tergantung dari
  → tergantung pada;
* ID_PADA_WAKTU — di tahun 2019 → pada tahun 2019 (di for place, pada for time);
* ID_ANTARA_DAN — antara X dengan Y → antara X dan Y; ID_BAIK_MAUPUN — baik X ataupun Y →
  baik X maupun Y; ID_DARIPADA — salah satu daripada →
  salah satu dari; ID_JAM_PUKUL — jam 10.00 (duration) → pukul 10.00 (clock time).

Direct speech is spoken language and stays as said: no rule here looks inside quotation
marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.proofing.ruledata import load_yaml_data
from editor.proofing.rules.base import Ctx, Hit, keep_case
from editor.proofing.rules.speech import in_direct_speech

_MONTHS = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "ramadan ramadhan syawal muharam".split()
)


@dataclass(frozen=True, slots=True)
class _Data:
    tentang: frozenset[str]
    reporting: frozenset[str]
    sejalan_free: frozenset[str]
    daripada: frozenset[str]
    di_time: frozenset[str]
    time_followers: frozenset[str]
    gate: frozenset[str]


@lru_cache(maxsize=1)
def _data() -> _Data:
    raw = load_yaml_data("word_choice.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    tentang = words("transitive_tentang")
    reporting = words("reporting_verbs")
    daripada = words("daripada_for_dari")
    gate = tentang | reporting | daripada | {"sejalan", "tergantung", "bergantung", "di",
                                              "antara", "jam", "baik"}
    return _Data(tentang, reporting, words("sejalan_free_before"), daripada,
                 words("di_time_words"), words("time_followers"), gate)


# After "mengatakan jika X," a main clause follows when the condition is real; these words
# continue the reported clause instead ("…, bukannya …", "…, sehingga …").
_MAIN_CLAUSE_AFTER_COMMA = re.compile(
    r",\s*(?!(?:bukan|bukannya|tetapi|tapi|namun|sedangkan|sehingga|serta|dan|yang|termasuk|"
    r"seperti|yakni|yaitu|terutama|apalagi|bahkan|atau|karena)\b)"
)
_CLOCK_AFTER = re.compile(r" (\d{1,2}[.:]\d{2}\b|\d{1,2}(?= (?:pagi|siang|sore|malam|WIB|WITA|WIT)\b))")


# Cheap substring gate: a sentence without any of these has no work for these rules (most
# sentences); C-level ``in`` tests are far cheaper than a token loop or a big regex.
_GATE_KEYS = ("tentang", " mengenai ", " jika ", " kalau ", "sejalan ", "gantung dari", "daripada",
              "di tahun ", "di bulan ", "di abad ", "antara ", "jam ", "baik ")


def word_choice(ctx: Ctx) -> Iterator[Hit]:
    s = ctx.sentence
    seg = ctx.masked[max(0, s.start - 1) : s.end].lower()
    if not any(k in seg for k in _GATE_KEYS):
        return
    d = _data()
    toks = ctx.tokens
    n = len(toks)
    for i, tok in enumerate(toks):
        low = tok.lower
        if low not in d.gate:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        hit = _check(ctx, d, i, tok, low, nxt)
        if hit is not None and not in_direct_speech(ctx, hit.start):
            yield hit


#: the prepositions "about" that a transitive verb does not need: membahas tentang X and
#: membahas mengenai X are the same error (80 times "membahas/menjelaskan/mengatur mengenai"
#: in the archive, every one read: the verb's object follows)
_ABOUT = frozenset({"tentang", "mengenai"})


def _check(ctx: Ctx, d: _Data, i: int, tok, low: str, nxt) -> Hit | None:  # noqa: ANN001
    toks = ctx.tokens
    if nxt is None:
        return None
    adjacent = ctx.adjacent(tok, nxt)
    nlow = nxt.lower
    if low in d.tentang and adjacent and nlow in _ABOUT and i + 2 < len(toks):
        return Hit("ID_TENTANG_TRANSITIF", tok.start, nxt.end, (tok.text,),
                   {"wrong": ctx.text[tok.start : nxt.end], "right": tok.text})
    if low in d.reporting and adjacent and nlow in ("jika", "kalau") and nxt.text.islower():
        rest = ctx.masked[nxt.end : ctx.sentence.end]
        if ";" in rest or " maka " in rest or _MAIN_CLAUSE_AFTER_COMMA.search(rest):
            return None  # "mengatakan jika hujan turun, acara ditunda": a real condition
        return Hit("ID_BAHWA", nxt.start, nxt.end, ("bahwa",), {"wrong": nxt.text})
    if low == "sejalan" and adjacent and nxt.text.isalpha() and nxt.text.islower():
        if nlow in d.sejalan_free:
            return None
        if i > 0 and toks[i - 1].lower == "seiring":
            return None
        if nlow.startswith("me") and not nlow.endswith("nya"):
            return None  # "Mereka sejalan melawan …": sejalan as a predicate
        return Hit("ID_SEJALAN_DENGAN", tok.start, tok.end, (keep_case(tok.text, "sejalan dengan"),),
                   {"wrong": tok.text})
    if low in ("tergantung", "bergantung") and adjacent and nlow in ("dari", "daripada"):
        right = keep_case(tok.text, f"{low} pada")
        return Hit("ID_BERGANTUNG_PADA", tok.start, nxt.end, (right,),
                   {"wrong": ctx.text[tok.start : nxt.end], "right": right})
    if low in d.daripada and adjacent and nlow == "daripada":
        return Hit("ID_DARIPADA", nxt.start, nxt.end, ("dari",), {"wrong": nxt.text})
    if low == "di" and tok.text == "di" and adjacent and nlow in d.di_time and nxt.text.islower():
        if i + 2 >= len(toks) or not ctx.adjacent(nxt, toks[i + 2]):
            return None
        after = toks[i + 2]
        a = after.lower
        if nlow == "bulan" and a == "yang":
            return None  # "mendarat di bulan yang …"
        if after.text[:1].isdigit() or a in _MONTHS or a in d.time_followers or a.startswith("ke-"):
            span = ctx.text[tok.start : nxt.end]
            return Hit("ID_PADA_WAKTU", tok.start, nxt.end, (f"pada {nxt.text}",),
                       {"wrong": span, "right": f"pada {nxt.text}"})
        return None
    if low == "antara" and tok.text == "antara":
        return _antara(ctx, i)
    if low == "baik" and tok.text == "baik" and nlow != "ataupun":
        return _baik(ctx, i)
    if low == "jam" and adjacent:
        m = _CLOCK_AFTER.match(ctx.masked, tok.end)
        if m is None:
            return None
        if i > 0 and toks[i - 1].lower in ("berapa", "per"):
            return None
        if i > 0 and toks[i - 1].text[:1].isdigit() and not re.match(r" \d{1,2}[.:]\d\d",
                                                                     ctx.masked[tok.end :]):
            return None  # "2 jam 30 menit": a duration
        return Hit("ID_JAM_PUKUL", tok.start, tok.end, (keep_case(tok.text, "pukul"),),
                   {"wrong": tok.text})
    return None


def _baik(ctx: Ctx, i: int) -> Hit | None:
    """baik X ataupun Y → baik X maupun Y (the pair is baik … maupun)."""
    toks = ctx.tokens
    for j in range(i + 2, min(len(toks), i + 5)):
        if not ctx.adjacent(toks[j - 1], toks[j]):
            return None
        if toks[j].lower == "maupun":
            return None
        if toks[j].lower == "ataupun" and j + 1 < len(toks):
            return Hit("ID_BAIK_MAUPUN", toks[j].start, toks[j].end, ("maupun",),
                       {"wrong": toks[j].text})
    return None


#: a range of figures: 25-34, 25 – 34, 25 hingga 34, 25 sampai 34
_RANGE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:[-–]|hingga\b|sampai\b)\s*\d")


def _antara(ctx: Ctx, i: int) -> Hit | None:
    toks = ctx.tokens
    if i > 0 and toks[i - 1].lower in ("di", "ke", "dari"):
        return None  # "di antara mereka dengan …": among, not between
    if i + 1 < len(toks) and toks[i + 1].lower in ("lain", "kedua", "keduanya"):
        return None
    if i + 1 < len(toks) and _RANGE.match(ctx.masked, toks[i + 1].start):
        return None  # "berkisar antara 25-34 derajat dengan kelembapan …": a range, then with
    for j in range(i + 2, min(len(toks), i + 5)):
        if not ctx.adjacent(toks[j - 1], toks[j]):
            return None
        w = toks[j].lower
        if w in ("dan", "serta", "atau", "yang", "untuk", "pada", "di"):
            return None
        if w == "dengan":
            if j + 1 >= len(toks) or not ctx.adjacent(toks[j], toks[j + 1]):
                return None
            return Hit("ID_ANTARA_DAN", toks[j].start, toks[j].end, ("dan",),
                       {"wrong": toks[j].text})
    return None
