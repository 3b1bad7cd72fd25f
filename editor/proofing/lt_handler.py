"""The HTTP/1.1 front of the LanguageTool API: routes, request limits, cross-site guard.

Parsing the request is where a hostile client can cost the server: the body must have a
Content-Length within the server's limit (411/413 before reading it), be a form (415), be
UTF-8 with at most 200 fields (400); a web page's cross-site request is refused (403)
before its body is read. The answer itself comes from ``LanguageToolService`` through the
server object, which also bounds how many checks run at once.
"""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from editor import __version__
from editor.proofing.lt_linger import linger_close
from editor.proofing.lt_request import ApiError

if TYPE_CHECKING:
    from editor.proofing.server import LanguageToolHTTPServer

log = logging.getLogger(__name__)

SOCKET_TIMEOUT_SECONDS = 30.0
#: Browser extensions (LanguageTool's own, and others) call the server from these origins.
_EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://", "safari-web-extension://")
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


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
