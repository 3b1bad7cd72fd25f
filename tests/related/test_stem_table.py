"""The shipped stem table is only a cache of PySastrawi: it must give what the installed
stemmer gives, so analysis with and without it is the same."""

from __future__ import annotations

import json
import lzma

from editor.related.analysis import IndonesianAnalyzer, _load_stem_table, analyzer, may_change


def test_every_table_stem_is_the_stemmers() -> None:
    table = _load_stem_table()
    assert len(table) > 10_000
    plain = IndonesianAnalyzer(stem_table=False)
    differing = {w: (s, plain.sastrawi_stem(w)) for w, s in table.items()
                 if plain.sastrawi_stem(w) != s}
    assert differing == {}, "rerun scripts/build_stem_table.py after a PySastrawi upgrade"
    assert all(may_change(w) for w in table)


def test_analysis_is_the_same_with_and_without_the_table(shared_dir) -> None:
    archive = shared_dir / "data" / "news-id" / "clickid_articles.jsonl.xz"
    with lzma.open(archive, "rt", encoding="utf-8") as f:
        texts = [json.loads(next(f))["body"] for _ in range(300)]
    plain = IndonesianAnalyzer(stem_table=False)
    tabled = analyzer()
    assert tabled._known  # the process-wide analyser uses the table
    for text in texts:
        assert tabled.terms(text) == plain.terms(text)
