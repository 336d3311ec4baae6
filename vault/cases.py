"""Cases: a pseudonymous code only, never a name or birth date (P8).

For a case whose subject is a minor, the stepwise approach (*trapsgewijze aanpak*) asks
two questions before the first note: was the minor handled first by care and welfare
outside the cell, and are there very clear signs of radicalisation? The answers are
recorded; an unanswered check stays flagged on the case — it never blocks typing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from vault.clock import iso
from vault.model import Case, CaseStatus, Trajectory
from vault.store import Vault

CASE_COLUMNS = (
    "id, cell_id, code, subject_is_minor, minors_in_context, status, trajectory,"
    " care_first, clear_signs"
)
MAX_CODE_LENGTH = 32
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
# Every separator a code may contain (also "_") can separate the parts of a date; a
# month may be written as a (Dutch, French or English) name: 12mrt2009, 3-juin-09.
_MONTH = (
    r"(?i:(?:jan|feb|fev|mrt|maa|mar|apr|avr|mei|mai|may|jun|jui|jul|aug|aou|sep|okt|oct|nov|dec)"
    r"[a-z]*)"
)
_DATE_LIKE = re.compile(
    r"\d{1,2}[./_-]\d{1,2}[./_-]\d{2,4}|\d{4}[./_-]\d{1,2}[./_-]\d{1,2}|\d{6,8}"
    rf"|\d{{1,2}}[./_-]?{_MONTH}[./_-]?\d{{2,4}}"
)


class CaseCodeRejected(ValueError):
    """The case code is empty, too long, or looks like personal data (a date, a name)."""


class CaseExists(ValueError):
    """The cell already has a case with this code (its id in :attr:`case_id`)."""

    def __init__(self, case_id: int) -> None:
        super().__init__("the cell already has a case with this code")
        self.case_id = case_id


def check_case_code(code: str) -> str:
    """Return the code if it is an acceptable pseudonym, else raise CaseCodeRejected.

    Letters, digits and ``. _ / -`` only, at most 32 characters, and nothing that looks
    like a birth date (e.g. ``12.03.2009`` or ``20090312``) or a space-separated name.
    """
    code = code.strip()
    if not code or len(code) > MAX_CODE_LENGTH or not _CODE.match(code):
        raise CaseCodeRejected("case codes use letters, digits and . _ / - only")
    if _DATE_LIKE.search(code):
        raise CaseCodeRejected("case codes must not contain a date")
    return code


def case_from_row(row: Sequence[Any]) -> Case:
    return Case(
        id=int(row[0]),
        cell_id=int(row[1]),
        code=str(row[2]),
        subject_is_minor=bool(row[3]),
        minors_in_context=bool(row[4]),
        status=CaseStatus(row[5]),
        trajectory=Trajectory(row[6]),
        care_first=None if row[7] is None else bool(row[7]),
        clear_signs=None if row[8] is None else bool(row[8]),
    )


def add_case(
    vault: Vault,
    cell_id: int,
    code: str,
    *,
    subject_is_minor: bool = False,
    minors_in_context: bool = False,
) -> int:
    code = check_case_code(code)
    with vault.transaction() as db:
        same = db.execute(
            "SELECT id FROM casus WHERE cell_id = ? AND code = ?", (cell_id, code)
        ).fetchone()
        if same is not None:
            raise CaseExists(int(same[0]))
        cur = db.execute(
            "INSERT INTO casus(cell_id, code, subject_is_minor, minors_in_context, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (cell_id, code, int(subject_is_minor), int(minors_in_context), iso(vault.clock.now())),
        )
        return int(cur.lastrowid)


def get_case(vault: Vault, case_id: int) -> Case:
    rows = vault.query(f"SELECT {CASE_COLUMNS} FROM casus WHERE id = ?", (case_id,))  # noqa: S608
    if not rows:
        raise KeyError(case_id)
    return case_from_row(rows[0])


def list_cases(vault: Vault, cell_id: int | None = None) -> list[Case]:
    if cell_id is None:
        rows = vault.query(f"SELECT {CASE_COLUMNS} FROM casus ORDER BY code")  # noqa: S608
    else:
        rows = vault.query(
            f"SELECT {CASE_COLUMNS} FROM casus WHERE cell_id = ? ORDER BY code",  # noqa: S608
            (cell_id,),
        )
    return [case_from_row(r) for r in rows]


def update_case(
    vault: Vault,
    case_id: int,
    *,
    subject_is_minor: bool | None = None,
    minors_in_context: bool | None = None,
    status: CaseStatus | None = None,
    trajectory: Trajectory | None = None,
) -> None:
    current = get_case(vault, case_id)
    with vault.transaction() as db:
        db.execute(
            "UPDATE casus SET subject_is_minor = ?, minors_in_context = ?, status = ?,"
            " trajectory = ? WHERE id = ?",
            (
                int(current.subject_is_minor if subject_is_minor is None else subject_is_minor),
                int(current.minors_in_context if minors_in_context is None else minors_in_context),
                (current.status if status is None else status).value,
                (current.trajectory if trajectory is None else trajectory).value,
                case_id,
            ),
        )


def record_stepwise_check(
    vault: Vault, case_id: int, *, care_first: bool | None, clear_signs: bool | None
) -> None:
    """Record the answers to the stepwise questions (None: not answered yet)."""
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE casus SET care_first = ?, clear_signs = ?, stepwise_answered_at = ?"
            " WHERE id = ?",
            (
                None if care_first is None else int(care_first),
                None if clear_signs is None else int(clear_signs),
                iso(vault.clock.now()),
                case_id,
            ),
        )
        if cur.rowcount != 1:
            raise KeyError(case_id)


def stepwise_check_due(vault: Vault, case_id: int) -> bool:
    """True when the program should ask the stepwise questions now (before a note).

    For a minor's case whose check is open. Asking never blocks typing (P8).
    """
    return get_case(vault, case_id).stepwise_check_open


def flagged_cases(vault: Vault) -> list[Case]:
    """Minors' cases with an unanswered stepwise check — shown flagged (P8)."""
    return [c for c in list_cases(vault) if c.stepwise_check_open]
