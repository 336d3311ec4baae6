"""The slow work of opening a vault: create one, or derive its key and open it.

Both run on a pool thread through :class:`app.session.tasks.TaskRunner`; the GUI thread
never derives a key.
"""

from __future__ import annotations

from pathlib import Path

from vault.api import UnlockedVault, derive_unlock_key, new_unlock_key, os_error_to_vault_error
from vault.clock import Clock
from vault.errors import TargetExists
from vault.kdf import KdfProfile, ProgressCallback


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
