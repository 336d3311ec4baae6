"""Questions the application asks the user, behind one injectable interface.

Windows never open a dialog themselves: they ask their :class:`Prompts`. Production uses
:class:`DialogPrompts`; tests pass an object with preset answers, so flows need no timers.

Every file dialog is Qt's own (:func:`file_dialog`), on every platform, and leaves no trace
of the folders it visited (:func:`ask_file`). The platforms' native dialogs keep records
the app cannot switch off: on Windows the common item dialog adds the file to Recent
Items and the program's Jump List (``SHAddToRecentDocs``) and writes the folder and file
into ``HKCU\\…\\Explorer\\ComDlg32\\OpenSavePidlMRU`` and ``LastVisitedPidlMRU`` (the
latter with the program's name); GTK's dialog adds the file to ``recently-used.xbel``.
Qt exposes no option for any of that (``FOS_DONTADDTORECENT`` is not reachable through
``QFileDialog``, and would not stop the ComDlg32 lists). See ``docs/deploy-windows.md``,
"File dialogs and Windows traces".
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vault.api import SUFFIX, Uploader


class SaveKind(Enum):
    """What is about to be written outside the vault (the warnings differ)."""

    PDF = "pdf"
    BACKUP = "backup"


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

    def confirm_upload_folder(self, parent: QWidget, uploader: Uploader, kind: SaveKind) -> bool:
        """The chosen folder is taken off the laptop by ``uploader``: save there anyway?

        False: the user chooses another folder.
        """
        ...


QT_SHARED_ORGANISATION = "QtProject"
"""Qt's own settings store, shared by every Qt program of the user."""
QT_FILE_DIALOG_GROUP = "FileDialog"
"""Where every ``QFileDialog`` writes its last folder and history when it is destroyed."""


def _qt_shared_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, QT_SHARED_ORGANISATION)


QT_REGISTRY_KEYS = (
    "Software\\QtProject\\OrganizationDefaults\\FileDialog",
    "Software\\QtProject\\OrganizationDefaults",
    "Software\\QtProject",
)
"""Where Qt's shared settings live on Windows (``HKEY_CURRENT_USER``), deepest first."""


def _registry_keys_present() -> set[str]:
    """Which of :data:`QT_REGISTRY_KEYS` exist (Windows; elsewhere none)."""
    present: set[str] = set()
    if sys.platform == "win32":  # Qt's shared settings are registry keys only there
        import winreg

        for key in QT_REGISTRY_KEYS:
            with contextlib.suppress(OSError), winreg.OpenKey(winreg.HKEY_CURRENT_USER, key):
                present.add(key)
    return present


def _remove_new_empty_registry_keys(existed: set[str]) -> None:
    """Delete the keys of :data:`QT_REGISTRY_KEYS` that Qt created and left empty."""
    if sys.platform == "win32":  # Qt's shared settings are registry keys only there
        import winreg

        for key in QT_REGISTRY_KEYS:
            if key in existed:
                break  # it and its parents were there before
            with contextlib.suppress(OSError):  # not empty (or gone): leave it
                winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)


@contextlib.contextmanager
def file_dialog_leaves_no_trace() -> Iterator[None]:
    """Undo what a ``QFileDialog`` writes into Qt's shared settings when it closes.

    Every ``QFileDialog`` (native or not) saves its last-visited folder and folder
    history into ``QtProject.conf`` (Linux, macOS) or the registry (Windows,
    ``HKCU\\Software\\QtProject\\OrganizationDefaults\\FileDialog``) as it is destroyed:
    that would tell anyone who looks where documents and backups were saved. Qt offers no
    switch for it, so the ``FileDialog`` group is put back exactly as it was afterwards,
    and a ``QtProject.conf`` or registry key that did not exist before is removed again.
    Destroy the dialog inside the ``with`` block (:func:`ask_file` does).
    """
    keys = _registry_keys_present()  # first: a writable QSettings creates its keys
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
        if not saved:
            _remove_new_empty_registry_keys(keys)


def file_dialog(
    parent: QWidget, title: str, folder: Path, name_filter: str, *, save_as: str = ""
) -> QFileDialog:
    """Qt's own file dialog, never the platform's (see the module docstring).

    ``save_as`` (a neutral file name) makes it a save dialog that asks before replacing a
    file; without it, it asks for an existing file.
    """
    dialog = QFileDialog(parent, title, str(folder), name_filter)
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog)
    # Qt's Dutch catalogue (qtbase_nl) lacks these two labels since Qt added their
    # mnemonics: ours carries them, so the dialog speaks one language (issue 17 item 8).
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("Prompts", "&Look in:")),
        (
            QFileDialog.DialogLabel.FileType,
            QCoreApplication.translate("Prompts", "Files of &type:"),
        ),
    ):
        dialog.setLabelText(label, text)
    # Places on this computer only; nothing the user dragged there in another session.
    dialog.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(QDir.homePath())])
    if save_as:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        suffix = _first_suffix(name_filter)
        if suffix:
            dialog.setDefaultSuffix(suffix)  # so "Ask before replacing" sees the full name
        dialog.selectFile(save_as)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def qt_words_qtbase_lacks() -> tuple[str, ...]:
    """Words Qt's file dialog shows that Qt's Dutch catalogue (``qtbase_nl``) lacks, in
    Qt's own contexts: our catalogue carries them, and Qt looks a word up in every
    installed translator. These calls are what ``lupdate`` reads; the labels that Qt lets
    us set are set in :func:`file_dialog` instead."""
    return (
        # The "Type" column of a folder (Qt asks with this disambiguation; on Windows it
        # asks for Explorer's word instead).
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    )


