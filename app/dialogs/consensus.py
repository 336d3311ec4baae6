"""The LTF feedback form and its consensus (P6), with the result live in plain words.

A form belongs to a case: on a case item, that item's case; on the general
"Beslissingen LTF" item, the case the user chooses among this meeting's cases. The dialog
lists every effectively participating member whose position counts — everyone present
for any item of that case in this meeting or for the current item (ad hoc participants
too; a permanent representative is the member for their organisation, with one
position — the colleague they sit in for is never listed) — each with a position
(agrees, disagrees, abstention, or none yet). Someone who was present for the case
but is not in the room now is named as such and still counts; so does the owner of the
information (P6). The result is the policy's (:func:`vault.policy.item_consensus`) and
says plainly whether consensus is reached and, if not, who disagreed, who abstained and
who gave no position: an abstention or the absence of a position is not approval.

Each member's position is set on its own (domain review C17): there is no "everyone
agrees" button, and the keyboard sets one member at a time — on a member's row, one key
for the position (Dutch: A akkoord, N niet akkoord, O onthouding; Delete: no position),
then the next member's row has the focus; the arrow keys move between rows. Consensus is
not a vote: the dialog never calls it one.
Recording (:func:`vault.decisions.record_ltf_form`) stores the positions and the outcome;
without consensus the form is recorded as not passed on and its text stays table-only.
Re-opening shows what is on record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.consensus_positions import PositionRow, keys_hint
from app.screens.notebook import TableOnlyEditor
from app.widgets.basics import (
    ErrorLabel,
    Notice,
    fit_to_screen,
    label_for,
    name_after_text,
    paragraph,
    scrolling_body,
)
from app.wording.decisions import (
    latest_decision,
    ltf_status,
    result_words,
    stamp_text,
    superseded_text,
)
from app.wording.meeting import hidden_text
from app.wording.messages import error_message
from vault.api import ItemView, MeetingView, UnlockedVault
from vault.errors import VaultError
from vault.model import Decision, DecisionKind, DecisionOutcome, Person, Position
from vault.policy import Channel, ConsensusResult

Positions = dict[int, Position]

DIALOG_WIDTH = 760
"""Wide enough that the explanation wraps to few lines; narrower screens get less."""


class ConsensusDialog(QDialog):
    """The LTF feedback form of one agenda item: positions, text, live result (P6)."""

    def __init__(
        self,
        vault: UnlockedVault,
        view: MeetingView,
        item_view: ItemView,
        item_text: str,
        parent: QWidget | None = None,
        *,
        conceal: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LTF feedback form"))
        self._conceal = conceal
        """Presentation mode is on: recorded table-only form text is not shown."""
        self.concealed = False
        self.setMinimumSize(620, 420)
        self._vault = vault
        self._view = view
        self.item_id = item_view.item.id
        self.own_case = item_view.case.id if item_view.case is not None else None
        self.rows: list[PositionRow] = []
        self._row_widgets: list[QWidget] = []
        self.recorded = self._recorded_here(vault, view, item_view)
        self.decision_id: int | None = None
        self.consensus: ConsensusResult | None = None

        self.item_label = paragraph(item_text)
        self.item_label.setAccessibleName(item_text)
        self.intro = paragraph(
            self.tr(
                "A feedback form goes to the LTF only with the consensus of every effectively "
                "participating member present for any item of its case in this meeting, and "
                "of whoever owns the information. Someone who left the room still counts. An "
                "abstention, or no position, is not approval. A permanent representative is "
                "the member for their organisation, with one position."
            )
        )
        self.minors = paragraph(
            self.tr("Minors are involved in this case: weigh their interests in this decision.")
        )
        case = item_view.case
        self.minors.setVisible(
            case is not None and (case.subject_is_minor or case.minors_in_context)
        )
        self.rows_box = QWidget()
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.rows_box)
        scroll.setMinimumHeight(70)
        self._scroll = scroll
        self.keys = paragraph(keys_hint())
        self.keys.setAccessibleName(keys_hint())
        self.form_text = TableOnlyEditor()
        self.form_text.setTabChangesFocus(True)
        self.form_text.setMinimumHeight(90)
        self.warning = paragraph(
            self.tr(
                "Write the form for the LTF on purpose: no professional secrets revealed at "
                "the table, nothing copied from table notes."
            )
        )
        self.owner = QComboBox()
        self.case_choice = QComboBox()
        self.case_choice.addItem(self.tr("Choose the case…"), None)
        for other in view.items:
            if other.case is not None and self.case_choice.findData(other.case.id) < 0:
                self.case_choice.addItem(other.case.code, other.case.id)
        if self.own_case is not None:
            self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(self.own_case)))
        self.case_choice.setVisible(self.own_case is None)
        self.result_box = Notice("", "")
        self.result_box.setAccessibleName(self.tr("Result"))
        self.recorded_label = paragraph()
        self.error = ErrorLabel()

        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.again_button = buttons.addButton(
            self.tr("Ask for consensus a&gain"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button.setToolTip(
            self.tr("Ask the members again, one by one, for example on an amended form.")
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            name_after_text(button)

        members_label = label_for(self.tr("Positions of the members present"), scroll)
        case_form = QFormLayout()
        self.case_label = label_for(self.tr("The &case this form is about"), self.case_choice)
        self.case_label.setVisible(self.own_case is None)
        case_form.addRow(self.case_label, self.case_choice)
        # Composition (C20): a calm word when no police participant is present for the case.
        self.no_police = paragraph(
            self.tr(
                "No police participant is present for this case. The information officer "
                "links the cell to the LTF; consider asking them before the form goes on."
            )
        )
        self.no_police.setAccessibleName(self.no_police.text())
        self.no_police.hide()
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Whose information"), self.owner), self.owner)
        # The explanation, members and form text scroll when the screen is short (a
        # 1366×768 laptop); the result and the buttons below them stay in view.
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        content.addWidget(self.item_label)
        content.addWidget(self.intro)
        content.addWidget(self.minors)
        content.addLayout(case_form)
        content.addWidget(self.no_police)
        content.addWidget(members_label)
        content.addWidget(scroll)
        content.addWidget(self.keys)
        content.addWidget(label_for(self.tr("&Text of the form"), self.form_text))
        content.addWidget(self.form_text, 1)
        content.addWidget(self.warning)
        content.addLayout(form)
        self.body = scrolling_body(content)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.result_box)
        layout.addWidget(self.recorded_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, self.body, DIALOG_WIDTH)

        self.record_button.clicked.connect(self._accept_if_recorded)
        self.cancel_button.clicked.connect(self.reject)
        self.again_button.clicked.connect(self._ask_again)

        previous: Positions = {}
        if self.recorded is not None:
            previous = self._load_recorded(self.recorded)
        self._fill_rows(previous)
        self._fill_owners()
        # Index -1: the combo was emptied (the dialog is being wiped, P12): nothing to redo.
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self.case_choice.currentIndexChanged.connect(self._case_changed)
        self._set_editing(self.recorded is None)
        self._show_result()

    @staticmethod
    def _recorded_here(
        vault: UnlockedVault, view: MeetingView, item_view: ItemView
    ) -> Decision | None:
        """The form on record for this item: its own latest, or — at a case's own item —
        the one of this meeting that governs for the case, wherever it was recorded (a
        form recorded at the general "LTF decisions" item belongs to its case, P6)."""
        own = latest_decision(item_view, DecisionKind.LTF_FORM)
        if item_view.case is None:
            return own
        try:
            governing = vault.policy.latest_decision(item_view.case.id, DecisionKind.LTF_FORM)
            decision = vault.decisions.get(governing) if governing is not None else None
        except (KeyError, VaultError):
            return own
        if decision is None or decision.meeting_id != view.meeting.id:
            return own
        return decision

    # ------------------------------------------------------------------ filling
    def _person(self, person_id: int) -> Person | None:
        person = self._view.people.get(person_id)
        if person is not None:
            return person
        try:
            return self._vault.people.get(person_id)
        except (KeyError, VaultError):
            return None

    def case_id(self) -> int | None:
        """The case the form is about: the item's own, or the one chosen (P6)."""
        value = self.case_choice.currentData()
        return None if value is None else int(value)

    def _owner_changed(self, index: int) -> None:
        if index >= 0:
            self._show_result()

    def _case_changed(self, index: int) -> None:
        if index < 0:
            return
        kept = {r.person.id: p for r in self.rows if (p := r.chosen()) is not None}
        self._fill_rows(kept)
        self._fill_owners()
        editing = self.editing
        for row in self.rows:
            row.position.setEnabled(editing)
        self._show_result()

    def _fill_rows(self, previous: Positions) -> None:
        for widget in self._row_widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets = []
        self.rows = []
        case = self.case_id()
        try:
            present, in_room = self._vault.policy.ltf_participants(self.item_id, case)
        except (KeyError, VaultError) as exc:
            self.error.show_message(error_message(getattr(exc, "code", None)))
            present, in_room = frozenset(), frozenset()
        self._show_police(case)
        entries = [p for i in sorted(present) if (p := self._person(i)) is not None]
        entries.sort(key=lambda p: (p.id not in in_room, p.name, p.id))
        shown = {p.id for p in entries}
        for person_id in previous:
            # On record but no longer counted: still show what they said.
            person = self._person(person_id)
            if person_id not in shown and person is not None:
                entries.append(person)
        for r, person in enumerate(entries):
            away = person.id in present and person.id not in in_room
            row = PositionRow(person, out_of_room=away)
            if person.id in previous:
                row.set_position(previous[person.id])
            self.grid.addWidget(row.name, r, 0)
            self.grid.addWidget(row.position, r, 1)
            self._row_widgets += [row.name, row.position]
            row.position.currentIndexChanged.connect(self._show_result)
            row.position.advance.connect(lambda step, r=r: self._move_to_row(r + step))
            self.rows.append(row)
        if not entries:
            text = (
                self.tr("Choose the case this form is about.")
                if case is None and self.own_case is None
                else self.tr("Nobody is recorded as present for this item.")
            )
            nobody = paragraph(text)
            self.grid.addWidget(nobody, 0, 0, 1, 2)
            self._row_widgets.append(nobody)
        self.grid.setRowStretch(len(entries) + 1, 1)
        self.grid.setColumnStretch(0, 1)
        # Every row visible up to seven or so. Counted from the rows themselves: the
        # box's size hint still holds the rows just removed when the case changes.
        margins = self.grid.contentsMargins()
        heights = [
            max(row.name.sizeHint().height(), row.position.sizeHint().height()) for row in self.rows
        ] or [2 * self.fontMetrics().lineSpacing()]
        content = sum(heights) + self.grid.verticalSpacing() * (len(heights) - 1)
        frame = margins.top() + margins.bottom() + 2 * self._scroll.frameWidth()
        height = min(280, content + frame)
        self._scroll.setMinimumHeight(height)
        self._scroll.setMaximumHeight(height)
        previous_widget: QWidget | None = self.case_choice if self.own_case is None else None
        for row in self.rows:
            if previous_widget is not None:
                QWidget.setTabOrder(previous_widget, row.position)
            previous_widget = row.position

    def _show_police(self, case: int | None) -> None:
        """Say so when the consensus is recorded without police present for the case (C20)."""
        try:
            without = (
                case is not None or self.own_case is not None
            ) and self._vault.decisions.ltf_without_police(self.item_id, case)
        except (KeyError, VaultError):
            without = False
        self.no_police.setVisible(without)

    def _fill_owners(self) -> None:
        chosen = self.owner.currentData()
        self.owner.clear()
        people = [row.person for row in self.rows]
        try:
            me = self._vault.people.me()
        except VaultError:
            me = None
        if me is not None and all(p.id != me.id for p in people):
            people.insert(0, me)
        for person in people:
            self.owner.addItem(person.name, person.id)
        if chosen is not None and self.owner.findData(chosen) >= 0:
            self.owner.setCurrentIndex(self.owner.findData(chosen))
        elif me is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(me.id)))

    def _load_recorded(self, decision: Decision) -> Positions:
        try:
            previous = self._vault.decisions.positions(decision.id)
            text_id = decision.text_note_id
            if text_id is not None and self.own_case is None:
                case = self._vault.notes.get(text_id).case_id
                if case is not None:
                    self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(case)))
            if (
                text_id is not None
                and self._conceal
                and not self._vault.policy.may_leave(text_id, Channel.PROJECTION)
            ):
                self.concealed = True
                self.form_text.setPlainText(hidden_text())
            elif text_id is not None:
                self.form_text.setPlainText(self._vault.notes.get(text_id).body)
        except (KeyError, VaultError) as exc:
            self.error.show_message(error_message(getattr(exc, "code", None)))
            previous = {}
        text = self.tr("On record: %1").replace("%1", ltf_status(decision))
        replaced = superseded_text(self._vault, decision)
        if replaced:
            text += "\n" + replaced
        self.recorded_label.setText(text)
        self.recorded_label.setAccessibleName(text)
        return previous

    # ------------------------------------------------------------------ state
    def _ask_again(self) -> None:
        """A new round: every member is asked again, on their own (C17). Nobody keeps
        the position of the round on record; the form text stays, to be amended."""
        for row in self.rows:
            row.set_position(None)
        self._set_editing(True)

    def _set_editing(self, editing: bool) -> None:
        if editing and self.concealed:
            self.concealed = False  # the placeholder is no form text: start from an empty one
            self.form_text.clear()
        for row in self.rows:
            row.position.setEnabled(editing)
        self.form_text.setReadOnly(not editing)
        self.owner.setEnabled(editing)
        self.case_choice.setEnabled(editing)
        self.keys.setVisible(editing and bool(self.rows))
        self.record_button.setVisible(editing)
        self.again_button.setVisible(not editing)
        self.recorded_label.setVisible(editing and self.recorded is not None)
        self.cancel_button.setText(self.tr("Cancel") if editing else self.tr("Close"))
        name_after_text(self.cancel_button)
        if editing:
            self.record_button.setDefault(True)
            (self.rows[0].position if self.rows else self.form_text).setFocus()
        else:
            self.again_button.setDefault(True)
            self.again_button.setFocus()
        self._show_result()

    @property
    def editing(self) -> bool:
        return self.record_button.isVisibleTo(self)

    def positions(self) -> Positions:
        """Person → their position, for every row with a position chosen."""
        chosen: Positions = {}
        for row in self.rows:
            position = row.chosen()
            if position is not None:
                chosen[row.person.id] = position
        return chosen

    def _move_to_row(self, index: int) -> None:
        """Focus the member row ``index``; past the last row, the form text."""
        if 0 <= index < len(self.rows):
            self.rows[index].position.setFocus(Qt.FocusReason.TabFocusReason)
            self._scroll.ensureWidgetVisible(self.rows[index].position)
        elif index >= len(self.rows):
            self.form_text.setFocus(Qt.FocusReason.TabFocusReason)

    def _names(self) -> dict[int, str]:
        return {row.person.id: row.person.name for row in self.rows}

    def owners(self) -> set[int]:
        owner = self.owner.currentData()
        return set() if owner is None else {int(owner)}

    def _show_result(self) -> None:
        try:
            result = self._vault.policy.item_consensus(
                self.item_id,
                self.positions(),
                case_id=self.case_id(),
                owners=self.owners(),
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self.consensus = result
        recorded = self.recorded if not self.editing else None
        title, body = result_words(
            result, self._names(), recorded=recorded.outcome if recorded is not None else None
        )
        if recorded is not None:
            when = stamp_text(recorded.decided_at)
            if recorded.outcome is DecisionOutcome.AGREED:
                title = self.tr("On record: consensus reached (%1)").replace("%1", when)
            else:
                title = self.tr("On record: no consensus, not passed on (%1)").replace("%1", when)
            replaced = superseded_text(self._vault, recorded)
            if replaced:
                body = f"{replaced}\n{body}"
        self.result_box.title.setText(title)
        self.result_box.body.setText(body)
        self.result_box.setAccessibleDescription(f"{title}. {body}")
        if result.agreed:
            self.record_button.setText(self.tr("&Record consensus"))
        else:
            self.record_button.setText(self.tr("&Record as not passed on"))
        name_after_text(self.record_button)

    @property
    def result_text(self) -> str:
        return f"{self.result_box.title.text()}. {self.result_box.body.text()}"

    # ------------------------------------------------------------------ recording
    def perform(self) -> bool:
        """Record the form with the positions as they stand; False with the reason shown."""
        self.error.clear_message()
        text = self.form_text.toPlainText()
        if not text.strip():
            self.error.show_message(self.tr("Type the text of the feedback form first."))
            self.form_text.setFocus()
            return False
        case = self.case_id()
        if case is None:
            self.error.show_message(self.tr("Choose the case this form is about."))
            self.case_choice.setFocus()
            return False
        owner = self.owner.currentData()
        if owner is None:
            self.error.show_message(self.tr("Choose whose information this is."))
            return False
        try:
            self.decision_id, self.consensus = self._vault.decisions.record_ltf_form(
                self.item_id,
                text,
                self.positions(),
                info_owner_id=int(owner),
                case_id=case,
            )
        except (KeyError, ValueError, VaultError) as exc:
            self.error.show_message(error_message(getattr(exc, "code", None)))
            return False
        return True

    def _accept_if_recorded(self) -> None:
        if self.perform():
            self.accept()
