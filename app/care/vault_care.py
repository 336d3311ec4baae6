"""Vault care: change the passphrase, make and restore backups, check the vault.

The dialogs only collect input and show state. :class:`VaultCare` (one per main window)
runs the slow work on the session's task runner (:class:`app.session.tasks.TaskRunner`),
holds the vault meanwhile through its :class:`CareHost` (the window: edits are saved
first, editing stops, a lock waits until the work is done) and tells the dialog what
happened. It never imports the window: what it needs is passed in.

* Change passphrase — :meth:`vault.Vault.change_passphrase` (crash-safe copy, verified).
* Backup — :meth:`vault.Vault.backup` writes a verified, encrypted copy; the default file
  name holds only the product name and today's date, never content.
* Restore — :func:`vault.store.restore`: the vault is locked (closed) first, the backup's
  passphrase and integrity are checked on a temporary copy, and only then does it replace
  the vault file. The vault that is replaced is kept beside it as a copy
  (``keep_previous``, named with the translated word "before-restore"), so a restore never
  loses anything; the command line's ``restore --force`` keeps it the same way.
* Integrity check — :meth:`vault.Vault.integrity_check` on demand.
* A gentle reminder after unlocking when no backup was made for a while (the moment is
  kept inside the vault, :mod:`vault.backup_reminder`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.prompts import SaveKind
from app.platform.i18n import ui_language
from app.platform.save_places import choose_local_save_file, default_save_folder
from app.session.context import APP_NAME, AppContext
from app.session.tasks import Failure, Task, Work, error_code
from app.session.vault_session import VaultSession
from app.widgets.basics import (
    BusyIndicator,
    ErrorLabel,
    Notice,
    RenewablePassphrases,
    heading,
    label_for,
    name_after_text,
    paragraph,
    passphrase_edit,
)
from app.widgets.passphrase_generator import GeneratedPassphrase
from app.widgets.strength_meter import StrengthMeter, local_personal_words
from app.wording.messages import error_message, strengthen_error_message
from vault import RestoreResult, restore
from vault.api import SUFFIX, IntegrityReport
from vault.dates import long_date, long_date_time
from vault.errors import ErrorCode, VaultError
from vault.kdf import ProgressCallback
from vault.strength import vault_file_words


# ---------------------------------------------------------------------- wording
def care_error_message(task: str, code: ErrorCode | None) -> str:
    """The sentence shown when vault care ``task`` (passphrase/backup/restore/check) failed."""
    if task == "passphrase":
        return strengthen_error_message(code)
    if task == "backup":
        if code is ErrorCode.WRONG_PASSPHRASE:
            return QCoreApplication.translate(
                "VaultCare",
                "This is not the passphrase of this vault, so no backup was made. Type the "
                "passphrase you unlocked it with.",
            )
        if code is ErrorCode.EXISTS:
            return QCoreApplication.translate(
                "VaultCare",
                "A file with this name already exists, or it is the vault itself. Choose "
                "another name or folder; nothing was changed.",
            )
        if code is ErrorCode.NOT_FOUND:
            return QCoreApplication.translate(
                "VaultCare",
                "The folder you chose no longer exists, or is on a drive that is not "
                "connected. Choose another folder; nothing was changed.",
            )
        if code is ErrorCode.DAMAGED:
            return QCoreApplication.translate(
                "VaultCare",
                "The vault failed its check, so no backup was made: a backup of a damaged "
                "vault would not help you. Restore your most recent backup, or ask IT.",
            )
    if task == "restore":
        if code is ErrorCode.WRONG_PASSPHRASE:
            return QCoreApplication.translate(
                "VaultCare",
                "This passphrase does not open the backup. Type the passphrase the vault "
                "had when the backup was made. Your vault was not changed.",
            )
        if code in (ErrorCode.DAMAGED, ErrorCode.NOT_A_VAULT, ErrorCode.BACKUP_MISMATCH):
            return QCoreApplication.translate(
                "VaultCare",
                "This backup is damaged or is not a Tafelboek backup, so it was not "
                "restored. Your vault was not changed. Try another backup.",
            )
        if code is ErrorCode.NOT_FOUND:
            return QCoreApplication.translate(
                "VaultCare",
                "The backup file cannot be found any more. Check that its drive is "
                "connected. Your vault was not changed.",
            )
    return error_message(code)


def data_size(size_bytes: int) -> str:
    """``1,2 MB`` in the interface's locale (decimal units, as file managers show them)."""
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def default_backup_name(today: datetime) -> str:
    """``Tafelboek-reservekopie-2026-03-05.tafelboek``: product and date, never content."""
    word = QCoreApplication.translate("VaultCare", "backup", "part of a file name")
    return f"{APP_NAME}-{word}-{today.date().isoformat()}{SUFFIX}"


