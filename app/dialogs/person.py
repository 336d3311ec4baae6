"""A new person: name, organisation, role, and whether it is the user of the vault.

Opened from the cells dialog's Members tab (:class:`app.screens.cells.CellsDialog`). With a
cell named (``member_of``), the new person becomes its member in the same step (ticked by
default): "new person" and "add member" are one action for the usual case.
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

    def __init__(
        self, can_be_self: bool, parent: QWidget | None = None, *, member_of: str = ""
    ) -> None:
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
        self.member = QCheckBox(self.tr("Add as mem&ber of %1").replace("%1", member_of))
        self.member.setChecked(False)
        self.member.setVisible(bool(member_of))
        name_after_text(self.member)
        self.standing = QCheckBox(self.tr("S&tanding member"))
        self.standing.setChecked(True)
        self.standing.setVisible(bool(member_of))
        self.standing.setEnabled(False)
        name_after_text(self.standing)
        self.member.toggled.connect(self.standing.setEnabled)
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
        layout.addWidget(self.member)
        layout.addWidget(self.standing)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def done(self, result: int) -> None:
        """Close; once the answer was taken (``accepted``/``finished``), forget what was
        typed and the cell's name (P12: a lock closes this dialog too)."""
        super().done(result)
        for field in (self.name, self.organisation):
            field.clear()
        self.member.setText("")
        self.member.setAccessibleName("")

    def _accept_if_named(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(self.tr("Type the person's name."))
            self.name.setFocus()
            return
        self.accept()
