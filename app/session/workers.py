"""Slow vault work (key derivation, calibration, opening) on a pool thread.

The GUI thread only starts a :class:`VaultJob` and receives its signals; it never derives
a key. A job reports progress fractions, then exactly one of ``succeeded`` (with the
:class:`~vault.api.UnlockedVault`) or ``failed`` (with an :class:`~vault.ErrorCode`, or
``None`` for a failure nobody planned for).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from vault.api import UnlockedVault, derive_unlock_key, new_unlock_key, os_error_to_vault_error
from vault.clock import Clock
from vault.errors import TargetExists, VaultError
from vault.kdf import KdfProfile, ProgressCallback

log = logging.getLogger(__name__)


def describe_without_values(exc: BaseException) -> str:
    """The exception's type and code locations, without its message or any value.

    An unplanned exception's message may quote what it was given (a passphrase, note
    text); logs must never hold either (rule P2).
    """
    frames = traceback.format_list(traceback.extract_tb(exc.__traceback__))
    return f"{type(exc).__qualname__}\n{''.join(frames)}"


VaultWork = Callable[[ProgressCallback], UnlockedVault]
"""A unit of slow work: gets a progress callback, returns an open vault or raises."""


class JobSignals(QObject):
    """Emitted from the pool thread; connected slots run on the GUI thread (queued)."""

    progress = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)


class VaultJob(QRunnable):
    """Runs one :data:`VaultWork` on a :class:`~PySide6.QtCore.QThreadPool`."""

    def __init__(self, work: VaultWork) -> None:
        super().__init__()
        # Python owns the job: the window keeps it until its result has been handled.
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.result: UnlockedVault | None = None
        self._work: VaultWork | None = work

    def run(self) -> None:
        work, self._work = self._work, None  # drop the closure (and its passphrase) early
        if work is None:
            return
        try:
            vault = work(self.signals.progress.emit)
        except VaultError as exc:
            self.signals.failed.emit(exc.code)
        except OSError as exc:
            self.signals.failed.emit(os_error_to_vault_error(exc, None).code)
        except Exception as exc:
            log.error("vault job failed unexpectedly: %s", describe_without_values(exc))
            self.signals.failed.emit(None)
        else:
            self.result = vault
            self.signals.succeeded.emit(vault)


def create_vault(
    path: Path, passphrase: str, kdf: KdfProfile, clock: Clock, progress: ProgressCallback
) -> UnlockedVault:
    """Calibrate, derive a fresh key and create the vault at ``path`` (slow)."""
    if path.exists():
        raise TargetExists("a file with that name already exists", path=path)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error_to_vault_error(exc, path.parent) from None
    unlock = new_unlock_key(passphrase, kdf, progress)
    return UnlockedVault.create_with_key(path, unlock, clock=clock, kdf_profile=kdf)


def open_vault(path: Path, passphrase: str, kdf: KdfProfile, clock: Clock) -> UnlockedVault:
    """Derive the key from the vault's header and open it (slow; a schema upgrade's
    safety copy gets its own key, so two more derivations then)."""
    unlock = derive_unlock_key(path, passphrase)
    return UnlockedVault.open_with_key(
        path, unlock, clock=clock, kdf_profile=kdf, passphrase=passphrase
    )
