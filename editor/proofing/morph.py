"""Indonesian morphophonemics needed by several rules (meN-/peN- nasal assimilation)."""

from __future__ import annotations

VOWELS = frozenset("aeiou")


def nasal_prefix(base: str, root: str) -> str:
    """Attach ``base`` ('me' or 'pe') + the right nasal to ``root`` (KBBI/PUEBI rules).

    k, p, s, t at the start of a root melt into the nasal (memengaruhi, menyukseskan,
    mengomunikasikan, menaati) unless they open a consonant cluster (mengkritik, memproduksi,
    menstabilkan, mentransfer). Monosyllabic roots take ``menge-`` (mengecat, mengebom).
    """
    if not root:
        return base
    c = root[0]
    cluster = len(root) > 1 and root[1] not in VOWELS
    if syllables(root) == 1:
        return base + "nge" + root
    if c in "lmnrwy":
        return base + root
    if c in "bfv":
        return base + "m" + root
    if c == "p":
        return base + "m" + (root if cluster else root[1:])
    if c in "dcjz":
        return base + "n" + root
    if c == "t":
        return base + "n" + (root if cluster else root[1:])
    if c == "s":
        if root.startswith("sy") or cluster:
            return base + "n" + root
        return base + "ny" + root[1:]
    if c == "k":
        if root.startswith("kh") or cluster:
            return base + "ng" + root
        return base + "ng" + root[1:]
    return base + "ng" + root  # vowels, g, h, q, x


def syllables(word: str) -> int:
    """Rough syllable count: every vowel, diphthongs ai/au/oi/ei counted once (taat = 2)."""
    count = 0
    prev = ""
    for ch in word:
        if ch in VOWELS:
            if prev + ch not in ("ai", "au", "oi", "ei"):
                count += 1
            prev = ch
        else:
            prev = ""
    return count
