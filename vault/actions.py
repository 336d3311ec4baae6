"""Actions agreed at a meeting: owner, due date, status, and why one was not done.

Open actions carry forward: every later meeting of the same cell shows the actions that
are still open (:func:`open_actions_before`). An action's description is a table-only
note (P1).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from vault.clock import iso
from vault.model import NO_PERSON, Action, ActionStatus, NotDoneReason, NoteKind
from vault.notes import insert_note
from vault.store import Vault

DEFAULT_DUE_DAYS = 28
"""A new action is due four weeks after its meeting unless the user says otherwise."""


def default_due(meeting_day: date) -> date:
    """The due date a new action of a meeting on ``meeting_day`` is offered with."""
    return meeting_day + timedelta(days=DEFAULT_DUE_DAYS)


def is_overdue(action: Action, on: date) -> bool:
    """Still open and due before ``on`` (the day of the meeting it is looked at in).

    Due on ``on`` itself is not overdue yet; an action without a due date, or closed
    (done, or not done with a reason), is never overdue.
    """
    return (
        action.status is ActionStatus.OPEN and action.due_date is not None and action.due_date < on
    )


ACTION_COLUMNS = (
    "a.id, a.meeting_id, a.agenda_item_id, a.case_id, a.owner_id, a.due_date, a.status,"
    " a.not_done_reason, a.description_note_id, a.owner_organisation"
)


def action_from_row(row: Sequence[Any]) -> Action:
    return Action(
        int(row[0]),
        int(row[1]),
        row[2],
        row[3],
        NO_PERSON if row[4] is None else int(row[4]),
        date.fromisoformat(row[5]) if row[5] else None,
        ActionStatus(row[6]),
        NotDoneReason(row[7]) if row[7] else None,
        row[8],
        str(row[9]) if len(row) > 9 else "",
    )


def add_action(
    vault: Vault,
    meeting_id: int,
    owner_id: int | None,
    description: str,
    *,
    due_date: date | None = None,
    agenda_item_id: int | None = None,
    case_id: int | None = None,
    owner_organisation: str = "",
) -> int:
    """Record an action agreed at a meeting; its description is a table-only note (P1).

    The owner is a person (``owner_id``), or — when the person is not known yet — an
    organisation (``owner_id=None``, ``owner_organisation="CLB"``); both may be given.
    """
    owner_organisation = owner_organisation.strip()
    if owner_id is None and not owner_organisation:
        raise ValueError("an action has an owner: a person, or an organisation")
    with vault.transaction() as db:
        note_id = insert_note(
            db,
            iso(vault.clock.now()),
            description,
            kind=NoteKind.ACTION_DESCRIPTION,
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            case_id=case_id,
        )
        if case_id is None and agenda_item_id is not None:
            row = db.execute(
                "SELECT case_id FROM agenda_item WHERE id = ?", (agenda_item_id,)
            ).fetchone()
            case_id = None if row is None else row[0]
        cur = db.execute(
            "INSERT INTO action(meeting_id, agenda_item_id, case_id, owner_id,"
            " owner_organisation, due_date, description_note_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                meeting_id,
                agenda_item_id,
                case_id,
                owner_id,
                owner_organisation,
                due_date.isoformat() if due_date else None,
                note_id,
            ),
        )
        return int(cur.lastrowid)


def close_action(
    vault: Vault, action_id: int, status: ActionStatus, reason: NotDoneReason | None = None
) -> None:
    """Mark an action done, or not done with its reason (or open again)."""
    if (status is ActionStatus.NOT_DONE) != (reason is not None):
        raise ValueError("a reason is needed exactly when an action was not done")
    closed_at = None if status is ActionStatus.OPEN else iso(vault.clock.now())
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE action SET status = ?, not_done_reason = ?, closed_at = ? WHERE id = ?",
            (status.value, reason.value if reason else None, closed_at, action_id),
        )
        if cur.rowcount != 1:
            raise KeyError(action_id)


def get_action(vault: Vault, action_id: int) -> Action:
    rows = vault.query(f"SELECT {ACTION_COLUMNS} FROM action a WHERE a.id = ?", (action_id,))  # noqa: S608
    if not rows:
        raise KeyError(action_id)
    return action_from_row(rows[0])


def actions_of(vault: Vault, meeting_id: int) -> list[Action]:
    rows = vault.query(
        f"SELECT {ACTION_COLUMNS} FROM action a WHERE a.meeting_id = ? ORDER BY a.id",  # noqa: S608
        (meeting_id,),
    )
    return [action_from_row(r) for r in rows]


def open_actions_before(vault: Vault, meeting_id: int) -> list[Action]:
    """Open actions from earlier meetings of the same cell: they carry forward."""
    rows = vault.query(
        f"SELECT {ACTION_COLUMNS} FROM action a JOIN meeting m ON m.id = a.meeting_id"  # noqa: S608
        " JOIN meeting this ON this.id = ?"
        " WHERE m.cell_id = this.cell_id AND a.status = 'open'"
        " AND (m.starts_at < this.starts_at OR (m.starts_at = this.starts_at AND m.id < this.id))"
        " ORDER BY a.due_date IS NULL, a.due_date, a.id",
        (meeting_id,),
    )
    return [action_from_row(r) for r in rows]
