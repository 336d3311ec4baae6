"""Questions the application asks the user, behind one injectable interface.

Windows never open a dialog themselves: they ask their :class:`Prompts`. Production uses
:class:`DialogPrompts`; tests pass an object with preset answers, so flows need no timers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from vault.store import SUFFIX


class Prompts(Protocol):
    def choose_vault_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        """Ask for an existing vault file; ``None`` when the user cancels."""
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
