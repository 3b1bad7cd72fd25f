"""Which language a paragraph is in: Indonesian, Malay or English.

Newsroom copy is Indonesian, but wire copy and quotes arrive in English, and Malaysian sources
in Malay. Flagging those with Indonesian rules would bury the real errors under noise, so the
router (``editor.proofing.routing``) asks this module first.

Detection uses ``lingua`` restricted to the three languages that actually occur (restricting
makes it both faster and far more accurate than an open-set detector). Its models take a few
hundred milliseconds to load, so the detector is built lazily, once per process, and only
paragraphs with enough words are looked at: a short line ("Foto: Antara") carries too little
signal and is simply treated as Indonesian.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from lingua import Language, LanguageDetector

INDONESIAN = "id"
MALAY = "ms"
ENGLISH = "en"

#: Paragraphs with fewer words than this are not worth a detector call: they default to
#: Indonesian (the house language), which is what a headline or caption almost always is.
MIN_WORDS = 5
#: A result other than Indonesian needs at least this confidence. Measured on 33,578 lines of
#: real Indonesian news (../shared/data/news-id, first 4,000 articles): at these values no
#: Indonesian line came out English (the 6 English ones were real English: lyrics, a quote),
#: but 438 (1.3%) came out Malay. Indonesian and Malay share too much vocabulary for short
#: text, so the router keeps Malay results on the Indonesian rules (see routing.py).
MIN_CONFIDENCE = {ENGLISH: 0.80, MALAY: 0.90}

#: The low-accuracy models answer first; only a line they give at least this English
#: confidence goes to the full models (which alone decide English). Set on the lines of
#: articles 3,000-10,000 of ../shared/data/news-id that the function-word shortcut leaves
#: to lingua (7,573 lines of 5+ words): 18 reach the full models, and every line those call
#: English is among them. Held out, articles 10,000-13,999 (13,763 lines past the shortcut,
#: 1 English): routed exactly as by the full models alone.
ENGLISH_GATE = 0.05

_WORD = re.compile(r"[^\W\d_]{2,}")

#: Indonesian function words that are not English words. A paragraph where they make up a
#: good share of the lower-case words, with no English function word at all, is Indonesian
#: (or Malay, which the router treats alike) beyond doubt, and lingua — about 1-2 ms a
#: paragraph, as much as all the spelling rules together — need not be asked. Thresholds
#: tuned on the lines of the first 3,000 articles of ../shared/data/news-id and checked on
#: articles 3,000-10,000 (43,154 lines, 11 of them English to lingua): the shortcut takes
#: 82.5 % of those lines and none that lingua routes to English
#: (benchmarks/language_shortcut.py --skip 3000 --articles 7000 reproduces it).
_ID_FUNCTION = frozenset(
    "yang dan di ini itu dengan untuk dari tidak akan pada juga ke dalam ada oleh atau sudah "
    "bisa kami kita mereka saat karena lebih telah para tersebut bahwa menjadi secara namun "
    "masih hanya seperti dia ia saya sebagai antara hingga setelah agar jika kepada belum "
    "sangat harus tak pun lagi bagi serta terhadap sejak selama ketika bahkan tetapi tapi "
    "adalah yakni yaitu dapat banyak sebuah seorang kata ujar menurut tengah usai dua tiga "
    "tahun hari warga pihak".split())
_EN_FUNCTION = frozenset(
    "the and of to is in for that with on as was are be by it at this from have has had "
    "not but or an were which their they you we he she his her its will would can could "
    "there been who what when also more about than into out up all one new said".split())
#: Share of the lower-case words that must be Indonesian function words, and the least
#: number of them, for the shortcut.
SHORTCUT_SHARE = 0.2
SHORTCUT_MIN = 4
# Markdown link targets, URLs and e-mail addresses are not language: they would pull any
# paragraph towards English.
# (The e-mail pattern starts only where its run of characters starts and never backtracks:
# r"\S+@" tried at every position of a 100,000-letter run took seconds.)
_NOISE = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+"
                    r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++|`[^`]*`")
#: Each branch of _NOISE needs one of these: a line with none is left as it is (most lines;
#: the substitution alone cost as much as the rest of the shortcut).
_NOISE_NEEDS = ("](", "http", "www.", "@", "`")


def _lower_words(text: str) -> list[str]:
    """The lower-case words of ``text`` (links, URLs, e-mail addresses and code left out):
    what both the shortcut and the detector look at."""
    if any(n in text for n in _NOISE_NEEDS):
        text = _NOISE.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.islower()]


@dataclass(frozen=True, slots=True)
class Detection:
    """The outcome for one piece of text: ``language`` is "id", "ms" or "en"; ``confidence``
    is the detector's value for it (1.0 when the text was too short to ask)."""

    language: str
    confidence: float
    detected: bool  # False when the default was used (too few words)


