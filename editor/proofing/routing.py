"""The one entry point for checking a document: each part goes to the checker for its language.

The CLI, the LanguageTool-compatible server (``language=auto``) and the editor call
``check_document``. It splits the text into lines, detects the language of each line that
has enough words (``editor.proofing.language``), and sends

- Indonesian parts (and Malay ones, and anything too short to tell) to the Indonesian
  ``Proofreader`` — consecutive lines together, so sentence and Markdown context survive;
- English parts to a LanguageTool server when one is configured
  (``editor.proofing.languagetool_backend``), or leaves them unchecked and says so in a
  ``Notice``. English is never flagged with Indonesian rules.

Lines, not blank-line paragraphs, are the unit because CMS copy (and the archive) puts one
paragraph per line; a hard-wrapped Markdown paragraph still works because a short line
inherits the language of the line above it. Fenced code blocks are never looked at.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from editor.proofing.api import CheckTimeout, Issue
from editor.proofing.language import ENGLISH, INDONESIAN, LanguageIdentifier, default_identifier
from editor.proofing.languagetool_backend import ENV_URL, LanguageToolUnavailable

ENGLISH_UNCHECKED = "english-unchecked"
ENGLISH_FAILED = "english-backend-failed"

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class IndonesianChecker(Protocol):
    def check(self, text: str, *, names: Sequence[str] = (),
              deadline: float | None = None, context: str | None = None) -> list[Issue]: ...


class OtherLanguageChecker(Protocol):
    def check(self, text: str) -> list[Issue]: ...


@dataclass(frozen=True, slots=True)
class Segment:
    """``text[start:end]`` is in ``language`` ("id" or "en")."""

    start: int
    end: int
    language: str


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should be told once (not an issue in the text). ``code`` lets a
    caller that checks paragraph by paragraph show each kind of notice only once."""

    code: str
    message: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True)
class DocumentResult:
    issues: list[Issue]
    notices: list[Notice] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    @property
    def language(self) -> str:
        """The language of most of the text (by characters), for LanguageTool's
        ``detectedLanguage``."""
        sizes: dict[str, int] = {}
        for seg in self.segments:
            sizes[seg.language] = sizes.get(seg.language, 0) + seg.end - seg.start
        return max(sizes, key=lambda k: sizes[k]) if sizes else INDONESIAN


def _lines(text: str) -> Iterable[tuple[int, int, str]]:
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line), line
        start += len(line)


def segment(text: str, identifier: LanguageIdentifier | None = None) -> list[Segment]:
    """Split ``text`` into maximal runs of one language; together they cover all of it."""
    identifier = identifier or default_identifier()
    labels: list[tuple[int, int, str | None]] = []  # None: blank, belongs to a neighbour
    fence: str | None = None
    previous: str | None = None  # language of the line above in the same block
    for start, end, line in _lines(text):
        stripped = line.strip()
        opener = _FENCE.match(line)
        if fence is not None:
            labels.append((start, end, INDONESIAN))  # code: the Indonesian checker skips it
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            labels.append((start, end, INDONESIAN))
            previous = None
            continue
        if not stripped:
            labels.append((start, end, None))
            previous = None
            continue
        # (the function-word shortcut, then lingua: see LanguageIdentifier.route)
        routed = identifier.route(line)
        language = routed if routed is not None else previous or INDONESIAN
        labels.append((start, end, language))
        previous = language

    segments: list[Segment] = []
    for start, end, label in labels:
        # Blank lines (no label) join the run before them.
        run = label if label is not None else (segments[-1].language if segments
                                                 else INDONESIAN)
        language = run
        if segments and segments[-1].language == language:
            segments[-1] = Segment(segments[-1].start, end, language)
        else:
            segments.append(Segment(start, end, language))
    return segments


def _shifted(issues: Iterable[Issue], delta: int) -> list[Issue]:
    return [dataclasses.replace(i, offset=i.offset + delta) if delta else i for i in issues]


def check_document(
    text: str,
    proofreader: IndonesianChecker,
    *,
    english_backend: OtherLanguageChecker | None = None,
    names: Sequence[str] = (),
    identifier: LanguageIdentifier | None = None,
    deadline: float | None = None,
    context: str | None = None,
) -> DocumentResult:
    """Check ``text`` (Markdown or plain): issues in document offsets (Python characters),
    sorted, plus notices about parts that were not checked. Past ``deadline`` (a
    ``time.monotonic()`` value) it raises :class:`~editor.proofing.api.CheckTimeout`.
    ``context``: the whole text ``text`` is part of (see ``Proofreader.check``)."""
    segments = segment(text, identifier)
    issues: list[Issue] = []
    unchecked: list[tuple[int, int]] = []
    failures: list[str] = []
    for seg in segments:
        if deadline is not None and time.monotonic() > deadline:
            raise CheckTimeout("pemeriksaan melewati batas waktu")
        part = text[seg.start:seg.end]
        if seg.language == ENGLISH:
            if english_backend is None:
                unchecked.append((seg.start, seg.end))
                continue
            try:
                issues.extend(_shifted(english_backend.check(part), seg.start))
            except LanguageToolUnavailable as exc:
                unchecked.append((seg.start, seg.end))
                failures.append(str(exc))
            continue
        # (context only when there is one: a checker that takes none still fits)
        found = (proofreader.check(part, names=names) if context is None
                 else proofreader.check(part, names=names, context=context))
        issues.extend(_shifted(found, seg.start))

    notices: list[Notice] = []
    if unchecked and failures:
        notices.append(Notice(
            ENGLISH_FAILED,
            f"{len(unchecked)} bagian berbahasa Inggris tidak diperiksa: {failures[0]}",
            tuple(unchecked),
        ))
    elif unchecked:
        notices.append(Notice(
            ENGLISH_UNCHECKED,
            f"{len(unchecked)} bagian berbahasa Inggris tidak diperiksa: pemeriksa Redaksi hanya "
            f"untuk bahasa Indonesia. Atur {ENV_URL} ke alamat server LanguageTool untuk "
            "memeriksanya.",
            tuple(unchecked),
        ))
    issues.sort(key=lambda i: (i.offset, i.length))
    return DocumentResult(issues, notices, segments)
