"""The legal core of a LIVC R meeting (law of 30 July 2018, art. 3 § 1; domain review C20).

The cell comprises at least the mayor or a representative, the chief of police or a
representative holding a "geheim" security clearance — in practice the information
officer, who also links the cell to the LTF — and the municipal prevention official. The
program notices when one of them is not recorded as present, and when an LTF consensus is
recorded for a case without any police participant present for it. It only notices: a
meeting is never blocked by it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from vault.model import Person, Role
from vault.policy import ltf_participants
from vault.store import Vault


class CoreSeat(StrEnum):
    """A seat of the legal core of the cell."""

    MAYOR = "mayor"
    """The mayor, or who stands in for the mayor (recorded with the role mayor)."""
    POLICE = "police"
    """The chief of police or the information officer."""
    PREVENTION = "prevention"
    """The municipal prevention official (*preventieambtenaar*)."""


_FILLED_BY: dict[CoreSeat, frozenset[Role]] = {
    CoreSeat.MAYOR: frozenset({Role.MAYOR}),
    CoreSeat.POLICE: frozenset({Role.POLICE_CHIEF, Role.INFORMATION_OFFICER}),
    CoreSeat.PREVENTION: frozenset({Role.PREVENTION_OFFICER}),
}


def missing_core(present: Iterable[Person]) -> tuple[CoreSeat, ...]:
    """The seats of the legal core nobody among ``present`` fills, in the law's order.

    Nobody present at all (attendance not taken yet) is not a missing core: the answer
    is empty until someone is recorded as present.
    """
    roles = {p.role for p in present}
    if not roles:
        return ()
    return tuple(seat for seat, filled in _FILLED_BY.items() if not roles & filled)


def ltf_without_police(vault: Vault, agenda_item_id: int, case_id: int | None = None) -> bool:
    """True when nobody present for the case (any of its items in the meeting, or the
    recording item) is a police participant: an LTF consensus recorded now goes to the
    LTF without the police at the table — say so, calmly (C20)."""
    present = ltf_participants(vault, agenda_item_id, case_id)[0]
    if not present:
        return False
    rows = vault.query(
        f"SELECT role FROM person WHERE id IN ({', '.join('?' * len(present))})",  # noqa: S608
        tuple(sorted(present)),
    )
    return not any(Role(r[0]).is_police for r in rows)
