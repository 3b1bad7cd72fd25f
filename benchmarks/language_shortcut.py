"""Does the cheap function-word shortcut (``LanguageIdentifier.obviously_indonesian``) ever
pass a line that lingua would route to the English checker? Runs both on every line of real
news (../shared/data/news-id/) and prints how many lines the shortcut takes, the time it
saves, and every disagreement (there should be none).

    python benchmarks/language_shortcut.py [--articles 4000] [--skip 0] [--data PATH]
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._shared import NEWS_ARCHIVE, require  # noqa: E402
from editor.proofing.language import ENGLISH, LanguageIdentifier  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE)
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many articles")
    args = ap.parse_args(argv)
    lines: list[str] = []
    with lzma.open(require(args.data), "rt", encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n < args.skip:
                continue
            if n >= args.skip + args.articles:
                break
            rec = json.loads(raw)
            text = f"{rec.get('title', '')}\n\n{rec.get('body', '')}"
            lines.extend(x for x in text.splitlines() if x.strip())
    ident = LanguageIdentifier()
    ident.detect("ini kalimat pemanasan yang cukup panjang untuk detektor")
    taken = asked = wrong = 0
    t_short = t_lingua = 0.0
    for line in lines:
        t0 = time.perf_counter()
        fast = ident.obviously_indonesian(line)
        t1 = time.perf_counter()
        det = ident.detect(line)
        t2 = time.perf_counter()
        t_short += t1 - t0
        if det.detected:
            asked += 1
        if fast:
            taken += 1
            t_lingua += t2 - t1
            if det.language == ENGLISH:
                wrong += 1
                print(f"DISAGREE (lingua: en {det.confidence:.2f}): {line[:200]}")
    print(f"lines: {len(lines):,}  lingua asked on: {asked:,}  shortcut takes: {taken:,} "
          f"({taken / max(1, asked):.1%} of those)")
    print(f"shortcut cost {t_short * 1e3:.0f} ms in all; lingua time it saves "
          f"{t_lingua * 1e3:.0f} ms; lines the shortcut calls Indonesian that lingua routes "
          f"to English: {wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
