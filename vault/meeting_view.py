"""Everything the meeting screen needs, loaded in a fixed, small number of queries.

A meeting with 30 agenda items and 300 notes must open in well under 50 ms, so nothing
here queries per item or per note: thirteen queries load the meeting, and scopes (P5) and
labels (P1) are assembled in memory from the same facts the policy uses.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vault.actions import ACTION_COLUMNS, action_from_row, open_actions_before
from vault.attendance import attendance
from vault.cases import CASE_COLUMNS, case_from_row
from vault.cells import get_cell
from vault.composition import CoreSeat, missing_core
from vault.decisions import DECISION_COLUMNS, decision_from_row
from vault.informing import InformingStatus, informing_statuses
from vault.meetings import agenda, get_meeting
from vault.model import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    Cell,
    Decision,
    Label,
    Meeting,
    Note,
    Person,
    TableKind,
    label_from_releases,
)
from vault.notes import NOTE_COLUMNS, note_from_row
from vault.people import PERSON_COLUMNS, person_from_row
from vault.store import Vault


def present_ids(rows: Iterable[Attendance], item_presence: Mapping[int, bool]) -> frozenset[int]:
    """Who was in the room for one item (P5), from meeting rows and that item's overrides.

    Present at the meeting as a whole, unless recorded as out for the item; or present
    for selected items only and recorded as in for this one.
    """
    ids = set()
    for a in rows:
        if a.status is not AttendanceStatus.PRESENT:
            continue
        override = item_presence.get(a.person_id)
        if (a.whole_meeting and override is not False) or (not a.whole_meeting and override):
            ids.add(a.person_id)
    return frozenset(ids)


@dataclass(frozen=True, slots=True)
class NoteView:
    note: Note
    label: Label


@dataclass(frozen=True, slots=True)
class ItemView:
    item: AgendaItem
    case: Case | None
    scope: tuple[Person, ...]
    """Who knew what was said on this item (P5)."""
    unbriefed: tuple[Person, ...]
    """In the room without having been told the framework and secrecy duty (P9)."""
    notes: tuple[NoteView, ...]
    decisions: tuple[Decision, ...]
    off_topic: bool
    """An "other" item on an operational table: show the reminder."""


@dataclass(frozen=True, slots=True)
class MeetingView:
    meeting: Meeting
    cell: Cell
    items: tuple[ItemView, ...]
    attendance: tuple[Attendance, ...]
    people: Mapping[int, Person]
    meeting_notes: tuple[NoteView, ...]
    """Notes on the meeting as a whole (no agenda item)."""
    actions: tuple[Action, ...]
    carried_actions: tuple[Action, ...]
    """Open actions of earlier meetings of the same cell."""
    informing: Mapping[int, InformingStatus] = dataclasses.field(default_factory=dict)
    """The informing status (P7) of each case on the agenda."""
    today: date | None = None
    """The vault clock's day when loaded (for postponements that have come due)."""

    @property
    def informing_due_on(self) -> date:
        """The day an informing postponement is judged against: the meeting's day, or
        today when that is later (P7)."""
        day = self.meeting.starts_at.date()
        return max(day, self.today) if self.today is not None else day

    @property
    def missing_core(self) -> tuple[CoreSeat, ...]:
        """Seats of the legal core (law of 30 July 2018, art. 3 § 1) that nobody recorded as
        present fills; empty while nobody is recorded as present (C20)."""
        return missing_core(
            self.people[a.person_id]
            for a in self.attendance
            if a.status is AttendanceStatus.PRESENT and a.person_id in self.people
        )

    def informing_undecided(self, case_id: int) -> bool:
        """The case's informing still needs deciding (P7): flag it like P8's check."""
        status = self.informing.get(case_id)
        return status is not None and status.undecided(self.informing_due_on)

    @property
    def show_framework_reminder(self) -> bool:
        """The agreement framework and art. 458ter Sw. reminder opens operational tables."""
        return self.meeting.table_kind is TableKind.OPERATIONAL


