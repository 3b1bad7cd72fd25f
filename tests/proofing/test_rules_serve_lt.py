"""The sentence rules of issue 12 over the LanguageTool API (`redaksi serve-lt`): the same
ids and categories as `redaksi check`, UTF-16 offsets after emoji, the sure fix first, and
`disabledRules` switching one off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from lt_serving import serve

from editor.proofing.engine import Proofreader
from editor.proofing.server import LanguageToolHTTPServer, make_server

TEXT = ("Kepala Dinas Kesehatan, Ani Suryani mengatakan stok 🎉 cukup. "
        "Acara itu dihadiri presiden Joko Widodo di Kebayoran Baru Jakarta Selatan.")


@pytest.fixture(scope="module")
def server() -> Iterator[LanguageToolHTTPServer]:
    yield from serve(make_server(Proofreader(), "127.0.0.1", 0, max_request_bytes=200_000,
                                 max_text_length=50_000), bypass_proxy=True)


def _check(server: LanguageToolHTTPServer, **extra: str) -> list[dict]:
    with requests.Session() as http:
        http.trust_env = False
        r = http.post(f"{server.url}/v2/check", data={"text": TEXT, "language": "id", **extra})
    assert r.status_code == 200
    return r.json()["matches"]


def test_new_rules_over_the_languagetool_api(server) -> None:
    utf16 = TEXT.encode("utf-16-le")
    got = {}
    for m in _check(server):
        span = utf16[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le")
        got[m["rule"]["id"]] = (span, m["replacements"][0]["value"], m["rule"]["category"]["id"])
    assert got["ID_KOMA_APOSISI"] == (", Ani Suryani", ", Ani Suryani,", "TANDA_BACA")
    assert got["ID_KAPITAL_JABATAN"] == ("presiden", "Presiden", "HURUF_KAPITAL")
    assert got["ID_KOMA_WILAYAH"] == ("Baru Jakarta", "Baru, Jakarta", "TANDA_BACA")
    cli = {i.rule_id: (i.category, i.replacements[0]) for i in Proofreader().check(TEXT)}
    assert {k: (v[2], v[1]) for k, v in got.items()} == cli


def test_disabled_rules_switch_one_off(server) -> None:
    ids = {m["rule"]["id"] for m in _check(server, disabledRules="ID_KOMA_APOSISI")}
    assert "ID_KOMA_APOSISI" not in ids and "ID_KOMA_WILAYAH" in ids
