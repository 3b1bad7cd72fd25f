"""Does the suggester find the same story? Measured on same-story clusters, beside TF-IDF.

Data: ``../shared/data/related/dev_same_story_clusters.jsonl`` (each line: the ids of archive
articles from different publishers that report one event) over the archive
``../shared/data/news-id/clickid_articles.jsonl.xz``. As its README fixes: for every member
of a cluster, the query is that article's **body only** with its date (no title, no tags,
no category, no location); the other members should come back; the query article never
counts (it is excluded from its own results).

* recall@k = cluster mates in the top k / all mates (summed over queries);
* MRR@10 = mean over queries of 1 / rank of the first mate in the top 10 (0 if none);
* "<10" = share of queries that got fewer than 10 suggestions (the threshold at work).

Methods, on the same queries in the same run:

* ``suggester``: ``RelatedSuggester(store).suggest(query, limit=10)`` as shipped, threshold
  included (what ``redaksi suggest --jsonl`` returns);
* ``TF-IDF``: the baseline of the README, scikit-learn's ``TfidfVectorizer(sublinear_tf=True,
  min_df=2, max_df=0.5)`` (tokens of 2+ word characters) over title + body of the whole
  archive, cosine, query = body.

The clusters are split by a hash of the cluster name: one third (``held-out``) was never
looked at while choosing the model and its settings (``SuggesterConfig``); the other two
thirds (``tune``) were. Figures are printed for tune, held-out and all. A last table shows,
on the tune part, how many shown suggestions are cluster mates per score band: that is how
``SuggesterConfig.min_score`` was chosen. (The clusters are incomplete — other same-story
articles of the archive are not listed — so "not a mate" overstates "wrong".)

Needs scikit-learn (in the ``test`` extra: ``pip install -e '.[test]'``).

``--audit N`` then prints N tune queries (a fixed random sample) whose first suggestion is
no cluster mate, with the query's title, that suggestion and the first mate, for a reader to
judge: the clusters are incomplete, and a first suggestion that reports the same event is
counted as a miss (the held-out part is never shown).

Usage: python benchmarks/related_quality.py [--db sqlite:///...] [--audit N]
(without --db the archive is imported into a temporary SQLite store first).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the repository (a git worktree one level deeper looks one level up).
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent)
               if (p / "shared" / "data").is_dir()), REPO.parent / "shared")
ARCHIVE = SHARED / "data" / "news-id" / "clickid_articles.jsonl.xz"
CLUSTERS = SHARED / "data" / "related" / "dev_same_story_clusters.jsonl"
sys.path.insert(0, str(REPO))

K = 10
SCORE_BANDS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


def is_held_out(cluster: dict) -> bool:
    """One third of the clusters, fixed by their name (not by anything about their text)."""
    return int(hashlib.sha1(cluster["cluster"].encode()).hexdigest(), 16) % 3 == 0


class TfidfBaseline:
    """The README's baseline: scikit-learn TF-IDF cosine over title + body of the archive."""

    def __init__(self, raw: dict[str, dict]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.ids = list(raw)
        self.row = {ext: i for i, ext in enumerate(self.ids)}
        self.vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.5,
                                          token_pattern=r"(?u)\b\w\w+\b")
        self.matrix = self.vectorizer.fit_transform(
            f"{o['title']}\n{o['body']}" for o in raw.values())

    def top(self, body: str, exclude: str, k: int = K) -> list[str]:
        import numpy as np

        scores = (self.matrix @ self.vectorizer.transform([body]).T).toarray().ravel()
        scores[self.row[exclude]] = -1.0
        best = np.argpartition(-scores, k)[:k]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [self.ids[i] for i in best if scores[i] > 0]


def score(results: Sequence[tuple[list[str], set[str]]]) -> dict[str, float]:
    found = {1: 0, 5: 0, 10: 0}
    mates = 0
    reciprocal = 0.0
    short = 0
    for got, relevant in results:
        for k in found:
            found[k] += sum(1 for x in got[:k] if x in relevant)
        mates += len(relevant)
        rank = next((n for n, x in enumerate(got[:K], start=1) if x in relevant), None)
        reciprocal += 1.0 / rank if rank else 0.0
        short += len(got) < K
    n = len(results) or 1
    return {"R@1": found[1] / mates, "R@5": found[5] / mates, "R@10": found[10] / mates,
            "MRR@10": reciprocal / n, "<10": short / n}


