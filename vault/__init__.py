"""Tafelboek vault: encrypted storage, key derivation, domain and secrecy policy.

Qt-free and typed; usable from a Python shell::

    from vault import UnlockedVault
    v = UnlockedVault.open(Path("Naam.tafelboek"), passphrase)
    v.notes.list()

``UnlockedVault`` (:mod:`vault.api`, loaded on first use) is the door the client uses;
``Vault`` is the storage layer beneath it.

See ``docs/ARCHITECTURE.md`` for what lives where and ``docs/vault-format.md`` for the
file format.
"""

from typing import TYPE_CHECKING, Any

from vault.errors import (
    ErrorCode,
    NewerVersion,
    NotAVault,
    ReadOnlyLocation,
    VaultDamaged,
    VaultError,
    VaultInUse,
    WrongPassphrase,
)
from vault.kdf import CalibratedKdf, FixedKdf, KdfParams
from vault.store import (
    IntegrityReport,
    RestoreResult,
    UnlockKey,
    Vault,
    VaultInfo,
    derive_unlock_key,
    new_unlock_key,
    restore,
    vault_info,
)

if TYPE_CHECKING:
    from vault.api import UnlockedVault


def __getattr__(name: str) -> Any:
    # PEP 562: the door imports every domain module, which ``import vault.kdf`` must not.
    if name == "UnlockedVault":
        from vault.api import UnlockedVault

        return UnlockedVault
    raise AttributeError(f"module 'vault' has no attribute {name!r}")


__all__ = [
    "CalibratedKdf",
    "ErrorCode",
    "FixedKdf",
    "IntegrityReport",
    "KdfParams",
    "NewerVersion",
    "NotAVault",
    "ReadOnlyLocation",
    "RestoreResult",
    "UnlockKey",
    "UnlockedVault",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultInUse",
    "VaultInfo",
    "WrongPassphrase",
    "derive_unlock_key",
    "new_unlock_key",
    "restore",
    "vault_info",
]
