"""A reader of Tafelboek vaults written only from ``docs/vault-format.md``.

It must import nothing of the product (``tests/test_vault_format.py`` checks its
imports): it stands for the tool someone writes in twenty years with the document and
a SQLCipher build in hand.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw

HEADER = 16
MAX_LOG_MEMORY, MAX_WORK_KIB, MAX_LANES = 20, 256 * 1024 * 255, 16


def key_for(path: Path, passphrase: str) -> bytes:
    """Section 1 and 2: the header's parameters, Argon2id over the NFC UTF-8 text."""
    salt = Path(path).read_bytes()[:HEADER]
    if len(salt) < HEADER or salt[0] != 0xA1:
        raise ValueError("not a file-format-1 vault")
    log_memory, iterations, lanes = salt[1], salt[2], salt[3]
    if not (
        3 <= log_memory <= MAX_LOG_MEMORY
        and iterations >= 1
        and (1 << log_memory) * iterations <= MAX_WORK_KIB
        and 1 <= lanes <= MAX_LANES
    ):
        raise ValueError("header outside the documented bounds")
    return hash_secret_raw(
        secret=unicodedata.normalize("NFC", passphrase).encode("utf-8"),
        salt=salt,
        time_cost=iterations,
        memory_cost=1 << log_memory,
        parallelism=lanes,
        hash_len=32,
        type=Type.ID,
        version=0x13,
    )


def cipher_version(conn: sqlite3.Connection) -> tuple[int, ...]:
    text = conn.execute("PRAGMA cipher_version").fetchone()[0]
    return tuple(int(p) for p in text.split()[0].split("."))


def open_vault(path: Path, passphrase: str) -> sqlite3.Connection:
    """Section 3 and 4: raw key, SQLCipher 4 defaults; refuses a reader that is too old."""
    conn = sqlcipher3.connect(str(path))
    if cipher_version(conn) < (4, 5, 6):
        conn.close()
        raise RuntimeError("SQLCipher 4.5.6 or newer is needed (FTS5 secure-delete)")
    conn.execute(f"PRAGMA key = \"x'{key_for(path, passphrase).hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn  # type: ignore[no-any-return]
