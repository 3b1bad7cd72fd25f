"""`redaksi serve-lt`: the LanguageTool HTTP API v2, exercised with the real
``language_tool_python`` client and with raw HTTP for the edges (errors, limits, threads).

The server runs in a thread on an ephemeral loopback port with the real proofreader.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import language_tool_python
import pytest
import requests
from lt_serving import serve

from editor.proofing import lt_handler, lt_response, lt_service
from editor.proofing import server as server_module
from editor.proofing.engine import Proofreader
from editor.proofing.server import LanguageToolHTTPServer, make_server
from editor.proofing.utf16 import Utf16Map

# Emoji (two UTF-16 units each) before, between and after the errors.
TEXT = "Kami 😀 tinggal dirumah 👨‍👩‍👧 dan aktifitas warga 🎉 berjalan baik."
EN_PARA = "The minister said on Tuesday that the government would raise fuel prices soon."


@pytest.fixture(scope="module")
def proofreader() -> Proofreader:
    return Proofreader()


@pytest.fixture(scope="module")
def server(proofreader: Proofreader) -> Iterator[LanguageToolHTTPServer]:
    yield from serve(make_server(proofreader, "127.0.0.1", 0, max_request_bytes=200_000,
                                 max_text_length=50_000), bypass_proxy=True)


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False  # never through a proxy: the server is on loopback
        yield session


def expected_spans(proofreader: Proofreader, text: str) -> list[tuple[int, int, str]]:
    return [(i.offset, i.length, i.rule_id) for i in proofreader.check(text)]


# -- the real client ------------------------------------------------------------------------
def test_language_tool_python_check_gives_python_spans_around_emoji(
    server: LanguageToolHTTPServer, proofreader: Proofreader
) -> None:
    tool = language_tool_python.LanguageTool("id", remote_server=server.url)
    try:
        matches = tool.check(TEXT)
    finally:
        tool.close()
    expected = expected_spans(proofreader, TEXT)
    assert expected, "the sample text must contain errors"
    assert [(m.offset, m.error_length, m.rule_id) for m in matches] == expected
    words = {TEXT[m.offset:m.offset + m.error_length] for m in matches}
    assert {"dirumah", "aktifitas"} <= words
    by_word = {TEXT[m.offset:m.offset + m.error_length]: m for m in matches}
    assert by_word["dirumah"].replacements[0] == "di rumah"
    assert by_word["aktifitas"].replacements[0] == "aktivitas"
    # (Match.matched_text is not checked: the client slices the context with its UTF-16
    # offset, as real LanguageTool sends it, so it is off by one per emoji before the error.)


def test_language_tool_python_correct_fixes_the_text(server: LanguageToolHTTPServer) -> None:
    tool = language_tool_python.LanguageTool("id-ID", remote_server=server.url)
    try:
        corrected = tool.correct(TEXT)
    finally:
        tool.close()
    assert "tinggal di rumah 👨‍👩‍👧 dan aktivitas warga 🎉" in corrected
    assert corrected.startswith("Kami 😀 ") and corrected.endswith("berjalan baik.")


def test_client_disabled_rules_are_honoured(
    server: LanguageToolHTTPServer, proofreader: Proofreader
) -> None:
    rules = {i.rule_id for i in proofreader.check(TEXT) if TEXT[i.offset:i.end] == "dirumah"}
    tool = language_tool_python.LanguageTool("id", remote_server=server.url)
    try:
        tool.disabled_rules = set(rules)
        matches = tool.check(TEXT)
    finally:
        tool.close()
    assert matches and not any(m.rule_id in rules for m in matches)


# -- the wire format ------------------------------------------------------------------------
def test_languages(server: LanguageToolHTTPServer, http: requests.Session) -> None:
    r = http.get(f"{server.url}/v2/languages")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/json")
    assert r.json() == [{"name": "Indonesian", "code": "id", "longCode": "id-ID"}]


def test_check_response_has_languagetool_shape_and_utf16_offsets(
    server: LanguageToolHTTPServer, http: requests.Session
) -> None:
    r = http.post(f"{server.url}/v2/check", data={"text": TEXT, "language": "id-ID"})
    assert r.status_code == 200
    body = r.json()
    assert body["software"]["name"] == "LanguageTool" and body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "id-ID"
    utf16 = TEXT.encode("utf-16-le")
    for match in body["matches"]:
        assert set(match) >= {"message", "shortMessage", "replacements", "offset", "length",
                              "context", "sentence", "type", "rule"}
        assert set(match["rule"]) >= {"id", "description", "issueType", "category"}
        assert set(match["rule"]["category"]) == {"id", "name"}
        start, length = match["offset"], match["length"]
        span = utf16[2 * start:2 * (start + length)].decode("utf-16-le")
        ctx = match["context"]
        c16 = ctx["text"].encode("utf-16-le")
        assert c16[2 * ctx["offset"]:2 * (ctx["offset"] + ctx["length"])].decode(
            "utf-16-le") == span
        assert span in match["sentence"]
        assert all(set(rep) == {"value"} for rep in match["replacements"])
    spans = [utf16[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le")
             for m in body["matches"]]
    assert "dirumah" in spans and "aktifitas" in spans


def test_category_names_and_issue_types_come_from_categories_yaml(
    server: LanguageToolHTTPServer, http: requests.Session
) -> None:
    """One source for category names: the file the settings dialog shows (no second list
    in the server)."""
    from editor.proofing.ruledata import ISSUE_TYPES, category_info

    described = category_info()
    assert all(info.issue_type in ISSUE_TYPES for info in described.values() if info.issue_type)
    assert described["SALAH_KETIK"].issue_type == "misspelling"
    r = http.post(f"{server.url}/v2/check", data={"text": TEXT, "language": "id-ID"})
    matches = r.json()["matches"]
    assert matches
    for match in matches:
        info = described[match["rule"]["category"]["id"]]
        assert match["rule"]["category"]["name"] == info.label
        if info.issue_type:  # a category without one falls back to its severity
            assert match["rule"]["issueType"] == info.issue_type
    # No category is spelt in the server's code: the names come from the data file.
    for module in (server_module, lt_handler, lt_response, lt_service):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not any(f'"{category}"' in source for category in described), module.__name__


def test_get_check_works_like_post(server: LanguageToolHTTPServer, http: requests.Session) -> None:
    posted = http.post(f"{server.url}/v2/check", data={"text": TEXT, "language": "id"}).json()
    got = http.get(f"{server.url}/v2/check", params={"text": TEXT, "language": "id"}).json()
    assert posted["matches"] == got["matches"]


def test_data_annotation_offsets_count_markup(
    server: LanguageToolHTTPServer, http: requests.Session
) -> None:
    data = {"annotation": [
        {"markup": "<p>"}, {"text": "Kami 😀 tinggal dirumah."},
        {"markup": "</p>", "interpretAs": "\n\n"},
        {"markup": "<p>"}, {"text": "Semua aktifitas berjalan."}, {"markup": "</p>"},
    ]}
    original = "".join(p.get("text", p.get("markup", "")) for p in data["annotation"])
    r = http.post(f"{server.url}/v2/check", data={"data": json.dumps(data), "language": "id"})
    assert r.status_code == 200, r.text
    utf16 = Utf16Map(original)
    spans = []
    for m in r.json()["matches"]:
        start, length = utf16.span_to_python(m["offset"], m["length"])
        spans.append(original[start:start + length])
    assert "dirumah" in spans and "aktifitas" in spans
    assert not any("<" in s for s in spans)


def test_rule_and_category_filters(
    server: LanguageToolHTTPServer, http: requests.Session, proofreader: Proofreader
) -> None:
    issues = proofreader.check(TEXT)
    first = issues[0]
    url = f"{server.url}/v2/check"
    only = http.post(url, data={"text": TEXT, "language": "id", "enabledOnly": "true",
                                "enabledRules": first.rule_id}).json()["matches"]
    assert only and {m["rule"]["id"] for m in only} == {first.rule_id}
    without = http.post(url, data={"text": TEXT, "language": "id",
                                   "disabledCategories": first.category}).json()["matches"]
    assert all(m["rule"]["category"]["id"] != first.category for m in without)
    assert len(without) == sum(1 for i in issues if i.category != first.category)


def test_auto_leaves_english_unchecked(
    server: LanguageToolHTTPServer, http: requests.Session
) -> None:
    text = f"{TEXT}\n\n{EN_PARA} dirumah\n"
    body = http.post(f"{server.url}/v2/check", data={"text": text, "language": "auto"}).json()
    english_start = len(Utf16Map(text).text[:text.index(EN_PARA)].encode("utf-16-le")) // 2
    assert body["matches"]
    assert all(m["offset"] < english_start for m in body["matches"])
    assert body["warnings"]["incompleteResults"] is True


# -- errors and limits ----------------------------------------------------------------------
@pytest.mark.parametrize(("form", "status", "words"), [
    ({"language": "id"}, 400, "Missing 'text'"),
    ({"text": "Halo."}, 400, "language"),
    ({"text": "Halo.", "language": "xx-YY"}, 400, "xx-YY"),
    ({"text": "Halo.", "data": "{}", "language": "id"}, 400, "not both"),
    ({"data": "{not json", "language": "id"}, 400, "JSON"),
    ({"data": '{"annotation": [{"text": 1}]}', "language": "id"}, 400, "annotation item 0"),
    ({"text": "Halo.", "language": "id", "enabledOnly": "true"}, 400, "enabledOnly"),
    ({"text": "Halo.", "language": "id", "level": "extreme"}, 400, "level"),
    ({"text": "a" * 50_001, "language": "id"}, 413, "exceeds the limit"),
])
def test_bad_requests_get_plain_text_errors(
    server: LanguageToolHTTPServer, http: requests.Session, form: dict[str, str], status: int,
    words: str,
) -> None:
    r = http.post(f"{server.url}/v2/check", data=form)
    assert r.status_code == status
    assert r.headers["Content-Type"].startswith("text/plain")
    assert r.text.startswith("Error:") and words in r.text


def test_oversized_request_is_refused_before_reading(server: LanguageToolHTTPServer) -> None:
    """A 10 MB Content-Length gets 413 at once: the server does not wait for the body."""
    import http.client

    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest("POST", "/v2/check")
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Content-Length", str(10_000_000))
        conn.endheaders()
        response = conn.getresponse()
        assert response.status == 413
        assert response.read().decode().startswith("Error: request too large")
        assert response.getheader("Connection") == "close"
    finally:
        conn.close()


def test_expect_100_continue_too_large_is_refused_first(server: LanguageToolHTTPServer) -> None:
    import http.client

    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest("POST", "/v2/check")
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Content-Length", str(5_000_000))
        conn.putheader("Expect", "100-continue")
        conn.endheaders()
        response = conn.getresponse()
        assert response.status == 413  # not "100 Continue"
    finally:
        conn.close()


def test_post_without_length_is_refused(server: LanguageToolHTTPServer) -> None:
    import http.client

    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest("POST", "/v2/check")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        response = conn.getresponse()
        assert response.status == 411
    finally:
        conn.close()


def test_invalid_utf8_unknown_path_and_method(
    server: LanguageToolHTTPServer, http: requests.Session
) -> None:
    r = http.post(f"{server.url}/v2/check", data=b"language=id&text=%FF%FE",
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "UTF-8" in r.text
    assert http.get(f"{server.url}/v3/check").status_code == 404
    assert http.put(f"{server.url}/v2/check", data={"text": "x"}).status_code == 405
    r = http.post(f"{server.url}/v2/check", data=b'{"text": "x"}',
                  headers={"Content-Type": "application/json"})
    assert r.status_code == 415


def test_concurrent_requests_all_answered_alike(
    server: LanguageToolHTTPServer, proofreader: Proofreader
) -> None:
    texts = [f"{TEXT} Paragraf {n}." for n in range(24)]

    def one(text: str) -> list[tuple[int, int]]:
        with requests.Session() as s:
            s.trust_env = False
            r = s.post(f"{server.url}/v2/check", data={"text": text, "language": "id"},
                       timeout=60)
            r.raise_for_status()
            return [(m["offset"], m["length"]) for m in r.json()["matches"]]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(one, texts))
    for text, got in zip(texts, results, strict=True):
        utf16 = Utf16Map(text)
        assert got == [utf16.span_to_utf16(i.offset, i.length) for i in proofreader.check(text)]


# -- any text -------------------------------------------------------------------------------
_PIECES = ["dirumah", "aktifitas", "😀", "👨‍👩‍👧", " ", "  ", "\n", "\n\n", ".", ",", "Rp 5 juta",
           "di kirim", "anak anak", "Jakarta", "yang", "warga", "**tebal**", "`kode`", "é", "\r\n"]


def test_any_text_gives_spans_that_map_back(proofreader: Proofreader) -> None:
    """Random mixes of errors, emoji, Markdown and line breaks: the server's UTF-16 spans
    always land on exactly the characters the proofreader flagged."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from editor.proofing.server import LanguageToolService

    service = LanguageToolService(proofreader)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
    def check(text: str) -> None:
        body = service.check({"text": text, "language": "id"})
        utf16 = Utf16Map(text)
        issues = proofreader.check(text)
        assert len(body["matches"]) == len(issues)
        for m, issue in zip(body["matches"], issues, strict=True):
            assert utf16.span_to_python(m["offset"], m["length"]) == (issue.offset, issue.length)
        json.dumps(body)

    check()


