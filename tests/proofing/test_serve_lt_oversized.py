"""An oversized POST sent in full by an ordinary client (no ``Expect: 100-continue``) gets
its 413, every time — not a reset because the server closed on the unread body."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.server import LanguageToolHTTPServer, make_server


@pytest.fixture(scope="module")
def server() -> Iterator[LanguageToolHTTPServer]:
    srv = make_server(Proofreader(), "127.0.0.1", 0, max_request_bytes=200_000)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def post(server: LanguageToolHTTPServer, body: bytes, **headers: str) -> tuple[int, str]:
    host, port = server.server_address[:2]
    request = urllib.request.Request(
        f"http://{host}:{port}/v2/check", data=body, method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", **headers})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_a_body_far_over_the_limit_sent_in_full_gets_413_every_time(server) -> None:
    body = urllib.parse.urlencode({"language": "id", "text": "kata " * 600_000}).encode()
    answers = [post(server, body) for _ in range(6)]   # 3 MB each: 15x the limit
    assert [status for status, _ in answers] == [413] * 6
    assert all(text.startswith("Error: request too large") for _, text in answers)


def test_a_refused_origin_with_a_large_body_gets_its_403(server) -> None:
    body = urllib.parse.urlencode({"language": "id", "text": "kata " * 30_000}).encode()
    status, text = post(server, body, Origin="https://evil.example")
    assert status == 403 and "origin" in text


def test_the_server_answers_normally_after_refusals(server) -> None:
    body = urllib.parse.urlencode({"language": "id",
                                   "text": "Pertemuan itu digelar diruang rapat."}).encode()
    status, text = post(server, body)
    assert status == 200 and "di ruang" in text
