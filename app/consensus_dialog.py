"""The LTF feedback form and its consensus (P6), with the result live in plain words.

A form belongs to a case: on a case item, that item's case; on the general
"Beslissingen LTF" item, the case the user chooses among this meeting's cases. The dialog
lists every effectively participating member whose position counts — everyone present
for any item of that case in this meeting or for the current item (ad hoc participants
too), and the colleagues a present permanent representative answers for — each with a
position (agrees, disagrees, abstains, or none yet). Someone who was present for the case
but is not in the room now is named as such and still counts; so does the owner of the
information (P6). The result is the policy's (:func:`vault.policy.item_consensus`) and
says plainly whether consensus is reached and, if not, who disagreed, who abstained and
who gave no position: an abstention or the absence of a position is not approval.
Recording (:func:`vault.decisions.record_ltf_form`) stores the positions and the outcome;
without consensus the form is recorded as not passed on and its text stays table-only.
Re-opening shows what is on record.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.actions_panel import hidden_text
from app.inform_dialog import latest_decision, stamp_text, superseded_text
from app.messages import error_message
from app.notebook import TableOnlyEditor
from app.widgets import ErrorLabel, Notice, label_for, name_after_text, paragraph
from vault.decisions import positions as recorded_positions
from vault.decisions import record_ltf_form
from vault.errors import VaultError
from vault.meeting_view import ItemView, MeetingView
from vault.model import Decision, DecisionKind, DecisionOutcome, Person, Position
from vault.notes import get_note
from vault.people import get_person, self_person
from vault.policy import ConsensusResult, is_table_only, item_consensus, ltf_participants
from vault.store import Vault

Positions = dict[int, tuple[Position, int | None]]


def position_text(position: Position | None) -> str:
    if position is Position.APPROVE:
        return QCoreApplication.translate("ConsensusDialog", "Agrees")
    if position is Position.OBJECT:
        return QCoreApplication.translate("ConsensusDialog", "Disagrees")
    if position is Position.ABSTAIN:
        return QCoreApplication.translate("ConsensusDialog", "Abstains")
    return QCoreApplication.translate("ConsensusDialog", "No position yet")


def ltf_status(decision: Decision) -> str:
    """One line for the item's facts about a recorded LTF form."""
    when = stamp_text(decision.decided_at)
    if decision.outcome is DecisionOutcome.AGREED:
        text = QCoreApplication.translate(
            "ConsensusDialog", "LTF feedback form: consensus reached (%1)."
        )
    else:
        text = QCoreApplication.translate(
            "ConsensusDialog", "LTF feedback form: no consensus — recorded as not passed on (%1)."
        )
    return text.replace("%1", when)


def result_words(
    result: ConsensusResult, names: Mapping[int, str], *, recorded: DecisionOutcome | None = None
) -> tuple[str, str]:
    """(title, body) saying whether consensus is reached, and if not, exactly why not.

    With ``recorded`` (the outcome on record) the words describe the recorded decision.
    """

    def listed(ids: frozenset[int]) -> str:
        return ", ".join(sorted(names.get(i, "?") for i in ids))

    if recorded is DecisionOutcome.AGREED:
        return (
            QCoreApplication.translate("ConsensusDialog", "Consensus reached"),
            QCoreApplication.translate(
                "ConsensusDialog",
                "Every member whose position counted agreed. The form text was released for "
                "the LTF record.",
            ),
        )
    if recorded is None and not result.required:
        return (
            QCoreApplication.translate("ConsensusDialog", "No consensus possible"),
            QCoreApplication.translate(
                "ConsensusDialog",
                "Nobody is recorded as present for this item. Record the attendance first.",
            ),
        )
    if recorded is None and result.agreed:
        body = QCoreApplication.translate(
            "ConsensusDialog",
            "All %1 members whose position counts agree. When recorded, the form text is "
            "released for the LTF record.",
        ).replace("%1", str(len(result.required)))
        if result.out_of_room:
            body += "\n" + QCoreApplication.translate(
                "ConsensusDialog", "Among them, not in the room now: %1."
            ).replace("%1", listed(result.out_of_room))
        return QCoreApplication.translate("ConsensusDialog", "Consensus reached"), body
    lines = []
    if result.out_of_room and recorded is None:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog",
                "Not in the room now, but present for this case or owner of the information, "
                "so still required: %1.",
            ).replace("%1", listed(result.out_of_room))
        )
    if result.objected:
        lines.append(
            QCoreApplication.translate("ConsensusDialog", "Disagrees: %1.").replace(
                "%1", listed(result.objected)
            )
        )
    if result.abstained:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog", "Abstains (an abstention is not approval): %1."
            ).replace("%1", listed(result.abstained))
        )
    if result.missing:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog", "No position yet (no position is not approval): %1."
            ).replace("%1", listed(result.missing))
        )
    if recorded is None:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog",
                "Recorded like this, the form counts as not passed on and its text stays "
                "table-only.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog",
                "The form was recorded as not passed on; its text stays table-only.",
            )
        )
    return QCoreApplication.translate("ConsensusDialog", "No consensus"), "\n".join(lines)


