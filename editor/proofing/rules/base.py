"""What every rule sees (a sentence in context) and what it returns (hits)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from editor.proofing.lexicon import Lexicon
from editor.proofing.spelling.counts import EMPTY, LanguageCounts
from editor.proofing.text import MARK, OPAQUE, Sentence, Token


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule match before it becomes an :class:`~editor.proofing.api.Issue`."""

    rule_id: str
    start: int
    end: int
    replacements: tuple[str, ...] = ()
    fmt: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Ctx:
    """One sentence with everything a rule may need."""

    text: str
    masked: str
    sentence: Sentence
    lex: Lexicon
    user_words: frozenset[str]
    names: frozenset[str]
    ignored: frozenset[str]
    #: words written capitalised mid-sentence somewhere in the checked text (names there)
    doc_names: frozenset[str] = frozenset()
    #: rule ids switched off (settings or house style): a rule may skip its work for them
    disabled: frozenset[str] = frozenset()
    #: archive word/bigram/name counts backed by wordfreq (ranking and known names)
    counts: LanguageCounts = EMPTY
    #: abbreviations the checked text defines in parentheses ("lalu lintas (lalin)")
    doc_abbreviations: frozenset[str] = frozenset()
    #: the whole text the checked one belongs to (the article around an edited paragraph),
    #: whose words rank spelling candidates (``DocWords``); None: the checked text itself
    context: str | None = None
    _lows: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def lows(self) -> frozenset[str]:
        """The lowercase forms of the sentence's tokens (built once, on first use): a rule
        that only acts on some trigger words tests them all in one set operation."""
        lows = self._lows
        if lows is None:
            lows = self._lows = frozenset([t.lower for t in self.sentence.tokens])
        return lows

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sentence.tokens

    def between(self, a: Token, b: Token) -> str:
        """Masked text between two tokens (their separator)."""
        return self.masked[a.end : b.start]

    def adjacent(self, a: Token, b: Token) -> bool:
        """Separated by exactly one plain space (no punctuation, markup or code between)."""
        return self.masked[a.end : b.start] == " "

    def known(self, word: str) -> bool:
        return self.lex.is_known(word.lower(), self.user_words)

    def is_first(self, i: int) -> bool:
        """Token ``i`` opens its sentence (only quotes/brackets/markup before it)."""
        if i != 0:
            return False
        lead = self.masked[self.sentence.start : self.tokens[0].start]
        return all(c in "\"'“‘([" + MARK for c in lead) and OPAQUE not in lead

    def is_name_like(self, tok: Token, i: int) -> bool:
        """Capitalised mid-sentence, ALL-CAPS, or a listed name: not a spelling error."""
        t = tok.text
        if t.lower() in self.names or t in self.names:
            return True
        if tok.inner_upper:
            return True  # ALL-CAPS, CamelCase, iPhone
        return t[:1].isupper() and not self.is_first(i)


def keep_case(model: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation pattern of ``model`` (Dirumah -> Di rumah)."""
    if len(model) > 1 and model.isupper():
        return replacement.upper()
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


Rule = Callable[[Ctx], Iterable[Hit]]
