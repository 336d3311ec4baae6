"""The door (``vault/api.py``): every domain reachable through one ``UnlockedVault``, and
every failure that crosses it a ``VaultError`` with a code. Plain pytest, no Qt."""

from __future__ import annotations

import doctest
import importlib
import inspect
from datetime import date
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from domain_strategies import Table

import vault.api
import vault.dates
from vault.api import SearchFilters, UnlockedVault, at_the_door
from vault.documents import DocumentKind, DocumentRequest
from vault.errors import ErrorCode, NoSuchRecord, Refused, VaultError
from vault.model import NoteKind, ReleaseKind, Role
from vault.policy import Channel, Reason


def test_every_domain_group_is_reachable_through_the_door(t: Table, door: UnlockedVault) -> None:
    note = door.notes.add("Wat de tafel besprak.", agenda_item_id=t.case_item)
    assert door.notes.get(note).body == "Wat de tafel besprak."
    assert door.meetings.get(t.meeting).cell_id == t.cell
    assert door.meetings.view(t.meeting).meeting.id == t.meeting
    assert t.me in {p.id for p in door.attendance.present_for_item(t.case_item)}
    me = door.people.me()
    assert me is not None and me.id == t.me
    assert door.people.find("Ik Zelf", "Jeugddienst Fictiegem") == me
    assert t.cell in {c.id for c in door.cells.list()}
    assert door.cases.get(t.case).code == "FIC-001"
    assert door.releases.of_note(note) == []
    assert door.decisions.list(meeting_id=t.meeting) == []
    action = door.actions.add(t.meeting, t.me, "Bellen", agenda_item_id=t.case_item)
    assert [a.id for a in door.actions.of_meeting(t.meeting)] == [action]
    assert door.actions.default_due(date(2026, 3, 5)) == date(2026, 4, 2)  # four weeks
    assert door.participation.of_cell(t.cell) == []
    assert door.representation.represented_colleagues(t.cell) == sorted([t.colleague, t.colleague2])
    assert {r.person.id for r in door.representation.represented()} >= {t.colleague, t.stranger}
    assert door.representation.feedback_entries(t.colleague) == []
    assert not door.policy.may_leave(note, Channel.CLIPBOARD)  # table-only (P2)
    assert not door.policy.may_leave(note, Channel.PROJECTION)  # not on the wall either
    assert door.documents.choices().meetings  # the meeting overview can be made
    assert door.care.integrity_check().ok
    assert door.retention.due_for_review(date(2026, 3, 5)) == []
    assert door.decisions.informing_status(t.case).state.value
    hits = door.search("tafel", SearchFilters(cell_id=t.cell))
    assert [h.note_id for h in hits] == [note]
    assert (door.path, door.is_demo, door.warnings) == (t.vault.path, False, t.vault.warnings)


def test_the_package_face_offers_the_door() -> None:
    import vault as package

    assert package.UnlockedVault is UnlockedVault
    assert "UnlockedVault" in package.__all__


def test_the_door_keeps_the_domain_functions_signature_and_words(door: UnlockedVault) -> None:
    from vault.notes import add_note

    assert door.notes.add.__doc__ == add_note.__doc__
    assert "vault" not in inspect.signature(door.notes.add).parameters
    assert next(iter(inspect.signature(door.notes.add).parameters)) == "body"
    assert door.notes.add is door.notes.add  # bound once per vault, not once per call


def test_a_missing_record_is_no_such_record(door: UnlockedVault) -> None:
    for read in (door.notes.get, door.meetings.get, door.people.get, door.cases.get):
        with pytest.raises(NoSuchRecord) as caught:
            read(424242)
        assert caught.value.code is ErrorCode.NO_SUCH_RECORD
        assert caught.value.key == 424242
        assert isinstance(caught.value.__cause__, KeyError)
    with pytest.raises(VaultError) as update:
        door.notes.update(424242, "nieuwe tekst")
    assert update.value.code is ErrorCode.NO_SUCH_RECORD


