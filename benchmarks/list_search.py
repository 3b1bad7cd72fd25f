"""The desk's article list on the real archive (25,242 articles in a fresh SQLite file):
time of the first page and the total count for a headline search and for a full-text
search, and of later pages. Run: python benchmarks/list_search.py [PATH.jsonl.xz] [WORD]

The baseline is the headline/summary search the list had before (same run, same cases).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._shared import NEWS_ARCHIVE, require  # noqa: E402
from editor.publishing.importers import JsonlImporter  # noqa: E402
from editor.store import open_store  # noqa: E402
from editor.ui.article_list import PAGE_SIZE  # noqa: E402


def timed(fn, repeat: int = 3):
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main() -> None:
    source = require(Path(sys.argv[1]) if len(sys.argv) > 1 else NEWS_ARCHIVE)
    word = sys.argv[2] if len(sys.argv) > 2 else "banjir"
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        store.articles.import_articles(JsonlImporter().records(source))
        repo = store.articles
        print(f"archive: {repo.count()} articles; search word: {word!r}")
        for label, full in (("headline+summary (baseline)", False), ("full text", True)):
            t_page, page = timed(lambda f=full: repo.list(text=word, full_text=f,
                                                          limit=PAGE_SIZE + 1))
            t_count, total = timed(lambda f=full: repo.count(text=word, full_text=f))
            print(f"{label:28s}: {total:5d} matches; first page {t_page * 1000:7.1f} ms, "
                  f"count {t_count * 1000:7.1f} ms (best of 3)")
        t_first, _ = timed(lambda: repo.list(limit=PAGE_SIZE + 1))
        t_deep, _ = timed(lambda: repo.list(offset=20_000, limit=PAGE_SIZE + 1))
        t_sorted, _ = timed(lambda: repo.list(order="headline", descending=False,
                                              limit=PAGE_SIZE + 1))
        print(f"no filter: first page {t_first * 1000:.1f} ms, page at offset 20000 "
              f"{t_deep * 1000:.1f} ms, sorted by headline {t_sorted * 1000:.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
