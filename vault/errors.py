"""Errors raised by the vault, each with a stable code.

The vault never words errors for end users: ``app/`` and the command line turn the
``code`` into a Dutch or English sentence. Messages here are short English developer
text and never contain a passphrase, a key or note content.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the policy and the case's life sit far above this module
    from vault.lifecycle import ClosingBlockers
    from vault.policy import Reason


class ErrorCode(StrEnum):
    """Stable identifiers for everything that can go wrong with a vault."""

    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 - an error code, not a secret
    """The passphrase does not open the vault (or its first page is damaged)."""
    NOT_A_VAULT = "not_a_vault"
    """The file is not a Tafelboek vault at all (empty, plain SQLite, another format)."""
    DAMAGED = "damaged"
    """The file is a vault but fails an integrity check or cannot be read."""
    NEWER_VERSION = "newer_version"
    """The file was made by a newer Tafelboek (format or schema)."""
    IN_USE = "in_use"
    """Another process (or another window) has the vault open."""
    READ_ONLY = "read_only"
    """The vault or its folder cannot be written to."""
    DISK_FULL = "disk_full"
    """Writing failed: the disk is full or the file may not grow."""
    WRITE_FAILED = "write_failed"
    """Writing failed for another input/output reason."""
    WEAK_KDF = "weak_kdf"
    """Key-derivation settings below the floor were requested."""
    EXISTS = "exists"
    """The target file already exists and overwriting was not requested."""
    NOT_FOUND = "not_found"
    """The file does not exist."""
    INVALID_PASSPHRASE = "invalid_passphrase"  # noqa: S105 - an error code
    """The passphrase text is empty or cannot be encoded (e.g. lone surrogates)."""
    CLOSED = "closed"
    """The vault was used after it was closed or locked."""
    BACKUP_MISMATCH = "backup_mismatch"
    """A freshly written backup did not verify against its source."""
    TARGET_IN_USE = "target_in_use"
    """The file to replace is open in another program (Windows refuses to replace it):
    close it there, or save under another name; nothing was changed."""
    OUT_OF_MEMORY = "out_of_memory"
    """Not enough free memory for the key derivation: close other programs and try again
    (the vault is fine; never a reason to restore a backup)."""
    FILE_GONE = "file_gone"
    """The vault file was deleted, moved or replaced while it was open: saving is refused
    (it would only reach the orphaned file); a backup can still rescue everything."""
    NO_SUCH_RECORD = "no_such_record"
    """The note, meeting, person, cell, case or other record asked for is not in the vault
    (deleted in the meantime, or an id from another vault). Raised at the door
    (:mod:`vault.api`) where a domain module raised ``KeyError``."""
    REFUSED = "refused"
    """A domain rule refused the change (a release the policy refuses, a case code that
    looks like personal data, an attendance not yet recorded...). Nothing was changed.
    :attr:`Refused.reason` names the policy's reason when there is one."""


class VaultWarning(StrEnum):
    """Conditions worth telling the user about when a vault opens; not errors."""

    NETWORK_SHARE = "network_share"
    """The vault lies on a network share, where SQLite's write-ahead log is unsafe."""
    WEAK_KDF = "weak_kdf"
    """The key derivation is below today's floor; offer an upgrade (same passphrase)."""
    QUICK_KDF = "quick_kdf"
    """Above the floor, but the key derived in well under the time this machine's
    calibration aims for (a vault made while the machine was busy, or on an older
    computer): offer strengthening (same passphrase). See ``KdfProfile.would_strengthen``."""
    OLDER_COPY = "older_copy"
    """The vault is older than the copy this computer last closed (vault/freshness.py):
    a backup put back, an earlier synchronised version, or a swapped file."""


class VaultError(Exception):
    """Base class of every error the vault raises on purpose."""

    code: ErrorCode = ErrorCode.DAMAGED

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphrase(VaultError):
    """The passphrase is wrong, or the first page of the file is damaged.

    SQLCipher cannot tell these two apart: page 1 fails its authentication check in
    both cases. Nothing on disk is changed when this is raised.
    """

    code = ErrorCode.WRONG_PASSPHRASE


