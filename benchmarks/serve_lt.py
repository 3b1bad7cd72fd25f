"""Figures for the routing and the LanguageTool-compatible server on real articles.

Prints: language detection cost (words per second of ``segment``), the share of lines routed
to English; then ``redaksi serve-lt`` as a real process, loaded over loopback HTTP by 1, 8, 32
and 64 concurrent clients (each its own keep-alive connection, one paragraph of a real
article per request, as LibreOffice and the editor send): requests per second, latency p50,
p95 and p99, errors (anything but 200, resets, timeouts) and the server's peak RSS; and the
hostile-request set (one 100,000-letter word, text without sentence punctuation, nested
``data``, over-limit text, cross-site posts) with the server's peak RSS before and after.
Figures only, never pass/fail.

    python benchmarks/serve_lt.py [--articles 300] [--seconds 8] [--clients 1,8,32,64]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import lzma
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._shared import NEWS_ARCHIVE, require  # noqa: E402
from editor.proofing.language import ENGLISH, default_identifier  # noqa: E402
from editor.proofing.routing import segment  # noqa: E402


def load(n: int) -> list[str]:
    with lzma.open(require(NEWS_ARCHIVE), "rt", encoding="utf-8") as fh:
        return [json.loads(line)["body"] or "" for line in itertools.islice(fh, n)]


def _hwm_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # gone
        return 0.0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) / 1024 if found else 0.0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int(re.search(r"^PPid:\s+(\d+)", (entry / "status").read_text(),
                                     re.M).group(1))
            except (OSError, AttributeError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def peak_rss_mb(pid: int) -> float:
    """Peak RSS of the server process itself (the HTTP front)."""
    return _hwm_mb(pid)


def workers_rss_mb(pid: int) -> str:
    """Peak RSS of the server's live check workers (and the forkserver), each."""
    sizes = [_hwm_mb(p) for p in _descendants(pid)]
    return "+".join(f"{x:.0f}" for x in sizes if x) or "0"


def start_server(workers: int) -> tuple[subprocess.Popen[str], int]:
    env = dict(os.environ, REDAKSI_DATABASE_URL=f"sqlite:///{tempfile.mkdtemp()}/none.db")
    env.pop("REDAKSI_LANGUAGETOOL_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "editor.cli", "serve-lt", "--port", "0",
                             "--workers", str(workers)],
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stderr is not None
    found = re.search(r"http://127\.0\.0\.1:(\d+)/v2/", proc.stderr.readline())
    if not found:
        proc.kill()
        raise SystemExit("serve-lt did not start")
    return proc, int(found.group(1))


def request(conn: http.client.HTTPConnection, fields: dict[str, str],
            headers: dict[str, str] | None = None) -> int:
    conn.request("POST", "/v2/check", body=urllib.parse.urlencode(fields), headers={
        "Content-Type": "application/x-www-form-urlencoded", **(headers or {})})
    response = conn.getresponse()
    response.read()
    return response.status


