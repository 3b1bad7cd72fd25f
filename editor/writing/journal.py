"""The crash-recovery journal: unsaved edits kept in a local file, written atomically.

Each open article has one JSON file ``<key>.json`` in the journal directory (by default the
platform's user data directory). The editor writes it a moment after every change (in a
worker) and removes it once the edits are in the store; if the process dies, the next start
finds the file and offers to restore it. Files are written to a temporary name, flushed to
disk and renamed over the old one, so a crash mid-write leaves the previous copy intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor.domain.article import Article
from editor.domain.records import article_from_content

FORMAT = 1


def default_journal_dir() -> Path:
    """``$REDAKSI_RECOVERY_DIR`` or ``<user data dir>/Redaksi/recovery``."""
    env = os.environ.get("REDAKSI_RECOVERY_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Redaksi", "Redaksi")) / "recovery"


@dataclass(frozen=True, slots=True)
class JournalEntry:
    key: str                  # "article-12" or "new-<random>"
    user: str
    saved_at: datetime
    article: Article          # the edited article; id/version are those the edit is based on

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "key": self.key, "user": self.user,
                "saved_at": self.saved_at.isoformat(),
                "article_id": self.article.id, "version": self.article.version,
                "status": self.article.status.value,
                "content": self.article.content_dict()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JournalEntry:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown journal format {data.get('format')!r}")
        article = article_from_content(data["content"], id=data.get("article_id"),
                                       version=int(data.get("version") or 0),
                                       status=data.get("status") or "draft")
        return cls(str(data["key"]), str(data.get("user") or ""),
                   datetime.fromisoformat(data["saved_at"]), article)


class RecoveryJournal:
    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_journal_dir()

    def _path(self, key: str) -> Path:
        safe = "".join(c for c in key if c.isalnum() or c in "-_")
        return self.directory / f"{safe}.json"

    def write(self, key: str, article: Article, user: str) -> Path:
        """Atomically replace the entry for ``key`` (call from a worker: it fsyncs)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        entry = JournalEntry(key, user, datetime.now(UTC), article)
        target = self._path(key)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry.to_json(), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def entries(self) -> tuple[list[JournalEntry], list[str]]:
        """Readable entries (newest first) and messages naming unreadable files (kept on disk
        for a human to look at, never deleted silently)."""
        found: list[JournalEntry] = []
        problems: list[str] = []
        if not self.directory.is_dir():
            return found, problems
        for path in sorted(self.directory.glob("*.json")):
            try:
                found.append(JournalEntry.from_json(json.loads(path.read_text("utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                problems.append(f"{path}: {exc}")
        found.sort(key=lambda e: e.saved_at, reverse=True)
        return found, problems
