"""The encrypted vault: one SQLCipher 4 file, opened by one process at a time.

Why this file is longer than ~500 lines: the storage :class:`Vault` is one object. Opening
(key check, file lock, upgrade with its safety copy), transactions, checkpoints, backup,
restore, passphrase change and the integrity check all share its connection and its lock;
splitting them would pass the raw connection between modules. What needs neither already
lives apart (:mod:`vault.fsutil`, :mod:`vault.keycheck`, :mod:`vault.header`,
:mod:`vault.openfiles`).

Typical use from a Python shell::

    >>> from pathlib import Path
    >>> from vault import Vault
    >>> v = Vault.create(Path("Demo.tafelboek"), "correct horse battery staple")
    >>> with v.transaction() as db:
    ...     db.execute("INSERT INTO vault_meta VALUES ('hello', 'world')")
    >>> v.close()
    >>> v = Vault.open(Path("Demo.tafelboek"), "correct horse battery staple")

Opening is two steps that callers may also take apart: :func:`derive_unlock_key` (slow,
pure, safe on a worker thread) and :meth:`Vault.open_with_key` (fast).

Guarantees kept here:

* ``PRAGMA key`` is the first statement on every connection; user text never reaches SQL
  except as a bound parameter.
* The connection holds an exclusive lock for its whole life: a second process gets
  :class:`VaultInUse`.
* A wrong passphrase changes nothing on disk (no -wal, -shm or -journal appears).
* Closing checkpoints and removes the write-ahead log: at rest the vault is one file.
  After a crash the next successful open folds the leftover log back in.
* Every copy (backup, passphrase change, restore) is written under a temporary name,
  fsynced, verified and then renamed; no code path writes a plaintext copy.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.exceptions import HashingError

from vault.clock import Clock, SystemClock, iso
from vault.errors import (
    BackupMismatch,
    DiskFull,
    NewerVersion,
    NotAVault,
    OutOfMemory,
    ReadOnlyLocation,
    TargetExists,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultFileGone,
    VaultInUse,
    VaultNotFound,
    VaultWarning,
    WriteFailed,
    WrongPassphrase,
)
from vault.fsutil import (
    TEMP_MARK,
    fsync_dir,
    fsync_file,
    os_error_to_vault_error,
    owner_only,
    publish,
    remove_quietly,
    rename_over,
    temp_sibling,
)
from vault.header import PAGE_SIZE, VaultHeader, read_header
from vault.kdf import (
    CalibratedKdf,
    KdfParams,
    KdfProfile,
    ProgressCallback,
    check_floor,
    derive_key,
)
from vault.keycheck import key_opens
from vault.location import is_network_location
from vault.names import sql_identity_key
from vault.openfiles import ensure_not_open_here, register, unregister
from vault.schema import LATEST_VERSION, MIGRATIONS

Connection = Any
"""A ``sqlcipher3`` connection (the module ships no type information)."""

SUFFIX = ".tafelboek"
"""File extension of vaults and of their backups."""

SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")

OPEN_INTEGRITY_CHECK_MAX_BYTES = 16 * 1024 * 1024
"""At open, ``PRAGMA cipher_integrity_check`` runs on vaults up to this size.

``make bench`` measures about 5.6 ms per MB (``open_integrity_check_ms_per_mb``), so
this costs at most ~95 ms of an unlock — a typical personal vault of a few years is a
few MB. Larger vaults are checked on demand and before and after every backup instead,
and every page is still authenticated whenever it is read.
"""

WAL_HARD_LIMIT_BYTES = 64 * 1024 * 1024
"""Checkpoint right after a commit only when the log grew past this size.

