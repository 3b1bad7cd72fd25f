"""`redaksi export markdown|html|wxr|ninjs|newsml|jsonld [--status S] [--id ID ...] --out DIR`.

Without ``--id`` every article in ``--status`` (default: approved) is exported. With ``--id``,
each ID is resolved as an external id first, then as an internal id; an unknown ID stops the
export before anything is written (exit 2). ``--status`` given together with ``--id`` skips
(and names) the listed articles that are in another state.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands.common import fail, store_from_args
from editor.domain.article import Article
from editor.domain.workflow import Status
from editor.ops import export_articles, select_for_export
from editor.publishing.exporters import ExportError, ExportOptions
from editor.store import ArticleNotFound, Store, StoreError


def _status(value: str | None) -> Status | None:
    if value is None:
        return None
    try:
        return Status(value.strip().lower())
    except ValueError:
        raise ValueError(f"status tidak dikenal: {value!r} (pilihan: "
                         f"{', '.join(s.value for s in Status)})") from None


def select_articles(store: Store, ids: list[str], status: Status | None) -> list[Article]:
    """The articles to export, in the order named (or by internal id for a status query)."""

    def skipped(ref: str, article: Article) -> None:
        print(f"redaksi: {ref} dilewati: berstatus {article.status.value}, bukan "
              f"{status.value if status else ''}", file=sys.stderr)

    return select_for_export(store, ids, status, skipped)


def run(args: argparse.Namespace) -> int:
    try:
        status = _status(args.status)
    except ValueError as exc:
        return fail(str(exc))
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        return fail(f"{out_dir}: sudah ada dan bukan folder")
    try:
        store = store_from_args(args)
    except StoreError as exc:
        return fail(str(exc))
    try:
        return _export(args, store, status, out_dir)
    finally:
        store.close()


def _export(args: argparse.Namespace, store: Store, status: Status | None,
            out_dir: Path) -> int:
    """Select and write; the store stays open so photos can be read as they are written."""
    try:
        articles = select_articles(store, list(args.ids), status)
    except ArticleNotFound as exc:
        return fail(f"{exc}; tidak ada yang diekspor")
    if not articles:
        wanted = (status or Status.APPROVED).value
        print(f"redaksi: tidak ada naskah untuk diekspor (status {wanted})", file=sys.stderr)
        return 0

    options = ExportOptions(media=store.media.read)
    bar = None
    if sys.stderr.isatty() and len(articles) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(articles), unit="naskah", desc=args.format, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.update(done - bar.n)

    try:
        paths = export_articles(store, args.format, articles, out_dir, options=options,
                                progress=progress)
    except ExportError as exc:
        return fail(str(exc))
    finally:
        if bar is not None:
            bar.close()
    print(f"{len(articles)} naskah diekspor sebagai {args.format} ke {out_dir} "
          f"({len(paths)} berkas)")
    return 0
