"""Meetings and their agenda, created from the standard template.

The template agenda: opening (with the reminder of the agreement framework and the
secrecy duty of art. 458ter Sw.), open actions, one item per case, LTF decisions,
closing. Open actions of earlier meetings of the same cell carry forward: the meeting
shows them until they are closed (:func:`vault.actions.open_actions_before`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
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
from vault.store import Vault

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
