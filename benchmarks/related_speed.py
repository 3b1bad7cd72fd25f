"""Speed of the related-article pipeline on the real archive and on a 100,000-article one.

Prints figures, never passes or fails. Each phase runs in its own process so its peak memory
(ru_maxrss) is its own:

* import of ``../shared/data/news-id/clickid_articles.jsonl.xz`` (25,242 articles) into a fresh
  SQLite store, indexing and the spelling lexicon included (they follow the import's save
  listener), as wall-clock time and as CPU time: the import process's own plus that of the
  analysis worker processes it starts (``RUSAGE_CHILDREN``; ``REDAKSI_INDEX_WORKERS=0``
  analyses in the import process alone);
* import of a 100,000-article archive built from it: the real articles plus copies with new
  ids and dates shifted by 91/182/273 days (written to a temporary .jsonl, never the repo);
* query latency on each store: ``suggest()`` for randomly chosen archive articles (as
  ``redaksi suggest --id`` does), p50/p95/max; the first queries of a process pay for
  stemming words not yet in the cache, so the figures are given cold (first 100 queries of a
  fresh process) and warm (the next 300), as wall-clock time and as the process's own CPU
  time (which another job on a shared machine does not inflate);
* the same for short drafts as typed in the editor (an archive article's headline and first
  paragraph, not in the archive under that id), warm.

Usage: python benchmarks/related_speed.py [--workdir DIR] [--queries 300] [--skip-100k]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the repository (a git worktree one level deeper looks one level up).
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent)
               if (p / "shared" / "data").is_dir()), REPO.parent / "shared")
ARCHIVE = SHARED / "data" / "news-id" / "clickid_articles.jsonl.xz"
sys.path.insert(0, str(REPO))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_import(db: Path, source: Path) -> dict:
    from editor.publishing.importers import run_import
    from editor.related import batch
    from editor.store import open_store

    store = open_store(f"sqlite:///{db}")
    started = time.perf_counter()
    cpu = time.process_time()
    workers_cpu = children_cpu()
    result = run_import(store, "jsonl", source)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    # The analysis workers stop when idle; stopped now, their CPU time is counted too.
    batch.shutdown()
    workers_cpu = children_cpu() - workers_cpu
    indexed = store.search.document_count()
    store.close()
    return {"articles": result.total, "indexed": indexed, "seconds": round(elapsed, 1),
            "cpu_seconds": round(cpu, 1), "workers_cpu_seconds": round(workers_cpu, 1),
            "workers": batch.worker_count(),
            "peak_mb": round(peak_mb()), "db_mb": round(db.stat().st_size / 2**20)}


def children_cpu() -> float:
    """CPU seconds of this process's finished child processes (the analysis workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def phase_query(db: Path, queries: int) -> dict:
    from editor.domain.article import Article
    from editor.related import RelatedSuggester
    from editor.store import open_store

    store = open_store(f"sqlite:///{db}")
    started = time.perf_counter()
    suggester = RelatedSuggester(store)
    store.search.ensure_current()
    open_ms = (time.perf_counter() - started) * 1000
    ids = store.articles.ids()
    rng = random.Random(20191010)
    sample = rng.sample(ids, min(len(ids), 100 + queries))
    articles = [store.articles.get(i) for i in sample]
    timings: list[float] = []
    cpu_ms: list[float] = []
    counts: list[int] = []
    for article in articles:
        t = time.perf_counter()
        c = time.process_time()
        found = suggester.suggest(article, limit=10)
        timings.append((time.perf_counter() - t) * 1000)
        cpu_ms.append((time.process_time() - c) * 1000)
        counts.append(len(found))
    short_ms: list[float] = []
    for article in articles[100:]:
        lead = next((p for p in article.body.split("\n") if p.strip()), "")
        draft = Article(headline=article.headline, body=lead, dateline=article.dateline)
        t = time.perf_counter()
        suggester.suggest(draft, limit=10)
        short_ms.append((time.perf_counter() - t) * 1000)
    store.close()
    cold, warm = timings[:100], timings[100:]
    return {
        "open_and_check_ms": round(open_ms),
        "cold_p50_ms": round(percentile(cold, 0.5), 1),
        "cold_p95_ms": round(percentile(cold, 0.95), 1),
        "warm_queries": len(warm),
        "warm_p50_ms": round(percentile(warm, 0.5), 1),
        "warm_p95_ms": round(percentile(warm, 0.95), 1),
        "warm_max_ms": round(max(warm), 1),
        "warm_cpu_p50_ms": round(percentile(cpu_ms[100:], 0.5), 1),
        "warm_cpu_p95_ms": round(percentile(cpu_ms[100:], 0.95), 1),
        "cold_cpu_p95_ms": round(percentile(cpu_ms[:100], 0.95), 1),
        "mean_suggestions": round(statistics.mean(counts), 1),
        "short_p50_ms": round(percentile(short_ms, 0.5), 1),
        "short_p95_ms": round(percentile(short_ms, 0.95), 1),
        "peak_mb": round(peak_mb()),
    }


