"""A new case is added while preparing a meeting: a pseudonymous code, minors asked (P8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.windows import unlocked_demo_window

from app.screens.meeting.dialogs import NewMeetingDialog
from app.window import MainWindow
from vault.cases import list_cases, stepwise_check_due
from vault.demo import DemoSpec
from vault.meetings import agenda

SMALL = DemoSpec(cells=1, years=1, meetings=2, cases=2, notes=6)


def _dialog(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, NewMeetingDialog]:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    window.meetings_action.trigger()
    window.meeting_screen.new_meeting()
    dialog = window.meeting_screen.new_meeting_dialog
    assert isinstance(dialog, NewMeetingDialog)
    return window, dialog


def test_p8_a_new_minors_case_is_added_by_keyboard_ticked_and_put_on_the_agenda(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, dialog = _dialog(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    entry = dialog.new_case
    before = dialog.cases.count()
    qtbot.keyClicks(entry.code, "F-2026-0099")
    entry.minor.setChecked(True)
    qtbot.keyClick(entry.code, Qt.Key.Key_Return)
    added = [c for c in list_cases(vault) if c.code == "F-2026-0099"]
    assert len(added) == 1 and added[0].subject_is_minor and not added[0].minors_in_context
    assert dialog.cases.count() == before + 1
    assert added[0].id in dialog.chosen_case_ids()
    assert entry.code.text() == "" and not entry.minor.isChecked()
    assert stepwise_check_due(vault, added[0].id)  # the stepwise check waits for the table

    dialog.accept()
    view = window.meeting_screen.view
    assert view is not None
    items = agenda(vault, view.meeting.id)
    assert any(item.case_id == added[0].id for item in items)


def test_a_code_that_looks_like_personal_data_is_refused_and_nothing_is_stored(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, dialog = _dialog(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    count = len(list_cases(vault))
    for bad in ("12.03.2009", "Jan Peeters", "20090312"):
        dialog.new_case.code.setText(bad)
        dialog.new_case.add()
        assert "pseudonymous" in dialog.new_case.error.text(), bad
    dialog.new_case.code.setText("   ")
    dialog.new_case.add()
    assert dialog.new_case.error.text() == "Type a code for the case first."
    assert len(list_cases(vault)) == count


def test_an_existing_code_is_ticked_not_duplicated(qtbot: QtBot, tmp_path: Path) -> None:
    window, dialog = _dialog(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    existing = list_cases(vault)[0]
    count = len(list_cases(vault))
    dialog.new_case.code.setText(existing.code)
    dialog.new_case.add()
    assert len(list_cases(vault)) == count
    assert existing.id in dialog.chosen_case_ids()
    assert "already has a case" in dialog.new_case.error.text()


def test_enter_in_the_case_code_adds_the_case_and_does_not_start_the_meeting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Walkthrough finding: Enter in "Nieuwe casuscode" added the case *and* pressed the
    dialog's OK, starting the meeting before the other cases were chosen."""
    window, dialog = _dialog(qtbot, tmp_path)
    vault = window.vault.store
    assert vault is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    meetings_before = window.meeting_screen.view
    for code, key in (("F-2026-0101", Qt.Key.Key_Return), ("F-2026-0102", Qt.Key.Key_Enter)):
        dialog.new_case.code.setFocus()
        qtbot.keyClicks(dialog.new_case.code, code)
        qtbot.keyClick(dialog.new_case.code, key)
        assert any(c.code == code for c in list_cases(vault)), code
        assert dialog.isVisible() and dialog.result() == 0, "the meeting was started"
        assert window.meeting_screen.view is meetings_before
        assert dialog.focusWidget() is dialog.new_case.code  # ready for the next code
    codes = {c.id: c.code for c in list_cases(vault)}
    assert {codes[i] for i in dialog.chosen_case_ids()} >= {"F-2026-0101", "F-2026-0102"}
    dialog.reject()
