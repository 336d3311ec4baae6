"""Meetings, agenda, actions, note history, deletion and retention review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from conftest import FakeClock
from domain_strategies import Table

from vault import Vault
from vault.actions import actions_of, add_action, close_action, get_action, open_actions_before
from vault.cases import add_case
from vault.cells import add_cell, get_cell, update_cell
from vault.decisions import get_decision, record_ltf_form
from vault.exports import exports_of_note, get_export, record_export
from vault.meetings import (
    add_agenda_item,
    agenda,
    get_agenda_item,
    get_meeting,
    list_meetings,
    previous_meeting,
    start_meeting,
    template_agenda,
)
from vault.model import (
    ActionStatus,
    AgendaItemKind,
    MeetingStatus,
    NotDoneReason,
    Position,
    Role,
    TableKind,
)
from vault.notes import (
    MAX_REVISIONS,
    REVISION_INTERVAL,
    add_note,
    delete_note,
    get_note,
    list_notes,
    revisions,
    update_note,
)
from vault.participation import get_assessment, save_assessment
from vault.people import add_person
from vault.policy import DocumentKind, document_notes
from vault.releases import add_prepared_input, prepared_inputs, releases_of
from vault.retention import due_for_review

K = AgendaItemKind


def fts_count(vault: Vault, word: str) -> int:
    return int(vault.query("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?", (word,))[0][0])


def table_counts(vault: Vault) -> dict[str, int]:
    names = [
        str(r[0])
        for r in vault.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'note_fts%'"
            " AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(vault.query(f"SELECT count(*) FROM {n}")[0][0]) for n in names}


# ---------------------------------------------------------------------------- agenda


def test_operational_meeting_gets_the_template_agenda(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    cases = [add_case(vault, cell, "A-1"), add_case(vault, cell, "A-2")]
    meeting = start_meeting(
        vault,
        cell,
        datetime(2026, 3, 5, 9),
        TableKind.OPERATIONAL,
        place="Raadzaal",
        case_ids=cases,
    )
    items = agenda(vault, meeting)
    assert [(i.kind, i.case_id) for i in items] == [
        (K.OPENING, None),
        (K.OPEN_ACTIONS, None),
        (K.CASE, cases[0]),
        (K.CASE, cases[1]),
        (K.LTF_DECISIONS, None),
        (K.CLOSING, None),
    ]
    assert [i.position for i in items] == [1, 2, 3, 4, 5, 6]
    m = get_meeting(vault, meeting)
    assert (m.table_kind, m.place, m.status, m.cell_id) == (
        TableKind.OPERATIONAL,
        "Raadzaal",
        MeetingStatus.PLANNED,
        cell,
    )


def test_strategic_meeting_gets_a_theme_and_no_case_or_ltf_items(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    meeting = start_meeting(vault, cell, datetime(2026, 3, 5, 9), TableKind.STRATEGIC)
    assert [i.kind for i in agenda(vault, meeting)] == [
        K.OPENING,
        K.OPEN_ACTIONS,
        K.THEME,
        K.CLOSING,
    ]
    assert template_agenda(TableKind.OPERATIONAL) == [
        (K.OPENING, None),
        (K.OPEN_ACTIONS, None),
        (K.LTF_DECISIONS, None),
        (K.CLOSING, None),
    ]


def test_added_items_go_before_the_ltf_decisions(t: Table) -> None:
    other = add_agenda_item(t.vault, t.meeting, K.OTHER, title="Varia")
    at_end = add_agenda_item(t.vault, t.meeting, K.THEME, before_kind=None)
    kinds = [(i.kind, i.id) for i in agenda(t.vault, t.meeting)]
    assert [k for k, _ in kinds] == [
        K.OPENING,
        K.OPEN_ACTIONS,
        K.CASE,
        K.OTHER,
        K.LTF_DECISIONS,
        K.CLOSING,
        K.THEME,
    ]
    assert [i.position for i in agenda(t.vault, t.meeting)] == list(range(1, 8))
    assert (kinds[3][1], kinds[6][1]) == (other, at_end)


def test_other_items_are_off_topic_on_an_operational_table(t: Table) -> None:
    added = add_agenda_item(t.vault, t.meeting, K.OTHER, title="Sportkamp")
    other = get_agenda_item(t.vault, added)
    assert (other.kind, other.title, other.meeting_id) == (K.OTHER, "Sportkamp", t.meeting)
    assert other.off_topic_on(TableKind.OPERATIONAL)
    assert not other.off_topic_on(TableKind.STRATEGIC)
    for item in agenda(t.vault, t.meeting):
        if item.kind is not K.OTHER:
            assert not item.off_topic_on(TableKind.OPERATIONAL)


def test_meetings_are_listed_in_time_order(t: Table) -> None:
    assert [m.id for m in list_meetings(t.vault, t.cell)] == [
        t.earlier_meeting,
        t.meeting,
        t.later_meeting,
    ]
    assert previous_meeting(t.vault, t.later_meeting).id == t.meeting  # type: ignore[union-attr]
    assert previous_meeting(t.vault, t.earlier_meeting) is None
    assert previous_meeting(t.vault, t.other_cell_meeting) is None


# ---------------------------------------------------------------------------- actions


def test_open_actions_carry_forward_until_closed(t: Table) -> None:
    v = t.vault
    early = add_action(v, t.earlier_meeting, t.clb, "Eerdere actie", due_date=date(2026, 3, 1))
    now = add_action(
        v, t.meeting, t.mayor, "Actie van vandaag", agenda_item_id=t.case_item, case_id=t.case
    )
    elsewhere = add_action(v, t.other_cell_meeting, t.me, "Andere cel")
    assert [a.id for a in open_actions_before(v, t.meeting)] == [early]
    assert [a.id for a in open_actions_before(v, t.later_meeting)] == [early, now]
    assert open_actions_before(v, t.earlier_meeting) == []
    assert elsewhere not in [a.id for a in open_actions_before(v, t.later_meeting)]

    close_action(v, early, ActionStatus.DONE)
    assert [a.id for a in open_actions_before(v, t.later_meeting)] == [now]
    close_action(v, now, ActionStatus.NOT_DONE, NotDoneReason.CIRCUMSTANCES_CHANGED)
    assert open_actions_before(v, t.later_meeting) == []
    closed = get_action(v, now)
    assert (closed.status, closed.not_done_reason) == (
        ActionStatus.NOT_DONE,
        NotDoneReason.CIRCUMSTANCES_CHANGED,
    )
    close_action(v, now, ActionStatus.OPEN)  # reopened: it carries forward again
    assert [a.id for a in open_actions_before(v, t.later_meeting)] == [now]
    assert get_action(v, now).not_done_reason is None
    assert [a.id for a in actions_of(v, t.meeting)] == [now]


def test_an_action_needs_a_reason_exactly_when_not_done(t: Table) -> None:
    v = t.vault
    action = add_action(v, t.meeting, t.clb, "Bellen")
    with pytest.raises(ValueError, match="reason"):
        close_action(v, action, ActionStatus.NOT_DONE)
    for status in (ActionStatus.DONE, ActionStatus.OPEN):
        with pytest.raises(ValueError, match="reason"):
            close_action(v, action, status, NotDoneReason.NOT_ACTED)
    assert get_action(v, action).status is ActionStatus.OPEN
    close_action(v, action, ActionStatus.NOT_DONE, NotDoneReason.NOT_ACTED)
    with pytest.raises(KeyError):
        close_action(v, 987_654, ActionStatus.DONE)


def test_action_facts_are_metadata_and_its_description_a_note(t: Table) -> None:
    v = t.vault
    action = get_action(
        v,
        add_action(
            v,
            t.meeting,
            t.clb,
            "Omschrijving",
            due_date=date(2026, 4, 1),
            agenda_item_id=t.case_item,
        ),
    )
    assert (action.owner_id, action.due_date, action.agenda_item_id) == (
        t.clb,
        date(2026, 4, 1),
        t.case_item,
    )
    assert action.description_note_id is not None
    note = get_note(v, action.description_note_id)
    assert (note.body, note.case_id, note.agenda_item_id) == ("Omschrijving", t.case, t.case_item)


def test_composite_records_leave_no_stray_note_when_they_fail(t: Table) -> None:
    """A decision, action, prepared input or assessment and its text are one write."""
    v = t.vault
    before = table_counts(v)
    missing = 987_654
    attempts: list[Callable[[], object]] = [
        lambda: add_action(v, t.meeting, missing, "Eigenaar bestaat niet"),
        lambda: add_action(
            v,
            t.meeting,
            t.clb,
            "Punt van ander overleg",
            agenda_item_id=agenda(v, t.later_meeting)[0].id,
        ),
        lambda: add_prepared_input(v, missing, t.meeting, "Collega bestaat niet"),
        lambda: record_ltf_form(
            v, t.case_item, "Fiche", {missing: Position.APPROVE}, info_owner_id=t.me
        ),
        lambda: save_assessment(v, missing, {}, None, "Cel bestaat niet"),
    ]
    for attempt in attempts:
        with pytest.raises(Exception):  # noqa: B017 - integrity or value error, either way
            attempt()
    assert table_counts(v) == before
    assert fts_count(v, "bestaat") == 0


# ---------------------------------------------------------------------------- history


def test_revisions_are_coalesced_within_the_interval(t: Table, clock: FakeClock) -> None:
    v = t.vault
    note = add_note(v, "v0", agenda_item_id=t.case_item)
    update_note(v, note, "v1")  # first change: the original is kept
    clock.advance(seconds=30)
    update_note(v, note, "v2")
    clock.advance(seconds=30)
    update_note(v, note, "v3")  # autosave every few seconds: no revision for each
    assert [b for _, b in revisions(v, note)] == ["v0"]
    clock.advance(minutes=3)
    update_note(v, note, "v4")
    assert [b for _, b in revisions(v, note)] == ["v0", "v3"]
    update_note(v, note, "v4")  # unchanged text: nothing happens
    assert len(revisions(v, note)) == 2
    assert REVISION_INTERVAL.total_seconds() < 180
    assert get_note(v, note).body == "v4"


def test_revision_history_is_capped(t: Table, clock: FakeClock) -> None:
    v = t.vault
    note = add_note(v, "versie 0")
    total = MAX_REVISIONS + 7
    for n in range(1, total + 1):
        clock.advance(minutes=3)
        update_note(v, note, f"versie {n}")
    kept = [b for _, b in revisions(v, note)]
    assert len(kept) == MAX_REVISIONS
    assert kept == [f"versie {n}" for n in range(total - MAX_REVISIONS, total)], "newest kept"
    stamps = [s for s, _ in revisions(v, note)]
    assert stamps == sorted(stamps)


def test_updating_an_unknown_note_is_an_error(t: Table) -> None:
    with pytest.raises(KeyError):
        update_note(t.vault, 987_654, "x")
    with pytest.raises(KeyError):
        get_note(t.vault, 987_654)


# ---------------------------------------------------------------------------- deletion


def test_deleting_a_note_is_real(t: Table, clock: FakeClock) -> None:
    v = t.vault
    note = add_note(v, "Vertrouwelijk zwaluwnest", agenda_item_id=t.case_item)
    keep = add_note(v, "Blijft staan", agenda_item_id=t.case_item)
    clock.advance(minutes=3)
    update_note(v, note, "Vertrouwelijk zwaluwnest bijgewerkt")
    t.release_own(note)
    t.release_feedback(note, t.colleague)
    export = record_export(v, DocumentKind.FEEDBACK_SHEET, [note, keep], recipient_id=t.colleague)
    assert fts_count(v, "zwaluwnest") == 1

    delete_note(v, note)

    assert [n.id for n in list_notes(v)] == [keep]
    with pytest.raises(KeyError):
        get_note(v, note)
    assert revisions(v, note) == [] and releases_of(v, note) == []
    assert fts_count(v, "zwaluwnest") == 0 and fts_count(v, "blijft") == 1
    assert v.query("SELECT count(*) FROM note_revision WHERE note_id = ?", (note,))[0][0] == 0
    assert document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague) == []
    assert get_export(v, export).note_ids == (None, keep), "the export stays listed (P3)"
    assert exports_of_note(v, note) == []
    (event,) = v.query("SELECT kind, subject, detail FROM audit_event WHERE kind = 'note_deleted'")
    assert tuple(event) == ("note_deleted", f"note:{note}", "")
    assert not v.query(
        "SELECT 1 FROM audit_event WHERE detail LIKE '%zwaluw%' OR subject LIKE '%zwaluw%'"
    )
    with pytest.raises(KeyError):
        delete_note(v, note)


def test_deleting_a_records_text_keeps_the_record(t: Table) -> None:
    v = t.vault
    decision, _ = record_ltf_form(v, t.case_item, "Fiche", {}, info_owner_id=t.me)
    action = add_action(v, t.meeting, t.clb, "Actie")
    add_prepared_input(v, t.colleague, t.meeting, "Voorbereid")
    assessment = save_assessment(v, t.cell, {}, None, "Motivatie")
    texts = [
        get_decision(v, decision).text_note_id,
        get_action(v, action).description_note_id,
        prepared_inputs(v, t.colleague)[0][1],
        get_assessment(v, assessment).motivation_note_id,
    ]
    for note in texts:
        assert note is not None
        delete_note(v, note)
    assert get_decision(v, decision).text_note_id is None
    assert get_action(v, action).description_note_id is None
    assert get_assessment(v, assessment).motivation_note_id is None
    assert prepared_inputs(v, t.colleague) == [], "prepared input is nothing but its text"
    assert list_notes(v) == []


# ---------------------------------------------------------------------------- retention


def test_p13_retention_review_lists_old_notes_without_a_case_and_deletes_nothing(
    t: Table, clock: FakeClock
) -> None:
    v = t.vault
    assert get_cell(v, t.cell).retention_months == 12
    old = add_note(v, "Van het vroegere overleg", agenda_item_id=agenda(v, t.earlier_meeting)[0].id)
    recent = add_note(v, "Van het latere overleg", agenda_item_id=agenda(v, t.later_meeting)[0].id)
    case_items = [i for i in agenda(v, t.earlier_meeting) if i.case_id is not None]
    on_a_case = add_note(v, "Over de casus", agenda_item_id=case_items[0].id)
    other_cell = add_note(v, "Andere cel (24 maanden)", meeting_id=t.other_cell_meeting)
    reflection = add_note(v, "Eigen reflectie")  # written 2026-03-05 (fake clock)
    before = table_counts(v)

    assert due_for_review(v, date(2027, 2, 4)) == []
    due = due_for_review(v, date(2027, 2, 5))  # exactly 12 months after the earlier meeting
    assert [i.note_id for i in due] == [old]
    assert (due[0].written_on, due[0].review_from, due[0].cell_id) == (
        date(2026, 2, 5),
        date(2027, 2, 5),
        t.cell,
    )
    assert [i.note_id for i in due_for_review(v, date(2027, 4, 2))] == [old, recent]
    assert [i.note_id for i in due_for_review(v, date(2028, 3, 10))] == [
        old,
        other_cell,
        reflection,
        recent,
    ]
    assert table_counts(v) == before, "the program never deletes by itself"
    # P13: a note on a case follows its case (review from the case's closure), however old.
    assert on_a_case not in {i.note_id for i in due_for_review(v, date(2040, 1, 1))}

    cell = get_cell(v, t.cell)
    update_cell(
        v,
        t.cell,
        name=cell.name,
        framework_text=cell.framework_text,
        local_definition=cell.local_definition,
        retention_months=60,
    )
    assert {i.note_id for i in due_for_review(v, date(2028, 3, 10))} == {other_cell, reflection}


def test_retention_months_are_calendar_months(vault: Vault) -> None:
    cell = add_cell(vault, "Cel", retention_months=1)
    meeting = start_meeting(vault, cell, datetime(2024, 1, 31, 9), TableKind.STRATEGIC)
    note = add_note(vault, "Eind januari", meeting_id=meeting)
    assert due_for_review(vault, date(2024, 2, 28)) == []
    (item,) = due_for_review(vault, date(2024, 2, 29))  # leap year: end of February
    assert item.note_id == note and item.review_from == date(2024, 2, 29)


def test_cells_refuse_retention_below_a_month(vault: Vault) -> None:
    with pytest.raises(ValueError):
        add_cell(vault, "Cel", retention_months=0)
    with pytest.raises(ValueError):
        add_cell(vault, "  ")
    assert add_person(vault, "Iemand", Role.OTHER)
    with pytest.raises(ValueError):
        add_person(vault, " ", Role.OTHER)
