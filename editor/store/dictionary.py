"""The newsroom dictionary: words every proofreader on this database accepts.

It lives in the database (not a per-user file) so that in newsroom mode a word one reporter
adds is accepted for the whole desk.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import sessionmaker

from editor.domain.dateline import utc_now
from editor.store.models import DictionaryWordRow, UserRow

REMOVING_ROLES = frozenset({"editor", "admin"})
"""Who may take a word out of the shared dictionary (as PostgreSQL's grants say)."""


class DictionaryRefused(PermissionError):
    pass


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    word: str
    added_by: str
    created_at: datetime | None


def _clean(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip())


class DictionaryRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine)

    def add(self, word: str, *, user: str = "") -> None:
        word = _clean(word)
        if not word:
            raise ValueError("kata kosong tidak bisa ditambahkan ke kamus")
        dialect = self._engine.dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        with self._sessions.begin() as session:
            session.execute(
                insert(DictionaryWordRow)
                .values(word=word, added_by=user, created_at=utc_now())
                .on_conflict_do_nothing(index_elements=["word"])
            )

    def remove(self, word: str, *, user: str | None = None) -> int:
        """Take ``word`` out of the dictionary; returns how many entries went (0 or 1).

        With ``user``, only an editor or admin may (reporters add words, the desk prunes
        them — the same rule the newsroom database's grants enforce)."""
        with self._sessions.begin() as session:
            if user is not None:
                role = session.scalar(select(UserRow.role).where(UserRow.name == user))
                if role not in REMOVING_ROLES:
                    raise DictionaryRefused(
                        f"{user} tidak boleh menghapus kata dari kamus redaksi "
                        "(hanya editor atau admin)")
            result = session.execute(
                delete(DictionaryWordRow).where(DictionaryWordRow.word == _clean(word)))
            return getattr(result, "rowcount", 0) or 0

    def entries(self, search: str = "", *, limit: int | None = None) -> list[DictionaryEntry]:
        """Words with who added them and when, alphabetical; ``search`` matches anywhere in
        the word, case-insensitively."""
        q = select(DictionaryWordRow).order_by(func.lower(DictionaryWordRow.word),
                                               DictionaryWordRow.word)
        needle = _clean(search).casefold()
        if needle:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            q = q.where(func.lower(DictionaryWordRow.word).like(f"%{escaped}%", escape="\\"))
        if limit is not None:
            q = q.limit(limit)
        with self._sessions() as session:
            return [DictionaryEntry(r.word, r.added_by, r.created_at) for r in session.scalars(q)]

    def words(self) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(select(DictionaryWordRow.word).order_by(DictionaryWordRow.word)))
