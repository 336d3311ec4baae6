"""Composition (domain review C20; law of 30 July 2018, art. 3 § 1): the legal core of the
cell — the mayor or a stand-in, the chief of police or the information officer, the
prevention official — is noticed when missing, and an LTF consensus for a case without any
police participant present says so. A notice, never a block.
"""

from __future__ import annotations

from datetime import datetime

from domain_strategies import Table

from vault.attendance import set_attendance, set_item_presence
from vault.composition import CoreSeat, ltf_without_police, missing_core
from vault.meeting_view import load_meeting_view
from vault.meetings import start_meeting
from vault.model import AttendanceStatus, Person, Role, TableKind
from vault.people import add_person


def _person(role: Role, pid: int = 1) -> Person:
    return Person(pid, f"Iemand {pid}", "Org", role, professional=True, is_self=False)


def test_composition_the_legal_core_is_mayor_police_and_prevention_official() -> None:
    core = [
        _person(Role.MAYOR, 1),
        _person(Role.INFORMATION_OFFICER, 2),
        _person(Role.PREVENTION_OFFICER, 3),
    ]
    assert missing_core(core) == ()
    assert missing_core([*core[:1], _person(Role.POLICE_CHIEF, 4), *core[2:]]) == ()
    assert missing_core(core[1:]) == (CoreSeat.MAYOR,)
    assert missing_core([core[0], core[2]]) == (CoreSeat.POLICE,)
    assert missing_core(core[:2]) == (CoreSeat.PREVENTION,)
    # A police officer who is neither chief nor information officer does not fill the seat.
    assert missing_core([core[0], _person(Role.POLICE, 5), core[2]]) == (CoreSeat.POLICE,)
    assert missing_core([_person(Role.CLB, 6)]) == (
        CoreSeat.MAYOR,
        CoreSeat.POLICE,
        CoreSeat.PREVENTION,
    )
    assert missing_core([]) == (), "nobody recorded yet: attendance is not taken, no notice"


def test_composition_the_meeting_view_names_the_missing_seats(t: Table) -> None:
    v = t.vault
    # Present: the user (youth officer), the mayor, the information officer, CLB, a school.
    assert load_meeting_view(v, t.meeting).missing_core == (CoreSeat.PREVENTION,)
    prevention = add_person(v, "Preventie Ambtenaar", Role.PREVENTION_OFFICER)
    set_attendance(v, t.meeting, prevention, AttendanceStatus.PRESENT, briefed=True)
    assert load_meeting_view(v, t.meeting).missing_core == ()
    set_attendance(v, t.meeting, t.mayor, AttendanceStatus.EXCUSED)
    set_attendance(v, t.meeting, t.police, AttendanceStatus.ABSENT)
    assert load_meeting_view(v, t.meeting).missing_core == (CoreSeat.MAYOR, CoreSeat.POLICE)
    fresh = start_meeting(
        v, t.cell, datetime(2026, 5, 7, 9, 30), TableKind.OPERATIONAL, case_ids=[t.case]
    )
    assert load_meeting_view(v, fresh).missing_core == ()  # attendance not taken yet


def test_composition_an_ltf_consensus_without_police_for_the_case_is_noticed(t: Table) -> None:
    v = t.vault
    assert not ltf_without_police(v, t.case_item)
    assert not ltf_without_police(v, t.ltf_item, t.case)
    set_item_presence(v, t.case_item, t.police, False)  # left the room for the case
    set_item_presence(v, t.ltf_item, t.police, False)
    assert ltf_without_police(v, t.case_item)
    assert ltf_without_police(v, t.ltf_item, t.case)
    # A police officer (not the information officer) present for the case is police.
    agent = add_person(v, "Wijkagent Fictief", Role.POLICE)
    set_attendance(v, t.meeting, agent, AttendanceStatus.PRESENT, ad_hoc=True, whole_meeting=False)
    set_item_presence(v, t.case_item, agent, True)
    assert not ltf_without_police(v, t.ltf_item, t.case)
