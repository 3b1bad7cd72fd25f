"""The newsroom dictionary: words every proofreader on this database accepts.

It lives in the database (not a per-user file) so that in newsroom mode a word one reporter
adds is accepted for the whole desk.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import sessionmaker

from editor.domain.dateline import utc_now
from editor.store.models import DictionaryWordRow


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

    def remove(self, word: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(DictionaryWordRow).where(DictionaryWordRow.word == _clean(word)))

    def words(self) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(select(DictionaryWordRow.word).order_by(DictionaryWordRow.word)))
