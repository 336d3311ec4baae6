"""People: members of cells, ad hoc participants, represented colleagues — and the user."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vault.clock import iso
from vault.model import Person, Role
from vault.names import identity_key
from vault.store import Connection, Vault

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
    with vault.transaction() as db:
        return insert_person(
            db,
            iso(vault.clock.now()),
            name,
            role,
            organisation=organisation,
            professional=professional,
            is_self=is_self,
        )


def insert_person(
    db: Connection,
    created_at: str,
    name: str,
    role: Role,
    *,
    organisation: str = "",
    professional: bool = True,
    is_self: bool = False,
) -> int:
    """:func:`add_person` inside a transaction the caller holds (one use case, one commit)."""
    if not name.strip():
        raise ValueError("a person needs a name")
    cur = db.execute(
        "INSERT INTO person(name, organisation, role, professional, is_self, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (name, organisation, role.value, int(professional), int(is_self), created_at),
    )
    return int(cur.lastrowid)


_FIND_PERSON = (
    f"SELECT {PERSON_COLUMNS} FROM person"  # noqa: S608 - a constant column list
    " WHERE identity_key(name) = ? AND identity_key(organisation) = ? ORDER BY id LIMIT 1"
)


def find_person(vault: Vault, name: str, organisation: str) -> Person | None:
    """The person already recorded with this name and organisation, if any.

    An ad hoc participant who comes back is the same person, not a new one every meeting
    (P9 records their briefing per meeting; the person stays one). Identity is the name
    *and* the organisation, each compared by :func:`vault.names.identity_key`: Unicode
    NFC, surrounding whitespace dropped and inner runs read as one space, case folded;
    accents count ("Hélène" is not "Helene"). An empty organisation matches only an
    empty organisation. Should two records share the key (typed before this rule folded
    spacing), the first recorded one is the person. One query, whatever the number of
    people.
    """
    rows = vault.query(_FIND_PERSON, (identity_key(name), identity_key(organisation)))
    return person_from_row(rows[0]) if rows else None


def find_person_in(db: Connection, name: str, organisation: str) -> Person | None:
    """:func:`find_person` inside a transaction the caller holds."""
    row = db.execute(_FIND_PERSON, (identity_key(name), identity_key(organisation))).fetchone()
    return person_from_row(row) if row is not None else None


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
