"""`serve-lt` under hostile requests (issue 15, items 1 and 7): cross-site browser posts,
one 100,000-letter word, text without sentence punctuation, deeply nested ``data``, too many
matches, too long a check, 64 clients at once, and a server whose memory stays flat."""

from __future__ import annotations

import http.client
import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from lt_serving import serve

from editor.proofing.engine import Proofreader
from editor.proofing.server import MAX_SENTENCE_CHARS, LanguageToolHTTPServer, make_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def proofreader() -> Proofreader:
    return Proofreader()


@pytest.fixture(scope="module")
def server(proofreader: Proofreader) -> Iterator[LanguageToolHTTPServer]:
    yield from serve(make_server(proofreader, "127.0.0.1", 0,
                                  allowed_origins=frozenset({"https://redaksi.contoh.id"})))


def post(srv: LanguageToolHTTPServer, fields: dict[str, str],
         headers: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, bytes]:
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        body = urllib.parse.urlencode(fields)
        conn.request("POST", "/v2/check", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", **(headers or {})})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


TYPO = {"text": "Warga tinggal dirumah itu.", "language": "id"}


@pytest.mark.parametrize(("origin", "status"), [
    (None, 200),                                  # LibreOffice, language-tool-python, curl
    ("chrome-extension://abcdef", 200),           # a browser extension
    ("moz-extension://1234-5678", 200),
    ("https://redaksi.contoh.id", 200),           # allowed with --allow-origin
    ("https://jahat.example", 403),               # any other web page
    ("null", 403),                                # sandboxed iframe, file:// page
    ("http://127.0.0.1:1", 403),                  # another local port is another site
])
def test_cross_site_browser_posts_are_refused(server, origin, status):
    headers = {"Origin": origin} if origin else {}
    got, body = post(server, TYPO, headers)
    assert got == status, body
    if status == 403:
        assert body.startswith(b"Error:")


def test_same_origin_page_is_served(server):
    host, port = server.server_address[:2]
    got, _ = post(server, TYPO, {"Origin": f"http://{host}:{port}"})
    assert got == 200


def test_fetch_metadata_cross_site_without_origin_is_refused(server):
    assert post(server, TYPO, {"Sec-Fetch-Site": "cross-site"})[0] == 403


def test_deeply_nested_data_is_a_400(server):
    nested = "[" * 100_000 + "]" * 100_000
    got, body = post(server, {"data": nested, "language": "id"})
    assert got == 400 and b"nested" in body
    got, body = post(server, {"data": '{"annotation": ' + nested + "}", "language": "id"})
    assert got == 400


def test_sentence_of_each_match_is_bounded(server):
    text = "kata kata " * 5_000  # 50,000 characters, one "sentence", 5,000 matches
    got, body = post(server, {"text": text, "language": "id"})
    assert got == 200
    matches = json.loads(body)["matches"]
    assert len(matches) == 5_000
    assert max(len(m["sentence"]) for m in matches) <= MAX_SENTENCE_CHARS
    assert all("kata kata" in m["sentence"] for m in matches[:10] + matches[-10:])
    assert len(body) < 15_000_000  # was the text once per match: 250 MB here


def test_one_long_word_is_cheap(server):
    got, body = post(server, {"text": "a" * 100_000, "language": "id"}, timeout=30)
    assert got == 200
    assert all(m["rule"]["id"] != "ID_SALAH_KETIK" for m in json.loads(body)["matches"])


def test_too_many_matches_and_too_long_a_check_are_413(proofreader):
    gen = serve(make_server(proofreader, "127.0.0.1", 0, max_matches=10))
    srv = next(gen)
    got, body = post(srv, {"text": "kata kata " * 11, "language": "id"})
    assert got == 413 and b"more than 10 matches" in body
    next(gen, None)
    gen = serve(make_server(proofreader, "127.0.0.1", 0, max_seconds=1e-9))
    srv = next(gen)
    got, body = post(srv, {"text": "Kalimat satu. Kalimat dua. " * 50, "language": "id"})
    assert got == 413 and b"longer than" in body
    got, body = post(srv, {"text": "Kalimat satu. " * 5, "language": "auto"})
    assert got == 413
    next(gen, None)


def test_64_clients_at_once_are_all_answered(server):
    paragraphs = [f"Warga nomor {i} tinggal dirumah itu sejak tahun lalu." for i in range(64)]
    barrier = threading.Barrier(64)

    def one(text: str) -> int:
        barrier.wait()
        return post(server, {"text": text, "language": "id"}, timeout=120)[0]

    with ThreadPoolExecutor(max_workers=64) as pool:
        statuses = list(pool.map(one, paragraphs))
    assert statuses == [200] * 64


def _kib(pid: int, field: str) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", status, re.M).group(1))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_hostile_requests_leave_the_servers_memory_flat(tmp_path):
    """The real `redaksi serve-lt` process (address space capped at 3 GB, so the old
    behaviour fails with a MemoryError instead of taking the machine down)."""
    env = dict(os.environ, REDAKSI_DATABASE_URL=f"sqlite:///{tmp_path / 'none.db'}")
    env.pop("REDAKSI_LANGUAGETOOL_URL", None)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    proc = subprocess.Popen([sys.executable, "-m", "editor.cli", "serve-lt", "--port", "0"],
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
                            preexec_fn=cap)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/v2/", line)
        assert found, line

        class Target:
            server_address = ("127.0.0.1", int(found.group(1)))

        target = Target()
        for _ in range(3):  # warm up: lexicon, frequencies, caches
            assert post(target, {"text": "Warga tinggal dirumah itu. " * 40,
                                 "language": "id"})[0] == 200
        before = _kib(proc.pid, "VmHWM")
        hostile = [
            {"text": "a" * 99_000, "language": "id"},
            {"text": "Kemudian" + "x" * 99_000, "language": "auto"},
            {"text": ("kata kata " * 4_500), "language": "id"},     # 4,500 matches
            {"text": ("kata kata " * 9_000), "language": "id"},     # over the match limit
            {"text": " ".join("q" * 45 for _ in range(2_000)), "language": "id"},
            {"data": "[" * 50_000 + "]" * 50_000, "language": "id"},
            {"text": "x" * 150_000, "language": "id"},          # over the text limit
        ]
        statuses = [post(target, fields, timeout=120)[0] for fields in hostile * 2]
        after = _kib(proc.pid, "VmHWM")
        print(f"serve-lt peak RSS before hostile requests {before / 1024:.0f} MB, after "
              f"{after / 1024:.0f} MB")
        assert statuses == [200, 200, 200, 413, 200, 400, 413] * 2
        assert after - before < 400 * 1024, (before, after)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
