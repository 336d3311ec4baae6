"""Strengthening the open vault: re-encrypted under its own passphrase with today's
key-derivation settings, when it is protected below today's floor (review L2).

:class:`Strengthening` (one per main window) opens :class:`app.dialogs.strengthen.StrengthenDialog`,
holds the vault in the session while the work runs on the session's task runner (the
connection is closed and reopened: edits are saved first and nothing else may reach the
vault), and tells the dialog what came of it. Like vault care it never imports the
window: what it needs of it is a :class:`StrengthenHost`, passed in.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.dialogs.strengthen import StrengthenDialog
from app.session.context import AppContext
from app.session.tasks import Failure, error_code
from app.session.vault_session import Hold, VaultSession
from app.wording.messages import error_message, strengthen_error_message
from vault.kdf import KdfParams, ProgressCallback


class StrengthenHost(Protocol):
    """What strengthening needs of the window it serves (passed in, never imported)."""

    def save_pending_edits(self) -> bool: ...

    def set_working(self, working: bool) -> None: ...

    def refresh_protection(self) -> None: ...

    def lock(self) -> None: ...

    def lock_if_asked(self) -> None: ...

    def show_unlock_error(self, text: str) -> None: ...

    def dialog_closed(self) -> None: ...


class Strengthening(QObject):
    """Offers strengthening, runs it on the session's runner, reports the outcome."""

    strengthened = Signal()
    """The open vault was re-encrypted under its own passphrase with today's settings."""
    failed = Signal(object)
    """Carries the :class:`~vault.ErrorCode` (or ``None``) when strengthening did not happen."""

    def __init__(
        self, host: StrengthenHost, session: VaultSession, context: AppContext, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self._session = session
        self._context = context
        self.dialog: StrengthenDialog | None = None
        self._kdf_before: KdfParams | None = None  # the vault's cost when strengthening began

    @Slot()
    def offer(self) -> None:
        """Open the dialog that re-encrypts a weakly protected vault (same passphrase)."""
        if self._session.vault is None or self._session.is_busy:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = StrengthenDialog(self._parent)
        dialog.strengthen_requested.connect(self._strengthen)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()  # window-modal, and returns at once: the event loop keeps running

    @Slot(str)
    def _strengthen(self, passphrase: str) -> None:
        session, dialog = self._session, self.dialog
        vault = session.vault
        if vault is None or dialog is None or session.is_busy:
            return
        # The vault's connection is closed and reopened during the work: save now, then
        # let nothing else reach the vault until it is done.
        if not self._host.save_pending_edits():
            dialog.show_error(
                self.tr(
                    "Your latest edits could not be saved, so nothing was changed. Close "
                    "this window, save your text, then try again."
                )
            )
            return
        session.hold(Hold.STRENGTHEN)
        self._kdf_before = vault.kdf
        self._host.set_working(True)
        dialog.set_busy(True)
        kdf = self._context.kdf

        def work(progress: ProgressCallback) -> None:
            vault.care.change_passphrase(passphrase, passphrase, kdf=kdf, progress=progress)

        session.runner.start(
            work,
            progress=dialog.show_progress,
            succeeded=self._on_strengthened,
            failed=self._on_failed,
            what="strengthening",
        )

    def end(self) -> None:
        """Let go of the vault and give the window back (also when it closes meanwhile)."""
        self._session.release()
        self._host.set_working(False)
        if self.dialog is not None:
            self.dialog.set_busy(False)

    def _on_strengthened(self, _outcome: object) -> None:
        vault = self._session.vault
        if not self._session.strengthening or vault is None:
            return  # the window was closed meanwhile
        self.end()
        self._host.refresh_protection()
        if self.dialog is not None:
            before, after = self._kdf_before, vault.kdf
            stronger = before is None or (
                after.memory_kib * after.iterations > before.memory_kib * before.iterations
            )
            self.dialog.show_done(strengthened=stronger and not after.below_floor)
        self.strengthened.emit()
        self._host.lock_if_asked()

    def _on_failed(self, failure: Failure) -> None:
        if not self._session.strengthening:
            return  # the window was closed meanwhile
        code = error_code(failure)
        self.end()
        vault = self._session.vault
        if vault is not None and not vault.is_open:
            # The vault could not be reopened after the failure: lock, say what happened.
            self._session.lock_waiting = False
            self._host.lock()
            self._host.show_unlock_error(error_message(code))
        else:
            self._host.refresh_protection()
            if self.dialog is not None:
                self.dialog.show_error(strengthen_error_message(code))
        self.failed.emit(code)
        self._host.lock_if_asked()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._host.dialog_closed()
