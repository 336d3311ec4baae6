"""Facts about where a vault lives: network shares and writability."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: File-system types that are network shares; SQLite's WAL is unsafe on all of them.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs", "fuse.rclone", "glusterfs",
        "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.s3fs", "webdav",
    }
)  # fmt: skip


def _linux_fs_type(path: Path, mountinfo: str) -> str | None:
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split()
        if len(fields) < 5:
            continue
        mount_point = fields[4].replace("\\040", " ")
        fs_type = right.split()[0] if right.split() else ""
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def is_network_location(path: Path, *, mountinfo: str | None = None) -> bool:
    """True when ``path`` lies on a network share (SMB, NFS, WebDAV, …).

    On Linux this reads ``/proc/self/mountinfo`` (or the ``mountinfo`` text given, for
    tests); on Windows it asks ``GetDriveTypeW`` and treats UNC paths as remote.
    """
    resolved = Path(os.path.abspath(path))
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        text = str(resolved)
        if text.startswith("\\\\"):
            return True
        drive_remote = 4
        root = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)
    if mountinfo is None:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
                mountinfo = fh.read()
        except OSError:
            return False
    fs_type = _linux_fs_type(resolved, mountinfo)
    return fs_type is not None and fs_type.lower() in NETWORK_FS_TYPES
