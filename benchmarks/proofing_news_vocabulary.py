"""Derive resources/proofing/news_vocabulary.tsv: words Indonesian newsrooms write that no
dictionary lists (karhutla, cawabup, senpi, antirasuah), so that a fresh installation does not
report them as unknown before its own archive has taught the store.

A newsroom's store learns its vocabulary from saved and imported articles (the term lexicon:
a word the archive uses three times is known, twenty times established). A new installation
has no archive yet, and on real news sentences most of its false alarms were such words
(``benchmarks/proofing_quality.py --realnews``: ID_KATA_TIDAK_DIKENAL 17 of 26 on dev without
the archive's counts, 4 with them). This reads the bodies of articles 0-19999 of
../shared/data/news-id/ (articles 20000 and up are kept aside for the held-out checks; no
annotated case comes from the first 20,000) and lists a lower-case word written mid-sentence
when

* the lexicon does not know it (KBBI roots, derivations, hunspell-id) and no kata-baku or
  meN- rule would correct it (those rules explain non-standard forms; the list must not
  silence them), nor is it two words written together (compounds.tsv, or two words of four
  letters or more that the spelling rule would split: kerjasama, ibukota, seringkali are
  the archive's frequent errors, not its vocabulary), and
* it appears in at least --articles different articles (a slip is rarely repeated in
  three articles by different reporters) and --uses times, and wordfreq does not already
  list it — or it is established: --established uses in at least five articles (then
  wordfreq's listing is no protection: web text cannot tell the established sidak from a
  slip of tidak).

Each row gives the articles and uses; the spelling rule reads a listed word as a word in use
and an established one as never a slip, with the thresholds of the store's own counts
(``ARCHIVE_WORD``, ``ARCHIVE_ESTABLISHED`` in ``editor/proofing/rules/typo.py``). Prints the figures; --write replaces
the data file.

    python benchmarks/proofing_news_vocabulary.py [--data FILE] [--articles 3] [--uses 5]
                                                  [--established 20] [--write]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._shared import NEWS_ARCHIVE, archive_records  # noqa: E402

# a lower-case word after a word or a comma (not a sentence start), alphabetic only; or
# alone in parentheses after a word ("… naik 5 persen (yoy)", "lalu lintas (lalin)"),
# where newsrooms give their abbreviations
MID_SENTENCE = re.compile(
    r"(?<=[\w,)] )([a-z]{3,40})\b(?![-'’@.]\w)|(?<=\w \()([a-z]{3,40})(?=\))")
OUT = ROOT / "resources" / "proofing" / "news_vocabulary.tsv"
DEV_ARTICLES = 20000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE)
    ap.add_argument("--articles", type=int, default=3)
    ap.add_argument("--uses", type=int, default=5)
    ap.add_argument("--established", type=int, default=20)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"news data not found: {args.data}", file=sys.stderr)
        return 2
    from editor.proofing.lexicon import shared_lexicon
    from editor.proofing.ruledata import read_tsv
    from editor.proofing.rules.typo import IN_USE, id_frequencies, is_standard, standard_forms
    from editor.proofing.spelling.counts import LanguageCounts
    from editor.proofing.spelling.segment import run_together

    uses: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    n_articles = 0
    for rec in archive_records(args.data, DEV_ARTICLES):
        n_articles += 1
        words = [a or b for a, b in MID_SENTENCE.findall(rec.get("body", ""))]
        uses.update(words)
        articles.update(set(words))
    lex = shared_lexicon()
    freq = id_frequencies()
    standard = standard_forms()
    compounds = {row[0].lower() for row in read_tsv("compounds.tsv")}
    no_counts = LanguageCounts()
    rows: list[tuple[str, int, int]] = []
    for word, n_art in articles.items():
        if n_art < args.articles or uses[word] < args.uses:
            continue
        in_wordfreq = freq.get(word, 0.0) >= IN_USE
        if in_wordfreq and not (uses[word] >= args.established and n_art >= 5):
            continue
        if word in lex.roots or word in standard or lex.is_known(word):
            continue
        if not is_standard(lex, word) or word in compounds:
            continue
        split = run_together(lex, no_counts, word)
        if split is not None and min(map(len, split)) >= 4:
            continue  # two words run together (ibukota): the spelling rule splits it
        rows.append((word, n_art, uses[word]))
    rows.sort()
    established = sum(1 for r in rows if r[2] >= args.established and r[1] >= 5)
    print(f"articles read: {n_articles:,}; words listed: {len(rows):,} "
          f"({established:,} established: {args.established}+ uses in 5+ articles)")
    for word, n_art, n_uses in sorted(rows, key=lambda r: -r[1])[:25]:
        print(f"  {word:<24} {n_art:>6} articles {n_uses:>7} uses")
    if args.write:
        header = (
            "# Words the news archive writes that no dictionary lists "
            f"(benchmarks/proofing_news_vocabulary.py, articles 0-{DEV_ARTICLES - 1}, "
            f"lower case mid-sentence, unknown to the lexicon, >= {args.articles} articles and "
            f">= {args.uses} uses, not in wordfreq unless >= {args.established} uses in >= 5 "
            "articles). "
            "word<TAB>articles<TAB>uses.\n"
        )
        OUT.write_text(header + "".join(f"{w}\t{a}\t{u}\n" for w, a, u in rows),
                       encoding="utf-8")
        print(f"written: {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
