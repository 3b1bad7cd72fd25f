"""Content changes by personal logins go through the database's own functions.

In newsroom mode a person's login may read articles, tags, revisions, comments and the audit
trail but not write them (see ``content_rules.sql``): saves, creations, deletions, comments and
resolves are calls of SECURITY DEFINER functions that check the edit table
(:mod:`editor.domain.editing`), the lock and the version, and write the revision and the event
themselves. The schema owner ("service" login: setup, imports, maintenance) writes directly,
like the single-user SQLite store.

This module holds the SQL, the list of functions and the thin Python callers the
repositories use, with the database's refusals mapped back to the store's exceptions.
"""

from __future__ import annotations

import json
import re
import weakref
from datetime import datetime
from importlib import resources
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from editor.domain.article import Article, normalize_tag
from editor.domain.editing import EditRefused
from editor.domain.workflow import TransitionRefused
from editor.store.errors import ArticleLocked, ArticleNotFound, UserNotFound, VersionConflict

SQLSTATE_CONFLICT = "RK006"
SQLSTATE_EDIT_REFUSED = "RK007"
SQLSTATE_NO_COMMENT = "RK008"

CONTENT_FUNCTIONS = (
    "redaksi_is_service()", "redaksi_snapshot(integer)",
    "redaksi_write_tags(integer, text[], text[])", "redaksi_login_role()",
    "redaksi_check_lock(integer)", "redaksi_version_conflict(articles)",
    "redaksi_create_article(json, text, timestamp with time zone, text[], text[], text)",
    "redaksi_save_article(integer, integer, json, text, text[], text[], text, integer)",
    "redaksi_delete_article(integer, integer)",
    "redaksi_add_comment(integer, text, integer, integer, integer)",
    "redaksi_resolve_comment(integer, boolean)",
    "redaksi_lock_times()", "redaksi_lock_trail()",
    "redaksi_index_write(integer[], json)", "redaksi_comment_anchors()",
    "redaksi_substr_count(text, text)", "redaksi_count_text(text)",
    "redaksi_terms_text(text, text, text)", "redaksi_terms_delta(text, text)",
    "redaksi_terms_counted_text(integer, integer)", "redaksi_terms_follow()",
    "redaksi_terms_write(integer[])", "redaksi_index_term_ok(text, text)",
    "redaksi_index_entry_ok(integer, json)",
)

#: The entry points a personal login may call (each checks the login's role itself).
PUBLIC_FUNCTIONS = (
    "redaksi_create_article(json, text, timestamp with time zone, text[], text[], text)",
    "redaksi_save_article(integer, integer, json, text, text[], text[], text, integer)",
    "redaksi_delete_article(integer, integer)",
    "redaksi_add_comment(integer, text, integer, integer, integer)",
    "redaksi_resolve_comment(integer, boolean)",
    "redaksi_index_write(integer[], json)",
    "redaksi_terms_write(integer[])",
)


def content_rules_sql() -> str:
    return resources.files("editor.store.postgres").joinpath("content_rules.sql").read_text(
        encoding="utf-8")


def grants_sql() -> str:
    """Function privileges: helpers for nobody, entry points for the staff group."""
    lines = [f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC;" for f in CONTENT_FUNCTIONS
             if f != "redaksi_is_service()"]
    lines += [f"GRANT EXECUTE ON FUNCTION {f} TO redaksi_staff;" for f in PUBLIC_FUNCTIONS]
    return "\n".join(lines)


_THROUGH: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def through_functions(engine: Engine) -> bool:
    """True when this engine's login must write content through the definer functions:
    PostgreSQL, and the login is not the schema owner."""
    if engine.dialect.name != "postgresql":
        return False
    cached = _THROUGH.get(engine)
    if cached is None:
        with engine.connect() as conn:
            service = conn.exec_driver_sql(
                "SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
                "WHERE tablename = 'articles' AND schemaname = current_schema()").scalar()
        cached = service is False
        _THROUGH[engine] = cached
    return cached


def _tag_arrays(article: Article) -> tuple[list[str], list[str]]:
    names: list[str] = []
    keys: list[str] = []
    for tag in article.tags:
        name = normalize_tag(tag)
        key = name.casefold()
        if key and key not in keys:
            names.append(name)
            keys.append(key)
    return names, keys


def _values_json(values: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in values.items()
                       if k not in ("status", "published_at")}, ensure_ascii=False)


def create_article(session: Session, values: dict[str, Any], article: Article,
                   kind: str) -> int:
    names, keys = _tag_arrays(article)
    try:
        return int(session.execute(text(
            "SELECT redaksi_create_article(CAST(:v AS json), :s, :p, :n, :k, :kind)"),
            {"v": _values_json(values), "s": article.status.value, "p": article.published_at,
             "n": names, "k": keys, "kind": kind}).scalar_one())
    except DBAPIError as exc:
        raise map_error(exc, None, call="create", kind=kind) from exc


