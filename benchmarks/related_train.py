"""Would a learned re-ranker beat the hand-made score? Fitted and scored on *tune* clusters only.

For every query of the tune clusters (two thirds of ``dev_same_story_clusters.jsonl``, split by
the hash ``related_quality.py`` uses; the held-out third is never read here) the suggester's
own candidate generation runs, and each candidate gets its feature row
(``related_features.FEATURES``) and a label: a cluster mate or not.

It prints:

* candidate recall: the share of all cluster mates that the candidate generation (BM25 over
  the draft's most distinctive terms) returns within its first k, for k up to the candidates
  asked for (``--candidates``): recall@10 after re-ranking can never beat it;
* cross-validated MRR@10 and recall@10 on the tune clusters (folds by cluster, so a story is
  never in both the fitting and the scoring part) for the shipped hand-made score and for
  logistic regressions (pointwise, and pairwise with calibration) at a few strengths, and a
  gradient-boosted tree model as a check on whether non-linear combinations would help.

A model would ship as its weights in ``resources/related/`` only if it beat the hand-made
score here; so far none does (see the closing note of issue 16), so nothing is written.

Usage: python benchmarks/related_train.py --db sqlite:///... [--candidates 150]
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from related_quality import ARCHIVE, CLUSTERS, is_held_out  # noqa: E402

K = 10


def collect(db: str, candidates: int | None):
    import numpy as np
    from related_features import FEATURES, candidate_features

    from editor.domain.article import Article
    from editor.domain.dateline import Dateline
    from editor.publishing.importers.base import parse_date
    from editor.related import RelatedSuggester, SuggesterConfig
    from editor.store import open_store

    store = open_store(db)
    cfg = SuggesterConfig() if candidates is None else SuggesterConfig(candidates=candidates)
    n = len(FEATURES)
    suggester = RelatedSuggester(store, cfg)
    with lzma.open(ARCHIVE, "rt", encoding="utf-8") as f:
        raw = {o["id"]: o for o in map(json.loads, f)}
    clusters = [json.loads(line) for line in CLUSTERS.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    tune = [c for c in clusters if not is_held_out(c)]
    queries = []   # (cluster index, X, y, mates count, BM25 order of labels)
    for ci, cluster in enumerate(tune):
        for ext in cluster["ids"]:
            mates = {x for x in cluster["ids"] if x != ext}
            stored = store.articles.resolve(ext)
            draft = Article(headline="", body=raw[ext]["body"],
                            dateline=Dateline(when=parse_date(raw[ext]["date"])))
            found = suggester.candidate_set(draft, exclude=[stored.id])
            rows = {} if found is None else candidate_features(
                found.query, cfg, found.when, found.docs, found.dates, found.idf)
            ids = list(rows)
            refs = {i.article_id: i.external_id for i in store.candidates(ids).values()}
            y = np.array([refs.get(i) in mates for i in ids], dtype=int)
            X = np.array([rows[i] for i in ids], dtype=float).reshape(-1, n)
            queries.append((ci, X, y, len(mates)))
    store.close()
    return queries, len(tune)


def ranked_metrics(queries: Sequence, scores: Sequence) -> tuple[float, float]:
    """(MRR@10, recall@10) of ranking each query's candidates by ``scores``."""
    import numpy as np

    rr = found = mates = 0.0
    for (_, _, y, m), s in zip(queries, scores, strict=True):
        mates += m
        if len(y) == 0:
            continue
        order = np.lexsort((np.arange(len(s)), -s))[:K]
        top = y[order]
        found += top.sum()
        hit = np.flatnonzero(top)
        rr += 1.0 / (hit[0] + 1) if len(hit) else 0.0
    return rr / len(queries), found / mates


def hand_scores(X):
    """The old hand-made score from the row: first + 0.8 x feedback x best first."""
    from related_features import FEATURES

    f = {name: X[:, i] for i, name in enumerate(FEATURES)}
    top = f["first"] / f["first_rel"].clip(1e-9)
    return f["first"] + 0.8 * f["feedback"] * top


def fit_pointwise(queries, C: float):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X = np.vstack([q[1] for q in queries])
    y = np.concatenate([q[2] for q in queries])
    scaler = StandardScaler().fit(X)
    model = LogisticRegression(C=C, max_iter=2000).fit(scaler.transform(X), y)
    return scaler, model.coef_.ravel(), float(model.intercept_[0])