def print_table(title: str, rows: dict[str, dict[str, float]], queries: int, clusters: int) -> None:
    print(f"\n{title}: {clusters} clusters, {queries} queries")
    print(f"  {'method':12} {'recall@1':>9} {'recall@5':>9} {'recall@10':>10} {'MRR@10':>8} "
          f"{'<10 shown':>10}")
    for name, r in rows.items():
        print(f"  {name:12} {r['R@1']:9.3f} {r['R@5']:9.3f} {r['R@10']:10.3f} "
              f"{r['MRR@10']:8.3f} {r['<10']:10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store that already holds the archive")
    parser.add_argument("--audit", type=int, default=0, metavar="N",
                        help="print N tune queries whose first suggestion is no mate")
    args = parser.parse_args()
    for path in (ARCHIVE, CLUSTERS):
        if not path.is_file():
            sys.exit(f"{path} not found: the benchmark needs ../shared beside the repository")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("scikit-learn is needed for the TF-IDF baseline: pip install -e '.[test]'")

    from editor.domain.article import Article
    from editor.domain.dateline import Dateline
    from editor.publishing.importers import run_import
    from editor.publishing.importers.base import parse_date
    from editor.related import RelatedSuggester
    from editor.store import open_store

    url = args.db
    if url is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='redaksi-quality-')) / 'news.db'}"
        store = open_store(url)
        started = time.perf_counter()
        run_import(store, "jsonl", ARCHIVE)
        print(f"imported the archive into {url} in {time.perf_counter() - started:.1f} s")
    else:
        store = open_store(url)

    with lzma.open(ARCHIVE, "rt", encoding="utf-8") as f:
        raw = {o["id"]: o for o in map(json.loads, f)}
    clusters = [json.loads(line) for line in CLUSTERS.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    started = time.perf_counter()
    baseline = TfidfBaseline(raw)
    print(f"TF-IDF baseline fitted on {len(raw)} articles in "
          f"{time.perf_counter() - started:.1f} s")

    suggester = RelatedSuggester(store)
    min_score = suggester.config.min_score
    by_split: dict[str, dict[str, list]] = {s: defaultdict(list) for s in ("tune", "held-out")}
    cluster_count = {"tune": 0, "held-out": 0}
    bands: dict[float, list[int]] = defaultdict(lambda: [0, 0])   # tune: shown, mates
    timings: list[float] = []
    misses: list[tuple[str, list[str], set[str]]] = []  # tune: first suggestion no mate

    for cluster in clusters:
        split = "held-out" if is_held_out(cluster) else "tune"
        cluster_count[split] += 1
        for ext in cluster["ids"]:
            mates = {x for x in cluster["ids"] if x != ext}
            stored = store.articles.resolve(ext)
            when = parse_date(raw[ext]["date"])      # as `redaksi suggest --jsonl` reads it
            query = Article(headline="", body=raw[ext]["body"], dateline=Dateline(when=when))
            t = time.perf_counter()
            ranked = suggester.rank(query, exclude=[stored.id])
            timings.append((time.perf_counter() - t) * 1000)
            shown = [s for s in ranked if s.score >= min_score][:K]
            by_split[split]["suggester"].append(([s.ref for s in shown], mates))
            if split == "tune" and ranked and ranked[0].ref not in mates:
                misses.append((ext, [s.ref for s in ranked[:K]], mates))
            by_split[split]["TF-IDF"].append((baseline.top(raw[ext]["body"], ext), mates))
            if split == "tune":
                for s in ranked[:K]:
                    band = max((b for b in SCORE_BANDS if s.score >= b), default=0.0)
                    bands[band][0] += 1
                    bands[band][1] += s.ref in mates
    store.close()

    print("\nquery = one member's body only, with its date; the rest of its cluster should "
          f"come back (suggester threshold: score >= {min_score})")
    for split in ("tune", "held-out"):
        label = ("tune (settings chosen on these)" if split == "tune"
                 else "held-out (never used for choosing)")
        print_table(label, {m: score(r) for m, r in by_split[split].items()},
                    len(by_split[split]["suggester"]), cluster_count[split])
    everything = {m: by_split["tune"][m] + by_split["held-out"][m]
                  for m in ("suggester", "TF-IDF")}
    print_table("all dev clusters", {m: score(r) for m, r in everything.items()},
                len(everything["suggester"]), len(clusters))

    print("\nthreshold (tune part, top 10 before the cut): shown suggestions per score band "
          "that are cluster mates")
    for band in sorted(bands):
        shown, mates = bands[band]
        upper = next((b for b in SCORE_BANDS if b > band), None)
        label = f"{band:.2f}-{upper:.2f}" if upper else f">= {band:.2f}"
        print(f"  score {label:10} {shown:6} shown, {mates:5} mates ({mates / shown:.1%})")
    print(f"\nsuggester query time: median {statistics.median(timings):.1f} ms, "
          f"p95 {sorted(timings)[int(0.95 * (len(timings) - 1))]:.1f} ms "
          "(25k archive, SQLite; benchmarks/related_speed.py measures speed properly)")
    if args.audit:
        print_audit(misses, raw, args.audit)


def print_audit(misses: list[tuple[str, list[str], set[str]]], raw: dict, n: int) -> None:
    """A fixed random sample of tune queries whose first suggestion is no cluster mate."""
    import random

    print(f"\naudit: {len(misses)} tune queries rank a non-mate first; a sample of {n} "
          "to judge (Q = query, 1 = first suggestion, M@k = first mate at rank k):")
    for ext, refs, mates in random.Random(20261204).sample(misses, min(n, len(misses))):
        first_mate = next((k for k, r in enumerate(refs, start=1) if r in mates), None)
        mate = refs[first_mate - 1] if first_mate else sorted(mates)[0]
        for tag, a in (("Q  ", ext), ("1  ", refs[0]),
                       (f"M@{first_mate or '-'}".ljust(4)[:4], mate)):
            o = raw[a]
            print(f"  {tag} {o['date'][:10]} {o.get('source', '')[:10]:10} {o['title'][:100]}")
        print()


if __name__ == "__main__":
    main()
