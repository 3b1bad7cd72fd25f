"""Correction candidates: SymSpell proposes, the typing model and the counts rank.

SymSpell (``symspellpy``) finds every vocabulary word within Damerau–Levenshtein distance 2
with a precomputed deletion index, in a fraction of a millisecond. Its vocabulary is the
words wordfreq knows for Indonesian that the lexicon also accepts and that are standard
(no kata-baku or meN- correction applies to them) — frequent is not standard, "resiko" is
frequent, so it is never proposed. The archive's own frequent words that pass the same gate
join it when archive counts are first used (:func:`learn_archive_vocabulary`; words are added,
never removed, for the life of the process). The index is built once per process, on first
need (about a second), from a worker thread in the editor.

Ranking is a noisy-channel score: log10 P(candidate | neighbours) − BETA × typing cost.
"""

from __future__ import annotations

import math
import re
import threading
from bisect import insort
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from editor.proofing.lexicon import Lexicon, shared_lexicon
from editor.proofing.spelling.counts import MAX_WORD, LanguageCounts, wordfreq_id
from editor.proofing.spelling.keyboard import MIN_EDIT_COST, typing_cost

#: log10-probability units one edit of typing cost is worth (tuned on the dev split of
#: benchmarks/spelling_typos.py; the held-out split is reported separately).
BETA = 3.2
MAX_DISTANCE = 2
#: the first places of a suggestion list go by the channel score (lp − BETA × cost); the
#: places after them by lp − BETA_REST × cost: a milder typing penalty lets a frequent word
#: two slips away in beside the rare words one slip away (dev among suggestions, isolated
#: 93.8 -> 94.2 %, in context 95.9 -> 96.1 %; the first five places unchanged)
STRICT_PLACES = 5
BETA_REST = 2.0
FAR_LIMIT = 40
#: weight of the checked text's own word shares in P(candidate) (see ``DocWords``)
DOC_WEIGHT = 0.2  # tuned on the dev split, in article (0.05: 91.5, 0.2: 91.9, 0.5: 91.7 %)
#: weight of the checked text's own word pairs in P(candidate | neighbour) (``DocWords``)
DOC_BIGRAM = 0.25
PREFIX_LENGTH = 6  # build 0.25 s, lookup ~0.5 ms (7: 0.4 s, 0.6 ms; 5: 0.16 s, 0.9 ms)
#: an archive word used this often joins the candidate vocabulary when the lexicon knows it
#: and it is standard (warganet, tuturnya: frequent in news, absent from wordfreq)
ARCHIVE_VOCABULARY = 10
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float       # typing cost (edits, weighted)
    score: float      # higher is better


def _is_standard(lex: Lexicon, word: str) -> bool:
    from editor.proofing.rules.grammar import kpst_correction
    from editor.proofing.rules.words import baku_map

    return baku_map().lookup(word) is None and kpst_correction(lex, word) is None


def _vocabulary() -> list[list]:
    lex = shared_lexicon()
    return [[word, max(1, int(f * 1e9))] for word, f in wordfreq_id().items()
            if 2 <= len(word) <= MAX_WORD and word.isalpha() and lex.is_known(word)
            and _is_standard(lex, word)]


def _vocabulary_key() -> list[str]:
    """Everything the vocabulary is derived from (a change rebuilds the cached list). The
    version counts the lexicon's own morphology: v2 knows compounds under a confix, v3 bound
    forms before affixed words, v4 roots with suffixes of learned vocabulary."""
    from editor.proofing.lexicon import _hunspell_dic_path
    from editor.proofing.spelling.cache import file_stamp, package_stamp
    from editor.resources import resource_path

    parts = ["v4", package_stamp("wordfreq"), package_stamp("Sastrawi")]
    dic = _hunspell_dic_path()
    parts.append(file_stamp(dic) if dic else "no-hunspell")
    for name in ("words_extra.txt", "baku.tsv", "kpst_exceptions.txt"):
        parts.append(file_stamp(resource_path("proofing", name)))
    return parts


