"""Print the suggestions for 500 dev-cluster queries and 200 short drafts, to compare two
versions of the suggester byte for byte (ids, scores to 1e-9, reasons, titles).

Usage: python benchmarks/related_dump.py REPO DB > out.txt   (REPO: the checkout to import;
DB: a SQLite file holding the imported archive, read only)
"""

from __future__ import annotations

import builtins
import json
import lzma
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent


def main() -> None:
    repo, db = sys.argv[1], sys.argv[2]
    sys.path.insert(0, repo)
    import editor.related.suggester as suggester_module
    from editor.domain.article import Article
    from editor.domain.dateline import Dateline
    from editor.publishing.importers.base import parse_date
    from editor.related import RelatedSuggester
    from editor.store import open_store

    shared = next(p / "shared" for p in (SHARED, SHARED.parent) if (p / "shared").is_dir())
    # Scores at 1e-9 rather than the 1e-4 a suggestion shows.
    suggester_module.round = lambda x, n=None: builtins.round(x, 9)  # type: ignore[attr-defined]
    with lzma.open(shared / "data/news-id/clickid_articles.jsonl.xz", "rt") as f:
        raw = {o["id"]: o for o in map(json.loads, f)}
    lines = (shared / "data/related/dev_same_story_clusters.jsonl").read_text().splitlines()
    exts = [e for line in lines if line.strip() for e in json.loads(line)["ids"]][:500]
    store = open_store(f"sqlite:///{db}")
    s = RelatedSuggester(store)
    out = sys.stdout
    for ext in exts:
        stored = store.articles.resolve(ext)
        q = Article(headline="", body=raw[ext]["body"],
                    dateline=Dateline(when=parse_date(raw[ext]["date"])))
        for r in s.rank(q, exclude=[stored.id], limit=10):
            out.write(f"{ext}\t{r.ref}\t{r.score:.9f}\t{'|'.join(r.reasons)}\t{r.title}\n")
    for ext in exts[:200]:
        a = store.articles.resolve(ext)
        lead = next((p for p in a.body.split("\n") if p.strip()), "")
        d = Article(headline=a.headline, body=lead, dateline=a.dateline, tags=a.tags,
                    location=a.location, category=a.category)
        for r in s.suggest(d, limit=10):
            out.write(f"S{ext}\t{r.ref}\t{r.score:.9f}\t{'|'.join(r.reasons)}\n")
    store.close()


if __name__ == "__main__":
    main()
