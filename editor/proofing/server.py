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
"""

from __future__ import annotations

import json
import logging
import queue
import re
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from editor import __version__
from editor.proofing.api import CheckTimeout, Issue
from editor.proofing.check_workers import (
    CheckerFailed,
    CheckerSpec,
    CheckPool,
    CheckTooLarge,
)
from editor.proofing.language import ENGLISH, LanguageIdentifier
from editor.proofing.lt_linger import linger_close
from editor.proofing.lt_request import AnnotatedText, ApiError, parse_options
from editor.proofing.routing import IndonesianChecker, OtherLanguageChecker, check_document
from editor.proofing.ruledata import category_info
from editor.proofing.utf16 import Utf16Map

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 2_000_000
MAX_TEXT_LENGTH = 100_000
#: Matches one answer may carry; more means the text is not prose worth checking (413).
MAX_MATCHES = 5_000
#: Time one check may take before it is stopped (413: send shorter text).
MAX_CHECK_SECONDS = 10.0
#: A match's ``sentence`` is cut to this many characters around the match: text without
#: sentence punctuation would otherwise repeat the whole text in every match.
MAX_SENTENCE_CHARS = 400
MAX_CONCURRENT_CHECKS = 8
#: Connections served at once (each is a thread); more get 503 at once.
MAX_CONNECTIONS = 256
#: Connections the kernel queues before the server accepts them (the stdlib default is 5).
LISTEN_BACKLOG = 256
OVERLOAD_WAIT_SECONDS = 20.0
SOCKET_TIMEOUT_SECONDS = 30.0
CONTEXT_CHARS = 40
#: Browser extensions (LanguageTool's own, and others) call the server from these origins.
_EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://", "safari-web-extension://")
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}

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
        detected, confidence = "id", 1.0
        deadline = time.monotonic() + self.max_seconds
        try:
            if self.pool is not None:
                issues, incomplete, detected = self._in_worker(doc.plain, options.language)
                if detected == ENGLISH:
                    confidence = 0.9
            elif options.language == "auto":
                result = check_document(doc.plain, self.proofreader,
                                        english_backend=self.english_backend,
                                        identifier=self.identifier, deadline=deadline)
                issues = result.issues
                incomplete = bool(result.notices)
                detected = result.language
                if detected == ENGLISH:
                    confidence = 0.9
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
        utf16 = Utf16Map(doc.original)
        matches = [self._match(doc, utf16, i) for i in kept]
        name, code = _DETECTED_NAMES.get(detected, _DETECTED_NAMES["id"])
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
                                     "source": "lingua" if options.language == "auto" else ""},
            },
            "matches": matches,
        }

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

    def _match(self, doc: AnnotatedText, utf16: Utf16Map, issue: Issue) -> dict[str, Any]:
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


class LanguageToolRequestHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 front of ``LanguageToolService`` (the server object carries the service)."""

    server: LanguageToolHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = f"Redaksi-LanguageTool/{__version__}"
    timeout = SOCKET_TIMEOUT_SECONDS
    # Headers and body go out in two writes; with Nagle on, keep-alive clients wait ~40 ms
    # for the delayed ACK on every request.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.info("%s - %s", self.address_string(), format % args)

    # -- plumbing ---------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_json(self, payload: object) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(200, body, "application/json; charset=utf-8")

    def _send_error_text(self, error: ApiError) -> None:
        self._send(error.status, (error.message + "\n").encode("utf-8"),
                   "text/plain; charset=utf-8")
        if getattr(self, "_body_unread", False):  # refused from the headers: see lt_linger
            linger_close(self.connection)

    def _read_form(self) -> dict[str, str]:
        """The request's parameters: the query string, then the url-encoded body."""
        query = urlsplit(self.path).query
        raw = query.encode("latin-1", "replace")
        if self.command == "POST":
            length_header = self.headers.get("Content-Length")
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked" or not length_header:
                self.close_connection = True
                raise ApiError(411, "Error: Content-Length is required")
            try:
                length = int(length_header)
            except ValueError:
                self.close_connection = True
                raise ApiError(400, "Error: bad Content-Length") from None
            if length < 0 or length > self.server.max_request_bytes:
                self.close_connection = self._body_unread = True  # the body is left unread
                raise ApiError(413, f"Error: request too large ({length} bytes, at most "
                                    f"{self.server.max_request_bytes})")
            content_type = self.headers.get("Content-Type", "application/x-www-form-urlencoded")
            body = self.rfile.read(length)
            if not content_type.lower().startswith("application/x-www-form-urlencoded"):
                raise ApiError(415, "Error: send the parameters as "
                                    "application/x-www-form-urlencoded")
            raw = raw + b"&" + body if raw else body
        try:
            pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict",
                              max_num_fields=200)
        except UnicodeDecodeError:
            raise ApiError(400, "Error: the parameters are not valid UTF-8") from None
        except ValueError as exc:
            raise ApiError(400, f"Error: bad parameters: {exc}") from None
        return dict(pairs)

    def _check_origin(self) -> None:
        """Refuse what a web page in the user's browser sends behind their back.

        Any site can make the browser POST a form to ``127.0.0.1:8081``; the browser then
        names the site in ``Origin``. Tools (LibreOffice, language-tool-python, curl) send no
        Origin; browser extensions send their own scheme; the server's own origin and the
        operator's ``allowed_origins`` pass too. Everything else gets 403.
        """
        origin = self.headers.get("Origin")
        if origin is None:
            if self.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
                self.close_connection = True
                raise ApiError(403, "Error: cross-site requests are not accepted")
            return
        origin = origin.strip().rstrip("/").lower()
        if origin.startswith(_EXTENSION_SCHEMES) or origin in self.server.allowed_origins:
            return
        host_header = (self.headers.get("Host") or "").strip().lower()
        scheme, _, rest = origin.partition("://")
        if scheme == "http" and rest and rest == host_header:
            host = rest.rsplit(":", 1)[0] if not rest.endswith("]") else rest
            if host in _LOOPBACK_HOSTS or host == self.server.server_address[0]:
                return
        self.close_connection = self._body_unread = True  # the body (if any) is left unread
        raise ApiError(403, f"Error: requests from origin {origin[:100]} are not accepted "
                            "(start serve-lt with --allow-origin to allow a site)")

    def handle_expect_100(self) -> bool:
        """curl asks before sending a large body: refuse one that is too large right away."""
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = 0
        if length > self.server.max_request_bytes:
            self.close_connection = True
            self._send_error_text(ApiError(413, f"Error: request too large ({length} bytes, at "
                                                f"most {self.server.max_request_bytes})"))
            return False
        return super().handle_expect_100()

    # -- routes -----------------------------------------------------------------------------
    def _route(self) -> None:
        path = urlsplit(self.path).path.rstrip("/")
        try:
            if path == "/v2/languages":
                if self.command not in ("GET", "HEAD"):
                    raise ApiError(405, f"Error: {self.command} not allowed on {path}")
                self._send_json(self.server.service.languages())
            elif path == "/v2/healthcheck":
                self._send(200, b"OK", "text/plain; charset=utf-8")
            elif path == "/v2/check":
                if self.command not in ("GET", "POST"):
                    raise ApiError(405, f"Error: {self.command} not allowed on {path}")
                self._check_origin()
                params = self._read_form()
                self._send_json(self.server.run_check(params))
            else:
                raise ApiError(404, f"Error: unknown path {path or '/'}; this server offers "
                                    "/v2/check and /v2/languages")
        except ApiError as exc:
            self._send_error_text(exc)
        except Exception as exc:  # a bug must not kill the server thread silently
            log.exception("internal error on %s", self.path)
            self._send_error_text(ApiError(500, f"Error: Internal Error: {exc}"))

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._route()

    def do_HEAD(self) -> None:  # noqa: N802
        self._route()

    def do_POST(self) -> None:  # noqa: N802
        self._route()

    def do_PUT(self) -> None:  # noqa: N802
        self.close_connection = True
        self._route()

    def do_DELETE(self) -> None:  # noqa: N802
        self.close_connection = True
        self._route()


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
        import sys

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