class PositionRow:
    """One member whose position counts, with the position they (or their representative)
    took."""

    def __init__(
        self, person: Person, representative: Person | None, *, out_of_room: bool = False
    ) -> None:
        self.person = person
        self.representative = representative
        self.out_of_room = out_of_room
        if representative is None:
            text = person.name
            if out_of_room:
                text = QCoreApplication.translate(
                    "ConsensusDialog", "%1 (not in the room now, still required)"
                ).replace("%1", person.name)
            detail = person.organisation
        else:
            text = (
                QCoreApplication.translate("ConsensusDialog", "%1, represented by %2")
                .replace("%1", person.name)
                .replace("%2", representative.name)
            )
            detail = person.organisation
        self.name = QLabel(text)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setToolTip(detail)
        self.position = QComboBox()
        for position in (None, Position.APPROVE, Position.OBJECT, Position.ABSTAIN):
            self.position.addItem(position_text(position), position)
        self.position.setAccessibleName(
            QCoreApplication.translate("ConsensusDialog", "Position of %1").replace(
                "%1", person.name
            )
        )
        self.name.setBuddy(self.position)

    def chosen(self) -> Position | None:
        value = self.position.currentData()
        return None if value is None else Position(value)

    def set_position(self, position: Position | None) -> None:
        index = self.position.findData(position) if position is not None else 0
        self.position.setCurrentIndex(max(0, index))

    @property
    def given_by(self) -> int | None:
        return self.representative.id if self.representative is not None else None


