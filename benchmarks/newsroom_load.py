"""Newsroom load: simulated desks working on one local PostgreSQL database at the same time.

Prints figures, never passes or fails on time. Each simulated client is a thread with its own
PostgreSQL login (reporters, editors, an admin) and its own store, like one desktop app. For
``--seconds`` they open articles, save them (under the edit lock, based on the version they
opened), take workflow steps and ask for related-article suggestions, on a shared desk of
articles so that they collide. Reported:

* operations per second, and count / p50 / p95 latency per operation;
* refusals the store is expected to give under contention (someone else's lock, a version
  saved in between, a state changed in between) and any other error (there should be none);
* afterwards, a check that every save a client was told succeeded is in the database as the
  revision it was promised (same version, same body), and that each article's revisions run
  1..version without a gap.

The archive behind the suggestions is the first ``--archive`` articles of
../shared/data/news-id/clickid_articles.jsonl.xz. The threads share one Python process, so
the client side is bound by the GIL; the server is not the only limit on the figures.

Usage: python benchmarks/newsroom_load.py [--pg-url URL] [--clients 20] [--seconds 60]
       [--archive 2000] [--desk 120]
URL: a login that may create databases and roles (default: $REDAKSI_TEST_PG_URL); a fresh
database is created and dropped afterwards.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from benchmarks._shared import NEWS_ARCHIVE as ARCHIVE  # noqa: E402
from editor.domain import Article, Byline, Dateline  # noqa: E402
from editor.domain.editing import EditRefused  # noqa: E402
from editor.domain.workflow import Action, Status, TransitionRefused  # noqa: E402
from editor.store import ArticleLocked, Store, VersionConflict, open_store  # noqa: E402

PASSWORD = "beban-uji-123"
EXPECTED = (ArticleLocked, VersionConflict, TransitionRefused, EditRefused)

#: Hand-written SQL a reporter's own login tries now and then (issue 15): every one must be
#: refused by the database. {id} is a desk article.
ATTACKS = (
    "UPDATE articles SET body = 'palsu', version = version + 1 WHERE id = {id}",
    "DELETE FROM article_tags WHERE article_id = {id}",
    "UPDATE tags SET name = 'palsu' WHERE id IN (SELECT tag_id FROM article_tags "
    "WHERE article_id = {id})",
    "INSERT INTO revisions (article_id, version, kind, author, created_at, status, snapshot) "
    "VALUES ({id}, 100000, 'save', 'x', now(), 'approved', '{{}}')",
    "INSERT INTO article_events (article_id, kind, user_name, created_at) "
    "VALUES ({id}, 'Transition', 'x', now())",
    "UPDATE comments SET resolved_by = 'x' WHERE article_id = {id}",
    "DELETE FROM search_pg WHERE article_id = {id}",
    "UPDATE article_locks SET heartbeat_at = '9999-12-31' WHERE article_id = {id}",
)


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    refused: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    saves: list[tuple[int, int, str]] = field(default_factory=list)  # (article, version, body)
    attacks: Counter[str] = field(default_factory=Counter)  # refused / went through
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, op: str, seconds: float) -> None:
        with self.lock:
            self.latencies[op].append(seconds)


def _admin(url: str, sql: str) -> None:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)


class Client(threading.Thread):
    """One person at their desk: a login, a store, a role-shaped mix of operations."""

    def __init__(self, name: str, role: str, url: str, desk: list[int], stats: Stats,
                 stop: threading.Event, seed: int) -> None:
        super().__init__(name=name, daemon=True)
        self.login, self.role, self.url = name, role, url
        self.desk, self.stats, self.stop = desk, stats, stop
        self.rng = random.Random(seed)
        # Opened here, on the main thread: Alembic's start-up check is not thread-safe (an
        # app opens its store once, at start).
        self.store: Store = open_store(url)

    def timed(self, op: str, call):  # noqa: ANN001, ANN201 - a thin wrapper
        start = time.perf_counter()
        try:
            result = call()
        except EXPECTED as exc:
            self.stats.add(op, time.perf_counter() - start)
            with self.stats.lock:
                self.stats.refused[f"{op}: {type(exc).__name__}"] += 1
            return None
        except Exception as exc:  # noqa: BLE001 - counted and shown, never hidden
            with self.stats.lock:
                self.stats.errors[f"{op}: {type(exc).__name__}: {str(exc)[:120]}"] += 1
            return None
        self.stats.add(op, time.perf_counter() - start)
        return result

    def run(self) -> None:
        from editor.related import RelatedSuggester

        suggester = RelatedSuggester(self.store)
        store = self.store
        try:
            while not self.stop.is_set():
                article_id = self.rng.choice(self.desk)
                article = self.timed("open", lambda a=article_id: store.articles.get(a))
                if article is None:
                    continue
                roll = self.rng.random()
                if self.role == "reporter" and roll < 0.05:
                    self.attack(article.id)
                elif roll < 0.45:
                    self.edit(article)
                elif roll < 0.80:
                    self.step(article)
                else:
                    self.timed("suggest", lambda a=article: suggester.suggest(a, limit=10))
        finally:
            store.close()

    def attack(self, article_id: int) -> None:
        """A hand-written statement with the reporter's own login and password."""
        from sqlalchemy.engine import make_url as _url

        statement = self.rng.choice(ATTACKS).format(id=article_id)
        conninfo = _url(self.url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        start = time.perf_counter()
        try:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                changed = conn.execute(statement).rowcount
            outcome = "went through" if changed else "refused (no row changed)"
        except psycopg.errors.InsufficientPrivilege:
            outcome = "refused"
        except psycopg.Error as exc:
            outcome = f"refused ({type(exc).__name__})"
        self.stats.add("attack", time.perf_counter() - start)
        with self.stats.lock:
            self.stats.attacks[outcome] += 1
            if outcome == "went through":
                self.stats.errors[f"attack went through: {statement[:60]}"] += 1

    def edit(self, article: Article) -> None:
        store = self.store
        if self.timed("lock", lambda: store.locks.acquire(article.id, self.login)) is None:
            return
        try:
            body = f"{article.body}\n\nTambahan {self.login} {self.rng.randrange(10**9)}."
            saved = self.timed("save", lambda: store.articles.update(
                article.with_changes(body=body[-4000:]), user=self.login))
            if saved is not None:
                with self.stats.lock:
                    self.stats.saves.append((saved.id, saved.version, saved.body))
        finally:
            store.locks.release(article.id, self.login)

    def step(self, article: Article) -> None:
        reporter_moves = {Status.DRAFT: Action.SUBMIT, Status.CHANGES_REQUESTED: Action.SUBMIT}
        desk_moves = {
            Status.DRAFT: Action.SUBMIT, Status.SUBMITTED: Action.START_REVIEW,
            Status.IN_REVIEW: self.rng.choice((Action.APPROVE, Action.REQUEST_CHANGES)),
            Status.APPROVED: Action.PUBLISH, Status.PUBLISHED: Action.REOPEN,
            Status.CHANGES_REQUESTED: Action.SUBMIT, Status.KILLED: Action.REOPEN,
        }
        moves = reporter_moves if self.role == "reporter" else desk_moves
        action = moves.get(article.status)
        if action is None:
            # A reporter looking at something already with the desk tries to approve it
            # anyway: the database must refuse every one of these.
            done = self.timed("forbidden", lambda: self.store.workflow.transition(
                article.id, Action.APPROVE, self.login))
            if done is not None:
                with self.stats.lock:
                    self.stats.errors["forbidden: a reporter's approval went through"] += 1
            return
        self.timed("transition", lambda: self.store.workflow.transition(
            article.id, action, self.login, note="catatan beban"))


def desk_article(n: int, source: Article) -> Article:
    """A draft with every field the house requires before submission, text from the archive."""
    article = Article(
        headline=f"Naskah meja {n}: {source.headline}", body=source.body[:2000] or "Isi.",
        summary=source.summary or source.body[:200] or "Ringkasan.",
        category=source.category or "Berita", tags=source.tags or ("meja",),
        bylines=(Byline("Redaksi"),), dateline=Dateline("Jakarta"))
    return article.with_changes(slug=article.effective_slug)


def lexicon_check(service) -> str:  # noqa: ANN001 - a Store
    """The term lexicon after the run against what the stored texts give (Python count_text):
    the database counts the personal logins' saves itself (migration 0011)."""
    from editor.proofing.spelling.counts import count_text
    from editor.store.term_lexicon import article_text

    expected: Counter = Counter()
    with service.engine.connect() as conn:
        for headline, summary, body in conn.exec_driver_sql(
                "SELECT headline, summary, body FROM articles"):
            c = count_text(article_text(headline, summary, body))
            for kind, table in (("w", c.words), ("b", c.bigrams), ("n", c.names)):
                expected.update({(kind, t): n for t, n in table.items()})
        stored = Counter({(k, t): n for k, t, n in conn.exec_driver_sql(
            "SELECT kind, term, count FROM spelling_counts")})
        uncounted = conn.exec_driver_sql(
            "SELECT count(*) FROM articles a LEFT JOIN spelling_docs s ON s.article_id = a.id "
            "WHERE s.version IS DISTINCT FROM a.version").scalar_one()
    differing = sum(1 for k in set(expected) | set(stored) if expected[k] != stored[k])
    return (f"term lexicon: {len(stored)} terms ({sum(stored.values())} counts), differing "
            f"from the stored texts: {differing}; versions not counted: {uncounted}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", default=os.environ.get("REDAKSI_TEST_PG_URL", ""))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--archive", type=int, default=2000)
    parser.add_argument("--desk", type=int, default=120)
    args = parser.parse_args()
    if not args.pg_url:
        print("newsroom_load: give --pg-url or set REDAKSI_TEST_PG_URL", file=sys.stderr)
        return 2
    if not ARCHIVE.is_file():
        print(f"newsroom_load: archive not found at {ARCHIVE}", file=sys.stderr)
        return 2

    from editor.publishing.importers.jsonl import JsonlImporter

    database = f"redaksi_bench_{os.getpid()}"
    base = make_url(args.pg_url).set(drivername="postgresql+psycopg")
    url = base.set(database=database).render_as_string(hide_password=False)
    _admin(args.pg_url, f'CREATE DATABASE "{database}"')
    logins: list[tuple[str, str]] = []
    try:
        service = open_store(url)
        t0 = time.perf_counter()
        records = list(itertools.islice(JsonlImporter().records(ARCHIVE), args.archive))
        service.articles.import_articles(records, user="import")
        print(f"archive: {len(records)} articles imported and indexed in "
              f"{time.perf_counter() - t0:.1f} s")
        roles = ["admin"] + ["editor"] * max(1, args.clients // 3)
        roles += ["reporter"] * (args.clients - len(roles))
        for n, role in enumerate(roles[: args.clients]):
            name = f"bench{os.getpid()}-{role}-{n}"  # login names are cluster-wide
            service.users.add(name, role, password=PASSWORD)
            logins.append((name, role))
        desk = [service.articles.create(desk_article(i, records[i % len(records)].article),
                                        user="import").id for i in range(args.desk)]

        stats = Stats()
        stop = threading.Event()
        clients = [Client(name, role, base.set(database=database, username=name,
                                               password=PASSWORD)
                          .render_as_string(hide_password=False), desk, stats, stop, seed=i)
                   for i, (name, role) in enumerate(logins)]
        print(f"{len(clients)} clients ({Counter(r for _, r in logins)}) on {len(desk)} desk "
              f"articles for {args.seconds:.0f} s ...")
        started = time.perf_counter()
        for client in clients:
            client.start()
        time.sleep(args.seconds)
        stop.set()
        for client in clients:
            client.join(60)
        elapsed = time.perf_counter() - started

        total = sum(len(v) for v in stats.latencies.values())
        print(f"\noperations: {total} in {elapsed:.1f} s = {total / elapsed:.1f} ops/s")
        print(f"{'operation':<12}{'count':>8}{'ops/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
        for op in ("open", "lock", "save", "transition", "forbidden", "suggest", "attack"):
            values = stats.latencies.get(op, [])
            if not values:
                continue
            print(f"{op:<12}{len(values):>8}{len(values) / elapsed:>8.1f}"
                  f"{statistics.median(values) * 1000:>9.1f}"
                  f"{percentile(values, 0.95) * 1000:>9.1f}{max(values) * 1000:>9.1f}")
        print("(forbidden = a reporter's login trying to approve: always refused; attack = "
              "hand-written SQL with a reporter's login, new connection each)")
        print("attacks: " + (", ".join(f"{k}: {n}" for k, n in sorted(stats.attacks.items()))
                             or "none"))
        print("\nexpected refusals (contention, role):")
        for key, n in sorted(stats.refused.items()):
            print(f"  {key}: {n}")
        print(f"unexpected errors: {sum(stats.errors.values())}")
        for key, n in sorted(stats.errors.items()):
            print(f"  {key}: {n}")

        # Nothing lost: every acknowledged save is the revision it was promised.
        lost = 0
        by_article: dict[int, dict[int, str]] = defaultdict(dict)
        for article_id, version, body in stats.saves:
            by_article[article_id][version] = body
        gaps = 0
        for article_id, promised in by_article.items():
            revisions = {r.version: r for r in service.articles.revisions(article_id)}
            current = service.articles.get(article_id)
            if sorted(revisions) != list(range(1, current.version + 1)):
                gaps += 1
            for version, body in promised.items():
                rev = revisions.get(version)
                if rev is None or rev.kind not in ("save", "correction") or \
                        rev.snapshot.get("body") != body:
                    lost += 1
        print(f"\nsaves acknowledged: {len(stats.saves)} on {len(by_article)} articles; "
              f"lost or altered: {lost}; articles with a gap in their revisions: {gaps}")
        print(lexicon_check(service))
        service.close()
    finally:
        _admin(args.pg_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for name, _ in logins:
            _admin(args.pg_url, f'DROP ROLE IF EXISTS "{name}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
