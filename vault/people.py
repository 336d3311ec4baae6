"""People: members of cells, ad hoc participants, represented colleagues — and the user."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vault.clock import iso
from vault.model import Person, Role
from vault.store import Vault

PERSON_COLUMNS = "id, name, organisation, role, professional, is_self"


def person_from_row(row: Sequence[Any]) -> Person:
    return Person(int(row[0]), str(row[1]), str(row[2]), Role(row[3]), bool(row[4]), bool(row[5]))


def add_person(
    vault: Vault,
    name: str,
    role: Role,
    *,
    organisation: str = "",
    professional: bool = True,
    is_self: bool = False,
) -> int:
    """Add a person and return their id. Names are required; nothing else is checked."""
    if not name.strip():
        raise ValueError("a person needs a name")
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO person(name, organisation, role, professional, is_self, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                name,
                organisation,
                role.value,
                int(professional),
                int(is_self),
                iso(vault.clock.now()),
            ),
        )
        return int(cur.lastrowid)


def get_person(vault: Vault, person_id: int) -> Person:
    rows = vault.query(f"SELECT {PERSON_COLUMNS} FROM person WHERE id = ?", (person_id,))  # noqa: S608
    if not rows:
        raise KeyError(person_id)
    return person_from_row(rows[0])


def list_people(vault: Vault) -> list[Person]:
    rows = vault.query(f"SELECT {PERSON_COLUMNS} FROM person ORDER BY name, id")  # noqa: S608
    return [person_from_row(r) for r in rows]


def self_person(vault: Vault) -> Person | None:
    """The user of this vault, once they have described themselves."""
    rows = vault.query(f"SELECT {PERSON_COLUMNS} FROM person WHERE is_self = 1")  # noqa: S608
    return person_from_row(rows[0]) if rows else None


def update_person(
    vault: Vault, person_id: int, *, name: str, organisation: str, role: Role, professional: bool
) -> None:
    if not name.strip():
        raise ValueError("a person needs a name")
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE person SET name = ?, organisation = ?, role = ?, professional = ? WHERE id = ?",
            (name, organisation, role.value, int(professional), person_id),
        )
        if cur.rowcount != 1:
            raise KeyError(person_id)