def set_aside_word() -> str:
    """The word in the name of the vault a restore replaced and kept (``vault.store``)."""
    return QCoreApplication.translate("VaultCare", "before-restore", "part of a file name")


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


# ---------------------------------------------------------------------- the host
class CareHost(Protocol):
    """What vault care needs of the window it serves (passed in, never imported)."""

    @property
    def vault_path(self) -> Path: ...

    def hold_vault(self, held: bool, *, refresh: bool = False) -> bool: ...

    def lock(self) -> None: ...

    def lock_if_asked(self) -> None: ...

    def show_unlock(self, path: Path) -> None: ...

    def set_unlocking_busy(self, busy: bool) -> None: ...

    def show_unlock_error(self, text: str) -> None: ...

    def detach_drafts(self, path: Path) -> None: ...

    def track_content_dialog(self, dialog: QDialog) -> QDialog: ...


@dataclass(frozen=True, slots=True)
class BackupOutcome:
    path: Path
    size_bytes: int
    seconds: float
    made_at: datetime


# ---------------------------------------------------------------------- dialogs
class CareDialog(RenewablePassphrases, QDialog):
    """Two pages: the question (with busy indicator and error line), then the outcome."""

    def __init__(self, title: str, primary_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(APP_NAME)  # never content (rule P2)
        self.setAccessibleName(title)
        self.setMinimumWidth(500)
        self.error = ErrorLabel()
        self.busy = BusyIndicator()
        self.primary = QPushButton(primary_text)
        self.primary.setDefault(True)
        self.primary.setMinimumSize(120, 30)
        name_after_text(self.primary)
        self.cancel = QPushButton(self.tr("&Cancel"))
        self.cancel.setMinimumHeight(30)
        name_after_text(self.cancel)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.setMinimumSize(120, 30)
        name_after_text(self.close_button)
        self.outcome = paragraph()
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.ask_page = QWidget()
        self.body = QVBoxLayout(self.ask_page)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        self.body.addWidget(heading(title, scale=1.35))

        self.done_page = QWidget()
        done_layout = QVBoxLayout(self.done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(6)
        self.done_title = heading("", scale=1.35)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.outcome)
        done_layout.addStretch(1)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.close_button)
        done_layout.addLayout(done_buttons)
        self.done_page.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.ask_page)
        layout.addWidget(self.done_page)

        self.primary.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._forget_input)

    def _finish_body(self) -> None:
        """Call after the subclass added its fields: error line, progress, buttons."""
        self.body.addWidget(self.error)
        self.body.addSpacing(6)
        self.body.addWidget(self.busy)
        self.body.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.primary)
        self.body.addLayout(buttons)

    # ------------------------------------------------------------------ state
    @property
    def is_busy(self) -> bool:
        return self._busy

    def current_page(self) -> QWidget:
        return self.done_page if self.done_page.isVisibleTo(self) else self.ask_page

    def _inputs(self) -> list[QWidget]:
        return []

    def submit(self) -> None:
        raise NotImplementedError

    def working_text(self) -> str:
        return self.tr("Working… this takes a few seconds.")

    def set_busy(self, busy: bool) -> None:
        """Disable input while the work runs; the dialog cannot be closed meanwhile."""
        self._busy = busy
        for widget in (*self._inputs(), self.primary, self.cancel):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear_message()
            self.busy.start(self.working_text())
        else:
            self.busy.stop()

    def show_progress(self, fraction: float) -> None:
        if self._busy:
            self.busy.set_fraction(fraction, self.working_text())

    def show_error(self, text: str) -> None:
        """Nothing happened: say why; the user may try again or cancel."""
        self.set_busy(False)
        self._clear_secrets()
        self.error.show_message(text)
        inputs = self._inputs()
        (inputs[0] if inputs else self.cancel).setFocus()

    def show_done(self, title: str, text: str) -> None:
        self.set_busy(False)
        self._clear_secrets()
        self.done_title.setText(title)
        self.outcome.setText(text)
        self.outcome.setAccessibleDescription(text)
        self.ask_page.hide()
        self.done_page.show()
        self.adjustSize()
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_page() is self.ask_page:
            inputs = [w for w in self._inputs() if w.isEnabled()]
            (inputs[0] if inputs else self.primary).setFocus()

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if self._busy:
            return  # the work cannot be interrupted: Escape and the close button wait
        super().reject()

    def _clear_secrets(self) -> None:
        pass

    def _forget_input(self) -> None:
        self._clear_secrets()
        self.error.clear_message()