def load_level(port: int, paragraphs: list[str], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    start_line = threading.Barrier(clients)
    stop_at = [0.0]

    def client(n: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        bad = 0
        start_line.wait()
        i = n
        while time.perf_counter() < stop_at[0]:
            text = paragraphs[i % len(paragraphs)]
            i += clients
            t = time.perf_counter()
            try:
                ok = request(conn, {"text": text, "language": "id"}) == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            if ok:
                mine.append(time.perf_counter() - t)
            else:
                bad += 1
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    stop_at[0] = time.perf_counter() + seconds + 1e9  # set for real once all are ready
    for t in threads:
        t.start()
    stop_at[0] = time.perf_counter() + seconds
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    lat = sorted(latencies) or [0.0]

    def pct(p: float) -> float:
        return 1000 * lat[min(len(lat) - 1, int(p * (len(lat) - 1)))]

    return {"requests": len(latencies), "errors": errors, "rps": len(latencies) / dt,
            "p50": pct(0.5), "p95": pct(0.95), "p99": pct(0.99)}


HOSTILE = [
    ("one 100,000-letter word", {"text": "a" * 99_000, "language": "id"}, None),
    ("long run, language=auto", {"text": "Kemudian" + "x" * 99_000, "language": "auto"}, None),
    ("no sentence punctuation, 45 KB", {"text": "kata kata " * 4_500, "language": "id"}, None),
    ("no sentence punctuation, 90 KB", {"text": "kata kata " * 9_000, "language": "id"}, None),
    ("2,000 words of 45 letters", {"text": " ".join("q" * 45 for _ in range(2_000)),
                                   "language": "id"}, None),
    ("'kata-' x 18,000 (90 KB, was quadratic)", {"text": "kata-" * 18_000, "language": "id"},
     None),
    ("90,000 dots", {"text": "." * 90_000, "language": "id"}, None),
    ("one 90 KB sentence of made-up words",
     {"text": " ".join(f"{chr(97 + i % 23)}{i * 7919 % 100000:05d}qz".replace("0", "o")
                       .replace("1", "l").replace("2", "z").replace("3", "e")
                       .replace("4", "a").replace("5", "s").replace("6", "g")
                       .replace("7", "t").replace("8", "b").replace("9", "p")
                       for i in range(10_000))[:90_000], "language": "id"}, None),
    ("data nested 50,000 deep", {"data": "[" * 50_000 + "]" * 50_000, "language": "id"},
     None),
    ("text over the limit", {"text": "x" * 150_000, "language": "id"}, None),
    ("cross-site browser post", {"text": "tinggal dirumah", "language": "id"},
     {"Origin": "https://jahat.example"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--clients", default="1,8,32,64")
    parser.add_argument("--workers", type=int, default=2,
                        help="serve-lt --workers (0: checks in the server's threads)")
    args = parser.parse_args()

    texts = load(args.articles)
    words = sum(len(t.split()) for t in texts)
    default_identifier().detect("the minister said on tuesday that prices would rise")
    t0 = time.perf_counter()
    segs = [segment(t) for t in texts]
    dt = time.perf_counter() - t0
    english = sum(s.end - s.start for ss in segs for s in ss if s.language == ENGLISH)
    total = sum(len(t) for t in texts)
    print(f"language routing: {args.articles} articles, {words} words, {dt:.2f} s "
          f"= {words / dt:,.0f} words/s; English: {english} of {total} characters "
          f"({100 * english / max(total, 1):.3f}%)")

    paragraphs = [p for t in texts for p in t.split("\n") if len(p.split()) >= 5]
    proc, port = start_server(args.workers)
    try:
        warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for p in paragraphs[:20]:
            request(warm, {"text": p, "language": "id"})
        warm.close()
        print(f"serve-lt process ({args.workers} check workers): {len(paragraphs)} real "
              f"paragraphs, {args.seconds:g} s per level, server RSS after warm-up "
              f"{peak_rss_mb(proc.pid):.0f} MB, workers {workers_rss_mb(proc.pid)} MB")
        for clients in (int(c) for c in args.clients.split(",")):
            r = load_level(port, paragraphs, clients, args.seconds)
            print(f"  {clients:>2} client(s): {r['requests']:>5} requests, {r['rps']:7.1f} "
                  f"req/s, p50 {r['p50']:6.1f} ms, p95 {r['p95']:7.1f} ms, p99 "
                  f"{r['p99']:7.1f} ms, errors {r['errors']}, server peak RSS "
                  f"{peak_rss_mb(proc.pid):.0f} MB, workers {workers_rss_mb(proc.pid)} MB")
        before = peak_rss_mb(proc.pid)
        print(f"hostile requests (server peak RSS before: {before:.0f} MB):")
        for label, fields, headers in HOSTILE:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            t = time.perf_counter()
            try:
                status = str(request(conn, fields, headers))
            except (OSError, http.client.HTTPException) as exc:
                status = f"failed ({exc})"
            conn.close()
            print(f"  {label}: HTTP {status} in {time.perf_counter() - t:.2f} s, peak RSS "
                  f"{peak_rss_mb(proc.pid):.0f} MB, workers {workers_rss_mb(proc.pid)} MB")
        print(f"server peak RSS after the hostile set: {peak_rss_mb(proc.pid):.0f} MB "
              f"(before: {before:.0f} MB); live workers {workers_rss_mb(proc.pid)} MB")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