def save_article(session: Session, values: dict[str, Any], article: Article, kind: str,
                 restored: int | None) -> tuple[int, str]:
    """(new version, recorded kind) of a save through ``redaksi_save_article``."""
    names, keys = _tag_arrays(article)
    try:
        row = session.execute(text(
            "SELECT new_version, kind FROM redaksi_save_article(:id, :base, CAST(:v AS json), "
            ":s, :n, :k, :kind, :restored)"),
            {"id": article.id, "base": article.version, "v": _values_json(values),
             "s": article.status.value, "n": names, "k": keys, "kind": kind,
             "restored": restored}).one()
    except DBAPIError as exc:
        raise map_error(exc, article.id, article.version, call="save", kind=kind) from exc
    return int(row.new_version), str(row.kind)


def delete_article(session: Session, article_id: int, expected: int | None) -> None:
    try:
        session.execute(text("SELECT redaksi_delete_article(:id, :v)"),
                        {"id": article_id, "v": expected})
    except DBAPIError as exc:
        raise map_error(exc, article_id, expected or 0, call="delete") from exc


def add_comment(session: Session, article_id: int | None, body: str, start: int | None,
                end: int | None, parent: int | None) -> int:
    try:
        return int(session.execute(text(
            "SELECT redaksi_add_comment(:a, :b, :s, :e, :p)"),
            {"a": article_id, "b": body, "s": start, "e": end, "p": parent}).scalar_one())
    except DBAPIError as exc:
        raise map_error(exc, article_id, call="comment") from exc


def resolve_comment(session: Session, comment_id: int, resolved: bool) -> None:
    try:
        session.execute(text("SELECT redaksi_resolve_comment(:c, :r)"),
                        {"c": comment_id, "r": resolved})
    except DBAPIError as exc:
        raise map_error(exc, None, call="resolve") from exc


def _diag(exc: DBAPIError) -> tuple[str, str]:
    diag = getattr(exc.orig, "diag", None)
    primary = (getattr(diag, "message_primary", None) or str(exc.orig)) if diag else str(exc.orig)
    detail = (getattr(diag, "message_detail", None) or "") if diag else ""
    return primary, detail


#: The reporter named in ``redaksi_resolve_comment``'s refusal "(komentar N dari NAME)".
_COMMENT_AUTHOR = re.compile(r"\(komentar \d+ dari (.*)\)$")


def map_error(exc: DBAPIError, article_id: int | None, expected: int = 0, *,
              call: str = "", kind: str = "") -> Exception:
    """The store's exception for a refusal by a content function (others pass through).

    Refusals get the code and arguments the SQLite store gives the same refusal
    (``editor.domain.editing``), so the UI words them in its own language instead of
    showing the database's Indonesian sentence; ``call`` names the function that refused
    ("create", "save", "delete", "comment", "resolve") and ``kind`` the save kind asked for.
    """
    from editor.store.comments import CommentNotFound

    state = getattr(exc.orig, "sqlstate", None)
    primary, detail = _diag(exc)
    if state == "RK002":
        return UserNotFound(detail or "")
    if state == "RK003":
        return ArticleNotFound(article_id)
    if state == SQLSTATE_NO_COMMENT:
        return CommentNotFound(primary)
    if state == "RK004":
        info = json.loads(detail or "{}")
        return ArticleLocked(article_id or 0, info.get("holder", "?"),
                             datetime.fromisoformat(info["since"]))
    if state == SQLSTATE_CONFLICT:
        info = json.loads(detail or "{}")
        at = info.get("updated_at")
        return VersionConflict(article_id or 0, expected, int(info.get("current", 0)),
                               info.get("updated_by") or "",
                               datetime.fromisoformat(at) if at else None)
    if state == SQLSTATE_EDIT_REFUSED:
        return _edit_refused(primary, detail, call, kind)
    if state == "42501":
        if "alur kerja" in primary:
            return TransitionRefused(primary, "status-via-workflow")
        if call == "delete":
            return EditRefused(primary, "delete-role")
        return EditRefused(primary)
    if state == "22023":
        return ValueError(primary)
    return exc


def _edit_refused(primary: str, detail: str, call: str, kind: str) -> EditRefused:
    """RK007 as the coded ``EditRefused`` ``check_edit`` or the comment store raise."""
    try:
        info = json.loads(detail) if detail else {}
    except ValueError:
        info = {}
    if not isinstance(info, dict):
        info = {}
    if info.get("author"):
        return EditRefused(primary, "reporter-copy", author=info["author"],
                           role=info.get("role", ""))
    if info.get("role") and info.get("status"):
        return EditRefused(primary, "role-state", role=info["role"], status=info["status"])
    if call == "resolve":
        found = _COMMENT_AUTHOR.search(primary)
        return EditRefused(primary, "resolve-others", author=found.group(1) if found else "")
    if call in ("create", "save") and kind and "jenis simpanan" in primary:
        return EditRefused(primary, "unknown-kind", kind=kind)
    return EditRefused(primary)
