"""Spelling: which words are unknown, what was meant, and how sure we are.

Detection and correction are separate steps. :mod:`.detect` decides whether a token is a word
the proofreader knows (lexicon, newsroom dictionary, known names); only an unknown token goes
on to :mod:`.candidates`, where SymSpell (Damerau–Levenshtein ≤ 2) proposes near words and a
typing error model plus archive/wordfreq counts rank them in their sentence.
"""
