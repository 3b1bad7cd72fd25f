"""Transitions on PostgreSQL go through ``redaksi_transition()`` (see :mod:`.security`).

The database function is the authority: it checks the login's Redaksi role, the state, the
note and the edit lock, and writes the new state, revision and audit event in one go. This
module calls it inside the caller's transaction and turns its SQLSTATEs back into the store's
own exceptions, with the same wording the SQLite path uses.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from editor.domain.workflow import Action, Role, Status, TransitionRefused, check_transition
from editor.store.errors import ArticleLocked, ArticleNotFound, UserNotFound
from editor.store.postgres import security


def transition(session: Session, article_id: int, action: Action, user: str | None,
               note: str) -> tuple[Status, Status, int]:
    """Run the transition in the database as ``user`` (or as the login when None).

    Returns (from, to, new version); raises TransitionRefused, UserNotFound, ArticleNotFound.
    """
    try:
        row = session.execute(
            text("SELECT from_status, to_status, new_version "
                 "FROM redaksi_transition(:article, :action, :note, :user)"),
            {"article": article_id, "action": action.value, "note": note, "user": user},
        ).one()
    except DBAPIError as exc:
        raise map_error(exc, article_id, action, user, note) from exc
    return Status(row.from_status), Status(row.to_status), int(row.new_version)


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def _detail(exc: DBAPIError) -> str:
    diag = getattr(exc.orig, "diag", None)
    return (getattr(diag, "message_detail", None) or "") if diag is not None else ""


def _primary(exc: DBAPIError) -> str:
    diag = getattr(exc.orig, "diag", None)
    return (getattr(diag, "message_primary", None) or str(exc.orig)) if diag else str(exc.orig)


def map_error(exc: DBAPIError, article_id: int, action: Action, user: str | None,
              note: str) -> Exception:
    """The store exception for a database refusal; other errors pass through unchanged."""
    state = sqlstate(exc)
    if state == security.SQLSTATE_NO_USER:
        return UserNotFound(_detail(exc) or user or "")
    if state == security.SQLSTATE_NO_ARTICLE:
        return ArticleNotFound(article_id)
    if state == security.SQLSTATE_REFUSED:
        info = json.loads(_detail(exc) or "{}")
        try:  # the same words as the SQLite path, from the same domain table
            check_transition(action, Status(info["status"]), Role(info["role"]), note)
        except TransitionRefused as refused:
            return refused
        except (KeyError, ValueError):
            pass
        return TransitionRefused(_primary(exc))
    if state == security.SQLSTATE_LOCKED:
        info = json.loads(_detail(exc) or "{}")
        since = datetime.fromisoformat(info["since"]) if info.get("since") else None
        if since is not None:
            holder = info.get("holder", "?")
            return TransitionRefused(str(ArticleLocked(article_id, holder, since)), "locked",
                                     holder=holder, since=since)
        return TransitionRefused(_primary(exc))
    if state in (security.SQLSTATE_IMPERSONATION, security.SQLSTATE_FORBIDDEN):
        return TransitionRefused(_primary(exc))
    return exc
