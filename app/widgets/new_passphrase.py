"""A new passphrase, typed twice, with its strength meter and the generator — written once.

Creating a vault, changing its passphrase and protecting a PDF all ask for a new secret
the same way: the secret, the strength meter under it, the secret again, and a button
that generates one (shown to write down, put in both fields). :class:`NewPassphraseFields`
is that column. Its host supplies the labels (translated in the host's own context, so
the wording and its mnemonics stay the host's), checks the fields when the user submits,
and keeps its own error line (it may pass it in as an extra, placed under the repeat
field).

Forgetting means new fields, never cleared ones: Qt keeps every typed character of a
line edit in its undo history until the widget is deleted (security review M3,
:func:`app.widgets.basics.replace_passphrase_edit`). After fields were renewed,
:attr:`NewPassphraseFields.renewed` tells the host to chain its tab order again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.widgets.basics import RenewablePassphrases, label_for, passphrase_edit
from app.widgets.passphrase_generator import GeneratedPassphrase
from app.widgets.strength_meter import StrengthMeter
from vault.strength import VAULT_POLICY, Policy

FIELDS = ("passphrase", "repeat")


class NewPassphraseFields(RenewablePassphrases, QWidget):
    """The new passphrase, the meter, the repeat field, any extras, the generator."""

    submitted = Signal()
    """Enter was pressed in one of the two fields."""
    edited = Signal()
    """The user typed in one of the two fields (a host clears its error line)."""
    filled = Signal()
    """A generated passphrase was put in both fields."""
    renewed = Signal()
    """Fields were replaced by new ones: the host sets its tab order again."""

    def __init__(
        self,
        passphrase_label: str,
        repeat_label: str,
        *,
        policy: Policy = VAULT_POLICY,
        gap: int = 0,
        extras: Sequence[QWidget] = (),
    ) -> None:
        super().__init__()
        self.passphrase: QLineEdit = passphrase_edit()
        self.repeat: QLineEdit = passphrase_edit()
        self.meter = StrengthMeter(policy)
        self.generator = GeneratedPassphrase(policy)
        self.passphrase_label = label_for(passphrase_label, self.passphrase)
        self.repeat_label = label_for(repeat_label, self.repeat)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.passphrase_label)
        column.addWidget(self.passphrase)
        column.addWidget(self.meter)
        if gap:
            column.addSpacing(gap)
        column.addWidget(self.repeat_label)
        column.addWidget(self.repeat)
        for extra in extras:
            column.addWidget(extra)
        column.addWidget(self.generator)
        self.generator.generated.connect(self._fill_generated)
        self._wire(FIELDS)

    def _wire(self, names: tuple[str, ...]) -> None:
        """Connect the named (new) fields only; a kept field is connected already."""
        if "passphrase" in names:
            self.passphrase.textChanged.connect(self.meter.update_for)
        for name in names:
            field: QLineEdit = getattr(self, name)
            field.returnPressed.connect(self.submitted)
            field.textEdited.connect(self.edited)
            # Typing over a generated passphrase: it is no longer the one shown.
            field.textEdited.connect(self.generator.forget)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.generator.button)
        if names:
            self.renewed.emit()

    def inputs(self) -> list[QWidget]:
        """The widgets that take input, in tab order."""
        return [self.passphrase, self.repeat, self.generator.button]

    def chain(self, before: QWidget | None, after: QWidget | None) -> None:
        """Put the fields in the host's tab order, between ``before`` and ``after``."""
        if before is not None:
            QWidget.setTabOrder(before, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.generator.button)
        if after is not None:
            QWidget.setTabOrder(self.generator.button, after)

    def texts(self) -> tuple[str, str]:
        """What the two fields hold now."""
        return self.passphrase.text(), self.repeat.text()

    def renew(self, *names: str) -> None:
        """New, empty fields for the named ones (both when none is named)."""
        self._renew(*(names or FIELDS))

    def forget(self) -> None:
        """Forget everything: new fields, an empty meter, no generated passphrase shown."""
        self.renew()
        self.meter.clear()
        self.generator.forget()

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.passphrase_label,
            self.passphrase,
            self.repeat_label,
            self.repeat,
            self.generator.button,
        ):
            widget.setEnabled(enabled)

    def set_personal_words(self, words: Iterable[str]) -> None:
        """Words about the user the strength meter counts as easy guesses."""
        self.meter.set_personal_words(words)

    def _fill_generated(self, phrase: str) -> None:
        """Put a generated passphrase in both fields (the panel shows it to write down)."""
        self.passphrase.setText(phrase)
        self.repeat.setText(phrase)
        self.filled.emit()
