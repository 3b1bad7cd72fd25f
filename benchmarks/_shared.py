"""Where the benchmarks find ../shared (real data and standards)."""

from __future__ import annotations

import json
import lzma
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the repository, or REDAKSI_SHARED (e.g. for a git worktree elsewhere).
SHARED = Path(os.environ.get("REDAKSI_SHARED") or REPO.parent / "shared")
NEWS_ARCHIVE = SHARED / "data" / "news-id" / "clickid_articles.jsonl.xz"


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"{path} not found: the benchmark needs ../shared beside the repository")
    return path


def archive_records(path: Path, limit: int | None = None) -> Iterator[dict]:
    """The archive's article records in file order, at most ``limit`` of them (the dev
    range the mining scripts learn from is the first 20,000)."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)
