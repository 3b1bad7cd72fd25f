"""Workflow steps, restoring revisions and comments, as operations that say what changed.

The rules themselves stay where they are enforced (the store and, on PostgreSQL, the
database's own functions); these functions are the one door the CLI and the UI go through,
and they turn each outcome into a :class:`~editor.ops.changes.Changes`.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.domain.article import Article
from editor.domain.workflow import Action
from editor.ops.changes import Change, Changes
from editor.ops.errors import OperationError
from editor.store import Comment, Store, TransitionResult


@dataclass(frozen=True, slots=True)
class TransitionDone:
    result: TransitionResult
    changes: Changes


def transition(store: Store, article_id: int, action: Action | str, *, user: str,
               note: str = "") -> TransitionDone:
    """Take a workflow step; ``TransitionRefused`` (nothing changed) says why not."""
    result = store.workflow.transition(article_id, action, user, note)
    return TransitionDone(result, Changes.of(Change.STATUS, ids=(article_id,),
                                             origin="transition"))


@dataclass(frozen=True, slots=True)
class Restored:
    article: Article
    changes: Changes


def restore(store: Store, article_id: int, version: int, *, user: str) -> Restored:
    """Make an old revision current again, as a new revision (nothing is lost)."""
    article = store.workflow.restore(article_id, version, user)
    return Restored(article, Changes.of(Change.CONTENT, ids=(article_id,), origin="restore"))


@dataclass(frozen=True, slots=True)
class Commented:
    comment: Comment
    changes: Changes


def comment(store: Store, article_id: int, *, user: str, text: str,
            anchor: tuple[int, int] | None = None) -> Commented:
    """Comment on the stored article (on ``body[start:end]`` when ``anchor`` is given)."""
    if not text.strip():
        raise OperationError("empty-comment")
    start, end = anchor if anchor is not None else (None, None)
    added = store.comments.add(article_id, user, text, start, end)
    return Commented(added, Changes.of(Change.COMMENTS, ids=(article_id,), origin="comment"))


def reply(store: Store, parent_id: int, *, user: str, text: str) -> Commented:
    if not text.strip():
        raise OperationError("empty-reply")
    added = store.comments.reply(parent_id, user, text)
    return Commented(added, Changes.of(Change.COMMENTS, ids=(added.article_id,),
                                       origin="reply"))


def resolve_comment(store: Store, comment_id: int, *, user: str,
                    resolved: bool = True) -> Commented:
    done = store.comments.resolve(comment_id, user, resolved)
    return Commented(done, Changes.of(Change.COMMENTS, ids=(done.article_id,),
                                      origin="resolve"))
