"""LanguageTool's JSON answer built from Redaksi's issues (no HTTP, no checking).

Kept apart from the service so the shape clients depend on (UTF-16 offsets, the cut
``sentence``, the ``context`` window, category names and issue types) is in one place.
Offsets and lengths are UTF-16 code units: Java string positions, which is what
LanguageTool clients convert from.
"""

from __future__ import annotations

import re
from typing import Any

from editor import __version__
from editor.proofing.api import Issue
from editor.proofing.language import ENGLISH
from editor.proofing.lt_request import AnnotatedText
from editor.proofing.ruledata import category_info
from editor.proofing.utf16 import Utf16Map

#: A match's ``sentence`` is cut to this many characters around the match: text without
#: sentence punctuation would otherwise repeat the whole text in every match.
MAX_SENTENCE_CHARS = 400
CONTEXT_CHARS = 40

INDONESIAN_LANGUAGE = {"name": "Indonesian", "code": "id", "longCode": "id-ID"}
# Java (and so LanguageTool) still knows Indonesian by its withdrawn ISO code "in".
_DETECTED_NAMES = {"id": ("Indonesian", "id-ID"), "en": ("English", "en")}

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")


# The engine's categories as LanguageTool shows them (name and issueType) come from the one
# file the settings dialog reads too: resources/proofing/categories.yaml. Unknown categories
# fall back to the severity.
def _issue_type(issue: Issue) -> str:
    info = category_info().get(issue.category)
    if info is not None and info.issue_type:
        return info.issue_type
    return "style" if issue.severity == "style" else "grammar"


def _category_name(category_id: str) -> str:
    info = category_info().get(category_id)
    if info is not None:
        return info.label
    return category_id.replace("_", " ").replace("-", " ").strip().capitalize() or "Lainnya"


def _sentence_bounds(text: str, offset: int, end: int) -> tuple[int, int]:
    # Look for the sentence's ends only this far around the match: a sentence longer than
    # that is cut to a window anyway, and scanning from the text's start for every match
    # made 4,500 matches in 45 KB without punctuation take 8 s.
    reach = 4 * MAX_SENTENCE_CHARS
    lo = max(0, offset - reach)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, offset):
        start = m.end()
    pos = max(end, offset)
    hi = min(len(text), pos + reach)
    stop = hi
    after = (_SENTENCE_END.search(text, pos, hi) if hi < len(text)
             else _SENTENCE_END.search(text, pos))
    if after:
        stop = after.end()
    while start < stop and text[start].isspace():
        start += 1
    stop = max(start, stop)
    if stop - start > MAX_SENTENCE_CHARS:  # no sentence punctuation: a window, not the text
        half = max(0, (MAX_SENTENCE_CHARS - (end - offset)) // 2)
        start = max(start, offset - half)
        stop = min(stop, start + MAX_SENTENCE_CHARS)
    return start, stop


def _context(text: str, offset: int, length: int) -> dict[str, object]:
    left = max(0, offset - CONTEXT_CHARS)
    right = min(len(text), offset + length + CONTEXT_CHARS)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    window = (prefix + text[left:right] + suffix).replace("\r", " ").replace("\n", " ")
    utf16 = Utf16Map(window)
    c_offset, c_length = utf16.span_to_utf16(len(prefix) + offset - left, length)
    return {"text": window, "offset": c_offset, "length": c_length}


def match_json(doc: AnnotatedText, utf16: Utf16Map, issue: Issue) -> dict[str, Any]:
    """One LanguageTool ``match``; ``utf16`` maps ``doc.original`` (what the client sent)."""
    plain = doc.plain
    offset = max(0, min(issue.offset, len(plain)))
    length = max(0, min(issue.length, len(plain) - offset))
    start = doc.to_original(offset)
    stop = doc.to_original(offset + length, end=True) if length else start
    offset16, length16 = utf16.span_to_utf16(start, max(0, stop - start))
    s_start, s_end = _sentence_bounds(plain, offset, offset + length)
    message = issue.message
    if issue.explanation and issue.explanation not in message:
        message = f"{message} {issue.explanation}"
    if issue.basis and issue.basis not in message:
        message = f"{message} ({issue.basis})"
    issue_type = _issue_type(issue)
    return {
        "message": message,
        "shortMessage": issue.message if message != issue.message else "",
        "replacements": [{"value": r} for r in issue.replacements],
        "offset": offset16,
        "length": length16,
        "context": _context(plain, offset, length),
        "sentence": plain[s_start:s_end].strip(),
        "type": {"typeName": {"misspelling": "UnknownWord", "style": "Hint"}.get(
            issue_type, "Other")},
        "rule": {
            "id": issue.rule_id,
            "description": issue.explanation or issue.message,
            "issueType": issue_type,
            "category": {"id": issue.category, "name": _category_name(issue.category)},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_json(
    doc: AnnotatedText,
    issues: list[Issue],
    *,
    incomplete: bool,
    detected: str,
    auto: bool,
) -> dict[str, Any]:
    """The whole ``/v2/check`` answer for the issues kept after the request's filters."""
    utf16 = Utf16Map(doc.original)
    matches = [match_json(doc, utf16, i) for i in issues]
    name, code = _DETECTED_NAMES.get(detected, _DETECTED_NAMES["id"])
    confidence = 0.9 if detected == ENGLISH else 1.0
    return {
        "software": {
            "name": "LanguageTool",  # clients test this name; the version says who we are
            "version": f"Redaksi {__version__}",
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete},
        "language": {
            "name": "Indonesian",
            "code": "id-ID",
            "detectedLanguage": {"name": name, "code": code, "confidence": confidence,
                                 "source": "lingua" if auto else ""},
        },
        "matches": matches,
    }
