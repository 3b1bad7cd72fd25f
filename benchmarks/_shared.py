"""Where the benchmarks find ../shared (real data and standards)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the repository, or REDAKSI_SHARED (e.g. for a git worktree elsewhere).
SHARED = Path(os.environ.get("REDAKSI_SHARED") or REPO.parent / "shared")
NEWS_ARCHIVE = SHARED / "data" / "news-id" / "clickid_articles.jsonl.xz"


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"{path} not found: the benchmark needs ../shared beside the repository")
    return path