class ChangePassphraseDialog(CareDialog):
    """Current passphrase once, the new one twice, with the strength meter."""

    change_requested = Signal(str, str)
    """Carries the current and the new passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the passphrase"), self.tr("C&hange"), parent)
        self.current = passphrase_edit()
        self.new = passphrase_edit()
        self.repeat = passphrase_edit()
        self.meter = StrengthMeter()
        self.generator = GeneratedPassphrase()
        self.generator.generated.connect(self._fill_generated)
        body = self.body
        body.addWidget(
            paragraph(
                self.tr(
                    "From now on the vault opens only with the new passphrase. Backups you "
                    "made earlier keep the passphrase they were made with."
                )
            )
        )
        body.addSpacing(6)
        body.addWidget(label_for(self.tr("C&urrent passphrase"), self.current))
        body.addWidget(self.current)
        body.addSpacing(4)
        body.addWidget(label_for(self.tr("&New passphrase"), self.new))
        body.addWidget(self.new)
        body.addWidget(self.meter)
        body.addSpacing(4)
        body.addWidget(label_for(self.tr("&Repeat the new passphrase"), self.repeat))
        body.addWidget(self.repeat)
        body.addWidget(self.generator)
        body.addWidget(
            Notice(
                self.tr("A forgotten passphrase cannot be recovered"),
                self.tr("Nobody can reset it for you — not even IT. Choose one you will remember."),
            )
        )
        self._finish_body()
        self._wire(("current", "new", "repeat"))

    def _wire(self, names: tuple[str, ...]) -> None:
        if "new" in names:
            self.new.textChanged.connect(self.meter.update_for)
            # Typing over a generated passphrase: it is no longer the one shown.
            self.new.textEdited.connect(self.generator.forget)
        if "repeat" in names:
            self.repeat.textEdited.connect(self.generator.forget)
        for name in names:
            getattr(self, name).returnPressed.connect(self.submit)
        self.setTabOrder(self.current, self.new)
        self.setTabOrder(self.new, self.repeat)
        self.setTabOrder(self.repeat, self.generator.button)
        self.setTabOrder(self.generator.button, self.primary)
        self.setTabOrder(self.primary, self.cancel)

    def set_personal_words(self, words: list[str]) -> None:
        self.meter.set_personal_words(words)

    def _fill_generated(self, phrase: str) -> None:
        """Put a generated passphrase in both new fields (the panel shows it)."""
        self.error.clear_message()
        self.new.setText(phrase)
        self.repeat.setText(phrase)
        (self.primary if self.current.text() else self.current).setFocus()

    def _inputs(self) -> list[QWidget]:
        return [self.current, self.new, self.repeat, self.generator.button]

    def working_text(self) -> str:
        return self.tr("Changing the passphrase… this takes a few seconds.")

    def submit(self) -> None:
        if self._busy:
            return
        current, new, repeat = self.current.text(), self.new.text(), self.repeat.text()
        if not current:
            self.error.show_message(self.tr("Type the current passphrase of this vault."))
            self.current.setFocus()
            return
        strength = self.meter.update_for(new)
        if strength is None:
            self.error.show_message(self.tr("Type a new passphrase."))
            self.new.setFocus()
            return
        if not strength.acceptable:
            self.error.show_message(
                self.tr(
                    "The new passphrase is too easy to guess. Follow the advice under the "
                    "field: a short sentence of uncommon words works best."
                )
            )
            self.new.setFocus()
            return
        if new != repeat:
            self.error.show_message(
                self.tr("The two new passphrases differ. Repeat the new passphrase exactly.")
            )
            self._renew("repeat")
            self.repeat.setFocus()
            return
        self.error.clear_message()
        self._clear_secrets()
        self.change_requested.emit(current, new)

    def _clear_secrets(self) -> None:
        self._renew("current", "new", "repeat")
        self.meter.clear()
        self.generator.forget()


class BackupDialog(CareDialog):
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


class RestoreDialog(CareDialog):
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


class IntegrityDialog(CareDialog):
    """Starts the check at once, shows progress, then the result."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check the vault"), self.tr("C&heck now"), parent)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Tafelboek reads every page of the vault and checks that nothing is "
                    "damaged or was changed outside Tafelboek. Nothing is written."
                )
            )
        )
        self._finish_body()

    def working_text(self) -> str:
        return self.tr("Checking the vault…")

    def submit(self) -> None:
        if not self._busy:
            self.check_requested.emit()


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


