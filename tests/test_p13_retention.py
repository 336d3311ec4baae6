"""P13 (domain review C14, M7, M11): retention follows the case — review counts from
closure, by closure reason (short for out of scope, shorter for minors), defaults
settable per cell; deleting a case is real (notes, decisions, actions, flags, attendance
links, search index) and leaves a record without content for the registers. Through the
door, no Qt; one flow over three meetings from referral to the deletion record."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from conftest import FakeClock
from domain_strategies import Table

from vault.api import UnlockedVault
from vault.errors import NoSuchRecord, Refused
from vault.exports import get_export, record_export
from vault.model import ActionStatus, AttendanceStatus, CaseStage, ClosureReason, ReleaseKind
from vault.retention import DEFAULT_CASE_RETENTION, DEFAULT_MINOR_CASE_RETENTION


def _item(door: UnlockedVault, meeting: int, case: int) -> int:
    return next(i.id for i in door.meetings.agenda(meeting) if i.case_id == case)


def test_p13_review_periods_by_closure_reason_are_shorter_out_of_scope_and_for_minors(
    t: Table, door: UnlockedVault
) -> None:
    assert DEFAULT_CASE_RETENTION[ClosureReason.OUT_OF_SCOPE] < min(
        m for r, m in DEFAULT_CASE_RETENTION.items() if r is not ClosureReason.OUT_OF_SCOPE
    )
    for reason, months in DEFAULT_CASE_RETENTION.items():
        assert DEFAULT_MINOR_CASE_RETENTION[reason] < months or months <= 12
        assert DEFAULT_MINOR_CASE_RETENTION[reason] <= 12
    periods = door.retention.case_periods(t.cell)
    assert periods[(ClosureReason.GOAL_REACHED, False)] == 24
    assert periods[(ClosureReason.OUT_OF_SCOPE, True)] == 3
    door.retention.set_case_period(t.cell, ClosureReason.GOAL_REACHED, 36)
    door.retention.set_case_period(t.cell, ClosureReason.MOVED, 6, minor=True)
    periods = door.retention.case_periods(t.cell)
    assert periods[(ClosureReason.GOAL_REACHED, False)] == 36
    assert periods[(ClosureReason.MOVED, True)] == 6
    assert door.retention.case_periods(t.other_cell)[(ClosureReason.GOAL_REACHED, False)] == 24
    door.retention.set_case_period(t.cell, ClosureReason.GOAL_REACHED, None)  # default again
    assert door.retention.case_periods(t.cell)[(ClosureReason.GOAL_REACHED, False)] == 24
    with pytest.raises(Refused, match="between 1 and 600"):
        door.retention.set_case_period(t.cell, ClosureReason.OTHER, 0)
    with pytest.raises(NoSuchRecord):
        door.retention.case_periods(9999)


def test_p13_review_starts_at_closure(t: Table, door: UnlockedVault) -> None:
    out = door.cases.add(t.cell, "F-2025-0100")
    minor = door.cases.add(t.cell, "F-2025-0101", subject_is_minor=True)
    done = door.cases.add(t.cell, "F-2025-0102")
    for case in (out, minor, done):
        door.cases.close(
            case,
            ClosureReason.OUT_OF_SCOPE if case != done else ClosureReason.GOAL_REACHED,
            on=date(2026, 1, 10),
            confirm_open=True,
        )
    assert door.retention.cases_due(date(2026, 4, 9)) == []
    assert [c.code for c in door.retention.cases_due(date(2026, 4, 10))] == ["F-2025-0101"]
    due = door.retention.cases_due(date(2026, 7, 10))
    assert [(c.code, c.months, c.review_from) for c in due] == [
        ("F-2025-0100", 6, date(2026, 7, 10)),
        ("F-2025-0101", 3, date(2026, 4, 10)),
    ]
    assert [c.code for c in door.retention.cases_due(date(2028, 1, 10))][-1] == "F-2025-0102"
    assert t.case not in {c.case_id for c in door.retention.cases_due(date(2040, 1, 1))}  # open


def test_p13_a_case_over_three_meetings_from_referral_to_its_deletion_record(
    t: Table, door: UnlockedVault, clock: FakeClock
) -> None:
    """Referral → discussed → trajectory → closure → retention review → deletion."""
    first, second, third = (
        _item(door, m, t.case) for m in (t.earlier_meeting, t.meeting, t.later_meeting)
    )
    for meeting in (t.earlier_meeting, t.later_meeting):
        door.attendance.set(meeting, t.me, AttendanceStatus.PRESENT)
    door.notes.add(
        "Aanmelding: zorgwekkende uitspraken op school (zeldzaamwoord).", agenda_item_id=first
    )
    door.meetings.close(t.earlier_meeting)
    assert door.cases.get(t.case).stage is CaseStage.DISCUSSED
    released = door.notes.add("Het gezin werkt mee.", agenda_item_id=second)
    t.release_own(released)
    door.decisions.record_inform_person(second, all_agree=True, fact_only=True)
    door.decisions.record_trajectory(
        second, "Begeleiding door het CAW.", lead_organisation="CAW", evaluation_on=date(2026, 4, 2)
    )
    action = door.actions.add(t.meeting, t.clb, "School contacteren", agenda_item_id=second)
    door.actions.close(action, ActionStatus.DONE)
    export = record_export(t.vault, "own_dossier", [released], case_id=t.case, meeting_id=t.meeting)
    door.meetings.close(t.meeting)
    door.decisions.record_closure(third, "Doel bereikt.", reason=ClosureReason.GOAL_REACHED)
    door.meetings.close(t.later_meeting)
    case = door.cases.get(t.case)
    assert (case.stage, case.closed_on) == (CaseStage.CLOSED, date(2026, 4, 2))

    # Review from closure: the cell's default for goal reached, two years.
    assert t.case not in {c.case_id for c in door.retention.cases_due(date(2028, 4, 1))}
    [due] = [c for c in door.retention.cases_due(date(2028, 4, 2)) if c.case_id == t.case]
    assert due.reason is ClosureReason.GOAL_REACHED

    preview = door.retention.deletion_preview(t.case)
    assert (preview.code, preview.meetings, preview.agenda_items) == ("FIC-001", 3, 3)
    assert (preview.decisions, preview.actions, preview.exports) == (3, 1, 1)
    assert preview.notes == 5  # two notes, two decision texts, one action description
    assert preview.presence_marks == 1  # the ad hoc participant's mark on the case item
    with pytest.raises(Refused, match="changed since"):
        door.notes.add("Nog iets.", agenda_item_id=third)
        door.retention.delete_case(t.case, expected=preview)
    preview = door.retention.deletion_preview(t.case)
    clock.advance(days=760)
    record_id = door.retention.delete_case(
        t.case, selection_list_ref="VVSG-selectielijst 2024, reeks 7.3", expected=preview
    )

    # Gone for real: the case, its notes, decisions, actions, items, flags, search entries.
    v = t.vault
    for table, column in (
        ("casus", "id"),
        ("note", "case_id"),
        ("agenda_item", "case_id"),
        ("action", "case_id"),
        ("decision_detail", "case_id"),
        ("case_stage", "case_id"),
        ("stepwise_answer", "case_id"),
    ):
        assert v.query(f"SELECT count(*) FROM {table} WHERE {column} = ?", (t.case,))[0][0] == 0
    assert (
        v.query(
            "SELECT count(*) FROM decision WHERE meeting_id IN (?, ?, ?)",
            (t.earlier_meeting, t.meeting, t.later_meeting),
        )[0][0]
        == 0
    )
    assert (
        v.query("SELECT count(*) FROM item_attendance WHERE agenda_item_id = ?", (second,))[0][0]
        == 0
    )
    assert door.search("zeldzaamwoord") == []
    assert v.query("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'zeldzaamwoord'")[0][0] == 0
    assert (
        v.query("SELECT count(*) FROM release WHERE kind = ?", (ReleaseKind.OWN_DOSSIER.value,))[0][
            0
        ]
        == 0
    )
    # The meetings stay; the export stays recorded without the case or its note.
    assert door.meetings.get(t.meeting).id == t.meeting
    kept = get_export(v, export)
    assert (kept.case_id, kept.note_ids) == (None, (None,))

    [record] = door.retention.deletion_records()
    assert record.id == record_id
    assert (record.code, record.cell_id, record.closure_reason) == (
        "FIC-001",
        t.cell,
        ClosureReason.GOAL_REACHED,
    )
    assert (record.first_discussed_on, record.last_discussed_on, record.meetings) == (
        date(2026, 2, 5),
        date(2026, 4, 2),
        3,
    )
    assert (record.notes, record.decisions, record.actions, record.exports) == (6, 3, 1, 1)
    rows = list(csv.reader(io.StringIO(door.retention.deletion_register_csv())))
    assert rows[0][:2] == ["case_code", "cell"]
    assert rows[1][:5] == [
        "FIC-001",
        "LIVC R Fictiegem",
        "2026-03-05",
        "2026-04-02",
        "goal_reached",
    ]
    assert rows[1][-2] == "VVSG-selectielijst 2024, reeks 7.3"
    everything = door.retention.deletion_register_csv()
    assert "gezin" not in everything and "CAW" not in everything  # no content
    audit = v.query("SELECT subject, detail FROM audit_event WHERE kind = 'case_deleted'")
    assert audit == [
        (f"case:{t.case}", f"record:{record_id} notes:6 decisions:3 actions:1 items:3")
    ]


def test_p13_only_a_closed_case_is_deleted(t: Table, door: UnlockedVault) -> None:
    with pytest.raises(Refused, match="close it first"):
        door.retention.delete_case(t.case)
    with pytest.raises(NoSuchRecord):
        door.retention.deletion_preview(9999)


def test_p13_a_deletion_record_is_safe_in_a_spreadsheet(t: Table, door: UnlockedVault) -> None:
    case = door.cases.add(t.cell, "X-1")
    door.cases.close(case, ClosureReason.OTHER, confirm_open=True)
    door.retention.delete_case(case, selection_list_ref="=HYPERLINK(1)")
    rows = list(csv.reader(io.StringIO(door.retention.deletion_register_csv())))
    assert rows[1][-2] == "'=HYPERLINK(1)"
