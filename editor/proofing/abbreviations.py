"""Abbreviations a text defines for itself: "rekayasa lalu lintas (lalin)".

Indonesian news coins an abbreviation of syllables for a phrase and gives it in parentheses
the first time ("koordinasi dan supervisi (korsup)", "hunian sementara (huntara)"); no
dictionary lists most of them, and the spelling rule took them for slips of a neighbour
(lalin -> lain, korsup -> korup). The text itself says what they are: the letters of the
abbreviation stand in order in the two to four words just before the parenthesis, the first
letter opening the first of them, and the last word gives at least one. A typo in
parentheses rarely passes: one word before it is never enough.

The other order is as common: the abbreviation first, its phrase in parentheses after it
("memadukan imtak (iman dan takwa)", "gudang barang bukti handak (bahan peledak)"). The same
test applies to the two to four words of the parenthesis; or, for abbreviations of four
letters or more, the syllable form (handak: ba*han* pele*dak*): the letters in order, each
word of the phrase but a conjunction giving some.
"""

from __future__ import annotations

import re

#: a lowercase word of 3-10 letters alone in parentheses
_DEFINED = re.compile(r"\(([a-z]{3,10})\)")
_WORD = re.compile(r"[a-z]+")
#: a lowercase word of 3-10 letters right before a parenthesis of 2-4 lowercase words
_EXPLAINED = re.compile(r"(?<![\w-])([a-z]{3,10}) \(([a-z]+(?: [a-z]+){1,3})\)")
#: the phrase an abbreviation stands for: this many words before the parenthesis at most
MAX_PHRASE_WORDS = 4
#: how far back to look for them (characters)
_LOOK_BACK = 80


def _abbreviates(abbr: str, words: list[str]) -> bool:
    """``abbr``'s letters, in order, in ``words`` (2+ of them) from the first word's first
    letter on, the last word giving at least one."""
    for k in range(max(0, len(words) - MAX_PHRASE_WORDS), len(words) - 1):
        phrase = words[k:]
        if phrase[0][:1] != abbr[0]:
            continue
        j = 0
        for w, word in enumerate(phrase):
            before = j
            for ch in word:
                if j < len(abbr) and ch == abbr[j]:
                    j += 1
            if j == len(abbr):
                if w == len(phrase) - 1 and j > before:
                    return True
                break
    return False


#: words an abbreviation of syllables skips (iman dan takwa: imtak)
_SKIPPED = frozenset({"dan", "atau", "dengan", "untuk", "di", "ke", "dari", "yang"})
MIN_SYLLABLE_FORM = 4


def _spelt_from(abbr: str, words: list[str]) -> bool:
    """``abbr``'s letters, in order, taken from ``words``, every word but a conjunction or
    preposition giving at least one and the last one ending it (bahan peledak: handak)."""
    j = 0
    for w, word in enumerate(words):
        before = j
        for ch in word:
            if j < len(abbr) and ch == abbr[j]:
                j += 1
        if j == before and word not in _SKIPPED:
            return False
        if j == len(abbr):
            return w == len(words) - 1 and j > before
    return False


def defined_abbreviations(text: str) -> frozenset[str]:
    """The abbreviations ``text`` defines in parentheses right after their phrase, or explains
    by a phrase in parentheses right after them."""
    if "(" not in text:
        return frozenset()
    found = set()
    for m in _EXPLAINED.finditer(text):
        words = m.group(2).split(" ")
        abbr = m.group(1)
        if (words[0][:1] == abbr[0] and _abbreviates(abbr, words)) or (
                len(abbr) >= MIN_SYLLABLE_FORM and _spelt_from(abbr, words)):
            found.add(abbr)
    for m in _DEFINED.finditer(text):
        head = text[max(0, m.start() - _LOOK_BACK) : m.start()].lower()
        head = head[head.rfind("\n") + 1 :]
        if _abbreviates(m.group(1), _WORD.findall(head)):
            found.add(m.group(1))
    return frozenset(found)
