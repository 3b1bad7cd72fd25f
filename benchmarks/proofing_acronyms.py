"""Derive resources/proofing/acronyms.tsv: acronyms as the news archive spells them.

A word is listed when, in the article bodies of ../shared/data/news-id/, it is written in
capitals at least --min times and in at least --share of all its occurrences (ASEAN 95 %,
"Asean" the rest), is 3-7 letters long, its lowercase form is not a root word of the
proofreader's lexicon, and it is not a common English word (WHO/who, ICE/ice). ID_KAPITAL_AKRONIM then flags the other spellings
(Masyarakat Ekonomi Asean -> ASEAN). Prints the figures; --write replaces the data file.

    python benchmarks/proofing_acronyms.py [--data FILE] [--min 30] [--share 0.75] [--write]
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._shared import NEWS_ARCHIVE  # noqa: E402

WORD = re.compile(r"(?<![\w-])[A-Za-z]{3,7}(?![\w-])")
# Title-case forms that are names or forms of address: Ita, Pam, Bpk. (Bapak), Allah Swt.
NOT_ACRONYMS = frozenset({"ita", "pam", "bpk", "swt", "lib", "miu", "wit", "mma", "bcl"})
OUT = ROOT / "resources" / "proofing" / "acronyms.tsv"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE)
    ap.add_argument("--min", type=int, default=30)
    ap.add_argument("--share", type=float, default=0.75)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"news data not found: {args.data}", file=sys.stderr)
        return 2
    from wordfreq import zipf_frequency

    from editor.proofing.lexicon import shared_lexicon

    lex = shared_lexicon()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line).get("body", "")
            for para in body.split("\n"):
                letters = [c for c in para if c.isalpha()]
                if letters and sum(c.isupper() for c in letters) > 0.5 * len(letters):
                    continue  # a shouted line says nothing about one word's spelling
                for w in WORD.findall(para):
                    forms[w.lower()][w] += 1
    rows = []
    for low, counts in forms.items():
        caps = counts.get(low.upper(), 0)
        total = sum(counts.values())
        if caps < args.min or caps < args.share * total:
            continue
        if low in lex.roots or low in NOT_ACRONYMS:
            continue
        if zipf_frequency(low, "en") >= 3.5:
            continue  # WHO / who, ICE / ice: an English word in quotes or names
        rows.append((low, low.upper(), caps, total))
    rows.sort()
    print(f"acronyms: {len(rows)} (caps >= {args.min} times and >= {args.share:.0%} of uses)")
    for _low, up, caps, total in rows[:40]:
        print(f"  {up:8} {caps:6}/{total:<6}")
    if args.write:
        lines = [
            "# Acronyms as the news archive spells them (benchmarks/proofing_acronyms.py,",
            f"# min {args.min} uses in capitals, share >= {args.share}). lowercase<TAB>spelling"
            "<TAB>uses in capitals/all uses.",
        ]
        lines += [f"{low}\t{up}\t{caps}/{total}" for low, up, caps, total in rows]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
