"""Quality of related-article suggestions on the real archive, beside a TF-IDF baseline.

The archive (``../shared/data/news-id``, 25,242 articles) has no editor-made "Baca juga"
links, so relevance is taken from the archive's own signals, two ways:

A. **same section, same days**: the suggestion comes from the same publisher and the same
   publisher sub-category (e.g. kompas / Regional) and appeared within 3 days of the query.
   (The stored ``category`` is the publisher's top-level section; the sub-category is read
   from the raw file and is never given to either method.)
B. **shared rare title word**: the two headlines share a word (4+ letters, not a stop word)
   that appears in at most 25 of the 25,242 headlines, e.g. a place or a person's name. It is
   a proxy for "about the same story/entity" that uses headlines only, without stemming.

Both methods get the same queries (random archive articles, the article itself excluded) and
are scored on their top 5: P@5 counts a missing slot (the suggester's threshold may return
fewer) as a miss, so the threshold cannot inflate its figure. Methods:

* ``suggester``: Redaksi's suggester as shipped (BM25 candidates + re-ranking);
* ``suggester, text only``: the same with the tag/location/rubrik/time weights set to zero
  (and the text weight to 1, so the threshold keeps its scale), to show how much comes from
  the text alone;
* ``TF-IDF cosine``: the baseline, computed here: headline+body, case-folded words minus the
  same stop words, sublinear tf, smoothed idf, L2-normalised, cosine over the whole archive.

Usage: python benchmarks/related_quality.py [--db sqlite:///...] [--queries 400]
(without --db the archive is imported into a temporary store first).
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import random
import re
import statistics
import sys
import tempfile
import time
from array import array
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = REPO.parent / "shared" / "data" / "news-id" / "clickid_articles.jsonl.xz"
sys.path.insert(0, str(REPO))

K = 5
SAME_DAYS = 3
RARE_TITLE_DF = 25
WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def load_raw() -> dict[str, dict]:
    with lzma.open(ARCHIVE, "rt", encoding="utf-8") as f:
        return {o["id"]: o for o in map(json.loads, f)}


class TfidfBaseline:
    """Plain TF-IDF cosine similarity over an inverted index (no external libraries)."""

    def __init__(self, docs: dict[str, str], stop: frozenset[str]) -> None:
        self.stop = stop
        self.ids = list(docs)
        df: Counter[str] = Counter()
        vectors: list[dict[str, float]] = []
        for text in docs.values():
            tf = self._tf(text)
            vectors.append(tf)
            df.update(tf.keys())
        n = len(self.ids)
        self.idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
        self.postings: dict[str, tuple[array, array]] = defaultdict(
            lambda: (array("i"), array("f")))
        for i, tf in enumerate(vectors):
            weights = self._weights(tf)
            for term, w in weights.items():
                docs_, ws = self.postings[term]
                docs_.append(i)
                ws.append(w)
        self.index_of = {ext: i for i, ext in enumerate(self.ids)}

    def _tf(self, text: str) -> dict[str, float]:
        counts = Counter(w for w in WORD.findall(text.casefold())
                         if len(w) > 1 and w not in self.stop and not w.isdigit())
        return {t: 1.0 + math.log(c) for t, c in counts.items()}

    def _weights(self, tf: dict[str, float]) -> dict[str, float]:
        raw = {t: v * self.idf.get(t, 0.0) for t, v in tf.items()}
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {t: v / norm for t, v in raw.items()}

    def top(self, text: str, k: int, exclude: str) -> list[str]:
        query = self._weights(self._tf(text))
        scores: dict[int, float] = defaultdict(float)
        for term, qw in query.items():
            if term not in self.postings:
                continue
            docs_, ws = self.postings[term]
            for d, w in zip(docs_, ws, strict=True):
                scores[d] += qw * w
        skip = self.index_of.get(exclude)
        best = sorted((s, d) for d, s in scores.items() if d != skip)[-k:]
        return [self.ids[d] for _, d in reversed(best)]


def title_words(title: str, stop: frozenset[str]) -> set[str]:
    return {w for w in WORD.findall(title.casefold()) if len(w) >= 4 and w not in stop}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store that already holds the archive")
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    if not ARCHIVE.is_file():
        print(f"archive not found: {ARCHIVE} (needs ../shared)")
        return

    from editor.publishing.importers import run_import
    from editor.related import RelatedSuggester, SuggesterConfig
    from editor.related.analysis import analyzer
    from editor.store import open_store

    url = args.db
    if url is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='redaksi-quality-')) / 'news.db'}"
        store = open_store(url)
        t = time.perf_counter()
        run_import(store, "jsonl", ARCHIVE)
        print(f"imported the archive into {url} in {time.perf_counter() - t:.1f} s")
    else:
        store = open_store(url)

    raw = load_raw()
    stop = analyzer().stop_words
    title_df: Counter[str] = Counter()
    for o in raw.values():
        title_df.update(title_words(o["title"], stop))
    rare = {ext: {w for w in title_words(o["title"], stop) if title_df[w] <= RARE_TITLE_DF}
            for ext, o in raw.items()}
    day = {ext: date.fromisoformat(o["date"]) for ext, o in raw.items() if o.get("date")}

    def same_section(a: str, b: str) -> bool:
        x, y = raw[a], raw[b]
        return (x["source"] == y["source"] and x.get("subcategory") == y.get("subcategory")
                and a in day and b in day and abs((day[a] - day[b]).days) <= SAME_DAYS)

    def shared_rare(a: str, b: str) -> bool:
        return bool(rare[a] & rare[b])

    t = time.perf_counter()
    baseline = TfidfBaseline({ext: f"{o['title']}\n{o['body']}" for ext, o in raw.items()}, stop)
    print(f"TF-IDF baseline index built in {time.perf_counter() - t:.1f} s")

    # Which queries have any relevant article at all (for each measure)?
    by_section: dict[tuple, list[str]] = defaultdict(list)
    for ext, o in raw.items():
        by_section[(o["source"], o.get("subcategory"))].append(ext)
    by_word: dict[str, list[str]] = defaultdict(list)
    for ext, words in rare.items():
        for w in words:
            by_word[w].append(ext)

    def has_relevant(ext: str) -> tuple[bool, bool]:
        o = raw[ext]
        a = any(x != ext and same_section(ext, x) for x in by_section[(o["source"],
                                                                         o.get("subcategory"))])
        b = any(x != ext for w in rare[ext] for x in by_word[w])
        return a, b

    rng = random.Random(20191010)
    pool = sorted(raw)
    queries = rng.sample(pool, min(args.queries, len(pool)))

    shipped = RelatedSuggester(store)
    text_only = RelatedSuggester(store, replace(SuggesterConfig(), w_text=1.0, w_tags=0.0,
                                                w_location=0.0, w_category=0.0, w_time=0.0))
    methods = {
        "suggester": lambda a, ext: [s.ref for s in shipped.suggest(a, limit=K)],
        "suggester, text only": lambda a, ext: [s.ref for s in text_only.suggest(a, limit=K)],
        "TF-IDF cosine": lambda a, ext: baseline.top(f"{raw[ext]['title']}\n{raw[ext]['body']}",
                                                     K, ext),
    }
    results: dict[str, dict[str, list[float]]] = {m: defaultdict(list) for m in methods}
    for ext in queries:
        article = store.articles.resolve(ext)
        rel_a, rel_b = has_relevant(ext)
        for name, fn in methods.items():
            t = time.perf_counter()
            got = fn(article, ext)[:K]
            results[name]["ms"].append((time.perf_counter() - t) * 1000)
            results[name]["returned"].append(len(got))
            if rel_a:
                hits = [same_section(ext, g) for g in got]
                results[name]["A@5"].append(sum(hits) / K)
                results[name]["A@1"].append(1.0 if hits[:1] == [True] else 0.0)
            if rel_b:
                hits = [shared_rare(ext, g) for g in got]
                results[name]["B@5"].append(sum(hits) / K)
                results[name]["B@1"].append(1.0 if hits[:1] == [True] else 0.0)
    store.close()

    n_a = len(results["suggester"]["A@5"])
    n_b = len(results["suggester"]["B@5"])
    print(f"\n{len(queries)} random query articles; {n_a} have a same-section-same-days "
          f"article (measure A), {n_b} share a rare title word with another (measure B).")
    print(f"{'method':24} {'A: P@5':>8} {'A: P@1':>8} {'B: P@5':>8} {'B: P@1':>8} "
          f"{'returned':>9} {'ms/query':>9}")
    for name, r in results.items():
        print(f"{name:24} {statistics.mean(r['A@5']):8.3f} {statistics.mean(r['A@1']):8.3f} "
              f"{statistics.mean(r['B@5']):8.3f} {statistics.mean(r['B@1']):8.3f} "
              f"{statistics.mean(r['returned']):9.2f} {statistics.median(r['ms']):9.1f}")


if __name__ == "__main__":
    main()