def _damerau_levenshtein() -> Any:
    """symspellpy comparer: the unrestricted Damerau–Levenshtein distance (rapidfuzz, C++).

    Why not symspellpy's own optimal-string-alignment distance: OSA never edits inside a
    swapped pair, so a swap plus one more slip there (``aturan`` → ``atuagrn``: r/a swapped,
    then a g between them) is three edits to it and the word is never proposed, although
    it is two typing slips. SymSpell's deletion index already reaches such words; only the
    verification step threw them away."""
    from rapidfuzz.distance import DamerauLevenshtein
    from symspellpy.abstract_distance_comparer import AbstractDistanceComparer

    dl = DamerauLevenshtein.distance

    class Comparer(AbstractDistanceComparer):
        def distance(self, string_1: str | None, string_2: str | None,
                     max_distance: int) -> int:
            if string_1 is None or string_2 is None:
                return -1
            d = dl(string_1, string_2, score_cutoff=max_distance)
            return d if d <= max_distance else -1

    return Comparer()


def _new_index() -> Any:
    """An empty SymSpell index that verifies candidates with the true Damerau–Levenshtein
    distance in C++ (:class:`_DamerauLevenshtein`); symspellpy's Python OSA if rapidfuzz or
    the option is missing."""
    from symspellpy import SymSpell

    try:
        from symspellpy.editdistance import DistanceAlgorithm, EditDistance

        comparer = EditDistance(DistanceAlgorithm.USER_PROVIDED, _damerau_levenshtein())
        return SymSpell(max_dictionary_edit_distance=MAX_DISTANCE,
                        prefix_length=PREFIX_LENGTH, distance_comparer=comparer)
    except (ImportError, AttributeError, TypeError, ValueError):
        return SymSpell(max_dictionary_edit_distance=MAX_DISTANCE, prefix_length=PREFIX_LENGTH)


def _build_symspell() -> Any:
    from editor.proofing.spelling.cache import cached

    index = _new_index()
    for word, count in cached("symspell-vocabulary", _vocabulary_key(), _vocabulary):
        index.create_dictionary_entry(word, count)
    return index


def _load_symspell(path: Path) -> Any:
    if not path.exists():
        return None
    index = _new_index()
    # load_pickle refuses (False) an index built with other settings or data version.
    return index if index.load_pickle(path, compressed=False) else None


@lru_cache(maxsize=1)
def symspell() -> Any:
    """The process-wide SymSpell index over the standard, known, frequent vocabulary.

    Building the deletion index takes over a second — as long as the rest of a 600-article
    `redaksi check` — so the built index is kept in the user's cache folder (symspellpy's own
    pickle format, written by this program only) and loaded in a fraction of that. The key
    covers everything the vocabulary comes from plus symspellpy and the index settings, so
    any change rebuilds it; the index loaded equals a fresh build (tests/proofing/test_spelling_speedups.py).
    """
    from editor.proofing.spelling.cache import cached_file, package_stamp

    key = [*_vocabulary_key(), package_stamp("symspellpy"),
           f"d{MAX_DISTANCE}p{PREFIX_LENGTH}"]
    built: list[Any] = []

    def build() -> Any:
        built.append(_build_symspell())
        return built[0]

    return cached_file("symspell-index", key, ".pickle", _load_symspell,
                       lambda tmp: built[0].save_pickle(tmp, compressed=False), build)


_CACHE: dict[str, tuple[tuple[str, int], ...]] = {}
_CACHE1: dict[str, tuple[tuple[str, int], ...]] = {}
#: typed word → {candidate: typing cost}, filled as ``rank`` needs them
_COSTS: dict[str, dict[str, float]] = {}


def clear_caches() -> None:
    """Forget every candidate list and typing cost worked out so far."""
    with _LOCK:
        _CACHE.clear()
        _CACHE1.clear()
        _COSTS.clear()


def near_words(word: str, max_distance: int = MAX_DISTANCE) -> tuple[tuple[str, float], ...]:
    """Vocabulary words within distance 2 (or ``max_distance``) of lowercase ``word``, with
    their typing cost. Distance 1 is a few times cheaper: enough where only one slip counts
    (is a listed word a slip? see ``rules.typo``)."""
    return tuple((term, _cost(word, term, distance))
                 for term, distance in _near_terms(word, max_distance))


