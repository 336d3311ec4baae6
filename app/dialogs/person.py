"""A new person: name, organisation, role, and whether it is the user of the vault.

Opened from the cells dialog's Members tab (:class:`app.screens.cells.CellsDialog`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.screens.meeting.dialogs import role_combo
from app.widgets.basics import ErrorLabel, label_for, name_after_text
from app.wording.meeting import role_text
from vault.model import Person


def person_words(person: Person) -> str:
    """``Name — Role, Organisation`` (metadata only)."""
    details = role_text(person.role)
    if person.organisation:
        details += f", {person.organisation}"
    return f"{person.name} — {details}"


class PersonDialog(QDialog):
    """Add a person: name, organisation, role; optionally the user themselves."""

    def __init__(self, can_be_self: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = role_combo()
        self.professional = QCheckBox(self.tr("&Professional (not a volunteer)"))
        self.professional.setChecked(True)
        name_after_text(self.professional)
        self.is_self = QCheckBox(self.tr("This is &me, the user of this vault"))
        name_after_text(self.is_self)
        self.is_self.setVisible(can_be_self)
        self.can_be_self = can_be_self
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add"))
        for button in buttons.buttons():
            name_after_text(button)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Name"), self.name), self.name)
        form.addRow(label_for(self.tr("&Organisation"), self.organisation), self.organisation)
        form.addRow(label_for(self.tr("&Role"), self.role), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.professional)
        layout.addWidget(self.is_self)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def _accept_if_named(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(self.tr("Type the person's name."))
            self.name.setFocus()
            return
        self.accept()
