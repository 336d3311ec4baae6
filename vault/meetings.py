"""Meetings and their agenda, created from the standard template.

Why this file is longer than ~500 lines: a meeting and its agenda are one table's rules —
the template and the practice's agenda, and the living agenda's edits (add, reorder,
remove, reschedule, open, close, cancel) that must agree on sections and order.

The template agenda: opening (with the reminder of the agreement framework and the
secrecy duty of art. 458ter Sw.), open actions, one item per case, LTF decisions,
closing. Open actions of earlier meetings of the same cell carry forward: the meeting
shows them until they are closed (:func:`vault.actions.open_actions_before`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vault.clock import iso
from vault.model import (
    AgendaItem,
    AgendaItemKind,
    AgendaSection,
    Meeting,
    MeetingStatus,
    TableKind,
)
from vault.store import Connection, Vault

_MEETING_COLUMNS = "id, cell_id, starts_at, table_kind, place, status"
_ITEM_COLUMNS = "id, meeting_id, position, kind, title, case_id, section"
MEETING_COLUMNS = _MEETING_COLUMNS
ITEM_COLUMNS = _ITEM_COLUMNS
"""The columns :func:`meeting_from_row` and :func:`item_from_row` read, for read models."""


def meeting_from_row(row: Sequence[Any]) -> Meeting:
    return Meeting(
        int(row[0]),
        int(row[1]),
        datetime.fromisoformat(str(row[2])),
        TableKind(row[3]),
        str(row[4]),
        MeetingStatus(row[5]),
    )


def item_from_row(row: Sequence[Any]) -> AgendaItem:
    return AgendaItem(
        int(row[0]),
        int(row[1]),
        int(row[2]),
        AgendaItemKind(row[3]),
        str(row[4]),
        row[5],
        AgendaSection(row[6]) if len(row) > 6 and row[6] is not None else None,
    )


def local_wall_clock(moment: datetime) -> datetime:
    """A naive local time to the minute (meeting times are local wall-clock times)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def template_agenda(
    table: TableKind, case_ids: Iterable[int] = ()
) -> list[tuple[AgendaItemKind, int | None]]:
    """The standard agenda for a table, as (kind, case id) pairs."""
    items: list[tuple[AgendaItemKind, int | None]] = [
        (AgendaItemKind.OPENING, None),
        (AgendaItemKind.OPEN_ACTIONS, None),
    ]
    if table is TableKind.OPERATIONAL:
        items += [(AgendaItemKind.CASE, c) for c in case_ids]
        items.append((AgendaItemKind.LTF_DECISIONS, None))
    else:
        items.append((AgendaItemKind.THEME, None))
    items.append((AgendaItemKind.CLOSING, None))
    return items


def start_meeting(
    vault: Vault,
    cell_id: int,
    starts_at: datetime,
    table: TableKind,
    *,
    place: str = "",
    case_ids: Iterable[int] = (),
) -> int:
    """Create a meeting with the template agenda and return its id.

    ``starts_at`` is the meeting's local wall-clock time; an aware datetime is converted
    to local time first, so every stored time compares correctly as text.
    """
    starts_at = local_wall_clock(starts_at)
    case_ids = list(case_ids)
    if case_ids and table is TableKind.STRATEGIC:
        raise ValueError("cases are discussed at the operational table, not the strategic one")
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO meeting(cell_id, starts_at, table_kind, place, status, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                cell_id,
                starts_at.isoformat(timespec="minutes"),
                table.value,
                place,
                MeetingStatus.PLANNED.value,
                iso(vault.clock.now()),
            ),
        )
        meeting_id = int(cur.lastrowid)
        for position, (kind, case_id) in enumerate(template_agenda(table, case_ids), start=1):
            db.execute(
                "INSERT INTO agenda_item(meeting_id, position, kind, case_id) VALUES (?, ?, ?, ?)",
                (meeting_id, position, kind.value, case_id),
            )
    return meeting_id


