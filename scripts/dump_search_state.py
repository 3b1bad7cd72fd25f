"""Dump what an import derives from the articles of a SQLite store: the related-articles
index (``search_fts``, ``search_vectors``, ``search_docs``, ``search_terms``) and the spelling
lexicon (``spelling_counts``, ``spelling_docs``), as sorted text, with a hash per table.

Two stores that imported the same archive (say with the code of two branches) must give the
same dump: article ids are replaced by external ids, and a vector's terms are compared as a
term -> count mapping (their stored order follows a set's, which varies between processes).

Usage: python scripts/dump_search_state.py STORE.db OUT.txt   (then: cmp a.txt b.txt)
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from array import array


def main() -> None:
    db, target = sys.argv[1], sys.argv[2]
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ext = dict(conn.execute("SELECT id, external_id FROM articles"))

    def rows(sql: str) -> list[tuple]:
        return conn.execute(sql).fetchall()

    sections = {
        "fts": [(ext[r[0]], *r[1:]) for r in rows(
            "SELECT rowid, headline, tags, names, summary, body FROM search_fts")],
        "vectors": [(ext[r[0]], sorted(zip(r[1].split(" "), array("I", r[2]), strict=True))
                     if r[1] else [], r[3]) for r in rows(
            "SELECT article_id, terms, counts, headline FROM search_vectors")],
        "docs": [(ext[r[0]], r[1]) for r in rows("SELECT article_id, version FROM search_docs")],
        "terms": rows("SELECT term, df FROM search_terms"),
        "spelling_counts": rows("SELECT kind, term, count FROM spelling_counts"),
        "spelling_docs": [(ext[r[0]], r[1]) for r in rows(
            "SELECT article_id, version FROM spelling_docs")],
    }
    with open(target, "w", encoding="utf-8") as out:
        for name, found in sections.items():
            lines = sorted(map(repr, found))
            digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
            print(f"{name}: {len(lines)} rows, sha256 {digest}")
            out.writelines(f"{name}\t{line}\n" for line in lines)


if __name__ == "__main__":
    main()
