"""Derive resources/proofing/lowercase_words.tsv: common words the archive writes in lower case.

ID_KAPITAL_KATA_UMUM flags a common word capitalised in the middle of a sentence ("…, Banjir
itu melanda …" -> "banjir"). Which words are common, and never names, is read from the news
archive rather than guessed: in the bodies of articles 0-19999 of ../shared/data/news-id/
(articles 20000 and up are kept aside for the held-out check), a word is counted where a
capital would say "name" — after a lower-case word and one space, and followed by a space
and a lower-case word. It is listed when it was seen there at least --min times and
written with a capital in at most --share of them, and capitalised anywhere mid-sentence
(after a name too) in at most --named of its uses (names such as Mawar, Massa or Titik, and
words that open names, such as Pasar, Kota or Pelatih, do not pass). Up to --stray capitals
are allowed under both tests whatever the share: they are the very error the rule finds
(dia Menjabat bupati), and one or two of them kept a common word out of the list. Prints the figures; --write
replaces the data file.

    python benchmarks/proofing_lowercase.py [--data FILE] [--min 50] [--share 0.003]
                                            [--named 0.01] [--stray 2] [--write]
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

# a lower-case word, one space, the word, one space, a lower-case word
CONTEXT = re.compile(r"(?<=[a-z] )([A-Za-z][a-z]{2,})(?= [a-z])")
# any Title-Case use that is not a sentence start ("Felipe Massa", "Titik Soeharto")
ANYWHERE = re.compile(r"(?<=[\w,)] )([A-Z][a-z]{2,})\b")
# the archive's defect: a link's text dropped between a full stop and a comma ("., Hal
# itu …", ". , Hal"): the word after it opens a sentence, it is no name
GAP_START = re.compile(r"[.!?][\"”’]? ?, $")
START = re.compile(r"(?:^|(?<=[.!?] ))([A-Z][a-z]{2,})(?= )")
OUT = ROOT / "resources" / "proofing" / "lowercase_words.tsv"
DEV_ARTICLES = 20000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE)
    ap.add_argument("--min", type=int, default=50)
    ap.add_argument("--share", type=float, default=0.003)
    ap.add_argument("--named", type=float, default=0.01,
                    help="drop words capitalised mid-sentence (any context) more often")
    ap.add_argument("--stray", type=int, default=2,
                    help="capitalised uses allowed whatever the share (stray capitals)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"news data not found: {args.data}", file=sys.stderr)
        return 2
    from editor.proofing.rules.caps import always_capitalised

    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for rec in archive_records(args.data, DEV_ARTICLES):
        for para in rec.get("body", "").split("\n"):
            for m in ANYWHERE.finditer(para):
                if GAP_START.search(para, 0, m.start()):
                    continue  # "…2019)., Hal itu": a sentence start behind a link's gap
                named[m.group(1).lower()] += 1
            for m in START.finditer(para):
                starts[m.group(1).lower()] += 1
            for m in CONTEXT.finditer(para):
                w = m.group(1)
                if w[0].isupper():
                    upper[w.lower()] += 1
                else:
                    lower[w] += 1
    always = always_capitalised()
    rows = []
    for w, lo in lower.items():
        up = upper.get(w, 0)
        total = lo + up
        # A stray capital or two is the very error the rule looks for (the annotated
        # sentences are in these articles too): up to --stray of them are allowed whatever
        # the word's count, beyond that the share decides.
        if total < args.min or up > max(args.share * total, args.stray) or w in always:
            continue
        if named.get(w, 0) > max(args.named * total, args.stray):
            continue  # often part of a name elsewhere (Massa, Titik, Nilai Tukar Petani)
        rows.append((w, lo, up, starts.get(w, 0)))
    rows.sort()
    print(f"common lower-case words: {len(rows)} (seen >= {args.min} times mid-sentence, "
          f"capitalised in <= {args.share:.1%})")
    if args.write:
        lines = [
            "# Common words the news archive writes in lower case mid-sentence",
            f"# (benchmarks/proofing_lowercase.py, articles 0-{DEV_ARTICLES - 1}, min {args.min} "
            f"uses, capitalised <= {args.share}, in names <= {args.named}, or at most "
            f"{args.stray} uses either way). word<TAB>lower<TAB>capitalised mid-sentence"
            "<TAB>sentence starts.",
        ]
        lines += [f"{w}\t{lo}\t{up}\t{st}" for w, lo, up, st in rows]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
