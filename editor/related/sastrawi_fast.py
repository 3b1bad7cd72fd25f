"""PySastrawi's stemmer with its prefix-rule loop pruned: the same stems, several times faster.

For a word that is not in its dictionary, PySastrawi tries up to three rounds of its ~45
prefix rules (``PrefixDisambiguator`` visitors), each running one or more ``re.match`` calls
on the word, and a word whose stem is not found goes through several such rounds (prefix
first, suffix first, the ECS loop that restores suffixes). Nearly all of those matches fail
on the first two letters: a rule for ``meng-`` cannot match ``pengalungan``.

:class:`PrunedStemmer` is PySastrawi's own ``Stemmer`` whose ``Context`` skips, in that loop,
the rules none of whose patterns can match the current word's first two letters. A skipped
rule would have changed nothing, and the loop reads nothing else between rules (it checks the
dictionary, the stop flag and the removals, which a rule that changes nothing leaves as they
were), so the result is the same stem, only reached with fewer calls. The letters each rule
can start with are read from the rules' own regular expressions (``re``'s parser), not
written out here, so a PySastrawi upgrade cannot make them disagree silently: a rule whose
pattern cannot be read is never skipped. ``tests/related/test_sastrawi_fast.py`` compares
this stemmer with the plain one word by word.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from typing import Any

try:  # Python 3.11+: the parser's private module
    import re._constants as _sre_constants  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from Sastrawi.Stemmer.Context.Context import Context
from Sastrawi.Stemmer.Stemmer import Stemmer

#: A set of letters that stands for "any letter" (a pattern position not read exactly).
_ANY = None


def _position_sets(pattern: str) -> list[frozenset[str] | None]:
    """The characters each of the first two positions of a ``re.match`` of ``pattern`` can
    be (``None``: any, or not known); fewer than two entries when the pattern gives fewer
    fixed positions."""
    out: list[frozenset[str] | None] = []
    items = list(_sre_parse.parse(pattern))
    c = _sre_constants
    while items and len(out) < 2:
        op, av = items.pop(0)
        if op is c.AT and av is c.AT_BEGINNING:
            continue
        if op is c.SUBPATTERN:  # a group: its content takes the same positions
            items[0:0] = list(av[-1])
            continue
        if op is c.LITERAL:
            out.append(frozenset(chr(av)))
            continue
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE:
                    chars.update(chr(v) for v in range(value[0], value[1] + 1))
                else:  # negation, categories: not read exactly
                    chars = set()
                    break
            out.append(frozenset(chars) if chars else _ANY)
            if not chars:
                break
            continue
        break  # a repeat, a branch, anything else: the rest is not fixed
    return out


def _first_two(pattern_or_word: str, *, literal: bool) -> set[str] | None:
    """The two-letter starts a word must have for ``pattern_or_word`` to match (``literal``:
    compared with ``==``); ``None`` when not known (the rule is then never skipped)."""
    if literal:
        return {pattern_or_word[:2]} if len(pattern_or_word) >= 2 else None
    try:
        sets = _position_sets(pattern_or_word)
    except Exception:  # noqa: BLE001 - unreadable: never skip
        return None
    if len(sets) < 2 or sets[0] is None or sets[1] is None:
        return None
    return {a + b for a in sets[0] for b in sets[1]}


def _rule_starts(disambiguator: Any) -> set[str] | None:
    """The two-letter starts for which ``disambiguator.disambiguate`` can return anything.

    Read from its source: it must return nothing unless one of its ``re.match(PATTERN,
    word)`` calls matched or ``word`` equals one of the strings it is compared with. When the
    source holds anything else that could decide a return, ``None`` (never skipped)."""
    try:
        source = textwrap.dedent(inspect.getsource(type(disambiguator).disambiguate))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError):
        return None
    fn = tree.body[0]
    if not isinstance(fn, ast.FunctionDef):
        return None
    starts: set[str] = set()
    body = [s for s in fn.body if not (isinstance(s, ast.Expr)
                                       and isinstance(s.value, ast.Constant))]
    for statement in body:
        if isinstance(statement, ast.Assign):
            # matches = re.match(r'...', word)
            call = statement.value
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "match" and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "re" and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                    and len(call.args) == 2 and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == fn.args.args[1].arg):
                return None
            found = _first_two(call.args[0].value, literal=False)
        elif isinstance(statement, ast.If) and not statement.orelse:
            test = statement.test
            if isinstance(test, ast.Name):  # if matches: ... (the match above)
                continue
            # if word == 'belajar': return ...
            if not (isinstance(test, ast.Compare) and len(test.ops) == 1
                    and isinstance(test.ops[0], ast.Eq) and isinstance(test.left, ast.Name)
                    and test.left.id == fn.args.args[1].arg
                    and isinstance(test.comparators[0], ast.Constant)
                    and isinstance(test.comparators[0].value, str)):
                return None
            found = _first_two(test.comparators[0].value, literal=True)
        else:
            return None
        if found is None:
            return None
        starts |= found
    return starts


class PrunedStemmer(Stemmer):
    """PySastrawi's ``Stemmer`` (same dictionary, same rules, same stems) whose prefix loop
    skips the rules that cannot match the current word's first two letters."""

    def __init__(self, dictionary: Any) -> None:
        super().__init__(dictionary)
        prefix_visitors = self.visitor_provider.get_prefix_visitors()
        #: Per visitor: the two-letter starts it can act on, or None (always tried).
        starts: list[set[str] | None] = []
        for visitor in prefix_visitors:
            rules = getattr(visitor, "disambiguators", None)
            if not rules:  # RemovePlainPrefix and anything not made of rules
                starts.append(None)
                continue
            union: set[str] | None = set()
            for rule in rules:
                found = _rule_starts(rule)
                if found is None:
                    union = None
                    break
                assert union is not None
                union |= found
            starts.append(union)
        # The first visitor always runs: the loop's checks after it stand for the checks
        # after any skipped one (a skipped rule changes nothing).
        starts[0] = None
        self._prefix_visitors = prefix_visitors
        self._starts = starts
        self._by_start: dict[str, list[Any]] = {}
        # ArrayDictionary.contains is `word in self.words`: the dict's own method is the same
        # test without a Python call per lookup (PySastrawi asks a million times per 4,000
        # words).
        words = getattr(dictionary, "words", None)
        if isinstance(words, dict) and type(dictionary).contains.__qualname__ \
                == "ArrayDictionary.contains":
            dictionary.contains = words.__contains__

    def applicable(self, visitors: list[Any], word: str) -> list[Any]:
        """The prefix visitors of ``visitors`` that may act on ``word``, in their order."""
        if visitors is not self._prefix_visitors or len(word) < 2:
            return visitors
        key = word[:2]
        found = self._by_start.get(key)
        if found is None:
            found = [v for v, s in zip(visitors, self._starts, strict=True)
                     if s is None or key in s]
            self._by_start[key] = found
        return found

    def stem_singular_word(self, word: str) -> str:
        context = _PrunedContext(word, self.dictionary, self.visitor_provider)
        context.stemmer = self
        context.execute()
        return context.result


class _PrunedContext(Context):
    stemmer: PrunedStemmer

    def accept_prefix_visitors(self, visitors: list[Any]) -> Any:
        # PySastrawi's loop, over the visitors that may act on the word. The word only
        # changes when a visitor adds a removal, and then the loop ends: so the visitors
        # chosen by the word at the start are the ones that matter all the way.
        removal_count = len(self.removals)
        contains = self.dictionary.contains
        for visitor in self.stemmer.applicable(visitors, self.current_word):
            visitor.visit(self)
            if contains(self.current_word):
                return self.current_word
            if self.process_is_stopped:
                return self.current_word
            if len(self.removals) > removal_count:
                return None
        return None


#: What a literal pattern may hold: word characters and hyphens, none of them special.
_LITERAL = re.compile(r"[\w-]*")


def literal_sub(pattern: str, string: str) -> str | None:
    """``re.sub(pattern, '', string, count=1)`` without compiling ``pattern`` when it is a
    literal (PySastrawi passes stems as patterns to find the removed affix); None when it is
    not plainly literal (then use ``re``)."""
    if _LITERAL.fullmatch(pattern):
        return string.replace(pattern, "", 1)
    return None