def add_agenda_item(
    vault: Vault,
    meeting_id: int,
    kind: AgendaItemKind,
    *,
    title: str = "",
    case_id: int | None = None,
    before_kind: AgendaItemKind | None = AgendaItemKind.LTF_DECISIONS,
) -> int:
    """Insert an item (by default before the LTF decisions, or at the end)."""
    with vault.transaction() as db:
        rows = db.execute(
            "SELECT id, position, kind FROM agenda_item WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        ).fetchall()
        position = len(rows) + 1
        for _id, pos, k in rows:
            if before_kind is not None and k == before_kind.value:
                position = int(pos)
                break
        for _id, pos, _k in reversed(rows):
            if int(pos) >= position:
                db.execute("UPDATE agenda_item SET position = ? WHERE id = ?", (pos + 1, _id))
        cur = db.execute(
            "INSERT INTO agenda_item(meeting_id, position, kind, title, case_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (meeting_id, position, kind.value, title, case_id),
        )
        return int(cur.lastrowid)


def get_meeting(vault: Vault, meeting_id: int) -> Meeting:
    rows = vault.query(
        f"SELECT {_MEETING_COLUMNS} FROM meeting WHERE id = ?",  # noqa: S608
        (meeting_id,),
    )
    if not rows:
        raise KeyError(meeting_id)
    return meeting_from_row(rows[0])


def list_meetings(vault: Vault, cell_id: int | None = None) -> list[Meeting]:
    if cell_id is None:
        rows = vault.query(f"SELECT {_MEETING_COLUMNS} FROM meeting ORDER BY starts_at, id")  # noqa: S608
    else:
        rows = vault.query(
            f"SELECT {_MEETING_COLUMNS} FROM meeting WHERE cell_id = ?"  # noqa: S608
            " ORDER BY starts_at, id",
            (cell_id,),
        )
    return [meeting_from_row(r) for r in rows]


def set_meeting_status(vault: Vault, meeting_id: int, status: MeetingStatus) -> None:
    with vault.transaction() as db:
        cur = db.execute("UPDATE meeting SET status = ? WHERE id = ?", (status.value, meeting_id))
        if cur.rowcount != 1:
            raise KeyError(meeting_id)


def agenda(vault: Vault, meeting_id: int) -> list[AgendaItem]:
    rows = vault.query(
        f"SELECT {_ITEM_COLUMNS} FROM agenda_item WHERE meeting_id = ?"  # noqa: S608
        " ORDER BY position",
        (meeting_id,),
    )
    return [item_from_row(r) for r in rows]


def get_agenda_item(vault: Vault, item_id: int) -> AgendaItem:
    rows = vault.query(f"SELECT {_ITEM_COLUMNS} FROM agenda_item WHERE id = ?", (item_id,))  # noqa: S608
    if not rows:
        raise KeyError(item_id)
    return item_from_row(rows[0])


def previous_meeting(vault: Vault, meeting_id: int) -> Meeting | None:
    """The cell's meeting just before this one, if any."""
    this = get_meeting(vault, meeting_id)
    rows = vault.query(
        f"SELECT {_MEETING_COLUMNS} FROM meeting WHERE cell_id = ? AND"  # noqa: S608
        " (starts_at < ? OR (starts_at = ? AND id < ?)) ORDER BY starts_at DESC, id DESC LIMIT 1",
        (
            this.cell_id,
            this.starts_at.isoformat(timespec="minutes"),
            this.starts_at.isoformat(timespec="minutes"),
            this.id,
        ),
    )
    return meeting_from_row(rows[0]) if rows else None


# ---------------------------------------------------------------------------- the living agenda
# The agenda follows the real meeting (P13; domain review M2, C18): items are added, moved
# and removed while the meeting runs; date and place change; a meeting is cancelled or
# closed as held. Every change is one short transaction, audited with ids only.

SECTION_ORDER: tuple[AgendaSection, ...] = tuple(AgendaSection)
"""The practice's order of an operational agenda: opening (framework, ad hoc
participants); approval of the previous report; open actions; follow-up of running cases;
new referrals (screened against the local definition, minors' check); information from
and feedback to the LTF; cases to close; varia and signals for the strategic table; next
meeting."""

_SECTION_KIND: dict[AgendaSection, AgendaItemKind] = {
    AgendaSection.OPENING: AgendaItemKind.OPENING,
    AgendaSection.PREVIOUS_REPORT: AgendaItemKind.THEME,
    AgendaSection.OPEN_ACTIONS: AgendaItemKind.OPEN_ACTIONS,
    AgendaSection.LTF: AgendaItemKind.LTF_DECISIONS,
    AgendaSection.VARIA: AgendaItemKind.OTHER,
    AgendaSection.NEXT_MEETING: AgendaItemKind.CLOSING,
}
_CASE_SECTIONS = (
    AgendaSection.RUNNING_CASES,
    AgendaSection.NEW_REFERRALS,
    AgendaSection.CASES_TO_CLOSE,
)


@dataclass(frozen=True, slots=True)
class TemplateItem:
    """One item of the practice's template agenda."""

    section: AgendaSection
    kind: AgendaItemKind
    case_id: int | None = None


def practice_agenda(
    table: TableKind,
    *,
    running: Iterable[int] = (),
    new: Iterable[int] = (),
    closing: Iterable[int] = (),
) -> list[TemplateItem]:
    """The practice's agenda (:data:`SECTION_ORDER`) with the given cases in their
    sections. A strategic table has no case items: its signals come under varia (a
    theme)."""
    cases = {
        AgendaSection.RUNNING_CASES: list(running),
        AgendaSection.NEW_REFERRALS: list(new),
        AgendaSection.CASES_TO_CLOSE: list(closing),
    }
    if table is TableKind.STRATEGIC and any(cases.values()):
        raise ValueError("cases are discussed at the operational table, not the strategic one")
    items = []
    for section in SECTION_ORDER:
        if section in cases:
            items += [TemplateItem(section, AgendaItemKind.CASE, c) for c in cases[section]]
        elif table is TableKind.STRATEGIC and section is AgendaSection.LTF:
            continue
        elif table is TableKind.STRATEGIC and section is AgendaSection.VARIA:
            items.append(TemplateItem(section, AgendaItemKind.THEME))
        else:
            items.append(TemplateItem(section, _SECTION_KIND[section]))
    return items


def start_practice_meeting(
    vault: Vault,
    cell_id: int,
    starts_at: datetime,
    table: TableKind,
    *,
    place: str = "",
    running: Iterable[int] = (),
    new: Iterable[int] = (),
    closing: Iterable[int] = (),
) -> int:
    """Create a meeting with the practice's agenda (:func:`practice_agenda`); the cases
    must be the cell's. :func:`proposed_cases` proposes them."""
    items = practice_agenda(table, running=running, new=new, closing=closing)
    starts_at = local_wall_clock(starts_at)
    with vault.transaction() as db:
        _check_cases_of_cell(db, cell_id, [i.case_id for i in items if i.case_id is not None])
        cur = db.execute(
            "INSERT INTO meeting(cell_id, starts_at, table_kind, place, status, created_at)"
            " VALUES (?, ?, ?, ?, 'planned', ?)",
            (
                cell_id,
                starts_at.isoformat(timespec="minutes"),
                table.value,
                place,
                iso(vault.clock.now()),
            ),
        )
        meeting_id = int(cur.lastrowid)
        db.executemany(
            "INSERT INTO agenda_item(meeting_id, position, kind, case_id, section)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (meeting_id, n, i.kind.value, i.case_id, i.section.value)
                for n, i in enumerate(items, start=1)
            ],
        )
    return meeting_id