def test_lone_surrogate_in_data_is_a_400(server: LanguageToolHTTPServer,
                                          http: requests.Session) -> None:
    data = '{"annotation": [{"text": "Halo \\ud800 dunia."}]}'
    r = http.post(f"{server.url}/v2/check", data={"data": data, "language": "id"})
    assert r.status_code == 400 and "surrogate" in r.text


def test_utf16_map_agrees_with_real_utf16_encoding() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40))
    def check(text: str) -> None:
        utf16 = Utf16Map(text)
        for i in range(len(text) + 1):
            units = len(text[:i].encode("utf-16-le")) // 2
            assert utf16.to_utf16(i) == units
            assert utf16.to_python(units) == i
        for i in range(len(text)):
            for j in range(i, len(text) + 1):
                o, n = utf16.span_to_utf16(i, j - i)
                assert utf16.span_to_python(o, n) == (i, j - i)

    check()


# -- the command ----------------------------------------------------------------------------
def test_redaksi_serve_lt_process_end_to_end(tmp_path) -> None:
    """`redaksi serve-lt --port 0` as a real process, used by the real client, then stopped."""
    import os
    import re
    import signal
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, REDAKSI_DATABASE_URL=f"sqlite:///{tmp_path / 'none.db'}",
               NO_PROXY="127.0.0.1,localhost")
    env.pop("REDAKSI_LANGUAGETOOL_URL", None)
    def ignore_sigint() -> None:
        # as a shell's background job starts it: Ctrl+C must stop it all the same
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    proc = subprocess.Popen([sys.executable, "-m", "editor.cli", "serve-lt", "--port", "0"],
                            stderr=subprocess.PIPE, text=True, env=env,
                            cwd=Path(__file__).resolve().parents[2],
                            preexec_fn=ignore_sigint)
    import threading

    later: list[str] = []
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/v2/", line)
        assert found, line
        # Keep reading what it says: a full pipe would block the server's next message,
        # and what it said is the diagnosis when it does not stop.
        drain = threading.Thread(target=lambda: later.extend(proc.stderr), daemon=True)
        drain.start()
        tool = language_tool_python.LanguageTool("id", remote_server=found.group(0)[:-4])
        try:
            assert tool.correct("Ia tinggal dirumah 😀 itu.") == "Ia tinggal di rumah 😀 itu."
        finally:
            tool.close()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=90)  # workers stop too; a loaded machine is slow
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, "".join(later)[-4000:]
    assert not (tmp_path / "none.db").exists()


