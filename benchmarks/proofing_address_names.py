"""Derive resources/proofing/address_names.txt: names the archive addresses with "Bu"/"Ibu".

ID_KAPITAL_SAPAAN capitalises "ibu" before a name only where it is a form of address ("dekat
sama ibu Ainun Habibie" -> "Ibu Ainun"): "ibu X" in news is as often X's mother ("ibu Jefri
Nichol"). Which names are addressed, and so belong to a woman, is read from the archive rather
than guessed: in the bodies of articles 0-19999 of ../shared/data/news-id/ (articles 20000 and
up are kept aside for the held-out check), a name is counted where "Bu X" or "Ibu X" stands
mid-sentence (after a lower-case word, a comma or a quote). It is listed when it was seen so at
least --min times, never after "Pak"/"Bapak", and is no common word (lowercase_words.tsv, the
lexicon unless seen --known times), no title and no region ("Ibu Kota", "Ibu Hamil", "Bu
Menteri" do not pass). Prints the names; --write replaces the data file.

    python benchmarks/proofing_address_names.py [--data FILE] [--min 2] [--known 10] [--write]
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

ADDRESSED = re.compile(r"(?<=[a-z,\"“] )(?:Bu|Ibu) ([A-Z][a-z]{2,})\b")
MALE = re.compile(r"\b(?:Pak|Bapak|pak|bapak) ([A-Z][a-z]{2,})\b")
OUT = ROOT / "resources" / "proofing" / "address_names.txt"
DEV_ARTICLES = 20000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE)
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--known", type=int, default=10,
                    help="a word the lexicon knows passes only when addressed this often")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"news data not found: {args.data}", file=sys.stderr)
        return 2
    from editor.proofing.lexicon import shared_lexicon
    from editor.proofing.rules.capitalization import lowercase_words
    from editor.proofing.rules.caps import always_capitalised
    from editor.proofing.rules.titles import _data
    from editor.proofing.spelling.names import region_words

    addressed: Counter[str] = Counter()
    male: Counter[str] = Counter()
    for rec in archive_records(args.data, DEV_ARTICLES):
        body = rec.get("body", "")
        addressed.update(m.group(1) for m in ADDRESSED.finditer(body))
        male.update(m.group(1) for m in MALE.finditer(body))
    lex = shared_lexicon()
    common, titles, regions = lowercase_words(), _data().title_words, region_words()
    always = always_capitalised()
    names = []
    for w, k in sorted(addressed.items()):
        low = w.lower()
        if k < args.min or male[w] or low in common or low in titles or low in regions or \
                low in always:
            continue
        if lex.is_known(low) and k < args.known:
            continue
        names.append((w, k))
    print(f"addressed names: {len(names)} (after Bu/Ibu >= {args.min} times, never after Pak)")
    print("  " + ", ".join(f"{w} {k}" for w, k in names))
    if args.write:
        lines = [
            "# Names the news archive addresses with Bu/Ibu mid-sentence (women's names), derived",
            f"# by benchmarks/proofing_address_names.py from articles 0-{DEV_ARTICLES - 1} (min "
            f"{args.min}, never after Pak/Bapak). One a line;",
            "# ID_KAPITAL_SAPAAN capitalises \"ibu\" before them (ibu Ainun -> Ibu Ainun).",
        ]
        lines += [w for w, _k in names]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
