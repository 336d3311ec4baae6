"""Where exports and backups are written: a folder on this laptop, never one that a sync
client uploads or that lies on a server, unless the user insists (P2; security review M5).

The rule itself is Qt-free (:mod:`vault.location`); here it meets the desktop's standard
folders and the user's choice in the save dialog.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from app.dialogs.prompts import Prompts, SaveKind
from vault.api import first_local_folder, upload_risk


def standard_folders() -> list[Path]:
    """Documents, Downloads and the home folder, as this desktop names them."""
    found: list[Path] = []
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DownloadLocation,
    ):
        path = QStandardPaths.writableLocation(location)
        if path:
            found.append(Path(path))
    found.append(Path.home())
    return found


def default_save_folder(fallback: Path) -> Path:
    """The first standard folder nothing uploads, else ``fallback`` (never remembered).

    Documents redirected into OneDrive (or onto a server) is skipped: a PDF or backup
    must not leave the laptop just because the user accepted the suggested folder.
    """
    return first_local_folder([*standard_folders(), fallback]) or fallback


def choose_local_save_file(
    prompts: Prompts,
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    *,
    kind: SaveKind,
    fallback: Path,
) -> Path | None:
    """Ask where to save; warn when the folder leaves the laptop (continue or choose again).

    ``None`` when the user cancels, or when ``parent`` was closed meanwhile (a lock).
    """
    while True:
        chosen = prompts.choose_save_file(parent, title, suggested, name_filter)
        if chosen is None or not shiboken6.isValid(parent):
            return None
        uploader = upload_risk(chosen.parent)
        if uploader is None:
            return chosen
        keep = prompts.confirm_upload_folder(parent, uploader, kind)
        if not shiboken6.isValid(parent):
            return None
        if keep:
            return chosen
        suggested = default_save_folder(fallback) / chosen.name
