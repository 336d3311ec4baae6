"""The fictional demo vault: for trying Tafelboek out and for training, never for real notes.

It lives beside the user's own vault as ``Demo.tafelboek`` under a passphrase everybody
knows (:data:`DEMO_PASSPHRASE`; "Demo proberen…" opens it without asking), is built on
first use from :func:`vault.demo.build_demo` (invented people and places only) and is
marked DEMO in the window for as long as it is open.
"""

from __future__ import annotations

from pathlib import Path

from app.session.workers import create_vault
from vault.api import SUFFIX, UnlockedVault, derive_unlock_key
from vault.clock import Clock
from vault.kdf import KdfProfile, ProgressCallback

DEMO_FILE_NAME = f"Demo{SUFFIX}"

DEMO_PASSPHRASE = "fictiegem oefent zonder echte namen"  # noqa: S105 - public by design
"""Public on purpose: the demo holds nothing secret, and training groups share it."""


def demo_vault_path(vault_dir: Path) -> Path:
    return vault_dir / DEMO_FILE_NAME


def open_demo_vault(
    path: Path, kdf: KdfProfile, clock: Clock, progress: ProgressCallback
) -> UnlockedVault:
    """Open the demo vault at ``path``, creating and filling it first if it is not there."""
    if path.exists():
        unlock = derive_unlock_key(path, DEMO_PASSPHRASE)
        return UnlockedVault.open_with_key(path, unlock, clock=clock, kdf_profile=kdf)
    vault = create_vault(path, DEMO_PASSPHRASE, kdf, clock, progress)
    try:
        vault.fill_with_demo()
    except BaseException:
        vault.close()
        path.unlink(missing_ok=True)  # a half-built demo is rebuilt next time
        raise
    return vault