def _near_terms(word: str, max_distance: int) -> tuple[tuple[str, int], ...]:
    """(term, edit distance) of the candidates :func:`near_words` gives, without costs."""
    cache = _CACHE1 if max_distance == 1 else _CACHE
    hit = cache.get(word)
    if hit is not None:
        return hit
    if len(word) > MAX_WORD or len(word) < 2:
        return ()
    if max_distance == 1 and word in _CACHE:  # the distance-2 list holds these already
        return tuple(c for c in _CACHE[word] if c[1] <= 1)
    found = _lookup(symspell(), word, max_distance)
    # Every distance-1 word, and the most frequent distance-2 words only: a rare word two
    # edits away never outranks them, and each candidate costs a ranking computation.
    near = [s for s in found if s[1] <= 1]
    far = sorted((s for s in found if s[1] > 1), key=lambda s: -s[2])[:FAR_LIMIT]
    out = tuple((term, distance) for term, distance, _count in near + far)
    with _LOCK:
        if len(cache) > 100_000:
            cache.clear()
        cache[word] = out
    return out


def _cost(word: str, term: str, distance: int) -> float:
    """The typing cost of ``term`` typed as ``word`` (memoised per word).

    The typing model is an OSA alignment (a swap is never edited again); every slip costs
    at most 1.0 in it, so the plain edit count bounds the cost of a swap-plus-slip word."""
    costs = _COSTS.get(word)
    if costs is None:
        with _LOCK:
            if len(_COSTS) > 100_000:
                _COSTS.clear()
            costs = _COSTS.setdefault(word, {})
    cost = costs.get(term)
    if cost is None:
        cost = costs[term] = min(typing_cost(word, term), float(distance))
    return cost


def _lookup(index: Any, word: str, max_distance: int) -> list[tuple[str, int, int]]:
    """(term, distance, count) of every vocabulary word within ``max_distance`` of ``word``
    but itself, in symspellpy's order: :func:`lookup_all` where rapidfuzz verifies the
    distance (the index built by :func:`_new_index`), symspellpy's own lookup otherwise."""
    dl = _rapidfuzz_dl()
    if dl is not None and hasattr(index, "_deletes") and hasattr(index, "_words"):
        return lookup_all(index, word, max_distance, dl)
    from symspellpy import Verbosity

    return [(s.term, s.distance, s.count)
            for s in index.lookup(word, Verbosity.ALL, max_edit_distance=max_distance,
                                  transfer_casing=False) if s.term != word]


@lru_cache(maxsize=1)
def _rapidfuzz_dl() -> Any:
    try:
        from rapidfuzz.distance import DamerauLevenshtein
    except ImportError:
        return None
    return DamerauLevenshtein.distance


def lookup_all(index: Any, phrase: str, max_distance: int, dl: Any
               ) -> list[tuple[str, int, int]]:
    """Every vocabulary word within ``max_distance`` of ``phrase`` except itself, as
    (term, distance, count), in the order of symspellpy's ``lookup(..., Verbosity.ALL)``
    (distance ascending, then count descending; ties in discovery order).

    The same walk over the deletion index as symspellpy's, with the same filters and the
    same distance (``dl``: rapidfuzz's Damerau–Levenshtein, ``score_cutoff``); without
    the branches for the other verbosities, the SuggestItem objects and their
    Python-level ``__lt__`` in the sort, it takes about half the time."""
    words = index._words
    deletes = index._deletes
    prefix_length = index._prefix_length
    phrase_len = len(phrase)
    if phrase_len - max_distance > index._max_length or max_distance == 0:
        return []
    found: list[tuple[str, int, int]] = []
    considered_deletes: set[str] = set()
    considered = {phrase}
    phrase_prefix_len = min(phrase_len, prefix_length)
    candidates = [phrase[:phrase_prefix_len]]
    short_prefix = prefix_length - max_distance
    pointer = 0
    while pointer < len(candidates):
        candidate = candidates[pointer]
        pointer += 1
        candidate_len = len(candidate)
        len_diff = phrase_prefix_len - candidate_len
        bucket = deletes.get(candidate)
        if bucket:
            for suggestion in bucket:
                if suggestion in considered:
                    continue  # (phrase, or verified already: symspellpy skips it further on)
                suggestion_len = len(suggestion)
                if (suggestion_len - phrase_len > max_distance
                        or phrase_len - suggestion_len > max_distance
                        or suggestion_len < candidate_len
                        or (suggestion_len == candidate_len and suggestion != candidate)):
                    continue
                suggestion_prefix_len = (suggestion_len if suggestion_len < prefix_length
                                         else prefix_length)
                if (suggestion_prefix_len > phrase_prefix_len
                        and suggestion_prefix_len - candidate_len > max_distance):
                    continue
                if candidate_len == 0:
                    distance = max(phrase_len, suggestion_len)
                    if distance > max_distance or suggestion in considered:
                        continue
                elif suggestion_len == 1:
                    distance = phrase_len - 1  # symspellpy: str.index never returns < 0
                    if distance > max_distance or suggestion in considered:
                        continue
                else:
                    if short_prefix == candidate_len:
                        min_distance = min(phrase_len, suggestion_len) - prefix_length
                        if ((min_distance > 1
                             and phrase[phrase_len + 1 - min_distance:]
                             != suggestion[suggestion_len + 1 - min_distance:])
                                or (min_distance > 0
                                    and phrase[phrase_len - min_distance]
                                    != suggestion[suggestion_len - min_distance]
                                    and (phrase[phrase_len - min_distance - 1]
                                         != suggestion[suggestion_len - min_distance]
                                         or phrase[phrase_len - min_distance]
                                         != suggestion[suggestion_len - min_distance - 1]))):
                            continue
                    if suggestion in considered:
                        continue
                    considered.add(suggestion)
                    distance = dl(phrase, suggestion, score_cutoff=max_distance)
                    if distance > max_distance:
                        continue
                found.append((suggestion, distance, words[suggestion]))
        if len_diff < max_distance and candidate_len <= prefix_length:
            for i in range(candidate_len):
                delete = candidate[:i] + candidate[i + 1:]
                if delete not in considered_deletes:
                    considered_deletes.add(delete)
                    candidates.append(delete)
    found.sort(key=lambda s: (s[1], -s[2]))
    return found

