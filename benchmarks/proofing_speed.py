"""Speed and noise of the proofreader on real published news (../shared/data/news-id/).

Prints: load time (first Proofreader() in a fresh process), words per second on one core
after loading, time to re-check one edited paragraph, and flags per 1,000 words by rule —
published text should show few flags. --samples N prints N flagged contexts per rule so a
person can judge them. Figures only, no pass/fail.

    python benchmarks/proofing_speed.py [--articles 3000] [--skip 0] [--samples 0] [--rule ID]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "news-id" / "clickid_articles.jsonl.xz"
WORD = re.compile(r"\w+")


def read_articles(path: Path, limit: int, skip: int = 0) -> list[str]:
    texts = []
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if n <= skip:
                continue
            if len(texts) >= limit:
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{n}: skipped bad JSON ({exc})", file=sys.stderr)
                continue
            texts.append(f"{rec.get('title', '')}\n\n{rec.get('body', '')}")
    return texts


def cli_end_to_end(data: Path, n: int, skip: int, db: str | None = None) -> None:
    """Wall time of `redaksi check --jsonl` on ``n`` articles in a fresh process, start-up
    included (the way a script would call it), with no newsroom database — or with the
    store at ``db`` (its term lexicon and its search index: the topic of corrections)."""
    import os
    import subprocess
    import tempfile

    texts = read_articles(data, n, skip)
    words = sum(len(WORD.findall(t)) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for k, t in enumerate(texts):
                fh.write(json.dumps({"id": str(k), "text": t}, ensure_ascii=False) + "\n")
        env = dict(os.environ,
                   REDAKSI_DATABASE_URL=db or f"sqlite:///{Path(tmp) / 'none.db'}")
        cmd = [sys.executable, "-m", "editor.cli", "check", "--jsonl", str(src)]
        import resource

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        print(f"redaksi check --jsonl failed ({done.returncode}): {done.stderr[-500:]}")
        return
    store = f" with the store {db}" if db else ""
    print(f"end to end `redaksi check --jsonl`{store}, {len(texts)} articles, {words:,} words, "
          f"start-up included: {wall:.2f} s = {words / wall:,.0f} words/s")
    # On a shared machine the wall clock mostly measures the neighbours; the process's own
    # CPU time (user + system) is what it costs.
    print(f"  same run, CPU time of the process: {cpu:.2f} s = {words / cpu:,.0f} words/s "
          f"of CPU")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many articles")
    ap.add_argument("--samples", type=int, default=0, help="flag contexts to print per rule")
    ap.add_argument("--rule", default=None, help="only print samples of this rule id")
    ap.add_argument("--cli-articles", type=int, default=600,
                    help="articles for the end-to-end `redaksi check --jsonl` run (0: skip)")
    ap.add_argument("--db", default=None,
                    help="also time the end-to-end run with this store (an imported archive)")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"news data not found: {args.data}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    from editor.proofing.engine import Proofreader

    pr = Proofreader()
    load = time.perf_counter() - t0
    print(f"load time (import + first Proofreader()): {load:.3f} s")

    texts = read_articles(args.data, args.articles, args.skip)
    words = sum(len(WORD.findall(t)) for t in texts)
    # Warm-up on a few articles: the typo rule loads its distance-2 index and the English
    # word list lazily, at the first unknown word (a few tenths of a second, once).
    t_warm = time.perf_counter()
    for t in read_articles(args.data, 20, args.skip + args.articles):
        pr.check(t)
    print(f"warm-up (lazy typo data, 20 other articles): {time.perf_counter() - t_warm:.2f} s")
    t1 = time.perf_counter()
    results = [pr.check(t) for t in texts]
    elapsed = time.perf_counter() - t1
    print(f"articles: {len(texts)}  words: {words:,}  check time: {elapsed:.2f} s")
    print(f"throughput: {words / elapsed:,.0f} words/s (one thread)")

    if args.cli_articles:
        cli_end_to_end(args.data, args.cli_articles, args.skip)
        if args.db:
            cli_end_to_end(args.data, args.cli_articles, args.skip, args.db)

    paragraphs = [p for t in texts[:300] for p in t.split("\n") if len(p) > 200][:200]
    times = []
    for p in paragraphs:
        edited = p[:50] + "x" + p[50:]
        s = time.perf_counter()
        pr.check_paragraph(edited)
        times.append((time.perf_counter() - s) * 1000)
    print(f"re-check one edited paragraph: median {statistics.median(times):.2f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms (n={len(times)})")

    by_rule: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    lone = 0
    for text, issues in zip(texts, results, strict=True):
        for i in issues:
            by_rule[i.rule_id] += 1
            if i.rule_id == "ID_SPASI_SEBELUM_TANDA" and text[i.end : i.end + 1] in ("", " ", "\n"):
                lone += 1  # " , " with nothing between: a word was cut out of the corpus text
            ctx = text[max(0, i.offset - 40) : i.end + 40].replace("\n", " ")
            samples[i.rule_id].append(
                f"{text[i.offset:i.end]!r} -> {list(i.replacements[:2])} | …{ctx}…")
    total = sum(by_rule.values())
    print(f"flags: {total}  = {1000 * total / words:.2f} per 1,000 words")
    print(f"  of which lone ' , ' / ' . ' marks (words stripped from this corpus): {lone}; "
          f"other flags: {1000 * (total - lone) / words:.2f} per 1,000 words")
    for rule, n in by_rule.most_common():
        print(f"  {rule:26} {n:6}  {1000 * n / words:6.3f} /1k words")
    if args.samples:
        rng = random.Random(1)
        for rule, items in sorted(samples.items()):
            if args.rule and rule != args.rule:
                continue
            print(f"\n== {rule} ({len(items)})")
            for s in rng.sample(items, min(args.samples, len(items))):
                print("  " + s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
