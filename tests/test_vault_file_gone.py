"""The vault file disappears while open: saving is refused (not silently lost), reads and a
rescue backup still work, and the backup holds everything saved before.

On Windows an open vault cannot be deleted, moved or replaced at all (SQLite opens it
without FILE_SHARE_DELETE): there the test proves that refusal and that saving goes on."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from vault import ErrorCode, Vault
from vault.errors import VaultFileGone, exit_status
from vault.notes import add_note, list_notes


def _take_away(path: Path, how: str) -> None:
    if how == "deleted":
        os.unlink(path)
    elif how == "moved":
        shutil.move(path, path.with_name("elders.tafelboek"))
    else:
        os.unlink(path)
        path.write_bytes(b"iets anders")


@pytest.mark.parametrize("how", ["deleted", "moved", "replaced"])
def test_p12_writes_are_refused_once_the_file_is_gone_and_a_backup_rescues_all(
    tmp_path: Path, how: str
) -> None:
    path = tmp_path / "kluis.tafelboek"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    try:
        add_note(vault, "Bewaard voor het wissen")
        assert vault.file_in_place()
        if sys.platform == "win32":
            # Windows refuses to delete or move a file another handle holds without
            # FILE_SHARE_DELETE (a sharing violation, WinError 32): the vault cannot go.
            with pytest.raises(PermissionError) as refused_there:
                _take_away(path, how)
            assert refused_there.value.winerror == 32
            assert vault.file_in_place()
            add_note(vault, "Na de poging tot wissen")
            assert len(list_notes(vault)) == 2
            return
        _take_away(path, how)
        assert not vault.file_in_place()
        with pytest.raises(VaultFileGone) as refused:
            add_note(vault, "Na het wissen")
        assert refused.value.code is ErrorCode.FILE_GONE
        assert exit_status(refused.value) == 7
        # Reading still works, from the connection's open file.
        assert [n.body for n in list_notes(vault)] == ["Bewaard voor het wissen"]
        rescue = vault.backup(tmp_path / "redding.tafelboek")
    finally:
        vault.close()
    with Vault.open(rescue, PASSPHRASE) as copy:
        assert [n.body for n in list_notes(copy)] == ["Bewaard voor het wissen"]
        add_note(copy, "De redding werkt gewoon verder")


def test_a_vault_in_place_keeps_saving(tmp_path: Path) -> None:
    path = tmp_path / "kluis.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        for n in range(3):
            add_note(vault, f"notitie {n}")
        vault.change_passphrase(PASSPHRASE, PASSPHRASE + " nieuw", kdf=FAST_KDF)
        assert vault.file_in_place()  # a passphrase change replaces the file on purpose
        add_note(vault, "na de wijziging")
        assert len(list_notes(vault)) == 4
