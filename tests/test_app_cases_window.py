"""Table › Cases… and Table › Retention by case… in the main window (issue 16, P12, P13):
the list opens a case's file in its place and back, a meeting asked for from the file opens
at the case's item, and a lock closes and forgets every case window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from conftest import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.windows import unlocked_demo_window

from app.dialogs.case_retention import CaseRetentionDialog
from app.dialogs.cases import CasesDialog
from app.window import MainWindow
from vault.demo import DemoSpec
from vault.model import AgendaItemKind, TableKind

SPEC = DemoSpec(cells=1, years=1, meetings=6, cases=8, notes=60)


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return unlocked_demo_window(qtbot, tmp_path / "kluizen", SPEC, clock=FakeClock())


def _cases(qtbot: QtBot, window: MainWindow) -> CasesDialog:
    window.cases_action.trigger()
    dialog = window.cases_dialog
    assert isinstance(dialog, CasesDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_p13_the_case_list_opens_a_case_file_in_its_place_and_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    assert window.cases_action.isEnabled()
    dialog = _cases(qtbot, window)
    assert dialog.case_list.model.rowCount() > 0
    dialog.case_list.table.setFocus()
    qtbot.keyClick(dialog.case_list.table, Qt.Key.Key_Return)
    assert dialog.case_file is not None
    assert dialog.pages.currentWidget() is dialog.case_file
    assert dialog.back.isVisible()
    opened = dialog.case_file.case_id
    focused = QApplication.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.case_file is None
    assert dialog.pages.currentWidget() is dialog.case_list
    assert dialog.case_list.current_case_id() == opened  # back where the user was


def test_p13_a_meeting_asked_for_in_a_case_file_opens_at_the_cases_item(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    vault = window.vault
    assert vault is not None
    item = next(
        i
        for m in vault.meetings.list()
        for i in vault.meetings.agenda(m.id)
        if i.kind is AgendaItemKind.CASE and i.case_id is not None
    )
    dialog = _cases(qtbot, window)
    dialog.open_case(item.case_id)
    assert dialog.case_file is not None
    with qtbot.waitSignal(dialog.finished):
        dialog.case_file.meeting_requested.emit(item.meeting_id, item.id)
    assert window.cases_dialog is None
    screen = window.meeting_screen
    assert window.current_page() is screen
    assert screen.current_item_id == item.id


def test_p12_locking_closes_the_case_windows_and_forgets_their_content(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _cases(qtbot, window)
    dialog.open_case(dialog.case_list.model.rows[0].case.id)
    window.case_retention_action.trigger()
    retention = window.case_retention_dialog
    assert isinstance(retention, CaseRetentionDialog)
    with qtbot.waitSignal(window.vault_locked):
        window.lock()
    assert window.cases_dialog is None and window.case_retention_dialog is None
    assert dialog.case_file is None and dialog.case_list.model.rowCount() == 0
    assert not window.cases_action.isEnabled()
    assert not window.case_retention_action.isEnabled()


def test_p13_a_case_put_on_the_agenda_from_its_file_shows_on_the_meeting_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    vault = window.vault
    assert vault is not None
    cell = vault.cells.list()[0].id
    planned = vault.meetings.start(cell, datetime(2026, 4, 2, 14, 0), TableKind.OPERATIONAL)
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(planned)
    shown = screen.agenda.count()
    case = next(c for c in vault.cases.list() if c.cell_id == cell)
    dialog = _cases(qtbot, window)
    # What "Put on the agenda…" in the case file does (tests/test_app_case_file_actions.py).
    vault.meetings.add_case_item(planned, case.id)
    dialog.reject()
    assert screen.agenda.count() == shown + 1
    assert any(case.code in screen.agenda.item(r).text() for r in range(screen.agenda.count()))
    assert screen.view is not None and screen.view.meeting.id == planned
