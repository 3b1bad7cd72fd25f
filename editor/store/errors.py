"""Errors the store raises. Each message is written for the person who caused it."""

from __future__ import annotations

from datetime import datetime

from editor.house import house_time


class ArticleNotFound(LookupError):
    def __init__(self, ref: object) -> None:
        super().__init__(f"naskah {ref} tidak ditemukan")
        self.ref = ref


class VersionConflict(Exception):
    """A save was based on an outdated version; nothing was written.

    Carries who saved the newer version and when, so the user can be told plainly.
    """

    def __init__(self, article_id: int, expected: int, current: int,
                 updated_by: str = "", updated_at: datetime | None = None) -> None:
        who = f" oleh {updated_by}" if updated_by else ""
        when = f" pada {updated_at:%d/%m/%Y %H:%M} UTC" if updated_at else ""
        super().__init__(
            f"naskah {article_id} sudah diubah{who}{when} (versi {current}, "
            f"suntingan ini berdasar versi {expected}); tidak ada yang ditimpa"
        )
        self.article_id = article_id
        self.expected = expected
        self.current = current
        self.updated_by = updated_by
        self.updated_at = updated_at


class UserNotFound(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(f"pengguna {name!r} tidak dikenal")
        self.name = name


class ArticleLocked(Exception):
    """Someone else holds the edit lock; nothing was written."""

    def __init__(self, article_id: int, holder: str, since: datetime) -> None:
        super().__init__(
            f"naskah {article_id} sedang disunting oleh {holder} sejak "
            f"{house_time(since):%d/%m/%Y %H:%M}"
        )
        self.article_id = article_id
        self.holder = holder
        self.since = since