Automatic checkpoints are off so that they do not land on a save; the application
calls :meth:`Vault.checkpoint` when the user is idle.
"""

SESSION_PRAGMAS = (
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA wal_autocheckpoint = 0",
)
"""Settings of every vault connection, after the key, exclusive locking and WAL."""

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def _set_for_the_process(pragma: str, value: str) -> str:
    """Set one of SQLCipher's process-wide settings; its value afterwards.

    Set on a throw-away in-memory connection, so that ``PRAGMA key`` stays the first
    statement on every vault connection."""
    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute(f"PRAGMA {pragma} = {value}")
        return str(probe.execute(f"PRAGMA {pragma}").fetchone()[0])
    finally:
        probe.close()


# SQLCipher logs decryption failures to stderr by default: silenced. This first
# connection also makes SQLCipher set up its private heap for keys (48 KiB, locked in
# RAM), before vault.process.harden_process() refuses any further page locks.
_set_for_the_process("cipher_log_level", "NONE")


def wipe_freed_memory() -> bool:
    """Turn on SQLCipher's memory security for this process; True when it is on.

    From then on every allocation SQLite/SQLCipher frees (decrypted pages of the page
    cache, statement text, result rows) is overwritten before it is handed back, so a
    closed or locked vault leaves no decrypted fragment in the process's free memory
    (security review M4; bench group ``memory``: 0 fragments against about 10,000).
    It is one-way: it cannot be switched off again in the process.

    Called by :func:`vault.process.harden_process` (the program's entry points), not on
    import: it costs every SQL statement (saves about 2x, searches about 4x, measured
    in ``docs/benchmarks.md``), and SQLCipher also locks each allocation in RAM with
    one system call per allocation unless page locking is refused, which is what
    ``harden_process`` does next. A Python shell or the test suite keeps the plain
    library.
    """
    return _set_for_the_process("cipher_memory_security", "ON") == "1"


_CACHED_STATEMENTS = 0
"""Prepared statements kept per connection: none (Python's default is 128). A kept
statement holds on to what SQLite gave it from the connection's small lookaside buffer
(48 KB of fast slots for small allocations); with a few dozen kept, later statements
find the buffer used up and take every small allocation from the heap. With memory
security on (:func:`wipe_freed_memory`), each heap allocation is wiped when freed and
costs two refused page-lock calls, so the case list's agenda query went from 7.8 ms in
a fresh connection to 30.5 ms after a few lists (16 kept: 7.9 ms; 32 kept: as slow as
128). Preparing every statement anew costs less than that (bench groups ``casefile``,
``memory`` and ``app``, docs/benchmarks.md)."""


def side_files(path: Path) -> list[Path]:
    """The SQLite side files that may exist next to ``path`` while it is open."""
    return [path.with_name(path.name + s) for s in SIDE_FILE_SUFFIXES]


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def _translate(exc: BaseException, path: Path, *, during_key_check: bool = False) -> BaseException:
    """Map a SQLite exception to a :class:`VaultError` (or return it unchanged)."""
    code = _primary_code(exc)
    if code == _SQLITE_NOTADB:
        if during_key_check:
            return WrongPassphrase("wrong passphrase, or the first page is damaged", path=path)
        return VaultDamaged("vault file is damaged", path=path)
    if code == _SQLITE_CORRUPT:
        return VaultDamaged("vault file is damaged", path=path)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return VaultInUse("vault is open in another process", path=path)
    if code == _SQLITE_READONLY:
        return ReadOnlyLocation("vault or its folder is read-only", path=path)
    if code == _SQLITE_FULL:
        return DiskFull("disk is full", path=path)
    if code == _SQLITE_IOERR:
        return WriteFailed("input/output error (disk full, removed or failing medium)", path=path)
    if code == _SQLITE_CANTOPEN:
        if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            return ReadOnlyLocation("vault folder is read-only", path=path)
        return WriteFailed("cannot open the vault's side files", path=path)
    return exc


@contextlib.contextmanager
def _mapped(path: Path, *, during_key_check: bool = False) -> Iterator[None]:
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        mapped = _translate(exc, path, during_key_check=during_key_check)
        if mapped is exc:
            raise
        raise mapped from None
    except OSError as exc:
        raise os_error_to_vault_error(exc, path) from None


@dataclass(frozen=True, slots=True)
class UnlockKey:
    """A derived key together with the header it was derived for."""

    header: VaultHeader
    key: bytes = field(repr=False)
    derive_seconds: float | None = field(default=None, compare=False)
    """How long deriving the key took at this unlock (``None``: not derived from a
    passphrase just now, e.g. a new key). Used to offer strengthening, never stored."""

    def matches(self, other: bytes) -> bool:
        return hmac.compare_digest(self.key, other)


def derive_unlock_key(path: Path, passphrase: str) -> UnlockKey:
    """Read the vault header and derive its key (slow; run off the GUI thread)."""
    header = read_header(path)
    started = time.perf_counter()
    try:
        key = derive_key(passphrase, header.salt, header.kdf)
    except MemoryError:
        raise OutOfMemory("not enough free memory for the key derivation", path=path) from None
    except HashingError as exc:
        # The header was bounded by read_header; what argon2 reports as a memory
        # allocation error is the machine's free memory, not a damaged vault.
        if "memory" in str(exc).lower():
            raise OutOfMemory("not enough free memory for the key derivation", path=path) from None
        raise VaultDamaged(
            "key derivation failed with the parameters in the vault header", path=path
        ) from None
    return UnlockKey(header, key, derive_seconds=time.perf_counter() - started)


def new_unlock_key(
    passphrase: str,
    profile: KdfProfile,
    progress: ProgressCallback | None = None,
    *,
    at_least: KdfParams | None = None,
) -> UnlockKey:
    """Choose KDF parameters with ``profile``, make a fresh header and derive its key.

    ``at_least``: never less memory or fewer passes than these (strengthening must not
    weaken a vault when calibration happens to run on a busy machine).
    """
    params = profile.choose(progress)
    if at_least is not None:
        params = KdfParams(
            max(params.memory_kib, at_least.memory_kib),
            max(params.iterations, at_least.iterations),
            params.parallelism,
        )
    check_floor(params, profile)
    header = VaultHeader.new(params)
    return UnlockKey(header, derive_key(passphrase, header.salt, header.kdf))


def _key_pragma(key: bytes, salt: bytes | None) -> str:
    # Only hex digits of derived bytes are ever placed in this statement.
    hex_text = key.hex() + (salt.hex() if salt is not None else "")
    return f"PRAGMA key = \"x'{hex_text}'\""


def _connect(path: Path, unlock: UnlockKey, *, new: bool, probe: bool = True) -> Connection:
    """Open, key and lock a connection; raise a VaultError on any failure.

    ``new``: the file is being created — give SQLCipher the salt explicitly.
    ``probe``: for an existing file, first check the key without touching the disk.
    """
    # SQLite needs to write the vault and create its journal beside it; say so plainly
    # up front instead of failing half-way with a less telling error.
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyLocation("the vault's folder is read-only", path=path)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ReadOnlyLocation("the vault file is read-only", path=path)
    if probe and not new:
        # Check the key against page 1 of the file alone first. A connection that
        # fails later would, on close, checkpoint a leftover write-ahead log from a
        # crash into the file — changing bytes on disk for a wrong passphrase.
        _check_key_read_only(path, unlock)
    with _mapped(path):
        conn = sqlcipher3.connect(
            str(path),
            isolation_level=None,
            check_same_thread=False,
            timeout=0,
            cached_statements=_CACHED_STATEMENTS,
        )
    try:
        conn.execute(_key_pragma(unlock.key, unlock.header.salt if new else None))
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        with _mapped(path, during_key_check=True):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with _mapped(path):
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise WriteFailed("could not switch to write-ahead logging", path=path)
            for pragma in SESSION_PRAGMAS:
                conn.execute(pragma)
        # The name fold people are found by (vault.names), for one-query lookups.
        conn.create_function("identity_key", 1, sql_identity_key, deterministic=True)
    except BaseException:
        conn.close()
        raise
    return conn


def _fold_log(conn: Connection) -> bool:
    """Checkpoint the whole write-ahead log into the file; False when that failed."""
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher3.Error:
        return False
    return not busy


def _cipher_integrity_errors(conn: Connection, path: Path) -> list[str]:
    """Pages of the *file* whose HMAC fails. Fold the log in first: SQLCipher checks
    the main file only, and pages there may be superseded by the log."""
    with _mapped(path):
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def _structure_errors(conn: Connection, path: Path) -> list[str]:
    with _mapped(path):
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows]


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """Outcome of a full integrity check."""

    cipher_errors: tuple[str, ...]
    """Pages whose HMAC failed (tampered or damaged), from ``cipher_integrity_check``."""
    structure_errors: tuple[str, ...]
    """B-tree problems, from SQLite's ``integrity_check``."""

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.structure_errors


@dataclass(frozen=True, slots=True)
class VaultInfo:
    """What can be known about a vault file without its passphrase."""

    path: Path
    format_version: int
    kdf_memory_kib: int
    kdf_iterations: int
    kdf_parallelism: int
    size_bytes: int
    has_leftover_journal: bool
    """A -wal file lies beside it: it is open now, or it was not closed cleanly."""
    on_network_share: bool
    kdf_below_floor: bool


def vault_info(path: Path) -> VaultInfo:
    """Describe the vault at ``path`` without asking for its passphrase."""
    header = read_header(path)
    return VaultInfo(
        path=path,
        format_version=header.format_version,
        kdf_memory_kib=header.kdf.memory_kib,
        kdf_iterations=header.kdf.iterations,
        kdf_parallelism=header.kdf.parallelism,
        size_bytes=path.stat().st_size,
        has_leftover_journal=side_files(path)[0].exists(),
        on_network_share=is_network_location(path),
        kdf_below_floor=header.kdf.below_floor,
    )


def _table_counts(conn: Connection) -> dict[str, int]:
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    counts: dict[str, int] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])  # noqa: S608
    return counts