class ConsensusDialog(QDialog):
    """The LTF feedback form of one agenda item: positions, text, live result (P6)."""

    def __init__(
        self,
        vault: Vault,
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
        self.setMinimumSize(620, 560)
        self._vault = vault
        self._view = view
        self.item_id = item_view.item.id
        self.own_case = item_view.case.id if item_view.case is not None else None
        self.rows: list[PositionRow] = []
        self._row_widgets: list[QWidget] = []
        self.recorded = latest_decision(item_view, DecisionKind.LTF_FORM)
        self.decision_id: int | None = None
        self.consensus: ConsensusResult | None = None

        self.item_label = paragraph(item_text)
        self.item_label.setAccessibleName(item_text)
        self.intro = paragraph(
            self.tr(
                "A feedback form goes to the LTF only with the consensus of every effectively "
                "participating member present for any item of its case in this meeting, and "
                "of whoever owns the information. Someone who left the room still counts. An "
                "abstention, or no position, is not approval. A permanent representative "
                "takes the position for the colleague they represent."
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
        self.all_agree_button = QPushButton(self.tr("Everyone &agrees"))
        name_after_text(self.all_agree_button)
        self.all_agree_button.setToolTip(
            self.tr("Set every position to “Agrees”; change the exceptions afterwards.")
        )
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
            self.tr("&New vote"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button.setToolTip(
            self.tr("Record a new vote on this item, for example on an amended form.")
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            name_after_text(button)

        members_label = label_for(self.tr("Positions of the members present"), scroll)
        case_form = QFormLayout()
        self.case_label = label_for(self.tr("The &case this form is about"), self.case_choice)
        self.case_label.setVisible(self.own_case is None)
        case_form.addRow(self.case_label, self.case_choice)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Whose information"), self.owner), self.owner)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.item_label)
        layout.addWidget(self.intro)
        layout.addWidget(self.minors)
        layout.addLayout(case_form)
        layout.addWidget(members_label)
        layout.addWidget(scroll)
        layout.addWidget(self.all_agree_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label_for(self.tr("&Text of the form"), self.form_text))
        layout.addWidget(self.form_text, 1)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.result_box)
        layout.addWidget(self.recorded_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.record_button.clicked.connect(self._accept_if_recorded)
        self.cancel_button.clicked.connect(self.reject)
        self.again_button.clicked.connect(lambda: self._set_editing(True))
        self.all_agree_button.clicked.connect(self.everyone_agrees)

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

    # ------------------------------------------------------------------ filling
    def _person(self, person_id: int) -> Person | None:
        person = self._view.people.get(person_id)
        if person is not None:
            return person
        try:
            return get_person(self._vault, person_id)
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
        kept = {r.person.id: (p, r.given_by) for r in self.rows if (p := r.chosen()) is not None}
        self._fill_rows(kept)
        self._fill_owners()
        editing = self.editing
        for row in self.rows:
            row.position.setEnabled(editing)
        self.all_agree_button.setEnabled(editing and bool(self.rows))
        self._show_result()

    def _fill_rows(self, previous: Positions) -> None:
        for widget in self._row_widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets = []
        self.rows = []
        case = self.case_id()
        try:
            present, represented, in_room = ltf_participants(self._vault, self.item_id, case)
        except (KeyError, VaultError) as exc:
            self.error.show_message(error_message(getattr(exc, "code", None)))
            present, represented, in_room = frozenset(), {}, frozenset()
        people = [p for i in sorted(present) if (p := self._person(i)) is not None]
        people.sort(key=lambda p: (p.id not in in_room, p.name, p.id))
        entries: list[tuple[Person, Person | None]] = [(p, None) for p in people]
        for person_id, rep_id in sorted(represented.items()):
            person, rep = self._person(person_id), self._person(rep_id)
            if person is not None and rep is not None and person_id not in present:
                entries.append((person, rep))
        shown = {p.id for p, _ in entries}
        for person_id, (_pos, by) in previous.items():
            # On record but no longer counted: still show what they said.
            person = self._person(person_id)
            if person_id not in shown and person is not None:
                entries.append((person, self._person(by) if by is not None else None))
        for r, (person, rep) in enumerate(entries):
            away = rep is None and person.id in present and person.id not in in_room
            row = PositionRow(person, rep, out_of_room=away)
            if person.id in previous:
                row.set_position(previous[person.id][0])
            self.grid.addWidget(row.name, r, 0)
            self.grid.addWidget(row.position, r, 1)
            self._row_widgets += [row.name, row.position]
            row.position.currentIndexChanged.connect(self._show_result)
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
        height = min(280, self.rows_box.sizeHint().height() + 8)
        self._scroll.setMinimumHeight(height)  # every row visible up to seven or so
        self._scroll.setMaximumHeight(height)
        previous_widget: QWidget | None = self.case_choice if self.own_case is None else None
        for row in self.rows:
            if previous_widget is not None:
                QWidget.setTabOrder(previous_widget, row.position)
            previous_widget = row.position

    def _fill_owners(self) -> None:
        chosen = self.owner.currentData()
        self.owner.clear()
        people = [row.person for row in self.rows if row.representative is None]
        try:
            me = self_person(self._vault)
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
            previous = recorded_positions(self._vault, decision.id)
            text_id = decision.text_note_id
            if text_id is not None and self.own_case is None:
                case = get_note(self._vault, text_id).case_id
                if case is not None:
                    self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(case)))
            if text_id is not None and self._conceal and is_table_only(self._vault, text_id):
                self.concealed = True
                self.form_text.setPlainText(hidden_text())
            elif text_id is not None:
                self.form_text.setPlainText(get_note(self._vault, text_id).body)
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
    def _set_editing(self, editing: bool) -> None:
        if editing and self.concealed:
            self.concealed = False  # the placeholder is no form text: start from an empty one
            self.form_text.clear()
        for row in self.rows:
            row.position.setEnabled(editing)
        self.form_text.setReadOnly(not editing)
        self.owner.setEnabled(editing)
        self.case_choice.setEnabled(editing)
        self.all_agree_button.setEnabled(editing and bool(self.rows))
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
        """Person → (position, given by) for every row with a position chosen."""
        chosen: Positions = {}
        for row in self.rows:
            position = row.chosen()
            if position is not None:
                chosen[row.person.id] = (position, row.given_by)
        return chosen

    def everyone_agrees(self) -> None:
        for row in self.rows:
            row.set_position(Position.APPROVE)

    def _names(self) -> dict[int, str]:
        return {row.person.id: row.person.name for row in self.rows}

    def owners(self) -> set[int]:
        owner = self.owner.currentData()
        return set() if owner is None else {int(owner)}

    def _show_result(self) -> None:
        try:
            result = item_consensus(
                self._vault, self.item_id, self.positions(), case_id=self.case_id(),
                owners=self.owners(),
            )  # fmt: skip
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
            self.decision_id, self.consensus = record_ltf_form(
                self._vault, self.item_id, text, self.positions(), info_owner_id=int(owner),
                case_id=case,
            )  # fmt: skip
        except (KeyError, ValueError, VaultError) as exc:
            self.error.show_message(error_message(getattr(exc, "code", None)))
            return False
        return True

    def _accept_if_recorded(self) -> None:
        if self.perform():
            self.accept()
