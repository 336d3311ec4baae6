"""The case file (*casusoverzicht*, P13; domain review M1): everything the vault holds on
one case across meetings, and the case list with its filters.

Why this file is longer than ~500 lines: two read models — the case file and the case list —
and the agenda's reminders share the same row decoding and queries over cases.

:func:`load_case_file` answers "what did we decide about F-2025-0011 in March?" in a fixed
number of queries (at most seventeen, whatever the number of meetings): the case and its stages,
and for every meeting where it was on the agenda — oldest first — its notes with their
labels (table-only ones marked, P1; the text is shown inside the vault only), its
decisions (LTF, informing, trajectory, referral, closure), the actions agreed for it, the
stepwise answers given there (P8), who was present for its items (P5), and the documents
made from it (:mod:`vault.exports`). Its informing status (P7) and what is still open
come with it.

:func:`case_list` lists the cases with :class:`CaseFilters` (status, cell, minor,
informing) in a fixed number of queries too; :func:`agenda_reminders` says what
resurfaces on a meeting's agenda until resolved (overdue actions, informing to decide,
stepwise checks, trajectories to evaluate).

Usable from a Python shell::

    >>> from vault.case_file import CaseFilters, case_list, load_case_file
    >>> [m.meeting.starts_at for m in load_case_file(vault, case_id).meetings]
    >>> [row.case.code for row in case_list(vault, CaseFilters(minor=True))]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vault.actions import (
    ACTION_COLUMNS,
    ActionEntry,
    action_from_row,
    is_overdue,
    overdue_for_meeting,
)
from vault.case_decisions import DETAIL_COLUMNS, detail_from_row
from vault.cases import CASE_COLUMNS, StepwiseAnswer, case_from_row, get_case
from vault.cells import get_cell
from vault.decisions import DECISION_COLUMNS, decision_from_row
from vault.exports import ExportRecord
from vault.informing import InformingState, InformingStatus, informing_statuses
from vault.lifecycle import StageChange, stage_history
from vault.meeting_view import NoteView, present_ids
from vault.meetings import (
    ITEM_COLUMNS,
    MEETING_COLUMNS,
    get_meeting,
    item_from_row,
    meeting_from_row,
    stepwise_due_on_agenda,
)
from vault.model import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    CaseDecision,
    CaseStage,
    Cell,
    Decision,
    Meeting,
    MeetingStatus,
    Person,
    label_from_releases,
)
from vault.notes import NOTE_COLUMNS, note_from_row
from vault.people import PERSON_COLUMNS, person_from_row
from vault.store import Vault

__all__ = [
    "AgendaReminders",
    "CaseFile",
    "CaseFilters",
    "CaseListRow",
    "CaseMeeting",
    "agenda_reminders",
    "case_list",
    "load_case_file",
]


@dataclass(frozen=True, slots=True)
class CaseMeeting:
    """One meeting where the case was on the agenda, with what it holds on the case."""

    meeting: Meeting
    items: tuple[AgendaItem, ...]
    """The case's items on that agenda (usually one)."""
    notes: tuple[NoteView, ...]
    """Notes on the case at that meeting (decision texts and action descriptions
    included), with their labels: ``label.table_only`` marks what stays at the table."""
    decisions: tuple[Decision, ...]
    """Decisions on the case: at its items, or about it at a general item (LTF)."""
    details: Mapping[int, CaseDecision]
    """The structure of its trajectory, referral and closure decisions, by decision id."""
    actions: tuple[Action, ...]
    """Actions agreed for the case at that meeting (with their status today)."""
    stepwise: tuple[StepwiseAnswer, ...]
    """Stepwise answers given at that meeting (P8)."""
    present: tuple[Person, ...]
    """Who was in the room for any of the case's items (P5), by name."""
    exports: tuple[ExportRecord, ...]
    """Documents made from that meeting that concern the case."""

    @property
    def held(self) -> bool:
        """The meeting was closed as held (not planned, not cancelled)."""
        return self.meeting.status is MeetingStatus.CLOSED


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything the vault holds on one case (P13)."""

    case: Case
    cell: Cell
    stages: tuple[StageChange, ...]
    informing: InformingStatus
    meetings: tuple[CaseMeeting, ...]
    """Oldest first; cancelled meetings included (marked by their status)."""
    other_notes: tuple[NoteView, ...]
    """Notes on the case outside any meeting (own reflections about it)."""
    intake_stepwise: tuple[StepwiseAnswer, ...]
    """Stepwise answers given outside a meeting (at intake)."""
    exports: tuple[ExportRecord, ...]
    """Every document made from the case, oldest first."""
    people: Mapping[int, Person]
    today: date

    @property
    def open_actions(self) -> tuple[Action, ...]:
        return tuple(a for m in self.meetings for a in m.actions if a.status is ActionStatus.OPEN)

    @property
    def overdue_actions(self) -> tuple[Action, ...]:
        return tuple(a for a in self.open_actions if is_overdue(a, self.today))

    @property
    def informing_undecided(self) -> bool:
        """The informing question still needs deciding today (P7): flagged."""
        return self.informing.undecided(self.today)


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def load_case_file(vault: Vault, case_id: int) -> CaseFile:
    """The case file of ``case_id`` in a fixed number of queries."""
    case = get_case(vault, case_id)
    cell = get_cell(vault, case.cell_id)
    stages = tuple(stage_history(vault, case_id))
    rows = vault.query(
        f"SELECT {', '.join('i.' + c.strip() for c in ITEM_COLUMNS.split(','))},"  # noqa: S608
        f" {', '.join('m.' + c.strip() for c in MEETING_COLUMNS.split(','))}"
        " FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.case_id = ?"
        " ORDER BY m.starts_at, m.id, i.position",
        (case_id,),
    )
    width = len(ITEM_COLUMNS.split(","))
    meetings: dict[int, Meeting] = {}
    items: dict[int, list[AgendaItem]] = defaultdict(list)
    for row in rows:
        item = item_from_row(row[:width])
        meetings.setdefault(item.meeting_id, meeting_from_row(row[width:]))
        items[item.meeting_id].append(item)
    item_ids = tuple(i.id for group in items.values() for i in group)
    meeting_ids = tuple(meetings)

    notes = [
        note_from_row(r)
        for r in vault.query(
            f"SELECT {NOTE_COLUMNS} FROM note WHERE case_id = ? ORDER BY id",  # noqa: S608
            (case_id,),
        )
    ]
    releases: dict[int, list[tuple[str, int | None, bool]]] = defaultdict(list)
    for note_id, kind, colleague, current in vault.query(
        "SELECT r.note_id, r.kind, r.colleague_id, v.body = n.body FROM release r"
        " JOIN note n ON n.id = r.note_id JOIN note_version v ON v.id = r.version_id"
        " WHERE n.case_id = ? AND r.revoked_at IS NULL",
        (case_id,),
    ):
        releases[int(note_id)].append((str(kind), colleague, bool(current)))
    note_views = [NoteView(n, label_from_releases(releases.get(n.id, ()))) for n in notes]

    decisions = [
        decision_from_row(r)
        for r in vault.query(
            f"SELECT {DECISION_COLUMNS} FROM decision WHERE agenda_item_id IN"  # noqa: S608
            " (SELECT id FROM agenda_item WHERE case_id = ?1)"
            " OR text_note_id IN (SELECT id FROM note WHERE case_id = ?1)"
            " OR id IN (SELECT decision_id FROM decision_detail WHERE case_id = ?1)"
            " ORDER BY id",
            (case_id,),
        )
    ]
    details = {
        d.decision_id: d
        for d in map(
            detail_from_row,
            vault.query(
                f"SELECT {DETAIL_COLUMNS} FROM decision_detail WHERE case_id = ?",  # noqa: S608
                (case_id,),
            ),
        )
    }
    actions = [
        action_from_row(r)
        for r in vault.query(
            f"SELECT {ACTION_COLUMNS} FROM action a WHERE a.case_id = ?1"  # noqa: S608
            " OR a.agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ?1)"
            " ORDER BY a.id",
            (case_id,),
        )
    ]
    stepwise = [
        StepwiseAnswer(
            case_id,
            r[0],
            None if r[1] is None else bool(r[1]),
            None if r[2] is None else bool(r[2]),
            str(r[3]),
        )
        for r in vault.query(
            "SELECT meeting_id, care_first, clear_signs, answered_at FROM stepwise_answer"
            " WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    ]
    attendance: dict[int, list[Attendance]] = defaultdict(list)
    presence: dict[int, dict[int, bool]] = defaultdict(dict)
    if meeting_ids:
        for r in vault.query(
            "SELECT meeting_id, person_id, status, ad_hoc, briefed, whole_meeting"  # noqa: S608
            f" FROM attendance WHERE meeting_id IN ({_marks(meeting_ids)}) ORDER BY person_id",
            meeting_ids,
        ):
            attendance[int(r[0])].append(
                Attendance(
                    int(r[0]), int(r[1]), AttendanceStatus(r[2]), bool(r[3]), bool(r[4]), bool(r[5])
                )
            )
        for item_id, person_id, present in vault.query(
            "SELECT agenda_item_id, person_id, present FROM item_attendance"  # noqa: S608
            f" WHERE agenda_item_id IN ({_marks(item_ids)})",
            item_ids,
        ):
            presence[int(item_id)][int(person_id)] = bool(present)
    wanted = {a.person_id for rows_ in attendance.values() for a in rows_}
    wanted |= {a.owner_id for a in actions}
    wanted |= {d.case_director_id for d in details.values() if d.case_director_id is not None}
    if case.case_director_id is not None:
        wanted.add(case.case_director_id)
    person_ids = tuple(sorted(wanted))
    people = {
        p.id: p
        for p in map(
            person_from_row,
            vault.query(
                f"SELECT {PERSON_COLUMNS} FROM person WHERE id IN ({_marks(person_ids)})",  # noqa: S608
                person_ids,
            )
            if person_ids
            else [],
        )
    }
    exports = _exports_of_case(vault, case_id)
    informing = informing_statuses(vault, [case_id])[case_id]

    by_meeting_notes: dict[int | None, list[NoteView]] = defaultdict(list)
    for view in note_views:
        by_meeting_notes[view.note.meeting_id].append(view)
    by_meeting_decisions: dict[int, list[Decision]] = defaultdict(list)
    for d in decisions:
        by_meeting_decisions[d.meeting_id].append(d)
    by_meeting_actions: dict[int, list[Action]] = defaultdict(list)
    for a in actions:
        by_meeting_actions[a.meeting_id].append(a)
    by_meeting_stepwise: dict[int | None, list[StepwiseAnswer]] = defaultdict(list)
    for s in stepwise:
        by_meeting_stepwise[s.meeting_id].append(s)
    by_meeting_exports: dict[int | None, list[ExportRecord]] = defaultdict(list)
    for e in exports:
        by_meeting_exports[e.meeting_id].append(e)

    entries = []
    for meeting_id, meeting in meetings.items():
        in_room: set[int] = set()
        for item in items[meeting_id]:
            in_room |= present_ids(attendance.get(meeting_id, ()), presence.get(item.id, {}))
        entries.append(
            CaseMeeting(
                meeting=meeting,
                items=tuple(items[meeting_id]),
                notes=tuple(by_meeting_notes.get(meeting_id, ())),
                decisions=tuple(by_meeting_decisions.get(meeting_id, ())),
                details={
                    d.id: details[d.id]
                    for d in by_meeting_decisions.get(meeting_id, ())
                    if d.id in details
                },
                actions=tuple(by_meeting_actions.get(meeting_id, ())),
                stepwise=tuple(by_meeting_stepwise.get(meeting_id, ())),
                present=tuple(
                    sorted(
                        (people[i] for i in in_room if i in people), key=lambda p: (p.name, p.id)
                    )
                ),
                exports=tuple(by_meeting_exports.get(meeting_id, ())),
            )
        )
    return CaseFile(
        case=case,
        cell=cell,
        stages=stages,
        informing=informing,
        meetings=tuple(entries),
        other_notes=tuple(by_meeting_notes.get(None, ())),
        intake_stepwise=tuple(by_meeting_stepwise.get(None, ())),
        exports=tuple(exports),
        people=people,
        today=vault.clock.now().date(),
    )


def _exports_of_case(vault: Vault, case_id: int) -> list[ExportRecord]:
    """Documents made from the case: recorded for it, or holding one of its notes (two
    queries)."""
    records = vault.query(
        "SELECT id, kind, made_at, recipient_id, meeting_id, case_id FROM export_record"
        " WHERE case_id = ?1 OR id IN (SELECT ei.export_id FROM export_item ei"
        " JOIN note n ON n.id = ei.note_id WHERE n.case_id = ?1) ORDER BY id",
        (case_id,),
    )
    if not records:
        return []
    ids = tuple(int(r[0]) for r in records)
    notes: dict[int, list[int | None]] = defaultdict(list)
    for export_id, note_id in vault.query(
        f"SELECT export_id, note_id FROM export_item WHERE export_id IN ({_marks(ids)})"  # noqa: S608
        " ORDER BY rowid",
        ids,
    ):
        notes[int(export_id)].append(note_id)
    return [
        ExportRecord(int(r[0]), str(r[1]), str(r[2]), r[3], r[4], r[5], tuple(notes[int(r[0])]))
        for r in records
    ]


# ---------------------------------------------------------------------------- the list


@dataclass(frozen=True, slots=True)
class CaseFilters:
    """What narrows the case list: all optional, ``None`` means any.

    ``stages``: the case is at one of them (P13). ``minor``: the person discussed is (not)
    a minor; ``minors_in_context``: minors around them. ``informing``: the informing
    status is one of these (P7); ``informing_undecided``: it still needs deciding today.
    ``code``: the code contains this text (case-insensitive).
    """

    cell_id: int | None = None
    stages: frozenset[CaseStage] | None = None
    minor: bool | None = None
    minors_in_context: bool | None = None
    informing: frozenset[InformingState] | None = None
    informing_undecided: bool | None = None
    stepwise_open: bool | None = None
    code: str = ""


NO_CASE_FILTERS = CaseFilters()


@dataclass(frozen=True, slots=True)
class CaseListRow:
    """One line of the case list."""

    case: Case
    informing: InformingStatus
    meetings: int
    """Meetings it was on the agenda of (cancelled ones not counted)."""
    last_on_agenda: date | None
    open_actions: int
    informing_undecided: bool
    """The informing question needs deciding today (P7)."""
    last_discussed: date | None = None
    """The latest meeting it was on the agenda of that was held, or whose day has come
    (planned meetings ahead and cancelled ones do not count)."""


def case_list(vault: Vault, filters: CaseFilters = NO_CASE_FILTERS) -> list[CaseListRow]:
    """The cases that pass ``filters``, by code, with their informing status and a count
    of meetings and open actions (five queries whatever the number of cases)."""
    where = ["1 = 1"]
    params: list[object] = []
    if filters.cell_id is not None:
        where.append("c.cell_id = ?")
        params.append(filters.cell_id)
    if filters.stages is not None:
        stages = sorted(s.value for s in filters.stages)
        if not stages:
            return []
        where.append(f"c.phase IN ({_marks(stages)})")
        params.extend(stages)
    if filters.minor is not None:
        where.append("c.subject_is_minor = ?")
        params.append(int(filters.minor))
    if filters.minors_in_context is not None:
        where.append("c.minors_in_context = ?")
        params.append(int(filters.minors_in_context))
    if filters.stepwise_open is not None:
        open_check = "(c.subject_is_minor = 1 AND (c.care_first IS NULL OR c.clear_signs IS NULL))"
        where.append(open_check if filters.stepwise_open else f"NOT {open_check}")
    if filters.code.strip():
        where.append("instr(lower(c.code), lower(?)) > 0")
        params.append(filters.code.strip())
    columns = ", ".join("c." + c.strip() for c in CASE_COLUMNS.split(","))
    rows = vault.query(
        f"SELECT {columns} FROM casus c WHERE {' AND '.join(where)} ORDER BY c.code, c.id",  # noqa: S608
        tuple(params),
    )
    if not rows:
        return []
    today = vault.clock.now().date()
    statuses = informing_statuses(vault, [int(r[0]) for r in rows])
    if filters.informing is not None or filters.informing_undecided is not None:
        rows = [
            r
            for r in rows
            if (filters.informing is None or statuses[int(r[0])].state in filters.informing)
            and (
                filters.informing_undecided is None
                or statuses[int(r[0])].undecided(today) == filters.informing_undecided
            )
        ]
    cases = [case_from_row(r) for r in rows]
    ids = [c.id for c in cases]
    meetings, last, discussed = _agenda_counts(vault, ids, cell_id=filters.cell_id, today=today)
    open_actions = _open_action_counts(vault, ids, cell_id=filters.cell_id)
    return [
        CaseListRow(
            case=c,
            informing=statuses[c.id],
            meetings=meetings.get(c.id, 0),
            last_on_agenda=last.get(c.id),
            open_actions=open_actions.get(c.id, 0),
            informing_undecided=statuses[c.id].undecided(today),
            last_discussed=discussed.get(c.id),
        )
        for c in cases
    ]


def _scope(ids: Collection[int], cell_id: int | None) -> tuple[str, tuple[object, ...]]:
    """A condition on ``case_id`` for the listed cases: the cell's (cheap) or the ids."""
    if cell_id is not None:
        return "case_id IN (SELECT id FROM casus WHERE cell_id = ?)", (cell_id,)
    return "case_id IS NOT NULL", ()


