"""Adding a case (*casus*) while preparing a meeting: a pseudonymous code, never a name.

The code is checked by :func:`vault.cases.check_case_code` (letters, digits and
``. _ / -``, no date, no name with spaces). Whether the person discussed is a minor, or
minors live around them, is asked here because the stepwise approach (P8) depends on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPushButton, QWidget

from app.widgets.basics import ErrorLabel, label_for, name_after_text
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.errors import Refused, VaultError


class _CodeEdit(QLineEdit):
    """A line edit whose Enter is its own: it adds the case and stops there.

    QLineEdit passes Return on to its window after ``returnPressed``, so in a dialog
    Enter would also press the default button — adding a case would start the meeting
    before the other cases were chosen.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class CaseEntry(QWidget):
    """Code, two ticks and an Add button; emits :attr:`case_added` with the new case id."""

    case_added = Signal(int)

    def __init__(self, vault: UnlockedVault) -> None:
        super().__init__()
        self._vault = vault
        self._cell_id: int | None = None
        self.code = _CodeEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("A code, e.g. F-2026-0031 — never a name"))
        self.minor = QCheckBox(self.tr("The person discussed is a &minor"))
        self.minors_around = QCheckBox(self.tr("Minors in their &family or network"))
        self.add_button = QPushButton(self.tr("&Add case"))
        self.add_button.setAutoDefault(False)  # Enter on it adds; it never starts the meeting
        for box in (self.minor, self.minors_around, self.add_button):
            name_after_text(box)
        self.error = ErrorLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label_for(self.tr("New case c&ode"), self.code), 0, 0)
        grid.addWidget(self.code, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.minor, 1, 1, 1, 2)
        grid.addWidget(self.minors_around, 2, 1, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 3)
        self.code.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)

    def set_cell(self, cell_id: int | None) -> None:
        self._cell_id = cell_id
        self.setEnabled(cell_id is not None)

    def add(self) -> None:
        """Store the case for the chosen cell; clear the fields for the next one."""
        if self._cell_id is None:
            return
        if not self.code.text().strip():
            self.error.show_message(self.tr("Type a code for the case first."))
            self.code.setFocus()
            return
        try:
            case_id = self._vault.cases.add(
                self._cell_id,
                self.code.text(),
                subject_is_minor=self.minor.isChecked(),
                minors_in_context=self.minors_around.isChecked(),
            )
        except Refused as refused:
            if refused.existing_id is not None:
                self.error.show_message(
                    self.tr("This cell already has a case with that code; it is now ticked.")
                )
                self.code.clear()
                self.case_added.emit(refused.existing_id)
                return
            self.error.show_message(
                self.tr(
                    "Use a pseudonymous code: letters, digits and . _ / - only, at most 32 "
                    "characters, no date of birth and no name."
                )
            )
            self.code.setFocus()
            return
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.error.clear_message()
        self.code.clear()
        self.minor.setChecked(False)
        self.minors_around.setChecked(False)
        self.case_added.emit(case_id)
