"""P1 (revised) in the document dialog: the meeting overview holds case codes, who
attended which case item and decision outcomes only when the user includes them for that
export, after a plain warning of what the file reveals (domain review C8)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from support.prompts import SavePrompts
from test_app_documents import _open_kind, _pdf_text, _save, _window

from vault.documents import DocumentKind
from vault.meetings import agenda
from vault.policy import RevealedFact


def _codes(window: object, meeting_id: int) -> list[str]:
    vault = window.vault.store  # type: ignore[attr-defined]
    rows = vault.query(
        "SELECT c.code FROM casus c JOIN agenda_item i ON i.case_id = c.id WHERE i.meeting_id = ?",
        (meeting_id,),
    )
    return [str(r[0]) for r in rows]


def test_p1_the_overview_reveals_only_what_you_tick_after_a_warning(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dest = tmp_path / "overzicht.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest, dest))  # two exports
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    for box in dialog.reveal_boxes.values():
        assert box.isVisible() and not box.isChecked()  # nothing by default
    assert dialog.reveal_warning.isHidden()
    meeting_id = dialog.current_subject()
    assert meeting_id is not None
    codes = _codes(window, meeting_id)
    while not codes:  # a meeting with a case on its agenda (the demo has several)
        dialog.subject.setCurrentIndex(dialog.subject.currentIndex() + 1)
        meeting_id = dialog.current_subject()
        assert meeting_id is not None
        codes = _codes(window, meeting_id)
    _save(qtbot, dialog)
    default = " ".join(_pdf_text(dest).split())
    assert not any(code in default for code in codes)
    assert "Attendance" not in default and "Outcome" not in default

    dest.unlink()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.document_dialog is None)
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    dialog.subject.setCurrentIndex(dialog.subject.findData(meeting_id))
    dialog.reveal_boxes[RevealedFact.CASE_CODES].setChecked(True)
    assert not dialog.reveal_warning.isHidden()
    words = dialog.reveal_warning.body.text()
    assert "which cases were discussed" in words and "who was at the table" not in words
    dialog.reveal_boxes[RevealedFact.ATTENDANCE].setChecked(True)
    assert "which participant was there for which case" in dialog.reveal_warning.body.text()
    assert dialog.revealed() == {RevealedFact.CASE_CODES, RevealedFact.ATTENDANCE}
    _save(qtbot, dialog)
    chosen = " ".join(_pdf_text(dest).split())
    assert any(code in chosen for code in codes) and "Attendance" in chosen
    assert "Outcome" not in chosen
    vault = window.vault.store
    assert vault is not None
    (detail,) = vault.query(
        "SELECT detail FROM audit_event WHERE kind = 'exported' ORDER BY id DESC LIMIT 1"
    )[0]
    assert "revealed:attendance,case_codes" in detail
    assert agenda(vault, meeting_id)  # the meeting is still there, nothing changed


def test_p1_the_reveal_choices_are_for_the_overview_only_and_never_carried_over(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path, SavePrompts(None))
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    dialog.reveal_boxes[RevealedFact.DECISIONS].setChecked(True)
    dialog.kind.setCurrentIndex(0)  # another kind: no such choice
    assert all(box.isHidden() for box in dialog.reveal_boxes.values())
    assert dialog.revealed() == frozenset() and dialog.reveal_warning.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.MEETING_OVERVIEW))
    assert not any(box.isChecked() for box in dialog.reveal_boxes.values())
