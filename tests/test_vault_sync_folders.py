"""Folders a sync client uploads (OneDrive, SharePoint, Dropbox, Google Drive, iCloud): a
backup or PDF written there leaves the laptop (P2; security review M5). The rule is pure:
Windows paths are checked as Windows paths on every platform, POSIX paths likewise."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from vault.location import (
    ONEDRIVE_ACCOUNTS_KEY,
    SYNC_ENGINES_KEY,
    SyncRoot,
    Uploader,
    dropbox_info_files,
    dropbox_roots,
    env_sync_roots,
    first_local_folder,
    registry_sync_roots,
    synced_by,
    system_sync_roots,
    upload_risk,
)

JAN = r"C:\Users\jan"
ENV = {
    "OneDriveCommercial": rf"{JAN}\OneDrive - Gemeente Testdorp",
    "OneDriveConsumer": rf"{JAN}\PrivéSync",
    "USERPROFILE": JAN,
}


def _win(path: str, roots: list[SyncRoot]) -> Uploader | None:
    return synced_by(PureWindowsPath(path), roots, platform="win32")


def _posix(path: str, roots: list[SyncRoot], platform: str = "linux") -> Uploader | None:
    return synced_by(PurePosixPath(path), roots, platform=platform)


# ---------------------------------------------------------------------- environment
def test_onedrive_environment_variables_name_its_folders() -> None:
    roots = env_sync_roots(ENV)
    assert roots == [
        SyncRoot(Uploader.ONEDRIVE, ENV["OneDriveCommercial"]),
        SyncRoot(Uploader.ONEDRIVE, ENV["OneDriveConsumer"]),
    ]
    assert env_sync_roots({"OneDrive": "", "PATH": "x"}) == []


@pytest.mark.parametrize(
    "path",
    [
        rf"{JAN}\OneDrive - Gemeente Testdorp\Documenten\overzicht.pdf",
        rf"{JAN}\OneDrive - Gemeente Testdorp",  # the folder itself
        r"c:\USERS\Jan\onedrive - gemeente testdorp\Documenten",  # Windows ignores case
        rf"{JAN}\PrivéSync\x",  # a root without a telling name: only the variable knows
        rf"{JAN}\Documents\..\PrivéSync\x",  # normalised first
    ],
)
def test_paths_under_a_onedrive_root_are_synced(path: str) -> None:
    assert _win(path, env_sync_roots(ENV)) is Uploader.ONEDRIVE


@pytest.mark.parametrize(
    "path",
    [
        rf"{JAN}\Documents\overzicht.pdf",
        rf"{JAN}\PrivéSyncOud\x",  # a longer name is another folder
        rf"{JAN}",  # above the root
        r"D:\Tafelboek\backup.tafelboek",
        r"\\server\share\x",
    ],
)
def test_paths_elsewhere_are_not_synced(path: str) -> None:
    assert _win(path, env_sync_roots(ENV)) is None


# ---------------------------------------------------------------------- folder names
@pytest.mark.parametrize(
    ("path", "uploader"),
    [
        (r"C:\Users\jan\OneDrive\Documenten", Uploader.ONEDRIVE),
        (r"C:\Users\jan\OneDrive - Gemeente X\Documenten", Uploader.ONEDRIVE),
        (r"C:\Users\jan\Dropbox\a.pdf", Uploader.DROPBOX),
        (r"C:\Users\jan\Dropbox (Gemeente X)\a.pdf", Uploader.DROPBOX),
        (r"G:\My Drive\a.pdf", Uploader.GOOGLE_DRIVE),
        (r"C:\Users\jan\Google Drive\a.pdf", Uploader.GOOGLE_DRIVE),
        (r"C:\Users\jan\iCloudDrive\a.pdf", Uploader.ICLOUD),
    ],
)
def test_sync_clients_usual_folder_names_count_without_any_root(
    path: str, uploader: Uploader
) -> None:
    assert _win(path, []) is uploader


@pytest.mark.parametrize(
    ("path", "platform", "uploader"),
    [
        ("/home/jan/OneDrive/verslagen", "linux", Uploader.ONEDRIVE),
        ("/home/jan/Dropbox/a.pdf", "linux", Uploader.DROPBOX),
        ("/Users/jan/Library/CloudStorage/OneDrive-Gemeente/a.pdf", "darwin", Uploader.ONEDRIVE),
        (
            "/Users/jan/Library/CloudStorage/GoogleDrive-jan@x.be/My Drive",
            "darwin",
            Uploader.GOOGLE_DRIVE,
        ),
        ("/Users/jan/Library/Mobile Documents/com~apple~CloudDocs/a", "darwin", Uploader.ICLOUD),
        ("/home/jan/Documenten/OneDrive-export.txt.d", "linux", None),
        ("/home/jan/Documenten", "linux", None),
    ],
)
def test_posix_paths(path: str, platform: str, uploader: Uploader | None) -> None:
    assert _posix(path, [], platform) is uploader


def test_posix_roots_compare_with_case_on_linux_without_on_macos() -> None:
    roots = [SyncRoot(Uploader.DROPBOX, "/home/jan/Werk")]
    assert _posix("/home/jan/Werk/a.pdf", roots) is Uploader.DROPBOX
    assert _posix("/home/jan/werk/a.pdf", roots) is None
    mac = [SyncRoot(Uploader.DROPBOX, "/Users/jan/Werk")]
    assert _posix("/Users/jan/werk/a.pdf", mac, "darwin") is Uploader.DROPBOX


# ---------------------------------------------------------------------- SharePoint, registry
class FakeRegistry:
    """``HKEY_CURRENT_USER`` as a dictionary: key path → (subkeys, values)."""

    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys

    def subkeys(self, key: str) -> list[str]:
        prefix = key + "\\"
        return sorted({k[len(prefix) :].split("\\")[0] for k in self.keys if k.startswith(prefix)})

    def values(self, key: str) -> dict[str, object]:
        return dict(self.keys.get(key, {}))


ONEDRIVE_BUSINESS = rf"{JAN}\OneDrive - Gemeente Testdorp"
LIBRARY = rf"{JAN}\Gemeente Testdorp\Preventie - Documenten"
TEAMS = rf"{JAN}\Gemeente Testdorp\LIVC-team - Gedeelde documenten"
REGISTRY = FakeRegistry(
    {
        rf"{ONEDRIVE_ACCOUNTS_KEY}\Business1": {
            "UserFolder": ONEDRIVE_BUSINESS,
            "UserEmail": "jan@testdorp.be",
        },
        rf"{ONEDRIVE_ACCOUNTS_KEY}\Business1\Tenants\Gemeente Testdorp": {
            ONEDRIVE_BUSINESS: 1,
            LIBRARY: 1,
        },
        rf"{ONEDRIVE_ACCOUNTS_KEY}\Personal": {},
        rf"{SYNC_ENGINES_KEY}\a1b2": {
            "MountPoint": TEAMS,
            "LibraryType": "teamsite",
            "UrlNamespace": "https://testdorp.sharepoint.com/sites/livc/",
        },
        rf"{SYNC_ENGINES_KEY}\c3d4": {"MountPoint": ONEDRIVE_BUSINESS, "LibraryType": "mysite"},
    }
)


def test_onedrive_and_sharepoint_libraries_from_the_registry() -> None:
    roots = registry_sync_roots(REGISTRY)
    assert set(roots) == {
        SyncRoot(Uploader.ONEDRIVE, ONEDRIVE_BUSINESS),
        SyncRoot(Uploader.SHAREPOINT, LIBRARY),
        SyncRoot(Uploader.SHAREPOINT, TEAMS),
    }
    assert _win(rf"{LIBRARY}\Verslagen\a.pdf", roots) is Uploader.SHAREPOINT
    assert _win(rf"{TEAMS}\a.pdf", roots) is Uploader.SHAREPOINT
    assert _win(rf"{JAN}\Gemeente Testdorp\Eigen map\a.pdf", roots) is None
    assert registry_sync_roots(FakeRegistry({})) == []


# ---------------------------------------------------------------------- Dropbox
def test_dropbox_info_json() -> None:
    info = {
        "personal": {"path": r"C:\Users\jan\Dropbox", "host": 1},
        "business": {"path": r"D:\Werk (Dropbox)"},
    }
    roots = dropbox_roots(json.dumps(info))
    assert roots == [
        SyncRoot(Uploader.DROPBOX, r"C:\Users\jan\Dropbox"),
        SyncRoot(Uploader.DROPBOX, r"D:\Werk (Dropbox)"),
    ]
    assert _win(r"D:\Werk (Dropbox)\a.pdf", roots) is Uploader.DROPBOX
    for broken in ("", "{", "[]", '{"personal": 3}', '{"personal": {"path": 3}}'):
        assert dropbox_roots(broken) == []
    assert dropbox_info_files(
        {"APPDATA": r"C:\A", "LOCALAPPDATA": r"C:\L"}, Path("x"), "win32"
    ) == [Path(r"C:\A") / "Dropbox" / "info.json", Path(r"C:\L") / "Dropbox" / "info.json"]
    assert dropbox_info_files({}, Path("/home/jan"), "linux") == [
        Path("/home/jan/.dropbox/info.json")
    ]


def test_system_roots_read_environment_dropbox_and_registry(tmp_path: Path) -> None:
    (tmp_path / ".dropbox").mkdir()
    werk = tmp_path / "Werk"
    (tmp_path / ".dropbox" / "info.json").write_text(
        json.dumps({"personal": {"path": str(werk)}}), encoding="utf-8"
    )
    env = {"OneDrive": str(tmp_path / "Mijn OneDrive")}
    roots = system_sync_roots(env, "linux", tmp_path, registry=REGISTRY)
    assert SyncRoot(Uploader.ONEDRIVE, env["OneDrive"]) in roots
    assert SyncRoot(Uploader.DROPBOX, str(werk)) in roots
    assert SyncRoot(Uploader.SHAREPOINT, LIBRARY) in roots
    # No Dropbox, no variables, no registry: nothing.
    assert system_sync_roots({}, "linux", tmp_path / "leeg", registry=None) == []


# ---------------------------------------------------------------------- risk, defaults
def _local(_path: Path) -> bool:
    return False


def test_upload_risk_names_sync_clients_first_then_network_shares(tmp_path: Path) -> None:
    synced = tmp_path / "Synced"
    roots = [SyncRoot(Uploader.ONEDRIVE, str(synced))]
    assert upload_risk(synced / "sub", roots=roots, network=_local) is Uploader.ONEDRIVE
    assert upload_risk(tmp_path / "lokaal", roots=roots, network=_local) is None
    assert upload_risk(tmp_path, roots=roots, network=lambda _p: True) is Uploader.NETWORK
    assert upload_risk(tmp_path / "OneDrive", roots=[], network=_local) is Uploader.ONEDRIVE


def test_the_default_folder_is_the_first_that_stays_on_the_laptop(tmp_path: Path) -> None:
    documents = tmp_path / "OneDrive - Gemeente Testdorp" / "Documenten"  # Known Folder Move
    downloads = tmp_path / "Downloads"
    share = tmp_path / "share"
    for folder in (documents, downloads, share):
        folder.mkdir(parents=True)
    roots = env_sync_roots({"OneDriveCommercial": str(documents.parent)})

    def network(path: Path) -> bool:
        return path == share

    assert (
        first_local_folder(
            [documents, None, tmp_path / "missing", share, downloads], roots=roots, network=network
        )
        == downloads
    )
    assert first_local_folder([documents, share], roots=roots, network=network) is None