def _agenda_counts(
    vault: Vault, ids: Collection[int], *, cell_id: int | None, today: date
) -> tuple[dict[int, int], dict[int, date], dict[int, date]]:
    """Per case: meetings it was on the agenda of, the latest of them, and the latest one
    held or whose day has come (one query; cancelled meetings never count)."""
    wanted = set(ids)
    condition, params = _scope(ids, cell_id)
    counts: dict[int, int] = {}
    last: dict[int, date] = {}
    discussed: dict[int, date] = {}
    for case_id, count, starts, held in vault.query(
        "SELECT i.case_id, count(DISTINCT i.meeting_id), max(m.starts_at),"  # noqa: S608
        " max(CASE WHEN m.status = 'closed' OR substr(m.starts_at, 1, 10) <= ?"
        " THEN m.starts_at END) FROM agenda_item i"
        f" JOIN meeting m ON m.id = i.meeting_id WHERE i.{condition}"
        " AND m.status != 'cancelled' GROUP BY i.case_id",
        (today.isoformat(), *params),
    ):
        if int(case_id) in wanted:
            counts[int(case_id)] = int(count)
            last[int(case_id)] = datetime.fromisoformat(str(starts)).date()
            if held is not None:
                discussed[int(case_id)] = datetime.fromisoformat(str(held)).date()
    return counts, last, discussed


