"""The last-backup moment lives inside the vault; the reminder counts from it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from conftest import FakeClock

from vault import Vault
from vault.backup_reminder import (
    DEFAULT_REMINDER_DAYS,
    backup_overdue,
    clamp_reminder_days,
    created_at,
    last_backup_at,
)


def test_a_new_vault_is_not_overdue_until_the_threshold(vault: Vault, clock: FakeClock) -> None:
    assert last_backup_at(vault) is None
    assert created_at(vault) == clock.now()
    assert not backup_overdue(vault)
    clock.advance(days=DEFAULT_REMINDER_DAYS - 1)
    assert not backup_overdue(vault)
    clock.advance(days=1)
    assert backup_overdue(vault)
    assert backup_overdue(vault, days=3)
    assert not backup_overdue(vault, days=30)


def test_a_backup_resets_the_reminder(vault: Vault, clock: FakeClock, tmp_path: Path) -> None:
    clock.advance(days=40)
    assert backup_overdue(vault)
    vault.backup(tmp_path / "copy.tafelboek")
    assert last_backup_at(vault) == clock.now()
    assert not backup_overdue(vault)
    clock.advance(days=DEFAULT_REMINDER_DAYS, seconds=1)
    assert backup_overdue(vault)
    assert not backup_overdue(vault, now=clock.now() - timedelta(days=2))


def test_an_unreadable_moment_counts_as_never(vault: Vault) -> None:
    with vault.transaction() as db:
        db.execute("UPDATE vault_meta SET value = 'gisteren' WHERE key = 'created_at'")
    assert created_at(vault) is None
    assert backup_overdue(vault)


def test_reminder_days_are_clamped() -> None:
    assert clamp_reminder_days(0) == 1
    assert clamp_reminder_days(14) == 14
    assert clamp_reminder_days(10_000) == 365
