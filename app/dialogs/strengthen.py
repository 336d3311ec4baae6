"""Strengthening a vault whose key derivation is below today's floor (same passphrase).

The dialog (a :class:`app.dialogs.task_dialog.TaskDialog`) only asks for the current
passphrase and shows state; :class:`app.window.MainWindow` runs the slow re-encryption on
its session's task runner and tells the dialog what happened. The
passphrase leaves the dialog only through :attr:`StrengthenDialog.strengthen_requested`
and is cleared from the field as soon as it was sent.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.dialogs.task_dialog import TaskDialog
from app.widgets.basics import label_for, paragraph, passphrase_edit


class StrengthenDialog(TaskDialog):
    """Asks the current passphrase once, then shows progress and the outcome."""

    strengthen_requested = Signal(str)
    """Carries the current passphrase (used as both old and new passphrase)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Strengthen the protection"), self.tr("&Strengthen"), parent, min_width=460
        )
        self.passphrase = passphrase_edit()
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Tafelboek will protect this vault with the stronger settings it uses "
                    "today. You keep the same passphrase, and nothing else changes: your "
                    "notes stay exactly as they are."
                )
            )
        )
        self.body.addWidget(
            paragraph(
                self.tr(
                    "It takes a few seconds. Meanwhile the notebook waits; your latest "
                    "edits are saved first."
                )
            )
        )
        self.body.addSpacing(8)
        self.body.addWidget(label_for(self.tr("Current &passphrase"), self.passphrase))
        self.body.addWidget(self.passphrase)
        self._finish_body()
        self._wire(("passphrase",))

    def _wire(self, names: tuple[str, ...]) -> None:
        if "passphrase" in names:
            self.passphrase.returnPressed.connect(self.submit)
        self.setTabOrder(self.passphrase, self.primary)
        self.setTabOrder(self.primary, self.cancel)

    def _forget_passphrase(self) -> None:
        """A new field instead of a cleared one: Qt's undo history of a line edit keeps
        every typed character until the widget is deleted (widgets.replace_passphrase_edit)."""
        self._renew("passphrase")

    def submit(self) -> None:
        """Send the typed passphrase on; the field is emptied straight away."""
        if self._busy:
            return
        text = self.passphrase.text()
        if not text:
            self.error.show_message(self.tr("Type the passphrase of this vault."))
            self.passphrase.setFocus()
            return
        self.error.clear_message()
        self._forget_passphrase()
        self.strengthen_requested.emit(text)

    def _inputs(self) -> list[QWidget]:
        return [self.passphrase]

    def working_text(self) -> str:
        return self.tr("Strengthening the protection… this takes a few seconds.")

    def _clear_secrets(self) -> None:
        self._forget_passphrase()

    def show_done(self, strengthened: bool) -> None:
        """The work finished: confirm it (or say the protection could not be raised)."""
        if strengthened:
            title = self.tr("The vault is better protected now")
            text = self.tr(
                "You unlock it with the same passphrase as before, and your notes are unchanged."
            )
        else:
            title = self.tr("The protection is unchanged")
            text = self.tr(
                "The vault was saved again, but this computer could not give it the "
                "stronger protection. Your passphrase and your notes stayed the same."
            )
        self.show_outcome(title, text)
