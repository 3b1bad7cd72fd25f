"""The vocabulary of Indonesian news that no dictionary lists (karhutla, antirasuah, senpi,
netter), shipped in ``resources/proofing/news_vocabulary.tsv``.

A newsroom's store learns such words from its own archive (the term lexicon); a fresh
installation has no archive yet and reported them as unknown words: on real news sentences,
most of its false alarms. The list is derived from published news by
``benchmarks/proofing_news_vocabulary.py`` and read with the store's own thresholds: a listed
word is in use, an established one is never taken for a slip of a more frequent neighbour.
"""

from __future__ import annotations

from functools import lru_cache

from editor.proofing.ruledata import read_tsv

#: uses (in at least ESTABLISHED_ARTICLES articles) that make a listed word established,
#: as ``ARCHIVE_ESTABLISHED`` uses do for the store's counts
ESTABLISHED_USES = 20
ESTABLISHED_ARTICLES = 5


@lru_cache(maxsize=1)
def news_vocabulary() -> dict[str, bool]:
    """Listed word → established."""
    return {row[0]: int(row[2]) >= ESTABLISHED_USES and int(row[1]) >= ESTABLISHED_ARTICLES
            for row in read_tsv("news_vocabulary.tsv", columns=3)}


def in_news_use(word: str) -> bool:
    """The news archive writes ``word`` (lower case) as a word of its own."""
    return word in news_vocabulary()


def established_in_news(word: str) -> bool:
    """The news archive writes ``word`` often enough that it is never a slip."""
    return news_vocabulary().get(word, False)