def test_a_refused_rule_is_refused_without_a_reason(t: Table, door: UnlockedVault) -> None:
    with pytest.raises(Refused) as caught:
        door.people.add("   ", Role.SCHOOL, organisation="Ergens")  # a person needs a name
    assert caught.value.code is ErrorCode.REFUSED
    assert caught.value.reason is None
    assert isinstance(caught.value.__cause__, ValueError)
    with pytest.raises(Refused):
        door.cases.add(t.cell, "GENT 5 maart 2026")  # looks like personal data
    with pytest.raises(Refused) as taken:
        door.cases.add(t.cell, "FIC-001")
    assert taken.value.existing_id == t.case  # the case that already has the code


def test_p3_a_refused_release_carries_the_policys_reason(t: Table, door: UnlockedVault) -> None:
    note = door.notes.add("Wat het CLB inbracht.", agenda_item_id=t.case_item)
    with pytest.raises(Refused) as caught:
        door.releases.release(
            note, ReleaseKind.OWN_DOSSIER, info_owner_id=t.clb, agreed_meeting_id=t.meeting
        )
    assert caught.value.reason is Reason.OWNER_AGREEMENT_REQUIRED
    assert door.releases.of_note(note) == []


def test_p4_a_refused_representation_carries_the_policys_reason(
    t: Table, door: UnlockedVault
) -> None:
    verdict = door.policy.may_represent(t.cell, t.clb)
    assert not verdict
    with pytest.raises(Refused) as caught:
        door.cells.represent(t.cell, t.clb)
    assert caught.value.reason is verdict.reason


def test_p4_a_refused_document_carries_the_policys_reason(
    t: Table, door: UnlockedVault, tmp_path: Path
) -> None:
    request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.clb)  # not represented
    with pytest.raises(Refused) as caught:
        door.documents.export(request, tmp_path / "terugkoppeling.pdf", password="geheim-1234")
    assert caught.value.reason is Reason.NOT_REPRESENTED
    assert not (tmp_path / "terugkoppeling.pdf").exists()


def test_programming_errors_are_not_turned_into_vault_errors() -> None:
    def broken() -> None:
        raise TypeError("a bug, not a failure of the vault")

    with pytest.raises(TypeError):
        at_the_door(broken)()


def test_the_door_opens_creates_and_closes(tmp_path: Path) -> None:
    path = tmp_path / "Deur.tafelboek"
    made = UnlockedVault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock())
    made.notes.add("Eerste reflectie", kind=NoteKind.NOTE)
    made.close()
    assert not made.is_open
    with pytest.raises(VaultError) as closed:
        made.notes.list()
    assert closed.value.code is ErrorCode.CLOSED
    with pytest.raises(VaultError) as wrong:
        UnlockedVault.open(path, "een verkeerde wachtzin", kdf_profile=FAST_KDF)
    assert wrong.value.code is ErrorCode.WRONG_PASSPHRASE
    opened = UnlockedVault.open(path, PASSPHRASE, kdf_profile=FAST_KDF)
    try:
        assert [n.body for n in opened.notes.own_reflections()] == ["Eerste reflectie"]
    finally:
        opened.close()


