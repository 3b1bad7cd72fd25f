"""Sentence punctuation editors fix most (PUEBI/EYD V bab III: tanda titik, koma, petik).

Each check is a cheap pattern on the masked sentence (code, URLs and Markdown are already
hidden), gated by the words it needs, because these run on every sentence of every article:

* ID_KOMA_KONJUNGSI — a comma after a connector that opens a sentence (Selain itu, …);
* ID_KOMA_ANAK_KALIMAT — no comma before a subordinate clause that follows its main clause
  (… pulang karena …), house switch ``comma_before_subordinate``;
* ID_KOMA_SUBJEK — no comma between a subject and its passive predicate (Hal itu, diungkapkan);
* ID_PETIK_KOMA — closing quote, then a space, then the attribution (,"kata → ," kata);
* ID_KOMA_PETIKAN — the comma that ends a quotation before its attribution is missing
  (…sudah siap" kata Budi → …sudah siap," kata Budi);
* ID_TITIK_SINGKATAN — Dr. / Prof. / No. before a name or number, house switch ``title_period``;
* ID_KOMA_PERINCIAN — no comma after the word that introduces a list or an explanation
  (… tiga tersangka yakni, A, B → yakni A, B);
* ID_RENTANG_TAHUN — a range of years takes a dash without spaces (2015 - 2020 → 2015–2020).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.ruledata import load_yaml_data, read_list
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.speech import in_direct_speech, last_quote_before

_SPEECH_VERBS = frozenset(
    "kata katanya ujar ujarnya ucap ucapnya tutur tuturnya jelas jelasnya ungkap ungkapnya "
    "tegas tegasnya imbuh imbuhnya tambah tambahnya terang terangnya sebut sebutnya papar "
    "paparnya lanjut lanjutnya pungkas pungkasnya beber bebernya tandas tandasnya kilah "
    "kilahnya sambung sambungnya tukas tukasnya seru serunya tanya tanyanya harap harapnya "
    "pinta pintanya aku akunya timpal timpalnya urai urainya".split()
)


@lru_cache(maxsize=1)
def _connectors() -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """First word -> connector word sequences (longest first)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in read_list("connectors.txt"):
        words = tuple(line.lower().split())
        by_first.setdefault(words[0], []).append(words)
    for seqs in by_first.values():
        seqs.sort(key=len, reverse=True)
    return by_first, frozenset(by_first)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(read_list("titles.txt"))


# "itu" after these connectors is a pronoun subject, not part of the connector:
# "Karena itu adalah hak mereka" has no comma.
_PRONOUN_ITU_NEXT = frozenset(
    "adalah merupakan ialah menjadi sudah telah bukan tidak sangat terjadi yang pun pula "
    "juga".split()
)
_ITU_AMBIGUOUS = frozenset({("karena", "itu"), ("sebab", "itu"), ("untuk", "itu")})


def connector_comma(ctx: Ctx) -> Iterator[Hit]:
    """Selain itu dia … → Selain itu, dia … (PUEBI III.B.5)."""
    toks = ctx.tokens
    if len(toks) < 3 or not ctx.is_first(0):
        return
    by_first, firsts = _connectors()
    first = toks[0].lower
    if first not in firsts:
        return
    if ctx.masked[ctx.sentence.end - 1 : ctx.sentence.end] not in (".", "!", "?", '"', "”"):
        return  # a headline or a list line, not a sentence of running text
    for seq in by_first[first]:
        n = len(seq)
        if len(toks) <= n or tuple(t.lower for t in toks[:n]) != seq:
            continue
        if not all(ctx.adjacent(toks[k], toks[k + 1]) for k in range(n)):
            return  # a comma (or anything) already follows somewhere in the connector
        nxt = toks[n]
        if seq in _ITU_AMBIGUOUS and nxt.lower in _PRONOUN_ITU_NEXT:
            return
        if n == 1 and not nxt.text[:1].isalpha():
            return
        if len(toks) > n + 1 and ctx.masked[nxt.end : nxt.end + 1] == "," and nxt.text.islower():
            return  # "Sebagai informasi sebelumnya, …": the comma closes the longer phrase
        last = toks[n - 1]
        span = ctx.text[toks[0].start : last.end]
        yield Hit("ID_KOMA_KONJUNGSI", toks[0].start, last.end, (span + ",",),
                  {"wrong": span})
        return


