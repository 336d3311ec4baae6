"""The permanent representative's view data, without a window (P3, P4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest

from vault import Vault
from vault.attendance import set_attendance, set_item_presence
from vault.cases import add_case
from vault.cells import add_cell, add_member, represent, sit_in_for, stop_representing
from vault.meetings import agenda, start_meeting
from vault.model import AgendaItemKind, AttendanceStatus, ReleaseKind, Role, TableKind
from vault.notes import add_note, update_note
from vault.people import add_person
from vault.policy import (
    DocumentKind,
    Reason,
    document_notes,
    feedback_refusal,
    released_feedback_refusals,
)
from vault.releases import release, tighten
from vault.representation_view import (
    feedback_entries,
    feedback_to_withdraw,
    represented,
    users_cells,
)


@dataclass
class World:
    me: int = 0
    lien: int = 0
    kobe: int = 0
    member_cell: int = 0
    other_cell: int = 0
    strange_cell: int = 0
    case: int = 0
    meeting: int = 0
    case_item: int = 0
    opening: int = 0


def _world(vault: Vault) -> World:
    """The user: member of one cell, representative of Lien and Kobe at another; a third
    cell is none of theirs. One meeting of the representation's cell, the user present
    and sitting in for both colleagues."""
    w = World()
    w.me = add_person(vault, "Ik Zelf", Role.YOUTH_OFFICER, organisation="Gemeente", is_self=True)
    w.lien = add_person(vault, "lien Collega", Role.YOUTH_WELFARE_WORKER, organisation="Gemeente")
    w.kobe = add_person(vault, "Kobe Collega", Role.HEAD_OF_LEISURE, organisation="Gemeente")
    w.member_cell = add_cell(vault, "B-cel waar ik lid ben")
    w.other_cell = add_cell(vault, "A-cel waar ik vertegenwoordig")
    w.strange_cell = add_cell(vault, "C-cel van anderen")
    add_member(vault, w.member_cell, w.me, structural=False)
    for colleague in (w.lien, w.kobe):
        represent(vault, w.other_cell, colleague)
    represent(vault, w.member_cell, w.lien)
    w.case = add_case(vault, w.other_cell, "TG-2026-0001")
    w.meeting = start_meeting(
        vault, w.other_cell, datetime(2026, 3, 5, 14), TableKind.OPERATIONAL, case_ids=[w.case]
    )
    items = agenda(vault, w.meeting)
    w.case_item = next(i.id for i in items if i.kind is AgendaItemKind.CASE)
    w.opening = next(i.id for i in items if i.kind is AgendaItemKind.OPENING)
    set_attendance(vault, w.meeting, w.me, AttendanceStatus.PRESENT, briefed=True)
    for colleague in (w.lien, w.kobe):
        sit_in_for(vault, w.meeting, colleague)
    return w


def _feedback(vault: Vault, w: World, note_id: int, colleague_id: int) -> int:
    return release(
        vault,
        note_id,
        ReleaseKind.FEEDBACK,
        info_owner_id=w.me,
        agreed_meeting_id=w.meeting,
        colleague_id=colleague_id,
    )


def _counting(monkeypatch: pytest.MonkeyPatch, run: Callable[[], object]) -> int:
    """How many statements ``run`` sends to the vault."""
    calls: list[str] = []
    real = Vault.query

    def counting(self: Vault, sql: str, params: Any = ()) -> list[Any]:
        calls.append(sql)
        return real(self, sql, params)

    monkeypatch.setattr(Vault, "query", counting)
    try:
        run()
    finally:
        monkeypatch.undo()
    return len(calls)


def test_p4_the_users_cells_are_those_they_sit_in_or_represent_at(vault: Vault) -> None:
    assert [c.name for c in users_cells(vault)] == []
    w = _world(vault)
    assert [c.id for c in users_cells(vault)] == [w.other_cell, w.member_cell]  # by name


def test_p4_before_the_user_described_themselves_every_cell_counts(vault: Vault) -> None:
    first = add_cell(vault, "Eerste")
    second = add_cell(vault, "Tweede")
    assert [c.id for c in users_cells(vault)] == [first, second]


def test_p4_represented_colleagues_by_name_with_their_cells(vault: Vault) -> None:
    w = _world(vault)
    found = represented(vault)
    assert [rc.person.id for rc in found] == [w.kobe, w.lien]  # case-folded: Kobe < lien
    assert [c.id for c in found[0].cells] == [w.other_cell]
    assert [c.id for c in found[1].cells] == [w.other_cell, w.member_cell]  # cells by name


def test_p3_p4_feedback_entries_hold_only_the_versions_released_to_that_colleague(
    vault: Vault,
) -> None:
    w = _world(vault)
    secret = add_note(vault, "TAFEL-ENKEL", agenda_item_id=w.case_item)
    for_lien = add_note(vault, "VOOR LIEN", agenda_item_id=w.case_item)
    for_kobe = add_note(vault, "VOOR KOBE", agenda_item_id=w.case_item)
    whole = add_note(vault, "OVER HET HELE OVERLEG", meeting_id=w.meeting)
    withdrawn = add_note(vault, "INGETROKKEN", agenda_item_id=w.opening)
    lien_release = _feedback(vault, w, for_lien, w.lien)
    _feedback(vault, w, for_kobe, w.kobe)
    whole_release = _feedback(vault, w, whole, w.lien)
    tighten(vault, _feedback(vault, w, withdrawn, w.lien))
    update_note(vault, for_lien, "VOOR LIEN en later getypt")  # P3: not what was released

    entries = feedback_entries(vault, w.lien)
    assert [e.release.id for e in entries] == [lien_release, whole_release]
    on_item, on_meeting = entries
    assert on_item.body == "VOOR LIEN"
    assert on_item.meeting is not None and on_item.meeting.id == w.meeting
    assert on_item.cell is not None and on_item.cell.id == w.other_cell
    assert on_item.item is not None and on_item.item.id == w.case_item
    assert on_item.case is not None and on_item.case.code == "TG-2026-0001"
    assert on_meeting.body == "OVER HET HELE OVERLEG"
    assert on_meeting.item is None and on_meeting.case is None
    assert all(e.release.note_id != secret for e in entries)
    assert [e.body for e in feedback_entries(vault, w.kobe)] == ["VOOR KOBE"]

    # The user turns out to have been out of the room for the case: its feedback, and
    # the note on the meeting as a whole, lose their grounds and are no longer shown.
    set_item_presence(vault, w.case_item, w.me, False)
    assert feedback_entries(vault, w.lien) == []
    assert feedback_refusal(vault, for_lien, w.lien) is Reason.NOT_REPRESENTED_FOR_ITEM


def test_p4_the_batched_refusals_are_the_one_feedback_rule(vault: Vault) -> None:
    w = _world(vault)
    notes = [
        add_note(vault, f"Noot {n}", agenda_item_id=i.id)
        for n, i in enumerate(agenda(vault, w.meeting))
    ]
    notes.append(add_note(vault, "Geheel", meeting_id=w.meeting))
    for note in notes:
        _feedback(vault, w, note, w.lien)
    _feedback(vault, w, notes[-1], w.kobe)
    assert set(released_feedback_refusals(vault, w.lien).values()) == {None}
    set_item_presence(vault, w.opening, w.me, False)
    sit_in_for(vault, w.meeting, w.kobe, False)
    for colleague in (w.lien, w.kobe):
        refusals = released_feedback_refusals(vault, colleague)
        assert refusals == {n: feedback_refusal(vault, n, colleague) for n in refusals}
    refused = {n for n, r in released_feedback_refusals(vault, w.lien).items() if r is not None}
    assert refused == {notes[0], notes[-1]}  # the opening, and the meeting as a whole
    assert released_feedback_refusals(vault, w.kobe) == {
        notes[-1]: Reason.NOT_REPRESENTED_FOR_ITEM  # no longer sat in for Kobe
    }


def test_the_view_and_the_feedback_sheet_cost_a_fixed_number_of_queries(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _world(vault)
    _feedback(vault, w, add_note(vault, "Eerste", agenda_item_id=w.case_item), w.lien)

    def costs() -> tuple[int, int, int, int, int]:
        sheet = DocumentKind.FEEDBACK_SHEET
        return (
            _counting(monkeypatch, lambda: feedback_entries(vault, w.lien)),
            _counting(monkeypatch, lambda: document_notes(vault, sheet, colleague_id=w.lien)),
            _counting(monkeypatch, lambda: represented(vault)),
            _counting(monkeypatch, lambda: users_cells(vault)),
            _counting(monkeypatch, lambda: feedback_to_withdraw(vault, w.other_cell, w.lien)),
        )

    few = costs()
    assert few == (11, 6, 4, 4, 1)
    for n in range(12):
        case = add_case(vault, w.other_cell, f"TG-2026-01{n:02}")
        meeting = start_meeting(
            vault,
            w.other_cell,
            datetime(2026, 4, 1 + n, 14),
            TableKind.OPERATIONAL,
            case_ids=[case],
        )
        set_attendance(vault, meeting, w.me, AttendanceStatus.PRESENT)
        sit_in_for(vault, meeting, w.lien)
        item = next(i.id for i in agenda(vault, meeting) if i.kind is AgendaItemKind.CASE)
        note = add_note(vault, f"Terugkoppeling {n}", agenda_item_id=item)
        release(
            vault,
            note,
            ReleaseKind.FEEDBACK,
            info_owner_id=w.me,
            agreed_meeting_id=meeting,
            colleague_id=w.lien,
        )
        colleague = add_person(vault, f"Collega {n}", Role.OTHER, organisation="Gemeente")
        represent(vault, w.other_cell, colleague)
    assert len(feedback_entries(vault, w.lien)) == 13
    assert len(document_notes(vault, DocumentKind.FEEDBACK_SHEET, colleague_id=w.lien)) == 13
    assert len(represented(vault)) == 14
    assert costs() == few


def test_p4_feedback_to_withdraw_is_what_ending_the_representation_withdraws(
    vault: Vault,
) -> None:
    w = _world(vault)
    for n in range(3):
        _feedback(vault, w, add_note(vault, f"Lien {n}", agenda_item_id=w.case_item), w.lien)
    _feedback(vault, w, add_note(vault, "Kobe", agenda_item_id=w.case_item), w.kobe)
    assert feedback_to_withdraw(vault, w.member_cell, w.lien) == 0
    count = feedback_to_withdraw(vault, w.other_cell, w.lien)
    assert count == 3
    assert len(stop_representing(vault, w.other_cell, w.lien)) == count
    assert feedback_to_withdraw(vault, w.other_cell, w.lien) == 0
    assert feedback_to_withdraw(vault, w.other_cell, w.kobe) == 1
