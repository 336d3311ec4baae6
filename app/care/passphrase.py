"""Changing the passphrase of the open vault: the dialog (vault care).

The current passphrase once, the new one twice with the strength meter and the
generator. :class:`app.care.vault_care.VaultCare` runs the change
(:meth:`vault.api.UnlockedVault` ``care.change_passphrase``: a crash-safe copy, verified).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.dialogs.task_dialog import TaskDialog
from app.widgets.basics import Notice, label_for, paragraph, passphrase_edit
from app.widgets.new_passphrase import NewPassphraseFields
from app.widgets.passphrase_generator import GeneratedPassphrase
from app.widgets.strength_meter import StrengthMeter


class ChangePassphraseDialog(TaskDialog):
    """Current passphrase once, the new one twice, with the strength meter."""

    change_requested = Signal(str, str)
    """Carries the current and the new passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the passphrase"), self.tr("C&hange"), parent)
        self.current = passphrase_edit()
        self.new_passphrase = NewPassphraseFields(
            self.tr("&New passphrase"), self.tr("&Repeat the new passphrase"), gap=4
        )
        self.new_passphrase.submitted.connect(self.submit)
        self.new_passphrase.filled.connect(self._on_generated)
        self.new_passphrase.renewed.connect(lambda: self._wire(()))
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
        body.addWidget(self.new_passphrase)
        body.addWidget(
            Notice(
                self.tr("A forgotten passphrase cannot be recovered"),
                self.tr("Nobody can reset it for you — not even IT. Choose one you will remember."),
            )
        )
        self._finish_body()
        self._wire(("current",))

    # The new passphrase's fields are the NewPassphraseFields' own (renewed there).
    @property
    def new(self) -> QLineEdit:
        return self.new_passphrase.passphrase

    @property
    def repeat(self) -> QLineEdit:
        return self.new_passphrase.repeat

    @property
    def meter(self) -> StrengthMeter:
        return self.new_passphrase.meter

    @property
    def generator(self) -> GeneratedPassphrase:
        return self.new_passphrase.generator

    def _wire(self, names: tuple[str, ...]) -> None:
        if "current" in names:
            self.current.returnPressed.connect(self.submit)
        self.new_passphrase.chain(self.current, self.primary)
        self.setTabOrder(self.primary, self.cancel)

    def set_personal_words(self, words: list[str]) -> None:
        self.new_passphrase.set_personal_words(words)

    def _on_generated(self) -> None:
        """A generated passphrase is in both new fields (the panel shows it)."""
        self.error.clear_message()
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
            self.new_passphrase.renew("repeat")
            self.repeat.setFocus()
            return
        self.error.clear_message()
        self._clear_secrets()
        self.change_requested.emit(current, new)

    def _clear_secrets(self) -> None:
        self._renew("current")
        self.new_passphrase.forget()