# Subordinating conjunctions whose clause, when it follows the main clause, takes no comma
# (PUEBI III.B.4, catatan: "Saya akan datang kalau ada undangan.").
_SUBORDINATORS = frozenset({"karena", "jika", "kalau", "apabila", "agar", "supaya", "bila"})
# (a gate: it opens with the comma, so the regex engine jumps from comma to comma)
_SUBORDINATE_GATE = re.compile(r", (?<=\w, )(?:karena|jika|kalau|apabila|agar|supaya|bila)\b")
# Words before ", karena" after which the comma belongs to something else (a parenthesis, a
# connector, an attribution): "Namun, karena", "bukan karena", "kata dia, karena".
_NOT_MAIN_CLAUSE_END = frozenset(
    "namun tetapi tapi dan atau serta yakni yaitu terutama apalagi bukan hanya justru bahkan "
    "mungkin misalnya seperti sebab itu ini tersebut lain khususnya utamanya sedangkan "
    "sementara pertama kedua ketiga kemudian lalu nah nya ya dong kok sih".split()
)


# An opening quote and a sentence connector with its comma ("Namun, …", "Sebagai informasi, …")
# do not make the comma before "karena" close a fronted clause.
_LEAD = re.compile(
    r"^[\"“‘']?(?:(?:namun|tetapi|bahkan|kemudian|selanjutnya|padahal|apalagi|lalu|jadi|"
    r"akhirnya|sebelumnya|karenanya|selain itu|sementara itu|sebagai informasi|untuk itu|"
    r"oleh karena itu|dengan demikian|meski demikian|meskipun demikian|namun demikian|"
    r"seperti diketahui|untuk diketahui|di samping itu|akan tetapi|kini|saat ini), )?",
    re.IGNORECASE,
)


def subordinate_comma(ctx: Ctx) -> Iterator[Hit]:
    """Ia pulang, karena sakit → Ia pulang karena sakit (PUEBI III.B.4)."""
    toks = ctx.tokens
    masked = ctx.masked
    if not _SUBORDINATE_GATE.search(masked, ctx.sentence.start, ctx.sentence.end):
        return
    for i in range(3, len(toks) - 2):
        tok = toks[i]
        if tok.lower not in _SUBORDINATORS or tok.text[:1].isupper():
            continue
        prev = toks[i - 1]
        if masked[prev.end : tok.start] != ", " or prev.lower in _NOT_MAIN_CLAUSE_END:
            continue
        if not prev.text.isalpha():
            continue
        head = _LEAD.sub("", masked[ctx.sentence.start : prev.end], count=1)
        if "," in head or '"' in head or "“" in head or "(" in head:
            continue  # the comma may close a fronted clause or a parenthesis
        if any(t.lower in _SPEECH_VERBS for t in toks[max(0, i - 3) : i]):
            continue
        if any(t.lower in _introducers() for t in toks[:i]):
            continue  # "mengimbau, apabila …": the comma introduces reported content
        if tok.lower == "karena" and toks[i + 1].lower in ("itu", "itulah", "inilah"):
            continue  # "…, karena itu(lah) kami …": the connector "therefore"
        rest = masked[tok.end : ctx.sentence.end]
        if tok.lower != "karena" and ("," in rest or " maka " in rest):
            continue  # "…, jika X, Y" / "…, kalau X maka Y": a condition for what follows
        if toks[0].lower in _SUBORDINATORS | {"meskipun", "meski", "walaupun", "walau", "setelah",
                                               "sebelum", "ketika", "saat", "selama", "sejak"}:
            continue  # "Jika X, karena Y": the comma ends the fronted clause
        yield Hit("ID_KOMA_ANAK_KALIMAT", prev.end, tok.start, (" ",), {"wrong": tok.text})


