"""Details of the domain API that protect the rules from careless callers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vault import Vault
from vault.attendance import attendance, set_attendance
from vault.cases import add_case
from vault.cells import add_cell
from vault.meetings import get_meeting, set_meeting_status, start_meeting
from vault.model import AttendanceStatus, MeetingStatus, ReleaseKind, Role, TableKind
from vault.notes import add_note
from vault.people import add_person
from vault.policy import Reason, may_release


def test_p9_changing_a_status_keeps_the_briefing_tick(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    meeting = start_meeting(vault, cell, datetime(2026, 3, 5, 14), TableKind.OPERATIONAL)
    person = add_person(vault, "Ad Hoc", Role.SCHOOL)
    set_attendance(vault, meeting, person, AttendanceStatus.PRESENT, ad_hoc=True, briefed=True)
    set_attendance(vault, meeting, person, AttendanceStatus.EXCUSED)
    (row,) = attendance(vault, meeting)
    assert (row.status, row.briefed, row.ad_hoc) == (AttendanceStatus.EXCUSED, True, True)
    set_attendance(vault, meeting, person, AttendanceStatus.PRESENT, briefed=False)
    (row,) = attendance(vault, meeting)
    assert not row.briefed


def test_cases_are_not_put_on_a_strategic_agenda(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    case = add_case(vault, cell, "FG-001")
    with pytest.raises(ValueError, match="operational"):
        start_meeting(vault, cell, datetime(2026, 3, 5, 14), TableKind.STRATEGIC, case_ids=[case])


def test_meeting_times_are_local_wall_clock(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    aware = datetime(2026, 3, 5, 13, 30, 45, tzinfo=UTC)
    meeting = get_meeting(vault, start_meeting(vault, cell, aware, TableKind.OPERATIONAL))
    assert meeting.starts_at.tzinfo is None
    assert meeting.starts_at == aware.astimezone().replace(tzinfo=None, second=0)


def test_a_note_cannot_mix_a_meeting_with_a_case_of_another_cell(vault: Vault) -> None:
    cell_a, cell_b = add_cell(vault, "A"), add_cell(vault, "B")
    case_b = add_case(vault, cell_b, "B-001")
    meeting_a = start_meeting(vault, cell_a, datetime(2026, 3, 5, 14), TableKind.OPERATIONAL)
    with pytest.raises(ValueError, match="another cell"):
        add_note(vault, "tekst", meeting_id=meeting_a, case_id=case_b)
    assert vault.query("SELECT count(*) FROM note") == [(0,)]


def test_p3_a_cancelled_meeting_cannot_be_where_a_release_was_agreed(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    owner = add_person(vault, "Eigenaar", Role.CLB)
    first = start_meeting(vault, cell, datetime(2026, 3, 5, 14), TableKind.OPERATIONAL)
    later = start_meeting(vault, cell, datetime(2026, 4, 5, 14), TableKind.OPERATIONAL)
    note = add_note(vault, "tekst", meeting_id=first)
    set_meeting_status(vault, later, MeetingStatus.CANCELLED)
    verdict = may_release(
        vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        colleague_id=None,
        agreed_meeting_id=later,
        info_owner_id=owner,
    )
    assert verdict.reason is Reason.AGREED_MEETING_INVALID
