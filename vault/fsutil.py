"""Small, careful file-system helpers: temporary siblings, fsync and atomic publish."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from vault.errors import DiskFull, ReadOnlyLocation, TargetExists, VaultError, WriteFailed

TEMP_MARK = ".tbtmp-"
"""Every temporary file Tafelboek makes next to a vault contains this marker."""


def temp_sibling(final: Path, purpose: str) -> Path:
    """A hidden, unique temporary path in the same folder as ``final``.

    Same folder so that the final rename stays on one file system (and is atomic).
    """
    return final.with_name(f".{final.name}{TEMP_MARK}{purpose}-{secrets.token_hex(6)}")


def owner_only(path: Path) -> None:
    """Make a file readable and writable by its owner alone (no-op on Windows,
    where the profile folder's ACL already does this)."""
    if os.name != "nt":
        os.chmod(path, 0o600)


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to stable storage."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders cannot be opened)."""
    if os.name == "nt":  # pragma: no cover - Windows flushes directory entries itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(tmp: Path, final: Path, *, overwrite: bool) -> None:
    """Atomically give the finished file ``tmp`` its final name.

    Without ``overwrite`` an existing ``final`` is never replaced: a hard link creates
    the name only if it is free; on file systems without hard links (FAT on a USB
    stick) the existence check and rename are two steps.
    """
    if overwrite:
        os.replace(tmp, final)
    else:
        try:
            os.link(tmp, final)
        except FileExistsError:
            raise TargetExists("target file already exists", path=final) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if final.exists():
                raise TargetExists("target file already exists", path=final) from None
            os.replace(tmp, final)
        else:
            os.unlink(tmp)
    fsync_dir(final.parent)


def remove_quietly(*paths: Path) -> None:
    """Delete files that may or may not exist (clean-up after a failed step)."""
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(p)


def os_error_to_vault_error(exc: OSError, path: Path | None) -> VaultError:
    """Map an ``OSError`` from a file operation to the vault's error vocabulary."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFull(f"cannot write: {errno.errorcode.get(exc.errno or 0, 'error')}", path=path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyLocation("location is read-only or not writable", path=path)
    return WriteFailed(f"write failed: {errno.errorcode.get(exc.errno or 0, 'error')}", path=path)
