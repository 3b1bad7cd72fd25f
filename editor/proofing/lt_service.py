"""The LanguageTool API without HTTP: parameters in, JSON-ready objects out.

Every per-check cost is bounded here (text length, matches, check time); the HTTP front
(``lt_handler.py``) bounds the request itself. Rules are switched per request by filtering
the shared proofreader's results, never by changing the proofreader, which every request
thread shares.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Mapping
from typing import Any

from editor.proofing.api import CheckTimeout, Issue
from editor.proofing.check_workers import CheckerFailed, CheckPool, CheckTooLarge
from editor.proofing.language import LanguageIdentifier
from editor.proofing.lt_request import AnnotatedText, ApiError, parse_options
from editor.proofing.lt_response import INDONESIAN_LANGUAGE, check_json
from editor.proofing.routing import IndonesianChecker, OtherLanguageChecker, check_document

log = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 100_000
#: Matches one answer may carry; more means the text is not prose worth checking (413).
MAX_MATCHES = 5_000
#: Time one check may take before it is stopped (413: send shorter text).
MAX_CHECK_SECONDS = 10.0
#: How long a check waits for a free slot or worker before the answer is 503.
OVERLOAD_WAIT_SECONDS = 20.0


class LanguageToolService:
    """The API without HTTP: parameters in, JSON-ready objects out (raises ``ApiError``)."""

    def __init__(
        self,
        proofreader: IndonesianChecker,
        *,
        english_backend: OtherLanguageChecker | None = None,
        identifier: LanguageIdentifier | None = None,
        max_text_length: int = MAX_TEXT_LENGTH,
        max_matches: int = MAX_MATCHES,
        max_seconds: float = MAX_CHECK_SECONDS,
        pool: CheckPool | None = None,
    ) -> None:
        self.proofreader = proofreader
        self.pool = pool
        self.english_backend = english_backend
        self.identifier = identifier
        self.max_text_length = max_text_length
        self.max_matches = max_matches
        self.max_seconds = max_seconds

    def languages(self) -> list[dict[str, str]]:
        return [dict(INDONESIAN_LANGUAGE)]

    def check(self, params: Mapping[str, str]) -> dict[str, Any]:
        if "text" in params and "data" in params:
            raise ApiError(400, "Error: Set only 'text' or 'data' parameter, not both")
        if "text" in params:
            doc = AnnotatedText.from_text(params["text"])
        elif "data" in params:
            doc = AnnotatedText.from_data(params["data"])
        else:
            raise ApiError(400, "Error: Missing 'text' or 'data' parameter")
        options = parse_options(params)
        size = len(doc.plain)
        if size > self.max_text_length:
            raise ApiError(413, f"Error: Your text exceeds the limit of {self.max_text_length} "
                                f"characters (it's {size} characters). Please submit shorter "
                                "text.")

        incomplete = False
        detected = "id"
        deadline = time.monotonic() + self.max_seconds
        try:
            if self.pool is not None:
                issues, incomplete, detected = self._in_worker(doc.plain, options.language)
            elif options.language == "auto":
                result = check_document(doc.plain, self.proofreader,
                                        english_backend=self.english_backend,
                                        identifier=self.identifier, deadline=deadline)
                issues = result.issues
                incomplete = bool(result.notices)
                detected = result.language
            else:
                issues = self.proofreader.check(doc.plain, deadline=deadline)
        except CheckTimeout:
            raise ApiError(413, f"Error: Checking took longer than {self.max_seconds:g} "
                                "seconds, this server's limit. Please submit shorter text.") \
                from None
        kept = [i for i in issues if options.keeps(i)]
        if len(kept) > self.max_matches:
            raise ApiError(413, f"Error: Your text has more than {self.max_matches} matches "
                                f"({len(kept)}); this server's limit. Please submit shorter "
                                "text.")
        return check_json(doc, kept, incomplete=incomplete, detected=detected,
                          auto=options.language == "auto")

    def _in_worker(self, plain: str, language: str) -> tuple[list[Issue], bool, str]:
        """The check in a worker process, with the hard deadline and memory cap."""
        assert self.pool is not None
        try:
            result = self.pool.run(plain, auto=language == "auto", seconds=self.max_seconds,
                                   wait=OVERLOAD_WAIT_SECONDS)
        except queue.Empty:
            raise ApiError(503, "Error: Server overloaded, please try again later") from None
        except CheckTooLarge:
            raise ApiError(413, "Error: Checking this text needs more memory than this "
                                "server allows. Please submit shorter text.") from None
        except CheckerFailed as exc:
            log.error("pemeriksa gagal: %s", exc)
            raise ApiError(500, "Error: Internal Error: the checker failed on this text") \
                from None
        return result.issues, result.incomplete, result.language

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
