"""Cells (LIVC R): their details, standing members, and whom the user represents there.

One dialog, cells on the left, three tabs on the right:

* **Details** — name, the municipality and a contact point (named in a notice to the
  person discussed, P7), the agreement framework (*afsprakenkader*, shown at operational
  meetings), the local definition of what belongs on the table, and how many months
  notes are kept before they come up for review. A calm line says when the user's last
  assessment of taking part in the cell is a year old (P10).
* **Members** — standing (structural) and ad hoc members; people are added here too,
  including the user's own person ("this is me").
* **Representation** — the colleagues of the user's organisation for whom the user sits
  at this table as permanent representative (P4). Ending a representation withdraws the
  feedback released to that colleague from this cell's notes: the dialog asks first and
  says so.

Why this file is longer than ~500 lines: :class:`CellsDialog` is one form. The three tabs
share the selected cell, one unsaved-changes guard (changing cells or closing keeps or asks),
one error line and one wipe when the vault locks, and each tab's buttons refresh the others
(a new person appears in Members and Representation). Tab classes would spread that state
over four objects calling back into each other to save about 150 lines of layout; what is a
task of its own already lives elsewhere (:mod:`app.dialogs.person`, the participation
wizard and its wording).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.person import PersonDialog, person_words
from app.platform.i18n import ui_language
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.messages import error_message, refusal_message
from vault.api import DEFAULT_RETENTION_MONTHS, Policy, UnlockedVault
from vault.dates import long_date
from vault.errors import Refused, VaultError
from vault.model import Role
from vault.policy import Reason

ID_ROLE = Qt.ItemDataRole.UserRole


class CellsDialog(QDialog):
    """Manage cells, their standing members, and whom the user represents there."""

    cells_changed = Signal()
    """A cell was made or changed: screens that list cells refresh (the meeting list)."""

    def __init__(self, vault: UnlockedVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._cell_id: int | None = None
        """The cell in the form; ``None`` while a new cell is being described."""
        self._loading = False
        self._dirty = False
        self.person_dialog: PersonDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Cells"))
        self.setAccessibleName(self.tr("Cells"))
        self.resize(940, 640)

        # Left: the cells.
        self.cells = QListWidget()
        self.new_cell_button = QPushButton(self.tr("&New cell"))
        name_after_text(self.new_cell_button)
        left = QVBoxLayout()
        left.addWidget(label_for(self.tr("C&ells"), self.cells))
        left.addWidget(self.cells, 1)
        left.addWidget(self.new_cell_button)

        # Details.
        self.name = QLineEdit()
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("The municipality whose LIVC R this is"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(
            self.tr("E.g. the coordinator, or the municipality's data-protection officer")
        )
        self.reassess = paragraph()
        self.reassess.setAccessibleName(self.tr("Assessment of taking part"))
        self.reassess.hide()
        self.framework = QPlainTextEdit()
        self.framework.setTabChangesFocus(True)
        self.framework.setPlaceholderText(
            self.tr("The agreements every participant is told, ad hoc ones too.")
        )
        self.definition = QPlainTextEdit()
        self.definition.setTabChangesFocus(True)
        self.definition.setPlaceholderText(
            self.tr("What this cell counts as radicalisation, and what does not belong here.")
        )
        self.retention = QSpinBox()
        self.retention.setRange(1, 600)
        self.retention.setValue(DEFAULT_RETENTION_MONTHS)
        self.retention.setSuffix(self.tr(" months"))
        self.save_button = QPushButton(self.tr("&Save cell"))
        name_after_text(self.save_button)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_state = paragraph()
        self.save_state.setAccessibleName(self.tr("Save state"))
        details = QWidget()
        details_form = QFormLayout(details)
        details_form.addRow(self.reassess)
        details_form.addRow(label_for(self.tr("Na&me"), self.name), self.name)
        details_form.addRow(
            label_for(self.tr("Munici&pality"), self.municipality), self.municipality
        )
        details_form.addRow(label_for(self.tr("Contact poin&t"), self.contact), self.contact)
        details_form.addRow(
            label_for(self.tr("Agreement &framework"), self.framework), self.framework
        )
        details_form.addRow(
            label_for(self.tr("&Local definition"), self.definition), self.definition
        )
        details_form.addRow(
            label_for(self.tr("Review notes &after"), self.retention), self.retention
        )
        self.details_hint = paragraph(
            self.tr(
                "The agreement framework is shown at the opening of every operational "
                "meeting. A notice to the person discussed names the municipality's LIVC R "
                "and the contact point, where they can ask what is processed about them. "
                "Notes come up for review after the chosen period; Tafelboek never deletes "
                "anything by itself."
            )
        )
        details_form.addRow(self.details_hint)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_state, 1)
        save_row.addWidget(self.save_button)
        details_form.addRow(save_row)

        # Members.
        self.members = QListWidget()
        self.member_choice = QComboBox()
        self.structural = QCheckBox(self.tr("S&tanding member"))
        self.structural.setChecked(True)
        name_after_text(self.structural)
        self.add_member_button = QPushButton(self.tr("A&dd member"))
        name_after_text(self.add_member_button)
        self.remove_member_button = QPushButton(self.tr("Remo&ve member"))
        name_after_text(self.remove_member_button)
        self.new_person_button = QPushButton(self.tr("New &person…"))
        name_after_text(self.new_person_button)
        self.me_hint = paragraph()
        self.me_hint.setAccessibleName(self.tr("About you"))
        members_page = QWidget()
        members_layout = QVBoxLayout(members_page)
        members_layout.addWidget(self.me_hint)
        members_layout.addWidget(label_for(self.tr("Members of this &cell"), self.members))
        members_layout.addWidget(self.members, 1)
        members_layout.addWidget(self.remove_member_button, 0, Qt.AlignmentFlag.AlignRight)
        add_row = QHBoxLayout()
        add_row.addWidget(label_for(self.tr("Pe&rson"), self.member_choice))
        add_row.addWidget(self.member_choice, 1)
        add_row.addWidget(self.structural)
        add_row.addWidget(self.add_member_button)
        members_layout.addLayout(add_row)
        members_layout.addWidget(self.new_person_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Representation.
        self.represented = QListWidget()
        self.represent_choice = QComboBox()
        self.represent_button = QPushButton(self.tr("&Represent"))
        name_after_text(self.represent_button)
        self.stop_button = QPushButton(self.tr("S&top representing…"))
        name_after_text(self.stop_button)
        self.representation_note = paragraph(
            self.tr(
                "As permanent representative you sit at this table for colleagues of your "
                "own organisation. Only they can receive feedback released from this "
                "cell's notes."
            )
        )
        self.representation_state = paragraph()
        self.representation_state.setAccessibleName(self.tr("Representation state"))
        representation_page = QWidget()
        rep_layout = QVBoxLayout(representation_page)
        rep_layout.addWidget(self.representation_note)
        rep_layout.addWidget(label_for(self.tr("Colleagues you represent &here"), self.represented))
        rep_layout.addWidget(self.represented, 1)
        rep_layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        rep_row = QHBoxLayout()
        rep_row.addWidget(label_for(self.tr("Co&lleague"), self.represent_choice))
        rep_row.addWidget(self.represent_choice, 1)
        rep_row.addWidget(self.represent_button)
        rep_layout.addLayout(rep_row)
        rep_layout.addWidget(self.representation_state)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Cell"))
        self.tabs.tabBar().setAccessibleName(self.tr("Cell"))
        self.tabs.addTab(details, self.tr("Deta&ils"))
        self.tabs.addTab(members_page, self.tr("Mem&bers"))
        self.tabs.addTab(representation_page, self.tr("Representati&on"))

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            name_after_text(button)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.tabs, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Cells"), scale=1.3))
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.cells.currentItemChanged.connect(self._on_cell_changed)
        self.new_cell_button.clicked.connect(self.new_cell)
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self.save)
        for field in (self.name, self.municipality, self.contact, self.framework, self.definition):
            field.textChanged.connect(self._mark_dirty)
        self.retention.valueChanged.connect(self._mark_dirty)
        self.add_member_button.clicked.connect(self.add_chosen_member)
        self.remove_member_button.clicked.connect(self.remove_current_member)
        self.new_person_button.clicked.connect(lambda: self.new_person(as_member=True))
        self.represent_button.clicked.connect(self.represent_chosen)
        self.stop_button.clicked.connect(self.ask_stop_representing)
        self.members.currentRowChanged.connect(lambda _row: self._enable_buttons())
        self.represented.currentRowChanged.connect(lambda _row: self._enable_buttons())

        self._fill_cells()
        if self.cells.count():
            self.cells.setCurrentRow(0)
            self.cells.setFocus()
        else:
            self.new_cell()

    # ------------------------------------------------------------------ cells
    @property
    def cell_id(self) -> int | None:
        return self._cell_id

    def _fill_cells(self, select: int | None = None) -> None:
        self._loading = True
        self.cells.clear()
        try:
            cells = self._vault.cells.list()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            cells = []
        for cell in cells:
            entry = QListWidgetItem(cell.name)
            entry.setData(ID_ROLE, cell.id)
            self.cells.addItem(entry)
            if cell.id == select:
                self.cells.setCurrentItem(entry)
        widest = self.cells.sizeHintForColumn(0) + 2 * self.cells.frameWidth() + 12
        self.cells.setMinimumWidth(min(360, max(200, widest)))
        self._loading = False

    def _on_cell_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._loading or current is None:
            return
        if self._dirty and not self.save():
            return  # the unsaved edit stays in the form, with the reason shown
        self._load(int(current.data(ID_ROLE)))

    def _load(self, cell_id: int) -> None:
        try:
            cell = self._vault.cells.get(cell_id)
        except (KeyError, VaultError) as exc:
            self.error.show_message(
                error_message(exc.code if isinstance(exc, VaultError) else None)
            )
            return
        self._loading = True
        self._cell_id = cell.id
        self.name.setText(cell.name)
        try:
            contact = self._vault.cells.contact(cell.id)
        except VaultError:
            contact = None
        self.municipality.setText(contact.municipality if contact else "")
        self.contact.setText(contact.contact if contact else "")
        self._show_reassessment(cell.id)
        self.framework.setPlainText(cell.framework_text)
        self.definition.setPlainText(cell.local_definition)
        self.retention.setValue(cell.retention_months)
        self._loading = False
        self._dirty = False
        self.save_state.setText("")
        self.error.clear_message()
        self._fill_people()

    def _show_reassessment(self, cell_id: int) -> None:
        """A calm line once the last assessment of taking part is a year old (P10)."""
        try:
            today = self._vault.clock.now().astimezone().date()
            last = self._vault.participation.reassessment_due(cell_id, today)
        except VaultError:
            last = None
        if last is None:
            self.reassess.hide()
            return
        self.reassess.setText(
            self.tr(
                "You last assessed taking part in this cell on %1, a year ago or more. It may "
                "be time to weigh it again: Table › Assess participation…"
            ).replace("%1", long_date(last, ui_language()))
        )
        self.reassess.show()

    def new_cell(self) -> None:
        """Empty the form for a new cell (saved with Save cell)."""
        if self._dirty and not self.save():
            return
        self._loading = True
        self._cell_id = None
        self.cells.clearSelection()
        self.cells.setCurrentRow(-1)
        self.name.clear()
        self.municipality.clear()
        self.contact.clear()
        self.reassess.hide()
        self.framework.clear()
        self.definition.clear()
        self.retention.setValue(DEFAULT_RETENTION_MONTHS)
        self._loading = False
        self._dirty = False
        self.save_state.setText(self.tr("New cell: type its name, then save."))
        self.tabs.setCurrentIndex(0)
        self._fill_people()
        self.name.setFocus()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self.save_state.setText(self.tr("Not saved yet"))

    def save(self) -> bool:
        """Save the form (new or existing cell); False with the reason shown."""
        self.error.clear_message()
        name = self.name.text().strip()
        if not name:
            self.error.show_message(self.tr("Type the cell's name."))
            self.tabs.setCurrentIndex(0)
            self.name.setFocus()
            return False
        framework = self.framework.toPlainText()
        definition = self.definition.toPlainText()
        retention = self.retention.value()
        try:
            if self._cell_id is None:
                self._cell_id = self._vault.cells.add(
                    name,
                    framework_text=framework,
                    local_definition=definition,
                    retention_months=retention,
                )
            else:
                self._vault.cells.update(
                    self._cell_id,
                    name=name,
                    framework_text=framework,
                    local_definition=definition,
                    retention_months=retention,
                )
            self._vault.cells.set_contact(
                self._cell_id,
                municipality=self.municipality.text(),
                contact=self.contact.text(),
            )
        except (KeyError, ValueError, VaultError) as exc:
            self.error.show_message(
                error_message(exc.code if isinstance(exc, VaultError) else None)
            )
            return False
        self._dirty = False
        self._fill_cells(select=self._cell_id)
        self.save_state.setText(self.tr("Saved"))
        self._fill_people()
        self.cells_changed.emit()
        return True

    # ------------------------------------------------------------------ people
    def _fill_people(self) -> None:
        cell_id = self._cell_id
        self.members.clear()
        self.member_choice.clear()
        self.represented.clear()
        self.represent_choice.clear()
        try:
            people = self._vault.people.list()
            me = self._vault.people.me()
            cell_members = self._vault.cells.members(cell_id) if cell_id is not None else []
            colleague_ids = (
                self._vault.representation.represented_colleagues(cell_id) if cell_id else []
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        if me is None:
            self.me_hint.setText(
                self.tr(
                    "Tafelboek does not know you yet: add yourself with New person… "
                    "and tick “This is me”."
                )
            )
        else:
            self.me_hint.setText(self.tr("You: %1").replace("%1", person_words(me)))
        member_ids = set()
        for member in cell_members:
            member_ids.add(member.person.id)
            kind = self.tr("standing") if member.structural else self.tr("ad hoc")
            you = self.tr(" (you)") if member.person.is_self else ""
            entry = QListWidgetItem(f"{person_words(member.person)}{you} · {kind}")
            entry.setData(ID_ROLE, member.person.id)
            self.members.addItem(entry)
        by_id = {p.id: p for p in people}
        for person in people:
            if person.id not in member_ids:
                self.member_choice.addItem(person_words(person), person.id)
        for colleague_id in colleague_ids:
            colleague = by_id.get(colleague_id)
            if colleague is None:
                continue
            words = person_words(colleague)
            if me is None or not Policy.same_organisation(me, colleague):
                # Recorded before the rule was enforced: it gives no feedback (P4).
                words += self.tr(" — not of your organisation: receives no feedback")
            entry = QListWidgetItem(words)
            entry.setData(ID_ROLE, colleague_id)
            self.represented.addItem(entry)
        refusals = set()
        for person in people:
            if person.is_self or person.id in colleague_ids or cell_id is None:
                continue
            verdict = self._vault.policy.may_represent(cell_id, person.id)
            if verdict:
                self.represent_choice.addItem(person_words(person), person.id)
            else:
                refusals.add(verdict.reason)
        # Only colleagues of the user's own organisation can be represented (P4).
        if self.represent_choice.count() == 0 and cell_id is not None:
            if me is None or Reason.ORGANISATION_UNKNOWN in refusals or not me.organisation:
                why = refusal_message(Reason.ORGANISATION_UNKNOWN)
            else:
                why = self.tr(
                    "Nobody of your organisation (%1) can be represented here yet: add the "
                    "colleague with New person…, with the same organisation."
                ).replace("%1", me.organisation)
            self.representation_state.setText(why)
        if self.members.count():
            self.members.setCurrentRow(0)
        if self.represented.count():
            self.represented.setCurrentRow(0)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        has_cell = self._cell_id is not None
        self.tabs.setTabEnabled(1, has_cell)
        self.tabs.setTabEnabled(2, has_cell)
        self.add_member_button.setEnabled(has_cell and self.member_choice.count() > 0)
        self.remove_member_button.setEnabled(has_cell and self.members.currentItem() is not None)
        self.represent_button.setEnabled(has_cell and self.represent_choice.count() > 0)
        self.stop_button.setEnabled(has_cell and self.represented.currentItem() is not None)

    def add_chosen_member(self) -> None:
        person_id = self.member_choice.currentData()
        if self._cell_id is None or person_id is None:
            return
        try:
            self._vault.cells.add_member(
                self._cell_id, int(person_id), structural=self.structural.isChecked()
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self._fill_people()
        self._select(self.members, int(person_id))
        self.member_choice.setFocus()

    def remove_current_member(self) -> None:
        entry = self.members.currentItem()
        if self._cell_id is None or entry is None:
            return
        row = self.members.currentRow()
        try:
            self._vault.cells.remove_member(self._cell_id, int(entry.data(ID_ROLE)))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self._fill_people()
        if self.members.count():
            self.members.setCurrentRow(min(row, self.members.count() - 1))
        self.members.setFocus()

    def new_person(self, *, as_member: bool = False) -> None:
        """Ask for a new person; ``as_member`` (the Members tab's button) ticks "add as
        member of this cell", so the new person and "Add member" are one step."""
        if self.person_dialog is not None:
            return
        try:
            can_be_self = self._vault.people.me() is None
        except VaultError:
            can_be_self = False
        cell_name = self.name.text().strip() if self._cell_id is not None else ""
        dialog = PersonDialog(can_be_self, self, member_of=cell_name)
        dialog.member.setChecked(as_member and bool(cell_name))
        dialog.accepted.connect(self._add_person)
        dialog.finished.connect(self._forget_person_dialog)
        self.person_dialog = dialog
        dialog.open()

    def _forget_person_dialog(self, _result: int = 0) -> None:
        dialog, self.person_dialog = self.person_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _add_person(self) -> None:
        dialog = self.person_dialog
        if dialog is None:
            return
        try:
            person_id = self._vault.people.add(
                dialog.name.text().strip(),
                Role(dialog.role.currentData()),
                organisation=dialog.organisation.text().strip(),
                professional=dialog.professional.isChecked(),
                is_self=dialog.can_be_self and dialog.is_self.isChecked(),
            )
        except (ValueError, VaultError) as exc:
            self.error.show_message(
                error_message(exc.code if isinstance(exc, VaultError) else None)
            )
            return
        if self._cell_id is not None and dialog.member.isChecked():
            try:  # the new person and "Add member" in one step
                self._vault.cells.add_member(
                    self._cell_id, person_id, structural=dialog.standing.isChecked()
                )
            except VaultError as exc:
                self.error.show_message(error_message(exc.code))
        self._fill_people()
        self._select(self.members, person_id)
        index = self.member_choice.findData(person_id)
        if index >= 0:
            self.member_choice.setCurrentIndex(index)
        index = self.represent_choice.findData(person_id)
        if index >= 0:
            self.represent_choice.setCurrentIndex(index)

    # ------------------------------------------------------------------ representation
    def represent_chosen(self) -> None:
        colleague_id = self.represent_choice.currentData()
        if self._cell_id is None or colleague_id is None:
            return
        try:
            self._vault.cells.represent(self._cell_id, int(colleague_id))
        except Refused as exc:
            if exc.reason is None:
                self.error.show_message(error_message(exc.code))
                return
            self.representation_state.setText(refusal_message(exc.reason))
            return
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self._fill_people()
        self._select(self.represented, int(colleague_id))
        if self.represent_choice.count():
            self.representation_state.setText("")
        self.represent_choice.setFocus()

    def ask_stop_representing(self) -> None:
        """Ask before ending a representation: it withdraws the colleague's feedback."""
        entry = self.represented.currentItem()
        if self._cell_id is None or entry is None or self.confirm_box is not None:
            return
        colleague_id = int(entry.data(ID_ROLE))
        try:
            count = self._vault.representation.feedback_to_withdraw(self._cell_id, colleague_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        name = entry.text().split(" — ")[0]
        text = self.tr("Stop representing %1 at this cell?").replace("%1", name)
        if count:
            info = self.tr(
                "Feedback released to this colleague from this cell's notes is withdrawn: "
                "%1 in all. It goes back to table-only and is no longer on the feedback "
                "sheet. The withdrawal is recorded in the audit trail."
            ).replace("%1", str(count))
        else:
            info = self.tr("Nothing was released as feedback to this colleague from this cell.")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop representing"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(info)
        self.confirm_stop = box.addButton(
            self.tr("&Stop and withdraw"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("&Keep representing"), QMessageBox.ButtonRole.RejectRole)
        for button in (self.confirm_stop, keep):
            name_after_text(button)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._stop_answered(box, colleague_id))
        self.confirm_box = box
        box.open()

    def _stop_answered(self, box: QMessageBox, colleague_id: int) -> None:
        self.confirm_box = None
        confirmed = box.clickedButton() is self.confirm_stop
        box.deleteLater()
        if not confirmed or self._cell_id is None:
            return
        try:
            withdrawn = self._vault.cells.stop_representing(self._cell_id, colleague_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self._fill_people()
        self.representation_state.setText(
            self.tr("Representation ended; feedback withdrawn: %1.").replace(
                "%1", str(len(withdrawn))
            )
        )
        self.represented.setFocus()

    def done(self, result: int) -> None:
        """Closing (also by locking, P12) saves a pending edit, then wipes every field."""
        if self._dirty:
            self.save()
        for child in (self.person_dialog, self.confirm_box):
            if child is not None:
                child.reject()
        self._loading = True
        for widget in (
            self.cells,
            self.members,
            self.represented,
            self.member_choice,
            self.represent_choice,
        ):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for edit in (self.name, self.framework, self.definition):
            edit.clear()
        for label in (self.me_hint, self.save_state, self.representation_state):
            label.clear()
        self._dirty = False
        super().done(result)

    @staticmethod
    def _select(widget: QListWidget, person_id: int) -> None:
        for row in range(widget.count()):
            if widget.item(row).data(ID_ROLE) == person_id:
                widget.setCurrentRow(row)
                return
