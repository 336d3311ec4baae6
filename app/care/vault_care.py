"""Vault care: change the passphrase, make and restore backups, check the vault.

This module is the controller; the dialogs live beside it: :mod:`app.care.passphrase`,
:mod:`app.care.backup` (with the reminder), :mod:`app.care.restore`,
:mod:`app.care.integrity`, all on :class:`app.dialogs.task_dialog.TaskDialog`.

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
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from app.care.backup import (
    BackupDialog,
    BackupOutcome,
    BackupReminder,
    data_size,
    default_backup_folder,
    default_backup_name,
    free_name,
)
from app.care.integrity import IntegrityDialog
from app.care.passphrase import ChangePassphraseDialog
from app.care.restore import RestoreDialog, set_aside_word
from app.dialogs.prompts import SaveKind
from app.dialogs.task_dialog import TaskDialog
from app.platform.i18n import ui_language
from app.platform.save_places import choose_local_save_file
from app.session.context import AppContext
from app.session.tasks import Failure, Task, Work, error_code
from app.session.vault_session import VaultSession
from app.widgets.strength_meter import local_personal_words
from app.wording.messages import error_message, strengthen_error_message
from vault import RestoreResult, restore
from vault.api import SUFFIX, IntegrityReport
from vault.dates import long_date_time
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
        self.dialog: TaskDialog | None = None
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

    def _open(self, dialog: TaskDialog, *, tracked: bool = True) -> None:
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

    def forget(self, dialog: TaskDialog) -> None:
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
            self.dialog.show_outcome(
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
            self.dialog.show_outcome(self.tr("The backup is ready"), text)
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
                self.dialog.show_outcome(
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
                self.dialog.show_outcome(self.tr("The vault is damaged"), f"{found} {advice}")
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
            self.dialog.show_outcome(self.tr("The backup has been restored"), text)
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
