"""The proofreader's public types: what callers (editor, CLI, LanguageTool server) rely on.

INTERFACE CONTRACT (kept stable for all callers):

    from editor.proofing.api import Issue
    from editor.proofing.engine import Proofreader

    pr = Proofreader(dictionary_words=store.dictionary.words())   # loads data once
    issues: list[Issue] = pr.check(text, names=("Syharul",))     # thread-safe
    pr.disable_rule("ID_..."); pr.enable_rule(...); pr.disable_category(...)
    pr.add_word("word")         # newsroom dictionary (caller persists it in the store)
    pr.ignore("word")           # ignore list (session)

Offsets and lengths are in Python ``str`` characters of ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Issue:
    offset: int
    length: int
    rule_id: str
    category: str
    message: str
    replacements: tuple[str, ...] = ()
    explanation: str = ""
    basis: str = ""
    severity: str = "error"  # "error" | "warning" | "style"
    context: dict[str, str] = field(default_factory=dict)

    @property
    def end(self) -> int:
        return self.offset + self.length

    def to_json(self) -> dict[str, object]:
        """The ``redaksi check --format json`` match shape (DESIGN.md)."""
        return {
            "offset": self.offset,
            "length": self.length,
            "message": self.message,
            "replacements": list(self.replacements),
            "rule": {"id": self.rule_id, "category": self.category},
        }


class CheckTimeout(TimeoutError):
    """A check ran past the deadline its caller set (the HTTP server bounds each request)."""
