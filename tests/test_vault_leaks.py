"""P2 at the storage level: note text never appears in any file the vault writes.

A canary string goes into notes; afterwards no byte sequence of it (in UTF-8, UTF-16
or as part of a longer run) may be found in the vault file, its live write-ahead log,
backups, the pre-migration backup or a passphrase change's result.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from vault import Vault
from vault.notes import add_note, update_note

CANARY = "KANARIE-7f3a9c-geheim-van-de-tafel"
NEEDLES = [
    CANARY.encode("utf-8"),
    CANARY.encode("utf-16-le"),
    CANARY.encode("utf-16-be"),
    b"KANARIE",
    b"7f3a9c",
]


def bytes_of(path: Path) -> bytes:
    # Read through another process: on POSIX, closing a descriptor of the open vault
    # file in this process would drop SQLite's locks on it. Windows locks belong to the
    # handle that took them, so another handle of this process reads without harm.
    if sys.platform == "win32":
        return path.read_bytes()
    return subprocess.run(["cat", str(path)], capture_output=True, check=True).stdout


def assert_clean(folder: Path) -> list[str]:
    seen = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = bytes_of(path)
        seen.append(path.name)
        for needle in NEEDLES:
            assert needle not in data, f"canary found in {path.name}"
    return seen


def test_p2_canary_in_no_file_while_open_and_after(tmp_path: Path) -> None:
    path = tmp_path / "Kanarie.tafelboek"
    v = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    note = add_note(v, f"Begin {CANARY} einde")
    for i in range(200):
        update_note(v, note, f"Versie {i}: {CANARY} " + "tekst " * i)
        add_note(v, f"{CANARY} nummer {i}")
    seen = assert_clean(tmp_path)
    assert "Kanarie.tafelboek-wal" in seen, "the live log must be part of the scan"
    v.backup(tmp_path / "reserve.tafelboek")
    v.change_passphrase(PASSPHRASE, "andere zin", kdf=FAST_KDF)
    add_note(v, CANARY * 50)
    assert_clean(tmp_path)
    v.close()
    seen = assert_clean(tmp_path)
    assert sorted(seen) == ["Kanarie.tafelboek", "reserve.tafelboek"]


def test_p2_canary_not_in_pre_migration_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vault.store as store

    path = tmp_path / "Oud.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as v:
        add_note(v, CANARY)
    migrations = dict(store.MIGRATIONS)
    migrations[store.LATEST_VERSION + 1] = ("CREATE TABLE extra(x)",)
    monkeypatch.setattr(store, "MIGRATIONS", migrations)
    monkeypatch.setattr(store, "LATEST_VERSION", store.LATEST_VERSION + 1)
    Vault.open(path, PASSPHRASE).close()
    assert len(assert_clean(tmp_path)) == 2


def test_sqlcipher_writes_nothing_to_stderr_on_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "Stil.tafelboek"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    script = (
        "import sys; from pathlib import Path; from vault import Vault, WrongPassphrase\n"
        "try:\n    Vault.open(Path(sys.argv[1]), 'fout')\n"
        "except WrongPassphrase:\n    print('refused')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""
