"""P4/P6 at the attendance list: a colleague the user represents can be marked as
represented by the user, so their position at the table is the user's to give."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from test_app_support import unlocked_demo_window

from vault.attendance import attendance, represented_for_item
from vault.cells import list_cells, represented_colleagues
from vault.demo import DemoSpec
from vault.meetings import agenda, list_meetings
from vault.model import AgendaItemKind, AttendanceStatus
from vault.people import self_person

SMALL = DemoSpec(cells=1, years=1, meetings=2, cases=2, notes=6)


def test_p6_represented_colleague_is_listed_and_can_be_marked_represented_by_me(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault
    assert vault is not None
    cell = list_cells(vault)[0]
    mine = represented_colleagues(vault, cell.id)
    me = self_person(vault)
    assert mine and me is not None
    meeting = [m for m in list_meetings(vault) if m.cell_id == cell.id][-1]
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(meeting.id)

    rows = {row.person.id: row for row in screen._rows}
    colleague = mine[0]
    assert colleague in rows  # listed even when not a standing member
    row = rows[colleague]
    index = row.status.findData(AttendanceStatus.REPRESENTED)
    assert index >= 0 and row.status.model().item(index).isEnabled()  # type: ignore[attr-defined]
    row.status.setCurrentIndex(index)

    recorded = {a.person_id: a for a in attendance(vault, meeting.id)}
    assert recorded[colleague].status is AttendanceStatus.REPRESENTED
    assert recorded[colleague].represented_by == me.id
    case_item = next(i for i in agenda(vault, meeting.id) if i.kind is AgendaItemKind.CASE)
    assert (colleague, me.id) in represented_for_item(vault, case_item.id)

    # Someone the user does not represent cannot be marked represented from here.
    others = [r for pid, r in rows.items() if pid not in mine]
    assert others
    for other in others:
        found = other.status.findData(AttendanceStatus.REPRESENTED)
        if found >= 0:
            assert not other.status.model().item(found).isEnabled()  # type: ignore[attr-defined]