@lru_cache(maxsize=1)
def _introducers() -> frozenset[str]:
    """Verbs of saying and asking after which a comma introduces what was said."""

    raw = load_yaml_data("word_choice.yaml")
    return frozenset(str(w).lower() for w in raw["reporting_verbs"]) | frozenset(
        "mengimbau meminta berharap mengharapkan menekankan mengingatkan berpesan "
        "mengajak menyarankan mengusulkan menyebut beranggapan menduga".split()
    )


# Sentence openers after which "Kata ini, di…" is a fronted adverbial, not a subject.
_ADVERBIAL_HEADS = frozenset(
    "saat selain kali ketika setelah sebelum sementara untuk karena dengan meski meskipun usai "
    "sejak akibat oleh dalam pada di dari waktu sesudah hari tahun bulan minggu pekan malam "
    "pagi siang sore kemudian namun bahkan sebab selama seperti sedangkan berkat lewat melalui "
    "menurut atas terkait soal sampai hingga kala begitu demikian jika kalau bila apabila "
    "sebagai bagi tanpa walau walaupun tak tidak".split()
)
_APPOSITION_CLOSED = re.compile(r", (?:adalah|merupakan|ialah|menjadi|yang|kini|telah|sudah)\b")
_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
_NOT_PASSIVE = frozenset({"dia", "diri", "dirinya", "dinas", "dini", "dian", "dimana", "dikit"})


def subject_comma(ctx: Ctx) -> Iterator[Hit]:
    """Hal itu, diungkapkan oleh … → Hal itu diungkapkan oleh … (PUEBI III.B, no comma
    between subject and predicate)."""
    toks = ctx.tokens
    if len(toks) < 4 or not ctx.is_first(0):
        return
    for k in (1, 2):
        dem = toks[k]
        if dem.lower not in _DEMONSTRATIVES or k + 1 >= len(toks):
            continue
        if ctx.masked[dem.end : toks[k + 1].start] != ", ":
            continue
        if not all(ctx.adjacent(toks[j], toks[j + 1]) for j in range(k)):
            return
        head = toks[0].lower
        if head in _ADVERBIAL_HEADS or head in _connectors()[1] or head.startswith(("me", "ber")):
            return  # "Mengenai hal ini, …", "Selain itu, …": a fronted adverbial
        if any(t.inner_upper or not t.text.isalpha() for t in toks[: k + 1]):
            return
        if k == 2 and toks[1].text[:1].isupper():
            return  # "Pemkab Bogor itu, ..." is fine; names are left alone
        verb = toks[k + 1]
        low = verb.lower
        if not verb.text.islower():
            return  # "Hal itu, Direktur …": a name or title follows
        if not (low.startswith("di") and len(low) > 5 and low not in _NOT_PASSIVE):
            return
        if low.startswith("di") and not ctx.known(low):
            return
        if _APPOSITION_CLOSED.search(ctx.masked, verb.end, ctx.sentence.end):
            return  # "Kelas ini, dinamai Tipe 003, adalah …": a clause in commas
        yield Hit("ID_KOMA_SUBJEK", dem.end, verb.start, (" ",), {"wrong": dem.text})
        return


# ,"kata  .”ujar  ?"tanya — closing quote glued to the attribution that follows.
# (the leading lookahead names the possible first characters: the same matches, found faster)
_QUOTE_ATTRIBUTION = re.compile(r"(?=[,.!?\"”])(?<=[\w.!?,…])([,.!?]?)([\"”])([a-z]+)")


