"""Restoring a backup: the dialog, and the word in the name of the vault it replaces.

:func:`vault.store.restore` runs it: the vault is locked (closed) first, the backup's
passphrase and integrity are checked on a temporary copy, and only then does it replace
the vault file. The vault that is replaced is kept beside it as a copy (``keep_previous``,
named with the translated word "before-restore"), so a restore never loses anything; the
command line's ``restore --force`` keeps it the same way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.dialogs.task_dialog import TaskDialog
from app.widgets.basics import label_for, name_after_text, paragraph, passphrase_edit


def set_aside_word() -> str:
    """The word in the name of the vault a restore replaced and kept (``vault.store``)."""
    return QCoreApplication.translate("VaultCare", "before-restore", "part of a file name")


class RestoreDialog(TaskDialog):
    """Chooses a backup, asks its passphrase, says what is replaced, asks to confirm."""

    choose_requested = Signal()
    restore_requested = Signal(str)
    """Carries the backup's passphrase; the backup is :attr:`backup`."""

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore a backup"), self.tr("&Restore"), parent)
        self.target = target
        self.backup: Path | None = None
        self.replaced = paragraph()
        self.replaced.setAccessibleName(self.tr("What will be replaced"))
        self.backup_name = QLineEdit()
        self.backup_name.setReadOnly(True)
        self.backup_name.setPlaceholderText(self.tr("No backup chosen yet"))
        self.backup_name.setMinimumHeight(30)
        self.choose = QPushButton(self.tr("C&hoose backup…"))
        self.choose.setMinimumHeight(30)
        name_after_text(self.choose)
        self.choose.clicked.connect(self.choose_requested)
        self.passphrase = passphrase_edit()
        self.confirm = QCheckBox(self.tr("I &understand that the vault is replaced by the backup."))
        name_after_text(self.confirm)
        body = self.body
        body.addWidget(self.replaced)
        body.addSpacing(6)
        body.addWidget(label_for(self.tr("&Backup file"), self.backup_name))
        row = QHBoxLayout()
        row.addWidget(self.backup_name, 1)
        row.addWidget(self.choose)
        body.addLayout(row)
        body.addSpacing(4)
        body.addWidget(label_for(self.tr("&Passphrase of the backup"), self.passphrase))
        body.addWidget(self.passphrase)
        body.addWidget(
            paragraph(
                self.tr(
                    "The backup is checked completely before anything is replaced. If it "
                    "does not open or is damaged, your vault stays exactly as it is."
                )
            )
        )
        body.addSpacing(4)
        body.addWidget(self.confirm)
        self._finish_body()
        self.set_target(target)
        self._wire(("passphrase",))
        self.confirm.toggled.connect(self._update_primary)
        self._update_primary()

    def _wire(self, names: tuple[str, ...]) -> None:
        if "passphrase" in names:
            self.passphrase.returnPressed.connect(self.submit)
        self.setTabOrder(self.choose, self.passphrase)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.primary)
        self.setTabOrder(self.primary, self.cancel)

    def set_target(self, target: Path) -> None:
        self.target = target
        if target.exists():
            text = self.tr(
                "The vault %1 in %2 will be replaced by the backup. Everything written "
                "since the backup was made is then no longer in it. The vault is locked "
                "first, and kept beside it as a copy as it is now, so nothing is lost."
            )
        else:
            text = self.tr(
                "The backup becomes the vault %1 in %2. You then unlock it with the "
                "passphrase of the backup."
            )
        self.replaced.setText(text.replace("%1", target.name).replace("%2", str(target.parent)))

    def set_backup(self, backup: Path) -> None:
        self.backup = backup
        self.backup_name.setText(str(backup))
        self.backup_name.setAccessibleDescription(str(backup))
        self.error.clear_message()
        self._update_primary()
        self.passphrase.setFocus()

    def _update_primary(self) -> None:
        self.primary.setEnabled(not self._busy and self.confirm.isChecked())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self._update_primary()

    def _inputs(self) -> list[QWidget]:
        return [self.choose, self.passphrase, self.confirm]

    def working_text(self) -> str:
        return self.tr("Checking and restoring the backup…")

    def submit(self) -> None:
        if self._busy:
            return
        if self.backup is None:
            self.error.show_message(self.tr("Choose the backup file first."))
            self.choose.setFocus()
            return
        text = self.passphrase.text()
        if not text:
            self.error.show_message(self.tr("Type the passphrase of the backup."))
            self.passphrase.setFocus()
            return
        if not self.confirm.isChecked():
            self.error.show_message(self.tr("Confirm that the vault may be replaced."))
            self.confirm.setFocus()
            return
        self.error.clear_message()
        self._clear_secrets()
        self.restore_requested.emit(text)

    def _clear_secrets(self) -> None:
        self._renew("passphrase")
