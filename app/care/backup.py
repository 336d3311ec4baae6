"""Backups: the dialog that makes one, its default name and place, and the reminder.

The backup is a verified, encrypted copy of the whole vault (``care.backup``). Its
default file name holds only the product name and today's date, never content; the
default folder stays on this laptop. A calm banner reminds after unlocking when no backup
was made for a while (the moment is kept inside the vault, :mod:`vault.backup_reminder`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.dialogs.task_dialog import TaskDialog
from app.platform.i18n import ui_language
from app.platform.save_places import default_save_folder
from app.session.context import APP_NAME
from app.widgets.basics import label_for, name_after_text, paragraph, passphrase_edit
from vault.api import SUFFIX
from vault.dates import long_date


def data_size(size_bytes: int) -> str:
    """``1,2 MB`` in the interface's locale (decimal units, as file managers show them)."""
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def default_backup_name(today: datetime) -> str:
    """``Tafelboek-reservekopie-2026-03-05.tafelboek``: product and date, never content."""
    word = QCoreApplication.translate("VaultCare", "backup", "part of a file name")
    return f"{APP_NAME}-{word}-{today.date().isoformat()}{SUFFIX}"


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.tafelboek``, ``-3`` … when it exists (never replace unasked)."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def default_backup_folder(vault_dir: Path) -> Path:
    """Documents, Downloads or home, the first that stays on this laptop (not synced, not
    on a server; a backup beside the vault helps less), else the vault's folder."""
    return default_save_folder(vault_dir)


@dataclass(frozen=True, slots=True)
class BackupOutcome:
    path: Path
    size_bytes: int
    seconds: float
    made_at: datetime


class BackupDialog(TaskDialog):
    """Shows where the backup goes, its progress, then its size and duration."""

    backup_requested = Signal(str)
    """Carries the passphrase: the backup gets its own key made from it."""
    choose_requested = Signal()

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Make a backup"), self.tr("&Make backup"), parent)
        self.target = target
        self.passphrase = passphrase_edit()
        self.file_name = paragraph()
        self.file_name.setAccessibleName(self.tr("Backup file"))
        font = self.file_name.font()
        font.setBold(True)
        self.file_name.setFont(font)
        self.folder = paragraph()
        self.folder.setAccessibleName(self.tr("Folder"))
        self.choose = QPushButton(self.tr("C&hoose another place…"))
        self.choose.setMinimumHeight(30)
        name_after_text(self.choose)
        self.choose.clicked.connect(self.choose_requested)
        body = self.body
        body.addWidget(
            paragraph(
                self.tr(
                    "The backup is an encrypted copy of the whole vault. It opens with the "
                    "passphrase you use now. Keep it on another disk or a USB stick that "
                    "you keep safe."
                )
            )
        )
        body.addSpacing(6)
        body.addWidget(paragraph(self.tr("The backup will be saved as:")))
        body.addWidget(self.file_name)
        body.addWidget(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        body.addLayout(row)
        body.addSpacing(6)
        body.addWidget(label_for(self.tr("Your &passphrase"), self.passphrase))
        body.addWidget(self.passphrase)
        body.addWidget(
            paragraph(
                self.tr(
                    "The backup gets a key of its own, made from your passphrase, so that "
                    "no part of it can be slipped into your vault."
                )
            )
        )
        self._finish_body()
        self.set_target(target)
        self._wire(("passphrase",))

    def _wire(self, names: tuple[str, ...]) -> None:
        if "passphrase" in names:
            self.passphrase.returnPressed.connect(self.submit)
        self.setTabOrder(self.passphrase, self.primary)
        self.setTabOrder(self.primary, self.choose)
        self.setTabOrder(self.choose, self.cancel)

    def set_target(self, target: Path, *, replace_confirmed: bool = False) -> None:
        self.target = target
        self.replace_confirmed = replace_confirmed
        """True when the user chose this file and agreed to replace it if it exists."""
        self.file_name.setText(target.name)
        self.folder.setText(self.tr("in %1").replace("%1", str(target.parent)))

    def _inputs(self) -> list[QWidget]:
        return [self.passphrase, self.choose]

    def working_text(self) -> str:
        return self.tr("Making and checking the backup…")

    def submit(self) -> None:
        if self._busy:
            return
        text = self.passphrase.text()
        if not text:
            self.error.show_message(self.tr("Type your passphrase to make the backup."))
            self.passphrase.setFocus()
            return
        self.error.clear_message()
        self._clear_secrets()
        self.backup_requested.emit(text)

    def _clear_secrets(self) -> None:
        self._renew("passphrase")


class BackupReminder(QFrame):
    """A calm banner after unlocking: no backup for a while. Dismissable until next unlock."""

    backup_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("backupReminder")
        self.setStyleSheet(
            "QFrame#backupReminder { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        self.text = paragraph()
        self.backup_button = QPushButton(self.tr("Make a &backup now…"))
        self.backup_button.setMinimumHeight(28)
        name_after_text(self.backup_button)
        self.dismiss_button = QPushButton(self.tr("Not no&w"))
        self.dismiss_button.setMinimumHeight(28)
        name_after_text(self.dismiss_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.backup_button.clicked.connect(self.backup_requested)
        self.dismiss_button.clicked.connect(self.clear_message)
        self.hide()

    def show_since(self, last: datetime | None, now: datetime) -> None:
        if last is None:
            text = self.tr("There is no backup of this vault yet. A backup takes a moment.")
        else:
            days = max(0, (now - last).days)
            if days == 1:
                text = self.tr("Your last backup was made on %1, one day ago.")
            else:
                text = self.tr("Your last backup was made on %1, %2 days ago.")
            day = long_date(last.astimezone().date(), ui_language())
            text = text.replace("%1", day).replace("%2", str(days))
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.backup_button.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.hide()
        self.text.clear()
        self.text.setAccessibleName("")
        self.backup_button.setAccessibleDescription("")
