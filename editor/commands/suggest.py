"""`redaksi suggest (--id EXTERNAL_ID | FILE | --jsonl FILE) [--limit 10] [--format json]`.

json: ``{"id", "suggestions": [{"id", "title", "score", "reasons": [str]}]}``; ``--jsonl``
reads lines ``{"id"}`` (an article in the archive) or ``{"id", "title", "body", "tags",
"date"}`` (a draft) and writes one line out for each, in input order. A query naming an
article in the archive never gets that article back. Suggestion ids are external ids where
the article has one. A bad line gets ``{"id", "suggestions": [], "error"}`` (so output lines
still pair with input lines), a message on stderr naming the line, and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor.cli import EXIT_ERROR, EXIT_OK
from editor.commands.common import fail, store_from_args
from editor.domain.article import Article
from editor.house import house_time
from editor.ops.queries import resolve_article
from editor.related.drafts import DraftError, draft_from_file, draft_from_object
from editor.related.suggester import RelatedSuggester, Suggestion
from editor.store import ArticleNotFound, SearchUnavailable, Store, StoreError


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    return {"id": s.ref, "title": s.title, "score": s.score, "reasons": list(s.reasons)}


def _print_text(ref: str, suggestions: list[Suggestion]) -> None:
    if not suggestions:
        print(f"{ref}: tidak ada artikel terkait yang cukup kuat")
        return
    print(f"Artikel terkait untuk {ref}:")
    for n, s in enumerate(suggestions, start=1):
        date = f" ({house_time(s.date):%d/%m/%Y})" if s.date else ""
        print(f"{n:2}. [{s.ref}] {s.title}{date}  skor {s.score:.3f}")
        for reason in s.reasons:
            print(f"      - {reason}")


def _archive_article(store: Store, ref: str) -> Article | None:
    try:
        return resolve_article(store, ref)
    except ArticleNotFound:
        return None


def _query(store: Store, suggester: RelatedSuggester, obj: Any, limit: int) -> tuple[str, list]:
    """One --jsonl line: an archive id, or a draft (which may also name an archive id)."""
    if not isinstance(obj, dict):
        raise DraftError("baris harus berupa objek JSON")
    raw_id = obj.get("id")
    ref = "" if raw_id is None else str(raw_id)
    has_text = any(obj.get(k) for k in ("title", "body"))
    stored = _archive_article(store, ref) if ref else None
    if not has_text:
        if not ref:
            raise DraftError("baris tanpa id dan tanpa title/body")
        if stored is None:
            raise DraftError(f"artikel {ref!r} tidak ada di arsip (beri title/body untuk draf)")
        return ref, suggester.suggest(stored, limit=limit)
    draft = draft_from_object(obj)
    exclude = [stored.id] if stored is not None and stored.id is not None else []
    return ref, suggester.suggest(draft, limit=limit, exclude=exclude)


def _run_jsonl(store: Store, suggester: RelatedSuggester, path: Path, limit: int) -> int:
    status = EXIT_OK
    try:
        handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as exc:
        return fail(f"{path}: tidak bisa dibuka: {exc.strerror}")
    with handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            ref: Any = None
            try:
                obj = json.loads(line)
                ref = obj.get("id") if isinstance(obj, dict) else None
                ref_text, suggestions = _query(store, suggester, obj, limit)
                out = {"id": ref, "suggestions": [suggestion_json(s) for s in suggestions]}
            except json.JSONDecodeError as exc:
                out = {"id": None, "suggestions": [], "error": f"JSON tidak sah: {exc.msg}"}
                print(f"redaksi: {path}:{line_no}: JSON tidak sah: {exc.msg}", file=sys.stderr)
                status = EXIT_ERROR
            except DraftError as exc:
                out = {"id": ref, "suggestions": [], "error": str(exc)}
                print(f"redaksi: {path}:{line_no}: {exc}", file=sys.stderr)
                status = EXIT_ERROR
            print(json.dumps(out, ensure_ascii=False), flush=True)
    return status


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit harus 1 atau lebih")
    try:
        store = store_from_args(args)
    except StoreError as exc:
        return fail(str(exc))
    try:
        suggester = RelatedSuggester(store)
        if args.jsonl:
            return _run_jsonl(store, suggester, Path(args.jsonl), args.limit)
        if args.article_id:
            article = _archive_article(store, args.article_id)
            if article is None:
                return fail(f"artikel {args.article_id!r} tidak ada di arsip")
            ref = args.article_id
            suggestions = suggester.suggest(article, limit=args.limit)
        else:
            try:
                draft = draft_from_file(Path(args.file))
            except DraftError as exc:
                return fail(str(exc))
            stored = _archive_article(store, draft.external_id) if draft.external_id else None
            exclude = [stored.id] if stored is not None and stored.id is not None else []
            ref = draft.external_id or args.file
            suggestions = suggester.suggest(draft, limit=args.limit, exclude=exclude)
        if args.format == "json":
            print(json.dumps({"id": ref, "suggestions": [suggestion_json(s) for s in suggestions]},
                             ensure_ascii=False))
        else:
            _print_text(ref, suggestions)
        return EXIT_OK
    except (StoreError, SearchUnavailable) as exc:
        return fail(str(exc))
    finally:
        store.close()
