"""Score the proofreader on annotated cases; print precision, recall and first-fix rate per kind.

Three sets, figures only, no pass/fail:

* default: ../shared/data/proofing/dev_cases.jsonl (hand-written sentences, scoring as in its
  README);
* ``--realnews``: benchmarks/data/proofing_realnews.jsonl, sentences of real published news
  (../shared/data/news-id/) with the errors their journalists made, annotated by hand, plus
  correct sentences full of names, acronyms, numbers and quotes. The file points into the
  archive (article, paragraph, span, sha1) and the text is read from there at run time. Each
  sentence is checked inside its paragraph, as the editor checks it; issues outside the
  sentence are ignored. Dev and held-out are scored apart; the same cases are also scored
  with the rules of issue 12 switched off, as a baseline in the same run, and a third time
  with the word, bigram and name counts a newsroom's store would hold
  (``--archive-counts N``: learnt from the first N archive articles that none of the cases
  comes from, as the store learns them from saved articles; 0 skips this);
* ``--untouched N``: N sentences from the archive that are in no annotated set (fixed seed):
  flags per 1,000 words with and without the rules of issue 12, and per rule; with the
  archive's counts (``--archive-counts N``, learnt from articles that are neither a case's
  nor a sampled sentence's own; 0: without them).

    python benchmarks/proofing_quality.py [--cases FILE] [--show]
    python benchmarks/proofing_quality.py --realnews [--show] [--data ARCHIVE] [--archive-counts N]
    python benchmarks/proofing_quality.py --untouched 2000 [--samples 5] [--archive-counts N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._shared import NEWS_ARCHIVE, SHARED, archive_records  # noqa: E402
from editor.proofing.engine import Proofreader  # noqa: E402

DEFAULT = SHARED / "data" / "proofing" / "dev_cases.jsonl"
REALNEWS = ROOT / "benchmarks" / "data" / "proofing_realnews.jsonl"
WORD = re.compile(r"\w+")

#: the rule ids issue 12 added (switched off for the baseline figures)
ISSUE12_RULES = frozenset({
    "ID_KOMA_KONJUNGSI", "ID_KOMA_ANAK_KALIMAT", "ID_KOMA_SUBJEK", "ID_PETIK_KOMA",
    "ID_TITIK_SINGKATAN", "ID_KAPITAL_AKRONIM", "ID_KAPITAL_PRONOMINA", "ID_KAPITAL_ARAH",
    "ID_KAPITAL_GEOGRAFI",
    "ID_WAKTU_TITIK", "ID_ANGKA_DEKADE", "ID_KOMA_PERINCIAN", "ID_RENTANG_TAHUN", "ID_KOMA_PETIKAN", "ID_BILANGAN_HURUF", "ID_TENTANG_TRANSITIF",
    "ID_BAHWA", "ID_SEJALAN_DENGAN", "ID_BERGANTUNG_PADA", "ID_PADA_WAKTU", "ID_ANTARA_DAN",
    "ID_DARIPADA", "ID_JAM_PUKUL", "ID_BAIK_MAUPUN", "ID_KOMA_KLAUSA_DEPAN",
    "ID_KOMA_APOSISI", "ID_KOMA_WILAYAH", "ID_KAPITAL_JABATAN", "ID_KAPITAL_JABATAN_INSTANSI",
    "ID_KAPITAL_SAPAAN",
    "ID_KAPITAL_KATA_UMUM", "ID_KAPITAL_UNSUR_UMUM",
})


@dataclass
class Case:
    """One sentence to check: ``context`` is what the proofreader sees, the sentence is
    ``context[start:end]``; error offsets are relative to the sentence."""

    id: str
    context: str
    start: int
    end: int
    errors: list[dict]
    split: str = "dev"
    source: str = ""
    id_article: str = ""


@dataclass
class Score:
    per: dict = field(default_factory=lambda: defaultdict(lambda: {"errors": 0, "found": 0,
                                                                      "fixed": 0}))
    reported: int = 0
    matched: int = 0
    correct: int = 0
    flagged_correct: int = 0
    fp_rules: Counter = field(default_factory=Counter)
    #: flags of the issue-12 rules, and how many of them match an annotated error
    new_reported: int = 0
    new_matched: int = 0


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score(pr: Proofreader, cases: Iterable[Case], show: bool = False) -> Score:
    sc = Score()
    for case in cases:
        sentence = case.context[case.start : case.end]
        issues = [i for i in pr.check(case.context)
                  if overlaps(i.offset, i.end, case.start, case.end)]
        sc.reported += len(issues)
        matched = [False] * len(issues)
        for err in case.errors:
            kind = err.get("kind", "?")
            s0 = case.start + err["offset"]
            s1 = s0 + err["length"]
            sc.per[kind]["errors"] += 1
            hits = [k for k, i in enumerate(issues) if overlaps(i.offset, i.end, s0, s1)]
            for k in hits:
                matched[k] = True
            if not hits:
                if show:
                    print(f"MISS  [{kind}] {case.id}: {err['find']!r} in {sentence!r}")
                continue
            sc.per[kind]["found"] += 1
            if any(_fixes(case.context, issues[k], s0, s1, err) for k in hits):
                sc.per[kind]["fixed"] += 1
            elif show:
                print(f"NOFIX [{kind}] {case.id}: {err['find']!r} -> "
                      f"{[issues[k].replacements[:1] for k in hits]} want {err['good']}")
        sc.matched += sum(matched)
        for k, i in enumerate(issues):
            if i.rule_id in ISSUE12_RULES:
                sc.new_reported += 1
                sc.new_matched += matched[k]
        for k, i in enumerate(issues):
            if not matched[k]:
                sc.fp_rules[i.rule_id] += 1
                if show:
                    print(f"FP    {case.id}: {i.rule_id} {case.context[i.offset:i.end]!r} -> "
                          f"{list(i.replacements[:2])} in {sentence!r}")
        if not case.errors:
            sc.correct += 1
            sc.flagged_correct += bool(issues)
    return sc


def _fixes(text: str, issue, s0: int, s1: int, err: dict) -> bool:  # noqa: ANN001
    """Applying the first replacement removes the error and leaves one of the good forms."""
    if not issue.replacements:
        return False
    new = text[: issue.offset] + issue.replacements[0] + text[issue.end :]
    shift = len(new) - len(text)
    lo = min(s0, issue.offset)
    hi = max(s1, issue.end) + shift
    window = new[max(0, lo - 2) : hi + 2]
    find, goods = err["find"], err["good"]
    still_wrong = find in window and not any(find in g for g in goods)
    return not still_wrong and any(g in new[max(0, lo - 30) : hi + 30] for g in goods)


def report(title: str, sc: Score) -> None:
    total_err = sum(v["errors"] for v in sc.per.values())
    found = sum(v["found"] for v in sc.per.values())
    fixed = sum(v["fixed"] for v in sc.per.values())
    prec = sc.matched / sc.reported if sc.reported else 1.0
    print(f"{title}")
    print(f"  precision: {prec:.3f} ({sc.matched}/{sc.reported})   "
          f"recall: {found / total_err if total_err else 1.0:.3f} ({found}/{total_err})   "
          f"first-fix rate: {fixed / found if found else 0.0:.3f} ({fixed}/{found})")
    if sc.new_reported:
        print(f"  precision of the issue-12 rules alone: "
              f"{sc.new_matched / sc.new_reported:.3f} ({sc.new_matched}/{sc.new_reported})")
    print(f"  correct sentences flagged: {sc.flagged_correct}/{sc.correct}"
          f"  ({100 * sc.flagged_correct / sc.correct if sc.correct else 0:.1f} per 100)")
    if sc.fp_rules:
        print("  false alarms by rule: " + ", ".join(f"{r} {n}" for r, n in
                                                     sc.fp_rules.most_common()))
    print(f"  {'kind':11} {'errors':>6} {'found':>6} {'fixed':>6} {'recall':>7} {'fix':>6}")
    for kind in sorted(sc.per):
        v = sc.per[kind]
        rec = v["found"] / v["errors"] if v["errors"] else 0
        fix = v["fixed"] / v["found"] if v["found"] else 0
        print(f"  {kind:11} {v['errors']:6} {v['found']:6} {v['fixed']:6} {rec:7.2f} {fix:6.2f}")


# -- the hand-written dev cases -------------------------------------------------------------

def load_dev_cases(path: Path) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                text = raw["text"]
                errors = []
                for err in raw["errors"]:
                    at = text.find(err["find"])
                    errors.append({**err, "offset": at, "length": len(err["find"])})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{n}: bad case: {exc}") from exc
            cases.append(Case(raw["id"], text, 0, len(text), errors))
    return cases


# -- real news --------------------------------------------------------------------------------

def read_archive(path: Path) -> dict[str, list[str]]:
    """article id -> paragraphs."""
    out: dict[str, list[str]] = {}
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec["id"]] = rec.get("body", "").split("\n")
    return out


def archive_counts(path: Path, exclude: set[str], n: int):  # noqa: ANN201
    """The archive's counts as ``TermLexicon.load`` hands them to the proofreader (bigrams seen
    at least twice, names in term order), learnt from the first ``n`` articles whose id is not
    in ``exclude`` (the articles the annotated sentences come from), each counted as the store
    counts a saved article: headline, summary and body joined."""
    from editor.proofing.spelling.counts import LanguageCounts, TextCounts, count_text
    from editor.store.term_lexicon import article_text

    total = TextCounts()
    used = 0
    for rec in archive_records(path):
        if used >= n:
            break
        if rec["id"] in exclude:
            continue
        count_text(article_text(rec.get("title", ""), "", rec.get("body", "")), into=total)
        used += 1
    bigrams = {k: v for k, v in total.bigrams.items() if v >= 2}
    names = {t: total.names[t] for t in sorted(total.names)}
    print(f"archive counts from {used} articles (none of them a case's article): "
          f"{len(total.words):,} words, {len(bigrams):,} bigrams (>=2), {len(names):,} names")
    return LanguageCounts(dict(total.words), bigrams, names)


def load_realnews(path: Path, archive: dict[str, list[str]]) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            raw = json.loads(line)
            if "_about" in raw:
                continue
            paras = archive.get(raw["article"])
            if paras is None or raw["para"] >= len(paras):
                raise SystemExit(f"{path}:{n}: {raw['article']} #{raw['para']} not in archive")
            para = paras[raw["para"]]
            sentence = para[raw["start"] : raw["end"]]
            if hashlib.sha1(sentence.encode()).hexdigest()[:12] != raw["sha1"]:
                raise SystemExit(f"{path}:{n}: sentence of {raw['id']} differs from the archive")
            for err in raw["errors"]:
                got = sentence[err["offset"] : err["offset"] + err["length"]]
                if got != err["find"]:
                    raise SystemExit(f"{path}:{n}: {raw['id']}: {got!r} != {err['find']!r}")
            cases.append(Case(raw["id"], para, raw["start"], raw["end"], raw["errors"],
                              raw["split"], raw.get("source", ""), raw["article"]))
    return cases


#: the families of the mined sets (source "mined:<family>") and the rules that answer for them
FAMILY_RULES = {
    "appos": ("appositive commas", {"ID_KOMA_APOSISI"}),
    "place": ("place-name commas", {"ID_KOMA_WILAYAH"}),
    "title": ("titles before names", {"ID_KAPITAL_JABATAN", "ID_KAPITAL_JABATAN_INSTANSI"}),
    "address": ("forms of address", {"ID_KAPITAL_SAPAAN"}),
    "midcap": ("capitals mid-sentence (names)", {"ID_KAPITAL_KATA_UMUM"}),
    "midlex": ("capitals mid-sentence (words)", {"ID_KAPITAL_KATA_UMUM"}),
}


def report_families(pr: Proofreader, cases: list[Case], label: str = "") -> None:
    """Per mined family: sentences, errors of the family's kind and how many the proofreader
    finds, flags of the family's rules that match no annotated error (false alarms), and
    flags of those rules on the family's correct sentences."""
    print(f"  mined families (sentences drawn by a broad pattern, every error annotated){label}:")
    print(f"  {'family':32} {'sent':>4} {'errors':>6} {'found':>5} {'recall':>6} "
          f"{'rule flags':>10} {'false':>5} {'precision':>9}")
    for fam, (label, rules) in FAMILY_RULES.items():
        part = [c for c in cases if c.source == f"mined:{fam}"]
        if not part:
            continue
        kind = "punct" if fam in ("appos", "place") else "caps"
        errors = found = flags = false = 0
        for case in part:
            issues = [i for i in pr.check(case.context)
                      if overlaps(i.offset, i.end, case.start, case.end)]
            spans = [(case.start + e["offset"], case.start + e["offset"] + e["length"], e)
                     for e in case.errors]
            for s0, s1, e in spans:
                if e.get("kind") != kind:
                    continue
                errors += 1
                found += any(overlaps(i.offset, i.end, s0, s1) for i in issues)
            for i in issues:
                if i.rule_id in rules:
                    flags += 1
                    false += not any(overlaps(i.offset, i.end, s0, s1) for s0, s1, _e in spans)
        rec = found / errors if errors else 0.0
        prec = (flags - false) / flags if flags else 1.0
        print(f"  {label:32} {len(part):4} {errors:6} {found:5} {rec:6.2f} {flags:10} "
              f"{false:5} {prec:9.3f}")


