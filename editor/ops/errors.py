"""Errors the operations raise, as a code plus arguments.

The message is not fixed here: each front end words the code in its own language (the UI
through Qt's translations, see ``editor.ui.messages``; the CLI in Indonesian, below). The
``str()`` of an error is its Indonesian wording so logs and the CLI stay readable.
"""

from __future__ import annotations

from typing import Any

#: Indonesian wording of each code; ``{name}`` placeholders are filled from the arguments.
MESSAGES_ID: dict[str, str] = {
    "headline-missing": "Naskah perlu judul sebelum disimpan.",
    "slug-exhausted": "tidak ada slug bebas untuk {slug!r}",
    "empty-comment": "komentar kosong",
    "empty-reply": "balasan kosong",
}


class OperationError(Exception):
    """An operation refused or failed; ``code`` names why, ``args_`` fill the message."""

    def __init__(self, code: str, **args: Any) -> None:
        self.code = code
        self.args_ = args
        super().__init__(MESSAGES_ID.get(code, code).format(**args))


class HeadlineMissing(OperationError):
    """A save (or autosave) of an article without a headline: nothing to file it under."""

    def __init__(self) -> None:
        super().__init__("headline-missing")
