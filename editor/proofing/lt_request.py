"""The request side of the LanguageTool API v2: annotated text and check parameters.

:class:`AnnotatedText` maps LanguageTool's ``data`` annotations (text and markup parts) to
the plain text that is checked and back to positions in the original; :func:`parse_options`
validates the check parameters with LanguageTool's own wording. The HTTP server
(``server.py``) uses both; they need no socket and are tested on their own.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from editor.proofing.api import Issue

_INDONESIAN_CODES = {"id", "id-id", "in", "in-id", "ind"}


class ApiError(Exception):
    """A request LanguageTool would refuse: ``status`` and the plain-text ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class _Part:
    plain_start: int
    original_start: int
    plain_length: int
    original_length: int
    is_text: bool


class AnnotatedText:
    """What LanguageTool calls annotated text: the text to check (``plain``, markup replaced
    by its ``interpretAs``) and the way back to positions in the original (text + markup)."""

    def __init__(self, parts: Sequence[tuple[str, str, bool]]) -> None:
        # parts: (original, plain, is_text)
        self._parts: list[_Part] = []
        plain: list[str] = []
        original: list[str] = []
        p = o = 0
        for orig, shown, is_text in parts:
            self._parts.append(_Part(p, o, len(shown), len(orig), is_text))
            plain.append(shown)
            original.append(orig)
            p += len(shown)
            o += len(orig)
        self.plain = "".join(plain)
        self.original = "".join(original)
        # Parts that show in the plain text, by plain start, for bisecting.
        self._shown = [part for part in self._parts if part.plain_length]
        self._starts = [part.plain_start for part in self._shown]

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        return cls([(text, text, True)])

    @classmethod
    def from_data(cls, data: str) -> AnnotatedText:
        try:
            payload = json.loads(data)
        except json.JSONDecodeError as exc:
            raise ApiError(400, f"Error: 'data' is not valid JSON: {exc}") from None
        except RecursionError:  # [[[[...]]]] thousands deep
            raise ApiError(400, "Error: 'data' is nested too deeply") from None
        items = payload.get("annotation") if isinstance(payload, dict) else None
        if not isinstance(items, list):
            raise ApiError(400, "Error: 'data' needs an 'annotation' list, e.g. "
                                '{"annotation":[{"text":"A "},{"markup":"<b>"}]}')
        parts: list[tuple[str, str, bool]] = []
        for n, item in enumerate(items):
            if not isinstance(item, dict):
                raise ApiError(400, f"Error: annotation item {n} is not an object")
            if isinstance(item.get("text"), str) and "markup" not in item:
                parts.append((item["text"], item["text"], True))
            elif isinstance(item.get("markup"), str) and "text" not in item:
                interpret = item.get("interpretAs", "")
                if not isinstance(interpret, str):
                    raise ApiError(400, f"Error: annotation item {n}: 'interpretAs' must be a "
                                        "string")
                parts.append((item["markup"], interpret, False))
            else:
                raise ApiError(400, f"Error: annotation item {n} needs either 'text' or "
                                    "'markup' (a string), not both")
        doc = cls(parts)
        try:
            doc.original.encode("utf-8")
        except UnicodeEncodeError:  # "\ud800" escapes: not text any client could mean
            raise ApiError(400, "Error: 'data' contains unpaired UTF-16 surrogates") from None
        return doc

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Original position of a plain-text position; inside an ``interpretAs`` it snaps to
        the start of the markup (or its end, for the end of a span)."""
        # The part holding plain position `offset` (for an end: the character before it).
        i = (bisect_left if end else bisect_right)(self._starts, offset) - 1
        if i < 0:
            return 0
        part = self._shown[i]
        inside = offset - 1 if end else offset
        if not part.plain_start <= inside < part.plain_start + part.plain_length:
            return len(self.original)
        if part.is_text:
            return part.original_start + offset - part.plain_start
        return part.original_start + (part.original_length if end else 0)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    language: str  # "id" or "auto"
    enabled_rules: frozenset[str]
    disabled_rules: frozenset[str]
    enabled_categories: frozenset[str]
    disabled_categories: frozenset[str]
    enabled_only: bool
    level: str

    def keeps(self, issue: Issue) -> bool:
        if issue.rule_id in self.disabled_rules or issue.category in self.disabled_categories:
            return False
        if self.enabled_only:
            return issue.rule_id in self.enabled_rules or issue.category in self.enabled_categories
        return True


def _id_list(params: Mapping[str, str], name: str) -> frozenset[str]:
    return frozenset(x.strip() for x in params.get(name, "").split(",") if x.strip())


def parse_options(params: Mapping[str, str]) -> CheckOptions:
    """Validate LanguageTool's check parameters (400 with LanguageTool's wording if bad)."""
    language = params.get("language", "").strip()
    if not language:
        raise ApiError(400, "Error: Missing 'language' parameter. Use 'id' (Indonesian) or "
                            "'auto'")
    normalized = language.lower().replace("_", "-")
    if normalized in _INDONESIAN_CODES:
        language = "id"
    elif normalized == "auto":
        language = "auto"
    else:
        raise ApiError(400, f"Error: '{language}' is not a language code known to this "
                            "server. Supported language codes are: id, id-ID, auto")
    enabled_only = params.get("enabledOnly", "false").strip().lower()
    if enabled_only not in ("true", "false", ""):
        raise ApiError(400, f"Error: 'enabledOnly' must be true or false, not '{enabled_only}'")
    level = params.get("level", "default").strip().lower() or "default"
    if level not in ("default", "picky"):
        raise ApiError(400, f"Error: 'level' must be 'default' or 'picky', not '{level}'")
    options = CheckOptions(
        language=language,
        enabled_rules=_id_list(params, "enabledRules"),
        disabled_rules=_id_list(params, "disabledRules"),
        enabled_categories=_id_list(params, "enabledCategories"),
        disabled_categories=_id_list(params, "disabledCategories"),
        enabled_only=enabled_only == "true",
        level=level,
    )
    if options.enabled_only and not (options.enabled_rules or options.enabled_categories):
        raise ApiError(400, "Error: You set enabledOnly=true but did not specify "
                            "enabledRules or enabledCategories")
    return options
