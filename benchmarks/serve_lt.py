"""Figures for the routing and the LanguageTool-compatible server on real articles.

Prints: language detection cost (words per second of ``segment``), the share of lines routed
to English, and ``serve-lt`` throughput and latency over loopback HTTP with 1 and N concurrent
clients (one paragraph per request, as LibreOffice and the editor send). Figures only.

    python benchmarks/serve_lt.py [--articles 300] [--clients 4]
"""

from __future__ import annotations

import argparse
import itertools
import json
import lzma
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.proofing.engine import Proofreader  # noqa: E402
from editor.proofing.language import ENGLISH, default_identifier  # noqa: E402
from editor.proofing.routing import segment  # noqa: E402
from editor.proofing.server import make_server  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "news-id" / "clickid_articles.jsonl.xz"


def load(n: int) -> list[str]:
    if not DATA.is_file():
        raise SystemExit(f"{DATA} not found: the real articles are needed for these figures")
    with lzma.open(DATA, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["body"] or "" for line in itertools.islice(fh, n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    import requests

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
    proofreader = Proofreader()
    server = make_server(proofreader, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"{server.url}/v2/check"
    local = threading.local()

    def one(text: str) -> float:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
            session.trust_env = False
        start = time.perf_counter()
        r = session.post(url, data={"text": text, "language": "id"}, timeout=60)
        r.raise_for_status()
        return time.perf_counter() - start

    try:
        for clients in sorted({1, args.clients}):
            t0 = time.perf_counter()
            with ThreadPoolExecutor(max_workers=clients) as pool:
                latencies = list(pool.map(one, paragraphs))
            dt = time.perf_counter() - t0
            lat = sorted(latencies)
            print(f"serve-lt, {clients} client(s): {len(paragraphs)} paragraph requests in "
                  f"{dt:.2f} s = {len(paragraphs) / dt:,.0f} requests/s; latency median "
                  f"{1000 * statistics.median(lat):.1f} ms, p95 "
                  f"{1000 * lat[int(0.95 * (len(lat) - 1))]:.1f} ms")
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
