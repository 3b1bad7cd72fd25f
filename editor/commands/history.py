"""`redaksi history ID [--format json]`: revisions and workflow events, oldest first."""

from __future__ import annotations

import argparse
import json
from typing import Any

from editor.commands.common import fail, run_with_store
from editor.domain.diff import diff_stats
from editor.ops.queries import history, resolve_article
from editor.store import ArticleNotFound, Event, Revision, Store


def _revision_json(rev: Revision, previous: Revision | None) -> dict[str, Any]:
    inserted, deleted = diff_stats(previous.snapshot.get("body", "") if previous else "",
                                   rev.snapshot.get("body", ""))
    return {
        "type": "revision", "version": rev.version, "kind": rev.kind, "user": rev.author,
        "at": rev.created_at.isoformat(), "status": rev.status.value,
        "headline": rev.snapshot.get("headline", ""),
        "words_inserted": inserted, "words_deleted": deleted,
    }


def run(args: argparse.Namespace) -> int:
    return run_with_store(args, lambda store: _history(args, store))


def _history(args: argparse.Namespace, store: Store) -> int:
    try:
        article = resolve_article(store, args.id)
        assert article.id is not None  # a stored article always has one
        entries = history(store, article.id)
    except ArticleNotFound as exc:
        return fail(str(exc))
    out: list[dict[str, Any]] = []
    previous: Revision | None = None
    for entry in entries:
        if isinstance(entry, Revision):
            out.append(_revision_json(entry, previous))
            previous = entry
        elif isinstance(entry, Event):
            out.append(entry.to_json())
    if args.format == "json":
        print(json.dumps({"id": args.id, "article_id": article.id, "history": out},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{article.headline} (id {article.id}, status {article.status.value}, "
          f"versi {article.version})")
    for item in out:
        when = item["at"][:19].replace("T", " ")
        if item["type"] == "revision":
            print(f"{when}  v{item['version']:<3} {item['kind']:<10} {item['user']:<12} "
                  f"+{item['words_inserted']}/-{item['words_deleted']} kata")
        elif item["kind"] == "transition":
            note = f"  — {item['note']}" if item["note"] else ""
            print(f"{when}  {'':4} {item['action']:<10} {item['user']:<12} "
                  f"{item['from']} -> {item['to']}{note}")
        elif item["kind"] not in ("save", "create", "import", "autosave", "restore"):
            print(f"{when}  {'':4} {item['kind']:<10} {item['user']:<12} {item['note']}")
    return 0
