"""Candidate metadata for the re-ranker: the value lives in the domain
(:class:`editor.domain.records.CandidateInfo`), the query in the store
(``editor.store.candidates``, reached as ``Store.candidates(ids)``), so the suggester needs no
table of its own and ``related`` does not import ``store``."""

from editor.domain.records import CandidateInfo

__all__ = ["CandidateInfo"]
