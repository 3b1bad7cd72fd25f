"""Abbreviations a text defines for itself: "rekayasa lalu lintas (lalin)".

Indonesian news coins an abbreviation of syllables for a phrase and gives it in parentheses
the first time ("koordinasi dan supervisi (korsup)", "hunian sementara (huntara)"); no
dictionary lists most of them, and the spelling rule took them for slips of a neighbour
(lalin -> lain, korsup -> korup). The text itself says what they are: the letters of the
abbreviation stand in order in the two to four words just before the parenthesis, the first
letter opening the first of them, and the last word gives at least one. A typo in
parentheses rarely passes: one word before it is never enough.
"""

from __future__ import annotations

import re

#: a lowercase word of 3-10 letters alone in parentheses
_DEFINED = re.compile(r"\(([a-z]{3,10})\)")
_WORD = re.compile(r"[a-z]+")
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


def defined_abbreviations(text: str) -> frozenset[str]:
    """The abbreviations ``text`` defines in parentheses right after their phrase."""
    if "(" not in text:
        return frozenset()
    found = set()
    for m in _DEFINED.finditer(text):
        head = text[max(0, m.start() - _LOOK_BACK) : m.start()].lower()
        head = head[head.rfind("\n") + 1 :]
        if _abbreviates(m.group(1), _WORD.findall(head)):
            found.add(m.group(1))
    return frozenset(found)
