"""Newsroom mode: what it costs the database to count the term lexicon itself.

Prints figures, never passes or fails on time. On a fresh database (created and dropped): a
reporter's login saves ``--articles`` real articles twice (create, then an edit to another
article's body), first with the counting trigger (``redaksi_terms_follow``, migration 0011)
switched off, then on, in alternating rounds; reported: save p50/p95 each way, the SQL
tokeniser's speed (``redaksi_count_text``) against the app's (``count_text``) on the same
texts, and whether the database's totals equal the Python counts of the stored texts.

Usage: python benchmarks/term_counts_pg.py [--pg-url URL] [--articles 200]
URL: a login that may create databases and roles (default: $REDAKSI_TEST_PG_URL).
"""

from __future__ import annotations

import argparse
import itertools
import json
import lzma
import os
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from benchmarks._shared import NEWS_ARCHIVE, require  # noqa: E402
from editor.proofing.spelling.counts import count_text  # noqa: E402
from editor.store import open_store  # noqa: E402
from editor.store.term_lexicon import article_text  # noqa: E402

PASSWORD = "bench-rahasia-123"


def _admin(url: str, sql: str) -> None:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", default=os.environ.get("REDAKSI_TEST_PG_URL", ""))
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    if not args.pg_url:
        print("term_counts_pg: give --pg-url or set REDAKSI_TEST_PG_URL", file=sys.stderr)
        return 2
    from factories import complete_article

    with lzma.open(require(NEWS_ARCHIVE), "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in itertools.islice(fh, 2 * args.articles)]
    database = f"redaksi_terms_{os.getpid()}"
    login = f"bench{os.getpid()}-reporter"
    base = make_url(args.pg_url).set(drivername="postgresql+psycopg")
    _admin(args.pg_url, f'CREATE DATABASE "{database}"')
    try:
        service = open_store(base.set(database=database).render_as_string(hide_password=False))
        service.users.add(login, "reporter", password=PASSWORD)
        reporter = open_store(base.set(database=database, username=login, password=PASSWORD)
                              .render_as_string(hide_password=False))
        timings: dict[bool, list[float]] = {False: [], True: []}
        half = args.articles
        for i, rec in enumerate(records[:half]):
            counting = i % 2 == 1  # alternate, so machine load falls on both alike
            with service.engine.begin() as conn:
                state = "ENABLE" if counting else "DISABLE"
                conn.exec_driver_sql(f"ALTER TABLE articles {state} TRIGGER redaksi_terms_follow")
            # Without counting, the app's lexicon listener (which would catch the uncounted
            # version up through redaksi_terms_write) is left out too: no counting at all.
            listeners = reporter.articles._save_listeners
            if counting and reporter.terms.listener not in listeners:
                listeners.append(reporter.terms.listener)
            elif not counting and reporter.terms.listener in listeners:
                listeners.remove(reporter.terms.listener)
            t = time.perf_counter()
            art = reporter.articles.create(complete_article(headline=rec["title"],
                                                            body=rec["body"]))
            timings[counting].append(time.perf_counter() - t)
            t = time.perf_counter()
            reporter.articles.update(replace(art, body=records[half + i]["body"]),
                                     user=login)
            timings[counting].append(time.perf_counter() - t)
        with service.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE articles ENABLE TRIGGER redaksi_terms_follow")
        for counting in (False, True):
            v = timings[counting]
            print(f"reporter saves, counting trigger {'on ' if counting else 'off'}: "
                  f"{len(v)} saves, p50 {pct(v, 0.5):.1f} ms, p95 {pct(v, 0.95):.1f} ms")
        # Articles saved while the trigger was off are uncounted; the catch-up counts them.
        reporter.terms.catch_up()

        texts = [article_text(r["title"], "", r["body"]) for r in records]
        t = time.perf_counter()
        for text in texts:
            count_text(text)
        py = time.perf_counter() - t
        with service.engine.connect() as conn:
            t = time.perf_counter()
            for text in texts:
                conn.exec_driver_sql("SELECT count(*) FROM redaksi_count_text(%s)", (text,)).all()
            sql = time.perf_counter() - t
            size = sum(len(x) for x in texts) / 1e6
            print(f"tokenising {len(texts)} articles ({size:.1f} M characters): app "
                  f"{1000 * py / len(texts):.2f} ms/article, database "
                  f"{1000 * sql / len(texts):.2f} ms/article (query round trip included)")
            expected: Counter = Counter()
            for headline, summary, body in conn.exec_driver_sql(
                    "SELECT headline, summary, body FROM articles"):
                c = count_text(article_text(headline, summary, body))
                for kind, table in (("w", c.words), ("b", c.bigrams), ("n", c.names)):
                    expected.update({(kind, term): n for term, n in table.items()})
            stored = Counter({(k, term): n for k, term, n in conn.exec_driver_sql(
                "SELECT kind, term, count FROM spelling_counts")})
        differing = sum(1 for k in set(expected) | set(stored) if expected[k] != stored[k])
        print(f"database totals: {len(stored)} terms, {sum(stored.values())} counts; differing "
              f"from the Python counts of the stored texts: {differing}")
        print(f"(median of the two: {statistics.median(timings[True]) * 1000:.1f} ms with "
              f"counting vs {statistics.median(timings[False]) * 1000:.1f} ms without)")
        reporter.close()
        service.close()
    finally:
        _admin(args.pg_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        _admin(args.pg_url, f'DROP ROLE IF EXISTS "{login}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
