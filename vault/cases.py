"""Cases: a pseudonymous code only, never a name or birth date (P8).

For a case whose subject is a minor, the stepwise approach (*trapsgewijze aanpak*) asks
two questions before the first note: was the minor handled first by care and welfare
outside the cell, and are there very clear signs of radicalisation? The answers are
recorded; an unanswered check stays flagged on the case — it never blocks typing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from vault.clock import iso
from vault.model import Case, CaseStage, CaseStatus, ClosureReason, Trajectory
from vault.store import Vault

CASE_COLUMNS = (
    "id, cell_id, code, subject_is_minor, minors_in_context, status, trajectory,"
    " care_first, clear_signs, phase, lead_organisation, case_director_id, evaluation_on,"
    " closure_reason, closed_on"
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
    r"\d{1,2}[./_-]\d{1,2}[./_-]\d{2,4}|\d{4}[./_-]\d{1,2}[./_-]\d{1,2}"
    rf"|\d{{1,2}}[./_-]?{_MONTH}[./_-]?\d{{2,4}}"
)
_DIGIT_RUN = re.compile(r"\d+")


def _is_calendar_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _run_is_date(run: str) -> bool:
    """A run of 6 or 8 digits that reads as a real day (``20090312``, ``120309``,
    ``12032009``): a birth date written without separators. A register's running
    number (``000017``, ``123456``) is not a day and passes."""
    if len(run) == 8:
        return _is_calendar_day(int(run[:4]), int(run[4:6]), int(run[6:])) or _is_calendar_day(
            int(run[4:]), int(run[2:4]), int(run[:2])
        )
    if len(run) == 6:
        return any(
            _is_calendar_day(2000 + int(y), int(m), int(d))
            for d, m, y in ((run[:2], run[2:4], run[4:]), (run[4:], run[2:4], run[:2]))
        )
    return len(run) == 7  # ambiguous (1232009): refused as before


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
    if _DATE_LIKE.search(code) or any(
        _run_is_date(run) for run in _DIGIT_RUN.findall(code) if 6 <= len(run) <= 8
    ):
        raise CaseCodeRejected("case codes must not contain a date")
    return code


class CodeWarning(StrEnum):
    """Why an accepted case code may still point at a person (domain review C16): the GUI
    shows the warning and advises the coordinator's case number; it does not refuse."""

    NO_NUMBER = "no_number"
    """No digit at all: a register number has one; a name (``EL-ABBOUDI``) has none."""
    NAME = "name"
    """A capitalised word written like a name (``Yassine.B``, ``Peeters-17``)."""
    INITIALS = "initials"
    """Initials with a dot (``Y.B``, ``J.P.-3``)."""
    BIRTH_YEAR = "birth_year"
    """Letters next to a recent year and nothing else (``AB-2009``, ``2011JD``): initials
    and a birth year. A register number carries a running number after its year."""


_NAME_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")
_INITIALS = re.compile(r"(?<![A-Za-z])[A-Za-z]\.(?:[A-Za-z](?![A-Za-z])|$|[-_/])")
_LETTERS_AND_YEAR = re.compile(
    r"^(?:[A-Za-z]{1,4}[._/-]?((?:19|20)\d{2})|((?:19|20)\d{2})[._/-]?[A-Za-z]{1,4})$"
)
BIRTH_YEARS_BACK = 30
"""A year this many years back or fewer, beside letters only, reads as a birth year."""


def case_code_warnings(code: str, *, today: date | None = None) -> tuple[CodeWarning, ...]:
    """What about an acceptable code looks like a person (empty: looks like a register
    number such as ``LIVCR-2025-000017``). ``today`` bounds a plausible birth year
    (default: the current year). Refused codes (:func:`check_case_code`) are not judged.
    """
    code = code.strip()
    year_now = (today or date.today()).year
    found: list[CodeWarning] = []
    if not any(ch.isdigit() for ch in code):
        found.append(CodeWarning.NO_NUMBER)
    if _NAME_WORD.search(code):
        found.append(CodeWarning.NAME)
    if _INITIALS.search(code):
        found.append(CodeWarning.INITIALS)
    letters_and_year = _LETTERS_AND_YEAR.match(code)
    if letters_and_year:
        year = int(letters_and_year.group(1) or letters_and_year.group(2))
        if year_now - BIRTH_YEARS_BACK <= year <= year_now:
            found.append(CodeWarning.BIRTH_YEAR)
    return tuple(found)


_STATUS = {s.value: s for s in CaseStatus}
_TRAJECTORY = {t.value: t for t in Trajectory}
_STAGE = {s.value: s for s in CaseStage}
_REASON = {r.value: r for r in ClosureReason}
"""Enum members by value: a dictionary lookup is several times cheaper than calling the
enum, and the case list reads thousands of rows (``case_list_filter_ms``)."""


