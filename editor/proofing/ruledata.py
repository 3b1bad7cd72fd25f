"""Rule metadata and list data from ``resources/proofing/`` (loaded once per process).

``rules.yaml`` describes every rule: id, category, severity, Indonesian message (may contain
``{wrong}``/``{right}`` placeholders), one-line explanation, EYD/PUEBI basis and examples.
The word lists the rules use are TSV or plain text files beside it, so editors can extend them
without touching code. Malformed data raises :class:`RuleDataError` naming file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from editor.resources import resource_path


class RuleDataError(ValueError):
    """A proofing data file is malformed (message names the file and line)."""


@dataclass(frozen=True, slots=True)
class WrongExample:
    text: str
    span: str
    fix: str | None  # None: an unknown word with no candidate to apply


@dataclass(frozen=True, slots=True)
class RuleMeta:
    id: str
    category: str
    severity: str
    message: str
    explanation: str
    basis: str
    wrong: tuple[WrongExample, ...] = ()
    correct: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def examples(self) -> dict[str, Any]:
        """``{"wrong": [{"text", "span", "fix"}], "correct": [str]}`` as in rules.yaml."""
        return self.to_dict()["examples"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "explanation": self.explanation,
            "basis": self.basis,
            "examples": {
                "wrong": [{"text": w.text, "span": w.span, "fix": w.fix} for w in self.wrong],
                "correct": list(self.correct),
            },
        }


def data_path(name: str) -> Path:
    return resource_path("proofing", name)


def _load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise RuleDataError(f"{path}{line}: invalid YAML: {exc}") from exc


@lru_cache(maxsize=1)
def load_rules() -> dict[str, RuleMeta]:
    """All rule metadata keyed by id, in file order."""
    path = data_path("rules.yaml")
    raw = _load_yaml(path)
    if not isinstance(raw, list):
        raise RuleDataError(f"{path}: expected a list of rules")
    out: dict[str, RuleMeta] = {}
    for i, item in enumerate(raw):
        where = f"{path}: rule #{i + 1}"
        if not isinstance(item, dict):
            raise RuleDataError(f"{where}: expected a mapping")
        try:
            ex = item.get("examples") or {}
            wrong = tuple(
                WrongExample(str(w["text"]), str(w["span"]), None if w.get("fix") is None else str(w["fix"]))
                for w in ex.get("wrong", [])
            )
            meta = RuleMeta(
                id=str(item["id"]),
                category=str(item["category"]),
                severity=str(item.get("severity", "error")),
                message=str(item["message"]),
                explanation=str(item.get("explanation", "")),
                basis=str(item.get("basis", "")),
                wrong=wrong,
                correct=tuple(str(c) for c in ex.get("correct", [])),
            )
        except (KeyError, TypeError) as exc:
            raise RuleDataError(f"{where} ({item.get('id', '?')}): missing field {exc}") from exc
        if meta.id in out:
            raise RuleDataError(f"{where}: duplicate rule id {meta.id}")
        if meta.severity not in ("error", "warning", "style"):
            raise RuleDataError(f"{where} ({meta.id}): bad severity {meta.severity!r}")
        out[meta.id] = meta
    return out


def read_tsv(name: str, columns: int = 2) -> list[tuple[str, ...]]:
    """Rows of a tab-separated data file; ``#`` comments and blank lines skipped."""
    path = data_path(name)
    rows: list[tuple[str, ...]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        cells = tuple(c.strip() for c in body.split("\t"))
        if len(cells) < columns or any(not c for c in cells[:columns]):
            raise RuleDataError(f"{path}:{n}: expected {columns} tab-separated columns")
        rows.append(cells)
    return rows


def read_list(name: str) -> list[str]:
    """One entry a line; ``#`` comments and blank lines skipped."""
    path = data_path(name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if body:
            out.append(body)
    return out


@cache
def load_yaml_data(name: str) -> Any:
    return _load_yaml(data_path(name))


#: LanguageTool's issue types a category may map to.
ISSUE_TYPES = ("misspelling", "grammar", "typographical", "style")


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """How a rule category is named for people (``resources/proofing/categories.yaml``)."""

    id: str
    label: str
    description: str = ""
    issue_type: str = ""
    """LanguageTool's issueType for the category (misspelling, grammar, typographical, style);
    empty when the file gives none."""


def category_info() -> dict[str, CategoryInfo]:
    """Every described category by id; categories missing from the file get their id."""
    return dict(_category_info())


@lru_cache(maxsize=1)
def _category_info() -> tuple[tuple[str, CategoryInfo], ...]:
    path = resource_path("proofing", "categories.yaml")
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of category ids")
    out = []
    for key, value in data.items():
        if not isinstance(value, dict) or not value.get("label"):
            raise ValueError(f"{path}: {key}: needs a label")
        issue_type = str(value.get("issue_type") or "")
        if issue_type and issue_type not in ISSUE_TYPES:
            raise ValueError(f"{path}: {key}: issue_type must be one of {', '.join(ISSUE_TYPES)}")
        out.append((str(key), CategoryInfo(str(key), str(value["label"]),
                                           str(value.get("description") or ""), issue_type)))
    return tuple(out)


@lru_cache(maxsize=1)
def rule_titles() -> dict[str, str]:
    """Short names of rules by id (``resources/proofing/rule_titles.yaml``)."""
    path = resource_path("proofing", "rule_titles.yaml")
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of rule ids to names")
    return {str(k): str(v) for k, v in data.items() if v}
