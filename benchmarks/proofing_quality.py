"""Score the proofreader on ../shared/data/proofing/dev_cases.jsonl (scoring as in its README).

Prints precision, recall, first-suggestion fix rate and false positives on correct sentences,
overall and per kind; with --show, every miss and false positive. Figures only, no pass/fail.

    python benchmarks/proofing_quality.py [--cases FILE] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.proofing.engine import Proofreader  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "proofing" / "dev_cases.jsonl"


def load_cases(path: Path) -> list[dict]:
    cases = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                case["text"], case["errors"]  # noqa: B018
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{n}: bad case: {exc}") from exc
            cases.append(case)
    return cases


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="print misses and false positives")
    args = ap.parse_args(argv)
    if not args.cases.is_file():
        print(f"cases file not found: {args.cases}", file=sys.stderr)
        return 2
    cases = load_cases(args.cases)
    pr = Proofreader()
    per = defaultdict(lambda: {"errors": 0, "found": 0, "fixed": 0})
    reported = found_issues = 0
    correct_sentences = flagged_correct = 0
    fp_issues = 0
    for case in cases:
        text = case["text"]
        issues = pr.check(text)
        reported += len(issues)
        spans = []
        for err in case["errors"]:
            start = text.find(err["find"])
            spans.append((start, start + len(err["find"]), err))
        matched_issue = [False] * len(issues)
        for start, end, err in spans:
            kind = err.get("kind", "?")
            per[kind]["errors"] += 1
            hits = [k for k, i in enumerate(issues) if overlaps(i.offset, i.end, start, end)]
            for k in hits:
                matched_issue[k] = True
            if not hits:
                if args.show:
                    print(f"MISS  [{kind}] {case['id']}: {err['find']!r} in {text!r}")
                continue
            per[kind]["found"] += 1
            fixed = False
            for k in hits:
                iss = issues[k]
                if not iss.replacements:
                    continue
                new = text[: iss.offset] + iss.replacements[0] + text[iss.end :]
                if err["find"] not in new[max(0, start - 2) : end + 2] and any(
                    g in new for g in err["good"]
                ):
                    fixed = True
                    break
            if fixed:
                per[kind]["fixed"] += 1
            elif args.show:
                print(f"NOFIX [{kind}] {case['id']}: {err['find']!r} -> "
                      f"{[issues[k].replacements[:1] for k in hits]} want {err['good']}")
        found_issues += sum(matched_issue)
        for k in range(len(issues)):
            if not matched_issue[k]:
                fp_issues += 1
                if args.show:
                    i = issues[k]
                    print(f"FP    {case['id']}: {i.rule_id} {text[i.offset:i.end]!r} -> "
                          f"{list(i.replacements[:2])} in {text!r}")
        if not case["errors"]:
            correct_sentences += 1
            flagged_correct += bool(issues)
    total_err = sum(v["errors"] for v in per.values())
    total_found = sum(v["found"] for v in per.values())
    total_fixed = sum(v["fixed"] for v in per.values())
    print(f"cases: {len(cases)}  expected errors: {total_err}  reported issues: {reported}")
    print(f"precision: {found_issues / reported if reported else 1.0:.3f}"
          f"  ({found_issues}/{reported}; false-positive issues: {fp_issues})")
    print(f"recall:    {total_found / total_err if total_err else 1.0:.3f}  "
          f"({total_found}/{total_err})")
    print(f"fix rate:  {total_fixed / total_found if total_found else 0.0:.3f}  "
          f"(first suggestion fixes {total_fixed} of {total_found} found)")
    print(f"correct sentences flagged: {flagged_correct}/{correct_sentences}")
    print(f"{'kind':10} {'errors':>6} {'found':>6} {'fixed':>6} {'recall':>7} {'fix':>6}")
    for kind in sorted(per):
        v = per[kind]
        rec = v["found"] / v["errors"] if v["errors"] else 0
        fix = v["fixed"] / v["found"] if v["found"] else 0
        print(f"{kind:10} {v['errors']:6} {v['found']:6} {v['fixed']:6} {rec:7.2f} {fix:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
