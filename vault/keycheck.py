"""Check a derived key against a vault file by reading it — never writing to it.

SQLCipher authenticates every page with HMAC-SHA512. Checking page 1's HMAC with our own
code (standard library only) tells whether a key is right without opening the database:
a SQLite connection that fails on a wrong key would, when closed, still checkpoint a
write-ahead log left over from a crash into the file, and read-only connections cannot
read such a log. This check changes nothing on disk in any case.

SQLCipher 4 page layout (defaults, see ``docs/vault-format.md``)::

    page 1:  [salt 16][ciphertext 4000][IV 16][HMAC 64]
    page n:  [ciphertext 4016][IV 16][HMAC 64]
    HMAC = HMAC-SHA512(hmac_key, ciphertext || IV || page number as 4-byte little endian)
    hmac_key = PBKDF2-HMAC-SHA512(raw key, salt XOR 0x3a (each byte), 2 iterations, 32 bytes)

After a crash page 1 may be torn in the main file while a good copy waits in the
write-ahead log (``-wal``): frames holding page 1 there are checked too.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from vault.header import HEADER_BYTES, PAGE_SIZE

IV_BYTES = 16
HMAC_BYTES = 64
RESERVE_BYTES = IV_BYTES + HMAC_BYTES
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITERATIONS = 2
WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24


def hmac_key(key: bytes, salt: bytes) -> bytes:
    """SQLCipher 4's page-authentication key for a raw ``key`` and file ``salt``."""
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITERATIONS, len(key))


def page_one_authenticates(page: bytes, mac_key: bytes) -> bool:
    """True when the 4096-byte image of page 1 carries a valid HMAC under ``mac_key``."""
    if len(page) != PAGE_SIZE:
        return False
    body_end = PAGE_SIZE - RESERVE_BYTES
    signed = page[HEADER_BYTES : body_end + IV_BYTES] + struct.pack("<I", 1)
    expected = hmac.new(mac_key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[body_end + IV_BYTES :])


def _wal_page_one_images(wal: Path) -> list[bytes]:
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return []
    images = []
    frame = WAL_FRAME_HEADER_BYTES + PAGE_SIZE
    offset = WAL_HEADER_BYTES
    while offset + frame <= len(data):
        (page_number,) = struct.unpack(">I", data[offset : offset + 4])
        if page_number == 1:
            images.append(data[offset + WAL_FRAME_HEADER_BYTES : offset + frame])
        offset += frame
    return images


def key_opens(path: Path, key: bytes, salt: bytes) -> bool:
    """True when ``key`` authenticates page 1 of the vault (or of its leftover log).

    Reads the files with ordinary descriptors: call it only while this process does not
    have the vault open (closing a descriptor would drop SQLite's POSIX locks).
    """
    mac_key = hmac_key(key, salt)
    with open(path, "rb") as fh:
        page = fh.read(PAGE_SIZE)
    if page_one_authenticates(page, mac_key):
        return True
    wal = path.with_name(path.name + "-wal")
    return any(page_one_authenticates(img, mac_key) for img in _wal_page_one_images(wal))
