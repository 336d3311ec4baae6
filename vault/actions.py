"""Actions agreed at a meeting: owner, due date, status, and why one was not done.

Open actions carry forward: every later meeting of the same cell shows the actions that
are still open (:func:`open_actions_before`). An action's description is a table-only
note (P1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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


# ---------------------------------------------------------------------------- across meetings


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """An action as the lists across meetings show it (domain review M5)."""

    action: Action
    description: str
    """The text of its description note ("" when it has none); table-only unless released
    (P1): shown inside the vault only."""
    owner_name: str
    """The person who does it ("" when only the organisation is known)."""
    organisation: str
    """The organisation that does it: the action's own, else its owner's."""
    cell_id: int
    case_code: str | None
    agreed_on: date
    """The day of the meeting where it was agreed."""
    overdue: bool
    """Open and due before today (:func:`is_overdue`)."""


_ENTRY_SQL = f"""
    SELECT {ACTION_COLUMNS}, coalesce(n.body, ''), coalesce(p.name, ''),
           CASE WHEN a.owner_organisation != '' THEN a.owner_organisation
                ELSE coalesce(p.organisation, '') END,
           m.cell_id, c.code, substr(m.starts_at, 1, 10)
    FROM action a JOIN meeting m ON m.id = a.meeting_id
    LEFT JOIN person p ON p.id = a.owner_id
    LEFT JOIN note n ON n.id = a.description_note_id
    LEFT JOIN casus c ON c.id = a.case_id
"""  # noqa: S608 - constant SQL
_ENTRY_ORDER = "ORDER BY a.status != 'open', a.due_date IS NULL, a.due_date, m.starts_at, a.id"


def _entries(
    vault: Vault, where: str, params: tuple[object, ...], *, open_only: bool = False
) -> list[ActionEntry]:
    """The actions that pass ``where`` (numbered parameters ``?1``...); one query."""
    today = vault.clock.now().date()
    found = []
    sql = f"{_ENTRY_SQL} WHERE ({where}) AND (? = 0 OR a.status = 'open') {_ENTRY_ORDER}"
    for row in vault.query(sql, (*params, int(open_only))):
        action = action_from_row(row[:10])
        found.append(
            ActionEntry(
                action=action,
                description=str(row[10]),
                owner_name=str(row[11]),
                organisation=str(row[12]),
                cell_id=int(row[13]),
                case_code=None if row[14] is None else str(row[14]),
                agreed_on=date.fromisoformat(str(row[15])),
                overdue=is_overdue(action, today),
            )
        )
    return found


def actions_of_case(vault: Vault, case_id: int, *, open_only: bool = False) -> list[ActionEntry]:
    """The case's actions across all its meetings: open ones first, by due date."""
    return _entries(
        vault,
        "a.case_id = ?1 OR a.agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ?1)",
        (case_id,),
        open_only=open_only,
    )


def actions_of_organisation(
    vault: Vault, organisation: str, *, open_only: bool = True, cell_id: int | None = None
) -> list[ActionEntry]:
    """Actions a partner organisation does (the action names it, or its owner works
    there; case and accents as typed, spaces around ignored), across meetings."""
    return _entries(
        vault,
        "lower(CASE WHEN a.owner_organisation != '' THEN a.owner_organisation"
        " ELSE coalesce(p.organisation, '') END) = lower(?1) AND (?2 IS NULL OR m.cell_id = ?2)",
        (organisation.strip(), cell_id),
        open_only=open_only,
    )


def my_actions(vault: Vault, *, open_only: bool = True) -> list[ActionEntry]:
    """The user's own actions across every cell ("mijn acties")."""
    return _entries(
        vault,
        "a.owner_id IN (SELECT id FROM person WHERE is_self = 1)",
        (),
        open_only=open_only,
    )


def overdue_actions(vault: Vault, *, cell_id: int | None = None) -> list[ActionEntry]:
    """Every open action past its due date (today, by the vault's clock), across every
    cell or in one: whoever owns it — the user, a colleague, an organisation only."""
    today = vault.clock.now().date().isoformat()
    return _entries(
        vault,
        "a.due_date < ?1 AND (?2 IS NULL OR m.cell_id = ?2)",
        (today, cell_id),
        open_only=True,
    )


def overdue_for_meeting(vault: Vault, meeting_id: int) -> list[ActionEntry]:
    """The cell's open actions from earlier meetings that are overdue on this meeting's
    day (or today, when that is later): they surface on its agenda."""
    rows = vault.query("SELECT cell_id, starts_at FROM meeting WHERE id = ?", (meeting_id,))
    if not rows:
        raise KeyError(meeting_id)
    day = max(date.fromisoformat(str(rows[0][1])[:10]), vault.clock.now().date())
    return [
        e
        for e in _entries(
            vault,
            "m.cell_id = ?1 AND a.status = 'open' AND a.due_date < ?2 AND a.meeting_id != ?3"
            " AND m.starts_at <= (SELECT starts_at FROM meeting WHERE id = ?3)",
            (int(rows[0][0]), day.isoformat(), meeting_id),
        )
        if is_overdue(e.action, day)
    ]


def owner_organisations(vault: Vault) -> list[str]:
    """Every organisation an action can be listed by: of the people, and named on
    actions, sorted case-insensitively."""
    rows = vault.query(
        "SELECT organisation FROM person WHERE organisation != ''"
        " UNION SELECT owner_organisation FROM action WHERE owner_organisation != ''"
    )
    return sorted({str(r[0]).strip() for r in rows} - {""}, key=str.casefold)