def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one insert, drop, substitution or adjacent swap apart."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


def learn_archive_vocabulary(counts: LanguageCounts) -> int:
    """Add the archive's own frequent words to the SymSpell index (once per counts object;
    returns how many were added).

    The index is built from wordfreq's web text, which lacks words the newsroom writes every
    day (warganet, tuturnya, pungkasnya): a typo of one had no candidate at all. The words
    must still pass the same gate as wordfreq's (the lexicon knows them, no kata-baku or
    meN- correction applies), so a misspelling common in the archive is never proposed.
    Their SymSpell count is their blended probability on wordfreq's scale. The candidate
    caches are emptied, since earlier answers may lack the new words."""
    if not counts.words or counts.vocabulary_learnt:
        return 0
    index = symspell()
    with _LOCK:
        if counts.vocabulary_learnt:
            return 0
        lex = shared_lexicon()
        known = index.words
        added = 0
        for word, n in counts.words.items():
            if (n >= ARCHIVE_VOCABULARY and word not in known and 2 <= len(word) <= MAX_WORD
                    and word.isalpha() and lex.is_known(word) and _is_standard(lex, word)):
                index.create_dictionary_entry(word, max(1, int(counts.prob(word) * 1e9)))
                added += 1
        counts.vocabulary_learnt = True
        _CACHE.clear()
        _CACHE1.clear()
        _COSTS.clear()
    return added


class DocWords:
    """The words of the text being checked, as a cache language model: a word the writer
    has already used is more likely to be the one meant (``santwi, santri itu spesial``;
    an article about a museum writes museum, not mesum). P(cand | prev) becomes
    (1 − DOC_WEIGHT) × P(cand | prev) + DOC_WEIGHT × the word's share of the text — a large
    lift for a rare word the text uses, almost none for a common one. The text's word pairs
    lift a candidate the text writes beside the same neighbour (``lift_pair``)."""

    __slots__ = ("counts", "_total", "pairs")

    def __init__(self, text: str) -> None:
        low = text.lower()
        found = _DOC_WORD.findall(low)
        #: lowercase word → uses in the text
        self.counts: Counter[str] = Counter(found)
        self._total = max(1, len(found))
        #: "a b" → times the text writes b right after a (one space between)
        self.pairs: Counter[str] = Counter(map(" ".join, _DOC_PAIR.findall(low))) \
            if DOC_BIGRAM else Counter()

    def lift_pair(self, prev: str, word: str, lp: float) -> float:
        """log10 P(word | prev) ``lp`` lifted by ``DOC_BIGRAM`` × the share of ``prev``'s
        uses in the text that ``word`` follows: an article that writes *pihak ketiga* twice
        means it the third time too (the archive's bigrams may never have seen it)."""
        seen = self.pairs.get(f"{prev} {word}", 0)
        if not seen:
            return lp
        return math.log10(10.0 ** lp + DOC_BIGRAM * seen / max(1, self.counts.get(prev, 0)))

    def share(self, word: str, exclude: int = 0) -> float:
        """``word``'s share of the text's words, not counting ``exclude`` of its uses."""
        n = self.counts.get(word, 0) - exclude
        return n / self._total if n > 0 else 0.0

    def mix(self, word: str, lp: float, exclude: int = 0) -> float:
        """log10 P(word | context) ``lp`` mixed with ``word``'s share of the text."""
        share = self.share(word, exclude)
        if not share:
            return lp
        return math.log10((1.0 - DOC_WEIGHT) * 10.0 ** lp + DOC_WEIGHT * share)


