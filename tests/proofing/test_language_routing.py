"""Language detection and routing: English parts never meet the Indonesian rules; with a
LanguageTool server configured they are checked there and the offsets come back right.

The LanguageTool server here is a small real HTTP server speaking LanguageTool's /v2 API: a
test double for an external service (Redaksi's own serve-lt only serves Indonesian).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.language import ENGLISH, INDONESIAN, LanguageIdentifier, detect_language
from editor.proofing.languagetool_backend import (
    ENV_URL,
    LanguageToolBackend,
    backend_from_env,
)
from editor.proofing.routing import (
    ENGLISH_FAILED,
    ENGLISH_UNCHECKED,
    check_document,
    segment,
)

ID_WRONG = "Warga yang tinggal dirumah itu menolak aktifitas tambang di desa mereka 😀."
EN_PARA = ("The minister said on Tuesday 🚀 that teh government would raise fuel prices "
           "next month, according to officials.")
ID_CLEAN = "Presiden meresmikan jembatan baru di Kalimantan Timur pada hari Senin."


@pytest.fixture(scope="module")
def proofreader() -> Proofreader:
    return Proofreader()


# -- detection ------------------------------------------------------------------------------
def test_detects_english_and_indonesian() -> None:
    assert detect_language(EN_PARA).language == ENGLISH
    assert detect_language(ID_WRONG).language == INDONESIAN
    assert detect_language(ID_CLEAN).language == INDONESIAN


def test_short_text_is_not_sent_to_the_detector() -> None:
    detection = LanguageIdentifier().detect("Foto: Antara")
    assert detection.language == INDONESIAN and not detection.detected


def test_names_and_urls_do_not_make_a_line_english() -> None:
    line = ("Di antaranya New LED Headlamp, New Retractable Outer Mirror, Front Grille Design "
            "with Dark Chrome Element, lihat https://example.com/new-car-review-of-the-year.")
    assert detect_language(line).language == INDONESIAN


# -- segmentation ---------------------------------------------------------------------------
def test_segments_cover_the_text_and_split_by_language() -> None:
    text = f"{ID_WRONG}\n\n{EN_PARA}\n\n{ID_CLEAN}\n"
    segs = segment(text)
    assert [s.language for s in segs] == [INDONESIAN, ENGLISH, INDONESIAN]
    assert segs[0].start == 0 and segs[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(segs, segs[1:], strict=False))
    english = text[segs[1].start:segs[1].end]
    assert EN_PARA in english and ID_CLEAN not in english


def test_wrapped_english_paragraph_keeps_its_short_last_line() -> None:
    text = (f"{ID_CLEAN}\n\nThe central bank kept its benchmark interest rate unchanged\n"
            "on Thursday, as expected.\n\n{ID_CLEAN}")
    segs = segment(text)
    english = [text[s.start:s.end] for s in segs if s.language == ENGLISH]
    assert len(english) == 1 and "as expected." in english[0]


def test_fenced_code_is_never_routed() -> None:
    text = f"{ID_CLEAN}\n\n```\n{EN_PARA}\n```\n"
    assert {s.language for s in segment(text)} == {INDONESIAN}


# -- without a LanguageTool server ----------------------------------------------------------
def test_english_is_left_unchecked_and_told_once(proofreader: Proofreader) -> None:
    text = f"{ID_WRONG}\n\n{EN_PARA}\n\n{ID_CLEAN}\n\n{EN_PARA} dirumah aktifitas\n"
    result = check_document(text, proofreader)
    english = [s for s in result.segments if s.language == ENGLISH]
    assert len(english) == 2
    for issue in result.issues:
        assert not any(s.start <= issue.offset < s.end for s in english), issue
    assert [n.code for n in result.notices] == [ENGLISH_UNCHECKED]
    assert ENV_URL in result.notices[0].message
    assert len(result.notices[0].spans) == 2
    # The Indonesian paragraph is still checked, at document offsets.
    spans = {text[i.offset:i.end] for i in result.issues}
    assert {"dirumah", "aktifitas"} <= spans
    direct = proofreader.check(ID_WRONG)
    assert [(i.offset, i.rule_id) for i in result.issues if i.offset < len(ID_WRONG)] == \
        [(i.offset, i.rule_id) for i in direct]


def test_all_indonesian_document_equals_a_direct_check(proofreader: Proofreader) -> None:
    text = f"# Judul\n\n{ID_WRONG}\n{ID_CLEAN}\n"
    result = check_document(text, proofreader)
    assert result.notices == []
    assert [(i.offset, i.length, i.rule_id) for i in result.issues] == \
        [(i.offset, i.length, i.rule_id) for i in proofreader.check(text)]


# -- with a LanguageTool server -------------------------------------------------------------
class FakeLanguageTool(BaseHTTPRequestHandler):
    """Speaks LanguageTool's /v2 API: flags every "teh" (UTF-16 offsets, as Java counts)."""

    received: list[dict[str, str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _json(self, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._json([{"name": "English (US)", "code": "en", "longCode": "en-US"}])

    def do_POST(self) -> None:  # noqa: N802
        form = dict(parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
        FakeLanguageTool.received.append(form)
        text = form["text"]
        matches = []
        start = text.find("teh")
        while start >= 0:
            offset16 = len(text[:start].encode("utf-16-le")) // 2
            matches.append({
                "message": "Possible spelling mistake found.", "shortMessage": "Spelling mistake",
                "replacements": [{"value": "the"}], "offset": offset16, "length": 3,
                "context": {"text": text, "offset": offset16, "length": 3}, "sentence": text,
                "type": {"typeName": "UnknownWord"},
                "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Possible spelling mistake",
                         "issueType": "misspelling",
                         "category": {"id": "TYPOS", "name": "Possible Typo"}},
            })
            start = text.find("teh", start + 1)
        self._json({"software": {"name": "LanguageTool"}, "language": {"code": "en-US"},
                    "matches": matches})


@pytest.fixture
def fake_lt(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLanguageTool)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeLanguageTool.received = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_english_goes_to_languagetool_with_offsets_mapped_back(
    proofreader: Proofreader, fake_lt: str
) -> None:
    text = f"{ID_WRONG} 🎉\n\n{EN_PARA}\n\n{ID_CLEAN} teh\n"
    backend = LanguageToolBackend(fake_lt)
    result = check_document(text, proofreader, english_backend=backend)
    assert result.notices == []
    english = [i for i in result.issues if i.rule_id == "MORFOLOGIK_RULE_EN_US"]
    assert len(english) == 1, "only the English paragraph goes to LanguageTool"
    issue = english[0]
    assert text[issue.offset:issue.end] == "teh"
    assert issue.offset == text.index("teh government")
    assert issue.replacements == ("the",) and issue.category == "TYPOS"
    assert issue.context["source"] == "languagetool"
    assert [form["text"].strip() for form in FakeLanguageTool.received] == [EN_PARA]
    assert all(form["language"] == "en-US" for form in FakeLanguageTool.received)
    # The Indonesian parts are still checked by the Indonesian proofreader.
    assert {"dirumah", "aktifitas"} <= {text[i.offset:i.end] for i in result.issues}
    backend.close()


def test_unreachable_languagetool_is_a_notice_not_a_crash(proofreader: Proofreader) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    backend = LanguageToolBackend(f"http://127.0.0.1:{port}")
    text = f"{ID_WRONG}\n\n{EN_PARA}\n"
    result = check_document(text, proofreader, english_backend=backend)
    assert [n.code for n in result.notices] == [ENGLISH_FAILED]
    assert "teh" not in {text[i.offset:i.end] for i in result.issues}
    assert "dirumah" in {text[i.offset:i.end] for i in result.issues}


def test_backend_from_env() -> None:
    assert backend_from_env({}) is None
    backend = backend_from_env({ENV_URL: " http://lt.example:8010 "})
    assert backend is not None and backend.url == "http://lt.example:8010"
    assert backend.language == "en-US"


def test_serve_lt_auto_sends_english_to_languagetool(
    proofreader: Proofreader, fake_lt: str
) -> None:
    """Redaksi's server with language=auto: English to the external LanguageTool, and the
    match comes back at the right UTF-16 offset of the whole request text."""
    import requests

    from editor.proofing.server import make_server
    from editor.proofing.utf16 import Utf16Map

    backend = LanguageToolBackend(fake_lt)
    server = make_server(proofreader, "127.0.0.1", 0, english_backend=backend)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        text = f"{ID_WRONG}\n\n{EN_PARA}\n"
        with requests.Session() as http:
            http.trust_env = False
            body = http.post(f"{server.url}/v2/check",
                             data={"text": text, "language": "auto"}).json()
    finally:
        server.shutdown()
        server.server_close()
        backend.close()
    utf16 = Utf16Map(text)
    found = {}
    for m in body["matches"]:
        start, length = utf16.span_to_python(m["offset"], m["length"])
        found[text[start:start + length]] = m["rule"]["id"]
    assert found["teh"] == "MORFOLOGIK_RULE_EN_US"
    assert found["dirumah"] == "ID_DI_PREPOSISI"
    assert body["warnings"]["incompleteResults"] is False
