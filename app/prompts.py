"""Questions the application asks the user, behind one injectable interface.

Windows never open a dialog themselves: they ask their :class:`Prompts`. Production uses
:class:`DialogPrompts`; tests pass an object with preset answers, so flows need no timers.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from vault.store import SUFFIX


class Prompts(Protocol):
    def choose_vault_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        """Ask for an existing vault file; ``None`` when the user cancels."""
        ...

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        """Ask where to save a new file; ``None`` when the user cancels.

        ``suggested`` is a folder plus a neutral file name; ``name_filter`` is a Qt filter
        such as ``"PDF (*.pdf)"``. The dialog itself asks before replacing an existing
        file, so an existing path that comes back may be overwritten.
        """
        ...


class DialogPrompts:
    """The real dialogs."""

    def choose_vault_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        folder = start_dir if start_dir.is_dir() else Path.home()
        name_filter = QCoreApplication.translate("Prompts", "Tafelboek vaults") + f" (*{SUFFIX})"
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Prompts", "Open another vault"),
            str(folder),
            name_filter,
        )
        return Path(chosen) if chosen else None

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        suffix = _first_suffix(name_filter)
        if suffix:
            dialog.setDefaultSuffix(suffix)  # so "Ask before replacing" sees the full name
        dialog.selectFile(suggested.name)
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen and chosen[0] else None


def _first_suffix(name_filter: str) -> str:
    """``"PDF (*.pdf)"`` → ``"pdf"``; empty when the filter names no suffix."""
    match = re.search(r"\*\.(\w+)", name_filter)
    return match.group(1) if match else ""
