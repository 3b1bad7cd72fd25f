"""HTTP client half of the bundle smoke test's serve-lt step (run by the *system* python3,
standard library only, so it does not lean on anything inside the bundle).

    python3 .ci/bundle_serve_lt_client.py http://127.0.0.1:PORT

Sends a real LanguageTool v2 check (200 with the expected match), a text over the server's
length limit and a body over its request limit (both 413), then the real check again (the
server is still up and answering). Prints one line per request; exit 1 on any mismatch.
"""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def post(url: str, body: bytes) -> tuple[int, bytes]:
    req = urllib.request.Request(url + "/v2/check", data=body, method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (ConnectionError, urllib.error.URLError) as exc:  # server closed early on a huge body
        return -1, repr(exc).encode()


def form(text: str) -> bytes:
    return urllib.parse.urlencode({"language": "id", "text": text}).encode()


def main(url: str) -> int:
    ok = True

    def real_check(label: str) -> None:
        nonlocal ok
        status, body = post(url, form("Pertemuan itu digelar diruang rapat."))
        reps = [r.get("value") for m in json.loads(body or b"{}").get("matches", [])
                for r in m.get("replacements", [])] if status == 200 else []
        good = status == 200 and "di ruang" in reps
        ok &= good
        print(f"serve-lt {label}: HTTP {status}, replacements {reps[:5]}"
              + ("" if good else "  <- expected 200 with 'di ruang'"))

    real_check("real check")
    status, body = post(url, form("a" * 150_000))  # one 150,000-letter word: over the text limit
    ok &= status == 413
    print(f"serve-lt 150,000-letter word: HTTP {status} {body[:90]!r}")
    status, body = post(url, form("kata " * 600_000))  # 3 MB body: over the request limit
    ok &= status == 413
    print(f"serve-lt 3 MB request: HTTP {status} {body[:90]!r}")
    real_check("real check after the hostile ones")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1].rstrip("/")))
