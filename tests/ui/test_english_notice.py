"""English wire copy in the editor is left alone and the reporter is told once."""

from __future__ import annotations

ENGLISH = ("The government said on Tuesday that the flood had displaced thousands of "
           "residents and damaged several bridges across the province.")
INDONESIAN = "Warga sudah mengungsi sejak semalam karena bnjir besar."


def test_english_paragraph_unchecked_with_one_notice(qtbot, make_window, store, monkeypatch):
    monkeypatch.delenv("REDAKSI_LANGUAGETOOL_URL", raising=False)
    window = make_window(store)
    notices: list[str] = []
    window.proofing.notice.connect(notices.append)
    window.form.body.setPlainText(f"{INDONESIAN}\n\n{ENGLISH}\n\n{ENGLISH} Again.")
    qtbot.waitUntil(lambda: window.proofing.is_checked(ENGLISH)
                    and window.proofing.is_checked(INDONESIAN), timeout=15_000)
    assert window.proofing.issues_for(ENGLISH) == ()
    assert [i.rule_id for i in window.proofing.issues_for(INDONESIAN)] == ["ID_SALAH_KETIK"]
    qtbot.waitUntil(lambda: window.proofing.is_checked(f"{ENGLISH} Again."), timeout=15_000)
    assert len(notices) == 1 and "Inggris" in notices[0]
    assert "Inggris" in window.statusBar().currentMessage()
