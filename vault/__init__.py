"""Tafelboek vault: encrypted storage, key derivation, domain and secrecy policy.

Qt-free and typed; usable from a Python shell::

    from vault import Vault
    v = Vault.open(Path("Naam.tafelboek"), passphrase)

See ``docs/ARCHITECTURE.md`` for what lives where and ``docs/vault-format.md`` for the
file format.
"""

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
    UnlockKey,
    Vault,
    VaultInfo,
    derive_unlock_key,
    new_unlock_key,
    restore,
    vault_info,
)

__all__ = [
    "CalibratedKdf",
    "ErrorCode",
    "FixedKdf",
    "IntegrityReport",
    "KdfParams",
    "NewerVersion",
    "NotAVault",
    "ReadOnlyLocation",
    "UnlockKey",
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