def quote_comma(ctx: Ctx) -> Iterator[Hit]:
    """…sudah siap,"kata Budi → …sudah siap," kata Budi (PUEBI III.J: petik and attribution)."""
    s = ctx.sentence
    m_text = ctx.masked
    if '"' not in m_text[s.start : s.end] and "”" not in m_text[s.start : s.end]:
        return
    for m in _QUOTE_ATTRIBUTION.finditer(m_text, s.start, s.end):
        word = m.group(3)
        if word not in _SPEECH_VERBS:
            continue
        quote = m.group(2)
        if m_text[m.end(3) : m.end(3) + 1] in ('"', "”", "’", "'"):
            continue  # disebut,"kata": a quoted word, the quote opens
        punct = m.group(1) or ","
        if punct == ".":
            punct = ","
        yield Hit("ID_PETIK_KOMA", m.start(), m.start(3),
                  (f"{punct}{quote} ",), {"wrong": m.group(0)})


# siap" kata / siap” ujar: a word, the closing quote glued to it, a space and a verb of
# saying. (A space before the quote is left alone: in archived copy it is where a link's
# text was dropped.) The lookahead names the quote characters: the scan jumps to them.
_QUOTE_NO_COMMA = re.compile(r"(?=[\"”])(?<=[^\W_])([\"”]) ([a-z]+)\b")
_WORD_BEFORE = re.compile(r"[^\W_]+$")
#: words a quotation holds at least, so that a quoted term ("kampung tua" kata warga) is
#: not taken for a quotation
_QUOTATION_WORDS = 4


def quotation_comma(ctx: Ctx) -> Iterator[Hit]:
    """"Kami sudah siap" kata Budi → "Kami sudah siap," kata Budi (PUEBI III.B.10: a comma
    separates a direct quotation from the rest of the sentence, inside the quote)."""
    s = ctx.sentence
    m_text = ctx.masked
    for m in _QUOTE_NO_COMMA.finditer(m_text, s.start, s.end):
        if m.group(2) not in _SPEECH_VERBS:
            continue
        quote_at = m.start(1)
        if not in_direct_speech(ctx, quote_at):
            continue  # this quote opens (or no quotation is open): not its end
        opening = last_quote_before(ctx, quote_at)
        if opening < 0 or len(m_text[opening:quote_at].split()) < _QUOTATION_WORDS:
            continue
        word = _WORD_BEFORE.search(m_text, max(opening, quote_at - 60), quote_at)
        if word is None:
            continue
        quote = m.group(1)
        wrong = ctx.text[word.start() : m.end(1)]
        yield Hit("ID_KOMA_PETIKAN", word.start(), m.end(1), (f"{wrong[:-1]},{quote}",),
                  {"wrong": wrong})


_TITLE = re.compile(
    r"(?=[PDdIHSBN])(?<![\w.])(Prof|Dr|dr|Drs|Dra|Ir|Hj|Sdr|Sdri|Bpk|No)(?= (?:[A-Z][a-z]|\d))")


#: _TITLE needs one of these in the sentence (each title, with the space after it).
_TITLE_GATE = ("Prof ", "Dr", "dr ", "Ir ", "Hj ", "Sdr", "Bpk ", "No ")


def title_period(ctx: Ctx) -> Iterator[Hit]:
    """Dr Ani → Dr. Ani; No 5 → No. 5 (PUEBI III.A.3)."""
    s = ctx.sentence
    m_text = ctx.masked
    titles = _titles()
    for m in _TITLE.finditer(m_text, s.start, s.end):
        t = m.group(1)
        if t != "No" and t not in titles:
            continue
        if ctx.text[m.start() : m.end()] != t:
            continue
        nxt = m_text[m.end() + 1 : m.end() + 2]
        if t == "No" and not nxt.isdigit():
            continue
        if t != "No" and nxt.isdigit():
            continue
        if in_caps_run(m_text, m.start()):
            continue
        yield Hit("ID_TITIK_SINGKATAN", m.start(), m.end(), (t + ".",), {"wrong": t})


