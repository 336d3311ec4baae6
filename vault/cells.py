"""Cells (LIVC R): framework, local definition, standing members, representation (P4).

Representation is the user's own record: whom they represent at a cell
(:func:`represent`) and at which meetings they sat at the table for a colleague
(:func:`sit_in_for`). At the table the representative **is** the member, with one
position for the organisation (P6, revised); the colleague never appears in attendance,
consensus or any document except their own feedback sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.clock import iso
from vault.model import Cell, Member
from vault.people import person_from_row
from vault.policy import Reason, Verdict, may_represent
from vault.store import Vault

DEFAULT_RETENTION_MONTHS = 24
"""Notes come up for review after this long unless the cell says otherwise. The user's
organisation decides; the program never deletes by itself."""


def _check_cell(name: str, retention_months: int) -> None:
    if not name.strip():
        raise ValueError("a cell needs a name")
    if retention_months < 1:
        raise ValueError("retention must be at least one month")


def add_cell(
    vault: Vault,
    name: str,
    *,
    framework_text: str = "",
    local_definition: str = "",
    retention_months: int = DEFAULT_RETENTION_MONTHS,
) -> int:
    _check_cell(name, retention_months)
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO cell(name, framework_text, local_definition, retention_months,"
            " created_at) VALUES (?, ?, ?, ?, ?)",
            (name, framework_text, local_definition, retention_months, iso(vault.clock.now())),
        )
        return int(cur.lastrowid)


def update_cell(
    vault: Vault,
    cell_id: int,
    *,
    name: str,
    framework_text: str,
    local_definition: str,
    retention_months: int,
) -> None:
    _check_cell(name, retention_months)
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE cell SET name = ?, framework_text = ?, local_definition = ?,"
            " retention_months = ? WHERE id = ?",
            (name, framework_text, local_definition, retention_months, cell_id),
        )
        if cur.rowcount != 1:
            raise KeyError(cell_id)


def get_cell(vault: Vault, cell_id: int) -> Cell:
    rows = vault.query(
        "SELECT id, name, framework_text, local_definition, retention_months FROM cell"
        " WHERE id = ?",
        (cell_id,),
    )
    if not rows:
        raise KeyError(cell_id)
    r = rows[0]
    return Cell(int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]))


def list_cells(vault: Vault) -> list[Cell]:
    rows = vault.query(
        "SELECT id, name, framework_text, local_definition, retention_months FROM cell"
        " ORDER BY name, id"
    )
    return [Cell(int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4])) for r in rows]


@dataclass(frozen=True, slots=True)
class CellContact:
    """What a notice to the person discussed names (P7, domain review C6): the
    municipality whose LIVC R it is, and a contact point for questions — the coordinator,
    or the municipality's data-protection officer — where the person can also ask what
    is processed about them. Plain cell metadata, no case content."""

    municipality: str = ""
    contact: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.municipality.strip() and self.contact.strip())


def contact_meta_keys(cell_id: int) -> tuple[str, str]:
    """The ``vault_meta`` keys of a cell's municipality and contact point."""
    return f"cell.{cell_id}.municipality", f"cell.{cell_id}.contact"


def cell_contact(vault: Vault, cell_id: int) -> CellContact:
    """The cell's municipality and contact point ("" where not recorded).

    Kept in ``vault_meta`` (keys ``cell.<id>.municipality``, ``cell.<id>.contact``): two
    facts per cell that need no schema change.
    """
    municipality_key, contact_key = contact_meta_keys(cell_id)
    rows = dict(
        vault.query(
            "SELECT key, value FROM vault_meta WHERE key IN (?, ?)", (municipality_key, contact_key)
        )
    )
    return CellContact(str(rows.get(municipality_key, "")), str(rows.get(contact_key, "")))


def set_cell_contact(vault: Vault, cell_id: int, *, municipality: str, contact: str) -> None:
    """Record the cell's municipality and contact point (empty text removes them)."""
    if not vault.query("SELECT 1 FROM cell WHERE id = ?", (cell_id,)):
        raise KeyError(cell_id)
    with vault.transaction() as db:
        for key, value in zip(contact_meta_keys(cell_id), (municipality, contact), strict=True):
            if value.strip():
                db.execute(
                    "INSERT INTO vault_meta(key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value.strip()),
                )
            else:
                db.execute("DELETE FROM vault_meta WHERE key = ?", (key,))


def add_member(vault: Vault, cell_id: int, person_id: int, *, structural: bool = True) -> None:
    """Make a person a standing (structural) or ad hoc member of a cell."""
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO cell_member(cell_id, person_id, structural) VALUES (?, ?, ?)"
            " ON CONFLICT(cell_id, person_id) DO UPDATE SET structural = excluded.structural",
            (cell_id, person_id, int(structural)),
        )


def remove_member(vault: Vault, cell_id: int, person_id: int) -> None:
    with vault.transaction() as db:
        db.execute(
            "DELETE FROM cell_member WHERE cell_id = ? AND person_id = ?", (cell_id, person_id)
        )