def case_from_row(row: Sequence[Any]) -> Case:
    """A case from a row of :data:`CASE_COLUMNS` (a row of the first nine columns, as
    before schema 7, gives a case at its default stage)."""
    if len(row) <= 9:
        return Case(
            int(row[0]),
            int(row[1]),
            str(row[2]),
            bool(row[3]),
            bool(row[4]),
            _STATUS[row[5]],
            _TRAJECTORY[row[6]],
            None if row[7] is None else bool(row[7]),
            None if row[8] is None else bool(row[8]),
        )
    return Case(
        int(row[0]),
        int(row[1]),
        str(row[2]),
        bool(row[3]),
        bool(row[4]),
        _STATUS[row[5]],
        _TRAJECTORY[row[6]],
        None if row[7] is None else bool(row[7]),
        None if row[8] is None else bool(row[8]),
        _STAGE[row[9]],
        str(row[10]),
        None if row[11] is None else int(row[11]),
        None if row[12] is None else date.fromisoformat(str(row[12])),
        None if row[13] is None else _REASON[row[13]],
        None if row[14] is None else date.fromisoformat(str(row[14])),
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
        case_id = int(cur.lastrowid)
        db.execute(
            "INSERT INTO case_stage(case_id, stage, at) VALUES (?, 'referral', ?)",
            (case_id, iso(vault.clock.now())),
        )
        return case_id


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
    vault: Vault,
    case_id: int,
    *,
    care_first: bool | None,
    clear_signs: bool | None,
    meeting_id: int | None = None,
) -> None:
    """Record the answers to the stepwise questions (None: not answered yet).

    ``meeting_id``: the meeting where they were asked (P8: asked again each time a
    minor's case returns to the agenda); None at intake. Every answer is kept
    (``stepwise_answer``) and shown in the case file; the case holds the latest.
    """
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE casus SET care_first = ?, clear_signs = ?, stepwise_answered_at = ?"
            " WHERE id = ?",
            (
                None if care_first is None else int(care_first),
                None if clear_signs is None else int(clear_signs),
                now,
                case_id,
            ),
        )
        if cur.rowcount != 1:
            raise KeyError(case_id)
        if (
            meeting_id is not None
            and not db.execute(
                "SELECT 1 FROM agenda_item WHERE meeting_id = ? AND case_id = ?",
                (meeting_id, case_id),
            ).fetchone()
        ):
            raise ValueError("the case is not on this meeting's agenda")
        db.execute(
            "INSERT INTO stepwise_answer(case_id, meeting_id, care_first, clear_signs,"
            " answered_at) VALUES (?, ?, ?, ?, ?)",
            (
                case_id,
                meeting_id,
                None if care_first is None else int(care_first),
                None if clear_signs is None else int(clear_signs),
                now,
            ),
        )


def stepwise_check_due(vault: Vault, case_id: int, meeting_id: int | None = None) -> bool:
    """True when the program should ask the stepwise questions now (before a note).

    For a minor's case whose check is open. At a meeting (``meeting_id``), also when the
    case *returns* to the agenda — it is on this meeting's agenda and was on an earlier
    meeting's — and the questions were not answered at this meeting yet: the signs can
    change (P8, rev.). A meeting that does not hold the case cannot take the answers,
    so it never makes them due. Asking never blocks typing.
    """
    case = get_case(vault, case_id)
    if not case.subject_is_minor:
        return False
    if case.stepwise_check_open or meeting_id is None:
        return case.stepwise_check_open
    rows = vault.query(
        "SELECT EXISTS (SELECT 1 FROM stepwise_answer WHERE case_id = ?1 AND meeting_id = ?2),"
        " EXISTS (SELECT 1 FROM agenda_item WHERE case_id = ?1 AND meeting_id = ?2)"
        " AND EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id"
        "  JOIN meeting this ON this.id = ?2 WHERE i.case_id = ?1 AND m.id != this.id"
        "  AND (m.starts_at < this.starts_at OR (m.starts_at = this.starts_at AND m.id < this.id))"
        "  AND m.status != 'cancelled')",
        (case_id, meeting_id),
    )
    answered_here, returns = bool(rows[0][0]), bool(rows[0][1])
    return returns and not answered_here


@dataclass(frozen=True, slots=True)
class StepwiseAnswer:
    """One answer to the stepwise check (P8), at a meeting or at intake (None)."""

    case_id: int
    meeting_id: int | None
    care_first: bool | None
    clear_signs: bool | None
    answered_at: str


def stepwise_answers(vault: Vault, case_id: int) -> list[StepwiseAnswer]:
    """Every answer to the case's stepwise check, oldest first."""
    return [
        StepwiseAnswer(
            int(r[0]),
            r[1],
            None if r[2] is None else bool(r[2]),
            None if r[3] is None else bool(r[3]),
            str(r[4]),
        )
        for r in vault.query(
            "SELECT case_id, meeting_id, care_first, clear_signs, answered_at"
            " FROM stepwise_answer WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    ]


def flagged_cases(vault: Vault) -> list[Case]:
    """Minors' cases with an unanswered stepwise check — shown flagged (P8)."""
    return [c for c in list_cases(vault) if c.stepwise_check_open]