# ---------------------------------------------------------------------- controller
class VaultCare(QObject):
    """Opens the care dialogs of one main window and runs their work on the pool."""

    finished_work = Signal(str, object)
    """``(task, outcome)``: task is passphrase/backup/restore/check; outcome an
    :class:`~vault.ErrorCode`, ``None`` (unexpected failure) or the result object."""

    def __init__(
        self, host: CareHost, session: VaultSession, context: AppContext, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._window = host
        self._parent = parent
        """The window the dialogs belong to."""
        self._session = session
        self._context = context
        self._job: Task | None = None
        self.dialog: CareDialog | None = None
        self.reminder = BackupReminder()
        """Shown by the window above the notebook's warnings."""
        self.reminder.backup_requested.connect(self.make_backup)

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._job is not None

    def window_closing(self) -> None:
        """The window closes (its runner abandoned every queued result)."""
        self._job = None
        if self.dialog is not None:
            self.dialog.set_busy(False)

    def _open(self, dialog: CareDialog, *, tracked: bool = True) -> None:
        self._close_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.forget(dialog))
        if tracked:
            self._window.track_content_dialog(dialog)  # closed by a lock (P12)
        dialog.open()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and not dialog.is_busy:
            dialog.reject()

    def forget(self, dialog: CareDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(
        self,
        task: str,
        work: Work,
        succeeded: Callable[[object], None],
        failed: Callable[[ErrorCode | None], None],
    ) -> None:
        """Run ``work`` on the session's runner; a result the window no longer waits for
        (it was closed) never arrives."""

        def on_succeeded(outcome: object) -> None:
            self._job = None
            succeeded(outcome)

        def on_failed(failure: Failure) -> None:
            self._job = None
            failed(error_code(failure))

        dialog = self.dialog
        self._job = self._session.runner.start(
            work,
            succeeded=on_succeeded,
            failed=on_failed,
            progress=dialog.show_progress if dialog is not None else None,
            what=f"vault care ({task})",
        )

    def _can_start(self) -> bool:
        session = self._session
        return session.vault is not None and not session.is_busy and not self.busy

    # ------------------------------------------------------------------ passphrase
    @Slot()
    def change_passphrase(self) -> None:
        if not self._can_start():
            return
        dialog = ChangePassphraseDialog(self._parent)
        vault = self._session.vault
        own = []
        if vault is not None:
            own = [*vault_file_words(vault.path), *vault.care.personal_words()]
        dialog.set_personal_words([*local_personal_words(), *own])
        dialog.change_requested.connect(self._change_passphrase)
        self._open(dialog)

    def _change_passphrase(self, current: str, new: str) -> None:
        vault, dialog = self._session.vault, self.dialog
        if vault is None or dialog is None or self.busy or self._session.is_busy:
            return
        if not self._window.hold_vault(True):
            dialog.show_error(self._unsaved_text())
            return
        dialog.set_busy(True)
        kdf = self._context.kdf

        def work(progress: ProgressCallback) -> None:
            vault.care.change_passphrase(current, new, kdf=kdf, progress=progress)

        self._run("passphrase", work, self._passphrase_changed, self._passphrase_failed)

    def _passphrase_changed(self, _vault: object) -> None:
        self._window.hold_vault(False, refresh=True)
        if self.dialog is not None:
            self.dialog.show_done(
                self.tr("The passphrase has been changed"),
                self.tr(
                    "From now on you unlock the vault with the new passphrase. Make a new "
                    "backup soon: earlier backups still open with the old passphrase."
                ),
            )
        self.finished_work.emit("passphrase", True)
        self._window.lock_if_asked()

    def _passphrase_failed(self, code: ErrorCode | None) -> None:
        self._fail("passphrase", code)

    # ------------------------------------------------------------------ backup
    @Slot()
    def make_backup(self) -> None:
        if not self._can_start():
            return
        ctx = self._context
        folder = default_backup_folder(ctx.vault_dir)
        target = free_name(folder / default_backup_name(ctx.clock.now()))
        dialog = BackupDialog(target, self._parent)
        dialog.backup_requested.connect(self._make_backup)
        dialog.choose_requested.connect(self._choose_backup_target)
        self._open(dialog)

    def _choose_backup_target(self) -> None:
        dialog = self.dialog
        if not isinstance(dialog, BackupDialog) or dialog.is_busy:
            return
        chosen = choose_local_save_file(
            self._context.prompts,
            dialog,
            self.tr("Save the backup as"),
            dialog.target,
            self.tr("Tafelboek backups") + f" (*{SUFFIX})",
            kind=SaveKind.BACKUP,
            fallback=self._context.vault_dir,
        )
        if self.dialog is not dialog or not shiboken6.isValid(dialog):
            return  # a lock closed the dialog while the question was open
        if chosen is not None:
            if chosen.suffix != SUFFIX:
                chosen = chosen.with_name(chosen.name + SUFFIX)
            # The save dialog asked before replacing an existing file.
            dialog.set_target(chosen, replace_confirmed=True)
        (dialog.primary if dialog.passphrase.text() else dialog.passphrase).setFocus()

    def _make_backup(self, passphrase: str) -> None:
        vault, dialog = self._session.vault, self.dialog
        if vault is None or not isinstance(dialog, BackupDialog) or self.busy:
            return
        if self._session.is_busy:
            return
        target, overwrite = dialog.target, dialog.replace_confirmed
        if not self._window.hold_vault(True):
            dialog.show_error(self._unsaved_text())
            return
        dialog.set_busy(True)
        clock = vault.clock

        def work(progress: ProgressCallback) -> object:
            started = time.monotonic()
            written = vault.care.backup(
                target, passphrase=passphrase, overwrite=overwrite, progress=progress
            )
            return BackupOutcome(
                written, written.stat().st_size, time.monotonic() - started, clock.now()
            )

        self._run("backup", work, self._backup_made, self._backup_failed)

    def _backup_made(self, outcome: object) -> None:
        assert isinstance(outcome, BackupOutcome)
        self._window.hold_vault(False)
        self.reminder.clear_message()
        if self.dialog is not None:
            locale = QLocale()
            text = (
                self.tr(
                    "The backup was written and checked: it opens with your passphrase and "
                    "holds everything. Keep it somewhere safe, away from this computer.\n\n"
                    "File: %1\nFolder: %2\nSize: %3\nMade on %4, in %5 seconds."
                )
                .replace("%1", outcome.path.name)
                .replace("%2", str(outcome.path.parent))
                .replace("%3", data_size(outcome.size_bytes))
                .replace("%4", long_date_time(outcome.made_at.astimezone(), ui_language()))
                .replace("%5", locale.toString(max(outcome.seconds, 0.1), "f", 1))
            )
            self.dialog.show_done(self.tr("The backup is ready"), text)
        self.finished_work.emit("backup", outcome)
        self._window.lock_if_asked()

    def _backup_failed(self, code: ErrorCode | None) -> None:
        self._fail("backup", code)

    # ------------------------------------------------------------------ check
    @Slot()
    def check_vault(self) -> None:
        if not self._can_start():
            return
        dialog = IntegrityDialog(self._parent)
        dialog.check_requested.connect(self._check)
        self._open(dialog)

    def _check(self) -> None:
        vault, dialog = self._session.vault, self.dialog
        if vault is None or dialog is None or self.busy or self._session.is_busy:
            return
        if not self._window.hold_vault(True):
            dialog.show_error(self._unsaved_text())
            return
        dialog.set_busy(True)

        def work(_progress: ProgressCallback) -> object:
            return vault.care.integrity_check()

        self._run("check", work, self._checked, self._check_failed)

    def _checked(self, report: object) -> None:
        assert isinstance(report, IntegrityReport)
        self._window.hold_vault(False)
        if self.dialog is not None:
            if report.ok:
                self.dialog.show_done(
                    self.tr("No problems found"),
                    self.tr(
                        "Every page of the vault was read and is intact. Nothing needs to be done."
                    ),
                )
            else:
                count = len(report.cipher_errors) + len(report.structure_errors)
                advice = self.tr(
                    "Keep working as little as possible: make no backup over an older one, "
                    "restore your most recent backup (Vault menu, “Restore a backup…”) and "
                    "ask IT for help."
                )
                if count == 1:
                    found = self.tr("One problem was found.")
                else:
                    found = self.tr("%1 problems were found.").replace("%1", str(count))
                self.dialog.show_done(self.tr("The vault is damaged"), f"{found} {advice}")
        self.finished_work.emit("check", report)
        self._window.lock_if_asked()

    def _check_failed(self, code: ErrorCode | None) -> None:
        self._fail("check", code)

    # ------------------------------------------------------------------ restore
    @Slot()
    def restore_backup(self) -> None:
        """Restore over the vault shown now (unlocked or not), or where one is created."""
        if self._session.is_busy or self.busy:
            return
        dialog = RestoreDialog(self._window.vault_path, self._parent)
        dialog.choose_requested.connect(self._choose_backup_file)
        dialog.restore_requested.connect(self._restore)
        self._open(dialog, tracked=False)

    def _choose_backup_file(self) -> None:
        dialog = self.dialog
        if not isinstance(dialog, RestoreDialog) or dialog.is_busy:
            return
        start = default_backup_folder(self._context.vault_dir)
        chosen = self._context.prompts.choose_backup_file(dialog, start)
        if chosen is not None:
            dialog.set_backup(chosen)

    def _restore(self, passphrase: str) -> None:
        window, dialog = self._window, self.dialog
        if not isinstance(dialog, RestoreDialog) or dialog.backup is None or self.busy:
            return
        if self._session.is_busy:
            return
        backup, target = dialog.backup, dialog.target
        if self._session.vault is not None:
            # Saves (or keeps unsaved text in memory) and closes: only a closed vault file
            # may be replaced. The unlock form then shows this vault.
            window.lock()
        window.set_unlocking_busy(True)
        dialog.set_busy(True)
        clock, word = self._context.clock, set_aside_word()

        def work(progress: ProgressCallback) -> object:
            # The vault as it is now (encrypted) is kept beside it before it is replaced.
            return restore(
                backup,
                target,
                passphrase,
                overwrite=True,
                keep_previous=True,
                progress=progress,
                clock=clock,
                aside_word=word,
            )

        self._run("restore", work, self._restored, self._restore_failed)

    def _restored(self, outcome: object) -> None:
        assert isinstance(outcome, RestoreResult)
        window = self._window
        window.detach_drafts(outcome.target)  # kept text goes in as new notes, never over others
        window.show_unlock(outcome.target)
        if self.dialog is not None:
            text = self.tr(
                "The backup was checked and is now your vault. Unlock it with the "
                "passphrase of the backup."
            )
            if outcome.kept_previous is not None:
                text += "\n\n" + self.tr(
                    "The vault as it was before is kept as %1 in the same folder. Delete "
                    "it once you are sure you no longer need it."
                ).replace("%1", outcome.kept_previous.name)
            self.dialog.show_done(self.tr("The backup has been restored"), text)
        self.finished_work.emit("restore", outcome)

    def _restore_failed(self, code: ErrorCode | None) -> None:
        self._window.set_unlocking_busy(False)
        if self.dialog is not None:
            self.dialog.show_error(care_error_message("restore", code))
        self.finished_work.emit("restore", code)

    # ------------------------------------------------------------------ shared
    def _fail(self, task: str, code: ErrorCode | None) -> None:
        window = self._window
        window.hold_vault(False, refresh=True)
        vault = self._session.vault
        if vault is not None and not vault.is_open:
            # The vault could not be reopened after the failure: lock, say what happened.
            if self.dialog is not None:
                self.dialog.set_busy(False)  # else a busy dialog refuses to close at lock
            window.lock()
            window.show_unlock_error(error_message(code))
        elif self.dialog is not None:
            self.dialog.show_error(care_error_message(task, code))
        self.finished_work.emit(task, code)
        window.lock_if_asked()

    def _unsaved_text(self) -> str:
        return self.tr(
            "Your latest edits could not be saved, so nothing was done. Close this "
            "window, save your text, then try again."
        )

    # ------------------------------------------------------------------ reminder
    def vault_opened(self) -> None:
        """After unlocking: remind of a backup when the last one is too long ago."""
        vault = self._session.vault
        self.reminder.clear_message()
        if vault is None:
            return
        days = self._context.settings.backup_reminder_days
        try:
            if vault.care.backup_overdue(days=days):
                self.reminder.show_since(vault.care.last_backup_at(), vault.clock.now())
        except VaultError:
            pass  # the notebook shows errors reading the vault already

    def vault_locked(self) -> None:
        self.reminder.clear_message()
