"""The first start leads somewhere (issue 17 item 2): a fresh vault → the cell → its members
→ the first meeting, all by keyboard; no blank error without a cell; the meeting list's
Cell box follows a cell made in the Cells dialog."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS, wait_for_clicks
from support.windows import make_context, make_vault, make_window, store, unlocked_window

from app.screens.meeting.dialogs import NewMeetingDialog
from app.window import MainWindow
from vault.cells import add_cell, cell_contact, list_cells, members
from vault.meetings import list_meetings
from vault.model import Role
from vault.people import self_person

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type ``text`` where the focus is, then press ``then`` (Tab: on to the next field)."""
    qtbot.keyClicks(_focused(), text)
    qtbot.keyClick(_focused(), then)


def _created_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, make_context(tmp_path / "Tafelboek"))
    form = window.create_form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.repeat, PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
    return window


def test_first_start_by_keyboard_fresh_vault_to_first_meeting(qtbot: QtBot, tmp_path: Path) -> None:
    window = _created_window(qtbot, tmp_path)
    # A new vault says what comes first, and Enter goes there.
    assert window.welcome.isVisible()
    assert window.welcome.title.text() == "Welcome. Set up your cell first"
    assert window.notebook.editor.hasFocus()  # typing a note stays one keystroke away
    qtbot.keyClick(_focused(), Qt.Key.Key_U, ALT)
    wait_for_clicks(qtbot)
    page = window.first_run
    assert window.current_page() is page
    assert page.step_line.text() == "Step 1 of 3"
    assert page.cell_name.hasFocus()

    # Step 1: the cell, field after field (Enter or Tab moves on), Enter saves.
    _type(qtbot, "LIVC R Proefdorp", Qt.Key.Key_Return)
    _type(qtbot, "Proefdorp", Qt.Key.Key_Return)
    _type(qtbot, "het LIVC-secretariaat, 011 12 34 56", Qt.Key.Key_Return)
    _type(qtbot, "Wat aan tafel gezegd wordt, blijft aan tafel.")
    _type(qtbot, "Enkel gewelddadig extremisme.")
    assert _focused() is page.save_cell_button
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    vault = store(window)
    cells = list_cells(vault)
    assert [(c.name, c.framework_text, c.local_definition) for c in cells] == [
        (
            "LIVC R Proefdorp",
            "Wat aan tafel gezegd wordt, blijft aan tafel.",
            "Enkel gewelddadig extremisme.",
        )
    ]
    cell_id = cells[0].id
    contact = cell_contact(vault, cell_id)
    assert contact is not None and contact.municipality == "Proefdorp"
    assert page.step_line.text() == "Step 2 of 3"
    assert page.person_name.hasFocus()
    assert page.is_self.isVisible() and page.is_self.isChecked()

    # Step 2: yourself, then a colleague at the table: each a person and a member at once.
    _type(qtbot, "Sofie Peeters")
    _type(qtbot, "Gemeente Proefdorp")
    qtbot.keyClicks(_focused(), "Prev")  # the role box chooses as you type
    assert _focused() is page.role
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter on the role adds, as in the fields
    assert page.person_name.hasFocus() and page.person_name.text() == ""
    assert not page.is_self.isVisible()  # the user is known now
    _type(qtbot, "Inge Informatie")
    _type(qtbot, "Politiezone Proefdorp")
    qtbot.keyClick(_focused(), Qt.Key.Key_Home)  # the role box by arrows: Mayor, Prevention…
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)  # Enter in a field adds too
    me = self_person(vault)
    assert me is not None and me.name == "Sofie Peeters"
    assert me.role is Role.PREVENTION_OFFICER
    found = {(m.person.name, m.person.role, m.structural) for m in members(vault, cell_id)}
    assert found == {
        ("Sofie Peeters", Role.PREVENTION_OFFICER, True),
        ("Inge Informatie", Role.INFORMATION_OFFICER, True),
    }
    assert page.members.count() == 2
    assert page.members_state.text() == "Members: 2. Add the next, or continue."

    # Step 3: the first meeting, in the meeting screen with this cell chosen.
    qtbot.keyClick(_focused(), Qt.Key.Key_C, ALT)
    wait_for_clicks(qtbot)
    assert page.step_line.text() == "Step 3 of 3"
    assert page.start_meeting_button.hasFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    screen = window.meeting_screen
    assert window.current_page() is screen
    dialog = screen.new_meeting_dialog
    assert isinstance(dialog, NewMeetingDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.cell.currentData() == cell_id
    assert page.cell_name.text() == "" and page.members.count() == 0  # the set-up forgot it
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
    qtbot.keyClicks(_focused(), "Raadzaal")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: screen.view is not None)
    started = list_meetings(vault, cell_id)
    assert [m.place for m in started] == ["Raadzaal"]
    # The welcome is gone: the vault has its cell.
    assert not window.welcome.isVisible()


