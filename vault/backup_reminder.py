"""When was the last backup, and is it time to remind the user of one?

The moment of the last backup is kept *inside* the encrypted vault (``vault_meta``,
key ``last_backup_at``, written by :meth:`vault.Vault.backup`), never in a settings file
on disk: that the user keeps a vault, and how often they back it up, is nobody else's
business. A vault that was never backed up counts from its creation.

Everything here is a pure read; nothing writes to the vault.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vault.store import Vault

LAST_BACKUP_KEY = "last_backup_at"
"""The ``vault_meta`` key :meth:`vault.Vault.backup` writes after every verified backup."""

CREATED_KEY = "created_at"
"""The ``vault_meta`` key written when the vault was created."""

DEFAULT_REMINDER_DAYS = 14
"""Remind the user when no backup was made for this many days."""

MIN_REMINDER_DAYS = 1
MAX_REMINDER_DAYS = 365


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def last_backup_at(vault: Vault) -> datetime | None:
    """When the last verified backup of ``vault`` was made (aware UTC); ``None``: never."""
    return _parse(vault.meta(LAST_BACKUP_KEY))


def created_at(vault: Vault) -> datetime | None:
    """When ``vault`` was created (aware UTC), if it says."""
    return _parse(vault.meta(CREATED_KEY))


def clamp_reminder_days(days: int) -> int:
    """``days`` within :data:`MIN_REMINDER_DAYS` … :data:`MAX_REMINDER_DAYS`."""
    return max(MIN_REMINDER_DAYS, min(MAX_REMINDER_DAYS, int(days)))


def backup_overdue(
    vault: Vault, *, days: int = DEFAULT_REMINDER_DAYS, now: datetime | None = None
) -> bool:
    """True when the last backup (or, if none, the creation) is ``days`` days or more ago.

    ``now`` defaults to the vault's own clock. A vault that names neither moment is
    overdue: better one reminder too many than a lost year of notes.
    """
    moment = now if now is not None else vault.clock.now()
    since = last_backup_at(vault) or created_at(vault)
    if since is None:
        return True
    return moment - since >= timedelta(days=clamp_reminder_days(days))
