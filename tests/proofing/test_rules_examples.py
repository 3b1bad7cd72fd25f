"""One generic test for every rule: its own documented examples must behave as documented."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.house_style import waived_rules
from editor.proofing.ruledata import load_rules

RULES = list(load_rules().values())


@pytest.fixture(scope="module")
def default_proofreader() -> Proofreader:
    return Proofreader()


@pytest.fixture(scope="module")
def waived_on() -> Proofreader:
    """Rules the house style waives by default run with their switch turned on."""
    pr = Proofreader()
    for rule_id in waived_rules():
        pr.enable_rule(rule_id)
    return pr


@pytest.fixture
def proofreader(request, default_proofreader, waived_on) -> Proofreader:
    rule_id = request.node.callspec.params.get("rule_id")
    return waived_on if rule_id in waived_rules() else default_proofreader


def _wrong_cases():
    for meta in RULES:
        for n, ex in enumerate(meta.wrong):
            yield pytest.param(meta.id, ex, id=f"{meta.id}-wrong{n}")


def _correct_cases():
    for meta in RULES:
        for n, text in enumerate(meta.correct):
            yield pytest.param(meta.id, text, id=f"{meta.id}-correct{n}")


def test_every_rule_has_examples_and_texts() -> None:
    for meta in RULES:
        assert meta.wrong, f"{meta.id} has no wrong example"
        assert meta.correct, f"{meta.id} has no correct example"
        assert meta.message and meta.explanation and meta.basis, meta.id


@pytest.mark.parametrize(("rule_id", "ex"), list(_wrong_cases()))
def test_wrong_example_is_flagged_and_fix_is_clean(proofreader, rule_id, ex) -> None:
    start = ex.text.find(ex.span)
    assert start >= 0, f"span {ex.span!r} not in {ex.text!r}"
    issues = proofreader.check(ex.text)
    on_span = [i for i in issues if i.offset == start and i.length == len(ex.span)]
    assert on_span, f"{rule_id}: nothing on {ex.span!r}; got {_show(ex.text, issues)}"
    assert [i.rule_id for i in on_span] == [rule_id], _show(ex.text, issues)
    assert len(issues) == 1, f"extra issues: {_show(ex.text, issues)}"
    if ex.fix is None:  # an unknown word without any candidate: nothing to apply
        assert on_span[0].replacements == (), _show(ex.text, issues)
        return
    assert on_span[0].replacements[:1] == (ex.fix,), _show(ex.text, issues)
    fixed = ex.text[:start] + ex.fix + ex.text[start + len(ex.span) :]
    assert proofreader.check(fixed) == [], f"{fixed!r}: {_show(fixed, proofreader.check(fixed))}"


@pytest.mark.parametrize(("rule_id", "text"), list(_correct_cases()))
def test_correct_example_is_clean(proofreader, rule_id, text) -> None:
    issues = proofreader.check(text)
    assert issues == [], _show(text, issues)


def _show(text, issues) -> str:
    return ", ".join(
        f"{i.rule_id}:{text[i.offset:i.end]!r}->{list(i.replacements[:2])}" for i in issues
    )
