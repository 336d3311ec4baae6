"""Facts about where files live: network shares, and folders a sync client uploads."""

from __future__ import annotations

import contextlib
import itertools
import json
import ntpath
import os
import posixpath
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Protocol

#: File-system types that are network shares; SQLite's WAL is unsafe on all of them.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs",
        "fuse.rclone",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
        "fuse.s3fs",
        "webdav",
    }
)


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


# ---------------------------------------------------------------------- sync clients
# A folder that a sync client uploads takes every file written into it off the laptop: an
# exported PDF (unencrypted unless it has a password) or a backup lands on the service's
# servers. On municipal laptops Documents is often moved into OneDrive ("Known Folder
# Move"), and OneDrive presents itself as a local, fixed disk, so the network check above
# cannot see it. The rule below is asked before a backup or a PDF is written (the app
# warns) and when a default folder is chosen (never one of these).


class Uploader(Enum):
    """Who takes a folder's files off the laptop."""

    ONEDRIVE = "OneDrive"
    SHAREPOINT = "SharePoint"
    DROPBOX = "Dropbox"
    GOOGLE_DRIVE = "Google Drive"
    ICLOUD = "iCloud Drive"
    NETWORK = "network share"
    """Not a sync client: the folder itself lies on a server (SMB, NFS, a redirected folder)."""


@dataclass(frozen=True, slots=True)
class SyncRoot:
    """A folder a sync client uploads, with everything below it."""

    uploader: Uploader
    path: str


ONEDRIVE_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
"""Set by the OneDrive client for the signed-in user (personal, work, both)."""


def _is_windows(platform: str) -> bool:
    return platform == "win32"


def _pure(platform: str) -> type[PurePath]:
    return PureWindowsPath if _is_windows(platform) else PurePosixPath


def _parts(path: str, platform: str) -> tuple[str, ...]:
    """The normalised parts of ``path``; case-folded where the file system ignores case."""
    normal = ntpath.normpath(path) if _is_windows(platform) else posixpath.normpath(path)
    parts = _pure(platform)(normal).parts
    if _is_windows(platform) or platform == "darwin":
        return tuple(part.casefold() for part in parts)
    return parts


def _name_uploader(name: str, parent: str) -> Uploader | None:
    """The sync client a folder of this name belongs to (its usual names), if any.

    macOS keeps the file-provider clients in ``~/Library/CloudStorage/<Client>-<account>``;
    only there does a ``OneDrive-…`` name count.
    """
    folded = name.casefold()
    cloud_storage = parent.casefold() == "cloudstorage"
    if folded == "onedrive" or folded.startswith("onedrive - "):
        return Uploader.ONEDRIVE  # "OneDrive - Gemeente X": OneDrive for work or school
    if folded == "dropbox" or folded.startswith("dropbox ("):
        return Uploader.DROPBOX  # "Dropbox (Gemeente X)": a Dropbox team folder
    if folded in {"google drive", "my drive", "mijn drive"}:
        return Uploader.GOOGLE_DRIVE
    if folded in {"iclouddrive", "icloud drive", "com~apple~clouddocs"}:
        return Uploader.ICLOUD
    if cloud_storage:
        for prefix, uploader in (
            ("onedrive-", Uploader.ONEDRIVE),
            ("dropbox", Uploader.DROPBOX),
            ("googledrive-", Uploader.GOOGLE_DRIVE),
        ):
            if folded.startswith(prefix):
                return uploader
    return None


def env_sync_roots(env: Mapping[str, str]) -> list[SyncRoot]:
    """OneDrive's folders from its environment variables."""
    return [SyncRoot(Uploader.ONEDRIVE, env[name]) for name in ONEDRIVE_ENV_VARS if env.get(name)]


def dropbox_roots(info_json: str) -> list[SyncRoot]:
    """Dropbox's folders from its ``info.json`` (``{"personal": {"path": …}, …}``)."""
    try:
        info = json.loads(info_json)
    except ValueError:
        return []
    if not isinstance(info, dict):
        return []
    roots = []
    for account in info.values():
        path = account.get("path") if isinstance(account, dict) else None
        if isinstance(path, str) and path:
            roots.append(SyncRoot(Uploader.DROPBOX, path))
    return roots


def dropbox_info_files(env: Mapping[str, str], home: Path, platform: str) -> list[Path]:
    """Where Dropbox keeps ``info.json`` for this user."""
    if _is_windows(platform):
        return [
            Path(env[var]) / "Dropbox" / "info.json"
            for var in ("APPDATA", "LOCALAPPDATA")
            if env.get(var)
        ]
    return [home / ".dropbox" / "info.json"]


class RegistryReader(Protocol):
    """Read access to ``HKEY_CURRENT_USER`` (the real registry, or a test's dictionary)."""

    def subkeys(self, key: str) -> list[str]: ...

    def values(self, key: str) -> dict[str, object]: ...


ONEDRIVE_ACCOUNTS_KEY = r"Software\Microsoft\OneDrive\Accounts"
SYNC_ENGINES_KEY = r"Software\SyncEngines\Providers\OneDrive"


