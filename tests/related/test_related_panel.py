"""The related-articles panel updates as the draft changes (debounced, in a worker), drops
stale results, previews, inserts "Baca juga" links, pins and dismisses."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from editor.domain.article import Article  # noqa: E402
from editor.related.links import baca_juga  # noqa: E402
from editor.ui.related_panel import RelatedPanel  # noqa: E402

from .conftest import draft  # noqa: E402


@pytest.fixture
def panel(qtbot, store, archive):
    widget = RelatedPanel(store, debounce_ms=50)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.pool.waitForDone(5000)


def _titles(panel: RelatedPanel) -> list[str]:
    return [panel.list.item(i).data(panel_role()).title for i in range(panel.list.count())]


def panel_role():
    from editor.ui.related_panel import ROLE_SUGGESTION

    return ROLE_SUGGESTION


def test_panel_updates_as_the_draft_changes(qtbot, panel, archive) -> None:
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000) as shown:
        panel.set_draft(draft())
    assert shown.args[0][0].article_id == archive["same-story"].id
    assert _titles(panel)[0] == archive["same-story"].headline
    first_item = panel.list.item(0).text()
    assert "3 tag sama: banjir, Medan, BPBD" in first_item and "08/01/2024" in first_item

    chili = Article(headline="Harga Cabai Merah Naik", body="Pedagang pasar tradisional "
                    "mengeluhkan harga cabai merah yang naik dua kali lipat.")
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.set_draft(chili)
    assert _titles(panel)[0] == archive["chili"].headline


def test_typing_is_debounced_and_stale_results_dropped(qtbot, panel, archive) -> None:
    chili = Article(headline="Harga Cabai Merah Naik", body="Harga cabai merah naik.")
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        for n in range(5):   # five quick keystrokes -> one query
            panel.set_draft(draft().with_changes(body=draft().body + " x" * n))
        panel.set_draft(chili)
    assert panel.queries_started == 1
    assert _titles(panel)[0] == archive["chili"].headline
    # (That an overtaken query's result is dropped is now the rule of every op: see
    # tests/ui/test_operations.py.)


def test_preview_insert_pin_dismiss(qtbot, panel, archive) -> None:
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.set_draft(draft())
    with qtbot.waitSignal(panel.preview_shown, timeout=5000):
        panel.list.setCurrentRow(0)
    assert archive["same-story"].headline in panel.preview.toPlainText()
    assert "lokasi sama" in panel.preview.toPlainText()

    with qtbot.waitSignal(panel.insert_link_requested) as inserted:
        panel.insert_button.click()
    title, target = inserted.args
    assert (title, target) == (archive["same-story"].headline, "s-1")
    assert baca_juga(title, target) == f"Baca juga: [{title}](s-1)"

    panel.pin_button.click()
    assert archive["same-story"].id in panel.pinned
    unrelated = Article(headline="Resep Rendang", body="Rendang dimasak dengan santan.")
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.set_draft(unrelated)
    assert _titles(panel) == [archive["same-story"].headline]      # pinned stays
    assert panel.list.item(0).text().startswith("📌")

    panel.list.setCurrentRow(0)
    panel.dismiss_button.click()
    assert panel.list.count() == 0
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000):
        panel.set_draft(draft())
    assert archive["same-story"].headline not in _titles(panel)     # dismissed stays away


def test_inserted_baca_juga_link_does_not_pull_suggestions_onto_it(qtbot, panel, archive) -> None:
    from editor.domain.article import RelatedLink
    from editor.related.links import without_baca_juga

    same, football = archive["same-story"], archive["football"]
    lines = [baca_juga(same.headline, str(same.id)),
             baca_juga(football.headline, "https://contoh.id/sepak-bola")]  # typed by hand
    linked = draft().with_changes(body=draft().body + "\n\n" + "\n\n".join(lines) + "\n",
                                  related=(RelatedLink(same.headline, article_id=same.id),))
    assert all(line not in without_baca_juga(linked.body) for line in lines)
    # The same draft with the same link but without its "Baca juga" lines: what is left out
    # (the linked story) is the same, so only the lines' words could make a difference.
    # (Compared with the unlinked draft, leaving the linked story out also changes the
    # headline feedback of the others, which may move a weak match across the threshold.)
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000) as before:
        panel.set_draft(draft().with_changes(related=linked.related))
    expected = [s.article_id for s in before.args[0]]
    assert expected and same.id not in expected
    with qtbot.waitSignal(panel.suggestions_shown, timeout=5000) as shown:
        panel.set_draft(linked)
    ids = [s.article_id for s in shown.args[0]]
    assert same.id not in ids   # already linked: not offered again
    assert ids == expected      # the links' words do not reorder what the story is about
