"""Everything the meeting screen needs, loaded in a fixed, small number of queries.

A meeting with 30 agenda items and 300 notes must open in well under 50 ms, so nothing
here queries per item or per note: fourteen queries load the meeting (at most four more
fill in actions carried from earlier meetings: descriptions, owners, days), and scopes
(P5) and labels (P1) are assembled in memory from the same facts the policy uses. The
action rules live here too: which item lists the carried actions
(:func:`carries_actions`), what each action line holds (:class:`ActionLine`) and whom a
new action is offered to (:func:`owner_candidates`).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vault.actions import ACTION_COLUMNS, action_from_row, open_actions_before
from vault.attendance import attendance
from vault.cases import CASE_COLUMNS, case_from_row
from vault.cells import get_cell, members
from vault.composition import CoreSeat, missing_core
from vault.decisions import DECISION_COLUMNS, decision_from_row
from vault.informing import InformingStatus, informing_statuses
from vault.meetings import agenda, get_meeting
from vault.model import (
    TABLE_ONLY_LABEL,
    Action,
    AgendaItem,
    AgendaItemKind,
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
class ActionLine:
    """An action as the meeting screen lists it under an agenda item."""

    action: Action
    description: str
    """The text of its description note ("" when it has none)."""
    label: Label
    """The description note's label (P1): table-only unless released."""
    owner: Person | None
    carried: bool
    """An open action of an earlier meeting of the cell, carried forward to this one."""
    agreed_on: date
    """The day of the meeting where the action was agreed."""


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
    action_lines: tuple[ActionLine, ...] = ()
    """Its actions in the order they are listed: on the item that carries them
    (:func:`carries_actions`), the open actions of earlier meetings first, oldest due
    first; then the actions agreed on this item, in the order they were added."""
    owner_candidates: tuple[Person, ...] = ()
    """Who can take on a new action here, in the order offered: the people in the room
    for the item (as :attr:`scope`), then everyone else on the attendance list and every
    member of the cell, by name."""

    @property
    def default_owner(self) -> int | None:
        """The owner offered first for a new action: the user when they are a candidate,
        else the first candidate."""
        return next(
            (p.id for p in self.owner_candidates if p.is_self),
            self.owner_candidates[0].id if self.owner_candidates else None,
        )


def carries_actions(items: Sequence[AgendaItem], item: AgendaItem) -> bool:
    """Whether the open actions of earlier meetings are listed on ``item``: on the
    "open actions" item(s) of the agenda, or on the first item when it has none."""
    if any(i.kind is AgendaItemKind.OPEN_ACTIONS for i in items):
        return item.kind is AgendaItemKind.OPEN_ACTIONS
    return bool(items) and items[0].id == item.id


def owner_candidates(scope: Iterable[Person], others: Iterable[Person]) -> tuple[Person, ...]:
    """The people in the room first, in their order; then ``others`` by (name, id),
    each person once."""
    owners = list(scope)
    seen = {p.id for p in owners}
    for person in sorted(others, key=lambda p: (p.name, p.id)):
        if person.id not in seen:
            owners.append(person)
            seen.add(person.id)
    return tuple(owners)


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

    carried = tuple(open_actions_before(vault, meeting_id))
    cell_members = [m.person for m in members(vault, cell.id)]
    lines = _action_lines(vault, meeting, actions, carried, notes, releases, people, cell_members)
    attending = [people[a.person_id] for a in rows if a.person_id in people]

    def ordered(ids: Iterable[int]) -> tuple[Person, ...]:
        return tuple(sorted((people[i] for i in ids if i in people), key=lambda p: (p.name, p.id)))

    item_views = []
    for item in items:
        scope_ids = present_ids(rows, presence.get(item.id, {}))
        scope = ordered(scope_ids)
        shown = [
            line for line in lines if not line.carried and line.action.agenda_item_id == item.id
        ]
        if carries_actions(items, item):
            shown = [line for line in lines if line.carried] + shown
        item_views.append(
            ItemView(
                item=item,
                case=cases.get(item.case_id) if item.case_id is not None else None,
                scope=scope,
                unbriefed=ordered(i for i in scope_ids if i not in briefed),
                notes=tuple(by_item.get(item.id, ())),
                decisions=tuple(decisions_by_item.get(item.id, ())),
                off_topic=item.off_topic_on(meeting.table_kind),
                action_lines=tuple(shown),
                owner_candidates=owner_candidates(scope, [*attending, *cell_members]),
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
        carried_actions=carried,
        informing=informing_statuses(vault, list(cases)),
        today=vault.clock.now().date(),
    )


def _action_lines(
    vault: Vault,
    meeting: Meeting,
    actions: Iterable[Action],
    carried: Iterable[Action],
    notes: Iterable[Note],
    releases: Mapping[int, Iterable[tuple[str, int | None, bool]]],
    people: Mapping[int, Person],
    cell_members: Iterable[Person],
) -> list[ActionLine]:
    """Every action of the meeting and every carried one, with its description, owner and
    the day it was agreed. What this meeting's rows do not hold (a carried action's
    description, an owner who is not on the attendance list, an earlier meeting's day)
    is fetched in one query each, whatever the number of actions."""
    own, earlier = list(actions), list(carried)
    everything = [*own, *earlier]
    texts = {n.id: n.body for n in notes}
    labels = {i: label_from_releases(r) for i, r in releases.items()}
    missing = tuple(
        sorted(
            {a.description_note_id for a in earlier if a.description_note_id is not None}
            - set(texts)
        )
    )
    if missing:
        marks = _marks(missing)
        sql = f"SELECT {NOTE_COLUMNS} FROM note WHERE id IN ({marks})"  # noqa: S608
        texts.update((n.id, n.body) for n in map(note_from_row, vault.query(sql, missing)))
        found: dict[int, list[tuple[str, int | None, bool]]] = defaultdict(list)
        for note_id, kind, colleague, current in vault.query(
            "SELECT r.note_id, r.kind, r.colleague_id, v.body = n.body FROM release r"  # noqa: S608
            " JOIN note n ON n.id = r.note_id JOIN note_version v ON v.id = r.version_id"
            f" WHERE r.note_id IN ({marks}) AND r.revoked_at IS NULL",
            missing,
        ):
            found[int(note_id)].append((str(kind), colleague, bool(current)))
        labels.update({i: label_from_releases(r) for i, r in found.items()})
    known = {**{p.id: p for p in cell_members}, **people}
    strangers = tuple(sorted({a.owner_id for a in everything} - set(known)))
    if strangers:
        known.update(
            (p.id, p)
            for p in map(
                person_from_row,
                vault.query(
                    f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN ({_marks(strangers)})",  # noqa: S608
                    strangers,
                ),
            )
        )
    days = {meeting.id: meeting.starts_at.date()}
    others = tuple(sorted({a.meeting_id for a in earlier} - set(days)))
    if others:
        for meeting_id, starts_at in vault.query(
            f"SELECT id, starts_at FROM meeting WHERE id IN ({_marks(others)})",  # noqa: S608
            others,
        ):
            days[int(meeting_id)] = datetime.fromisoformat(str(starts_at)).date()

    def line(action: Action, is_carried: bool) -> ActionLine:
        note_id = action.description_note_id if action.description_note_id is not None else -1
        return ActionLine(
            action=action,
            description=texts.get(note_id, ""),
            label=labels.get(note_id, TABLE_ONLY_LABEL),
            owner=known.get(action.owner_id),
            carried=is_carried,
            agreed_on=days.get(action.meeting_id, meeting.starts_at.date()),
        )

    return [line(a, True) for a in earlier] + [line(a, False) for a in own]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))
