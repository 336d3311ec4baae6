"""Questions the application asks the user, behind one injectable interface.

Windows never open a dialog themselves: they ask their :class:`Prompts`. Production uses
:class:`DialogPrompts`; tests pass an object with preset answers, so flows need no timers.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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

    def choose_backup_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        """Ask for an existing backup file to restore; ``None`` when the user cancels."""
        ...

    def confirm_quit_losing_text(self, parent: QWidget) -> bool:
        """Some text could not be saved (it is kept in memory only): quit anyway?"""
        ...


QT_SHARED_ORGANISATION = "QtProject"
"""Qt's own settings store, shared by every Qt program of the user."""
QT_FILE_DIALOG_GROUP = "FileDialog"
"""Where every ``QFileDialog`` writes its last folder and history when it is destroyed."""


def _qt_shared_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, QT_SHARED_ORGANISATION)


@contextlib.contextmanager
def file_dialog_leaves_no_trace() -> Iterator[None]:
    """Undo what a ``QFileDialog`` writes into Qt's shared settings when it closes.

    Every ``QFileDialog`` (native or not) saves its last-visited folder and folder
    history into ``QtProject.conf`` (Linux, macOS) or the registry (Windows) as it is
    destroyed: that would tell anyone who looks where documents and backups were saved.
    Qt offers no switch for it, so the ``FileDialog`` group is put back exactly as it was
    afterwards, and a ``QtProject.conf`` that did not exist before is removed again.
    Destroy the dialog inside the ``with`` block (the static helpers do so themselves).
    """
    before = _qt_shared_settings()
    file_based = sys.platform != "win32"
    conf = Path(before.fileName()) if file_based else None
    existed = conf is not None and conf.exists()
    before.beginGroup(QT_FILE_DIALOG_GROUP)
    saved = {key: before.value(key) for key in before.allKeys()}
    before.endGroup()
    del before
    try:
        yield
    finally:
        after = _qt_shared_settings()
        after.beginGroup(QT_FILE_DIALOG_GROUP)
        after.remove("")
        for key, value in saved.items():
            after.setValue(key, value)
        after.endGroup()
        after.sync()
        del after
        if conf is not None and not existed:
            for leftover in (conf, conf.with_name(conf.name + ".lock")):
                with contextlib.suppress(OSError):
                    leftover.unlink()


class DialogPrompts:
    """The real dialogs; they leave no trace of the folders visited (see above).

    ``native=False`` uses Qt's own dialogs instead of the platform's (tests, and
    desktops whose native dialog misbehaves).
    """

    def __init__(self, *, native: bool = True) -> None:
        self._options = (
            QFileDialog.Option(0) if native else QFileDialog.Option.DontUseNativeDialog
        )

    def _choose_existing(self, parent: QWidget, title: str, start_dir: Path) -> Path | None:
        folder = start_dir if start_dir.is_dir() else Path.home()
        name_filter = QCoreApplication.translate("Prompts", "Tafelboek vaults") + f" (*{SUFFIX})"
        with file_dialog_leaves_no_trace():
            chosen, _ = QFileDialog.getOpenFileName(
                parent, title, str(folder), name_filter, "", self._options
            )
        return Path(chosen) if chosen else None

    def choose_vault_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        title = QCoreApplication.translate("Prompts", "Open another vault")
        return self._choose_existing(parent, title, start_dir)

    def choose_backup_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        title = QCoreApplication.translate("Prompts", "Choose the backup to restore")
        return self._choose_existing(parent, title, start_dir)

    def confirm_quit_losing_text(self, parent: QWidget) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved text"))
        box.setText(
            QCoreApplication.translate(
                "Prompts",
                "Some text could not be saved and is kept in memory only. If you quit "
                "now, it is lost.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Prompts",
                "Unlock the vault and let the text be saved first (free disk space or "
                "restore the vault file if that was the problem).",
            )
        )
        quit_button = box.addButton(
            QCoreApplication.translate("Prompts", "&Quit and lose the text"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        stay = box.addButton(
            QCoreApplication.translate("Prompts", "&Keep Tafelboek open"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is quit_button

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        with file_dialog_leaves_no_trace():
            dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
            dialog.setOptions(self._options)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            suffix = _first_suffix(name_filter)
            if suffix:
                dialog.setDefaultSuffix(suffix)  # so "Ask before replacing" sees the full name
            dialog.selectFile(suggested.name)
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles() if accepted else []
            shiboken6.delete(dialog)  # it writes its state as it is destroyed: now
        return Path(chosen[0]) if chosen and chosen[0] else None


def _first_suffix(name_filter: str) -> str:
    """``"PDF (*.pdf)"`` → ``"pdf"``; empty when the filter names no suffix."""
    match = re.search(r"\*\.(\w+)", name_filter)
    return match.group(1) if match else ""
