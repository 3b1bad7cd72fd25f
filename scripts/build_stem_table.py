"""Write ``resources/related/stems.tsv``: PySastrawi's stem of every word of wordfreq's
Indonesian list that the analyser would send to the stemmer.

The related-articles analyser looks these up instead of running PySastrawi, the slowest
part of indexing a fresh archive. The table is only a cache of the stemmer: run this again
after upgrading PySastrawi (``tests/related/test_stem_table.py`` fails when the installed
stemmer disagrees with it).

Usage: python scripts/build_stem_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
TARGET = REPO / "resources" / "related" / "stems.tsv"


def main() -> None:
    from importlib.metadata import version

    from wordfreq import top_n_list

    from editor.related.analysis import IndonesianAnalyzer, may_change

    analyzer = IndonesianAnalyzer(stem_table=False)
    words = sorted({w.casefold() for w in top_n_list("id", 1_000_000)})
    lines = [f"# PySastrawi {version('PySastrawi')} stems of wordfreq {version('wordfreq')}'s "
             "Indonesian words; 'word<TAB>stem', an empty stem: the word is its own stem.",
             "# Written by scripts/build_stem_table.py; do not edit."]
    for word in words:
        if not may_change(word):
            continue
        stem = analyzer.sastrawi_stem(word)
        lines.append(f"{word}\t{'' if stem == word else stem}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} stems written to {TARGET.relative_to(REPO)}")


if __name__ == "__main__":
    main()
