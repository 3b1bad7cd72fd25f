"""Import the real news archive (25,242 articles) into a fresh SQLite file; print speed and
peak memory. Run: python benchmarks/import_speed.py [PATH.jsonl.xz]"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._shared import NEWS_ARCHIVE, require  # noqa: E402
from editor.ops import import_archive  # noqa: E402
from editor.related import batch  # noqa: E402
from editor.store import open_store  # noqa: E402


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    source = require(Path(sys.argv[1]) if len(sys.argv) > 1 else NEWS_ARCHIVE)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = open_store(f"sqlite:///{db}")
        start = time.perf_counter()
        cpu = time.process_time()
        workers_cpu = children_cpu()
        # The same operation as `redaksi import jsonl` (with the unique-slug rule).
        result = import_archive(store, "jsonl", source).result
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        batch.shutdown()  # the analysis workers: stopped, their CPU time is counted
        workers_cpu = children_cpu() - workers_cpu
        start = time.perf_counter()
        again = import_archive(store, "jsonl", source).result
        reimport = time.perf_counter() - start
        store.close()
        size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"source: {source.name}")
    print(f"imported: {result.created} new, {result.updated} updated in {elapsed:.2f} s "
          f"-> {result.total / elapsed:,.0f} articles/s (target: all in < 30 s)")
    print(f"CPU: {cpu + workers_cpu:.1f} s ({cpu:.1f} s this process + {workers_cpu:.1f} s in "
          f"{batch.worker_count()} analysis workers)")
    print(f"re-import (idempotent): {again.unchanged} unchanged, {again.created} new "
          f"in {reimport:.2f} s")
    print(f"database size: {size_mb:.1f} MB")
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
