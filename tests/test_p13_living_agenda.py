"""P13 (domain review M2, C15, C18): the agenda follows the real meeting — add a case or
a theme while it runs, reorder, remove an empty item (not one that holds anything), change
date and place, cancel, close as held; the practice's template and the running cases
proposed for it; P8: the stepwise check is asked again when a minor's case returns.
Through the door, no Qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from domain_strategies import Table

from vault.api import UnlockedVault
from vault.errors import NoSuchRecord, Refused
from vault.model import (
    ActionStatus,
    AgendaItemKind,
    AgendaSection,
    AttendanceStatus,
    CaseStage,
    ClosureReason,
    MeetingStatus,
    TableKind,
)


def _kinds(door: UnlockedVault, meeting: int) -> list[tuple[AgendaItemKind, int | None]]:
    return [(i.kind, i.case_id) for i in door.meetings.agenda(meeting)]


def test_p13_a_case_that_comes_up_is_added_to_the_running_meeting(
    t: Table, door: UnlockedVault
) -> None:
    door.meetings.open(t.meeting)
    case_id, item = door.meetings.add_case_by_code(t.meeting, "LIVCR-2025-000017")
    assert door.cases.get(case_id).stage is CaseStage.REFERRAL
    added = door.meetings.item(item)
    assert (added.kind, added.section) == (AgendaItemKind.CASE, AgendaSection.NEW_REFERRALS)
    # Before the LTF item on an agenda made without sections (the template's place).
    assert _kinds(door, t.meeting)[-3:] == [
        (AgendaItemKind.CASE, case_id),
        (AgendaItemKind.LTF_DECISIONS, None),
        (AgendaItemKind.CLOSING, None),
    ]
    same, _ = door.meetings.add_case_by_code(t.meeting, "FIC-002")  # an existing code
    assert same == t.minor_case
    with pytest.raises(Refused, match="already on this agenda"):
        door.meetings.add_case_item(t.meeting, t.case)
    with pytest.raises(Refused, match="another cell"):
        door.meetings.add_case_item(t.meeting, t.other_cell_case)
    strategic = door.meetings.start(t.cell, datetime(2026, 5, 1, 10, 0), TableKind.STRATEGIC)
    with pytest.raises(Refused, match="operational table"):
        door.meetings.add_case_item(strategic, t.case)
    theme = door.meetings.add_theme_item(t.meeting, "  Polarisatie op sociale media ")
    assert door.meetings.item(theme).title == "Polarisatie op sociale media"
    assert _kinds(door, t.meeting)[-2:] == [
        (AgendaItemKind.THEME, None),
        (AgendaItemKind.CLOSING, None),
    ]
    with pytest.raises(Refused, match="a theme has a title"):
        door.meetings.add_theme_item(t.meeting, " ")
    assert [p for p in range(1, 1 + len(door.meetings.agenda(t.meeting)))] == [
        i.position for i in door.meetings.agenda(t.meeting)
    ]


def test_p13_a_refused_case_by_code_leaves_no_stray_case(t: Table, door: UnlockedVault) -> None:
    # The meeting's refusals come before a new referral is made: nothing half-done stays.
    before = len(door.cases.list())
    strategic = door.meetings.start(t.cell, datetime(2026, 5, 1, 10, 0), TableKind.STRATEGIC)
    with pytest.raises(Refused, match="operational table"):
        door.meetings.add_case_by_code(strategic, "LIVCR-2025-000018")
    door.meetings.open(t.meeting)
    door.meetings.close(t.meeting)
    with pytest.raises(Refused, match="no longer changes"):
        door.meetings.add_case_by_code(t.meeting, "LIVCR-2025-000019")
    with pytest.raises(NoSuchRecord):
        door.meetings.add_case_by_code(99_999, "LIVCR-2025-000020")
    assert len(door.cases.list()) == before


def test_p13_items_are_reordered_and_only_empty_ones_removed(t: Table, door: UnlockedVault) -> None:
    items = [i.id for i in door.meetings.agenda(t.meeting)]
    door.meetings.move_item(t.closing, 1)
    assert door.meetings.agenda(t.meeting)[0].id == t.closing
    door.meetings.reorder(t.meeting, items)
    assert [i.id for i in door.meetings.agenda(t.meeting)] == items
    with pytest.raises(Refused, match="every item of the agenda once"):
        door.meetings.reorder(t.meeting, items[:-1])
    # The case item holds an item presence mark (the ad hoc participant): refused.
    contents = door.meetings.item_contents(t.case_item)
    assert (contents.presence, contents.empty) == (1, False)
    with pytest.raises(Refused, match="not removed"):
        door.meetings.remove_item(t.case_item)
    door.notes.add("Iets.", agenda_item_id=t.ltf_item)
    with pytest.raises(Refused, match="not removed"):
        door.meetings.remove_item(t.ltf_item)
    door.meetings.remove_item(t.opening)
    assert t.opening not in [i.id for i in door.meetings.agenda(t.meeting)]
    assert [i.position for i in door.meetings.agenda(t.meeting)] == list(range(1, len(items)))
    with pytest.raises(NoSuchRecord):
        door.meetings.remove_item(t.opening)


def test_p13_a_meeting_is_rescheduled_cancelled_or_closed_as_held(
    t: Table, door: UnlockedVault
) -> None:
    door.meetings.reschedule(
        t.later_meeting, starts_at=datetime(2026, 4, 9, 13, 30), place="Zaal B"
    )
    later = door.meetings.get(t.later_meeting)
    assert (later.starts_at, later.place) == (datetime(2026, 4, 9, 13, 30), "Zaal B")
    door.meetings.cancel(t.later_meeting)
    assert door.meetings.get(t.later_meeting).status is MeetingStatus.CANCELLED
    with pytest.raises(Refused, match="cancelled: its agenda no longer changes"):
        door.meetings.add_theme_item(t.later_meeting, "Alsnog")
    with pytest.raises(Refused, match="cannot become closed"):
        door.meetings.close(t.later_meeting)

    # Closing as held: the referrals on its agenda were discussed (P13).
    assert door.cases.get(t.case).stage is CaseStage.REFERRAL
    door.meetings.open(t.meeting)
    door.meetings.close(t.meeting)
    assert door.meetings.get(t.meeting).status is MeetingStatus.CLOSED
    assert door.cases.get(t.case).stage is CaseStage.DISCUSSED
    assert door.cases.stage_history(t.case)[-1].meeting_id == t.meeting
    assert door.cases.file(t.case).meetings[1].held
    with pytest.raises(Refused, match="closed: its agenda no longer changes"):
        door.meetings.add_theme_item(t.meeting, "Te laat")
    door.meetings.open(t.meeting)  # reopened to correct it
    assert door.meetings.get(t.meeting).status is MeetingStatus.IN_PROGRESS
    statuses = t.vault.query(
        "SELECT detail FROM audit_event WHERE kind = 'meeting_status' ORDER BY id"
    )
    assert [r[0] for r in statuses][-3:] == [
        "from:planned to:in_progress",
        "from:in_progress to:closed",
        "from:closed to:in_progress",
    ]


def test_p13_the_practice_template_with_the_running_cases_proposed(
    t: Table, door: UnlockedVault
) -> None:
    door.cases.move(t.case, CaseStage.DISCUSSED)
    door.cases.start_trajectory(
        t.case, lead_organisation="CAW", evaluation_on=date(2026, 3, 1), running=True
    )
    closed = door.cases.add(t.cell, "FIC-003")
    door.cases.close(closed, ClosureReason.OUT_OF_SCOPE, confirm_open=True)
    proposed = door.meetings.proposed_cases(t.cell)
    assert (proposed.running, proposed.new, proposed.to_evaluate) == (
        (t.case,),
        (t.minor_case,),
        (t.case,),
    )
    meeting = door.meetings.start_practice(
        t.cell,
        datetime(2026, 5, 7, 14, 0),
        TableKind.OPERATIONAL,
        running=proposed.running,
        new=proposed.new,
    )
    agenda = door.meetings.agenda(meeting)
    assert [i.section for i in agenda] == [
        AgendaSection.OPENING,
        AgendaSection.PREVIOUS_REPORT,
        AgendaSection.OPEN_ACTIONS,
        AgendaSection.RUNNING_CASES,
        AgendaSection.NEW_REFERRALS,
        AgendaSection.LTF,
        AgendaSection.VARIA,
        AgendaSection.NEXT_MEETING,
    ]
    assert [i.case_id for i in agenda if i.kind is AgendaItemKind.CASE] == [t.case, t.minor_case]
    assert door.meetings.item(agenda[-2].id).off_topic_on(TableKind.OPERATIONAL)  # C15
    # A case added later goes into its section: closing cases after the LTF item.
    item = door.meetings.add_case_item(meeting, closed, section=AgendaSection.CASES_TO_CLOSE)
    assert [i.id for i in door.meetings.agenda(meeting)].index(item) == 6
    theme = door.meetings.add_theme_item(meeting, "Signaal voor de strategische tafel")
    assert [i.id for i in door.meetings.agenda(meeting)][-2] == theme
    with pytest.raises(Refused, match="operational table"):
        door.meetings.practice_agenda(TableKind.STRATEGIC, running=[t.case])
    strategic = door.meetings.practice_agenda(TableKind.STRATEGIC)
    assert AgendaItemKind.LTF_DECISIONS not in [i.kind for i in strategic]
    with pytest.raises(Refused, match="another cell"):
        door.meetings.start_practice(
            t.cell, datetime(2026, 5, 8), TableKind.OPERATIONAL, new=[t.other_cell_case]
        )


def test_p8_a_minors_case_returning_to_the_agenda_asks_the_stepwise_check_again(
    t: Table, door: UnlockedVault
) -> None:
    door.cases.record_stepwise_check(t.minor_case, care_first=False, clear_signs=True)
    door.meetings.add_case_item(t.meeting, t.minor_case)
    assert door.meetings.stepwise_due(t.meeting) == []  # answered at intake, first time here
    door.meetings.add_case_item(t.later_meeting, t.minor_case)
    assert door.meetings.stepwise_due(t.later_meeting) == [t.minor_case]  # it returns
    door.attendance.set(t.later_meeting, t.me, AttendanceStatus.PRESENT)
    door.cases.record_stepwise_check(
        t.minor_case, care_first=False, clear_signs=True, meeting_id=t.later_meeting
    )
    assert door.meetings.stepwise_due(t.later_meeting) == []


def test_p13_what_is_unresolved_resurfaces_on_the_agenda(t: Table, door: UnlockedVault) -> None:
    """Overdue actions, informing to decide (P7), the stepwise check (P8) and trajectories
    due for evaluation come back on the next agenda until they are resolved."""
    overdue = door.actions.add(t.earlier_meeting, t.clb, "Te laat", due_date=date(2026, 2, 20))
    door.cases.record_stepwise_check(t.minor_case, care_first=True, clear_signs=False)
    door.meetings.add_case_item(t.earlier_meeting, t.minor_case)
    door.meetings.add_case_item(t.meeting, t.minor_case)
    running = door.cases.add(t.cell, "F-2025-0200")
    door.cases.move(running, CaseStage.DISCUSSED)
    door.cases.start_trajectory(
        running, lead_organisation="CAW", evaluation_on=date(2026, 3, 1), running=True
    )
    left_open = door.cases.add(t.cell, "F-2025-0201")  # not on this agenda
    item = door.meetings.add_case_item(t.earlier_meeting, left_open)
    door.decisions.record_inform_person(item, all_agree=True, fact_only=True)  # no police: open
    quiet = door.cases.add(t.cell, "F-2025-0202")  # never considered, not on the agenda
    reminders = door.meetings.reminders(t.meeting)
    assert reminders.on == date(2026, 3, 5)
    assert [e.action.id for e in reminders.overdue_actions] == [overdue]
    assert set(reminders.informing_undecided) == {t.case, t.minor_case, left_open}
    assert quiet not in reminders.informing_undecided
    assert reminders.stepwise_due == (t.minor_case,)
    assert reminders.trajectories_to_evaluate == (running,)
    # Resolved: they leave the agenda.
    door.actions.close(overdue, ActionStatus.DONE)
    door.cases.record_stepwise_check(
        t.minor_case, care_first=True, clear_signs=False, meeting_id=t.meeting
    )
    door.decisions.record_inform_postponed(t.case_item, until=date(2026, 6, 1))
    door.cases.close(running, ClosureReason.GOAL_REACHED, confirm_open=True)
    reminders = door.meetings.reminders(t.meeting)
    assert reminders.overdue_actions == ()
    assert reminders.stepwise_due == ()
    assert t.case not in reminders.informing_undecided
    assert reminders.trajectories_to_evaluate == ()