def build_100k(target: Path, total: int = 100_000) -> int:
    """The real archive plus shifted copies with new ids, up to ``total`` lines."""
    with lzma.open(ARCHIVE, "rt", encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    written = 0
    with target.open("w", encoding="utf-8") as out:
        copy = 0
        while written < total:
            for obj in lines:
                if written >= total:
                    break
                if copy:
                    obj = dict(obj)
                    obj["id"] = f"{obj['id']}-salinan{copy}"
                    if obj.get("date"):
                        shifted = date.fromisoformat(obj["date"]) + timedelta(days=91 * copy)
                        obj["date"] = shifted.isoformat()
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return written


def cpu_text(r: dict) -> str:
    """The import's CPU time: this process's, plus its analysis workers' (RUSAGE_CHILDREN)."""
    own, workers = r.get("cpu_seconds", 0.0), r.get("workers_cpu_seconds", 0.0)
    return (f"{round(own + workers, 1)} s ({own} s import process + {workers} s in "
            f"{r.get('workers', 0)} analysis workers)")


def child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--skip-100k", action="store_true")
    parser.add_argument("--phase", choices=("import", "query"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase == "import":
        print(json.dumps(phase_import(args.db, args.source)))
        return
    if args.phase == "query":
        print(json.dumps(phase_query(args.db, args.queries)))
        return

    if not ARCHIVE.is_file():
        print(f"archive not found: {ARCHIVE} (needs ../shared)")
        return
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="redaksi-related-speed-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"work folder: {workdir}")

    db25 = workdir / "news-25k.db"
    for p in workdir.glob("news-25k.db*"):
        p.unlink()
    r = child(["--phase", "import", "--db", str(db25), "--source", str(ARCHIVE)])
    print(f"import 25k: {r['articles']} articles, {r['indexed']} indexed in {r['seconds']} s "
          f"wall (target <= 30 s); CPU {cpu_text(r)}; peak RSS {r['peak_mb']} MB; "
          f"database {r['db_mb']} MB")
    q = child(["--phase", "query", "--db", str(db25), "--queries", str(args.queries)])
    print(f"query 25k: cold p50 {q['cold_p50_ms']} ms, p95 {q['cold_p95_ms']} ms | warm "
          f"({q['warm_queries']} queries) p50 {q['warm_p50_ms']} ms, p95 {q['warm_p95_ms']} ms, "
          f"max {q['warm_max_ms']} ms; {q['mean_suggestions']} suggestions/query; "
          f"peak RSS {q['peak_mb']} MB")
    print(f"  CPU per query 25k: cold p95 {q.get('cold_cpu_p95_ms')} ms | warm p50 "
          f"{q.get('warm_cpu_p50_ms')} ms, p95 {q.get('warm_cpu_p95_ms')} ms "
          "(the machine's load does not count here)")
    print(f"short drafts 25k (headline + first paragraph): p50 {q['short_p50_ms']} ms, "
          f"p95 {q['short_p95_ms']} ms")

    if args.skip_100k:
        return
    source = workdir / "news-100k.jsonl"
    written = build_100k(source)
    db100 = workdir / "news-100k.db"
    for p in workdir.glob("news-100k.db*"):
        p.unlink()
    r = child(["--phase", "import", "--db", str(db100), "--source", str(source)])
    print(f"import 100k: {r['articles']} articles ({written} lines), {r['indexed']} indexed in "
          f"{r['seconds']} s wall; CPU {cpu_text(r)}; peak RSS {r['peak_mb']} MB; "
          f"database {r['db_mb']} MB")
    q = child(["--phase", "query", "--db", str(db100), "--queries", str(args.queries)])
    print(f"query 100k: cold p50 {q['cold_p50_ms']} ms, p95 {q['cold_p95_ms']} ms | warm "
          f"({q['warm_queries']} queries) p50 {q['warm_p50_ms']} ms, p95 {q['warm_p95_ms']} ms "
          f"(target p95 <= 30 ms), max {q['warm_max_ms']} ms; {q['mean_suggestions']} "
          f"suggestions/query; peak RSS {q['peak_mb']} MB")
    print(f"  CPU per query 100k: cold p95 {q.get('cold_cpu_p95_ms')} ms | warm p50 "
          f"{q.get('warm_cpu_p50_ms')} ms, p95 {q.get('warm_cpu_p95_ms')} ms")
    print(f"short drafts 100k (headline + first paragraph): p50 {q['short_p50_ms']} ms, "
          f"p95 {q['short_p95_ms']} ms")
    source.unlink()


if __name__ == "__main__":
    main()
