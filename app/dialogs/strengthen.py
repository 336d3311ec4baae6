"""Strengthening a vault whose key derivation is below today's floor (same passphrase).

The dialog only asks for the current passphrase and shows state; :class:`app.window.MainWindow`
runs the slow re-encryption on its thread pool and tells the dialog what happened. The
passphrase leaves the dialog only through :attr:`StrengthenDialog.strengthen_requested`
and is cleared from the field as soon as it was sent.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session.context import APP_NAME
from app.widgets.basics import (
    BusyIndicator,
    ErrorLabel,
    RenewablePassphrases,
    heading,
    label_for,
    name_after_text,
    paragraph,
    passphrase_edit,
)


class StrengthenDialog(RenewablePassphrases, QDialog):
    """Asks the current passphrase once, then shows progress and the outcome."""

    strengthen_requested = Signal(str)
    """Carries the current passphrase (used as both old and new passphrase)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        # Like every window: the product name only, never content (rule P2).
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("Strengthen the protection"))
        self.setMinimumWidth(460)

        self.passphrase = passphrase_edit()
        self.error = ErrorLabel()
        self.busy = BusyIndicator()
        self.primary = QPushButton(self.tr("&Strengthen"))
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

        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.setSpacing(6)
        ask_layout.addWidget(heading(self.tr("Strengthen the protection"), scale=1.35))
        ask_layout.addWidget(
            paragraph(
                self.tr(
                    "Tafelboek will protect this vault with the stronger settings it uses "
                    "today. You keep the same passphrase, and nothing else changes: your "
                    "notes stay exactly as they are."
                )
            )
        )
        ask_layout.addWidget(
            paragraph(
                self.tr(
                    "It takes a few seconds. Meanwhile the notebook waits; your latest "
                    "edits are saved first."
                )
            )
        )
        ask_layout.addSpacing(8)
        ask_layout.addWidget(label_for(self.tr("Current &passphrase"), self.passphrase))
        ask_layout.addWidget(self.passphrase)
        ask_layout.addWidget(self.error)
        ask_layout.addSpacing(6)
        ask_layout.addWidget(self.busy)
        ask_layout.addStretch(1)
        ask_buttons = QHBoxLayout()
        ask_buttons.addStretch(1)
        ask_buttons.addWidget(self.cancel)
        ask_buttons.addWidget(self.primary)
        ask_layout.addLayout(ask_buttons)

        done = QWidget()
        done_layout = QVBoxLayout(done)
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

        # Two pages, one shown at a time; not a stacked widget, so that the short
        # confirmation does not keep the height of the question.
        self.ask_page = ask
        self.done_page = done
        done.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(ask)
        layout.addWidget(done)

        self._wire(("passphrase",))
        self.primary.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._forget_input)

    def _wire(self, names: tuple[str, ...]) -> None:
        if "passphrase" in names:
            self.passphrase.returnPressed.connect(self.submit)
        self.setTabOrder(self.passphrase, self.primary)
        self.setTabOrder(self.primary, self.cancel)

    def _forget_passphrase(self) -> None:
        """A new field instead of a cleared one: Qt's undo history of a line edit keeps
        every typed character until the widget is deleted (widgets.replace_passphrase_edit)."""
        self._renew("passphrase")

    # ------------------------------------------------------------------ state
    @property
    def is_busy(self) -> bool:
        return self._busy

    def current_page(self) -> QWidget:
        return self.done_page if self.done_page.isVisibleTo(self) else self.ask_page

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

    def set_busy(self, busy: bool) -> None:
        """Disable input while the work runs; the dialog cannot be closed meanwhile."""
        self._busy = busy
        for widget in (self.passphrase, self.primary, self.cancel):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear_message()
            self.busy.start(self._working_text())
        else:
            self.busy.stop()

    def _working_text(self) -> str:
        return self.tr("Strengthening the protection… this takes a few seconds.")

    def show_progress(self, fraction: float) -> None:
        if self._busy:
            self.busy.set_fraction(fraction, self._working_text())

    def show_error(self, text: str) -> None:
        """Nothing happened: say why, and let the user try again or cancel."""
        self.set_busy(False)
        self._forget_passphrase()
        self.error.show_message(text)
        self.passphrase.setFocus()

    def show_done(self, strengthened: bool) -> None:
        """The work finished: confirm it (or say the protection could not be raised)."""
        self.set_busy(False)
        self._forget_passphrase()
        if strengthened:
            self.done_title.setText(self.tr("The vault is better protected now"))
            text = self.tr(
                "You unlock it with the same passphrase as before, and your notes are unchanged."
            )
        else:
            self.done_title.setText(self.tr("The protection is unchanged"))
            text = self.tr(
                "The vault was saved again, but this computer could not give it the "
                "stronger protection. Your passphrase and your notes stayed the same."
            )
        self.outcome.setText(text)
        self.outcome.setAccessibleDescription(text)
        self.ask_page.hide()
        self.done_page.show()
        self.adjustSize()
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_page() is self.ask_page:
            self.passphrase.setFocus()

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        # The re-encryption cannot be interrupted: Escape and the close button wait.
        if self._busy:
            return
        super().reject()

    def _forget_input(self) -> None:
        self._forget_passphrase()
        self.error.clear_message()
