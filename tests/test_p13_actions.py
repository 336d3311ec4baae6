"""P13 (domain review M5): actions across meetings — per case, per partner organisation
(an owner may be an organisation when the person is not known), the user's own across
cells, and the overdue ones surfacing on an agenda. Through the door, no Qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from domain_strategies import Table

from vault.api import UnlockedVault
from vault.errors import NoSuchRecord, Refused
from vault.model import NO_PERSON, ActionStatus, TableKind


def _item(door: UnlockedVault, meeting: int, case: int) -> int:
    return next(i.id for i in door.meetings.agenda(meeting) if i.case_id == case)


def test_p13_an_action_owner_may_be_an_organisation(t: Table, door: UnlockedVault) -> None:
    with pytest.raises(Refused, match="a person, or an organisation"):
        door.actions.add(t.meeting, None, "Iemand moet bellen", owner_organisation="  ")
    action_id = door.actions.add(
        t.meeting,
        None,
        "Contact opnemen met het gezin",
        owner_organisation=" CAW Fictiegem ",
        agenda_item_id=t.case_item,
    )
    action = door.actions.get(action_id)
    assert (action.owner_id, action.owner_person_id, action.owner_organisation) == (
        NO_PERSON,
        None,
        "CAW Fictiegem",
    )
    # The meeting screen still lists it (owner unknown as a person).
    [line] = [
        line
        for iv in door.meetings.view(t.meeting).items
        for line in iv.action_lines
        if line.action.id == action_id
    ]
    assert line.owner is None and line.description == "Contact opnemen met het gezin"


def test_p13_actions_per_case_per_partner_and_mine_across_meetings(
    t: Table, door: UnlockedVault
) -> None:
    earlier = door.actions.add(
        t.earlier_meeting,
        t.clb,
        "Leerlingbegeleiding inschakelen",
        agenda_item_id=_item(door, t.earlier_meeting, t.case),
        due_date=date(2026, 2, 20),
    )
    now = door.actions.add(
        t.meeting, None, "Huisbezoek", owner_organisation="clb fictiegem", case_id=t.case
    )
    mine = door.actions.add(t.meeting, t.me, "Jeugdwerk polsen", agenda_item_id=t.case_item)
    elsewhere = door.actions.add(t.other_cell_meeting, t.me, "Andere cel", due_date=None)
    door.actions.close(mine, ActionStatus.DONE)

    of_case = door.actions.of_case(t.case)
    assert [e.action.id for e in of_case] == [earlier, now, mine]  # open first, by due date
    first = of_case[0]
    assert (first.description, first.owner_name, first.organisation, first.case_code) == (
        "Leerlingbegeleiding inschakelen",
        "CLB Proefmans",
        "CLB Fictiegem",
        "FIC-001",
    )
    assert first.agreed_on == date(2026, 2, 5) and first.overdue  # today is 5 March 2026
    assert [e.action.id for e in door.actions.of_case(t.case, open_only=True)] == [earlier, now]

    # The partner: named on the action, or the owner's organisation (case-insensitive).
    assert [e.action.id for e in door.actions.of_organisation("CLB Fictiegem")] == [earlier, now]
    assert [
        e.action.id for e in door.actions.of_organisation("clb fictiegem", cell_id=t.other_cell)
    ] == []
    assert "CLB Fictiegem" in door.actions.organisations()

    # Mine, across cells: open ones by default.
    assert [e.action.id for e in door.actions.mine()] == [elsewhere]
    assert {e.action.id for e in door.actions.mine(open_only=False)} == {mine, elsewhere}
    assert {e.cell_id for e in door.actions.mine(open_only=False)} == {t.cell, t.other_cell}


def test_p13_overdue_actions_surface_on_the_next_agenda(t: Table, door: UnlockedVault) -> None:
    overdue = door.actions.add(t.earlier_meeting, t.clb, "Te laat", due_date=date(2026, 3, 1))
    door.actions.add(t.earlier_meeting, t.clb, "Nog op tijd", due_date=date(2026, 4, 30))
    door.actions.add(t.earlier_meeting, t.clb, "Zonder datum")
    closed = door.actions.add(t.earlier_meeting, t.clb, "Gedaan", due_date=date(2026, 2, 6))
    door.actions.close(closed, ActionStatus.DONE)
    door.actions.add(t.other_cell_meeting, t.me, "Andere cel", due_date=date(2026, 1, 1))
    assert [e.action.id for e in door.actions.overdue_for_meeting(t.meeting)] == [overdue]
    assert [e.action.id for e in door.actions.overdue_for_meeting(t.earlier_meeting)] == []
    late = door.meetings.start(t.cell, datetime(2026, 6, 4, 14, 0), TableKind.OPERATIONAL)
    assert {e.action.id for e in door.actions.overdue_for_meeting(late)} == {
        overdue,
        overdue + 1,
    }
    with pytest.raises(NoSuchRecord):
        door.actions.overdue_for_meeting(9999)


def test_p13_overdue_across_cells_whoever_owns_them(t: Table, door: UnlockedVault) -> None:
    # Today is 5 March 2026 (the fake clock). The absent member has no organisation and
    # is not the user: an overview built from "mine" and the organisations missed it.
    nobodys = door.actions.add(
        t.earlier_meeting, t.absent, "Zonder organisatie", due_date=date(2026, 3, 1)
    )
    mine = door.actions.add(t.other_cell_meeting, t.me, "Andere cel", due_date=date(2026, 1, 1))
    only_org = door.actions.add(
        t.earlier_meeting,
        None,
        "Alleen de organisatie",
        owner_organisation="CAW Fictiegem",
        due_date=date(2026, 2, 1),
    )
    door.actions.add(t.earlier_meeting, t.clb, "Nog op tijd", due_date=date(2026, 3, 5))
    door.actions.add(t.earlier_meeting, t.clb, "Zonder datum")
    done = door.actions.add(t.earlier_meeting, t.clb, "Gedaan", due_date=date(2026, 2, 6))
    door.actions.close(done, ActionStatus.DONE)
    assert [e.action.id for e in door.actions.overdue()] == [mine, only_org, nobodys]
    assert all(e.overdue for e in door.actions.overdue())
    assert [e.action.id for e in door.actions.overdue(cell_id=t.cell)] == [only_org, nobodys]
    assert [e.action.id for e in door.actions.overdue(cell_id=t.other_cell)] == [mine]