class NotAVault(VaultError):
    code = ErrorCode.NOT_A_VAULT


class VaultDamaged(VaultError):
    code = ErrorCode.DAMAGED


class NewerVersion(VaultError):
    code = ErrorCode.NEWER_VERSION


class VaultInUse(VaultError):
    code = ErrorCode.IN_USE


class ReadOnlyLocation(VaultError):
    code = ErrorCode.READ_ONLY


class DiskFull(VaultError):
    code = ErrorCode.DISK_FULL


class WriteFailed(VaultError):
    code = ErrorCode.WRITE_FAILED


class WeakKdf(VaultError):
    code = ErrorCode.WEAK_KDF


class TargetExists(VaultError):
    code = ErrorCode.EXISTS


class VaultNotFound(VaultError):
    code = ErrorCode.NOT_FOUND


class InvalidPassphrase(VaultError):
    code = ErrorCode.INVALID_PASSPHRASE


class VaultClosed(VaultError):
    code = ErrorCode.CLOSED


class BackupMismatch(VaultError):
    code = ErrorCode.BACKUP_MISMATCH


class VaultFileGone(VaultError):
    code = ErrorCode.FILE_GONE


class OutOfMemory(VaultError):
    code = ErrorCode.OUT_OF_MEMORY


class TargetInUse(VaultError):
    code = ErrorCode.TARGET_IN_USE


class NoSuchRecord(VaultError):
    """The record asked for does not exist; :attr:`key` is the id (or ids) looked up."""

    code = ErrorCode.NO_SUCH_RECORD

    def __init__(self, message: str, *, key: object = None) -> None:
        super().__init__(message)
        self.key = key


class Refused(VaultError):
    """A domain rule refused the request; nothing was changed.

    ``reason`` is the secrecy policy's :class:`vault.policy.Reason` when the policy gave
    one (a refused release, representation or document), else ``None`` (a plain rule such
    as "a person needs a name"). ``existing_id`` names the record that is in the way when
    there is one (the case that already has this code). The domain exception it replaces
    stays reachable as ``__cause__``.
    """

    code = ErrorCode.REFUSED

    def __init__(
        self, message: str, *, reason: Reason | None = None, existing_id: int | None = None
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.existing_id = existing_id


class ClosureNeedsConfirmation(Refused):
    """Closing the case was refused because something on it is still open — open actions,
    an undecided informing question (P7) — and the closure was not confirmed; nothing was
    changed.

    A :class:`Refused` like any other (same ``code``), so a caller that only knows refusals
    still sees one. :attr:`blockers` is :class:`vault.lifecycle.ClosingBlockers`: what is
    open, for the question to the user; after the user agreed, close again with
    ``confirm_open=True`` (P13). Raised at the door for
    :class:`vault.lifecycle.ClosingNeedsConfirmation`, by ``vault.cases.close`` and
    ``vault.decisions.record_closure``.
    """

    def __init__(self, message: str, *, blockers: ClosingBlockers) -> None:
        super().__init__(message)
        self.blockers = blockers


#: Command-line exit status per error code (documented in ``tafelboek-vault --help``).
EXIT_STATUS: dict[ErrorCode, int] = {
    ErrorCode.WRONG_PASSPHRASE: 3,
    ErrorCode.NOT_A_VAULT: 4,
    ErrorCode.DAMAGED: 4,
    ErrorCode.BACKUP_MISMATCH: 4,
    ErrorCode.IN_USE: 5,
    ErrorCode.TARGET_IN_USE: 5,
    ErrorCode.NEWER_VERSION: 6,
    ErrorCode.READ_ONLY: 7,
    ErrorCode.DISK_FULL: 7,
    ErrorCode.WRITE_FAILED: 7,
    ErrorCode.FILE_GONE: 7,
    ErrorCode.OUT_OF_MEMORY: 8,
}


def exit_status(error: VaultError) -> int:
    """Return the command-line exit status for ``error`` (1 when none is specific)."""
    return EXIT_STATUS.get(error.code, 1)