@dataclass(frozen=True, slots=True)
class ProposedCases:
    """The cell's cases proposed for a new meeting's agenda, by section (ids, by code)."""

    running: tuple[int, ...]
    """Discussed, in screening, or with a follow-up trajectory: follow-up of running cases."""
    new: tuple[int, ...]
    """Referrals not yet discussed."""
    to_evaluate: tuple[int, ...]
    """Running cases whose trajectory's evaluation date has come by ``on`` (a subset of
    :attr:`running`): perhaps to close."""


def proposed_cases(vault: Vault, cell_id: int, on: date | None = None) -> ProposedCases:
    """Which of the cell's cases to put on the next agenda (on day ``on``, default today):
    every case that is not closed."""
    day = vault.clock.now().date() if on is None else on
    rows = vault.query(
        "SELECT id, phase, evaluation_on FROM casus WHERE cell_id = ? AND phase != 'closed'"
        " ORDER BY code, id",
        (cell_id,),
    )
    running = tuple(int(r[0]) for r in rows if r[1] != "referral")
    return ProposedCases(
        running=running,
        new=tuple(int(r[0]) for r in rows if r[1] == "referral"),
        to_evaluate=tuple(
            int(r[0])
            for r in rows
            if r[1] != "referral" and r[2] is not None and date.fromisoformat(str(r[2])) <= day
        ),
    )