def load_meeting_view(vault: Vault, meeting_id: int) -> MeetingView:
    meeting = get_meeting(vault, meeting_id)
    cell = get_cell(vault, meeting.cell_id)
    items = agenda(vault, meeting_id)
    rows = attendance(vault, meeting_id)
    presence: dict[int, dict[int, bool]] = defaultdict(dict)
    for item_id, person_id, present in vault.query(
        "SELECT ia.agenda_item_id, ia.person_id, ia.present FROM item_attendance ia"
        " JOIN agenda_item i ON i.id = ia.agenda_item_id WHERE i.meeting_id = ?",
        (meeting_id,),
    ):
        presence[int(item_id)][int(person_id)] = bool(present)
    people = {
        p.id: p
        for p in map(
            person_from_row,
            vault.query(
                f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN"  # noqa: S608
                " (SELECT person_id FROM attendance WHERE meeting_id = ?)",
                (meeting_id,),
            ),
        )
    }
    briefed = {a.person_id for a in rows if a.briefed}
    cases = {
        c.id: c
        for c in map(
            case_from_row,
            vault.query(
                f"SELECT {CASE_COLUMNS} FROM casus WHERE id IN"  # noqa: S608
                " (SELECT case_id FROM agenda_item WHERE meeting_id = ?)",
                (meeting_id,),
            ),
        )
    }
    notes = [
        note_from_row(r)
        for r in vault.query(
            f"SELECT {NOTE_COLUMNS} FROM note WHERE meeting_id = ? ORDER BY id",  # noqa: S608
            (meeting_id,),
        )
    ]
    releases: dict[int, list[tuple[str, int | None, bool]]] = defaultdict(list)
    for note_id, kind, colleague, current in vault.query(
        "SELECT r.note_id, r.kind, r.colleague_id, v.body = n.body FROM release r"
        " JOIN note n ON n.id = r.note_id JOIN note_version v ON v.id = r.version_id"
        " WHERE n.meeting_id = ? AND r.revoked_at IS NULL",
        (meeting_id,),
    ):
        releases[int(note_id)].append((str(kind), colleague, bool(current)))

    def view(note: Note) -> NoteView:
        return NoteView(note, label_from_releases(releases.get(note.id, ())))

    by_item: dict[int | None, list[NoteView]] = defaultdict(list)
    for note in notes:
        by_item[note.agenda_item_id].append(view(note))
    decisions_by_item: dict[int, list[Decision]] = defaultdict(list)
    for row in vault.query(
        f"SELECT {DECISION_COLUMNS} FROM decision WHERE meeting_id = ? ORDER BY id",  # noqa: S608
        (meeting_id,),
    ):
        d = decision_from_row(row)
        decisions_by_item[d.agenda_item_id].append(d)
    actions = tuple(
        action_from_row(r)
        for r in vault.query(
            f"SELECT {ACTION_COLUMNS} FROM action a WHERE a.meeting_id = ? ORDER BY a.id",  # noqa: S608
            (meeting_id,),
        )
    )

    def ordered(ids: Iterable[int]) -> tuple[Person, ...]:
        return tuple(sorted((people[i] for i in ids if i in people), key=lambda p: (p.name, p.id)))

    item_views = []
    for item in items:
        scope_ids = present_ids(rows, presence.get(item.id, {}))
        item_views.append(
            ItemView(
                item=item,
                case=cases.get(item.case_id) if item.case_id is not None else None,
                scope=ordered(scope_ids),
                unbriefed=ordered(i for i in scope_ids if i not in briefed),
                notes=tuple(by_item.get(item.id, ())),
                decisions=tuple(decisions_by_item.get(item.id, ())),
                off_topic=item.off_topic_on(meeting.table_kind),
            )
        )
    return MeetingView(
        meeting=meeting,
        cell=cell,
        items=tuple(item_views),
        attendance=tuple(rows),
        people=people,
        meeting_notes=tuple(by_item.get(None, ())),
        actions=actions,
        carried_actions=tuple(open_actions_before(vault, meeting_id)),
        informing=informing_statuses(vault, list(cases)),
        today=vault.clock.now().date(),
    )
