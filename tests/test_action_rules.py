"""Action rules without a window: the default due date, overdue, where carried actions
are listed, what each action line holds, and whom a new action is offered to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest

from vault import Vault
from vault.actions import (
    DEFAULT_DUE_DAYS,
    add_action,
    close_action,
    default_due,
    get_action,
    is_overdue,
)
from vault.attendance import set_attendance
from vault.cells import add_cell, add_member
from vault.meeting_view import ItemView, carries_actions, load_meeting_view
from vault.meetings import add_agenda_item, start_meeting
from vault.model import (
    TABLE_ONLY_LABEL,
    ActionStatus,
    AgendaItem,
    AgendaItemKind,
    AttendanceStatus,
    NotDoneReason,
    Role,
    TableKind,
)
from vault.notes import get_note, note_label
from vault.people import add_person


# ------------------------------------------------------------------ due and overdue
def test_a_new_action_is_due_four_weeks_after_its_meeting() -> None:
    assert DEFAULT_DUE_DAYS == 28
    assert default_due(date(2026, 4, 2)) == date(2026, 4, 30)
    assert default_due(date(2026, 12, 17)) == date(2027, 1, 14)  # over the year's end
    assert default_due(date(2028, 2, 10)) == date(2028, 3, 9)  # a leap February


def test_overdue_is_open_and_due_before_the_meeting_day(vault: Vault) -> None:
    cell = add_cell(vault, "LIVC Fictiegem")
    meeting = start_meeting(vault, cell, datetime(2026, 3, 5, 14, 0), TableKind.OPERATIONAL)
    owner = add_person(vault, "Bart Verzinsel", Role.POLICE)
    due = date(2026, 3, 26)
    action = get_action(vault, add_action(vault, meeting, owner, "Navragen", due_date=due))
    assert is_overdue(action, date(2026, 4, 2))
    assert is_overdue(action, date(2026, 3, 27))
    assert not is_overdue(action, due)  # due today is not late yet
    assert not is_overdue(action, date(2026, 3, 5))
    undated = get_action(vault, add_action(vault, meeting, owner, "Ooit"))
    assert not is_overdue(undated, date(2099, 1, 1))
    close_action(vault, action.id, ActionStatus.DONE)
    assert not is_overdue(get_action(vault, action.id), date(2026, 4, 2))
    close_action(vault, action.id, ActionStatus.NOT_DONE, NotDoneReason.NOT_ACTED)
    assert not is_overdue(get_action(vault, action.id), date(2026, 4, 2))


# ------------------------------------------------------------------ the meeting view
@dataclass
class Table:
    me: int
    mayor: int
    officer: int
    clb: int
    absent: int
    member_away: int
    stranger: int
    cell: int
    first: int
    second: int
    other_cell_meeting: int
    carried: int
    carried_undated: int
    done_earlier: int


def _build(vault: Vault) -> Table:
    me = add_person(vault, "Demo Gebruiker", Role.YOUTH_OFFICER, is_self=True)
    mayor = add_person(vault, "An Voorbeeld", Role.MAYOR)
    officer = add_person(vault, "Bart Verzinsel", Role.INFORMATION_OFFICER)
    clb = add_person(vault, "Chloe Proefmans", Role.CLB)
    absent = add_person(vault, "Aaron Afwezig", Role.SCHOOL)
    member_away = add_person(vault, "Zeno Lid", Role.SOCIAL_SERVICES)
    stranger = add_person(vault, "Yves Elders", Role.OTHER)
    cell = add_cell(vault, "LIVC Fictiegem")
    other_cell = add_cell(vault, "LIVC Verzonnendonk")
    for person in (me, mayor, officer, clb, member_away):
        add_member(vault, cell, person)
    first = start_meeting(vault, cell, datetime(2026, 3, 5, 14, 0), TableKind.OPERATIONAL)
    second = start_meeting(vault, cell, datetime(2026, 4, 2, 14, 0), TableKind.OPERATIONAL)
    elsewhere = start_meeting(vault, other_cell, datetime(2026, 3, 1, 9), TableKind.OPERATIONAL)
    other_cell_meeting = start_meeting(
        vault, other_cell, datetime(2026, 4, 2, 9, 0), TableKind.OPERATIONAL
    )
    for meeting in (first, second):
        for person in (me, mayor, officer, clb):
            set_attendance(vault, meeting, person, AttendanceStatus.PRESENT, briefed=True)
        set_attendance(vault, meeting, absent, AttendanceStatus.ABSENT)
    case_item = add_agenda_item(vault, first, AgendaItemKind.CASE, title="Casus")
    carried = add_action(
        vault,
        first,
        stranger,  # an owner who is neither at the second meeting nor in the cell
        "Navragen bij de school",
        agenda_item_id=case_item,
        due_date=date(2026, 3, 26),
    )
    carried_undated = add_action(vault, first, officer, "Zonder termijn")
    done_earlier = add_action(vault, first, clb, "Al gedaan", due_date=date(2026, 3, 10))
    close_action(vault, done_earlier, ActionStatus.DONE)
    add_action(vault, elsewhere, clb, "Actie van een andere cel", due_date=date(2026, 3, 2))
    return Table(
        me,
        mayor,
        officer,
        clb,
        absent,
        member_away,
        stranger,
        cell,
        first,
        second,
        other_cell_meeting,
        carried,
        carried_undated,
        done_earlier,
    )


def _item(view_items: tuple[ItemView, ...], kind: AgendaItemKind) -> ItemView:
    return next(i for i in view_items if i.item.kind is kind)


def test_carried_actions_are_listed_on_the_open_actions_item_only(vault: Vault) -> None:
    table = _build(vault)
    view = load_meeting_view(vault, table.second)
    items = [i.item for i in view.items]
    open_item = _item(view.items, AgendaItemKind.OPEN_ACTIONS)
    assert [carries_actions(items, i) for i in items] == [i is open_item.item for i in items]
    lines = open_item.action_lines
    # oldest due first, undated last; the done one and the other cell's stay behind
    assert [line.action.id for line in lines] == [table.carried, table.carried_undated]
    assert all(line.carried for line in lines)
    for item_view in view.items:
        if item_view is not open_item:
            assert item_view.action_lines == ()
    # the other cell's next meeting carries only its own cell's open action
    other = load_meeting_view(vault, table.other_cell_meeting)
    [line] = _item(other.items, AgendaItemKind.OPEN_ACTIONS).action_lines
    assert line.action.meeting_id != table.first


def test_without_an_open_actions_item_the_first_item_carries_them() -> None:
    first = AgendaItem(1, 10, 1, AgendaItemKind.CASE, "Casus", None)
    second = AgendaItem(2, 10, 2, AgendaItemKind.OTHER, "Varia", None)
    assert carries_actions([first, second], first)
    assert not carries_actions([first, second], second)
    opening = AgendaItem(3, 10, 0, AgendaItemKind.OPEN_ACTIONS, "", None)
    assert carries_actions([opening, first], opening)
    assert not carries_actions([opening, first], first)


def test_an_action_line_holds_description_label_owner_and_day(vault: Vault) -> None:
    table = _build(vault)
    view = load_meeting_view(vault, table.second)
    carried = _item(view.items, AgendaItemKind.OPEN_ACTIONS).action_lines[0]
    action = get_action(vault, table.carried)
    assert carried.action == action
    assert action.description_note_id is not None
    # the description comes from an earlier meeting's note: as the note itself says
    assert carried.description == get_note(vault, action.description_note_id).body
    assert carried.description == "Navragen bij de school"
    assert carried.label == note_label(vault, action.description_note_id) == TABLE_ONLY_LABEL
    assert carried.owner is not None and carried.owner.id == table.stranger
    assert carried.agreed_on == date(2026, 3, 5)
    # in its own meeting the same action is listed on its item, not carried
    own_view = load_meeting_view(vault, table.first)
    case_item = _item(own_view.items, AgendaItemKind.CASE)
    [own] = [line for line in case_item.action_lines if line.action.id == table.carried]
    assert not own.carried and own.agreed_on == date(2026, 3, 5)
    assert own.description == carried.description and own.owner == carried.owner


def test_action_lines_cost_a_fixed_number_of_queries(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = _build(vault)

    def queries_to_load() -> int:
        calls: list[str] = []
        real = Vault.query

        def counting(self: Vault, sql: str, params: Any = ()) -> list[Any]:
            calls.append(sql)
            return real(self, sql, params)

        monkeypatch.setattr(Vault, "query", counting)
        load_meeting_view(vault, table.second)
        monkeypatch.undo()
        return len(calls)

    few = queries_to_load()
    assert few > 10
    for n in range(12):
        owner = add_person(vault, f"Eigenaar {n}", Role.OTHER)  # not at the meeting
        add_action(vault, table.first, owner, f"Actie {n}", due_date=date(2026, 3, 20))
    assert queries_to_load() == few
    lines = _item(load_meeting_view(vault, table.second).items, AgendaItemKind.OPEN_ACTIONS)
    assert len(lines.action_lines) == 14
    assert all(line.owner is not None for line in lines.action_lines)


def test_owners_offered_are_the_room_first_then_the_rest_by_name(vault: Vault) -> None:
    table = _build(vault)
    view = load_meeting_view(vault, table.second)
    item = _item(view.items, AgendaItemKind.OPEN_ACTIONS)
    names = [p.name for p in item.owner_candidates]
    room = ["An Voorbeeld", "Bart Verzinsel", "Chloe Proefmans", "Demo Gebruiker"]
    # the room (by name), then who is on the attendance list but absent, and the cell's
    # members who were not there — each once; an action owner from elsewhere is not offered
    assert names == [*room, "Aaron Afwezig", "Zeno Lid"]
    assert item.default_owner == table.me  # the user, when a candidate


def test_without_the_user_the_first_in_the_room_is_offered_first(vault: Vault) -> None:
    table = _build(vault)
    set_attendance(vault, table.second, table.me, AttendanceStatus.ABSENT)
    view = load_meeting_view(vault, table.second)
    item = _item(view.items, AgendaItemKind.OPEN_ACTIONS)
    assert item.owner_candidates[0].id == table.mayor
    assert item.default_owner == table.me  # still on the list (absent), so still offered
    empty = ItemView(
        item=item.item,
        case=None,
        scope=(),
        unbriefed=(),
        notes=(),
        decisions=(),
        off_topic=False,
    )
    assert empty.default_owner is None
    no_self = ItemView(
        item=item.item,
        case=None,
        scope=(),
        unbriefed=(),
        notes=(),
        decisions=(),
        off_topic=False,
        owner_candidates=tuple(p for p in item.owner_candidates if not p.is_self),
    )
    assert no_self.default_owner == table.mayor