def test_serve_lt_port_in_use_is_a_clear_error(capsys, monkeypatch, tmp_path) -> None:
    import socket

    from editor.cli import main

    monkeypatch.setenv("REDAKSI_DATABASE_URL", f"sqlite:///{tmp_path / 'none.db'}")

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve-lt", "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 2 and f"127.0.0.1:{port}" in err


def test_annotated_text_maps_plain_positions_to_the_original() -> None:
    from editor.proofing.server import AnnotatedText

    doc = AnnotatedText([("<p>", "", False), ("ab", "ab", True), ("</p>", "\n\n", False),
                         ("<br/>", "", False), ("cd", "cd", True)])
    assert doc.plain == "ab\n\ncd" and doc.original == "<p>ab</p><br/>cd"
    starts = [doc.to_original(i) for i in range(len(doc.plain) + 1)]
    ends = [doc.to_original(i, end=True) for i in range(1, len(doc.plain) + 1)]
    assert starts == [3, 4, 5, 5, 14, 15, 16]
    assert ends == [4, 5, 9, 9, 15, 16]


def test_unknown_words_are_misspellings_for_languagetool_clients(
    server: LanguageToolHTTPServer, http: requests.Session
) -> None:
    text = "Warga menyebutnya tradisi mbrokohan, dan peserta mengikuti pelatiahn."
    r = http.post(f"{server.url}/v2/check", data={"text": text, "language": "id-ID"})
    by_rule = {m["rule"]["id"]: m for m in r.json()["matches"]}
    unknown, typo = by_rule["ID_KATA_TIDAK_DIKENAL"], by_rule["ID_SALAH_KETIK"]
    assert unknown["rule"]["issueType"] == typo["rule"]["issueType"] == "misspelling"
    assert unknown["rule"]["category"]["id"] == "KATA_TIDAK_DIKENAL"
    assert text[unknown["offset"]:unknown["offset"] + unknown["length"]] == "mbrokohan"
    r = http.post(f"{server.url}/v2/check", data={
        "text": text, "language": "id-ID", "disabledCategories": "KATA_TIDAK_DIKENAL"})
    assert {m["rule"]["id"] for m in r.json()["matches"]} == {"ID_SALAH_KETIK"}