def members(vault: Vault, cell_id: int) -> list[Member]:
    rows = vault.query(
        "SELECT p.id, p.name, p.organisation, p.role, p.professional, p.is_self, m.structural"
        " FROM cell_member m JOIN person p ON p.id = m.person_id WHERE m.cell_id = ?"
        " ORDER BY m.structural DESC, p.name",
        (cell_id,),
    )
    return [Member(person_from_row(r[:6]), bool(r[6])) for r in rows]


class RepresentationRefused(ValueError):
    """The policy refused the representation (:func:`vault.policy.may_represent`)."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(f"representation refused: {verdict.reason}")
        self.verdict = verdict


def represent(vault: Vault, cell_id: int, colleague_id: int) -> None:
    """Record that the user is permanent representative for ``colleague_id`` at this cell.

    Only for a colleague of the user's own organisation who does not sit at the table
    themselves (:func:`vault.policy.may_represent`); raises :class:`RepresentationRefused`
    otherwise. Only such colleagues can receive feedback released from this cell's notes,
    and only for the agenda items of meetings where the user sat in for them
    (:func:`sit_in_for`) and was in the room (P4).
    """
    verdict = may_represent(vault, cell_id, colleague_id)
    if not verdict:
        raise RepresentationRefused(verdict)
    with vault.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO representation(cell_id, colleague_id, since) VALUES (?, ?, ?)",
            (cell_id, colleague_id, iso(vault.clock.now())),
        )


def stop_representing(vault: Vault, cell_id: int, colleague_id: int) -> list[int]:
    """End the representation of a colleague at a cell.

    Feedback for that colleague from this cell's notes that was not yet withdrawn is
    tightened in the same step (and audited): the user no longer relays to them (P4).
    Returns the ids of the releases tightened.
    """
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        db.execute(
            "DELETE FROM representation WHERE cell_id = ? AND colleague_id = ?",
            (cell_id, colleague_id),
        )
        rows = db.execute(
            "SELECT r.id, r.note_id FROM release r JOIN note n ON n.id = r.note_id"
            " JOIN meeting m ON m.id = n.meeting_id WHERE r.kind = 'feedback'"
            " AND r.colleague_id = ? AND r.revoked_at IS NULL AND m.cell_id = ?",
            (colleague_id, cell_id),
        ).fetchall()
        for release_id, note_id in rows:
            db.execute("UPDATE release SET revoked_at = ? WHERE id = ?", (now, release_id))
            db.execute(
                "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'tightened', ?, ?)",
                (now, f"note:{note_id}", f"release:{release_id} representation ended"),
            )
    return [int(r[0]) for r in rows]


def represented_colleagues(vault: Vault, cell_id: int) -> list[int]:
    rows = vault.query(
        "SELECT colleague_id FROM representation WHERE cell_id = ? ORDER BY colleague_id",
        (cell_id,),
    )
    return [int(r[0]) for r in rows]


def sit_in_for(vault: Vault, meeting_id: int, colleague_id: int, sitting: bool = True) -> None:
    """Record (or, with ``sitting=False``, withdraw) that the user sits at this meeting's
    table for a colleague they represent at its cell (P4).

    This is the representative's private record — it decides to whom the meeting's notes
    may go as feedback (per agenda item the user was in the room for), and it is read only
    by the representative view and the colleague's own feedback sheet. At the table the
    user is the member, with one position (P6): the colleague is not in attendance.
    Raises :class:`RepresentationRefused` when the user does not represent the colleague
    at the meeting's cell, and :class:`KeyError` for an unknown meeting.
    """
    rows = vault.query("SELECT cell_id FROM meeting WHERE id = ?", (meeting_id,))
    if not rows:
        raise KeyError(meeting_id)
    if sitting and not vault.query(
        "SELECT 1 FROM representation WHERE cell_id = ? AND colleague_id = ?",
        (int(rows[0][0]), colleague_id),
    ):
        raise RepresentationRefused(Verdict(False, Reason.NOT_REPRESENTED))
    with vault.transaction() as db:
        if sitting:
            db.execute(
                "INSERT OR IGNORE INTO represented_at(meeting_id, colleague_id, recorded_at)"
                " VALUES (?, ?, ?)",
                (meeting_id, colleague_id, iso(vault.clock.now())),
            )
        else:
            db.execute(
                "DELETE FROM represented_at WHERE meeting_id = ? AND colleague_id = ?",
                (meeting_id, colleague_id),
            )


def sat_in_for(vault: Vault, meeting_id: int) -> list[int]:
    """The colleagues the user sat at this meeting's table for (their own record, P4)."""
    rows = vault.query(
        "SELECT colleague_id FROM represented_at WHERE meeting_id = ? ORDER BY colleague_id",
        (meeting_id,),
    )
    return [int(r[0]) for r in rows]
