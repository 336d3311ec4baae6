"""The 16-byte vault header: SQLCipher's salt, carrying the KDF parameters.

SQLCipher 4 stores a 16-byte random salt in plaintext at offset 0 of the database file.
Tafelboek chooses those 16 bytes itself (SQLCipher accepts an explicit salt in the
raw-key form ``x'<64 hex key><32 hex salt>'``)::

    offset  size  meaning
    0       1     0xA0 | format version  (format 1 → 0xA1)
    1       1     log2(Argon2 memory in KiB)   (e.g. 18 → 256 MiB)
    2       1     Argon2 iterations (1..255)
    3       1     Argon2 parallelism (1..255)
    4       12    random bytes (96 bits) from the operating system's CSPRNG

The whole 16 bytes are both the Argon2id salt and the SQLCipher salt. Because the
parameters are part of the Argon2 salt, changing any of them yields another key: an
attacker cannot weaken a vault by editing its header, it simply stops opening.
See ``docs/vault-format.md``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vault.errors import NewerVersion, NotAVault, VaultDamaged, VaultError, VaultNotFound
from vault.fsutil import os_error_to_vault_error
from vault.kdf import CEILING_MEMORY_KIB, CEILING_PARALLELISM, CEILING_WORK_KIB, KdfParams
from vault.openfiles import ensure_not_open_here

HEADER_BYTES = 16
RANDOM_BYTES = 12
MAGIC_HIGH_NIBBLE = 0xA0
FORMAT_VERSION = 1
"""Current vault file format. Bump only with a documented, migrating change."""

PAGE_SIZE = 4096
"""SQLCipher 4 default page size, used by every Tafelboek vault."""

SQLITE_PLAIN_MAGIC = b"SQLite format 3\x00"

MAX_LOG_MEMORY = CEILING_MEMORY_KIB.bit_length() - 1
"""Largest memory cost a header may state: 2**20 KiB = 1 GiB. Calibration never goes
above 256 MiB; the cap keeps a damaged or tampered header from asking for more. With
:data:`~vault.kdf.CEILING_WORK_KIB` and :data:`~vault.kdf.CEILING_PARALLELISM` it bounds
what an unlock can cost before the passphrase is even checked."""


@dataclass(frozen=True, slots=True)
class VaultHeader:
    """The parsed plaintext header of a vault file."""

    format_version: int
    kdf: KdfParams
    salt: bytes
    """All 16 bytes, exactly as stored (the Argon2 and SQLCipher salt)."""

    @classmethod
    def new(cls, kdf: KdfParams, random: bytes | None = None) -> VaultHeader:
        """Make a header for a new key, with fresh random bytes."""
        rnd = os.urandom(RANDOM_BYTES) if random is None else random
        if len(rnd) != RANDOM_BYTES:
            raise ValueError("random part must be 12 bytes")
        salt = (
            bytes(
                [
                    MAGIC_HIGH_NIBBLE | FORMAT_VERSION,
                    kdf.memory_kib.bit_length() - 1,
                    kdf.iterations,
                    kdf.parallelism,
                ]
            )
            + rnd
        )
        return cls(FORMAT_VERSION, kdf, salt)

    @classmethod
    def parse(cls, data: bytes) -> VaultHeader:
        """Parse the first 16 bytes of a file; raise if they are not a vault header."""
        if len(data) < HEADER_BYTES:
            raise NotAVault("file is shorter than a vault header")
        if data[:HEADER_BYTES] == SQLITE_PLAIN_MAGIC:
            raise NotAVault("file is an unencrypted SQLite database")
        first = data[0]
        if first & 0xF0 != MAGIC_HIGH_NIBBLE or first & 0x0F == 0:
            raise NotAVault("file does not start with a Tafelboek vault header")
        version = first & 0x0F
        if version > FORMAT_VERSION:
            raise NewerVersion(f"vault format {version} is newer than this program")
        log_memory, iterations, parallelism = data[1], data[2], data[3]
        if not 3 <= log_memory <= MAX_LOG_MEMORY:
            raise NotAVault("vault header holds an impossible memory cost")
        if (1 << log_memory) * iterations > CEILING_WORK_KIB or parallelism > CEILING_PARALLELISM:
            raise NotAVault("vault header asks for more key-derivation work than any vault uses")
        try:
            kdf = KdfParams(1 << log_memory, iterations, parallelism)
        except ValueError as exc:
            raise NotAVault(f"vault header holds impossible KDF parameters: {exc}") from None
        return cls(version, kdf, bytes(data[:HEADER_BYTES]))


def read_header(path: Path) -> VaultHeader:
    """Read and parse the header of the vault file at ``path`` without a passphrase.

    Refuses (:class:`VaultInUse`) a vault this process has open: on POSIX, closing any
    file descriptor of a file drops the process's SQLite locks on it. An open
    :class:`vault.Vault` keeps the header it read before connecting.
    """
    ensure_not_open_here(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(HEADER_BYTES)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        raise VaultNotFound("vault file does not exist", path=path) from None
    except IsADirectoryError:
        raise NotAVault("path is a folder, not a vault file", path=path) from None
    except OSError as exc:
        raise os_error_to_vault_error(exc, path) from None
    try:
        header = VaultHeader.parse(data)
    except VaultError as exc:
        exc.path = path
        raise
    if size % PAGE_SIZE:
        raise VaultDamaged("vault file is truncated (not a whole number of pages)", path=path)
    return header
