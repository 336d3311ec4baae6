"""Every backup has its own salt and key (security review M2).

A backup that shared the vault's key and salt was a source of valid pages: one page
copied from an older backup into the vault passed every integrity check and silently
brought back an earlier decision. With its own salt and key (same passphrase) no page of
a backup authenticates in the vault.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

import vault.cli as cli
from vault import Vault, WrongPassphrase
from vault.errors import VaultError
from vault.header import HEADER_BYTES, PAGE_SIZE
from vault.notes import add_note, get_note, update_note

OLD = "Casus ZT-7: geen verdere opvolging nodig."
NEW = "Casus ZT-7: WEL opvolging, signaal aan LTF bezorgd."


def _vault_with_a_decision(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "kluis.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as v:
        for i in range(30):
            add_note(v, f"Reflectie {i}: " + "tekst " * 40)
        note_id = add_note(v, OLD)
    return path, note_id


def _splices_that_pass(vault_path: Path, backup: Path, note_id: int, tmp_path: Path) -> list[int]:
    """Copy each page of ``backup`` into a copy of the vault; return the pages that
    went unnoticed (the vault opened, passed both checks and read back)."""
    source = backup.read_bytes()
    target = vault_path.read_bytes()
    unnoticed = []
    for page in range(1, min(len(source), len(target)) // PAGE_SIZE):
        spliced = bytearray(target)
        start = page * PAGE_SIZE
        spliced[start : start + PAGE_SIZE] = source[start : start + PAGE_SIZE]
        trial = tmp_path / f"splice-{page}.tafelboek"
        trial.write_bytes(bytes(spliced))
        try:
            with Vault.open(trial, PASSPHRASE, clock=FakeClock(), integrity_check=True) as v:
                if v.integrity_check().ok:
                    get_note(v, note_id)
                    unnoticed.append(page)
        except VaultError:
            pass
        trial.unlink()
    return unnoticed


def test_a_backup_has_its_own_salt_and_opens_with_the_same_passphrase(tmp_path: Path) -> None:
    path, note_id = _vault_with_a_decision(tmp_path)
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        v.backup(tmp_path / "a.tafelboek", passphrase=PASSPHRASE)
        v.backup(tmp_path / "b.tafelboek", passphrase=PASSPHRASE)
    salts = {
        p.read_bytes()[:HEADER_BYTES]
        for p in (path, tmp_path / "a.tafelboek", tmp_path / "b.tafelboek")
    }
    assert len(salts) == 3
    assert {s[:4] for s in salts} == {path.read_bytes()[:4]}  # same format and KDF cost
    for copy in ("a.tafelboek", "b.tafelboek"):
        with Vault.open(tmp_path / copy, PASSPHRASE, clock=FakeClock()) as b:
            assert get_note(b, note_id).body == OLD


def test_a_wrong_passphrase_makes_no_backup(tmp_path: Path) -> None:
    path, _ = _vault_with_a_decision(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v, pytest.raises(WrongPassphrase):
        v.backup(tmp_path / "kopie.tafelboek", passphrase="een andere zin")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_m2_no_page_of_a_backup_can_be_spliced_into_the_vault(tmp_path: Path) -> None:
    path, note_id = _vault_with_a_decision(tmp_path)
    own, shared = tmp_path / "eigen.tafelboek", tmp_path / "gedeeld.tafelboek"
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        v.backup(own, passphrase=PASSPHRASE)
        v.backup(shared)  # the old way: the vault's own key and salt
        update_note(v, note_id, NEW)
    # Control: pages of a copy under the vault's key pass unnoticed (the review's probe).
    assert _splices_that_pass(path, shared, note_id, tmp_path)
    assert _splices_that_pass(path, own, note_id, tmp_path) == []
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        assert get_note(v, note_id).body == NEW


def test_the_command_line_backup_has_its_own_salt(tmp_path: Path) -> None:
    path, _ = _vault_with_a_decision(tmp_path)
    dest = tmp_path / "kopie.tafelboek"
    code = cli.main(
        ["backup", "--passphrase-stdin", str(path), str(dest)],
        stdin=io.BytesIO(PASSPHRASE.encode() + b"\n"),  # type: ignore[arg-type]
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        kdf=FAST_KDF,
    )
    assert code == 0
    assert dest.read_bytes()[:HEADER_BYTES] != path.read_bytes()[:HEADER_BYTES]
    with Vault.open(dest, PASSPHRASE, clock=FakeClock()):
        pass


def _as_older_schema(path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Make the program one schema newer than ``path``'s vault; return that version."""
    import vault.store as store

    newer = store.LATEST_VERSION + 1
    migrations = dict(store.MIGRATIONS)
    migrations[newer] = ("CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY)",)
    monkeypatch.setattr(store, "MIGRATIONS", migrations)
    monkeypatch.setattr(store, "LATEST_VERSION", newer)
    return newer


def test_m2_the_copy_before_a_schema_upgrade_has_its_own_salt_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, note_id = _vault_with_a_decision(tmp_path)
    newer = _as_older_schema(path, monkeypatch)
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        assert v.schema_version() == newer
        update_note(v, note_id, NEW)
    copy = path.with_name(f"kluis.before-schema-{newer}.tafelboek")
    assert copy.read_bytes()[:HEADER_BYTES] != path.read_bytes()[:HEADER_BYTES]
    assert _splices_that_pass(path, copy, note_id, tmp_path) == []
    with Vault.open(copy, PASSPHRASE, clock=FakeClock()) as old:
        assert get_note(old, note_id).body == OLD


def test_m2_the_desktop_open_gives_the_upgrade_copy_its_own_key_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.session.workers import open_vault

    path, _note_id = _vault_with_a_decision(tmp_path)
    newer = _as_older_schema(path, monkeypatch)
    open_vault(path, PASSPHRASE, FAST_KDF, FakeClock()).close()
    copy = path.with_name(f"kluis.before-schema-{newer}.tafelboek")
    assert copy.read_bytes()[:HEADER_BYTES] != path.read_bytes()[:HEADER_BYTES]


def test_m2_opened_by_key_alone_the_upgrade_copy_shares_the_key_as_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.store import derive_unlock_key

    path, _note_id = _vault_with_a_decision(tmp_path)
    newer = _as_older_schema(path, monkeypatch)
    Vault.open_with_key(path, derive_unlock_key(path, PASSPHRASE), clock=FakeClock()).close()
    copy = path.with_name(f"kluis.before-schema-{newer}.tafelboek")
    assert copy.read_bytes()[:HEADER_BYTES] == path.read_bytes()[:HEADER_BYTES]
