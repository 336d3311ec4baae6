"""The vault core: create, open, close, errors, backup, restore, passphrase change."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

from vault import Vault, restore, vault_info
from vault.errors import (
    ErrorCode,
    InvalidPassphrase,
    NewerVersion,
    NotAVault,
    TargetExists,
    VaultDamaged,
    VaultError,
    VaultNotFound,
    WrongPassphrase,
)
from vault.kdf import FixedKdf, KdfParams
from vault.notes import add_note, get_note, list_notes, note_label, update_note
from vault.store import side_files


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``folder`` with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_created_vault_round_trips_notes(vault: Vault, vault_path: Path) -> None:
    note_id = add_note(vault, "Eerste notitie")
    update_note(vault, note_id, "Eerste notitie, bijgewerkt")
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        note = get_note(again, note_id)
    assert note.body == "Eerste notitie, bijgewerkt"


def test_p1_new_note_is_table_only(vault: Vault) -> None:
    note_id = add_note(vault, "iets")
    assert note_label(vault, note_id).table_only


def test_at_rest_a_vault_is_one_file(vault: Vault, vault_path: Path) -> None:
    add_note(vault, "inhoud")
    assert side_files(vault_path)[0].exists(), "WAL should be live while open"
    vault.close()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


def test_create_refuses_an_existing_file(vault_path: Path) -> None:
    vault_path.write_bytes(b"iets anders")
    with pytest.raises(TargetExists):
        Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    assert vault_path.read_bytes() == b"iets anders"


def test_create_in_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.create(tmp_path / "nope" / "x.tafelboek", PASSPHRASE, kdf=FAST_KDF)


def test_wrong_passphrase_changes_no_byte_and_adds_no_file(vault: Vault, vault_path: Path) -> None:
    add_note(vault, "geheim")
    vault.close()
    before = snapshot(vault_path.parent)
    for wrong in ("fout", PASSPHRASE + " ", PASSPHRASE.upper()):
        with pytest.raises(WrongPassphrase) as info:
            Vault.open(vault_path, wrong)
        assert info.value.code is ErrorCode.WRONG_PASSPHRASE
    assert snapshot(vault_path.parent) == before


def test_empty_passphrase_is_refused(vault_path: Path) -> None:
    with pytest.raises(InvalidPassphrase):
        Vault.create(vault_path, "", kdf=FAST_KDF)
    assert not vault_path.exists()


@pytest.mark.parametrize(
    "passphrase",
    [
        'it\'s "quoted"; DROP TABLE note; --',
        "x'00'",
        "ĳsberg café ő 🙂 שלום",
        "lang" * 250,  # 1,000 characters
        "  spaties rondom  ",
    ],
)
def test_unusual_passphrases_work(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "v.tafelboek"
    Vault.create(path, passphrase, kdf=FAST_KDF).close()
    Vault.open(path, passphrase).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, passphrase.strip() + "!")


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    path = tmp_path / "v.tafelboek"
    Vault.create(path, "caf\u00e9 kluis", kdf=FAST_KDF).close()
    Vault.open(path, "cafe\u0301 kluis").close()  # decomposed form, same text


def test_plain_sqlite_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "plain.tafelboek"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [b"", b"hallo", random.Random(5).randbytes(8192), b"\xa1" + b"\0" * 4095],
)
def test_foreign_files_are_refused_without_crash(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.tafelboek"
    path.write_bytes(content)
    with pytest.raises(VaultError) as info:
        Vault.open(path, PASSPHRASE)
    assert info.value.code in {
        ErrorCode.NOT_A_VAULT,
        ErrorCode.DAMAGED,
        ErrorCode.WRONG_PASSPHRASE,
        ErrorCode.NEWER_VERSION,
    }
    assert path.read_bytes() == content


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "weg.tafelboek", PASSPHRASE)


def test_newer_format_is_refused_and_untouched(vault: Vault, vault_path: Path) -> None:
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[0] = 0xA2
    vault_path.write_bytes(bytes(data))
    with pytest.raises(NewerVersion):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == bytes(data)


def test_newer_schema_is_refused_and_untouched(vault: Vault, vault_path: Path) -> None:
    with vault.transaction() as db:
        db.execute("PRAGMA user_version = 99")
    vault.close()
    before = snapshot(vault_path.parent)
    with pytest.raises(NewerVersion):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path.parent) == before


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<b>vet</b> & 'quotes' \"dubbel\" ]]> <!-- -->",
        "עברית ועוד \u202e omgekeerd",
        "nul\x00teken\x00midden",
        "emoji 👩🏽‍⚕️🇧🇪 en combinerend e\u0301",
        "x" * (10 * 1024 * 1024),
    ],
    ids=["empty", "markup", "rtl", "nul", "emoji", "ten-mb"],
)
def test_note_text_round_trips_exactly(vault: Vault, vault_path: Path, body: str) -> None:
    note_id = add_note(vault, body)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert get_note(again, note_id).body == body


def test_closed_vault_refuses_use(vault: Vault) -> None:
    vault.close()
    vault.close()  # twice is fine
    with pytest.raises(VaultError) as info:
        add_note(vault, "na sluiten")
    assert info.value.code is ErrorCode.CLOSED


def test_failed_transaction_rolls_back(vault: Vault) -> None:
    add_note(vault, "blijft")
    with pytest.raises(RuntimeError), vault.transaction() as db:
        db.execute("INSERT INTO note(body, created_at, updated_at) VALUES ('weg', 'x', 'x')")
        raise RuntimeError("stop")
    assert [n.body for n in list_notes(vault)] == ["blijft"]


def test_p3_audit_trail_is_append_only(vault: Vault) -> None:
    vault.record_audit("test_event")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as db:
        db.execute("DELETE FROM audit_event")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as db:
        db.execute("UPDATE audit_event SET kind = 'x'")
    kinds = [r[0] for r in vault.query("SELECT kind FROM audit_event ORDER BY id")]
    assert kinds == ["vault_created", "test_event"]


def test_integrity_check_passes_on_a_sound_vault(vault: Vault) -> None:
    add_note(vault, "iets")
    report = vault.integrity_check()
    assert report.ok


def test_info_needs_no_passphrase_and_shows_parameters(vault: Vault, vault_path: Path) -> None:
    vault.close()
    info = vault_info(vault_path)
    assert (info.format_version, info.kdf_memory_kib, info.kdf_iterations) == (1, 64, 1)
    assert info.kdf_below_floor
    assert not info.has_leftover_journal


def test_weak_kdf_is_reported_as_warning_when_opening(vault: Vault) -> None:
    assert "weak_kdf" in vault.warnings


def test_checkpoint_folds_the_log(vault: Vault) -> None:
    for i in range(50):
        add_note(vault, f"notitie {i}")
    assert vault.wal_bytes() > 0
    vault.checkpoint()
    assert vault.wal_bytes() == 0


# ---------------------------------------------------------------------- backups


def test_backup_opens_with_same_passphrase_and_holds_everything(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    ids = [add_note(vault, f"notitie {i}") for i in range(20)]
    dest = tmp_path / "reserve.tafelboek"
    vault.backup(dest)
    assert vault.meta("last_backup_at") == clock.now().isoformat(timespec="seconds")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("reserve")) == [
        "reserve.tafelboek"
    ]
    with Vault.open(dest, PASSPHRASE) as copy:
        assert [n.id for n in list_notes(copy)] == ids
        assert copy.integrity_check().ok


def test_backup_never_overwrites_without_permission(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "reserve.tafelboek"
    dest.write_bytes(b"ander bestand")
    with pytest.raises(TargetExists):
        vault.backup(dest)
    assert dest.read_bytes() == b"ander bestand"
    vault.backup(dest, overwrite=True)
    Vault.open(dest, PASSPHRASE).close()


def test_backup_cannot_replace_the_vault_itself(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(TargetExists):
        vault.backup(vault_path, overwrite=True)


def test_restore_checks_passphrase_before_writing(vault: Vault, tmp_path: Path) -> None:
    add_note(vault, "bewaard")
    dest = tmp_path / "b" / "reserve.tafelboek"
    dest.parent.mkdir()
    vault.backup(dest)
    target_dir = tmp_path / "doel"
    target_dir.mkdir()
    with pytest.raises(WrongPassphrase):
        restore(dest, target_dir / "terug.tafelboek", "fout", keep_previous=True)
    assert list(target_dir.iterdir()) == []
    restore(dest, target_dir / "terug.tafelboek", PASSPHRASE, keep_previous=True)
    assert [p.name for p in target_dir.iterdir()] == ["terug.tafelboek"]
    with Vault.open(target_dir / "terug.tafelboek", PASSPHRASE) as back:
        assert [n.body for n in list_notes(back)] == ["bewaard"]


def test_restore_refuses_existing_target_and_open_target(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "reserve.tafelboek"
    vault.backup(dest)
    before = sorted(vault_path.parent.iterdir())
    with pytest.raises(TargetExists):
        restore(dest, vault_path, PASSPHRASE, keep_previous=True)
    with pytest.raises(VaultError) as info:  # open: it has a live journal beside it
        restore(dest, vault_path, PASSPHRASE, overwrite=True, keep_previous=True)
    assert info.value.code is ErrorCode.IN_USE
    assert sorted(vault_path.parent.iterdir()) == before  # refused before any copy
    vault.close()
    restore(dest, vault_path, PASSPHRASE, overwrite=True, keep_previous=False)
    Vault.open(vault_path, PASSPHRASE).close()


def test_restore_of_damaged_backup_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    for i in range(30):
        add_note(vault, f"notitie {i} " + "woord " * 100)
    dest = tmp_path / "reserve.tafelboek"
    vault.backup(dest)
    data = bytearray(dest.read_bytes())
    data[len(data) // 2] ^= 0x10
    dest.write_bytes(bytes(data))
    target_dir = tmp_path / "doel"
    target_dir.mkdir()
    with pytest.raises(VaultDamaged):
        restore(dest, target_dir / "terug.tafelboek", PASSPHRASE, keep_previous=True)
    assert list(target_dir.iterdir()) == []


# ---------------------------------------------------------------------- passphrase change


def test_change_passphrase_keeps_data_and_swaps_passphrase(vault: Vault, vault_path: Path) -> None:
    ids = [add_note(vault, f"notitie {i}") for i in range(10)]
    stronger = FixedKdf(KdfParams(128, 2, 1), floor_memory_kib=8)
    vault.change_passphrase(PASSPHRASE, "nieuwe zin", kdf=stronger)
    assert [n.id for n in list_notes(vault)] == ids  # still usable, reopened
    assert vault.header.kdf == KdfParams(128, 2, 1)
    vault.close()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "nieuwe zin") as again:
        assert [n.id for n in list_notes(again)] == ids
        kinds = [r[0] for r in again.query("SELECT kind FROM audit_event")]
        assert kinds[-1] == "passphrase_changed"


def test_change_passphrase_with_wrong_old_passphrase_changes_nothing(
    vault: Vault, vault_path: Path
) -> None:
    add_note(vault, "iets")
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("fout", "nieuw", kdf=FAST_KDF)
    assert vault.is_open
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()


def test_change_passphrase_refuses_weak_settings_of_the_profile(vault: Vault) -> None:
    weak = FixedKdf(KdfParams(1024, 1, 1))  # default floor: 64 MiB
    with pytest.raises(VaultError) as info:
        vault.change_passphrase(PASSPHRASE, "nieuw", kdf=weak)
    assert info.value.code is ErrorCode.WEAK_KDF
    assert vault.is_open


# ---------------------------------------------------------------------- migrations


def test_migration_makes_backup_first_and_runs_in_transaction(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vault.store as store

    add_note(vault, "oude notitie")
    vault.close()
    latest = store.LATEST_VERSION
    original = dict(store.MIGRATIONS)
    migrations = dict(original)
    migrations[latest + 1] = ("ALTER TABLE note ADD COLUMN extra TEXT",)
    monkeypatch.setattr(store, "MIGRATIONS", migrations)
    monkeypatch.setattr(store, "LATEST_VERSION", latest + 1)
    with Vault.open(vault_path, PASSPHRASE) as upgraded:
        assert upgraded.schema_version() == latest + 1
        assert upgraded.query("SELECT extra FROM note") == [(None,)]
    backup = vault_path.with_name(f"Tafel.before-schema-{latest + 1}.tafelboek")
    assert backup.exists()
    monkeypatch.setattr(store, "LATEST_VERSION", latest)
    monkeypatch.setattr(store, "MIGRATIONS", original)
    with Vault.open(backup, PASSPHRASE) as old:
        assert old.schema_version() == latest
        assert [n.body for n in list_notes(old)] == ["oude notitie"]


def test_failing_migration_leaves_vault_at_old_version(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vault.store as store

    add_note(vault, "oude notitie")
    vault.close()
    latest = store.LATEST_VERSION
    original = dict(store.MIGRATIONS)
    migrations = dict(original)
    migrations[latest + 1] = ("ALTER TABLE note ADD COLUMN extra TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(store, "MIGRATIONS", migrations)
    monkeypatch.setattr(store, "LATEST_VERSION", latest + 1)
    with pytest.raises(Exception, match="syntax"):
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.setattr(store, "LATEST_VERSION", latest)
    monkeypatch.setattr(store, "MIGRATIONS", original)
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert again.schema_version() == latest
        assert again.query("PRAGMA table_info(note)")[-1][1] == "updated_at"