def _open_action_counts(
    vault: Vault, ids: Collection[int], *, cell_id: int | None
) -> dict[int, int]:
    wanted = set(ids)
    condition, params = _scope(ids, cell_id)
    return {
        int(case_id): int(count)
        for case_id, count in vault.query(
            f"SELECT case_id, count(*) FROM action WHERE status = 'open' AND {condition}"  # noqa: S608
            " GROUP BY case_id",
            params,
        )
        if int(case_id) in wanted
    }


# ---------------------------------------------------------------------------- on the agenda


@dataclass(frozen=True, slots=True)
class AgendaReminders:
    """What surfaces on a meeting's agenda until it is resolved (P7, P8, P13)."""

    meeting_id: int
    on: date
    """The day judged against: the meeting's, or today when that is later."""
    overdue_actions: tuple[ActionEntry, ...]
    """The cell's open actions of earlier meetings, overdue on :attr:`on`."""
    informing_undecided: tuple[int, ...]
    """Cases (ids, by code) whose informing needs deciding: those on this agenda that
    are undecided, and the cell's other open cases whose question was left open (no
    police present) or postponed until a date that has come (P7)."""
    stepwise_due: tuple[int, ...]
    """Minors' cases on this agenda whose stepwise questions are asked now (P8)."""
    trajectories_to_evaluate: tuple[int, ...]
    """The cell's cases with a trajectory whose evaluation date has come (P13)."""


