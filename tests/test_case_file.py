"""P13 (domain review M1): the case file — a case's history across meetings — and the case
list with its filters, through the door; no Qt. P1: table-only notes are marked; P5: who
was in the room for the case each time; P7: the informing status; P8: stepwise answers."""

from __future__ import annotations

from datetime import date

import pytest
from domain_strategies import Table

from vault.api import CaseFilters, UnlockedVault
from vault.exports import record_export
from vault.informing import InformingState
from vault.model import (
    AgendaItemKind,
    AttendanceStatus,
    CaseDecisionKind,
    CaseStage,
    DecisionKind,
    NoteKind,
)


def _item(door: UnlockedVault, meeting: int, case: int) -> int:
    return next(i.id for i in door.meetings.agenda(meeting) if i.case_id == case)


def test_p13_the_case_file_holds_its_history_across_meetings(t: Table, door: UnlockedVault) -> None:
    earlier_item = _item(door, t.earlier_meeting, t.case)
    later_item = _item(door, t.later_meeting, t.case)
    door.attendance.set(t.earlier_meeting, t.me, AttendanceStatus.PRESENT)
    door.attendance.set(t.earlier_meeting, t.clb, AttendanceStatus.PRESENT)
    first = door.notes.add("Aanmelding door de school.", agenda_item_id=earlier_item)
    released = door.notes.add("Gezin werkt mee.", agenda_item_id=t.case_item)
    t.release_own(released)
    table_only = door.notes.add("Wat de politie vertelde.", agenda_item_id=t.case_item)
    inform = door.decisions.record_inform_person(t.case_item, all_agree=True, fact_only=True)
    trajectory = door.decisions.record_trajectory(
        t.case_item,
        "Begeleiding door het CAW.",
        lead_organisation="CAW",
        evaluation_on=date(2026, 4, 2),
    )
    action = door.actions.add(t.meeting, t.clb, "School bellen", agenda_item_id=t.case_item)
    door.actions.add(
        t.later_meeting, None, "Huisbezoek", owner_organisation="OCMW", agenda_item_id=later_item
    )
    export = record_export(t.vault, "own_dossier", [released], meeting_id=t.meeting, case_id=t.case)
    other = door.notes.add("Elders over een andere casus.", agenda_item_id=t.ltf_item)

    case_file = door.cases.file(t.case)
    assert case_file.case.code == "FIC-001"
    assert case_file.cell.id == t.cell
    assert [m.meeting.id for m in case_file.meetings] == [
        t.earlier_meeting,
        t.meeting,
        t.later_meeting,
    ]
    before, now, after = case_file.meetings
    assert [n.note.id for n in before.notes] == [first]
    assert [p.id for p in before.present] == [t.clb, t.me]  # by name
    texts = {n.note.id: n for n in now.notes}
    assert texts[released].label.own_dossier and not texts[released].label.table_only
    assert texts[table_only].label.table_only  # marked: stays at the table (P1)
    assert other not in texts
    assert {n.note.kind for n in now.notes} >= {NoteKind.DECISION_TEXT, NoteKind.ACTION_DESCRIPTION}
    assert [d.id for d in now.decisions] == [inform, trajectory]
    assert now.decisions[0].kind is DecisionKind.INFORM_PERSON
    assert now.details[trajectory].kind is CaseDecisionKind.TRAJECTORY
    assert [a.id for a in now.actions] == [action]
    assert {p.id for p in now.present} == {t.me, t.mayor, t.police, t.clb, t.adhoc}  # P5
    assert [e.id for e in now.exports] == [export]
    assert [a.owner_organisation for a in after.actions] == ["OCMW"]
    assert [e.id for e in case_file.exports] == [export]
    assert case_file.informing.state is InformingState.ALLOWED
    assert len(case_file.open_actions) == 2
    assert [s.stage for s in case_file.stages][-1] is CaseStage.TRAJECTORY_PROPOSED
    assert case_file.people[t.clb].name == "CLB Proefmans"


def test_p8_the_case_file_shows_the_stepwise_answers_per_meeting(
    t: Table, door: UnlockedVault
) -> None:
    door.cases.record_stepwise_check(t.minor_case, care_first=True, clear_signs=None)
    item = door.meetings.add_item(t.meeting, AgendaItemKind.CASE, case_id=t.minor_case)
    door.cases.record_stepwise_check(
        t.minor_case, care_first=True, clear_signs=False, meeting_id=t.meeting
    )
    case_file = door.cases.file(t.minor_case)
    assert [s.clear_signs for s in case_file.intake_stepwise] == [None]
    [entry] = case_file.meetings
    assert entry.items[0].id == item
    assert [(s.care_first, s.clear_signs) for s in entry.stepwise] == [(True, False)]


def test_p13_the_case_file_loads_in_a_fixed_number_of_queries(
    t: Table, door: UnlockedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No query per meeting: a case on three agendas costs what a case on one costs."""
    once = door.cases.add(t.cell, "FIC-777")
    door.meetings.add_item(t.meeting, AgendaItemKind.CASE, case_id=once)
    for meeting in (t.earlier_meeting, t.meeting, t.later_meeting):
        door.notes.add("Iets.", agenda_item_id=_item(door, meeting, t.case))
        door.attendance.set(meeting, t.me, AttendanceStatus.PRESENT)
    calls: list[str] = []
    real = t.vault.query

    def counting(sql: str, params: object = ()) -> list[tuple[object, ...]]:
        calls.append(sql)
        return real(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(t.vault, "query", counting)
    door.cases.file(t.case)
    three = len(calls)
    calls.clear()
    door.cases.file(once)
    assert three == len(calls) <= 20


def test_p13_the_case_list_filters_by_status_cell_minor_and_informing(
    t: Table, door: UnlockedVault
) -> None:
    door.decisions.record_inform_person(t.case_item, all_agree=True, fact_only=True)
    door.cases.move(t.minor_case, CaseStage.SCREENING)
    door.actions.add(t.meeting, t.me, "Opvolgen", agenda_item_id=t.case_item)
    every = door.cases.overview()
    assert [r.case.code for r in every] == ["DNK-001", "FIC-001", "FIC-002"]
    row = next(r for r in every if r.case.id == t.case)
    assert (row.meetings, row.last_on_agenda, row.open_actions) == (3, date(2026, 4, 2), 1)
    assert row.informing.state is InformingState.ALLOWED and not row.informing_undecided

    def codes(filters: CaseFilters) -> list[str]:
        return [r.case.code for r in door.cases.overview(filters)]

    assert codes(CaseFilters(cell_id=t.cell)) == ["FIC-001", "FIC-002"]
    assert codes(CaseFilters(stages=frozenset({CaseStage.SCREENING}))) == ["FIC-002"]
    assert codes(CaseFilters(stages=frozenset())) == []
    assert codes(CaseFilters(minor=True)) == ["FIC-002"]
    assert codes(CaseFilters(minor=False, cell_id=t.cell)) == ["FIC-001"]
    assert codes(CaseFilters(stepwise_open=True)) == ["FIC-002"]
    assert codes(CaseFilters(informing=frozenset({InformingState.ALLOWED}))) == ["FIC-001"]
    assert codes(CaseFilters(informing_undecided=True)) == ["DNK-001", "FIC-002"]
    assert codes(CaseFilters(code="fic-00", cell_id=t.cell, minor=True)) == ["FIC-002"]
    with pytest.raises(Exception, match="no such record"):
        door.cases.file(9999)