def _copy_into_new_file(
    source: Connection,
    source_path: Path,
    target: Path,
    unlock: UnlockKey,
    progress: ProgressCallback | None,
    after_copy: Callable[[Connection], None] | None = None,
) -> None:
    """Copy every page of ``source`` into a new encrypted file ``target``.

    Uses SQLite's online backup API: pages pass through SQLCipher decrypted in memory
    and are re-encrypted with ``unlock`` for the new file, whose header (salt and
    KDF parameters) is ``unlock.header``. The result is fsynced and fully verified.
    """
    with _mapped(target):
        dst = sqlcipher3.connect(str(target), isolation_level=None, timeout=0)
    try:
        dst.execute(_key_pragma(unlock.key, unlock.header.salt))
        with _mapped(target):
            dst.execute("PRAGMA user_version").fetchone()  # creates the file
            owner_only(target)

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None and total:
                progress(0.8 * (total - remaining) / total)

        with _mapped(target):
            source.backup(dst, pages=256, progress=step)
            if after_copy is not None:
                after_copy(dst)
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
    _require_no_side_files(target)
    with _mapped(target):
        fsync_file(target)
    with _mapped(source_path):
        expected = _table_counts(source)
        expected_version = int(source.execute("PRAGMA user_version").fetchone()[0])
    _verify_copy(target, unlock, expected, expected_version, extra_rows=after_copy is not None)
    if progress is not None:
        progress(1.0)