def _check_cases_of_cell(db: Connection, cell_id: int, case_ids: Sequence[int]) -> None:
    for case_id in case_ids:
        row = db.execute("SELECT cell_id FROM casus WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        if int(row[0]) != cell_id:
            raise ValueError("the case belongs to another cell than the meeting")


def _editable(db: Connection, meeting_id: int) -> tuple[int, TableKind]:
    """(cell, table) of a meeting whose agenda may change: not closed, not cancelled."""
    row = db.execute(
        "SELECT cell_id, table_kind, status FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        raise KeyError(meeting_id)
    if row[2] in (MeetingStatus.CLOSED.value, MeetingStatus.CANCELLED.value):
        raise ValueError(f"the meeting is {row[2]}: its agenda no longer changes")
    return int(row[0]), TableKind(row[1])


def _audit(db: Connection, now: str, kind: str, subject: str, detail: str = "") -> None:
    db.execute(
        "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, ?, ?, ?)",
        (now, kind, subject, detail),
    )


_KIND_SECTION: dict[str, AgendaSection] = {
    AgendaItemKind.OPENING.value: AgendaSection.OPENING,
    AgendaItemKind.OPEN_ACTIONS.value: AgendaSection.OPEN_ACTIONS,
    AgendaItemKind.CASE.value: AgendaSection.RUNNING_CASES,
    AgendaItemKind.LTF_DECISIONS.value: AgendaSection.LTF,
    AgendaItemKind.THEME.value: AgendaSection.VARIA,
    AgendaItemKind.OTHER.value: AgendaSection.VARIA,
    AgendaItemKind.CLOSING.value: AgendaSection.NEXT_MEETING,
}
"""The section an item made without one (before schema 7, or by the standard template)
counts as when placing new items."""


def _insert_item(
    db: Connection,
    meeting_id: int,
    kind: AgendaItemKind,
    section: AgendaSection,
    *,
    title: str = "",
    case_id: int | None = None,
) -> int:
    """Insert an item where its section belongs: before the first item of a later
    section (:data:`SECTION_ORDER`; an item without a section counts by its kind), so a
    case comes before the LTF item and a theme before the closing."""
    rows = db.execute(
        "SELECT position, kind, section FROM agenda_item WHERE meeting_id = ? ORDER BY position",
        (meeting_id,),
    ).fetchall()
    rank = SECTION_ORDER.index(section)
    position = len(rows) + 1
    for pos, k, s in rows:
        own = AgendaSection(s) if s is not None else _KIND_SECTION[str(k)]
        if SECTION_ORDER.index(own) > rank:
            position = int(pos)
            break
    db.execute(
        "UPDATE agenda_item SET position = position + 1 WHERE meeting_id = ? AND position >= ?",
        (meeting_id, position),
    )
    cur = db.execute(
        "INSERT INTO agenda_item(meeting_id, position, kind, title, case_id, section)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (meeting_id, position, kind.value, title, case_id, section.value),
    )
    return int(cur.lastrowid)


def add_case_item(
    vault: Vault, meeting_id: int, case_id: int, *, section: AgendaSection | None = None
) -> int:
    """Put a case on a meeting's agenda while it runs (a case that comes up at the table).

    ``section``: running cases, new referrals or cases to close; by default a referral
    goes under new referrals, any other case under running cases. Refused on a strategic
    table, for another cell's case, for a case already on the agenda, and once the
    meeting is closed or cancelled. A minor's case that returns asks the stepwise
    questions again (:func:`vault.cases.stepwise_check_due` with the meeting, P8).
    """
    if section is not None and section not in _CASE_SECTIONS:
        raise ValueError("a case goes under running cases, new referrals or cases to close")
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        cell_id, table = _editable(db, meeting_id)
        if table is TableKind.STRATEGIC:
            raise ValueError("cases are discussed at the operational table, not the strategic one")
        _check_cases_of_cell(db, cell_id, [case_id])
        if db.execute(
            "SELECT 1 FROM agenda_item WHERE meeting_id = ? AND case_id = ?", (meeting_id, case_id)
        ).fetchone():
            raise ValueError("the case is already on this agenda")
        if section is None:
            phase = db.execute("SELECT phase FROM casus WHERE id = ?", (case_id,)).fetchone()[0]
            section = (
                AgendaSection.NEW_REFERRALS if phase == "referral" else AgendaSection.RUNNING_CASES
            )
        item_id = _insert_item(db, meeting_id, AgendaItemKind.CASE, section, case_id=case_id)
        _audit(
            db, now, "agenda_item_added", f"meeting:{meeting_id}", f"item:{item_id} case:{case_id}"
        )
        return item_id


def add_case_by_code(
    vault: Vault, meeting_id: int, code: str, *, subject_is_minor: bool = False
) -> tuple[int, int]:
    """Put a case on the agenda by its code: the cell's existing case with that code, or
    a new referral (:func:`vault.cases.add_case`). Returns (case id, item id)."""
    from vault.cases import CaseExists, add_case

    # Every refusal that does not depend on the case comes first: a new case is made
    # only when it can go on this agenda (no stray referral behind a refusal).
    rows = vault.query(
        "SELECT cell_id, table_kind, status FROM meeting WHERE id = ?", (meeting_id,)
    )
    if not rows:
        raise KeyError(meeting_id)
    cell_id, table, status = int(rows[0][0]), TableKind(rows[0][1]), str(rows[0][2])
    if status in (MeetingStatus.CLOSED.value, MeetingStatus.CANCELLED.value):
        raise ValueError(f"the meeting is {status}: its agenda no longer changes")
    if table is TableKind.STRATEGIC:
        raise ValueError("cases are discussed at the operational table, not the strategic one")
    try:
        case_id = add_case(vault, cell_id, code, subject_is_minor=subject_is_minor)
    except CaseExists as existing:
        case_id = existing.case_id
    return case_id, add_case_item(vault, meeting_id, case_id)


def add_theme_item(vault: Vault, meeting_id: int, title: str) -> int:
    """Add a theme with its title (under varia, before the next meeting's item)."""
    title = title.strip()
    if not title:
        raise ValueError("a theme has a title")
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        _editable(db, meeting_id)
        item_id = _insert_item(
            db, meeting_id, AgendaItemKind.THEME, AgendaSection.VARIA, title=title
        )
        _audit(db, now, "agenda_item_added", f"meeting:{meeting_id}", f"item:{item_id} theme")
        return item_id


def reorder_agenda(vault: Vault, meeting_id: int, item_ids: Sequence[int]) -> None:
    """Put the meeting's items in this order (every item once)."""
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        _editable(db, meeting_id)
        current = [
            int(r[0])
            for r in db.execute(
                "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", (meeting_id,)
            )
        ]
        if sorted(current) != sorted(item_ids) or len(set(item_ids)) != len(item_ids):
            raise ValueError("a new order names every item of the agenda once")
        db.executemany(
            "UPDATE agenda_item SET position = ? WHERE id = ?",
            [(n, item) for n, item in enumerate(item_ids, start=1)],
        )
        _audit(db, now, "agenda_reordered", f"meeting:{meeting_id}")


def move_item(vault: Vault, item_id: int, position: int) -> None:
    """Move one item to ``position`` (1 is first; beyond the end: last)."""
    item = get_agenda_item(vault, item_id)
    order = [i.id for i in agenda(vault, item.meeting_id) if i.id != item_id]
    order.insert(max(0, min(position - 1, len(order))), item_id)
    reorder_agenda(vault, item.meeting_id, order)


@dataclass(frozen=True, slots=True)
class ItemContents:
    """What an agenda item holds: an item holding anything is not removed."""

    notes: int
    decisions: int
    actions: int
    presence: int
    """Item attendance marks (who was in or out of the room for it)."""

    @property
    def empty(self) -> bool:
        return not (self.notes or self.decisions or self.actions or self.presence)


def item_contents(vault: Vault, item_id: int) -> ItemContents:
    """Counts of what an agenda item holds (one query)."""
    rows = vault.query(
        "SELECT (SELECT count(*) FROM note WHERE agenda_item_id = ?1),"
        " (SELECT count(*) FROM decision WHERE agenda_item_id = ?1),"
        " (SELECT count(*) FROM action WHERE agenda_item_id = ?1),"
        " (SELECT count(*) FROM item_attendance WHERE agenda_item_id = ?1),"
        " EXISTS (SELECT 1 FROM agenda_item WHERE id = ?1)",
        (item_id,),
    )
    notes, decisions, actions, presence, exists = (int(v) for v in rows[0])
    if not exists:
        raise KeyError(item_id)
    return ItemContents(notes, decisions, actions, presence)


def remove_item(vault: Vault, item_id: int) -> None:
    """Remove an empty item from a running meeting's agenda; one that holds notes,
    decisions, actions or presence marks is refused (:func:`item_contents`)."""
    contents = item_contents(vault, item_id)
    if not contents.empty:
        raise ValueError("the item holds notes, decisions, actions or presence: not removed")
    item = get_agenda_item(vault, item_id)
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        _editable(db, item.meeting_id)
        db.execute("DELETE FROM agenda_item WHERE id = ?", (item_id,))
        db.execute(
            "UPDATE agenda_item SET position = position - 1 WHERE meeting_id = ? AND position > ?",
            (item.meeting_id, item.position),
        )
        _audit(db, now, "agenda_item_removed", f"meeting:{item.meeting_id}", f"item:{item_id}")


def reschedule_meeting(
    vault: Vault, meeting_id: int, *, starts_at: datetime | None = None, place: str | None = None
) -> None:
    """Change a meeting's date and time (local wall clock) and/or its place."""
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        _editable(db, meeting_id)
        if starts_at is not None:
            db.execute(
                "UPDATE meeting SET starts_at = ? WHERE id = ?",
                (local_wall_clock(starts_at).isoformat(timespec="minutes"), meeting_id),
            )
        if place is not None:
            db.execute("UPDATE meeting SET place = ? WHERE id = ?", (place.strip(), meeting_id))
        _audit(db, now, "meeting_rescheduled", f"meeting:{meeting_id}")


_NEXT_STATUS = {
    MeetingStatus.PLANNED: {
        MeetingStatus.IN_PROGRESS,
        MeetingStatus.CLOSED,
        MeetingStatus.CANCELLED,
    },
    MeetingStatus.IN_PROGRESS: {
        MeetingStatus.CLOSED,
        MeetingStatus.CANCELLED,
        MeetingStatus.PLANNED,
    },
    MeetingStatus.CLOSED: {MeetingStatus.IN_PROGRESS},
    MeetingStatus.CANCELLED: {MeetingStatus.PLANNED},
}
"""Where a meeting may go: a closed meeting may be opened again to correct it, a
cancelled one planned again."""


def change_meeting_status(vault: Vault, meeting_id: int, status: MeetingStatus) -> None:
    """Open (in progress), close as held, cancel, or plan again — checked and audited.

    Closing as held (*overleg afsluiten*) also marks the referrals on its agenda as
    discussed (P13). The overviews and the case file read the status.
    """
    current = get_meeting(vault, meeting_id).status
    if status not in _NEXT_STATUS[current]:
        raise ValueError(f"a {current.value} meeting cannot become {status.value}")
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        db.execute("UPDATE meeting SET status = ? WHERE id = ?", (status.value, meeting_id))
        _audit(
            db,
            now,
            "meeting_status",
            f"meeting:{meeting_id}",
            f"from:{current.value} to:{status.value}",
        )
        if status is MeetingStatus.CLOSED:
            _referrals_discussed(db, now, meeting_id)


def _referrals_discussed(db: Connection, now: str, meeting_id: int) -> None:
    from vault.lifecycle import apply_stage
    from vault.model import CaseStage

    rows = db.execute(
        "SELECT DISTINCT c.id FROM casus c JOIN agenda_item i ON i.case_id = c.id"
        " WHERE i.meeting_id = ? AND c.phase = 'referral' ORDER BY c.id",
        (meeting_id,),
    ).fetchall()
    for (case_id,) in rows:
        apply_stage(
            db, now, int(case_id), CaseStage.REFERRAL, CaseStage.DISCUSSED, meeting_id=meeting_id
        )


def open_meeting(vault: Vault, meeting_id: int) -> None:
    """The meeting starts (in progress)."""
    change_meeting_status(vault, meeting_id, MeetingStatus.IN_PROGRESS)


def close_meeting(vault: Vault, meeting_id: int) -> None:
    """*Overleg afsluiten*: the meeting was held (status closed, C18)."""
    change_meeting_status(vault, meeting_id, MeetingStatus.CLOSED)


def cancel_meeting(vault: Vault, meeting_id: int) -> None:
    """The meeting does not take place."""
    change_meeting_status(vault, meeting_id, MeetingStatus.CANCELLED)


def stepwise_due_on_agenda(vault: Vault, meeting_id: int) -> list[int]:
    """The minors' cases on this agenda whose stepwise questions are asked now (P8): open,
    or returning to the agenda and not answered at this meeting yet."""
    from vault.cases import stepwise_check_due

    rows = vault.query(
        "SELECT DISTINCT c.id FROM casus c JOIN agenda_item i ON i.case_id = c.id"
        " WHERE i.meeting_id = ? AND c.subject_is_minor = 1 ORDER BY c.code",
        (meeting_id,),
    )
    return [int(r[0]) for r in rows if stepwise_check_due(vault, int(r[0]), meeting_id)]