def fit_pairwise(queries, C: float):
    """RankNet-style: logistic regression on (mate - other) differences of one query, then
    a one-dimensional calibration of the ranking score into a probability."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X = np.vstack([q[1] for q in queries])
    scaler = StandardScaler().fit(X)
    rng = np.random.default_rng(7)
    diffs = []
    for _, Xq, yq, _ in queries:
        pos, neg = np.flatnonzero(yq == 1), np.flatnonzero(yq == 0)
        if not len(pos) or not len(neg):
            continue
        Z = scaler.transform(Xq)
        take = neg if len(neg) <= 40 else rng.choice(neg, 40, replace=False)
        for p in pos:
            diffs.append(Z[p] - Z[take])
    D = np.vstack(diffs)
    D = np.vstack([D, -D])
    labels = np.concatenate([np.ones(len(D) // 2), np.zeros(len(D) // 2)])
    w = LogisticRegression(C=C, fit_intercept=False, max_iter=2000).fit(D, labels).coef_.ravel()
    s = scaler.transform(X) @ w
    y = np.concatenate([q[2] for q in queries])
    cal = LogisticRegression(max_iter=1000).fit(s.reshape(-1, 1), y)
    a = float(cal.coef_[0, 0])
    return scaler, w * a, float(cal.intercept_[0])


def fit_trees(queries, _: float):
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    X = np.vstack([q[1] for q in queries])
    y = np.concatenate([q[2] for q in queries])
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05,
                                          max_leaf_nodes=15, random_state=7).fit(X, y)


FITS = {"point": fit_pointwise, "pair": fit_pairwise, "gbm": fit_trees}


def score_with(fitted, X):
    if not isinstance(fitted, tuple):
        return fitted.predict_proba(X)[:, 1]
    scaler, coef, intercept = fitted
    return scaler.transform(X) @ coef + intercept


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--candidates", type=int)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()


    started = time.perf_counter()
    queries, n_clusters = collect(args.db, args.candidates)
    print(f"tune clusters only: {n_clusters} clusters, {len(queries)} queries, "
          f"{sum(len(q[2]) for q in queries)} candidates "
          f"(features in {time.perf_counter() - started:.0f} s)")
    mates = sum(q[3] for q in queries)
    width = max(len(q[2]) for q in queries)
    print("candidate recall (mates among the first k BM25 candidates / all mates):")
    for k in (10, 30, 50, 100, 150, 200, 300, 500):
        if k <= width:
            print(f"  @{k:<4} {sum(q[2][:k].sum() for q in queries) / mates:.3f}")

    folds = [[q for q in queries if q[0] % args.folds == f] for f in range(args.folds)]
    candidates: dict[str, tuple[str, float] | None] = {"hand-made (shipped)": None}
    for C in (0.01, 0.1, 1.0):
        candidates[f"pointwise LR C={C}"] = ("point", C)
        candidates[f"pairwise LR C={C}"] = ("pair", C)
    candidates["gradient-boosted trees"] = ("gbm", 0.0)
    print(f"\n{args.folds}-fold cross-validation over tune clusters (scored on the left-out fold):")
    print(f"  {'model':26} {'MRR@10':>7} {'R@10':>6}")
    best_name, best = "", -1.0
    for name, spec in candidates.items():
        all_scores, all_q = [], []
        for f, held in enumerate(folds):
            if spec is None:
                scores = [hand_scores(q[1]) if len(q[2]) else np.zeros(0) for q in held]
            else:
                train = [q for g, fold in enumerate(folds) if g != f for q in fold
                         if len(q[2])]
                fitted = FITS[spec[0]](train, spec[1])
                scores = [score_with(fitted, q[1]) if len(q[2]) else np.zeros(0) for q in held]
            all_scores.extend(scores)
            all_q.extend(held)
        mrr, r10 = ranked_metrics(all_q, all_scores)
        print(f"  {name:26} {mrr:7.3f} {r10:6.3f}")
        if spec is not None and mrr > best:
            best_name, best = name, mrr
    print(f"best learned model: {best_name} (MRR@10 {best:.3f}, cross-validated on tune)")


if __name__ == "__main__":
    main()
