"""Table › Actions… (issue 16 item 5, P13): the user's actions across meetings and cells,
a partner organisation's, the overdue ones; marking one done; its case's file; and a lock
that closes and wipes it all (P12).

A small vault of two fictional cells is built through the vault's own functions and opened
in a real window; every check of a change reads the outcome back from the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.waiting import wait_for_clicks
from support.windows import (
    make_context,
    make_window,
    seed_vault,
    store,
    unlock,
    unlocked_window,
)

from app.dialogs.actions_overview import MINE, ORGANISATION, OVERDUE, ActionsOverviewDialog
from app.screens.action_table import ActionTableModel
from app.window import MainWindow
from vault import Vault
from vault.actions import add_action, close_action, get_action
from vault.cases import add_case
from vault.cells import add_cell, add_member
from vault.meetings import agenda, start_meeting
from vault.model import ActionStatus, AgendaItemKind, Role
from vault.model import TableKind as TK
from vault.people import add_person

KEY = "Ctrl+Shift+O"
CANARY = "KANARIE-5150 gesprek met de school plannen"
"""The description of the user's overdue action: table-only text (P1, P2)."""


@dataclass
class Table:
    """Ids of two fictional cells; the fake clock says 5 March 2026."""

    me: int
    cell_a: int
    cell_b: int
    case_a: int
    mine_overdue: int
    """Cell A, on the case's item, due 26 February: overdue."""
    mine_later: int
    """Cell B, no case, due 20 March."""
    mine_done: int
    clb: int
    """Cell A, owned by "CLB Fictiegem" (the person not known yet), due 30 March."""
    police_overdue: int
    """Cell B, Bart Verzinsel of Politiezone Fictiegem, due 1 March: overdue, not mine."""


def build_table(vault: Vault) -> Table:
    me = add_person(
        vault, "Demo Gebruiker", Role.YOUTH_OFFICER, organisation="Gemeente Fictiegem", is_self=True
    )
    officer = add_person(
        vault, "Bart Verzinsel", Role.INFORMATION_OFFICER, organisation="Politiezone Fictiegem"
    )
    cell_a = add_cell(vault, "LIVC R Fictiegem (DEMO)")
    cell_b = add_cell(vault, "LIVC R Verzonnendonk (DEMO)")
    for cell in (cell_a, cell_b):
        for person in (me, officer):
            add_member(vault, cell, person)
    case_a = add_case(vault, cell_a, "FI-2026-0001")
    meeting_a = start_meeting(
        vault, cell_a, datetime(2026, 2, 5, 14, 0), TK.OPERATIONAL, case_ids=[case_a]
    )
    meeting_b = start_meeting(vault, cell_b, datetime(2026, 2, 12, 9, 0), TK.OPERATIONAL)
    case_item = next(i for i in agenda(vault, meeting_a) if i.kind is AgendaItemKind.CASE)
    mine_overdue = add_action(
        vault, meeting_a, me, CANARY, agenda_item_id=case_item.id, due_date=date(2026, 2, 26)
    )
    mine_later = add_action(
        vault, meeting_b, me, "Jeugdwerk polsen over een aanbod", due_date=date(2026, 3, 20)
    )
    mine_done = add_action(vault, meeting_b, me, "Verslag rondsturen", due_date=date(2026, 2, 20))
    close_action(vault, mine_done, ActionStatus.DONE)
    clb = add_action(
        vault,
        meeting_a,
        None,
        "Een contactpersoon aanduiden",
        owner_organisation="CLB Fictiegem",
        due_date=date(2026, 3, 30),
    )
    police_overdue = add_action(
        vault, meeting_b, officer, "Navragen bij de wijkagent", due_date=date(2026, 3, 1)
    )
    return Table(
        me, cell_a, cell_b, case_a, mine_overdue, mine_later, mine_done, clb, police_overdue
    )


def _window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Table]:
    context = make_context(tmp_path / "kluizen")
    table = seed_vault(context, build_table)
    return unlocked_window(qtbot, context), table