# "yakni, Jalan DI Panjaitan, …": the comma after the introducer; the word before it, lower
# case (a sentence opening "Yakni, …" is left alone), and a word, figure, quote or
# parenthesis after it (not a gap that the archive left where a link was: "yakni , ,").
# An ordinal set off by commas ("antara lain, pertama, …") is a parenthesis: left alone.
_LIST_INTRODUCER = re.compile(r"(?<![\w-])(yakni|yaitu|antara lain|meliputi),"
                              r"(?= [\w\"“(])(?! (?:pertama|kesatu|satu|1)\b)")


def list_introducer_comma(ctx: Ctx) -> Iterator[Hit]:
    """… tiga tersangka yakni, A, B → … yakni A, B: the introducer of a list or an
    explanation is not followed by a comma (the comma goes before it, PUEBI III.B)."""
    s = ctx.sentence
    for m in _LIST_INTRODUCER.finditer(ctx.masked, s.start, s.end):
        if ctx.text[m.start() : m.end(1)] != m.group(1):
            continue  # masked text differs (code, a link): not prose
        yield Hit("ID_KOMA_PERINCIAN", m.start(), m.end(), (m.group(1),),
                  {"wrong": m.group(0)})


# 2015 - 2020: two years, the later one second, with spaces around a hyphen or dash
_YEAR_RANGE = re.compile(r"(?<![\w.,/-])((?:19|20)\d\d) [-–] ((?:19|20)\d\d)(?![\w.,/-]\d)")


def year_range(ctx: Ctx) -> Iterator[Hit]:
    """periode 2015 - 2020 → 2015–2020 (PUEBI III.F: the dash for "sampai dengan", written
    without spaces between numbers)."""
    s = ctx.sentence
    for m in _YEAR_RANGE.finditer(ctx.masked, s.start, s.end):
        if int(m.group(2)) <= int(m.group(1)):
            continue  # "2019 - 2018": no range (a score, a list)
        yield Hit("ID_RENTANG_TAHUN", m.start(), m.end(),
                  (f"{m.group(1)}\u2013{m.group(2)}", f"{m.group(1)}-{m.group(2)}"),
                  {"wrong": m.group(0)})