class LanguageIdentifier:
    """A lazily built lingua detector for Indonesian, Malay and English (thread-safe)."""

    def __init__(self, *, min_words: int = MIN_WORDS) -> None:
        self.min_words = min_words
        self._detector: LanguageDetector | None = None
        self._quick: LanguageDetector | None = None
        self._english: Language | None = None  # set with the quick models
        self._lock = threading.Lock()

    def _get(self) -> LanguageDetector:
        if self._detector is None:
            with self._lock:
                if self._detector is None:
                    from lingua import Language, LanguageDetectorBuilder

                    self._detector = LanguageDetectorBuilder.from_languages(
                        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
                    ).build()
        return self._detector

    def _get_quick(self) -> LanguageDetector:
        """lingua's low-accuracy mode (trigrams only): its models load in a few hundredths
        of a second where the full ones take about half a second of every `redaksi check`."""
        if self._quick is None:
            with self._lock:
                if self._quick is None:
                    from lingua import Language, LanguageDetectorBuilder

                    self._english = Language.ENGLISH
                    self._quick = LanguageDetectorBuilder.from_languages(
                        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
                    ).with_low_accuracy_mode().build()
        return self._quick

    def obviously_indonesian(self, text: str) -> bool:
        """True when ``text`` is plainly Indonesian by its function words (no detector
        call); False means "ask :meth:`detect`", not "not Indonesian"."""
        return self._obviously(_lower_words(text))

    def _obviously(self, words: list[str]) -> bool:
        if len(words) < self.min_words:
            return False  # too short: detect() decides (it defaults without lingua)
        hits = 0
        for w in words:
            if w in _EN_FUNCTION:
                return False
            if w in _ID_FUNCTION:
                hits += 1
        return hits >= SHORTCUT_MIN and hits >= SHORTCUT_SHARE * len(words)

    def detect(self, text: str) -> Detection:
        """The language of ``text``; Indonesian unless the detector is confident otherwise."""
        # Only lower-case words carry the language: capitalised ones are mostly names, and a
        # line listing "New LED Headlamp, Front Grille Design" is still an Indonesian article.
        words = _lower_words(text)
        if len(words) < self.min_words:
            return Detection(INDONESIAN, 1.0, detected=False)
        cleaned = " ".join(words)
        values = self._get_quick().compute_language_confidence_values(cleaned)
        english = next((v.value for v in values if v.language.iso_code_639_1.name == "EN"),
                       0.0)
        if english >= ENGLISH_GATE:  # possibly English: the full models decide
            values = self._get().compute_language_confidence_values(cleaned)
        if not values:
            return Detection(INDONESIAN, 1.0, detected=False)
        best = values[0]
        code = best.language.iso_code_639_1.name.lower()
        if code in MIN_CONFIDENCE and best.value >= MIN_CONFIDENCE[code]:
            return Detection(code, best.value, detected=True)
        indonesian = next((v.value for v in values if v.language.iso_code_639_1.name == "ID"), 0.0)
        return Detection(INDONESIAN, indonesian, detected=True)

    def route(self, text: str) -> str | None:
        """Where the router sends one line: ``ENGLISH`` or ``INDONESIAN`` (Malay included),
        or None when it is too short to tell (the router then keeps the language of the line
        above). The same answer as :meth:`obviously_indonesian` and then :meth:`detect`,
        for one extraction of the words, and, below the English gate, with only lingua's
        English confidence computed (the same figure up to ~1e-13 of its value, since lingua
        computes it on its own; a third less time than all three values)."""
        words = _lower_words(text)
        if self._obviously(words):
            return INDONESIAN
        if len(words) < self.min_words:
            return None
        cleaned = " ".join(words)
        quick = self._get_quick()
        english = self._english
        assert english is not None  # set by _get_quick()
        if quick.compute_language_confidence(cleaned, english) < ENGLISH_GATE:
            # detect() would answer from the quick values: every language but English
            # (Malay ≥ 0.90 included) and English below 0.80 all go to the Indonesian rules
            return INDONESIAN
        values = self._get().compute_language_confidence_values(cleaned)
        if not values:
            return None
        best = values[0]
        if best.language.iso_code_639_1.name == "EN" and best.value >= MIN_CONFIDENCE[ENGLISH]:
            return ENGLISH
        return INDONESIAN


_default: LanguageIdentifier | None = None
_default_lock = threading.Lock()


def default_identifier() -> LanguageIdentifier:
    """The process-wide identifier, so the lingua models are loaded at most once."""
    global _default
    with _default_lock:
        if _default is None:
            _default = LanguageIdentifier()
        return _default


def detect_language(text: str) -> Detection:
    """Shortcut for ``default_identifier().detect(text)``."""
    return default_identifier().detect(text)
