"""Noticing a vault that is older than the one this computer last closed (rollback).

Every page of a vault authenticates with its key, but a *whole older file* — a backup
put back, a synchronised folder's earlier version, a copy swapped in by someone with
access to the disk — is a perfectly valid vault. Nothing inside it can tell that it is
stale. This module keeps a small record **outside** the vault, per computer and user:

* inside the vault, ``vault_meta.generation`` counts closes (:func:`mark_closed` adds
  one, in the vault's own transaction);
* the record (a file in the program's settings folder) maps a tag of the vault's random
  ``vault_id`` to the generation this computer last closed it at.

On opening, :meth:`Ledger.is_older` says whether the vault's generation is below the
record: the program warns once ("older than the copy this computer last closed; if
you did not restore a backup yourself, check where this file came from"). Closing it
again records its generation, so a restore the user chose is accepted after one warning.

The record holds no content and no name: each line is ``<tag> <generation>``, where the
tag is SHA-256 of a fixed label and the vault's 128-bit random identifier, which only
someone who can open the vault can compute. It survives a passphrase change.

What it cannot see (``docs/threat-model.md``): a rollback on another computer or for
another user, a rollback by someone who also deletes or edits the record, and a vault
copied while open (the copy has the same generation).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from vault.fsutil import fsync_file, owner_only, publish, remove_quietly, temp_sibling
from vault.store import Vault

RECORD_NAME = "freshness"
"""File name of the record inside the folder the program gives to :class:`Ledger`."""

_LABEL = b"tafelboek freshness v1\x00"
_MAX_ENTRIES = 200
"""Vaults remembered per computer and user (the oldest entries are dropped)."""


def generation(vault: Vault) -> int:
    """How many times the vault was closed through :func:`mark_closed`."""
    value = vault.meta("generation")
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def mark_closed(vault: Vault) -> int:
    """Count one more close inside the vault (durable) and return the new generation."""
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO vault_meta(key, value) VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        )
    return generation(vault)


def vault_tag(vault: Vault) -> str:
    """The vault's name in the record: meaningless without the vault's key."""
    vault_id = vault.meta("vault_id") or ""
    return hashlib.sha256(_LABEL + vault_id.encode("ascii", "replace")).hexdigest()[:32]


class Ledger:
    """The per-computer record of generations, in ``folder`` (the settings folder).

    Best effort by design: a record that cannot be read or written never stops the
    user from opening or closing a vault; it only means no rollback warning.
    """

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / RECORD_NAME

    def _read(self) -> dict[str, int]:
        entries: dict[str, int] = {}
        with contextlib.suppress(OSError, UnicodeDecodeError):
            for line in self.path.read_text(encoding="ascii").splitlines():
                tag, _, number = line.partition(" ")
                if len(tag) == 32 and number.isdigit():
                    entries[tag] = int(number)
        return entries

    def last_closed(self, vault: Vault) -> int | None:
        """The generation this computer last closed ``vault`` at, if it did."""
        return self._read().get(vault_tag(vault))

    def is_older(self, vault: Vault) -> bool:
        """True when ``vault`` is older than the copy this computer last closed."""
        last = self.last_closed(vault)
        return last is not None and generation(vault) < last

    def close(self, vault: Vault) -> None:
        """Count this close in the vault and remember it here. Call just before
        :meth:`Vault.close`; never raises: a lock must always succeed.

        Whatever goes wrong — a read-only or vanished vault, a record another Tafelboek
        holds open (Windows refuses to replace it), a full disk — only costs the rollback
        warning; the lock goes on.
        """
        try:
            number = mark_closed(vault)
            self._write(vault_tag(vault), number)
        except Exception:  # nothing may stop a lock (see above)
            return

    def _write(self, tag: str, number: int) -> None:
        entries = self._read()
        entries.pop(tag, None)
        entries[tag] = number  # newest last
        kept = list(entries.items())[-_MAX_ENTRIES:]
        text = "".join(f"{t} {n}\n" for t, n in kept)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_sibling(self.path, "ledger")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(text)
            owner_only(tmp)
            fsync_file(tmp)
            publish(tmp, self.path, overwrite=True)
        finally:
            remove_quietly(tmp)  # gone already when published
