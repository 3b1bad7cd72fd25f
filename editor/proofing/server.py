"""A LanguageTool-compatible HTTP server (API v2) for Redaksi's Indonesian proofreader.

LanguageTool has no Indonesian module, but many tools speak its HTTP API: LibreOffice's
remote LanguageTool option, browser add-ons, ``language-tool-python``. Serving the same API
lets all of them use Redaksi's rules.

What is implemented (the parts those clients use):

- ``GET /v2/languages`` -> ``[{"name", "code", "longCode"}]``
- ``GET|POST /v2/check`` with the form fields ``text`` or ``data`` (JSON ``{"annotation":
  [{"text": ...} | {"markup": ..., "interpretAs": ...}]}``), ``language`` (``id``, ``id-ID``,
  or ``auto``: every paragraph goes to the checker for its language, see routing.py),
  ``enabledRules``, ``disabledRules``, ``enabledCategories``, ``disabledCategories``,
  ``enabledOnly``, ``level``; other LanguageTool fields (``motherTongue``,
  ``preferredVariants``, ``username``, ``apiKey`` ...) are accepted and ignored.
- The response is LanguageTool's JSON with offsets and lengths in UTF-16 code units (Java
  string positions, which is what LanguageTool clients convert from).
- Errors are plain text ``Error: ...`` with LanguageTool's status codes: 400 bad parameters,
  403 a web page's cross-site request (``Origin`` not the server's own, a browser
  extension's or an allowed one), 404 unknown path, 405 wrong method, 411 no Content-Length,
  413 request or text too large, too many matches or checking too long, 415 body that is not
  a form, 500 internal error, 503 overloaded.
- Every per-request cost is bounded: request bytes, text length, matches, check time, the
  ``sentence`` of each match, connections served at once; words over 40 letters get no
  spelling candidates (see ``rules/typo.py``). With ``workers`` (``serve-lt`` runs 2 by
  default) checks run in worker processes (``check_workers.py``): the time limit is hard
  (a check past it is killed with its process, 413) and each worker's memory is capped
  (413), so no text can stall or grow the server itself.

Rules are switched per request by filtering the shared proofreader's results, never by
changing the proofreader, which every request thread shares.

The parts: ``lt_request.py`` reads the parameters, ``lt_service.py`` checks within the
limits, ``lt_response.py`` builds LanguageTool's JSON, ``lt_handler.py`` is the HTTP
front; this module is the server (threads, connection and check limits) and
``make_server``, the one entry point the CLI uses.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Mapping
from http.server import ThreadingHTTPServer
from typing import Any

from editor.proofing.check_workers import CheckerSpec, CheckPool
from editor.proofing.language import LanguageIdentifier
from editor.proofing.lt_handler import SOCKET_TIMEOUT_SECONDS, LanguageToolRequestHandler
from editor.proofing.lt_request import AnnotatedText, ApiError
from editor.proofing.lt_response import CONTEXT_CHARS, INDONESIAN_LANGUAGE, MAX_SENTENCE_CHARS
from editor.proofing.lt_service import (
    MAX_CHECK_SECONDS,
    MAX_MATCHES,
    MAX_TEXT_LENGTH,
    OVERLOAD_WAIT_SECONDS,
    LanguageToolService,
)
from editor.proofing.routing import IndonesianChecker, OtherLanguageChecker

__all__ = [
    "CONTEXT_CHARS",
    "INDONESIAN_LANGUAGE",
    "LISTEN_BACKLOG",
    "MAX_CHECK_SECONDS",
    "MAX_CONCURRENT_CHECKS",
    "MAX_CONNECTIONS",
    "MAX_MATCHES",
    "MAX_REQUEST_BYTES",
    "MAX_SENTENCE_CHARS",
    "MAX_TEXT_LENGTH",
    "OVERLOAD_WAIT_SECONDS",
    "SOCKET_TIMEOUT_SECONDS",
    "AnnotatedText",
    "ApiError",
    "LanguageToolHTTPServer",
    "LanguageToolRequestHandler",
    "LanguageToolService",
    "make_server",
]

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 2_000_000
MAX_CONCURRENT_CHECKS = 8
#: Connections served at once (each is a thread); more get 503 at once.
MAX_CONNECTIONS = 256
#: Connections the kernel queues before the server accepts them (the stdlib default is 5).
LISTEN_BACKLOG = 256


class LanguageToolHTTPServer(ThreadingHTTPServer):
    """One thread per connection, at most ``max_concurrent`` checks at a time (the rest wait
    up to ``OVERLOAD_WAIT_SECONDS``, then get 503), one shared proofreader."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        service: LanguageToolService,
        *,
        max_request_bytes: int = MAX_REQUEST_BYTES,
        max_concurrent: int = MAX_CONCURRENT_CHECKS,
        max_connections: int = MAX_CONNECTIONS,
        allowed_origins: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(address, LanguageToolRequestHandler)
        self.service = service
        self.max_request_bytes = max_request_bytes
        self.allowed_origins = frozenset(o.strip().rstrip("/").lower() for o in allowed_origins)
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._connections = threading.BoundedSemaphore(max_connections)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread per connection, up to ``max_connections``; beyond that 503 at once
        (a flood of idle connections cannot grow the server's threads without bound)."""
        if not self._connections.acquire(blocking=False):
            body = b"Error: Server overloaded, please try again later\n"
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain"
                                b"; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                                + str(len(body)).encode() + b"\r\n\r\n" + body)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._connections.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()

    def server_close(self) -> None:
        super().server_close()
        service = getattr(self, "service", None)  # unset when binding the port failed
        if service is not None:
            service.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (reset, closed before reading the answer, timed out) is
        not a server error: no traceback on stderr."""
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, TimeoutError)):
            log.debug("client %s went away", client_address)
            return
        super().handle_error(request, client_address)

    def run_check(self, params: Mapping[str, str]) -> dict[str, Any]:
        if not self._slots.acquire(timeout=OVERLOAD_WAIT_SECONDS):
            raise ApiError(503, "Error: Server overloaded, please try again later")
        try:
            return self.service.check(params)
        finally:
            self._slots.release()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}"


def make_server(
    proofreader: IndonesianChecker,
    host: str = "127.0.0.1",
    port: int = 8081,
    *,
    english_backend: OtherLanguageChecker | None = None,
    identifier: LanguageIdentifier | None = None,
    max_request_bytes: int = MAX_REQUEST_BYTES,
    max_text_length: int = MAX_TEXT_LENGTH,
    max_concurrent: int = MAX_CONCURRENT_CHECKS,
    max_matches: int = MAX_MATCHES,
    max_seconds: float = MAX_CHECK_SECONDS,
    allowed_origins: frozenset[str] = frozenset(),
    workers: int = 0,
    checker_spec: CheckerSpec | None = None,
) -> LanguageToolHTTPServer:
    """A bound (not yet serving) server; call ``serve_forever()`` (port 0 picks a free one).

    ``workers`` > 0: checks run in that many worker processes built from ``checker_spec``
    (default: the proofreader's dictionary and counts), with a hard time limit and a memory
    cap; 0: in the request threads, with the proofreader's own (soft) deadline."""
    pool = (CheckPool(checker_spec or CheckerSpec.of(proofreader), workers)
            if workers > 0 else None)
    service = LanguageToolService(proofreader, english_backend=english_backend,
                                  identifier=identifier, max_text_length=max_text_length,
                                  max_matches=max_matches, max_seconds=max_seconds, pool=pool)
    try:
        return LanguageToolHTTPServer((host, port), service,
                                      max_request_bytes=max_request_bytes,
                                      max_concurrent=max_concurrent,
                                      allowed_origins=allowed_origins)
    except BaseException:
        service.close()
        raise
