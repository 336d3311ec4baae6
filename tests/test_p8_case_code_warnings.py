"""P8 (domain review C16, issue 16 "bad input"): a case code is a register number, never
a person. Codes that look like a name, initials or initials with a birth year are
accepted with a warning the GUI shows; register numbers such as the coordinator's own
``LIVCR-2025-000017`` are accepted without one; dates stay refused. Through the door."""

from __future__ import annotations

from datetime import date

import pytest
from domain_strategies import Table, build_table

from vault import Vault
from vault.api import CodeWarning, UnlockedVault
from vault.cases import CaseCodeRejected, case_code_warnings, check_case_code
from vault.errors import Refused

TODAY = date(2026, 3, 5)

REGISTER_NUMBERS = [
    "LIVCR-2025-000017",
    "MOL-2025-123456",
    "F-2025-0011",
    "VD-2016-0001",
    "FIC-001",
    "2026/17",
    "2025/0042",
    "C.12",
    "C-17",
    "MRT-17",
    "A12345",
    "K12DEC",
    "LIVC-GENT-0815",
    "R2024_0007",
    "CAS-1999-12",
]

PERSON_LIKE = {
    "Yassine.B": {CodeWarning.NO_NUMBER, CodeWarning.NAME},
    "EL-ABBOUDI": {CodeWarning.NO_NUMBER},
    "Peeters-17": {CodeWarning.NAME},
    "Jan.P-2": {CodeWarning.NAME},
    "Y.B": {CodeWarning.NO_NUMBER, CodeWarning.INITIALS},
    "J.P.-3": {CodeWarning.INITIALS},
    "AB-2009": {CodeWarning.BIRTH_YEAR},
    "2011JD": {CodeWarning.BIRTH_YEAR},
    "ab_2003": {CodeWarning.BIRTH_YEAR},
    "MK2010": {CodeWarning.BIRTH_YEAR},
    "Fatima": {CodeWarning.NO_NUMBER, CodeWarning.NAME},
    "dossier": {CodeWarning.NO_NUMBER},
}

DATES = ["20090312", "120309", "12032009", "12.03.2009", "LIVCR-20090312", "X-010203"]


@pytest.mark.parametrize("code", REGISTER_NUMBERS)
def test_p8_a_register_number_is_accepted_without_a_warning(code: str) -> None:
    assert check_case_code(code) == code
    assert case_code_warnings(code, today=TODAY) == ()


@pytest.mark.parametrize("code", sorted(PERSON_LIKE))
def test_p8_a_code_that_looks_like_a_person_is_warned_about(code: str) -> None:
    assert check_case_code(code) == code  # a warning, not a refusal: the GUI asks
    assert set(case_code_warnings(code, today=TODAY)) == PERSON_LIKE[code]


@pytest.mark.parametrize("code", DATES)
def test_p8_a_code_holding_a_date_is_still_refused(code: str) -> None:
    with pytest.raises(CaseCodeRejected):
        check_case_code(code)


def test_p8_a_birth_year_is_a_recent_year() -> None:
    assert case_code_warnings("AB-1990", today=TODAY) == ()  # 36 years back: not a minor's
    assert case_code_warnings("AB-1996", today=TODAY) == (CodeWarning.BIRTH_YEAR,)
    assert case_code_warnings("AB-2027", today=TODAY) == ()  # not born yet


def test_p8_the_door_checks_and_warns(vault: Vault) -> None:
    t: Table = build_table(vault)
    door = UnlockedVault(t.vault)
    assert door.cases.check_code(" LIVCR-2025-000017 ") == "LIVCR-2025-000017"
    assert door.cases.code_warnings("Yassine.B", today=TODAY) == (
        CodeWarning.NO_NUMBER,
        CodeWarning.NAME,
    )
    case = door.cases.add(t.cell, "LIVCR-2025-000017")
    assert door.cases.get(case).code == "LIVCR-2025-000017"
    with pytest.raises(Refused):
        door.cases.check_code("12.03.2009")