def used_spans(path: Path) -> set[tuple[str, int]]:
    out = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            if "article" in raw:
                out.add((raw["article"], raw["para"]))
    return out


def untouched(archive: dict[str, list[str]], used: set[tuple[str, int]], n: int,
              samples: int, counts_from: tuple[Path, set[str], int] | None = None) -> None:
    from editor.proofing.text import split_sentences

    rng = random.Random(2026)
    ids = sorted(archive)
    rng.shuffle(ids)
    picked: list[tuple[str, int, int]] = []  # (paragraph text, start, end)
    picked_articles: set[str] = set()
    for art in ids:
        paras = [(k, p) for k, p in enumerate(archive[art]) if (art, k) not in used and
                 len(p) > 40]
        if not paras:
            continue
        k, para = rng.choice(paras)
        sents = [s for s in split_sentences(para) if s.end - s.start >= 30]
        if not sents:
            continue
        s = rng.choice(sents)
        picked.append((para, s.start, s.end))
        picked_articles.add(art)
        if len(picked) >= n:
            break
    words = sum(len(WORD.findall(p[a:b])) for p, a, b in picked)
    counts = None
    if counts_from is not None and counts_from[2]:
        # as a newsroom's store would hold them, learnt from articles that are neither a
        # case's nor a sampled sentence's own
        path, exclude, n_articles = counts_from
        counts = archive_counts(path, exclude | picked_articles, n_articles)
    after = Proofreader(counts=counts)
    before = Proofreader(disabled_rules=ISSUE12_RULES, counts=counts)
    counts = {"before": Counter(), "after": Counter()}
    flagged = {"before": 0, "after": 0}
    shown: dict[str, list[str]] = defaultdict(list)
    for para, a, b in picked:
        for name, pr in (("before", before), ("after", after)):
            issues = [i for i in pr.check(para) if overlaps(i.offset, i.end, a, b)]
            flagged[name] += bool(issues)
            for i in issues:
                counts[name][i.rule_id] += 1
                if name == "after" and i.rule_id in ISSUE12_RULES:
                    ctx = para[max(a, i.offset - 50) : min(b, i.end + 40)]
                    shown[i.rule_id].append(f"{para[i.offset:i.end]!r} -> "
                                            f"{list(i.replacements[:1])} | {ctx}")
    print(f"untouched real news sentences: {len(picked)}  words: {words:,}")
    for name in ("before", "after"):
        total = sum(counts[name].values())
        print(f"  {name:6} (issue-12 rules {'off' if name == 'before' else 'on'}): "
              f"{total} flags = {1000 * total / words:.2f} per 1,000 words; "
              f"sentences flagged {flagged[name]}/{len(picked)}")
    new = {r: c for r, c in counts["after"].items() if r in ISSUE12_RULES}
    print("  flags of the issue-12 rules: " +
          (", ".join(f"{r} {c}" for r, c in sorted(new.items(), key=lambda x: -x[1])) or "none"))
    if samples:
        for rule, items in sorted(shown.items()):
            print(f"  == {rule} ({len(items)})")
            for s in items[:samples]:
                print("     " + s)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=Path, default=DEFAULT)
    ap.add_argument("--realnews", nargs="?", const=REALNEWS, type=Path, default=None,
                    help="score the real-news set (default benchmarks/data/proofing_realnews.jsonl)")
    ap.add_argument("--untouched", type=int, default=0, metavar="N",
                    help="flags per 1,000 words on N unannotated archive sentences")
    ap.add_argument("--samples", type=int, default=0, help="with --untouched: flags to print")
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE, help="the news archive")
    ap.add_argument("--show", action="store_true",
                    help="print misses and false positives (with --realnews: dev cases only)")
    ap.add_argument("--archive-counts", type=int, default=20000, metavar="N",
                    help="with --realnews: also score with the counts of N archive articles "
                         "(none of them a case's article); 0 skips it; with --untouched: "
                         "check with those counts (0: without)")
    args = ap.parse_args(argv)
    if args.realnews is None and not args.untouched:
        if not args.cases.is_file():
            print(f"cases file not found: {args.cases}", file=sys.stderr)
            return 2
        cases = load_dev_cases(args.cases)
        report(f"{args.cases.name}: {len(cases)} cases", score(Proofreader(), cases, args.show))
        return 0
    if not args.data.is_file():
        print(f"news archive not found: {args.data}", file=sys.stderr)
        return 2
    archive = read_archive(args.data)
    if args.realnews is not None:
        cases = load_realnews(args.realnews, archive)
        full = Proofreader()
        baseline = Proofreader(disabled_rules=ISSUE12_RULES)
        with_archive = None
        # --show prints dev cases only: held-out stays a final check, not read case by case.
        show = args.show
        if args.archive_counts:
            counts = archive_counts(args.data, {c.id_article for c in cases},
                                    args.archive_counts)
            with_archive = Proofreader(counts=counts)
        for split in ("dev", "heldout"):
            part = [c for c in cases if c.split == split]
            label = "tuned on" if split == "dev" else "held out, not tuned on"
            report(f"real news, {split} ({label}): {len(part)} sentences",
                   score(full, part, show and split == "dev"))
            report(f"  baseline, same {split} cases, issue-12 rules off:",
                   score(baseline, part))
            if with_archive is not None:
                report(f"  same {split} cases, with the archive's counts (as in a newsroom's "
                       "store):", score(with_archive, part, show and split == "dev"))
            report_families(full, part)
            if with_archive is not None:
                report_families(with_archive, part, ", with the archive's counts")
    if args.untouched:
        spans = used_spans(args.realnews or REALNEWS)
        untouched(archive, spans, args.untouched, args.samples,
                  (args.data, {a for a, _p in spans}, args.archive_counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
