"""Ad hoc participants without a window: who is the same person (find_person), and adding
one with their attendance as one transaction (add_ad_hoc_participant), P5 and P9."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

import vault.attendance as attendance_module
from vault import Vault
from vault.attendance import add_ad_hoc_participant, attendance, present_for_item
from vault.cells import add_cell
from vault.meetings import add_agenda_item, agenda, start_meeting
from vault.model import AgendaItemKind, AttendanceStatus, Role, TableKind
from vault.names import identity_key
from vault.people import add_person, find_person, list_people

STARTS = datetime(2026, 4, 2, 14, 0)


def _meeting(vault: Vault, starts: datetime = STARTS) -> int:
    cell = add_cell(vault, "LIVC Fictiegem")
    return start_meeting(vault, cell, starts, TableKind.OPERATIONAL)


def _case_item(vault: Vault, meeting_id: int) -> int:
    return add_agenda_item(vault, meeting_id, AgendaItemKind.CASE, title="Casus")


# ------------------------------------------------------------------ identity (find_person)
def test_p9_identity_key_folds_case_spacing_and_unicode_form_but_keeps_accents() -> None:
    assert identity_key("  Kim \t Gastspreker\u00a0") == "kim gastspreker"
    assert identity_key("ÉLISE") == identity_key("élise")
    assert identity_key("Straße") == identity_key("STRASSE")
    composed, decomposed = "Hélène", unicodedata.normalize("NFD", "Hélène")
    assert composed != decomposed and identity_key(composed) == identity_key(decomposed)
    assert identity_key("Hélène") != identity_key("Helene")
    assert identity_key("Müller") != identity_key("Muller")


def test_p9_find_person_is_name_and_organisation_folded(vault: Vault) -> None:
    kim = add_person(vault, "Kim Gastspreker", Role.OTHER, organisation="CLB Fictiegem")
    police = add_person(vault, "Kim Gastspreker", Role.OTHER, organisation="Politie Denkbeeldig")
    add_person(vault, "Hélène Dubois", Role.OTHER, organisation="OCMW Fictiegem")

    def found(name: str, organisation: str) -> int | None:
        person = find_person(vault, name, organisation)
        return None if person is None else person.id

    assert found("Kim Gastspreker", "CLB Fictiegem") == kim
    assert found("  kim   GASTSPREKER ", "clb  fictiegem") == kim
    assert found("Kim Gastspreker", "Politie Denkbeeldig") == police
    assert found("Kim Gastspreker", "") is None  # no organisation is not any organisation
    assert found("Kim Gastsprekers", "CLB Fictiegem") is None
    assert found("HÉLÈNE DUBOIS", "OCMW Fictiegem") is not None
    assert found("Helene Dubois", "OCMW Fictiegem") is None  # accents count
    person = find_person(vault, "kim gastspreker", "clb fictiegem")
    assert person is not None and person.name == "Kim Gastspreker"  # as first typed


def test_p9_find_person_takes_the_first_recorded_of_two_with_the_same_key(vault: Vault) -> None:
    first = add_person(vault, "Kim  Gastspreker", Role.OTHER, organisation="CLB")
    add_person(vault, "Kim Gastspreker", Role.OTHER, organisation="CLB")
    person = find_person(vault, "kim gastspreker", "CLB")
    assert person is not None and person.id == first


def test_p9_find_person_is_one_query_and_also_works_after_reopening(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=clock) as v:
        for n in range(200):
            add_person(v, f"Persoon {n}", Role.OTHER, organisation="Org")
        target = add_person(v, "Zoë Proefmans", Role.OTHER, organisation="CAW")
        calls: list[str] = []
        real_query = v.query

        def counting(sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
            calls.append(sql)
            return real_query(sql, params)

        monkeypatch.setattr(v, "query", counting)
        person = find_person(v, "ZOË PROEFMANS", "caw")
        assert person is not None and person.id == target
        assert len(calls) == 1 and "LIMIT 1" in calls[0]
    with Vault.open(path, PASSPHRASE, clock=clock) as v:
        person = find_person(v, "zoë proefmans", "CAW")
        assert person is not None and person.id == target


# ------------------------------------------------------------------ one transaction
def test_p9_an_ad_hoc_participant_for_the_whole_meeting(vault: Vault) -> None:
    meeting = _meeting(vault)
    person_id = add_ad_hoc_participant(
        vault,
        meeting,
        name="  Kim Gastspreker ",
        organisation=" CLB Fictiegem",
        role=Role.CLB,
        briefed=True,
        item_id=None,
    )
    person = find_person(vault, "Kim Gastspreker", "CLB Fictiegem")
    assert person is not None and person.id == person_id
    assert (person.name, person.organisation, person.role) == (
        "Kim Gastspreker",
        "CLB Fictiegem",
        Role.CLB,
    )
    [row] = attendance(vault, meeting)
    assert (row.person_id, row.status, row.ad_hoc, row.briefed, row.whole_meeting) == (
        person_id,
        AttendanceStatus.PRESENT,
        True,
        True,
        True,
    )
    for item in agenda(vault, meeting):
        assert person_id in [p.id for p in present_for_item(vault, item.id)]


def test_p5_an_ad_hoc_participant_for_one_item_knows_only_that_item(vault: Vault) -> None:
    meeting = _meeting(vault)
    item = _case_item(vault, meeting)
    person_id = add_ad_hoc_participant(
        vault,
        meeting,
        name="Kim Gastspreker",
        organisation="CLB Fictiegem",
        role=Role.CLB,
        briefed=False,
        item_id=item,
    )
    [row] = attendance(vault, meeting)
    assert (row.ad_hoc, row.briefed, row.whole_meeting) == (True, False, False)
    for other in agenda(vault, meeting):
        inside = person_id in [p.id for p in present_for_item(vault, other.id)]
        assert inside == (other.id == item)


def test_p9_a_returning_ad_hoc_participant_is_one_person_with_their_first_role(
    vault: Vault,
) -> None:
    first = _meeting(vault)
    second = start_meeting(vault, 1, datetime(2026, 5, 7, 14, 0), TableKind.OPERATIONAL)
    a = add_ad_hoc_participant(
        vault,
        first,
        name="Kim Gastspreker",
        organisation="CLB Fictiegem",
        role=Role.CLB,
        briefed=True,
        item_id=None,
    )
    b = add_ad_hoc_participant(
        vault,
        second,
        name="kim  gastspreker",
        organisation="clb fictiegem",
        role=Role.OTHER,
        briefed=False,
        item_id=None,
    )
    assert a == b
    assert [p.id for p in list_people(vault)] == [a]
    person = find_person(vault, "Kim Gastspreker", "CLB Fictiegem")
    assert person is not None and person.role is Role.CLB
    # the briefing is per meeting (P9): told at the first, not (yet) at the second
    assert [r.briefed for r in attendance(vault, first)] == [True]
    assert [r.briefed for r in attendance(vault, second)] == [False]


@pytest.mark.parametrize("step", ["_upsert_attendance", "_set_item_presence"])
def test_p9_a_failure_after_the_person_insert_leaves_nothing_behind(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    meeting = _meeting(vault)
    item = _case_item(vault, meeting)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(attendance_module, step, broken)
    with pytest.raises(OSError, match="disk full"):
        add_ad_hoc_participant(
            vault,
            meeting,
            name="Kim Gastspreker",
            organisation="CLB Fictiegem",
            role=Role.CLB,
            briefed=True,
            item_id=item,
        )
    assert list_people(vault) == []
    assert attendance(vault, meeting) == []
    assert vault.query("SELECT count(*) FROM item_attendance") == [(0,)]
    # the vault is usable afterwards: the transaction was rolled back, not left open
    monkeypatch.undo()
    add_ad_hoc_participant(
        vault,
        meeting,
        name="Kim Gastspreker",
        organisation="CLB Fictiegem",
        role=Role.CLB,
        briefed=True,
        item_id=item,
    )
    assert len(list_people(vault)) == 1


def test_an_ad_hoc_participant_needs_a_name_and_an_item_of_this_meeting(vault: Vault) -> None:
    meeting = _meeting(vault)
    other = start_meeting(vault, 1, datetime(2026, 5, 7, 14, 0), TableKind.OPERATIONAL)
    foreign_item = _case_item(vault, other)
    with pytest.raises(ValueError, match="name"):
        add_ad_hoc_participant(
            vault,
            meeting,
            name="   ",
            organisation="CLB",
            role=Role.CLB,
            briefed=True,
            item_id=None,
        )
    with pytest.raises(ValueError, match="agenda item"):
        add_ad_hoc_participant(
            vault,
            meeting,
            name="Kim",
            organisation="CLB",
            role=Role.CLB,
            briefed=True,
            item_id=foreign_item,
        )
    assert list_people(vault) == []
    assert attendance(vault, meeting) == attendance(vault, other) == []