def ask_file(make: Callable[[], QFileDialog]) -> Path | None:
    """Make a dialog with ``make`` (:func:`file_dialog`) and run it; the chosen file, or
    ``None``. Leaves no trace of where it went.

    The dialog is made inside :func:`file_dialog_leaves_no_trace`: making one already
    touches Qt's store (on Windows it creates the registry keys). Before the dialog is
    destroyed (when it writes its state), its history is emptied and its folder set to the
    home folder, so even if the clean-up never ran (a crash) Qt's store would hold nothing
    of ours. If the dialog's parent was closed meanwhile (a lock closes the dialog that
    asked), Qt has deleted the dialog: nothing was chosen.
    """
    with file_dialog_leaves_no_trace():
        dialog = make()
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        if not shiboken6.isValid(dialog):
            return None
        chosen = dialog.selectedFiles() if accepted else []
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())  # also the "last visited" folder Qt remembers
        shiboken6.delete(dialog)  # it writes its state as it is destroyed: now
    return Path(chosen[0]) if chosen and chosen[0] else None


class DialogPrompts:
    """The real dialogs: Qt's own file dialogs, which leave no trace (see above)."""

    def _choose_existing(self, parent: QWidget, title: str, start_dir: Path) -> Path | None:
        folder = start_dir if start_dir.is_dir() else Path.home()
        name_filter = QCoreApplication.translate("Prompts", "Tafelboek vaults") + f" (*{SUFFIX})"
        return ask_file(lambda: file_dialog(parent, title, folder, name_filter))

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
        return ask_file(
            lambda: file_dialog(
                parent, title, suggested.parent, name_filter, save_as=suggested.name
            )
        )

    def confirm_upload_folder(self, parent: QWidget, uploader: Uploader, kind: SaveKind) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "This folder leaves the laptop"))
        box.setText(upload_warning(uploader, kind))
        box.setInformativeText(
            QCoreApplication.translate("Prompts", "Choose a folder on this laptop instead?")
        )
        other = box.addButton(
            QCoreApplication.translate("Prompts", "&Choose another folder"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        here = box.addButton(
            QCoreApplication.translate("Prompts", "&Save here anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        for button in (other, here):
            button.setAccessibleName(button.text().replace("&", ""))
        box.setDefaultButton(other)
        box.setEscapeButton(other)
        box.exec()
        # A lock meanwhile closes the dialog that asked, and Qt deletes the box with it.
        return shiboken6.isValid(box) and box.clickedButton() is here


def uploader_name(uploader: Uploader) -> str:
    """How the warning names the sync client that takes the folder off the laptop."""
    if uploader is Uploader.SHAREPOINT:
        return QCoreApplication.translate("Prompts", "SharePoint (through OneDrive)")
    return str(uploader.value)  # a product name: the same in every language


def upload_warning(uploader: Uploader, kind: SaveKind) -> str:
    """The warning shown before a PDF or backup is written where ``uploader`` takes it."""
    if uploader is Uploader.NETWORK:
        where = QCoreApplication.translate(
            "Prompts", "This folder is on a network share, not on this laptop."
        )
    else:
        where = QCoreApplication.translate(
            "Prompts", "This folder is synchronised with %1: what you save here is uploaded."
        ).replace("%1", uploader_name(uploader))
    if kind is SaveKind.PDF:
        what = QCoreApplication.translate(
            "Prompts",
            "The PDF would leave this laptop. Without a password, anyone with access to "
            "that account or server can read it.",
        )
    else:
        what = QCoreApplication.translate(
            "Prompts",
            "The backup would leave this laptop. It is encrypted, but it is then out of "
            "your hands, and anyone who gets it can try passphrases on it for as long as "
            "they like.",
        )
    return f"{where} {what}"


def _first_suffix(name_filter: str) -> str:
    """``"PDF (*.pdf)"`` → ``"pdf"``; empty when the filter names no suffix."""
    match = re.search(r"\*\.(\w+)", name_filter)
    return match.group(1) if match else ""
