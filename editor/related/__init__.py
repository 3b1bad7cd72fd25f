"""Related-article suggestions ("Baca juga") from the newsroom's archive.

``RelatedSuggester(store).suggest(draft)`` is the one API the editor panel, the CLI and the
benchmarks use; text analysis is in :mod:`editor.related.analysis`.
"""

from editor.related.suggester import Query, RelatedSuggester, SuggesterConfig, Suggestion

__all__ = ["Query", "RelatedSuggester", "SuggesterConfig", "Suggestion"]
