"""The edit lock as the front ends take it: one person edits an article at a time; others
see who and since when, and the desk may take a lock over (the store enforces who may)."""

from __future__ import annotations

from editor.store import Lock, Store


def acquire_lock(store: Store, article_id: int, user: str) -> Lock:
    """Lock the article for ``user`` (``ArticleLocked`` says who holds it)."""
    return store.locks.acquire(article_id, user)


def take_over_lock(store: Store, article_id: int, user: str) -> Lock:
    """Take another person's live lock (editors and admins only)."""
    return store.locks.take_over(article_id, user)


def release_lock(store: Store, article_id: int, user: str) -> None:
    """Give up ``user``'s lock on the article (nothing when they hold none)."""
    store.locks.release(article_id, user)


def heartbeat_lock(store: Store, article_id: int, user: str) -> tuple[bool, str]:
    """Keep ``user``'s lock alive: (True, user) while they hold it, else (False, the holder
    now, "?" when nobody)."""
    if store.locks.heartbeat(article_id, user):
        return True, user
    lock = store.locks.get(article_id)
    return False, lock.holder if lock else "?"