def _verify_copy(
    path: Path,
    unlock: UnlockKey,
    expected: dict[str, int],
    expected_version: int,
    *,
    extra_rows: bool,
) -> None:
    """Open a freshly written copy and check it against its source; raise if not equal."""
    if read_header(path).salt != unlock.header.salt:
        raise BackupMismatch("copy does not carry the expected header", path=path)
    conn = _connect(path, unlock, new=False)
    try:
        if _cipher_integrity_errors(conn, path) or _structure_errors(conn, path):
            raise BackupMismatch("copy failed its integrity check", path=path)
        with _mapped(path):
            counts = _table_counts(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        same = counts.keys() == expected.keys() and all(
            counts[t] >= expected[t] if extra_rows else counts[t] == expected[t] for t in counts
        )
        if not same or version != expected_version:
            raise BackupMismatch("copy does not hold the same data as its source", path=path)
        with _mapped(path):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    _require_no_side_files(path)


def _require_no_side_files(path: Path) -> None:
    """A cleanly closed copy is one file; anything beside it means the close failed."""
    if any(p.exists() for p in side_files(path)):
        raise WriteFailed("a copy could not be closed cleanly", path=path)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete temporary files an interrupted copy, create or rekey left beside ``path``.

    They are encrypted, but nothing should lie next to a vault at rest.
    """
    removed: list[Path] = []
    prefix = f".{path.name}{TEMP_MARK}"
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or ``None`` when nothing is there any more."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return (-1, -1)  # cannot tell (e.g. permissions): treated as changed, never as fine
    return (info.st_dev, info.st_ino)


class Vault:
    """An open, unlocked vault.

    Statements and transactions may come from more than one thread (the client saves a
    note on a writer thread while the GUI thread reads): each :meth:`query`,
    :meth:`transaction`, :meth:`checkpoint` and :meth:`close` holds the vault's lock, so
    one runs at a time and a transaction is never entered by another thread's statement.
    Long work (:meth:`backup`, :meth:`change_passphrase`, :meth:`integrity_check`) is
    not under that lock: its caller keeps everything else away meanwhile.

    Create with :meth:`create`, open with :meth:`open` or :meth:`open_with_key`.
    :meth:`close` (also the "lock" of the vault layer) checkpoints, releases the lock
    and forgets the key.
    """

    def __init__(
        self,
        path: Path,
        conn: Connection,
        unlock: UnlockKey,
        clock: Clock,
        *,
        kdf_profile: KdfProfile,
    ) -> None:
        self._path = path
        self._conn: Connection | None = conn
        self._unlock: UnlockKey | None = unlock
        self._clock = clock
        self._kdf_profile = kdf_profile
        self._in_transaction = False
        self._guard = threading.RLock()
        """Held by every statement and transaction; see the class's text."""
        self._open_token = register(path)
        self._identity = _file_identity(path)
        """(device, inode) of the file this connection writes to, to notice its removal."""
        self.warnings: list[VaultWarning] = []
        """Conditions the user should hear about (network share, weak key derivation)."""

    # ------------------------------------------------------------------ creation
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: KdfProfile | None = None,
        clock: Clock | None = None,
        progress: ProgressCallback | None = None,
    ) -> Vault:
        """Create a new vault file at ``path`` (which must not exist) and open it.

        The file is built under a temporary name and renamed when complete, so a crash
        never leaves a half-made vault under the final name.
        """
        profile = kdf if kdf is not None else CalibratedKdf()
        path = Path(path)
        if path.exists():
            raise TargetExists("a file with that name already exists", path=path)
        if not path.parent.is_dir():
            raise VaultNotFound("folder does not exist", path=path.parent)
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise ReadOnlyLocation("the folder is read-only", path=path.parent)
        unlock = new_unlock_key(passphrase, profile, progress)
        return cls.create_with_key(path, unlock, clock=clock, kdf_profile=profile)

    @classmethod
    def create_with_key(
        cls,
        path: Path,
        unlock: UnlockKey,
        *,
        clock: Clock | None = None,
        kdf_profile: KdfProfile | None = None,
    ) -> Vault:
        """Create a vault from an already derived key (see :func:`new_unlock_key`)."""
        clock = clock if clock is not None else SystemClock()
        path = Path(path)
        if path.exists():
            raise TargetExists("a file with that name already exists", path=path)
        if not path.parent.is_dir():
            raise VaultNotFound("folder does not exist", path=path.parent)
        tmp = temp_sibling(path, "create")
        try:
            conn = _connect(tmp, unlock, new=True)
            try:
                with _mapped(tmp):
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    owner_only(tmp)
                    _migrate(conn, 0, tmp)
                    now = iso(clock.now())
                    conn.execute("BEGIN IMMEDIATE")
                    conn.executemany(
                        "INSERT INTO vault_meta(key, value) VALUES (?, ?)",
                        [
                            ("vault_id", secrets.token_hex(16)),
                            ("created_at", now),
                            ("format_version", str(unlock.header.format_version)),
                        ],
                    )
                    conn.execute(
                        "INSERT INTO audit_event(at, kind) VALUES (?, 'vault_created')", (now,)
                    )
                    conn.execute("COMMIT")
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            _require_no_side_files(tmp)
            with _mapped(tmp):
                fsync_file(tmp)
                publish(tmp, path, overwrite=False)
        except BaseException:
            remove_quietly(tmp, *side_files(tmp))
            raise
        return cls.open_with_key(path, unlock, clock=clock, kdf_profile=kdf_profile)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        clock: Clock | None = None,
        kdf_profile: KdfProfile | None = None,
        integrity_check: bool | None = None,
    ) -> Vault:
        """Derive the key from ``passphrase`` and open the vault (slow: KDF included).

        Should the schema need upgrading, the safety copy written first gets its own salt
        and key (see :meth:`open_with_key`).
        """
        path = Path(path)
        unlock = derive_unlock_key(path, passphrase)
        return cls.open_with_key(
            path,
            unlock,
            clock=clock,
            kdf_profile=kdf_profile,
            integrity_check=integrity_check,
            passphrase=passphrase,
        )

    @classmethod
    def open_with_key(
        cls,
        path: Path,
        unlock: UnlockKey,
        *,
        clock: Clock | None = None,
        kdf_profile: KdfProfile | None = None,
        integrity_check: bool | None = None,
        passphrase: str | None = None,
    ) -> Vault:
        """Open the vault with a derived key.

        ``integrity_check``: run ``cipher_integrity_check`` before use; ``None`` means
        "when the file is small enough for it to be quick"
        (:data:`OPEN_INTEGRITY_CHECK_MAX_BYTES`).

        A vault of an older schema is upgraded after an encrypted safety copy
        ``Name.before-schema-N.tafelboek`` is written beside it. Given the
        ``passphrase`` the key was derived from, that copy gets its own salt and key
        like every backup (two more key derivations, once per upgrade); without it the
        copy shares the vault's key (``docs/threat-model.md``).
        """
        path = Path(path)
        if not path.exists():
            raise VaultNotFound("vault file does not exist", path=path)
        if not path.is_file():
            raise NotAVault("path is not a file", path=path)
        size = path.stat().st_size
        if size % PAGE_SIZE:
            raise VaultDamaged("vault file is truncated (not a whole number of pages)", path=path)
        conn = _connect(path, unlock, new=False)
        try:
            if integrity_check is None:
                integrity_check = size <= OPEN_INTEGRITY_CHECK_MAX_BYTES
            if side_files(path)[0].exists() and not _fold_log(conn):
                # A log left by a crash could not be folded in (full disk?). The main
                # file alone may hold pages the log supersedes, so a page check of it
                # would cry wolf; reads still authenticate every page they touch.
                integrity_check = False
            if integrity_check and _cipher_integrity_errors(conn, path):
                raise VaultDamaged("vault failed its integrity check", path=path)
            with _mapped(path):
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST_VERSION:
                raise NewerVersion(
                    f"vault schema {version} is newer than this program's {LATEST_VERSION}",
                    path=path,
                )
            if version == 0:
                raise NotAVault("file is an encrypted database without a vault schema", path=path)
        except BaseException:
            conn.close()
            raise
        vault = cls(
            path,
            conn,
            unlock,
            clock if clock is not None else SystemClock(),
            kdf_profile=kdf_profile if kdf_profile is not None else CalibratedKdf(),
        )
        try:
            if version < LATEST_VERSION:
                vault._upgrade_schema(version, passphrase)
        except BaseException:
            vault.close()
            raise
        remove_stale_temporaries(path)
        vault._refresh_warnings()
        return vault

    def _refresh_warnings(self) -> None:
        self.warnings = []
        if is_network_location(self._path):
            self.warnings.append(VaultWarning.NETWORK_SHARE)
        if self._unlock is not None and self._unlock.header.kdf.below_floor:
            self.warnings.append(VaultWarning.WEAK_KDF)
        elif (
            self._unlock is not None
            and self._unlock.derive_seconds is not None
            and self._kdf_profile.would_strengthen(
                self._unlock.header.kdf, self._unlock.derive_seconds
            )
        ):
            self.warnings.append(VaultWarning.QUICK_KDF)

    def _upgrade_schema(self, version: int, passphrase: str | None) -> None:
        backup_path = self._path.with_name(
            f"{self._path.stem}.before-schema-{LATEST_VERSION}{SUFFIX}"
        )
        if backup_path.exists():
            stamp = self._clock.now().strftime("%Y%m%dT%H%M%S")
            backup_path = backup_path.with_name(f"{backup_path.stem}-{stamp}{SUFFIX}")
        self.backup(backup_path, passphrase=passphrase)
        with _mapped(self._path):
            _migrate(self._live(), version, self._path)

    # ------------------------------------------------------------------ properties
    @property
    def path(self) -> Path:
        return self._path

    @property
    def header(self) -> VaultHeader:
        return self._live_key().header

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def clock(self) -> Clock:
        return self._clock

    def _live(self) -> Connection:
        if self._conn is None:
            raise VaultClosed("vault is closed")
        return self._conn

    def _live_key(self) -> UnlockKey:
        if self._unlock is None:
            raise VaultClosed("vault is closed")
        return self._unlock

    # ------------------------------------------------------------------ data access
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction; committed (durably) when the block ends without error."""
        with self._guard:
            conn = self._live()
            if self._in_transaction:
                raise RuntimeError("transactions do not nest")
            if not self.file_in_place():
                raise VaultFileGone(
                    "the vault file was deleted, moved or replaced while open", path=self._path
                )
            self._in_transaction = True
            try:
                with _mapped(self._path):
                    conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise
                try:
                    with _mapped(self._path):
                        conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise
            finally:
                self._in_transaction = False
            self._checkpoint_if_log_too_large()

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        """Run a read query and return all rows (bind user values through ``params``)."""
        with self._guard, _mapped(self._path):
            return list(self._live().execute(sql, params).fetchall())

    def meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM vault_meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    @property
    def is_demo(self) -> bool:
        """True for a vault filled by :func:`vault.demo.build_demo` (marked DEMO everywhere)."""
        return self.meta("demo") == "1"

    def record_audit(self, kind: str, subject: str = "", detail: str = "") -> None:
        """Append an event to the vault's audit trail in its own transaction."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, ?, ?, ?)",
                (iso(self._clock.now()), kind, subject, detail),
            )

    def schema_version(self) -> int:
        return int(self.query("PRAGMA user_version")[0][0])

    # ------------------------------------------------------------------ maintenance
    def wal_bytes(self) -> int:
        """Size of the write-ahead log now (0 when there is none)."""
        try:
            return side_files(self._path)[0].stat().st_size
        except FileNotFoundError:
            return 0

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the vault file (call when the user is idle)."""
        with self._guard, _mapped(self._path):
            self._live().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _checkpoint_if_log_too_large(self) -> None:
        if self.wal_bytes() > WAL_HARD_LIMIT_BYTES:
            with contextlib.suppress(VaultError):
                self.checkpoint()

    def integrity_check(self) -> IntegrityReport:
        """Full check: every page's HMAC and the database structure.

        Folds the write-ahead log in first, so that every page is checked in the file.
        """
        conn = self._live()
        _fold_log(conn)
        return IntegrityReport(
            tuple(_cipher_integrity_errors(conn, self._path)),
            tuple(_structure_errors(conn, self._path)),
        )

    # ------------------------------------------------------------------ copies
    def backup(
        self,
        dest: Path,
        *,
        passphrase: str | None = None,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
    ) -> Path:
        """Write a verified encrypted copy of this vault to ``dest``.

        The copy opens with the same passphrase. Given the ``passphrase`` (checked
        against this vault first: :class:`WrongPassphrase` and nothing written if it
        does not open it), the copy gets **its own salt and key** — same passphrase and
        key-derivation cost, fresh random header bytes — so no page of a backup
        authenticates in the vault or in another backup: an older page cannot be
        spliced in to silently undo a decision (security review M2). Costs two key
        derivations (about two seconds). Without it the copy shares the vault's key;
        only the program's own safety copy before a schema upgrade of a vault opened by
        key alone does that (``docs/threat-model.md``).

        The copy is written under a temporary name in ``dest``'s folder, fsynced,
        opened and compared with this vault, and only then renamed to ``dest``. The
        vault is checked before copying too.
        """
        dest = Path(dest)
        conn = self._live()
        unlock = self._live_key()
        if dest.exists() and not overwrite:
            raise TargetExists("backup file already exists", path=dest)
        if dest.resolve() == self._path.resolve():
            raise TargetExists("a backup cannot replace the vault itself", path=dest)
        if not dest.parent.is_dir():
            raise VaultNotFound("folder does not exist", path=dest.parent)
        _fold_log(conn)
        if _cipher_integrity_errors(conn, self._path):
            raise VaultDamaged(
                "vault failed its integrity check; no backup was made", path=self._path
            )
        copy_progress = progress
        if passphrase is not None:
            unlock = self._own_key_for_a_copy(passphrase, progress)
            if progress is not None:

                def copy_progress(fraction: float) -> None:
                    progress(0.5 + 0.5 * fraction)

        tmp = temp_sibling(dest, "backup")
        try:
            _copy_into_new_file(conn, self._path, tmp, unlock, copy_progress)
            with _mapped(dest):
                publish(tmp, dest, overwrite=overwrite)
        except BaseException:
            remove_quietly(tmp, *side_files(tmp))
            raise
        now = iso(self._clock.now())
        if not self.file_in_place():
            return dest  # a rescue copy of a vault whose file is gone: nothing to record in
        with self.transaction() as db:
            db.execute(
                "INSERT INTO vault_meta(key, value) VALUES ('last_backup_at', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (now,),
            )
            db.execute("INSERT INTO audit_event(at, kind) VALUES (?, 'backup_made')", (now,))
        return dest

    def _own_key_for_a_copy(self, passphrase: str, progress: ProgressCallback | None) -> UnlockKey:
        """A new header and key for a copy: the same passphrase and KDF cost, fresh
        random bytes. Refuses a passphrase that does not open this vault."""
        current = self._live_key()
        if not current.matches(derive_key(passphrase, current.header.salt, current.header.kdf)):
            raise WrongPassphrase("the passphrase does not open this vault", path=self._path)
        if progress is not None:
            progress(0.25)
        header = VaultHeader.new(current.header.kdf)
        key = derive_key(passphrase, header.salt, header.kdf)
        if progress is not None:
            progress(0.5)
        return UnlockKey(header, key)

    def change_passphrase(
        self,
        old_passphrase: str,
        new_passphrase: str,
        *,
        kdf: KdfProfile | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        """Change the passphrase (and re-calibrate the KDF), crash-safely.

        A complete copy under the new key is written beside the vault, verified, and
        renamed over the vault after this connection is closed. If the process dies at
        any moment the file opens with exactly one of the two passphrases and holds all
        data. The vault is reopened with the new key afterwards.
        """
        conn = self._live()
        current = self._live_key()
        profile = kdf if kdf is not None else self._kdf_profile
        old_key = derive_key(old_passphrase, current.header.salt, current.header.kdf)
        if not current.matches(old_key):
            raise WrongPassphrase("the current passphrase is wrong", path=self._path)

        def derive_progress(fraction: float) -> None:
            if progress is not None:
                progress(0.4 * fraction)

        # The same passphrase again is strengthening: never weaker than now.
        keep = current.header.kdf if new_passphrase == old_passphrase else None
        new_unlock = new_unlock_key(new_passphrase, profile, derive_progress, at_least=keep)
        tmp = temp_sibling(self._path, "rekey")
        now = iso(self._clock.now())

        def add_audit(dst: Connection) -> None:
            dst.execute(
                "INSERT INTO audit_event(at, kind) VALUES (?, 'passphrase_changed')", (now,)
            )

        def copy_progress(fraction: float) -> None:
            if progress is not None:
                progress(0.4 + 0.5 * fraction)

        try:
            _copy_into_new_file(conn, self._path, tmp, new_unlock, copy_progress, add_audit)
            self._close_connection()
            if any(p.exists() for p in side_files(self._path)):
                raise WriteFailed("the vault's journal could not be folded in; nothing changed")
            with _mapped(self._path):
                rename_over(tmp, self._path)
        except BaseException:
            remove_quietly(tmp, *side_files(tmp))
            if self._conn is None:
                self._reopen(current)
            raise
        # From here on the file holds the new key, whatever else fails.
        try:
            with _mapped(self._path):
                fsync_dir(self._path.parent)
        finally:
            self._reopen(new_unlock)
            self._refresh_warnings()
        if progress is not None:
            progress(1.0)

    def _reopen(self, unlock: UnlockKey) -> None:
        self._conn = _connect(self._path, unlock, new=False)
        self._unlock = unlock
        self._open_token = register(self._path)
        self._identity = _file_identity(self._path)

    def file_in_place(self) -> bool:
        """True while the vault's path still names the file this connection writes to.

        Deleted, moved or replaced while open (a clean-up script, a sync tool, a user in
        the file manager), the open connection would go on saving into an orphaned file
        that vanishes at close. Writes are then refused (:class:`VaultFileGone`); reads
        and :meth:`backup` still work, so everything can be rescued to a new file.
        """
        identity = _file_identity(self._path)
        return identity is not None and identity == self._identity

    # ------------------------------------------------------------------ closing
    def _close_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        unregister(self._open_token)
        self._open_token = None

    def close(self) -> None:
        """Checkpoint, close the database and forget the key. Safe to call twice.

        A save running on another thread finishes first (the vault's lock)."""
        with self._guard:
            self._close_connection()
            self._unlock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _migrate(conn: Connection, current: int, path: Path) -> None:
    """Apply every migration above ``current``, each in its own transaction."""
    for version in sorted(v for v in MIGRATIONS if v > current):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise


RESTORE_ASIDE_WORD = "before-restore"
"""The word in the name under which :func:`restore` keeps the vault it replaced; the
desktop client passes its own translation (``voor-terugzetten``)."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What :func:`restore` did: the vault it wrote, and where the one it replaced is."""

    target: Path
    kept_previous: Path | None
    """The vault that was at ``target`` before, kept beside it under its set-aside name
    (:func:`set_aside_path`); ``None`` when there was none or ``keep_previous`` was false."""


def set_aside_path(target: Path, now: datetime, word: str = RESTORE_ASIDE_WORD) -> Path:
    """Where :func:`restore` keeps the vault it replaces: beside it, named after the moment.

    ``Tafel-before-restore-2026-12-07-160405.tafelboek`` (local time); ``-2``, ``-3`` …
    when that name is taken, so no file is ever replaced unasked. ``word`` must be a plain
    part of a file name (no folder, no drive).
    """
    if not word or any(c in word for c in "/\\:") or word in (".", ".."):
        raise ValueError(f"{word!r} cannot be part of a file name")
    stamp = now.astimezone().strftime("%Y-%m-%d-%H%M%S")
    first = target.with_name(f"{target.stem}-{word}-{stamp}{SUFFIX}")
    candidate, number = first, 2
    while candidate.exists() or candidate.is_symlink():
        candidate = first.with_name(f"{first.stem}-{number}{SUFFIX}")
        number += 1
    return candidate


def _keep_copy(vault_file: Path, kept: Path) -> None:
    """Copy the closed ``vault_file`` to ``kept``: owner-only, flushed, then named.

    The copy is written under a temporary name and published without replacing anything
    only once it is on the disk, so a crash leaves at most a hidden temporary file, never
    a half copy that looks like a vault. The copy stays as encrypted as the vault.
    """
    tmp = temp_sibling(kept, "keep")
    try:
        shutil.copyfile(vault_file, tmp)
        owner_only(tmp)
        fsync_file(tmp)
        publish(tmp, kept, overwrite=False)
    except BaseException:
        remove_quietly(tmp)
        raise


def restore(
    backup: Path,
    target: Path,
    passphrase: str,
    *,
    overwrite: bool = False,
    keep_previous: bool,
    progress: ProgressCallback | None = None,
    clock: Clock | None = None,
    aside_word: str = RESTORE_ASIDE_WORD,
) -> RestoreResult:
    """Put the backup file ``backup`` in place as the vault ``target``.

    The backup's passphrase is checked first (nothing is written before that), the copy
    is made under a temporary name beside ``target`` and fully verified, and only then
    renamed. An existing ``target`` is replaced only with ``overwrite``; never while it
    is open or has an unfinished journal.

    With ``keep_previous`` the vault being replaced is first copied beside it, under
    :func:`set_aside_path` (``aside_word`` and the moment from ``clock``), owner-only and
    flushed to disk, so a restore never loses anything; the result says where. The desktop
    client and ``tafelboek-vault restore --force`` both keep it. Should anything fail
    before the vault is replaced, ``target`` is as it was and the copy is removed again.
    """
    backup, target = Path(backup), Path(target)
    if target.exists() and not overwrite:
        raise TargetExists("target vault already exists", path=target)
    if not target.parent.is_dir():
        raise VaultNotFound("folder does not exist", path=target.parent)
    ensure_not_open_here(target)
    if any(p.exists() for p in side_files(target)):
        # A journal beside the target would be applied to the restored file by SQLite.
        raise VaultInUse(
            "a journal lies beside the target: it is open, or it was not closed cleanly "
            "(open and close it once, or move the -wal file away if the vault is gone)",
            path=target,
        )
    unlock = derive_unlock_key(backup, passphrase)
    if progress is not None:
        progress(0.3)
    # Check the passphrase on the backup itself, read-only, before writing anything.
    _check_key_read_only(backup, unlock)
    tmp = temp_sibling(target, "restore")
    try:
        with _mapped(tmp):
            shutil.copyfile(backup, tmp)
            owner_only(tmp)
            fsync_file(tmp)
        if progress is not None:
            progress(0.6)
        conn = _connect(tmp, unlock, new=False)
        try:
            report = IntegrityReport(
                tuple(_cipher_integrity_errors(conn, tmp)), tuple(_structure_errors(conn, tmp))
            )
            if not report.ok:
                raise VaultDamaged("backup failed its integrity check", path=backup)
            with _mapped(tmp):
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if version > LATEST_VERSION:
                raise NewerVersion("backup was made by a newer program", path=backup)
        finally:
            conn.close()
        _require_no_side_files(tmp)
        kept: Path | None = None
        if keep_previous and target.exists():
            kept = set_aside_path(target, (clock or SystemClock()).now(), aside_word)
            with _mapped(kept):
                _keep_copy(target, kept)
        try:
            with _mapped(target):
                fsync_file(tmp)
                publish(tmp, target, overwrite=overwrite)
        except BaseException:
            if kept is not None and tmp.exists():  # not replaced: the copy is not needed
                remove_quietly(kept)
            raise
    except BaseException:
        remove_quietly(tmp, *side_files(tmp))
        raise
    if progress is not None:
        progress(1.0)
    return RestoreResult(target, kept)


def _check_key_read_only(path: Path, unlock: UnlockKey) -> None:
    """Check ``unlock`` against ``path`` without changing any byte on disk.

    See :mod:`vault.keycheck`: page 1's HMAC (in the file or in a leftover log) is
    verified with the standard library; no SQLite connection is opened.
    """
    ensure_not_open_here(path)
    with _mapped(path):
        ok = key_opens(path, unlock.key, unlock.header.salt)
    if not ok:
        raise WrongPassphrase("wrong passphrase, or the first page is damaged", path=path)