def test_meetings_without_a_cell_lead_to_the_first_steps(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path, ["Eerste"])
    window = unlocked_window(qtbot, context)
    assert window.welcome.isVisible()
    assert window.notebook.editor.hasFocus()  # unlocking a vault: straight back to typing
    qtbot.keyClick(window.notebook.editor, Qt.Key.Key_M, CTRL_SHIFT)
    assert window.current_page() is window.first_run
    assert window.first_run.cell_name.hasFocus()
    # Skipping goes back to the notes; the welcome stays while there is no cell.
    qtbot.keyClick(_focused(), Qt.Key.Key_K, ALT)
    wait_for_clicks(qtbot)
    assert window.current_page() is window.notebook
    assert window.welcome.isVisible()


def test_first_steps_refuse_a_cell_without_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = _created_window(qtbot, tmp_path)
    window.welcome.setup_button.click()
    page = window.first_run
    assert not page.save_cell()
    assert page.error.isVisible() and page.error.text() == "Type the cell's name."
    assert page.cell_name.hasFocus()
    assert list_cells(store(window)) == []


def test_p12_lock_wipes_the_first_steps(qtbot: QtBot, tmp_path: Path) -> None:
    window = _created_window(qtbot, tmp_path)
    window.welcome.setup_button.click()
    page = window.first_run
    page.cell_name.setText("LIVC R Geheimdorp")
    assert page.save_cell()
    page.person_name.setText("Naam Die Blijft")
    window.lock()
    assert page.cell_name.text() == "" and page.person_name.text() == ""
    assert page.members.count() == 0 and page.cell_id is None


def test_meeting_list_shows_a_cell_made_in_the_cells_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = unlocked_window(qtbot, context)
    add_cell(store(window), "LIVC R Eerst")
    window.show_meetings()
    page = window.meeting_screen.list_page
    assert [page.cell.itemText(i) for i in range(page.cell.count())] == ["LIVC R Eerst"]
    window.open_cells()
    dialog = window.cells_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.new_cell()
    qtbot.keyClicks(dialog.name, "LIVC R Tweede")
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [page.cell.itemText(i) for i in range(page.cell.count())] == [
        "LIVC R Eerst",
        "LIVC R Tweede",
    ]
    assert page.cell.currentText() == "LIVC R Eerst"  # the choice is kept


def test_new_person_becomes_a_member_in_one_step(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path)
    window = unlocked_window(qtbot, context)
    cell_id = add_cell(store(window), "LIVC R Samen")
    window.open_cells()
    dialog = window.cells_dialog
    assert dialog is not None and dialog.cell_id == cell_id
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)  # New person… on the Members tab
    wait_for_clicks(qtbot)
    person = dialog.person_dialog
    assert person is not None
    assert person.member.isChecked() and person.standing.isChecked()
    assert person.member.isChecked() and person.member.text() == "Add as mem&ber of LIVC R Samen"
    qtbot.keyClicks(person.name, "Jonas Claes")
    qtbot.keyClick(person.name, Qt.Key.Key_Return)
    assert [m.person.name for m in members(store(window), cell_id)] == ["Jonas Claes"]
    assert dialog.members.count() == 1