def _overview(qtbot: QtBot, window: MainWindow) -> ActionsOverviewDialog:
    window.actions_overview_action.trigger()
    dialog = window.actions_overview
    assert isinstance(dialog, ActionsOverviewDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ids(dialog: ActionsOverviewDialog) -> list[int]:
    return [e.action.id for e in dialog.model.rows]


def _row_texts(dialog: ActionsOverviewDialog, action_id: int) -> list[str]:
    row = _ids(dialog).index(action_id)
    model = dialog.model
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def _select(dialog: ActionsOverviewDialog, action_id: int) -> None:
    dialog.table.selectRow(_ids(dialog).index(action_id))
    assert dialog.current_action_id() == action_id


def test_p13_my_actions_across_two_cells_are_listed_open_first_by_due_date(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    assert dialog.current_view() == MINE
    assert _ids(dialog) == [t.mine_overdue, t.mine_later]  # open only, by due date
    assert QApplication.focusWidget() is dialog.table  # Enter and Alt+D work at once
    due, what, who, case, cell, agreed, _status = _row_texts(dialog, t.mine_overdue)
    assert what == CANARY
    assert who == "Demo Gebruiker (Gemeente Fictiegem)"
    assert (case, cell) == ("FI-2026-0001", "LIVC R Fictiegem (DEMO)")
    assert "26" in due and "2026" in due and "5" in agreed
    assert _row_texts(dialog, t.mine_later)[ActionTableModel.CELL] == (
        "LIVC R Verzonnendonk (DEMO)"
    )
    assert dialog.count.text() == "2 actions, 1 overdue"
    # All, not only open: the finished one comes last, in words.
    qtbot.keyClick(dialog.open_only, Qt.Key.Key_Space)
    assert _ids(dialog) == [t.mine_overdue, t.mine_later, t.mine_done]
    assert _row_texts(dialog, t.mine_done)[ActionTableModel.STATUS] == "done"
    # Restricted to a cell.
    dialog.cell.setCurrentIndex(dialog.cell.findData(t.cell_b))
    assert _ids(dialog) == [t.mine_later, t.mine_done]


def test_p13_per_organisation_lists_what_a_partner_does_also_without_a_person(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    assert not dialog.organisation.isEnabled()  # only in its own view
    names = [dialog.organisation.itemText(i) for i in range(dialog.organisation.count())]
    assert names == ["CLB Fictiegem", "Gemeente Fictiegem", "Politiezone Fictiegem"]
    dialog.choose_organisation("CLB Fictiegem")
    assert dialog.organisation.isEnabled()
    assert _ids(dialog) == [t.clb]
    assert _row_texts(dialog, t.clb)[ActionTableModel.WHO] == "CLB Fictiegem"
    dialog.choose_organisation("Politiezone Fictiegem")
    assert _ids(dialog) == [t.police_overdue]
    assert _row_texts(dialog, t.police_overdue)[ActionTableModel.WHO] == (
        "Bart Verzinsel (Politiezone Fictiegem)"
    )
    # A cell where the organisation has nothing: the empty state says what to do.
    dialog.cell.setCurrentIndex(dialog.cell.findData(t.cell_a))
    assert _ids(dialog) == []
    assert dialog.shown.currentWidget() is dialog.empty
    assert "Choose another organisation or cell" in dialog.empty.text()
    assert not dialog.done_button.isEnabled()


def test_p13_overdue_actions_across_cells_are_marked_in_words_not_colour_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    model = dialog.model
    later = _ids(dialog).index(t.mine_later)
    assert "⚠" not in _row_texts(dialog, t.mine_later)[ActionTableModel.STATUS]
    assert model.data(model.index(later, 0), Qt.ItemDataRole.FontRole) is None
    dialog.choose_view(OVERDUE)
    assert not dialog.open_only.isEnabled()  # overdue is open by definition
    # Overdue on 5 March: the user's in cell A and the police's in cell B; not the others.
    assert _ids(dialog) == [t.mine_overdue, t.police_overdue]
    for action_id in _ids(dialog):
        status = _row_texts(dialog, action_id)[ActionTableModel.STATUS]
        assert status == "⚠ open, overdue"
        font = model.data(model.index(_ids(dialog).index(action_id), 0), Qt.ItemDataRole.FontRole)
        assert font is not None and font.bold()
    assert {e.cell_id for e in model.rows} == {t.cell_a, t.cell_b}


def test_p13_marking_done_removes_it_from_the_open_list_and_reopen_brings_it_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    vault = window.vault
    assert vault is not None
    _select(dialog, t.mine_overdue)
    dialog.done_button.setFocus()
    qtbot.keyClick(dialog.done_button, Qt.Key.Key_Space)
    assert vault.actions.get(t.mine_overdue).status is ActionStatus.DONE
    assert _ids(dialog) == [t.mine_later]
    assert dialog.current_action_id() == t.mine_later  # the next one is chosen
    assert dialog.message.text() == "Action marked done."
    assert QApplication.focusWidget() is dialog.table
    # Shown among all, it can be opened again (an accidental "done" is undone here).
    dialog.open_only.setChecked(False)
    _select(dialog, t.mine_overdue)
    assert not dialog.done_button.isEnabled() and dialog.reopen_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Reopen
    wait_for_clicks(qtbot)
    assert get_action(store(window), t.mine_overdue).status is ActionStatus.OPEN
    assert _row_texts(dialog, t.mine_overdue)[ActionTableModel.STATUS] == "⚠ open, overdue"


def test_p13_enter_opens_the_case_file_of_the_chosen_action_and_alt_left_comes_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    _select(dialog, t.mine_later)  # no case: nothing to open
    assert not dialog.case_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.case_file is None
    assert dialog.message.text() == "This action belongs to no case."
    _select(dialog, t.mine_overdue)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.case_file is not None and dialog.case_file.case_id == t.case_a
    assert dialog.pages.currentWidget() is dialog.case_file and dialog.back.isVisible()
    focused = QApplication.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.case_file is None and dialog.pages.currentWidget() is dialog.list_page
    assert dialog.current_action_id() == t.mine_overdue  # back where the user was


def test_p2_the_action_list_copies_no_description(qtbot: QtBot, tmp_path: Path) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("leeg")
    _select(dialog, t.mine_overdue)
    dialog.table.setCurrentIndex(dialog.model.index(0, ActionTableModel.WHAT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "leeg"
    assert not dialog.table.dragEnabled()


def test_p12_lock_closes_the_actions_overview_and_wipes_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, t = _window(qtbot, tmp_path)
    dialog = _overview(qtbot, window)
    _select(dialog, t.mine_overdue)
    dialog.open_case()
    assert dialog.case_file is not None
    with qtbot.waitSignal(window.vault_locked):
        window.lock()
    assert window.actions_overview is None
    assert not dialog.isVisible()
    assert dialog.case_file is None
    assert dialog.model.rowCount() == 0
    assert dialog.organisation.count() == 0 and dialog.cell.count() == 0
    assert CANARY not in dialog.empty.text() + dialog.message.text()
    assert not window.actions_overview_action.isEnabled()


def test_the_actions_menu_entry_is_disabled_while_locked_and_its_key_is_its_own(
    qtbot: QtBot, tmp_path: Path
) -> None:
    context = make_context(tmp_path / "kluizen")
    seed_vault(context, build_table)
    window = make_window(qtbot, context)
    action = window.actions_overview_action
    assert action in window.meetings_menu.actions()  # Table › Actions…
    assert action.shortcut() == QKeySequence(KEY)
    assert not action.isEnabled()
    action.trigger()
    assert window.actions_overview is None
    unlock(qtbot, window)
    assert action.isEnabled()
    # Nothing else in the window answers to the key (the meeting page's Ctrl+Shift+A is
    # "Add action"; this one is free).
    window.show_meetings()
    others = [a.text() for a in window.findChildren(QAction) if QKeySequence(KEY) in a.shortcuts()]
    keys = [s for s in window.findChildren(QShortcut) if s.key() == QKeySequence(KEY)]
    assert others == [action.text()] and keys == []
    qtbot.keyClick(window, Qt.Key.Key_O, SHIFT_CTRL)
    assert isinstance(window.actions_overview, ActionsOverviewDialog)
    window.actions_overview.reject()
    with qtbot.waitSignal(window.vault_locked):
        window.lock()
    assert not action.isEnabled()


SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _empty_vault(vault: Vault) -> None:
    add_person(vault, "Demo Gebruiker", Role.YOUTH_OFFICER, is_self=True)
    add_cell(vault, "LIVC R Fictiegem (DEMO)")


@pytest.mark.usefixtures("dutch")
def test_without_actions_the_overview_says_in_dutch_what_to_do(
    qtbot: QtBot, tmp_path: Path
) -> None:
    context = make_context(tmp_path / "kluizen")
    seed_vault(context, _empty_vault)
    window = unlocked_window(qtbot, context)
    assert window.actions_overview_action.text() == "&Acties…"
    dialog = _overview(qtbot, window)
    assert dialog.windowTitle() == "Acties"
    assert dialog.shown.currentWidget() is dialog.empty
    assert QApplication.focusWidget() is dialog.view  # nothing to choose in the list
    assert dialog.empty.text().startswith("Je hebt geen open acties.")
    dialog.open_only.setChecked(False)
    assert dialog.empty.text().startswith("Nog geen acties van jou: acties worden op een overleg")
    dialog.choose_view(ORGANISATION)
    assert dialog.empty.text().startswith("Nog geen enkele organisatie is trekker")
    dialog.choose_view(OVERDUE)
    assert dialog.empty.text().startswith("Geen enkele termijn is verstreken")
