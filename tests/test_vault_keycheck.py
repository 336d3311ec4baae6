"""The key check reads page 1's HMAC and never writes; one process opens a vault once."""

from __future__ import annotations

import stat
import sys
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from vault_proc import Child, run

from vault import Vault, VaultInUse, WrongPassphrase
from vault.errors import VaultWarning
from vault.keycheck import hmac_key, key_opens, page_one_authenticates
from vault.notes import list_notes
from vault.store import derive_unlock_key


def test_key_check_accepts_right_key_and_rejects_wrong(vault: Vault, vault_path: Path) -> None:
    unlock = vault.header
    vault.close()
    right = derive_unlock_key(vault_path, PASSPHRASE)
    assert key_opens(vault_path, right.key, unlock.salt)
    assert not key_opens(vault_path, bytes(32), unlock.salt)
    page = vault_path.read_bytes()[:4096]
    mac = hmac_key(right.key, unlock.salt)
    assert page_one_authenticates(page, mac)
    assert not page_one_authenticates(page[:100] + b"\x00" + page[101:], mac)


def test_torn_first_page_is_recovered_from_the_leftover_log(tmp_path: Path) -> None:
    path = tmp_path / "gescheurd.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    child = Child("saves", path, [PASSPHRASE])
    child.wait_for("open")
    child.wait_for("ack 60")
    child.kill()
    acked = max(int(x.split()[1]) for x in child.lines if x.startswith("ack "))
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()
    # Tear page 1 of the main file (as a crash in the middle of a checkpoint might).
    data = bytearray(path.read_bytes())
    data[200:1200] = bytes(1000)
    path.write_bytes(bytes(data))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "fout")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    with Vault.open(path, PASSPHRASE) as v:
        bodies = [n.body for n in list_notes(v)]
        assert v.integrity_check().ok
    numbers = {int(b.split()[1]) for b in bodies if b.startswith("notitie ")}
    assert {n for n in range(1, acked + 1) if n % 3} <= numbers


def test_same_process_cannot_open_a_vault_twice_and_keeps_its_lock(
    vault: Vault, vault_path: Path
) -> None:
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(VaultInUse):
        derive_unlock_key(vault_path, PASSPHRASE)
    # The refused attempt must not have dropped our lock: another process is refused.
    _code, lines, _err = run("open", vault_path, [PASSPHRASE])
    assert lines == ["error in_use"]
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="chmod 0600: Windows relies on the ACL of the per-user profile folder the vault "
    "lives in (test_app_context.py::test_windows_uses_local_not_roaming_appdata); "
    "owner_only is a no-op there by design (vault/fsutil.py)",
)
def test_vault_and_backup_files_are_owner_only(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.backup(tmp_path / "reserve.tafelboek")
    vault.change_passphrase(PASSPHRASE, "nieuw", kdf=FAST_KDF)
    vault.close()
    for path in (vault_path, tmp_path / "reserve.tafelboek"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_warnings_are_typed(vault: Vault) -> None:
    assert vault.warnings == [VaultWarning.WEAK_KDF]


def test_hold_child_really_holds(vault_path: Path) -> None:
    # The lock tests above rely on the child keeping the vault open while it sleeps.
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    holder = Child("hold", vault_path, [PASSPHRASE], "30")
    try:
        holder.wait_for("open")
        time.sleep(0.1)
        assert holder.proc.poll() is None
    finally:
        holder.kill()


def test_weak_kdf_warning_clears_after_strengthening(vault: Vault) -> None:
    from vault.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, FixedKdf, KdfParams

    assert VaultWarning.WEAK_KDF in vault.warnings
    at_the_floor = FixedKdf(KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1))
    vault.change_passphrase(PASSPHRASE, PASSPHRASE, kdf=at_the_floor)
    assert VaultWarning.WEAK_KDF not in vault.warnings