def in_caps_run(text: str, i: int) -> bool:
    """The word at ``i`` is part of an ALL-CAPS stretch (a shouted headline)."""
    window = text[max(0, i - 20) : i + 25]
    letters = [c for c in window if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_FRONTED = frozenset(
    "jika apabila bila kalau meskipun meski walaupun walau ketika setelah saat karena sebelum "
    "sejak agar supaya usai seusai sesudah selama".split()
)
_SUBJECT_PRONOUNS = frozenset({"ia", "dia", "mereka", "kami", "kita", "saya", "aku",
                               "pihaknya"})
# Before these a pronoun is an object or a complement, not the subject of the main clause.
_NOT_BEFORE_SUBJECT = frozenset(
    "dengan kepada pada untuk oleh dari bagi soal tentang terhadap seperti bahwa kalau jika "
    "karena dan atau yang apakah agar supaya ke di antara bersama tanpa sama melawan "
    "lawan namun tetapi tapi".split()
) | _SUBJECT_PRONOUNS
_ADVERB_BEFORE_SUBJECT = frozenset(
    "maka kemudian jadi sehingga hanya berarti lalu pun juga pula selalu tetapi namun bahkan "
    "akhirnya baru langsung tentu pasti sebab karena".split()
)
# After "dia/mereka/kami …" these show a subject with its predicate, not a possessive.
_AFTER_SUBJECT = frozenset(
    "tidak tak sudah belum akan sedang telah masih bisa dapat harus mau ingin sempat langsung "
    "pun segera lalu kemudian juga hanya mungkin pasti tentu lantas".split()
)
_NOT_AFTER_SUBJECT = frozenset({"yang", "dan", "atau", "sendiri", "itu", "ini", "tersebut",
                                "serta"})


_AUXILIARIES = frozenset(
    "tidak tak sudah belum akan sedang telah masih bisa dapat harus mau ingin sempat".split()
)


def _predicate_like(ctx: Ctx, tok) -> bool:  # noqa: ANN001
    """A verb or an auxiliary: the fronted words form a clause with its own predicate."""
    low = tok.lower
    if low in _AUXILIARIES:
        return True
    return low.startswith(("me", "di", "ber", "ter")) and len(low) > 4 and ctx.known(low)


def fronted_clause_comma(ctx: Ctx) -> Iterator[Hit]:
    """Ketika ditanya wartawan dia … → Ketika ditanya wartawan, dia … (PUEBI III.B.4)."""
    toks = ctx.tokens
    if len(toks) < 6 or not ctx.is_first(0) or toks[0].lower not in _FRONTED:
        return
    s = ctx.sentence
    if ctx.masked[s.end - 1 : s.end] not in (".", "!", "?"):
        return
    if not ctx.adjacent(toks[0], toks[1]):
        return  # "Meskipun, diakui …": the word stands apart, it opens no clause
    for j in range(3, min(len(toks) - 1, 14)):
        prev, tok, nxt = toks[j - 1], toks[j], toks[j + 1]
        if not ctx.adjacent(toks[j - 2], prev) or not ctx.adjacent(prev, tok):
            return  # punctuation before the subject: the writer has marked the clause
        if tok.lower not in _SUBJECT_PRONOUNS or not tok.text.islower():
            continue
        p = prev.lower
        if p in _NOT_BEFORE_SUBJECT or p.startswith(("me", "di")) or not prev.text.isalpha():
            return
        if p in _FRONTED:
            return  # "Selama aku … orang lain selama aku …": a second clause opens here
        if p.endswith(("kan", "lah")):
            return  # "… izinkan saya …": a verb whose object is the pronoun
        if nxt.lower in _NOT_AFTER_SUBJECT or not nxt.text.isalpha() or not nxt.text.islower():
            return
        if p in _ADVERB_BEFORE_SUBJECT:
            return  # "…, maka dia …", "… kemudian ia …": the comma belongs before these
        if tok.lower not in ("ia", "pihaknya") and nxt.lower not in _AFTER_SUBJECT:
            continue  # "wajah saya", "keluarga kami": after a noun most pronouns are possessive
        if not any(_predicate_like(ctx, t) for t in toks[1 : j - 1]):
            return  # "Sejak awal ia …": a fronted phrase, not a clause; its comma is optional
        yield Hit("ID_KOMA_KLAUSA_DEPAN", prev.start, tok.start, (prev.text + ", ",),
                  {"wrong": prev.text})
        return


def punctuation(ctx: Ctx) -> list[Hit]:
    """All checks of this module; cheap gates first, since most sentences need none."""
    toks = ctx.tokens
    if not toks:
        return []
    s = ctx.sentence
    seg = ctx.masked[s.start : s.end]
    first = toks[0].lower
    out: list[Hit] = []
    if first in _FRONTED:
        out.extend(fronted_clause_comma(ctx))
    if first in _connectors()[1]:
        out.extend(connector_comma(ctx))
    if ", " in seg:
        out.extend(subordinate_comma(ctx))
        if len(toks) > 3 and (toks[1].lower in _DEMONSTRATIVES or toks[2].lower in _DEMONSTRATIVES):
            out.extend(subject_comma(ctx))
    if '"' in seg or "”" in seg:
        out.extend(quote_comma(ctx))
        out.extend(quotation_comma(ctx))
    if any(t in seg for t in _TITLE_GATE):
        out.extend(title_period(ctx))
    if ", " in seg and any(w in seg for w in _INTRODUCER_GATE):
        out.extend(list_introducer_comma(ctx))
    if " - " in seg or " \u2013 " in seg:
        out.extend(year_range(ctx))
    return out


#: list_introducer_comma needs one of these in the sentence
_INTRODUCER_GATE = ("yakni,", "yaitu,", "lain,", "meliputi,")