def test_restore_through_the_door_keeps_the_replaced_vault(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "Deur.tafelboek"
    made = UnlockedVault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    made.notes.add("In de reservekopie")
    backup = made.care.backup(tmp_path / "kopie.tafelboek")
    made.notes.add("Daarna geschreven")
    made.close()
    result = vault.api.restore(backup, path, PASSPHRASE, overwrite=True, keep_previous=True)
    assert result.target == path and result.kept_previous is not None
    kept = UnlockedVault.open(result.kept_previous, PASSPHRASE, kdf_profile=FAST_KDF)
    try:  # nothing is lost: the replaced vault still holds what was written after the copy
        assert [n.body for n in kept.notes.own_reflections()] == [
            "In de reservekopie",
            "Daarna geschreven",
        ]
    finally:
        kept.close()
    with pytest.raises(Refused):  # a set-aside name that is no file name
        vault.api.restore(
            backup, path, PASSPHRASE, overwrite=True, keep_previous=True, aside_word="../x"
        )


@pytest.mark.parametrize("module", [vault.api, vault.dates])
def test_the_shell_examples_in_the_docstrings_run(module: object) -> None:
    result = doctest.testmod(module, raise_on_error=False)  # type: ignore[arg-type]
    assert result.attempted >= 2
    assert result.failed == 0


# Public functions of the domain modules that take the storage vault and deliberately do
# not stand at the door, each with why.
NOT_AT_THE_DOOR = {
    "vault.exports.record_export": "only export_document records an export",
    "vault.policy.owner_is_named": "asked by the dossier extract's builder",
    "vault.policy.case_items": "asked by the document builders",
    "vault.policy.item_case": "asked by the policy and the builders",
    "vault.policy.may_make_ltf_document": "asked through documents.refusal_of",
    "vault.policy.may_make_document": "asked through documents.refusal_of",
    "vault.policy.motivation_text": "read by the letter's builder",
    "vault.policy.latest_decision": "asked by the document builders",
    "vault.policy.document_notes": "the text a document holds, read by its builder",
    "vault.policy.document_versions": "the versions a document holds, read by its builder",
    "vault.spelling.add_personal_word": "vault.spelling.add_word, which also tells the speller",
    "vault.spelling.remove_personal_word": "vault.spelling.remove_word, likewise",
    "vault.spelling.speller_for": "vault.spelling.speller(), one speller per open vault",
}
NOT_DOMAIN = {
    "__init__": "the package face: re-exports",
    "__main__": "python -m vault",
    "api": "the door itself",
    "cli": "a client of the vault, like app/",
    "demo": "fills a vault for training and benchmarks (UnlockedVault.fill_with_demo)",
    "demo_steps": "part of the demo generator",
    "demo_text": "part of the demo generator",
    "freshness": "the rollback ledger, asked through vault.care",
    "header": "the file header, read before a key exists",
    "keycheck": "the key check at unlock",
    "openfiles": "which files the process holds open",
    "schema": "schema creation and migration, run by the store",
    "store": "the storage vault the door wraps",
    "strength": "passphrase rules; its vault words are at the door (vault.care)",
}
"""vault modules that are not domain modules, each with why; every other module's public
functions taking the storage vault must stand at the door (or in NOT_AT_THE_DOOR)."""


def _domain_modules() -> list[str]:
    names = sorted(p.stem for p in Path(vault.__file__).parent.glob("*.py"))
    return [name for name in names if name not in NOT_DOMAIN]


DOMAIN_MODULES = tuple(_domain_modules())


def _at_the_door() -> set[str]:
    groups = [vault.api.UnlockedVault, *vault.api._Group.__subclasses__()]
    return {
        f"{attr.function.__module__}.{attr.function.__name__}"
        for group in groups
        for attr in vars(group).values()
        if isinstance(attr, vault.api._Op)
    }


def test_every_domain_function_on_a_vault_stands_at_the_door() -> None:
    exposed = _at_the_door()
    missing = []
    for name in DOMAIN_MODULES:
        module = importlib.import_module(f"vault.{name}")
        for function_name, function in vars(module).items():
            if function_name.startswith("_") or not inspect.isfunction(function):
                continue
            if function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            if not parameters or parameters[0].annotation != "Vault":
                continue
            full = f"{module.__name__}.{function_name}"
            if full not in exposed and full not in NOT_AT_THE_DOOR:
                missing.append(full)
    assert missing == [], "add these to a group in vault/api.py (or to NOT_AT_THE_DOOR)"
    assert len(exposed) > 100
