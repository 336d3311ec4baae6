"""Shared builders for the domain and secrecy-policy tests.

* :func:`build_table` sets up one small, fully described LIVC R table (used by the
  example tests of every rule P1–P10).
* :func:`oracle_consensus` and :func:`oracle_ltf` are an independent re-implementation of
  rule P6 (revised: the form's case, every owner of its information), written from
  ``../shared/domain.md`` and not from :mod:`vault.policy`, used as the test oracle.
* :func:`consensus_inputs` generates arbitrary inputs for :func:`vault.policy.consensus`.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import datetime

from hypothesis import strategies as st

from vault import Vault
from vault.attendance import set_attendance, set_item_presence
from vault.cases import add_case
from vault.cells import add_cell, add_member, represent, sit_in_for
from vault.meetings import agenda, start_meeting
from vault.model import AgendaItemKind, AttendanceStatus, Position, ReleaseKind, Role, TableKind
from vault.notes import get_note
from vault.people import add_person
from vault.releases import release

MEETING_AT = datetime(2026, 3, 5, 9, 30)
EARLIER_AT = datetime(2026, 2, 5, 9, 30)
LATER_AT = datetime(2026, 4, 2, 9, 30)


@dataclass(frozen=True, slots=True)
class Table:
    """One operational table of the cell "Fictiegem", with everyone's attendance.

    At ``meeting`` (operational, one case): ``me``, ``mayor``, ``police`` (information
    officer) and ``clb`` are present for the whole meeting and briefed; ``adhoc`` (a school)
    joined for the case item only and was not briefed; the user sits in for ``colleague``
    (the user's own record, :func:`vault.cells.sit_in_for`: the user is the member at the
    table, the colleague is not in attendance); ``absent`` was absent and ``excused``
    excused. The user represents ``colleague`` and ``colleague2`` at ``cell``;
    ``stranger`` is represented only at ``other_cell``. The three are of the user's
    organisation; the user does not sit in for ``colleague2`` at ``meeting`` (so they get
    no feedback from it until :meth:`sit_in`, P4).
    """

    vault: Vault
    cell: int
    other_cell: int
    me: int
    mayor: int
    police: int
    clb: int
    adhoc: int
    colleague: int
    colleague2: int
    stranger: int
    absent: int
    excused: int
    case: int
    minor_case: int
    other_cell_case: int
    meeting: int
    earlier_meeting: int
    later_meeting: int
    other_cell_meeting: int
    opening: int
    case_item: int
    ltf_item: int
    closing: int

    def release_own(self, note_id: int) -> int:
        """Release a note to the own dossier, agreed at its own meeting (if any)."""
        return release(
            self.vault,
            note_id,
            ReleaseKind.OWN_DOSSIER,
            info_owner_id=self.me,
            agreed_meeting_id=get_note(self.vault, note_id).meeting_id,
        )

    def sit_in(self, colleague_id: int, meeting_id: int | None = None) -> None:
        """Record that the user sat in for a colleague at a meeting (P4 per item): the
        user present for the whole meeting, and their own record that they sat there for
        the colleague (never the colleague's attendance, P6)."""
        meeting_id = self.meeting if meeting_id is None else meeting_id
        set_attendance(self.vault, meeting_id, self.me, AttendanceStatus.PRESENT, briefed=True)
        sit_in_for(self.vault, meeting_id, colleague_id)

    def release_feedback(self, note_id: int, colleague_id: int) -> int:
        """Release a meeting note as feedback for a represented colleague."""
        return release(
            self.vault,
            note_id,
            ReleaseKind.FEEDBACK,
            info_owner_id=self.me,
            agreed_meeting_id=get_note(self.vault, note_id).meeting_id,
            colleague_id=colleague_id,
        )


def build_table(vault: Vault) -> Table:
    mine = "Jeugddienst Fictiegem"  # the user's organisation and their colleagues' (P4)
    me = add_person(vault, "Ik Zelf", Role.YOUTH_OFFICER, organisation=mine, is_self=True)
    mayor = add_person(vault, "Burgemeester Voorbeeld", Role.MAYOR, organisation="Gemeente")
    police = add_person(
        vault,
        "Inspecteur Verzinsel",
        Role.INFORMATION_OFFICER,
        organisation="Politiezone Fictiegem",
    )
    clb = add_person(vault, "CLB Proefmans", Role.CLB, organisation="CLB Fictiegem")
    adhoc = add_person(vault, "Directeur School", Role.SCHOOL, organisation="Scholengroep")
    colleague = add_person(
        vault, "Jeugdwerker Collega", Role.YOUTH_WELFARE_WORKER, organisation=mine
    )
    colleague2 = add_person(vault, "Vrijetijd Collega", Role.HEAD_OF_LEISURE, organisation=mine)
    stranger = add_person(vault, "Maatschappelijk Werker", Role.SOCIAL_SERVICES, organisation=mine)
    absent = add_person(vault, "Justitiehuis Afwezig", Role.JUSTICE_HOUSE)
    excused = add_person(vault, "Burgerzaken Verontschuldigd", Role.CIVIL_AFFAIRS)

    cell = add_cell(vault, "LIVC R Fictiegem", retention_months=12)
    other_cell = add_cell(vault, "LIVC R Denkbeeldig")
    for person in (me, mayor, police, clb, absent, excused):
        add_member(vault, cell, person)
    add_member(vault, cell, adhoc, structural=False)
    represent(vault, cell, colleague)
    represent(vault, cell, colleague2)
    represent(vault, other_cell, stranger)

    case = add_case(vault, cell, "FIC-001")
    minor_case = add_case(vault, cell, "FIC-002", subject_is_minor=True)
    other_cell_case = add_case(vault, other_cell, "DNK-001")

    earlier = start_meeting(vault, cell, EARLIER_AT, TableKind.OPERATIONAL, case_ids=[case])
    meeting = start_meeting(vault, cell, MEETING_AT, TableKind.OPERATIONAL, case_ids=[case])
    later = start_meeting(vault, cell, LATER_AT, TableKind.OPERATIONAL, case_ids=[case])
    other = start_meeting(
        vault, other_cell, MEETING_AT, TableKind.OPERATIONAL, case_ids=[other_cell_case]
    )
    items = {i.kind: i.id for i in agenda(vault, meeting)}

    for person in (me, mayor, police, clb):
        set_attendance(vault, meeting, person, AttendanceStatus.PRESENT, briefed=True)
    set_attendance(
        vault, meeting, adhoc, AttendanceStatus.PRESENT, ad_hoc=True, whole_meeting=False
    )
    set_item_presence(vault, items[AgendaItemKind.CASE], adhoc, True)
    sit_in_for(vault, meeting, colleague)  # the user's own record, not attendance (P4, P6)
    set_attendance(vault, meeting, absent, AttendanceStatus.ABSENT)
    set_attendance(vault, meeting, excused, AttendanceStatus.EXCUSED)

    return Table(
        vault=vault,
        cell=cell,
        other_cell=other_cell,
        me=me,
        mayor=mayor,
        police=police,
        clb=clb,
        adhoc=adhoc,
        colleague=colleague,
        colleague2=colleague2,
        stranger=stranger,
        absent=absent,
        excused=excused,
        case=case,
        minor_case=minor_case,
        other_cell_case=other_cell_case,
        meeting=meeting,
        earlier_meeting=earlier,
        later_meeting=later,
        other_cell_meeting=other,
        opening=items[AgendaItemKind.OPENING],
        case_item=items[AgendaItemKind.CASE],
        ltf_item=items[AgendaItemKind.LTF_DECISIONS],
        closing=items[AgendaItemKind.CLOSING],
    )


# ---------------------------------------------------------------------------- P6 oracle


@dataclass(frozen=True, slots=True)
class Expected:
    agreed: bool
    required: frozenset[int]
    approved: frozenset[int]


def oracle_consensus(
    present: Set[int],
    positions: Mapping[int, Position],
    owners: Set[int] = frozenset(),
) -> Expected:
    """P6 (revised) from the rule text: who must approve.

    ``present``: everyone present for any item of the form's case in the meeting (and
    for the item where it is recorded). "The permanent representative **is** the member:
    one position, for the organisation" — so a representative is one of ``present`` like
    anyone else, and a colleague they sit in for is nobody here: not present, so not
    required, and a position recorded for them counts for nothing. Every owner of
    information the form draws on must approve as well. "An abstention or absence of a
    position is not approval." No member present: nothing agreed.
    """
    required = frozenset(present) | frozenset(owners)
    approved = frozenset(p for p in required if positions.get(p) == Position.APPROVE)
    return Expected(bool(present) and approved == required, required, approved)


def oracle_ltf(
    present_by_item: Mapping[int, Set[int]],
    item_case: Mapping[int, int | None],
    recording_item: int,
    case: int,
    owners: Set[int],
    positions: Mapping[int, Position],
) -> tuple[Expected, frozenset[int]]:
    """P6 (revised) over one meeting's attendance: the form belongs to ``case``; the
    members are everyone present for any item of that case in the meeting, or for the
    item where it is recorded. ``present_by_item`` holds the meeting's items only.
    Returns the expectation and the required people who are not in the room for the
    recording item ("named and still required")."""
    items = {i for i, c in item_case.items() if c == case} | {recording_item}
    present: set[int] = set()
    for item in items:
        present |= set(present_by_item.get(item, set()))
    expected = oracle_consensus(present, positions, owners)
    in_room = set(present_by_item.get(recording_item, set()))
    return expected, frozenset(expected.required - in_room)


PEOPLE = st.integers(min_value=1, max_value=8)


@st.composite
def consensus_inputs(
    draw: st.DrawFn,
) -> tuple[frozenset[int], dict[int, Position]]:
    """Arbitrary (present, positions) for :func:`vault.policy.consensus`."""
    present = draw(st.frozensets(PEOPLE, max_size=6))
    # Bias positions towards the people who matter: mostly approval.
    positions: dict[int, Position] = {}
    for person in sorted(present):
        if draw(st.integers(0, 9)) == 0:
            continue  # no position at all
        positions[person] = draw(
            st.sampled_from(list(Position)) if draw(st.booleans()) else st.just(Position.APPROVE)
        )
    extra = draw(st.dictionaries(PEOPLE, st.sampled_from(list(Position)), max_size=3))
    for person, position in extra.items():
        positions.setdefault(person, position)
    return present, positions
