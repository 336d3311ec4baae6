"""The meeting screen's two small dialogs: start a meeting, add an ad hoc participant.

:class:`NewMeetingDialog` starts a meeting from the cell's template agenda, with the cases
to discuss (a new case is added in place, :class:`~app.dialogs.case_entry.CaseEntry`).
:class:`AdHocDialog` adds someone for the whole meeting or one item in seconds, with the
"briefed" tick (P9); the screen stores it in one step
(:meth:`vault.api.Attendance.add_ad_hoc_participant`).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.case_entry import CaseEntry
from app.widgets.basics import ErrorLabel, label_for, name_after_text
from app.wording.meeting import role_text, table_text
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.errors import VaultError
from vault.model import Cell, Role, TableKind

ID_ROLE = Qt.ItemDataRole.UserRole


def role_combo() -> QComboBox:
    """Every role in words, "other" chosen: for adding a person."""
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_text(role), role)
    combo.setCurrentIndex(combo.findData(Role.OTHER))
    return combo


class NewMeetingDialog(QDialog):
    """Start a meeting from the cell's template agenda."""

    def __init__(
        self,
        vault: UnlockedVault,
        cells: list[Cell],
        cell_id: int | None,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self._vault = vault
        self.cell = QComboBox()
        for cell in cells:
            self.cell.addItem(cell.name, cell.id)
        if cell_id is not None:
            self.cell.setCurrentIndex(max(0, self.cell.findData(cell_id)))
        moment = now.replace(second=0, microsecond=0)
        self.starts_at = QDateTimeEdit(
            QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
        )
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setCalendarPopup(True)
        self.table = QComboBox()
        self.table.addItem(table_text(TableKind.OPERATIONAL), TableKind.OPERATIONAL)
        self.table.addItem(table_text(TableKind.STRATEGIC), TableKind.STRATEGIC)
        self.place = QLineEdit()
        self.cases = QListWidget()
        self.cases.setMaximumHeight(140)
        self.new_case = CaseEntry(vault)  # a case the cell has not discussed before
        self.new_case.case_added.connect(self._case_added)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            name_after_text(button)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Cell"), self.cell), self.cell)
        form.addRow(label_for(self.tr("&Date and time"), self.starts_at), self.starts_at)
        form.addRow(label_for(self.tr("&Table"), self.table), self.table)
        form.addRow(label_for(self.tr("&Place"), self.place), self.place)
        form.addRow(label_for(self.tr("Ca&ses"), self.cases), self.cases)
        form.addRow("", self.new_case)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if not cells:  # OK could start nothing: say why at once
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.error.show_message(self.no_cell_text())
        self.cell.currentIndexChanged.connect(self._fill_cases)
        self.table.currentIndexChanged.connect(self._on_table_changed)
        self._fill_cases()

    def _case_added(self, case_id: int) -> None:
        """Show the new (or existing) case in the list, ticked for this meeting."""
        ticked = set(self.chosen_case_ids()) | {case_id}
        self._fill_cases()
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            if int(item.data(ID_ROLE)) in ticked:
                item.setCheckState(Qt.CheckState.Checked)
                if int(item.data(ID_ROLE)) == case_id:
                    self.cases.setCurrentItem(item)

    def _fill_cases(self) -> None:
        self.cases.clear()
        cell_id = self.cell.currentData()
        self.new_case.set_cell(None if cell_id is None else int(cell_id))
        if cell_id is None:
            return
        try:
            cases = self._vault.cases.list(int(cell_id))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        for case in cases:
            item = QListWidgetItem(case.code)
            item.setData(ID_ROLE, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cases.addItem(item)

    def _on_table_changed(self) -> None:
        operational = self.table_kind() is TableKind.OPERATIONAL
        self.cases.setEnabled(operational)
        self.new_case.setVisible(operational)

    def table_kind(self) -> TableKind:
        return TableKind(self.table.currentData())

    def chosen_case_ids(self) -> list[int]:
        if self.table_kind() is not TableKind.OPERATIONAL:
            return []
        return [
            int(self.cases.item(r).data(ID_ROLE))
            for r in range(self.cases.count())
            if self.cases.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _starts_at(self) -> datetime:
        value = self.starts_at.dateTime().toPython()
        assert isinstance(value, datetime)
        return value

    def no_cell_text(self) -> str:
        return self.tr("There is no cell yet: set up your cell first (Table › Cells…).")

    def start(self) -> int | None:
        """Create the meeting; its id, or None (with the error shown)."""
        cell_id = self.cell.currentData()
        if cell_id is None:  # never a blank error: say what comes first (issue 17 item 2)
            self.error.show_message(self.no_cell_text())
            return None
        try:
            return self._vault.meetings.start(
                int(cell_id),
                self._starts_at(),
                self.table_kind(),
                place=self.place.text().strip(),
                case_ids=self.chosen_case_ids(),
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return None


class AdHocDialog(QDialog):
    """Add an ad hoc participant in seconds (P9: briefed tick; whole meeting or one item)."""

    def __init__(self, item_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add ad hoc participant"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = role_combo()
        self.briefed = QCheckBox(self.tr("&Told the agreement framework and the secrecy duty"))
        name_after_text(self.briefed)
        self.whole_meeting = QRadioButton(self.tr("&Whole meeting"))
        self.this_item = QRadioButton(self.tr("Only this item: %1").replace("%1", item_text))
        self.this_item.setChecked(True)
        name_after_text(self.whole_meeting)
        self.this_item.setAccessibleName(self.tr("Only this item"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            name_after_text(button)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Name"), self.name), self.name)
        form.addRow(label_for(self.tr("&Organisation"), self.organisation), self.organisation)
        form.addRow(label_for(self.tr("&Role"), self.role), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.briefed)
        layout.addWidget(self.this_item)
        layout.addWidget(self.whole_meeting)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)

    def _accept_if_named(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(self.tr("Type the participant's name."))
            self.name.setFocus()
            return
        self.accept()


def forget_dialog(dialog: QDialog) -> None:
    """Wipe a closed dialog's typed text and delete it now (P12)."""
    for field in dialog.findChildren(QLineEdit):
        field.clear()  # a name typed there must not wait in memory for deletion
    dialog.setParent(None)
    dialog.deleteLater()