def agenda_reminders(vault: Vault, meeting_id: int) -> AgendaReminders:
    """Everything that resurfaces on this meeting's agenda, in a fixed number of queries
    (plus the stepwise check per minor's case on the agenda)."""
    meeting = get_meeting(vault, meeting_id)
    day = max(meeting.starts_at.date(), vault.clock.now().date())
    rows = vault.query(
        "SELECT c.id, c.phase, c.evaluation_on,"
        " EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = ?1 AND i.case_id = c.id)"
        " FROM casus c WHERE c.cell_id = ?2 AND c.phase != 'closed' ORDER BY c.code, c.id",
        (meeting_id, meeting.cell_id),
    )
    statuses = informing_statuses(vault, [int(r[0]) for r in rows])
    informing = []
    for case_id, _phase, _evaluation, on_agenda in rows:
        status = statuses[int(case_id)]
        if not status.undecided(day):
            continue
        if on_agenda or status.state is not InformingState.NOT_CONSIDERED:
            informing.append(int(case_id))
    evaluate = tuple(
        int(r[0])
        for r in rows
        if r[1] in (CaseStage.TRAJECTORY_PROPOSED.value, CaseStage.TRAJECTORY_RUNNING.value)
        and r[2] is not None
        and date.fromisoformat(str(r[2])) <= day
    )
    return AgendaReminders(
        meeting_id=meeting_id,
        on=day,
        overdue_actions=tuple(overdue_for_meeting(vault, meeting_id)),
        informing_undecided=tuple(informing),
        stepwise_due=tuple(stepwise_due_on_agenda(vault, meeting_id)),
        trajectories_to_evaluate=evaluate,
    )