_DOC_WORD = re.compile(r"[^\W\d_]+")
_DOC_PAIR = re.compile(r"(?<![^\W\d_])([^\W\d_]+) (?=([^\W\d_]+))")


def rank(word: str, counts: LanguageCounts, prev: str | None = None,
         nxt: str | None = None, limit: int = 5, max_distance: int = MAX_DISTANCE,
         doc: DocWords | None = None) -> list[Candidate]:
    """Candidates for lowercase ``word`` best first, in the context of its neighbours and,
    given ``doc``, of the words of the text it stands in (see :class:`DocWords`)."""
    if counts.words and not counts.vocabulary_learnt:
        learn_archive_vocabulary(counts)
    if nxt and counts.bigrams and nxt not in counts.words:
        # A next token the archive never counted (a figure, a rare name) has no bigram with
        # any candidate: P(next | cand) would be each candidate's back-off mass, noise.
        nxt = None
    next_lp = counts.log_prob(nxt) if nxt else 0.0  # the same for every candidate
    # The context term first (dictionary look-ups), then the typing cost — a dynamic
    # programme, most of the time of a lookup — only for candidates that can still reach
    # the places asked for (``_best``).
    doc_counts: Container[str] = doc.counts if doc is not None else ()
    per_edit = BETA * MIN_EDIT_COST
    bounded = []
    for cand, distance in _near_terms(word, max_distance):
        if prev:
            lp = counts.log_next(prev, cand)
        else:
            lp = counts.log_prob(cand)
        used = doc if doc is not None and cand in doc_counts else None  # the text uses it
        if used is not None:
            lp = used.mix(cand, lp)
            if prev and used.pairs:
                lp = used.lift_pair(prev, cand, lp)
        if nxt:
            lp_next = counts.log_next(cand, nxt)
            if used is not None and used.pairs:
                lp_next = used.lift_pair(cand, nxt, lp_next)
            lp += lp_next - next_lp
        bounded.append((per_edit * distance - lp, lp, cand, distance))
    first = _best(word, bounded, min(limit, STRICT_PLACES), BETA)
    if limit <= STRICT_PLACES or len(bounded) <= len(first):
        return first
    taken = {c.word for c in first}
    per_edit = BETA_REST * MIN_EDIT_COST
    rest = _best(word, [(per_edit * distance - lp, lp, cand, distance)
                        for _b, lp, cand, distance in bounded if cand not in taken],
                 limit - len(first), BETA_REST)
    # Every candidate keeps its channel score (lp − BETA × cost): _confident and the slip
    # test compare scores, not places.
    return first + [Candidate(c.word, c.cost, c.score + (BETA_REST - BETA) * c.cost)
                    for c in rest]


def _best(word: str, bounded: list[tuple[float, float, str, int]], limit: int,
          beta: float) -> list[Candidate]:
    """The ``limit`` best candidates by lp − ``beta`` × typing cost, best first (score:
    that value), of (−bound, lp = log10 P(cand | context), cand, distance) tuples.

    A cost is at least MIN_EDIT_COST per edit, so the bound lp − beta × MIN_EDIT_COST ×
    distance is at least a candidate's score: the typing cost is worked out only for
    candidates whose bound can still reach the first ``limit``. The result is the one
    scoring every candidate gives. (``bounded`` is sorted in place.)"""
    bounded.sort()
    # (−score, word, cost), kept sorted (C-level tuple comparisons, no key function)
    scored: list[tuple[float, str, float]] = []
    worst = math.inf  # −(the limit-th best exact score so far)
    for neg_bound, lp, cand, distance in bounded:
        if neg_bound - 1e-9 > worst:
            break
        cost = _cost(word, cand, distance)
        insort(scored, (beta * cost - lp, cand, cost))
        if len(scored) >= limit:
            del scored[limit:]
            worst = scored[-1][0]
    return [Candidate(cand, cost, -neg) for neg, cand, cost in scored]
