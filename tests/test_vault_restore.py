"""Restoring a backup keeps the vault it replaces (vault.store.restore, keep_previous).

The protocol the desktop client and ``tafelboek-vault restore --force`` share, tested
without Qt: the backup is checked before anything is written; the replaced vault is kept
beside it under its set-aside name, flushed to disk and owner-only, before the vault is
replaced; a failure on the way leaves the vault as it was and no copy behind.
"""

from __future__ import annotations

import errno
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock, assert_owner_only

from vault import store
from vault.errors import DiskFull, VaultDamaged, WrongPassphrase
from vault.notes import add_note, list_notes
from vault.store import RESTORE_ASIDE_WORD, RestoreResult, Vault, restore, set_aside_path

OLD_PASSPHRASE = "oude kluis heeft een eigen zin"
MOMENT = datetime(2026, 12, 7, 15, 4, 5, tzinfo=UTC)


def _vault(path: Path, body: str, passphrase: str) -> Path:
    with Vault.create(path, passphrase, kdf=FAST_KDF) as vault:
        add_note(vault, body)
    return path


def _bodies(path: Path, passphrase: str) -> list[str]:
    with Vault.open(path, passphrase, kdf_profile=FAST_KDF) as vault:
        return [note.body for note in list_notes(vault)]


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    (tmp_path / "backups").mkdir()
    return _vault(tmp_path / "backups" / "kopie.tafelboek", "Uit de reservekopie", PASSPHRASE)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    (tmp_path / "kluis").mkdir()
    return _vault(tmp_path / "kluis" / "Tafel.tafelboek", "Van vandaag", OLD_PASSPHRASE)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _kept_name(moment: datetime, word: str = RESTORE_ASIDE_WORD) -> str:
    return f"Tafel-{word}-{moment.astimezone().strftime('%Y-%m-%d-%H%M%S')}.tafelboek"


def test_restore_over_a_vault_keeps_the_replaced_one_beside_it(backup: Path, target: Path) -> None:
    before = target.read_bytes()

    result = restore(
        backup, target, PASSPHRASE, overwrite=True, keep_previous=True, clock=FakeClock(MOMENT)
    )

    kept = target.with_name(_kept_name(MOMENT))
    assert result == RestoreResult(target=target, kept_previous=kept)
    assert _names(target.parent) == sorted([target.name, kept.name])
    assert kept.read_bytes() == before  # byte for byte the vault as it was
    assert_owner_only(kept)
    assert_owner_only(target)
    assert _bodies(target, PASSPHRASE) == ["Uit de reservekopie"]
    assert _bodies(kept, OLD_PASSPHRASE) == ["Van vandaag"]


def test_the_kept_copy_is_on_disk_before_the_vault_is_replaced(
    backup: Path, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    fsync_file, publish = store.fsync_file, store.publish

    def record_fsync(path: Path) -> None:
        events.append(("fsync", path.name))
        fsync_file(path)

    def record_publish(tmp: Path, final: Path, *, overwrite: bool) -> None:
        events.append(("publish", final.name))
        publish(tmp, final, overwrite=overwrite)

    monkeypatch.setattr(store, "fsync_file", record_fsync)
    monkeypatch.setattr(store, "publish", record_publish)

    result = restore(
        backup, target, PASSPHRASE, overwrite=True, keep_previous=True, clock=FakeClock(MOMENT)
    )

    assert result.kept_previous is not None
    kept = result.kept_previous.name
    copy_flushed = next(
        i for i, (what, name) in enumerate(events) if what == "fsync" and kept in name
    )
    assert events.index(("publish", kept)) > copy_flushed  # named only once flushed
    assert events[-1] == ("publish", target.name)  # the vault is replaced last
    assert events.index(("publish", kept)) < len(events) - 1


@pytest.mark.parametrize("failing", ["the vault's replacement", "the copy's flush"])
def test_a_failure_half_way_leaves_the_vault_as_it_was(
    backup: Path, target: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    before = target.read_bytes()
    fsync_file, publish = store.fsync_file, store.publish

    def full_disk() -> OSError:
        return OSError(errno.ENOSPC, "No space left on device")

    def flaky_fsync(path: Path) -> None:
        if failing == "the copy's flush" and RESTORE_ASIDE_WORD in path.name:
            raise full_disk()
        fsync_file(path)

    def flaky_publish(tmp: Path, final: Path, *, overwrite: bool) -> None:
        if failing == "the vault's replacement" and final == target:
            raise full_disk()
        publish(tmp, final, overwrite=overwrite)

    monkeypatch.setattr(store, "fsync_file", flaky_fsync)
    monkeypatch.setattr(store, "publish", flaky_publish)

    with pytest.raises(DiskFull):
        restore(
            backup, target, PASSPHRASE, overwrite=True, keep_previous=True, clock=FakeClock(MOMENT)
        )

    assert target.read_bytes() == before
    assert _names(target.parent) == [target.name]  # no copy, no temporary file left
    assert _bodies(target, OLD_PASSPHRASE) == ["Van vandaag"]


def test_a_wrong_passphrase_or_a_damaged_backup_makes_no_copy(backup: Path, target: Path) -> None:
    before = target.read_bytes()
    with pytest.raises(WrongPassphrase):
        restore(backup, target, "niet de juiste zin", overwrite=True, keep_previous=True)
    damaged = backup.with_name("beschadigd.tafelboek")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
    damaged.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        restore(damaged, target, PASSPHRASE, overwrite=True, keep_previous=True)

    assert target.read_bytes() == before
    assert _names(target.parent) == [target.name]


def test_nothing_is_kept_where_there_was_no_vault_or_none_was_asked_for(
    backup: Path, target: Path
) -> None:
    new = target.with_name("Nieuw.tafelboek")
    assert restore(backup, new, PASSPHRASE, keep_previous=True) == RestoreResult(new, None)

    replaced = restore(backup, target, PASSPHRASE, overwrite=True, keep_previous=False)

    assert replaced == RestoreResult(target, None)
    assert _names(target.parent) == sorted([target.name, new.name])
    assert _bodies(target, PASSPHRASE) == ["Uit de reservekopie"]


def test_the_kept_copy_never_replaces_a_file_and_takes_the_callers_word(
    backup: Path, target: Path
) -> None:
    taken = target.with_name(_kept_name(MOMENT, "voor-terugzetten"))
    taken.write_bytes(b"iets anders")

    result = restore(
        backup,
        target,
        PASSPHRASE,
        overwrite=True,
        keep_previous=True,
        clock=FakeClock(MOMENT),
        aside_word="voor-terugzetten",
    )

    assert result.kept_previous == taken.with_name(f"{taken.stem}-2.tafelboek")
    assert taken.read_bytes() == b"iets anders"
    assert _bodies(result.kept_previous, OLD_PASSPHRASE) == ["Van vandaag"]


@pytest.mark.parametrize("word", ["", "../elders", "a/b", "a\\b", "c:"])
def test_a_word_that_is_not_part_of_a_file_name_is_refused(tmp_path: Path, word: str) -> None:
    with pytest.raises(ValueError, match="file name"):
        set_aside_path(tmp_path / "Tafel.tafelboek", MOMENT, word)