def registry_sync_roots(registry: RegistryReader) -> list[SyncRoot]:
    """OneDrive's own folders and the SharePoint libraries it syncs, from the registry.

    * ``…\\OneDrive\\Accounts\\<account>``: ``UserFolder`` is the account's OneDrive folder;
      its ``Tenants\\<tenant>`` keys name every synced folder (values named by the path),
      SharePoint libraries included ("C:\\Users\\jan\\Gemeente X\\Team - Documenten").
    * ``…\\SyncEngines\\Providers\\OneDrive\\<id>``: ``MountPoint`` of each synced library;
      ``LibraryType`` ``mysite``/``personal`` is OneDrive itself, others are SharePoint.
    """
    roots: list[SyncRoot] = []
    own: set[str] = set()
    for account in registry.subkeys(ONEDRIVE_ACCOUNTS_KEY):
        key = f"{ONEDRIVE_ACCOUNTS_KEY}\\{account}"
        folder = registry.values(key).get("UserFolder")
        if isinstance(folder, str) and folder:
            roots.append(SyncRoot(Uploader.ONEDRIVE, folder))
            own.add(folder.casefold())
        for tenant in registry.subkeys(f"{key}\\Tenants"):
            for path in registry.values(f"{key}\\Tenants\\{tenant}"):
                if path and path.casefold() not in own:
                    roots.append(SyncRoot(Uploader.SHAREPOINT, path))
    for provider in registry.subkeys(SYNC_ENGINES_KEY):
        values = registry.values(f"{SYNC_ENGINES_KEY}\\{provider}")
        mount = values.get("MountPoint")
        if not isinstance(mount, str) or not mount:
            continue
        kind = str(values.get("LibraryType", "")).casefold()
        personal = kind in {"mysite", "personal"} or mount.casefold() in own
        roots.append(SyncRoot(Uploader.ONEDRIVE if personal else Uploader.SHAREPOINT, mount))
    return roots


class WindowsRegistry:
    """:class:`RegistryReader` over the real ``HKEY_CURRENT_USER`` (Windows only)."""

    def __init__(self, base: str = "") -> None:
        self._base = base
        """A key to read below instead of the root (tests write a copy there)."""

    def _path(self, key: str) -> str:
        return f"{self._base}\\{key}" if self._base else key

    def subkeys(self, key: str) -> list[str]:
        names: list[str] = []
        if sys.platform == "win32":  # the real registry exists only there
            import winreg

            with (
                contextlib.suppress(OSError),
                winreg.OpenKey(winreg.HKEY_CURRENT_USER, self._path(key)) as handle,
            ):
                names = [winreg.EnumKey(handle, i) for i in range(winreg.QueryInfoKey(handle)[0])]
        return names

    def values(self, key: str) -> dict[str, object]:
        found: dict[str, object] = {}
        if sys.platform == "win32":  # the real registry exists only there
            import winreg

            with (
                contextlib.suppress(OSError),
                winreg.OpenKey(winreg.HKEY_CURRENT_USER, self._path(key)) as handle,
            ):
                for index in range(winreg.QueryInfoKey(handle)[1]):
                    name, data, _kind = winreg.EnumValue(handle, index)
                    found[str(name)] = data
        return found


def system_sync_roots(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
    registry: RegistryReader | None = None,
) -> list[SyncRoot]:
    """Every sync root this user's environment, Dropbox and (on Windows) the registry name."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    roots = env_sync_roots(env)
    for info in dropbox_info_files(env, home, platform):
        try:
            roots += dropbox_roots(info.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    if registry is None and _is_windows(platform) and sys.platform == "win32":
        registry = WindowsRegistry()
    if registry is not None:
        roots += registry_sync_roots(registry)
    return roots


def synced_by(
    path: str | PurePath, roots: Iterable[SyncRoot], *, platform: str | None = None
) -> Uploader | None:
    """The sync client that uploads ``path`` (a folder or a file), if any.

    ``path`` lies in a sync root or below it, or one of its folders has a sync client's
    usual name ("OneDrive - Gemeente X", "Dropbox", "Google Drive", "iCloudDrive").
    Windows and macOS paths compare without regard to case. Pure: nothing is read.
    """
    platform = sys.platform if platform is None else platform
    parts = _parts(str(path), platform)
    for root in roots:
        root_parts = _parts(root.path, platform)
        if len(root_parts) > 1 and parts[: len(root_parts)] == root_parts:
            return root.uploader
    raw_parts = _pure(platform)(str(path)).parts
    for parent, name in itertools.pairwise(raw_parts):
        uploader = _name_uploader(name, parent)
        if uploader is not None:
            return uploader
    return None


def upload_risk(
    folder: Path,
    *,
    roots: Iterable[SyncRoot] | None = None,
    network: Callable[[Path], bool] = is_network_location,
) -> Uploader | None:
    """Who would take a file written into ``folder`` off this laptop; ``None``: nobody.

    Checks the folder as given and as resolved (a link into a synced folder counts), first
    against the sync clients, then whether it lies on a network share.
    """
    roots = system_sync_roots() if roots is None else list(roots)
    candidates = [folder]
    with contextlib.suppress(OSError, RuntimeError):
        resolved = folder.resolve()
        if resolved != folder:
            candidates.append(resolved)
    for candidate in candidates:
        uploader = synced_by(candidate, roots)
        if uploader is not None:
            return uploader
    return Uploader.NETWORK if network(folder) else None


def first_local_folder(
    candidates: Iterable[Path | None],
    *,
    roots: Iterable[SyncRoot] | None = None,
    network: Callable[[Path], bool] = is_network_location,
) -> Path | None:
    """The first existing folder of ``candidates`` that nothing uploads (see above)."""
    roots = system_sync_roots() if roots is None else list(roots)
    for folder in candidates:
        if (
            folder is not None
            and folder.is_dir()
            and upload_risk(folder, roots=roots, network=network) is None
        ):
            return folder
    return None
