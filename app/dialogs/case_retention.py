"""Retention by case (P13; domain review C14, M7, M11): closed cases whose review period has
passed, deleting one for real, the cell's periods, and the register of deleted cases.

The review counts from the case's closure, by its closure reason (short for a case outside
the local definition, shorter for minors); each cell may set its own periods, the defaults
are shown as they stand. Tafelboek never deletes by itself: the user chooses a case, sees
the counts of what goes (:meth:`vault.retention.deletion_preview`), and confirms in a
question that names the case code, with Cancel as its default button. The vault refuses
when the case changed since the preview (the question is asked again).

What a deleted case leaves is a record without content — code, dates, counts, the
selection list's reference — so the register may be written to a file for the archive
(:meth:`vault.retention.write_deletion_register`): it holds nothing from the table.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.prompts import Prompts
from app.platform.save_places import default_save_folder
from app.screens.case_words import FOCUS_STYLE, closure_reason_text, short_day
from app.widgets.basics import (
    ErrorLabel,
    heading,
    label_for,
    name_after_text,
    paragraph,
    scrolling_body,
)
from app.wording.messages import error_message
from vault.api import CaseReviewItem, DeletionPreview, UnlockedVault
from vault.errors import VaultError
from vault.model import ClosureReason

CASE_ROLE = Qt.ItemDataRole.UserRole
REGISTER_NAME = "verwijderde-casussen.csv"
"""The file name offered for the register (no case code, no date of a person)."""


class CaseRetentionDialog(QDialog):
    """Closed cases due for review, deleting one, the cell's periods, the register."""

    case_deleted = Signal(int)
    """The id of the deletion record just made (the screens reload)."""

    def __init__(
        self,
        vault: UnlockedVault,
        prompts: Prompts,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention by case"))
        self._vault: UnlockedVault | None = vault
        self._prompts = prompts
        self._today = today or vault.clock.now().date()
        self.due: list[CaseReviewItem] = []
        self.preview: DeletionPreview | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_delete_button: QPushButton | None = None
        self._cells = {c.id: c.name for c in vault.cells.list()}

        title = heading(self.tr("Retention by case"), scale=1.3)
        intro = paragraph(
            self.tr(
                "A closed case comes up for review when its period has passed, counted from "
                "its closure. Tafelboek never deletes anything by itself: your organisation "
                "decides, following its selection list. Deleting a case removes its notes, "
                "decisions, actions and attendance links for real and keeps a record without "
                "content for the registers."
            )
        )
        self.as_of = paragraph()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Cell"),
                self.tr("Closed"),
                self.tr("Reason and period"),
                self.tr("Review since"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(140)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = paragraph(self.tr("No closed case is due for review today."))
        self.empty.hide()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. VVSG selection list 2024, series 7.3"))
        self.delete_button = QPushButton(self.tr("&Delete case…"))
        self.delete_button.setAutoDefault(False)
        name_after_text(self.delete_button)
        self.counts = paragraph()

        # The cell's periods.
        self.cell = QComboBox()
        for cell_id, name in self._cells.items():
            self.cell.addItem(name, cell_id)
        self.periods: dict[tuple[ClosureReason, bool], QSpinBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Closure reason")), 0, 0)
        grid.addWidget(QLabel(self.tr("Months")), 0, 1)
        grid.addWidget(QLabel(self.tr("Months, minors")), 0, 2)
        for row, reason in enumerate(ClosureReason, start=1):
            name = closure_reason_text(reason)
            grid.addWidget(QLabel(name), row, 0)
            for column, minor in ((1, False), (2, True)):
                box = QSpinBox()
                box.setRange(1, 600)
                box.setSuffix(self.tr(" months"))
                box.setAccessibleName(self.tr("%1, minors").replace("%1", name) if minor else name)
                self.periods[(reason, minor)] = box
                grid.addWidget(box, row, column)
        grid.setColumnStretch(0, 1)
        self.save_periods_button = QPushButton(self.tr("&Save periods"))
        self.save_periods_button.setAutoDefault(False)
        name_after_text(self.save_periods_button)
        self.periods_state = paragraph()

        # The register.
        self.register_state = paragraph()
        self.export_button = QPushButton(self.tr("E&xport deletion register…"))
        self.export_button.setAutoDefault(False)
        name_after_text(self.export_button)
        self.error = ErrorLabel()

        body = QVBoxLayout()
        body.addWidget(title)
        body.addWidget(intro)
        body.addWidget(self.as_of)
        body.addWidget(label_for(self.tr("Cases d&ue for review"), self.tree))
        body.addWidget(self.tree)
        body.addWidget(self.empty)
        ref_row = QHBoxLayout()
        ref_row.addWidget(label_for(self.tr("Selection list &reference"), self.reference))
        ref_row.addWidget(self.reference, 1)
        ref_row.addWidget(self.delete_button)
        body.addLayout(ref_row)
        body.addWidget(self.counts)
        body.addSpacing(8)
        body.addWidget(heading(self.tr("Review periods of a cell"), scale=1.1))
        cell_row = QHBoxLayout()
        cell_row.addWidget(label_for(self.tr("C&ell"), self.cell))
        cell_row.addWidget(self.cell, 1)
        body.addLayout(cell_row)
        body.addLayout(grid)
        save_row = QHBoxLayout()
        save_row.addWidget(self.periods_state, 1)
        save_row.addWidget(self.save_periods_button)
        body.addLayout(save_row)
        body.addSpacing(8)
        body.addWidget(heading(self.tr("Register of deleted cases"), scale=1.1))
        register_row = QHBoxLayout()
        register_row.addWidget(self.register_state, 1)
        register_row.addWidget(self.export_button)
        body.addLayout(register_row)
        body.addWidget(self.error)
        body.addStretch(1)
        scroll = scrolling_body(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            name_after_text(button)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 420)
        self.resize(900, 700)

        order: list[QWidget] = [
            self.tree,
            self.reference,
            self.delete_button,
            self.cell,
            *[self.periods[(r, m)] for r in ClosureReason for m in (False, True)],
            self.save_periods_button,
            self.export_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_counts())
        self.delete_button.clicked.connect(self.ask_delete)
        self.cell.currentIndexChanged.connect(lambda _i: self._show_periods())
        self.save_periods_button.clicked.connect(self.save_periods)
        self.export_button.clicked.connect(self.export_register)
        self.reload()
        self._show_periods()
        self.tree.setFocus()
        self.setStyleSheet(FOCUS_STYLE)

    # ------------------------------------------------------------------ due cases
    def reload(self) -> None:
        vault = self._vault
        if vault is None:
            return
        self.as_of.setText(self.tr("As of %1.").replace("%1", short_day(self._today)))
        try:
            self.due = vault.retention.cases_due(self._today)
            records = vault.retention.deletion_records()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.tree.clear()
        for item in self.due:
            period = self.tr("%1 — %2 months (minors)") if item.minor else self.tr("%1 — %2 months")
            row = QTreeWidgetItem(
                [
                    item.code,
                    self._cells.get(item.cell_id, ""),
                    short_day(item.closed_on),
                    period.replace("%1", closure_reason_text(item.reason)).replace(
                        "%2", str(item.months)
                    ),
                    short_day(item.review_from),
                ]
            )
            row.setData(0, CASE_ROLE, item.case_id)
            self.tree.addTopLevelItem(row)
        self.tree.setVisible(bool(self.due))
        self.empty.setVisible(not self.due)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.delete_button.setEnabled(bool(self.due))
        self.reference.setEnabled(bool(self.due))
        self._show_counts()
        self.register_state.setText(
            self.tr(
                "%1 deleted case(s) in the register. It holds codes, dates and counts only."
            ).replace("%1", str(len(records)))
        )
        self.export_button.setEnabled(bool(records))

    def chosen_case(self) -> int | None:
        item = self.tree.currentItem()
        value = None if item is None else item.data(0, CASE_ROLE)
        return value if isinstance(value, int) else None

    def counts_text(self, preview: DeletionPreview) -> str:
        return (
            self.tr(
                "Deleting %1 removes %2 note(s), %3 decision(s), %4 action(s), %5 agenda "
                "item(s) in %6 meeting(s), %7 presence mark(s) and %8 stepwise answer(s). "
                "%9 document record(s) stay, without the case."
            )
            .replace("%1", preview.code)
            .replace("%2", str(preview.notes))
            .replace("%3", str(preview.decisions))
            .replace("%4", str(preview.actions))
            .replace("%5", str(preview.agenda_items))
            .replace("%6", str(preview.meetings))
            .replace("%7", str(preview.presence_marks))
            .replace("%8", str(preview.stepwise_answers))
            .replace("%9", str(preview.exports))
        )

    def _show_counts(self) -> None:
        vault, case_id = self._vault, self.chosen_case()
        self.preview = None
        if vault is None or case_id is None:
            self.counts.clear()
            return
        try:
            self.preview = vault.retention.deletion_preview(case_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.counts.setText(self.counts_text(self.preview))

    def ask_delete(self) -> None:
        """Ask, with the counts and the case code, before deleting (Cancel is default)."""
        self._show_counts()
        preview = self.preview
        if preview is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete case %1?").replace("%1", preview.code))
        box.setText(self.tr("Delete case %1 for good?").replace("%1", preview.code))
        box.setInformativeText(self.counts_text(preview) + " " + self.tr("This cannot be undone."))
        self.confirm_delete_button = box.addButton(
            self.tr("Delete %1").replace("%1", preview.code), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        for button in box.buttons():
            name_after_text(button)
        box.finished.connect(lambda _r: self._answered(box, preview))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox, preview: DeletionPreview) -> None:
        chosen = box.clickedButton()
        self.confirm_box = None
        box.deleteLater()
        if chosen is not None and chosen is self.confirm_delete_button:
            self.delete(preview)
        self.tree.setFocus()

    def delete(self, preview: DeletionPreview) -> int | None:
        """Delete the case shown in ``preview`` (no question asked); the record's id."""
        vault = self._vault
        if vault is None:
            return None
        try:
            record_id = vault.retention.delete_case(
                preview.case_id, selection_list_ref=self.reference.text(), expected=preview
            )
        except VaultError as exc:
            self.error.show_message(
                self.tr("The case changed since the counts were shown: look again and retry.")
                if "changed since" in str(exc.__cause__ or "")
                else error_message(exc.code)
            )
            self.reload()
            return None
        self.error.clear_message()
        self.reference.clear()
        self.reload()
        self.case_deleted.emit(record_id)
        return record_id

    # ------------------------------------------------------------------ periods
    def _show_periods(self) -> None:
        vault, cell_id = self._vault, self.cell.currentData()
        if vault is None or cell_id is None:
            return
        try:
            periods = vault.retention.case_periods(cell_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        for key, box in self.periods.items():
            box.setValue(periods[key])
        self.periods_state.clear()

    def save_periods(self) -> None:
        """Store the periods that changed for the chosen cell (audited by the vault)."""
        vault, cell_id = self._vault, self.cell.currentData()
        if vault is None or cell_id is None:
            return
        try:
            current = vault.retention.case_periods(cell_id)
            changed = 0
            for (reason, minor), box in self.periods.items():
                if box.value() != current[(reason, minor)]:
                    vault.retention.set_case_period(cell_id, reason, box.value(), minor=minor)
                    changed += 1
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.periods_state.setText(
            self.tr("Saved: %1 period(s) changed.").replace("%1", str(changed))
        )
        self.reload()

    # ------------------------------------------------------------------ register
    def export_register(self) -> Path | None:
        """Write the register of deleted cases to a file the user chooses."""
        vault = self._vault
        if vault is None:
            return None
        suggested = default_save_folder(vault.path.parent) / REGISTER_NAME
        chosen = self._prompts.choose_save_file(
            self, self.tr("Export deletion register"), suggested, self.tr("CSV (*.csv)")
        )
        if chosen is None or vault is not self._vault:
            return None
        overwrite = chosen.exists()  # the save prompt asked before replacing it
        if chosen.suffix.lower() != ".csv":
            chosen, overwrite = chosen.with_name(chosen.name + ".csv"), False
        try:
            count = vault.retention.write_deletion_register(chosen, overwrite=overwrite)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return None
        self.error.clear_message()
        self.register_state.setText(
            self.tr("Saved %1 deleted case(s) to %2.")
            .replace("%1", str(count))
            .replace("%2", str(chosen))
        )
        return chosen

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        if self.confirm_box is not None:
            box, self.confirm_box = self.confirm_box, None
            box.finished.disconnect()
            box.reject()
            box.deleteLater()
        self.tree.clear()
        self.due = []
        self.preview = None
        self._vault = None
        super().done(result)
