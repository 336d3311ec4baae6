"""“Generate a passphrase”: the easy path to a strong one, shown once to be written down.

:func:`vault.strength.generate_passphrase` draws the words (6 for a vault, 78 bits; 4 for
a PDF, 52 bits) with :mod:`secrets`. The form that holds this widget fills both of its
fields with the phrase; the widget shows it once in readable form with the advice to
write it on paper. The phrase is never put on the clipboard and cannot be selected or
copied from the screen; it is cleared as soon as the user types in the fields, the form
is used or closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.widgets.basics import name_after_text
from vault.strength import PDF_POLICY, VAULT_POLICY, Policy, generate_passphrase, generated_bits


class GeneratedPassphrase(QWidget):
    """A button that makes a passphrase, and the panel that shows it once."""

    generated = Signal(str)
    """Carries the new passphrase: the owner fills its fields with it."""

    def __init__(self, policy: Policy = VAULT_POLICY) -> None:
        super().__init__()
        self.policy = policy
        words = policy.generated_words
        bits = round(generated_bits(words))
        self.button = QPushButton(self.tr("&Generate a passphrase"))
        self.button.setMinimumHeight(30)
        # Enter in a field submits the form; it never makes a new passphrase.
        self.button.setAutoDefault(False)
        name_after_text(self.button)
        self.button.setToolTip(
            self.tr("Tafelboek chooses %1 random Dutch words (%2 bits) and fills them in.")
            .replace("%1", str(words))
            .replace("%2", str(bits))
        )
        self.button.clicked.connect(self.generate)

        self.panel = QFrame()
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.phrase = QLabel()
        self.phrase.setTextFormat(Qt.TextFormat.PlainText)
        # Readable, but not selectable: nothing to copy (and no context menu to copy with).
        self.phrase.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.phrase.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.phrase.setWordWrap(True)
        self.phrase.setAccessibleName(self.tr("Generated passphrase"))
        font = self.phrase.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.phrase.setFont(font)
        self.advice = QLabel(self._advice_text())
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(4)
        inner.addWidget(self.phrase)
        inner.addWidget(self.advice)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.panel)
        self.panel.hide()

    def _advice_text(self) -> str:
        if self.policy == PDF_POLICY:
            return self.tr(
                "Filled in both fields. Write it down now: it is shown only this once. Give "
                "it to the recipient in another way than the file, for example by phone."
            )
        return self.tr(
            "Filled in both fields. Write it on paper now and keep the paper somewhere "
            "safe, away from this computer: it is shown only this once, and nobody can "
            "recover it for you."
        )

    @property
    def showing(self) -> bool:
        """A generated passphrase is on screen."""
        return not self.panel.isHidden()

    def generate(self) -> None:
        """Make a new passphrase, show it, and hand it to the owner's fields."""
        phrase = generate_passphrase(self.policy)
        self.phrase.setText(phrase)
        self.panel.show()
        self.generated.emit(phrase)

    def forget(self) -> None:
        """Take the passphrase off the screen (typing, submitting, closing)."""
        self.phrase.clear()
        self.panel.hide()
