"""Checks for languages Redaksi has no rules of its own for (English wire copy), through an
external LanguageTool server and the ``language-tool-python`` client.

Configured by ``REDAKSI_LANGUAGETOOL_URL`` (e.g. ``http://localhost:8010``); without it there
is no backend and the router leaves such paragraphs unchecked (and says so). Nothing is ever
downloaded or started here: only a server the newsroom runs is used.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from typing import Any

from editor.proofing.api import Issue
from editor.proofing.utf16 import Utf16Map

ENV_URL = "REDAKSI_LANGUAGETOOL_URL"
ENV_LANGUAGE = "REDAKSI_LANGUAGETOOL_ENGLISH"
DEFAULT_ENGLISH = "en-US"
#: After a failure, calls fail at once for this long instead of each waiting for a timeout
#: (the editor checks paragraph by paragraph; a dead server must not stall every one).
RETRY_AFTER_SECONDS = 30.0

# LanguageTool's issue types -> our severities (Issue.severity).
_SEVERITY = {
    "misspelling": "error",
    "grammar": "error",
    "typographical": "warning",
    "whitespace": "warning",
    "duplication": "warning",
    "inconsistency": "warning",
    "style": "style",
    "register": "style",
    "locale-violation": "style",
}


class LanguageToolUnavailable(RuntimeError):
    """The LanguageTool server cannot be reached or refused the request; the text says why."""


class LanguageToolBackend:
    """One remote LanguageTool language (``en-US`` by default) behind our ``Issue`` type.

    The client is created on first use (its constructor asks the server for its languages).
    Calls are serialised: ``language-tool-python`` keeps per-text state in class attributes
    (``Match.PREVIOUS_MATCHES_TEXT``), which two threads checking at once would mix up.
    """

    def __init__(self, url: str, language: str = DEFAULT_ENGLISH) -> None:
        self.url = url
        self.language = language
        self._tool: Any = None
        self._lock = threading.Lock()
        self._failed_until = 0.0
        self._last_error = ""

    def _client(self) -> Any:
        if self._tool is None:
            import language_tool_python

            try:
                self._tool = language_tool_python.LanguageTool(
                    self.language, remote_server=self.url
                )
            except Exception as exc:  # the client's own errors differ between its versions
                raise LanguageToolUnavailable(
                    f"server LanguageTool {self.url} tidak bisa dipakai untuk "
                    f"{self.language}: {exc}"
                ) from exc
        return self._tool

    def check(self, text: str) -> list[Issue]:
        """Issues in ``text`` with offsets and lengths in Python characters."""
        with self._lock:
            if time.monotonic() < self._failed_until:
                raise LanguageToolUnavailable(self._last_error)
            try:
                matches = self._client().check(text)
            except LanguageToolUnavailable as exc:
                self._note_failure(str(exc))
                raise
            except Exception as exc:  # network, HTTP status, or a reply not in LT's shape
                message = f"server LanguageTool {self.url} gagal memeriksa teks: {exc}"
                self._note_failure(message)
                raise LanguageToolUnavailable(message) from exc
        utf16 = Utf16Map(text)
        issues = []
        for match in matches:
            # The client already turned the offset into Python characters, but not the
            # length, which is still in UTF-16 units: redo both from the UTF-16 start.
            offset16 = utf16.to_utf16(match.offset)
            offset, length = utf16.span_to_python(offset16, match.error_length)
            issues.append(Issue(
                offset=offset,
                length=length,
                rule_id=str(match.rule_id),
                category=str(match.category),
                message=str(match.message),
                replacements=tuple(str(r) for r in match.replacements),
                severity=_SEVERITY.get(str(match.rule_issue_type), "warning"),
                context={"language": self.language, "source": "languagetool"},
            ))
        return issues

    def _note_failure(self, message: str) -> None:
        self._last_error = message
        self._failed_until = time.monotonic() + RETRY_AFTER_SECONDS

    def close(self) -> None:
        with self._lock:
            if self._tool is not None:
                self._tool.close()
                self._tool = None


def backend_from_env(environ: Mapping[str, str] | None = None) -> LanguageToolBackend | None:
    """The English backend configured by ``REDAKSI_LANGUAGETOOL_URL``, or None."""
    env = os.environ if environ is None else environ
    url = env.get(ENV_URL, "").strip()
    if not url:
        return None
    return LanguageToolBackend(url, env.get(ENV_LANGUAGE, "").strip() or DEFAULT_ENGLISH)
