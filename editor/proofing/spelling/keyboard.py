"""A typing error model: what a slip on a QWERTY keyboard costs (weighted Damerau–Levenshtein).

Why weights: plain edit distance treats ``oagi → lagi`` (o and l touch) the same as
``oagi → bagi``; typists hit neighbouring keys, double or drop a letter and swap two letters
far more often than they replace a letter at random, so those edits cost less. The
costs are in "edits": 1.0 is an arbitrary slip, below 1 a likely one.
"""

from __future__ import annotations

from functools import lru_cache

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiou")

NEIGHBOUR_SUB = 0.6
VOWEL_SUB = 0.8
OTHER_SUB = 1.0
DOUBLED_INSERT = 0.45   # diiisi: a key held or hit twice
NEIGHBOUR_INSERT = 0.7  # a neighbouring key caught with the intended one
OTHER_INSERT = 1.0
DOUBLE_DROP = 0.5       # angaran: one of a doubled letter left out
OTHER_DROP = 0.85
SWAP = 0.6
#: the cheapest edit: a word at edit distance d costs at least d times this
MIN_EDIT_COST = min(NEIGHBOUR_SUB, VOWEL_SUB, OTHER_SUB, DOUBLED_INSERT, NEIGHBOUR_INSERT,
                    OTHER_INSERT, DOUBLE_DROP, OTHER_DROP, SWAP)


def _positions() -> dict[str, tuple[int, float]]:
    pos: dict[str, tuple[int, float]] = {}
    for r, row in enumerate(_ROWS):
        for c, ch in enumerate(row):
            pos[ch] = (r, c + 0.5 * r)  # rows are staggered by about half a key
    return pos


_POS = _positions()


@lru_cache(maxsize=1024)
def neighbours(a: str, b: str) -> bool:
    """Whether keys ``a`` and ``b`` touch on a QWERTY keyboard."""
    pa, pb = _POS.get(a), _POS.get(b)
    if pa is None or pb is None or a == b:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


def _sub(a: str, b: str) -> float:
    if neighbours(a, b):
        return NEIGHBOUR_SUB
    if a in _VOWELS and b in _VOWELS:
        return VOWEL_SUB
    return OTHER_SUB


_SUB_CACHE: dict[tuple[str, str], float] = {}


def _sub_cost(a: str, b: str) -> float:
    key = (a, b)
    cost = _SUB_CACHE.get(key)
    if cost is None:
        cost = _sub(a, b)
        if len(_SUB_CACHE) < 100_000:  # letters pairs: a few thousand in practice
            _SUB_CACHE[key] = cost
    return cost


_SUB_ROWS: dict[str, dict[str, float]] = {}


def _sub_row(typed_char: str) -> dict[str, float]:
    """intended letter → cost of typing ``typed_char`` in its place (filled on demand: one
    dictionary look-up per cell of the table instead of a call)."""
    row = _SUB_ROWS.get(typed_char)
    if row is None:
        row = {} if len(_SUB_ROWS) > 10_000 else _SUB_ROWS.setdefault(typed_char, {})
    return row


def typing_cost(typed: str, intended: str) -> float:
    """Weighted optimal-string-alignment distance from ``intended`` to ``typed``.

    Both strings are short (candidate generation never sees words over 40 letters), so the
    quadratic table is a few hundred cells. Each candidate of every unknown word goes
    through it, so the insert and drop costs (which depend only on a position) are worked
    out once per string rather than once per cell, and substitution costs are memoised.
    """
    n, m = len(typed), len(intended)
    inserts = [_insert_cost(typed, k) for k in range(n)]
    drops = [_drop_cost(intended, k) for k in range(m)]
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + drops[j - 1]
    for i in range(1, n + 1):
        cur = [0.0] * (m + 1)
        ins_i = inserts[i - 1]
        cur[0] = prev[0] + ins_i
        ti = typed[i - 1]
        subs = _sub_row(ti)
        before = typed[i - 2] if i > 1 else ""
        for j in range(1, m + 1):
            ij = intended[j - 1]
            if ti == ij:
                best = prev[j - 1]
            else:
                sub = subs.get(ij)
                if sub is None:
                    sub = _sub_cost(ti, ij)
                    if len(subs) < 1000:
                        subs[ij] = sub
                best = prev[j - 1] + sub
            ins = prev[j] + ins_i
            if ins < best:
                best = ins
            drop = cur[j - 1] + drops[j - 1]
            if drop < best:
                best = drop
            if (i > 1 and j > 1 and ti == intended[j - 2] and before == ij
                    and ti != ij):
                swap = prev2[j - 2] + SWAP
                if swap < best:
                    best = swap
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


def _insert_cost(typed: str, k: int) -> float:
    """``typed[k]`` is an extra key."""
    ch = typed[k]
    if (k > 0 and typed[k - 1] == ch) or (k + 1 < len(typed) and typed[k + 1] == ch):
        return DOUBLED_INSERT
    if (k > 0 and neighbours(typed[k - 1], ch)) or (
            k + 1 < len(typed) and neighbours(typed[k + 1], ch)):
        return NEIGHBOUR_INSERT
    return OTHER_INSERT


def _drop_cost(intended: str, k: int) -> float:
    """``intended[k]`` was left out."""
    ch = intended[k]
    if (k > 0 and intended[k - 1] == ch) or (k + 1 < len(intended) and intended[k + 1] == ch):
        return DOUBLE_DROP
    return OTHER_DROP
