"""`serve-lt` with checks in worker processes (issue 15, item 1): the time limit is hard even
for a check that never looks at its deadline, a check that eats memory hits the worker's cap,
and in both cases the client gets a clear 413 and the server goes on serving the others.
Clients: pylanguagetool, language-tool-python, raw sockets."""

from __future__ import annotations

import http.client
import json
import random
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator

import language_tool_python
import pytest
from lt_serving import serve
from pylanguagetool import api as pylt

from editor.proofing.check_workers import CheckerSpec
from editor.proofing.engine import Proofreader
from editor.proofing.server import LanguageToolHTTPServer, make_server


class RunawayChecker:
    """A stand-in for a rule that runs away: it ignores the deadline inside one C call, or
    allocates without bound, when the text asks it to."""

    def __init__(self) -> None:
        self.real = Proofreader()

    def check(self, text, *, names=(), deadline=None):
        if text.startswith("TIDUR"):
            time.sleep(120)  # one long C call: no deadline check can interrupt it
        if text.startswith("RAKUS"):
            hog = [bytearray(2_000_000_000) for _ in range(10)]  # 20 GB
            return [len(hog)]
        return self.real.check(text, names=names, deadline=deadline)


def build_runaway(spec: CheckerSpec) -> RunawayChecker:
    return RunawayChecker()


@pytest.fixture(scope="module")
def runaway_server() -> Iterator[LanguageToolHTTPServer]:
    spec = CheckerSpec(factory=f"{__name__}:build_runaway", english_from_env=False)
    yield from serve(make_server(Proofreader(), "127.0.0.1", 0, workers=2, max_seconds=1.0,
                                  checker_spec=spec))


@pytest.fixture(scope="module")
def server() -> Iterator[LanguageToolHTTPServer]:
    yield from serve(make_server(Proofreader(), "127.0.0.1", 0, workers=2, max_seconds=2.0))


def post(srv, fields: dict[str, str], timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(*srv.server_address[:2], timeout=timeout)
    try:
        conn.request("POST", "/v2/check", body=urllib.parse.urlencode(fields),
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _wait_for_workers(srv, count: int, timeout: float = 60) -> None:
    until = time.monotonic() + timeout
    while len(srv.service.pool.pids()) < count or srv.service.pool._idle.qsize() < count:
        assert time.monotonic() < until, "the pool did not recover"
        time.sleep(0.05)


def test_a_check_that_ignores_its_deadline_is_killed_and_the_server_goes_on(runaway_server):
    srv = runaway_server
    _wait_for_workers(srv, 2)
    before = srv.service.pool.pids()
    answers: dict[str, tuple[int, float]] = {}

    def stuck() -> None:
        t = time.monotonic()
        status, _body = post(srv, {"text": "TIDUR " + "kata " * 10, "language": "id"})
        answers["stuck"] = (status, time.monotonic() - t)

    thread = threading.Thread(target=stuck)
    thread.start()
    time.sleep(0.3)
    # Meanwhile another client is answered by the other worker.
    status, body = post(srv, {"text": "Saya tinggal dirumah.", "language": "id"})
    assert status == 200 and json.loads(body)["matches"]
    thread.join(30)
    status, took = answers["stuck"]
    assert status == 413 and took < 20  # killed at the limit (1 s + grace), not after 120 s
    _wait_for_workers(srv, 2)
    after = srv.service.pool.pids()
    assert len(set(before) - set(after)) == 1 and srv.service.pool.restarts >= 1
    status, body = post(srv, {"text": "Saya tinggal dirumah.", "language": "id"})
    assert status == 200


def test_a_check_that_eats_memory_hits_the_workers_cap(runaway_server):
    srv = runaway_server
    _wait_for_workers(srv, 2)
    status, body = post(srv, {"text": "RAKUS sekali", "language": "id"})
    assert status == 413 and b"memory" in body
    _wait_for_workers(srv, 2)
    assert post(srv, {"text": "Saya tinggal dirumah.", "language": "id"})[0] == 200


@pytest.fixture(scope="module")
def tight_server() -> Iterator[LanguageToolHTTPServer]:
    """Only the time limit bounds it (no match cap), and the limit is short: how fast the
    machine checks must not decide which limit answers."""
    yield from serve(make_server(Proofreader(), "127.0.0.1", 0, workers=2, max_seconds=0.5,
                                  max_matches=10**9))


def test_one_giant_sentence_is_stopped_at_the_limit(tight_server):
    rng = random.Random(15)
    text = " ".join("".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(8))
                    for _ in range(11_000))[:99_000]
    t = time.monotonic()
    status, body = post(tight_server, {"text": text, "language": "id"})
    assert status == 413 and b"longer than" in body
    assert time.monotonic() - t < 15
    assert post(tight_server, {"text": "Saya tinggal dirumah.", "language": "id"})[0] == 200


def test_pylanguagetool_and_language_tool_python_are_served_by_the_workers(server):
    data = pylt.check("Kami tinggal dirumah dan aktifitas warga berjalan baik.",
                      api_url=server.url + "/v2/", lang="id-ID")
    found = {m["context"]["text"][m["context"]["offset"]:][:m["context"]["length"]]
             for m in data["matches"]}
    assert {"dirumah", "aktifitas"} <= found
    with pytest.raises(ValueError, match="exceeds the limit"):
        pylt.check("x" * 150_000, api_url=server.url + "/v2/", lang="id")
    tool = language_tool_python.LanguageTool("id", remote_server=server.url)
    try:
        text = "Warga 😀 tinggal dirumah."
        match = next(m for m in tool.check(text) if "rumah" in m.replacements[0])
        assert text[match.offset:match.offset + match.error_length] == "dirumah"
    finally:
        tool.close()


def _raw(srv, payload: bytes, timeout: float = 10) -> bytes:
    with socket.create_connection(srv.server_address[:2], timeout=timeout) as sock:
        sock.sendall(payload)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


@pytest.mark.parametrize(("payload", "status"), [
    (b"POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded"
     b"\r\nContent-Length: 999999999\r\n\r\ntext=a", b"413"),
    (b"POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded"
     b"\r\nContent-Length: 12\r\nConnection: close\r\n\r\ntext=\xc3\x28abcde", b"400"),
    (b"POST /v2/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\ntext=\r\n"
     b"0\r\n\r\n", b"411"),
    (b"GET /v2/check?" + b"&".join(b"p%d=1" % i for i in range(500)) + b"&text=a HTTP/1.1"
     b"\r\nHost: x\r\nConnection: close\r\n\r\n", b"400"),
    (b"GET /v2/check?text=%ZZ%C3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"400"),
    (b"BREW /v2/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"501"),
])
def test_hostile_raw_requests_get_clear_4xx(server, payload, status):
    answer = _raw(server, payload)
    assert answer.split(b" ", 2)[1] == status, answer[:200]
    assert post(server, {"text": "Saya tinggal dirumah.", "language": "id"})[0] == 200


def test_slowloris_does_not_hold_the_server(server):
    """Connections that trickle their headers do not keep others from being served."""
    socks = []
    try:
        for _ in range(20):
            s = socket.create_connection(server.server_address[:2], timeout=5)
            s.sendall(b"POST /v2/check HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        t = time.monotonic()
        assert post(server, {"text": "Saya tinggal dirumah.", "language": "id"})[0] == 200
        assert time.monotonic() - t < 10
    finally:
        for s in socks:
            s.close()
