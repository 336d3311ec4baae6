"""The living agenda on the meeting screen (issue 16 item 2; P13, C18): the status shown
from the vault, "Edit agenda…" by button and by Ctrl+Shift+G (a key nothing else uses),
the screen following each change with its item kept, closing as held shown in the
meeting list, the reminders (P7, P8, P13) under the agenda opening the item or the case's
file, and all of it gone at lock (P12). A real window over a real vault, at 1366×768."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from domain_strategies import Table, build_table
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.windows import make_context, seed_vault, unlocked_window

from app.screens.meeting.reminders import EDIT_AGENDA_KEY
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault import Vault
from vault.actions import add_action
from vault.cases import add_case
from vault.decisions import record_inform_person
from vault.meetings import add_case_item
from vault.model import MeetingStatus


def _prepare(vault: Vault, t: Table) -> None:
    """An overdue action of the earlier meeting; a case left open elsewhere (P7)."""
    add_action(vault, t.earlier_meeting, t.clb, "Te laat", due_date=date(2026, 2, 20))
    left_open = add_case(vault, t.cell, "F-2025-0201")
    item = add_case_item(vault, t.earlier_meeting, left_open)
    record_inform_person(vault, item, all_agree=True, fact_only=True)


def _window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MeetingScreen, Table]:
    context = make_context(tmp_path)
    t = seed_vault(context, build_table, then=_prepare)
    window = unlocked_window(qtbot, context)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(t.meeting, t.case_item)
    screen.framework.button.setChecked(True)  # read, folded
    QApplication.processEvents()
    return window, screen, t


def test_p13_the_screen_shows_the_status_and_edits_the_agenda_by_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen, t = _window(qtbot, tmp_path)
    living = screen.living_agenda
    assert living.isVisible() and living.status.text() == "Status: planned"
    assert living.edit_button.isVisible()
    assert living.edit_button.width() >= living.edit_button.sizeHint().width()
    # Ctrl+Shift+G from the note opens the dialog (the note is saved first).
    screen.editor.setFocus()
    qtbot.keyClicks(screen.editor, "Eerst bewaard.")
    qtbot.keyClick(
        screen.editor,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = living.edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert not screen.has_unsaved_changes()
    # A theme added there is on the screen's agenda at once; the current item stays.
    before = screen.agenda.count()
    dialog.theme.setText("Signaal voor de strategische tafel")
    assert dialog.add_theme() is not None
    assert screen.agenda.count() == before + 1
    assert screen.current_item_id == t.case_item
    assert any(
        "Signaal voor de strategische tafel" in screen.agenda.item(r).text()
        for r in range(screen.agenda.count())
    )
    assert screen.framework.button.isChecked()  # the read reminder stays folded
    # Removing the current item's neighbour keeps the current item too.
    dialog.items.setCurrentRow(0)
    assert dialog.remove_current()
    assert screen.current_item_id == t.case_item
    # Closing as held: the status follows, here and in the meeting list (C18).
    dialog.close_meeting_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert dialog.confirm_button is not None
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None)
    assert window.vault is not None
    assert window.vault.meetings.get(t.meeting).status is MeetingStatus.CLOSED
    assert living.status.text() == "Status: held"
    dialog.reject()
    qtbot.waitUntil(lambda: living.edit_dialog is None)
    screen.to_list_button.click()
    page = screen.list_page
    page.cell.setCurrentIndex(page.cell.findData(t.cell))
    row = next(
        r
        for r in range(page.meetings.count())
        if page.meetings.item(r).data(Qt.ItemDataRole.UserRole) == t.meeting
    )
    assert page.meetings.item(row).text().endswith(" · held")
    assert page.meetings.item(0).text().endswith(" · planned")  # the later one
    # The key is the dialog's alone in the window.
    owners = [
        a.text()
        for a in window.findChildren(QAction)
        if QKeySequence(EDIT_AGENDA_KEY) in a.shortcuts()
    ]
    assert owners == ["Edit agenda…"]


def test_p13_reminders_under_the_agenda_open_their_place_and_go_at_lock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen, t = _window(qtbot, tmp_path)
    reminders = screen.living_agenda.reminders
    assert reminders.isVisible()
    lines = reminders.lines()
    assert lines[0].startswith("Overdue action (CLB Proefmans, due ")
    assert "Informing to decide — FIC-001" in lines
    assert "Informing to decide — F-2025-0201" in lines
    # A case on this agenda: its item. The overdue action: the item carrying open actions.
    screen.agenda.setCurrentRow(0)
    reminders.open_line(lines.index("Informing to decide — FIC-001"))
    assert screen.current_item_id == t.case_item
    reminders.open_line(0)
    assert screen.item_view() is not None
    assert screen.item_view().item.kind.value == "open_actions"  # type: ignore[union-attr]
    # A case that is not on it: its file, in the cases window.
    reminders.open_line(lines.index("Informing to decide — F-2025-0201"))
    cases = window.cases_dialog
    assert cases is not None and cases.case_file is not None
    assert cases.case_file.case_id == next(
        c.id
        for c in window.vault.cases.list(t.cell)
        if c.code == "F-2025-0201"  # type: ignore[union-attr]
    )
    cases.reject()
    # Deciding the informing question takes it off the list (the screen refreshes).
    window.vault.decisions.record_inform_postponed(t.case_item, until=date(2026, 6, 1))  # type: ignore[union-attr]
    screen.decisions.changed.emit()
    assert "Informing to decide — FIC-001" not in reminders.lines()
    # Locking forgets the status, the reminders and an open dialog (P12).
    screen.living_agenda.edit()
    dialog = screen.living_agenda.edit_dialog
    assert dialog is not None
    window.lock()
    qtbot.waitUntil(lambda: screen.living_agenda.edit_dialog is None)
    assert reminders.list.count() == 0 and screen.living_agenda.status.text() == ""
