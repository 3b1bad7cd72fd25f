"""What an operation changed, as one value every front end can react to.

Operations (``editor.ops``) return a :class:`Changes` next to their result; the UI's change
hub (``editor.ui.operations.ChangeHub``) emits it, and so do the PostgreSQL desk notices and
the SQLite change poller (``editor.ui.change_poller``), so a widget subscribes once instead of being refreshed by hand
after every save, transition, comment or import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Change(StrEnum):
    """The kinds of change a widget may care about."""

    CREATED = "created"      # new articles (the list gains rows)
    CONTENT = "content"      # headline, body, metadata of existing articles
    STATUS = "status"        # a workflow transition
    DELETED = "deleted"
    COMMENTS = "comments"
    LOCKS = "locks"          # edit locks taken, released or expired
    IMPORTED = "imported"    # an archive import (many articles at once)
    USERS = "users"
    DICTIONARY = "dictionary"
    RESYNC = "resync"        # unknown extent (a reconnect): reload everything shown


#: Kinds that change what the article list shows.
LIST_KINDS = frozenset({Change.CREATED, Change.CONTENT, Change.STATUS, Change.DELETED,
                        Change.IMPORTED, Change.RESYNC})


@dataclass(frozen=True, slots=True)
class Changes:
    """Which articles an operation touched and what about them changed.

    ``local`` is True when this session made the change itself (a save the editor already
    shows), False for changes by others (desk notices, the queue watcher): a widget that
    holds the user's unsaved edits reloads only on changes that are not its own.
    """

    kinds: frozenset[Change] = frozenset()
    article_ids: frozenset[int] = frozenset()
    local: bool = True
    origin: str = field(default="", compare=False)  # the operation's name, for logs

    @classmethod
    def of(cls, *kinds: Change, ids: Iterable[int | None] = (), local: bool = True,
           origin: str = "") -> Changes:
        return cls(frozenset(kinds), frozenset(i for i in ids if i is not None), local, origin)

    @classmethod
    def none(cls) -> Changes:
        return cls()

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def has(self, *kinds: Change) -> bool:
        return any(kind in self.kinds for kind in kinds) or Change.RESYNC in self.kinds

    def touches(self, article_id: int | None) -> bool:
        """True when the change concerns ``article_id`` (or its extent is unknown)."""
        if Change.RESYNC in self.kinds or Change.IMPORTED in self.kinds and not self.article_ids:
            return True
        return article_id is not None and article_id in self.article_ids

    @property
    def affects_list(self) -> bool:
        return bool(self.kinds & LIST_KINDS)

    def merged(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.article_ids | other.article_ids,
                       self.local and other.local, self.origin or other.origin)


#: How the PostgreSQL desk notices (``editor.store.postgres.notifications``) map to changes.
NOTICE_KINDS: dict[str, tuple[Change, ...]] = {
    "create": (Change.CREATED,),
    "save": (Change.CONTENT,),
    "autosave": (Change.CONTENT,),
    "restore": (Change.CONTENT,),
    "import": (Change.IMPORTED,),
    "delete": (Change.DELETED,),
    "transition": (Change.STATUS,),
    "comment": (Change.COMMENTS,),
    "reply": (Change.COMMENTS,),
    "resolve": (Change.COMMENTS,),
    "lock": (Change.LOCKS,),
    "unlock": (Change.LOCKS,),
    "lock-expired": (Change.LOCKS,),
    "take-over": (Change.LOCKS,),
    "takeover": (Change.LOCKS,),          # the audit event's own name (SQLite change feed)
    "resync": (Change.RESYNC,),
}


def changes_from_notice(kind: str, article_id: int | None) -> Changes:
    """A desk notice by someone else, as a :class:`Changes` (``local=False``)."""
    kinds = NOTICE_KINDS.get(kind, (Change.CONTENT,))
    return Changes.of(*kinds, ids=(article_id,), local=False, origin=f"notice:{kind}")
