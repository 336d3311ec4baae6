"""The two doors into a vault: the create form and the unlock form.

Both forms only collect input and show state; :class:`app.window.MainWindow` runs the slow
work and tells them what happened. Passphrases leave a form only through its signal and
are cleared from the fields as soon as the work starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.widgets.basics import (
    BusyIndicator,
    ErrorLabel,
    Notice,
    RenewablePassphrases,
    heading,
    label_for,
    name_after_text,
    overline,
    paragraph,
    passphrase_edit,
)
from app.widgets.new_passphrase import NewPassphraseFields
from app.widgets.passphrase_generator import GeneratedPassphrase
from app.widgets.strength_meter import StrengthMeter


class _VaultForm(RenewablePassphrases, QWidget):
    """What both forms share: heading, error line, busy indicator, button row."""

    open_other_requested = Signal()
    demo_requested = Signal()
    """The user wants to try the fictional demo vault."""

    def __init__(self) -> None:
        super().__init__()
        self.error = ErrorLabel()
        self.busy = BusyIndicator()
        self.primary = QPushButton()
        self.primary.setDefault(True)
        self.primary.setMinimumSize(140, 32)
        self.open_other = QPushButton(self.tr("&Open another vault…"))
        self.open_other.setMinimumHeight(32)
        name_after_text(self.open_other)
        self.open_other.clicked.connect(self.open_other_requested)
        self.open_demo = QPushButton(self.tr("Try the de&mo…"))
        self.open_demo.setMinimumHeight(32)
        self.open_demo.setToolTip(
            self.tr("Opens a vault with invented people and meetings, for practice.")
        )
        name_after_text(self.open_demo)
        self.open_demo.clicked.connect(self.demo_requested)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def _start_layout(self, title: str, primary_text: str) -> None:
        self.primary.setText(primary_text)
        name_after_text(self.primary)
        self._layout.addWidget(overline(self.tr("Tafelboek")))
        self._layout.addWidget(heading(title))
        self._layout.addSpacing(4)

    def _finish_layout(self) -> None:
        self._layout.addSpacing(8)
        self._layout.addWidget(self.busy)
        self._layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_other)
        buttons.addWidget(self.open_demo)
        buttons.addStretch(1)
        buttons.addWidget(self.primary)
        self._layout.addLayout(buttons)

    _field_names: tuple[str, ...] = ()
    """The attributes holding passphrase fields, first field first."""

    def _fields(self) -> list[QLineEdit]:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """Disable input while work runs; the busy indicator is driven by the window."""
        for widget in (*self._fields(), self.primary, self.open_other, self.open_demo):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear_message()
        else:
            self.busy.stop()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.show_message(text)
        self._fields()[0].setFocus()

    def reset(self) -> None:
        """Forget everything typed and every message shown."""
        self._renew(*self._field_names)
        self.error.clear_message()
        self.set_busy(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fields()[0].setFocus()


class CreateForm(_VaultForm):
    """First start: choose a passphrase (twice) for a new vault."""

    create_requested = Signal(str)
    """Carries the passphrase once both fields agree."""

    def __init__(self) -> None:
        super().__init__()
        self._start_layout(self.tr("Create your vault"), self.tr("Create &vault"))
        self.location = paragraph()
        self.location.setAccessibleName(self.tr("Location of the new vault"))
        self.warning = Notice(
            self.tr("A forgotten passphrase cannot be recovered"),
            self.tr(
                "Tafelboek keeps no copy of your passphrase. Nobody can recover or reset "
                "it for you — not even IT. Without it, the notes in this vault are lost."
            ),
        )
        hint = paragraph(
            self.tr(
                "Use a sentence of several uncommon words that only you know, or let "
                "Tafelboek make one."
            )
        )
        self.new_passphrase = NewPassphraseFields(
            self.tr("&Passphrase"), self.tr("&Repeat passphrase"), gap=4, extras=(self.error, hint)
        )
        layout = self._layout
        layout.addWidget(
            paragraph(self.tr("Your notes are kept encrypted in one file on this computer:"))
        )
        layout.addWidget(self.location)
        layout.addSpacing(10)
        layout.addWidget(self.new_passphrase)
        layout.addSpacing(10)
        layout.addWidget(self.warning)
        self._finish_layout()

        self._wire(())
        self.new_passphrase.submitted.connect(self.submit)
        self.new_passphrase.filled.connect(self._on_generated)
        self.new_passphrase.renewed.connect(lambda: self._wire(()))
        self.primary.clicked.connect(self.submit)

    # The passphrase fields are the NewPassphraseFields' own (renewed there).
    @property
    def passphrase(self) -> QLineEdit:
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

    def _fields(self) -> list[QLineEdit]:
        return [self.passphrase, self.repeat]

    def _wire(self, names: tuple[str, ...]) -> None:
        self.new_passphrase.chain(None, self.primary)
        self.setTabOrder(self.primary, self.open_other)
        self.setTabOrder(self.open_other, self.open_demo)

    def set_path(self, path: Path) -> None:
        self.location.setText(str(path))

    def set_personal_words(self, words: Iterable[str]) -> None:
        """Words about the user the strength meter counts as easy guesses."""
        self.new_passphrase.set_personal_words(words)

    def reset(self) -> None:
        super().reset()
        self.new_passphrase.forget()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.generator.button.setEnabled(not busy)

    def _on_generated(self) -> None:
        """A generated passphrase is in both fields (the panel shows it to write down)."""
        self.error.clear_message()
        self.primary.setFocus()

    def submit(self) -> None:
        """Check the two fields; emit :attr:`create_requested` when they agree."""
        first, second = self.new_passphrase.texts()
        if not first:
            self.error.show_message(self.tr("Type a passphrase first."))
            self.passphrase.setFocus()
            return
        strength = self.meter.update_for(first)
        if strength is None or not strength.acceptable:
            self.error.show_message(
                self.tr(
                    "This passphrase is too easy to guess. Follow the advice under the "
                    "field: a short sentence of uncommon words works best."
                )
            )
            self.passphrase.setFocus()
            return
        if first != second:
            self.error.show_message(
                self.tr("The two passphrases differ. Repeat the passphrase exactly.")
            )
            self.new_passphrase.renew("repeat")
            self.repeat.setFocus()
            return
        self.error.clear_message()
        self.new_passphrase.renew()
        self.generator.forget()
        self.create_requested.emit(first)


class UnlockForm(_VaultForm):
    """An existing vault: type its passphrase."""

    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._start_layout(self.tr("Unlock your vault"), self.tr("&Unlock"))
        self.passphrase = passphrase_edit()
        self.file_name = paragraph()
        self.file_name.setAccessibleName(self.tr("Vault file"))
        font = self.file_name.font()
        font.setBold(True)
        self.file_name.setFont(font)
        self.folder = paragraph()
        self.folder.setAccessibleName(self.tr("Folder"))
        layout = self._layout
        layout.addWidget(self.file_name)
        layout.addWidget(self.folder)
        layout.addSpacing(10)
        layout.addWidget(label_for(self.tr("&Passphrase"), self.passphrase))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        self._finish_layout()

        self._wire(self._field_names)
        self.primary.clicked.connect(self.submit)

    _field_names = ("passphrase",)

    def _fields(self) -> list[QLineEdit]:
        return [self.passphrase]

    def _wire(self, names: tuple[str, ...]) -> None:
        if "passphrase" in names:
            self.passphrase.returnPressed.connect(self.submit)
        self.setTabOrder(self.passphrase, self.primary)
        self.setTabOrder(self.primary, self.open_other)
        self.setTabOrder(self.open_other, self.open_demo)

    def set_path(self, path: Path) -> None:
        self.file_name.setText(path.name)
        self.folder.setText(self.tr("in %1").replace("%1", str(path.parent)))

    def submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.error.show_message(self.tr("Type the passphrase of this vault."))
            self.passphrase.setFocus()
            return
        self.error.clear_message()
        self._renew("passphrase")
        self.unlock_requested.emit(text)

    def show_wrong_passphrase(self, text: str) -> None:
        """The passphrase did not open the vault: say so, clear the field, focus it."""
        self._renew("passphrase")
        self.show_error(text)
        self.passphrase.setFocus()
