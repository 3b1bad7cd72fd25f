"""`redaksi workflow ID ACTION --user NAME [--note TEXT]`.

Exit 0: done; 3: refused (role, state, missing note or someone else's edit lock; the reason on
stderr); 2: unknown user or article, or a database error.
"""

from __future__ import annotations

import argparse

from editor.cli import EXIT_ERROR, EXIT_OK, EXIT_REFUSED
from editor.commands.common import fail, run_with_store
from editor.domain.workflow import TransitionRefused
from editor.ops import transition
from editor.ops.queries import resolve_article
from editor.store import ArticleNotFound, Store, UserNotFound, VersionConflict


def run(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        try:
            article = resolve_article(store, args.id)
            assert article.id is not None  # a stored article always has one
            result = transition(store, article.id, args.action, user=args.user,
                                note=args.note).result
        except (ArticleNotFound, UserNotFound) as exc:
            return fail(str(exc), EXIT_ERROR)
        except (TransitionRefused, VersionConflict) as exc:
            return fail(f"ditolak: {exc}", EXIT_REFUSED)
        print(f"naskah {args.id}: {result.from_status.value} -> {result.to_status.value} "
              f"(versi {result.version}, oleh {args.user})")
        return EXIT_OK

    return run_with_store(args, body)
