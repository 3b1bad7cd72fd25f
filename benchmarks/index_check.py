"""How long PostgreSQL's check of a login's index entry takes, by article size.

In newsroom mode a personal login's app sends its analysed index entry to
``redaksi_index_write()``, which refuses terms the stored article cannot give
(``redaksi_index_entry_ok``). This prints, for real text (archive bodies joined) of growing
size, the time of that one database call (the app's own analysis is timed apart), so one
can see it grows in proportion to the article. Prints figures, never passes or fails.

Usage: python benchmarks/index_check.py [--pg-url URL]
URL: a login that may create databases and roles (default: $REDAKSI_TEST_PG_URL); a fresh
database is created and dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import sys
import time
from pathlib import Path

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from benchmarks._shared import NEWS_ARCHIVE, require  # noqa: E402

SIZES = (10_000, 40_000, 154_000, 600_000)
PASSWORD = "bench-index-123"


def _admin(url: str, sql: str) -> None:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", default=os.environ.get("REDAKSI_TEST_PG_URL", ""))
    args = parser.parse_args()
    if not args.pg_url:
        print("index_check: give --pg-url or set REDAKSI_TEST_PG_URL", file=sys.stderr)
        return 2
    require(NEWS_ARCHIVE)
    from editor.domain import Article
    from editor.store import open_store
    from editor.store.search.postgres import weighted_frequencies

    with lzma.open(NEWS_ARCHIVE, "rt", encoding="utf-8") as f:
        bodies: list[str] = []
        for line in f:
            bodies.append(json.loads(line)["body"])
            if sum(map(len, bodies)) > max(SIZES):
                break
    joined = "\n\n".join(bodies)
    database = f"redaksi_bench_ix_{os.getpid()}"
    base = make_url(args.pg_url).set(drivername="postgresql+psycopg")
    _admin(args.pg_url, f'CREATE DATABASE "{database}"')
    login = f"bench-ix-{os.getpid()}"
    try:
        service = open_store(base.set(database=database).render_as_string(hide_password=False))
        service.users.add(login, "reporter", password=PASSWORD)
        reporter = open_store(base.set(database=database, username=login, password=PASSWORD)
                              .render_as_string(hide_password=False))
        reporter.articles._save_listeners.clear()  # the entry is sent below, timed
        print(f"{'characters':>11} {'words':>8} {'analysis s':>11} {'check s':>8} "
              f"{'check+write s':>14} {'indexed':>8}")
        for size in SIZES:
            body = joined[:size]
            article = reporter.articles.create(Article(headline=f"Uji {size}", body=body))
            started = time.perf_counter()
            docs, versions = reporter.search._load([article.id])
            analysed = time.perf_counter() - started
            payload = []
            for doc in docs:
                freqs, length = weighted_frequencies(doc)
                payload.append({"id": doc.article_id, "version": versions[doc.article_id],
                                "tokens": sorted(freqs), "freqs": freqs, "len": length,
                                "fields": {n: list(doc.field(n)) for n in
                                           ("headline", "tags", "names", "summary", "body")}})
            started = time.perf_counter()
            with service.engine.begin() as conn:   # the check alone (as the schema owner)
                conn.execute(text("SELECT redaksi_index_entry_ok(:id, CAST(:doc AS json))"),
                             {"id": article.id, "doc": json.dumps(payload[0])})
            check_only = time.perf_counter() - started
            started = time.perf_counter()
            with reporter.engine.begin() as conn:
                written = conn.execute(text("SELECT redaksi_index_write(CAST(:ids AS integer[]), "
                                            "CAST(:docs AS json))"),
                                       {"ids": [article.id], "docs": json.dumps(payload)}
                                       ).scalar_one()
            checked = time.perf_counter() - started
            print(f"{size:>11,} {len(body.split()):>8,} {analysed:>11.2f} {check_only:>8.2f} "
                  f"{checked:>14.2f} {written:>8}")
        reporter.close()
        service.close()
    finally:
        _admin(args.pg_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        _admin(args.pg_url, f'DROP ROLE IF EXISTS "{login}"')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
