"""Meeting screen: actions with owner and due date, carry-forward, left the room, representation.

The vault is built through the real domain API (two cells of fictional people), opened in
a real window; every check reads the outcome back from the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.widgets import texts
from support.windows import make_context, seed_vault, store, unlocked_window

from app.screens.actions_panel import AddActionDialog
from app.screens.meeting.attendance import ItemPresenceDialog
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault import Vault
from vault.actions import actions_of, add_action, get_action, open_actions_before
from vault.attendance import present_for_item, set_attendance
from vault.cases import add_case
from vault.cells import add_cell, add_member, represent, sit_in_for
from vault.documents.strings import long_date
from vault.meetings import agenda, start_meeting
from vault.model import ActionStatus, AgendaItemKind, AttendanceStatus, NotDoneReason, Role
from vault.model import TableKind as TK
from vault.notes import get_note, list_notes
from vault.people import add_person

CANARY = "KANARIE-4711 actie geheim"
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Table:
    """Ids of the fictional cell A (two meetings) and cell B (one meeting)."""

    me: int
    mayor: int
    officer: int
    clb: int
    colleague: int
    cell_a: int
    cell_b: int
    first_a: int
    second_a: int
    only_b: int
    carried_action: int
    other_cell_action: int


def build_table(vault: Vault) -> Table:
    me = add_person(
        vault, "Demo Gebruiker", Role.YOUTH_OFFICER, organisation="Gemeente Fictiegem", is_self=True
    )
    mayor = add_person(vault, "An Voorbeeld", Role.MAYOR, organisation="Gemeente Fictiegem")
    officer = add_person(
        vault, "Bart Verzinsel", Role.INFORMATION_OFFICER, organisation="Politiezone Fictiegem"
    )
    clb = add_person(vault, "Chloe Proefmans", Role.CLB, organisation="CLB Fictiegem")
    colleague = add_person(
        vault, "Dirk Denkbeeld", Role.YOUTH_WELFARE_WORKER, organisation="Gemeente Fictiegem"
    )
    cell_a = add_cell(vault, "LIVC R Fictiegem (DEMO)", framework_text="Afsprakenkader (fictief).")
    cell_b = add_cell(vault, "LIVC R Verzonnendonk (DEMO)")
    for cell in (cell_a, cell_b):
        for person in (me, mayor, officer, clb):
            add_member(vault, cell, person)
    represent(vault, cell_a, colleague)
    case_a = add_case(vault, cell_a, "FI-2026-0001")
    case_b = add_case(vault, cell_b, "VE-2026-0001")
    first_a = start_meeting(
        vault,
        cell_a,
        datetime(2026, 3, 5, 14, 0),
        TK.OPERATIONAL,
        place="Raadzaal",
        case_ids=[case_a],
    )
    second_a = start_meeting(
        vault,
        cell_a,
        datetime(2026, 4, 2, 14, 0),
        TK.OPERATIONAL,
        place="Raadzaal",
        case_ids=[case_a],
    )
    only_b = start_meeting(
        vault, cell_b, datetime(2026, 4, 2, 9, 0), TK.OPERATIONAL, case_ids=[case_b]
    )
    for meeting in (first_a, second_a, only_b):
        for person in (me, mayor, officer, clb):
            set_attendance(vault, meeting, person, AttendanceStatus.PRESENT, briefed=True)
    sit_in_for(vault, second_a, colleague)  # the user's own record (P4), not attendance
    case_item = next(i for i in agenda(vault, first_a) if i.kind is AgendaItemKind.CASE)
    carried = add_action(
        vault,
        first_a,
        officer,
        "Navragen bij de school",
        agenda_item_id=case_item.id,
        due_date=date(2026, 3, 26),
    )
    b_item = next(i for i in agenda(vault, only_b) if i.kind is AgendaItemKind.CASE)
    earlier_b = start_meeting(vault, cell_b, datetime(2026, 2, 5, 9, 0), TK.OPERATIONAL)
    other = add_action(vault, earlier_b, clb, "Actie van een andere cel", due_date=date(2026, 3, 1))
    assert b_item.id  # cell B's later meeting exists
    return Table(
        me,
        mayor,
        officer,
        clb,
        colleague,
        cell_a,
        cell_b,
        first_a,
        second_a,
        only_b,
        carried,
        other,
    )


def unlocked(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Table]:
    context = make_context(tmp_path)
    table = seed_vault(context, build_table)
    window = unlocked_window(qtbot, context)
    window.meetings_action.trigger()
    return window, table


def go_to(screen: MeetingScreen, kind: AgendaItemKind) -> int:
    view = screen.view
    assert view is not None
    row = next(r for r, i in enumerate(view.items) if i.item.kind is kind)
    screen.agenda.setCurrentRow(row)
    item_id = screen.current_item_id
    assert item_id is not None
    return item_id


def panel_texts(screen: MeetingScreen) -> list[str]:
    panel = screen.actions_panel
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def test_add_action_by_keyboard_stores_owner_and_due_date(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    screen.open_meeting(table.second_a)
    vault = store(window)
    item_id = go_to(screen, AgendaItemKind.CASE)
    screen.editor.setFocus()

    qtbot.keyClick(screen.editor, Qt.Key.Key_A, SHIFT_CTRL)
    dialog = screen.actions_panel.add_dialog
    assert isinstance(dialog, AddActionDialog)
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.description.hasFocus)
    # the owners: people in the room for the item, the user first chosen by default
    names = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert names[:4] == sorted(
        ["Demo Gebruiker", "An Voorbeeld", "Bart Verzinsel", "Chloe Proefmans"]
    )
    assert dialog.owner.currentData() == table.me
    qtbot.keyClicks(dialog.description, CANARY)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    assert dialog.owner.hasFocus()
    dialog.owner.setCurrentIndex(dialog.owner.findData(table.clb))  # as typing a name does
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Tab)
    assert dialog.due.hasFocus()
    default_due = date(2026, 4, 2) + timedelta(days=28)
    assert dialog.due_date() == default_due
    qtbot.keyClick(dialog.due, Qt.Key.Key_Down)  # one day earlier
    assert dialog.due_date() == default_due - timedelta(days=1)
    assert dialog.due_words.text() == f"due {long_date(default_due - timedelta(days=1), 'en')}"
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.actions_panel.add_dialog is None)

    stored = actions_of(vault, table.second_a)
    assert len(stored) == 1
    action = stored[0]
    assert action.owner_id == table.clb
    assert action.due_date == default_due - timedelta(days=1)
    assert action.agenda_item_id == item_id
    assert action.status is ActionStatus.OPEN
    assert action.description_note_id is not None
    assert get_note(vault, action.description_note_id).body == CANARY
    # shown in the panel with owner and long date; not walked as a note in the editor
    line = next(t for t in panel_texts(screen) if CANARY in t)
    assert "Chloe Proefmans" in line and long_date(action.due_date, "en") in line
    assert all(CANARY not in screen.notes.item(r).text() for r in range(screen.notes.count()))
    assert CANARY not in screen.editor.toPlainText()
    assert window.windowTitle() == "Tafelboek"


def test_due_date_in_long_dutch_form(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    try:
        screen.open_meeting(table.second_a)
        go_to(screen, AgendaItemKind.OPEN_ACTIONS)
        line = next(t for t in panel_texts(screen) if "Navragen bij de school" in t)
        assert "donderdag 26 maart 2026" in line  # due date
        assert "donderdag 5 maart 2026" in line  # the meeting it comes from
    finally:
        QLocale.setDefault(previous)


def test_open_actions_carry_forward_within_the_cell_and_close(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    vault = store(window)
    panel = screen.actions_panel

    screen.open_meeting(table.second_a)
    go_to(screen, AgendaItemKind.OPEN_ACTIONS)
    shown = [s.action.id for s in panel.shown_actions if s.carried]
    assert shown == [table.carried_action]
    line = next(t for t in panel_texts(screen) if "Navragen bij de school" in t)
    assert "Bart Verzinsel" in line and "overdue" in line  # due 26 March, meeting 2 April
    assert not any("andere cel" in t for t in panel_texts(screen))
    # on another item of the same meeting the carried list is not repeated
    go_to(screen, AgendaItemKind.CASE)
    assert not any(s.carried for s in panel.shown_actions)

    # another cell's next meeting shows its own open action, not cell A's
    screen.open_meeting(table.only_b)
    go_to(screen, AgendaItemKind.OPEN_ACTIONS)
    assert [s.action.id for s in panel.shown_actions if s.carried] == [table.other_cell_action]
    assert not any("Navragen" in t for t in panel_texts(screen))

    # close it (done) by keyboard on the next meeting of cell A
    screen.open_meeting(table.second_a)
    go_to(screen, AgendaItemKind.OPEN_ACTIONS)
    panel.list.setFocus()
    panel.select_action(table.carried_action)
    assert panel.done_button.isEnabled()
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Space)
    assert get_action(vault, table.carried_action).status is ActionStatus.DONE
    assert open_actions_before(vault, table.second_a) == []
    assert not any(s.carried for s in panel.shown_actions)
    assert not any("Navragen" in t for t in panel_texts(screen))
    assert screen.save_state.text() == "Action marked done."

    # in its own meeting it stays listed, now done; it can be opened again there
    screen.open_meeting(table.first_a)
    go_to(screen, AgendaItemKind.CASE)
    line = next(t for t in panel_texts(screen) if "Navragen" in t)
    assert line.endswith("done")
    panel.select_action(table.carried_action)
    panel.reopen_action.trigger()
    assert get_action(vault, table.carried_action).status is ActionStatus.OPEN
    panel.changed_action.trigger()
    action = get_action(vault, table.carried_action)
    assert action.status is ActionStatus.NOT_DONE
    assert action.not_done_reason is NotDoneReason.CIRCUMSTANCES_CHANGED
    assert "not done: circumstances changed" in next(
        t for t in panel_texts(screen) if "Navragen" in t
    )


def test_left_the_room_changes_known_to_and_item_presence(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    vault = store(window)
    screen.open_meeting(table.second_a)
    case_item = go_to(screen, AgendaItemKind.CASE)
    assert "Chloe Proefmans" in screen.known_to.text()
    screen.editor.setFocus()

    qtbot.keyClick(screen.editor, Qt.Key.Key_K, SHIFT_CTRL)
    dialog = screen.actions_panel.presence_dialog
    assert isinstance(dialog, ItemPresenceDialog)
    qtbot.waitUntil(dialog.people.hasFocus)
    row = next(
        r
        for r in range(dialog.people.count())
        if dialog.people.item(r).data(Qt.ItemDataRole.UserRole) == table.clb
    )
    dialog.people.setCurrentRow(row)
    qtbot.keyClick(dialog.people, Qt.Key.Key_Space)  # untick: she leaves the room

    assert dialog.people.item(row).text() == "Chloe Proefmans — left the room for this item"
    assert "Chloe Proefmans" not in screen.known_to.text()  # at once, behind the dialog
    assert "An Voorbeeld" in screen.known_to.text()
    room = screen.actions_panel.room_status.text()
    assert room == "Left the room for this item: Chloe Proefmans"
    stored = vault.query(
        "SELECT present FROM item_attendance WHERE agenda_item_id = ? AND person_id = ?",
        (case_item, table.clb),
    )
    assert [int(r[0]) for r in stored] == [0]
    assert table.clb not in {p.id for p in present_for_item(vault, case_item)}
    # other items keep her in the scope
    opening = agenda(vault, table.second_a)[0].id
    assert table.clb in {p.id for p in present_for_item(vault, opening)}

    qtbot.keyClick(dialog.people, Qt.Key.Key_Space)  # back in the room
    assert "Chloe Proefmans" in screen.known_to.text()
    assert table.clb in {p.id for p in present_for_item(vault, case_item)}
    assert screen.actions_panel.room_status.text() == ""
    qtbot.keyClick(dialog.people, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.actions_panel.presence_dialog is None)


def test_p4_representation_status_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    screen.open_meeting(table.second_a)
    rows = {row.person.id: row for row in screen.attendance.rows}
    # P6 (revised): the user is the member for their organisation; the colleague they sit
    # in for is not in the attendance list and never named there.
    assert table.colleague not in rows
    mine = rows[table.me].name.text()
    assert "permanent representative for Gemeente Fictiegem" in mine
    assert "Dirk Denkbeeld" not in mine
    assert "represent" not in rows[table.mayor].name.text()
    assert all(
        r.status.findText("Represented", Qt.MatchFlag.MatchContains) < 0 for r in rows.values()
    )
    combo = rows[table.mayor].status
    combo.setCurrentIndex(combo.findData(AttendanceStatus.EXCUSED))  # others still work
    # cell B: the user represents nobody there
    screen.open_meeting(table.only_b)
    rows = {row.person.id: row for row in screen.attendance.rows}
    assert "represent" not in rows[table.me].name.text()


def test_p12_lock_empties_the_actions_panel_and_closes_its_dialogs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    vault = store(window)
    screen.open_meeting(table.second_a)
    item_id = go_to(screen, AgendaItemKind.CASE)
    add_action(vault, table.second_a, table.mayor, CANARY, agenda_item_id=item_id)
    screen.open_meeting(table.second_a, item_id)
    assert any(CANARY in t for t in panel_texts(screen))
    screen.actions_panel.open_presence()
    assert screen.actions_panel.presence_dialog is not None
    screen.actions_panel.open_add()
    add_dialog = screen.actions_panel.add_dialog
    assert add_dialog is not None
    add_dialog.description.setText(CANARY + " getypt")
    assert any(CANARY in t for t in texts(window))

    window.lock()
    assert window.vault is None
    assert screen.actions_panel.list.count() == 0
    assert screen.actions_panel.room_status.text() == ""
    assert screen.actions_panel.add_dialog is None and screen.actions_panel.presence_dialog is None
    assert not any(CANARY in t for t in texts(window))
    assert not any("Chloe" in t or "Navragen" in t for t in texts(screen))

    with Vault.open(vault.path, PASSPHRASE) as reopened:  # the unsaved dialog stored nothing
        assert [n.body for n in list_notes(reopened) if CANARY in n.body] == [CANARY]


def test_every_new_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    screen.open_meeting(table.second_a)
    go_to(screen, AgendaItemKind.OPEN_ACTIONS)
    screen.actions_panel.open_add()
    screen.actions_panel.open_presence()
    roots: list[QWidget] = [screen.actions_panel, screen.presentation.button]
    for dialog in (screen.actions_panel.add_dialog, screen.actions_panel.presence_dialog):
        assert dialog is not None
        roots.append(dialog)
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView, QComboBox)
    for root in roots:
        widgets = [root, *root.findChildren(QWidget)]
        unnamed = [
            type(w).__name__
            for w in widgets
            if isinstance(w, kinds) and not w.accessibleName() and not inside_composite(w)
        ]
        assert unnamed == [], root


def inside_composite(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True  # part of a composite control, which carries the name
        parent = parent.parentWidget()
    return False
