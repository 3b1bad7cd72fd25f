"""How a suggestion says why it is there: the shared names and keywords, in the draft's own
spelling, never a name the draft does not contain."""

from __future__ import annotations

from itertools import islice

from editor.related.query import Query


def text_reasons(query: Query, matched: list[str], tags: list[str]) -> list[str]:
    """"nama sama: ..." and "kata kunci sama: ..." for the strongest shared terms."""
    tagged = {t.casefold() for t in tags}
    ranked = sorted(matched, key=lambda t: (-query.weights[t], t))
    found = [query.names[t] for t in ranked if t in query.names and t in query.shown_names]
    found = join_overlapping(found, query.text)
    # "BPBD Kota" adds nothing next to "BPBD Kota Medan": keep the longest spelling.
    folded = [(n, n.casefold()) for n in found]
    names = list(islice((n for n, f in folded
                         if not any(n != m and f in g for m, g in folded)), 3))
    name_words = {w.casefold() for n in names for w in n.split()}
    words: list[str] = []
    for term in ranked:
        if term in query.names and (term in query.shown_names or "_" in term):
            continue  # cited as a name above, or a headline phrase (no word to show)
        word = query.surface.get(term, term)
        if word.casefold() in name_words or word.casefold() in tagged:
            continue
        words.append(word)
    reasons = []
    if names:
        reasons.append(f"nama sama: {', '.join(names)}")
    if words:
        reasons.append(f"kata kunci sama: {', '.join(words[:4])}")
    return reasons


def join_overlapping(names: list[str], text: str | None = None) -> list[str]:
    """Word pairs cut from one long name join back for display: "Syarif Kasim" + "Kasim II"
    + "II Pekanbaru" -> "Syarif Kasim II Pekanbaru" (order of first appearance kept).

    With ``text`` (the draft, case-folded, spaces normalised), pieces join only into a name
    the draft really has: "BPBD Kota" + "Kota Medan" must not become "BPBD Kota Medan" when
    the draft only says "Wali Kota Medan" and "BPBD"."""
    out = list(names)
    while True:
        words = [n.split() for n in out]
        starts: dict[str, list[int]] = {}
        for j, wb in enumerate(words):
            if len(wb) > 1:
                starts.setdefault(wb[0], []).append(j)
        pair = next(((i, j) for i, wa in enumerate(words) if len(wa) > 1
                     for j in starts.get(wa[-1], ())
                     if i != j and (text is None or " ".join(wa + words[j][1:]).casefold()
                                    in text)), None)
        if pair is None:
            return out
        i, j = pair
        out[i] = " ".join(words[i] + words[j][1:])
        del out[j]
