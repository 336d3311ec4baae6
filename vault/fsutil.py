"""Small, careful file-system helpers: temporary siblings, fsync and atomic publish."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from pathlib import Path

from vault.errors import (
    DiskFull,
    ReadOnlyLocation,
    TargetExists,
    TargetInUse,
    VaultError,
    WriteFailed,
)

TEMP_MARK = ".tbtmp-"
"""Every temporary file Tafelboek makes next to a vault contains this marker."""


def temp_sibling(final: Path, purpose: str) -> Path:
    """A hidden, unique temporary path in the same folder as ``final``.

    Same folder so that the final rename stays on one file system (and is atomic).
    """
    return final.with_name(f".{final.name}{TEMP_MARK}{purpose}-{secrets.token_hex(6)}")


_NO_MODE_BITS = frozenset({errno.EPERM, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP})
"""What ``chmod`` gives on file systems without POSIX permissions (FAT/exFAT on a USB
stick: the kernel's vfat says EPERM, FUSE drivers ENOSYS or ENOTSUP)."""


def owner_only(path: Path) -> None:
    """Make a file readable and writable by its owner alone.

    A no-op on Windows, where the profile folder's ACL already does this, and on file
    systems that have no permission bits at all (FAT on a USB stick): there the file is
    as private as the medium, which only the vault's encryption protects.
    """
    if os.name == "nt":
        return
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        if exc.errno not in _NO_MODE_BITS:
            raise


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to stable storage.

    The file is opened for writing (nothing is written): on Windows ``os.fsync`` is
    ``FlushFileBuffers``, which refuses a read-only handle (``EBADF``). POSIX accepts
    either; one way for both keeps the Windows path exercised on Linux too.
    """
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable.

    POSIX: fsync of the folder. Windows cannot open a folder as a file descriptor;
    there the renames themselves are made durable instead (:func:`replace_durably`
    asks ``MoveFileExW`` to write through), so this is a no-op.
    """
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_MOVEFILE_REPLACE_EXISTING = 0x1
_MOVEFILE_WRITE_THROUGH = 0x8


def rename_over(tmp: Path, final: Path) -> None:
    """Rename ``tmp`` over ``final`` (replacing it); on Windows durably at once.

    POSIX: ``os.replace``; the caller then makes it durable with :func:`fsync_dir`.
    Windows: ``MoveFileExW`` with ``MOVEFILE_WRITE_THROUGH``, which returns only once
    the rename is on the disk (what replaces a folder fsync there). ``OSError`` either way.
    """
    if os.name == "nt":
        _move_file_write_through(tmp, final)
    else:
        os.replace(tmp, final)


def replace_durably(tmp: Path, final: Path) -> None:
    """:func:`rename_over`, then make the rename durable (:func:`fsync_dir`)."""
    rename_over(tmp, final)
    fsync_dir(final.parent)


_ERROR_FILE_EXISTS, _ERROR_ALREADY_EXISTS = 80, 183


def _move_file_write_through(
    tmp: Path, final: Path, *, replace: bool = True
) -> None:  # pragma: no cover - Windows
    """``MoveFileExW`` with write-through; without ``replace`` it refuses an existing
    name (``FileExistsError``) atomically."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    move = kernel32.MoveFileExW
    move.argtypes = (ctypes.c_wchar_p, ctypes.c_wchar_p, ctypes.c_uint32)
    move.restype = ctypes.c_int
    flags = _MOVEFILE_WRITE_THROUGH | (_MOVEFILE_REPLACE_EXISTING if replace else 0)
    if not move(str(tmp), str(final), flags):
        code = ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
        if code in (_ERROR_FILE_EXISTS, _ERROR_ALREADY_EXISTS):
            raise FileExistsError(errno.EEXIST, "file exists", str(final))
        raise ctypes.WinError(code)  # type: ignore[attr-defined,unused-ignore]


_NO_HARD_LINKS = frozenset(
    {errno.EPERM, errno.EACCES, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EINVAL}
)
"""Errors ``os.link`` gives on POSIX where a file system has no hard links: EPERM (Linux
vfat, many FUSE file systems), ENOTSUP/EOPNOTSUPP, EXDEV, EINVAL, EACCES. Falling back is
safe for each: the fallback refuses a taken name, and a folder that is really read-only
refuses the rename with the same error. (Windows does not link: see :func:`publish`.)"""


_ACCESS_DENIED, _SHARING_VIOLATION = 5, 32


def _held_open_elsewhere(exc: OSError, final: Path) -> bool:
    """Windows refuses to replace a file another program holds open without
    FILE_SHARE_DELETE (a PDF in a viewer): ERROR_ACCESS_DENIED or ERROR_SHARING_VIOLATION
    on a file that exists and is not read-only. Elsewhere a rename never meets that."""
    if getattr(exc, "winerror", None) not in (_ACCESS_DENIED, _SHARING_VIOLATION):
        return False
    try:
        info = os.stat(final)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False  # a folder in the way: not "open elsewhere"
    return not getattr(info, "st_file_attributes", 0) & 0x1  # FILE_ATTRIBUTE_READONLY


def publish(tmp: Path, final: Path, *, overwrite: bool) -> None:
    """Atomically give the finished file ``tmp`` its final name.

    Without ``overwrite`` an existing ``final`` is never replaced, atomically: Windows
    moves without replacing (``MoveFileExW``, write-through; FAT included); POSIX makes
    a hard link, or where a file system has none (FAT on a USB stick) renames with
    ``RENAME_NOREPLACE`` (Linux), and only where that is missing too checks and renames
    in two steps. Once the name exists, nothing raises any more: a published file never
    looks unpublished to the caller (who would then withdraw its export record).
    """
    if overwrite:
        try:
            replace_durably(tmp, final)
        except PermissionError as exc:
            if _held_open_elsewhere(exc, final):
                raise TargetInUse("the file is open in another program", path=final) from None
            raise
        return
    if os.name == "nt":
        # MoveFileExW without MOVEFILE_REPLACE_EXISTING creates the name only if it is
        # free — atomically, on NTFS and FAT/exFAT alike — and writes through.
        try:
            _move_file_write_through(tmp, final, replace=False)
        except FileExistsError:
            raise TargetExists("target file already exists", path=final) from None
        return
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise TargetExists("target file already exists", path=final) from None
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        _rename_without_replacing(tmp, final)
        return
    # The name exists now and is the document: what follows is tidying and durability,
    # and must not make a published file look unpublished to the caller.
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    with contextlib.suppress(OSError):
        fsync_dir(final.parent)


_RENAME_NOREPLACE = 1
_AT_FDCWD = -100


def _rename_without_replacing(tmp: Path, final: Path) -> None:
    """Give ``tmp`` the name ``final`` only if it is free (no hard links here).

    Linux' ``renameat2(RENAME_NOREPLACE)`` does it atomically; where the kernel or the
    file system does not offer it, a check and a rename are two steps (a file created in
    between by another program would be replaced — the only window left).
    """
    err = _renameat2_noreplace(tmp, final)
    if err == 0:
        with contextlib.suppress(OSError):
            fsync_dir(final.parent)
        return
    if err == errno.EEXIST:
        raise TargetExists("target file already exists", path=final)
    if err is not None and err not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        raise OSError(err, os.strerror(err), str(final))
    if final.exists():
        raise TargetExists("target file already exists", path=final)
    replace_durably(tmp, final)


def _renameat2_noreplace(tmp: Path, final: Path) -> int | None:
    """``renameat2(..., RENAME_NOREPLACE)``: 0, or the errno; ``None`` where the C
    library has no such call (not Linux, or an old glibc)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    path_arg = ctypes.c_char_p
    renameat2.argtypes = (ctypes.c_int, path_arg, ctypes.c_int, path_arg, ctypes.c_uint)
    renameat2.restype = ctypes.c_int
    old, new = os.fsencode(tmp), os.fsencode(final)
    if renameat2(_AT_FDCWD, old, _AT_FDCWD, new, _RENAME_NOREPLACE) == 0:
        return 0
    return ctypes.get_errno() or errno.EIO


_FILE_ATTRIBUTE_HIDDEN = 0x2
_FILE_ATTRIBUTE_NORMAL = 0x80


def set_hidden(path: Path, hidden: bool) -> None:
    """Windows: set or clear the file's hidden attribute (a leading dot hides nothing
    there). Elsewhere a no-op: the name's leading dot already hides it. Best effort."""
    if os.name != "nt":
        return
    import ctypes  # pragma: no cover - Windows

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.SetFileAttributesW.argtypes = (ctypes.c_wchar_p, ctypes.c_uint32)
    attribute = _FILE_ATTRIBUTE_HIDDEN if hidden else _FILE_ATTRIBUTE_NORMAL
    kernel32.SetFileAttributesW(str(path), attribute)


def is_hidden(path: Path) -> bool:
    """Whether the file is hidden: Windows' attribute, elsewhere a leading dot."""
    if os.name != "nt":
        return path.name.startswith(".")
    attributes = getattr(os.stat(path), "st_file_attributes", 0)
    return bool(attributes & _FILE_ATTRIBUTE_HIDDEN)


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
