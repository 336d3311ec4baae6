"""P4/P6 (revised, domain review C2) at the attendance list: the permanent representative is
the member. The colleague the user sits in for is never listed or marked "represented";
the user's own row says "permanent representative for <organisation>", no colleague's
name. Whom the user sits in for is their own record, kept in the representative view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.windows import unlocked_demo_window

from app.screens.representative import RepresentativeDialog
from vault.attendance import attendance
from vault.cells import list_cells, represented_colleagues, sat_in_for
from vault.demo import DemoSpec
from vault.meetings import list_meetings
from vault.people import get_person, self_person

SMALL = DemoSpec(cells=1, years=1, meetings=2, cases=2, notes=6)


def test_p6_the_representative_is_the_member_in_the_attendance_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    cell = list_cells(vault)[0]
    mine = represented_colleagues(vault, cell.id)
    me = self_person(vault)
    assert mine and me is not None
    meeting = [m for m in list_meetings(vault) if m.cell_id == cell.id][-1]
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(meeting.id)

    rows = {row.person.id: row for row in screen.attendance.rows}
    assert not set(mine) & set(rows)  # the colleagues the user represents are not listed
    assert not set(mine) & {a.person_id for a in attendance(vault, meeting.id)}
    words = rows[me.id].name.text()
    assert f"permanent representative for {me.organisation}" in words
    for colleague in mine:
        assert get_person(vault, colleague).name not in words
    for row in rows.values():  # nobody can be marked "represented"
        assert all(
            "represent" not in row.status.itemText(i).casefold() for i in range(row.status.count())
        )


def test_p4_sitting_in_for_a_colleague_is_the_users_own_record(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    cell = list_cells(vault)[0]
    colleague = represented_colleagues(vault, cell.id)[0]
    meeting = next(m for m in list_meetings(vault) if m.cell_id == cell.id)
    window.representation_action.trigger()
    dialog = window.representation_dialog
    assert isinstance(dialog, RepresentativeDialog)
    dialog.select_colleague(colleague)
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting.id))
    was = colleague in sat_in_for(vault, meeting.id)
    assert dialog.sitting_in.isChecked() is was
    dialog.sitting_in.setFocus()
    qtbot.keyClick(dialog.sitting_in, Qt.Key.Key_Space)
    assert (colleague in sat_in_for(vault, meeting.id)) is not was
    qtbot.keyClick(dialog.sitting_in, Qt.Key.Key_Space)
    assert (colleague in sat_in_for(vault, meeting.id)) is was
    # never in the attendance, whatever the user records here
    assert colleague not in {a.person_id for a in attendance(vault, meeting.id)}
    dialog.reject()
