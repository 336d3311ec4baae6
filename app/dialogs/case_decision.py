"""Decisions beyond the two legal ones (P13; domain review M3): a follow-up trajectory (what,
lead organisation, *casusregisseur* if known, evaluation date), a referral (to whom) or a
closure (why), recorded for one case at one of the meetings whose agenda holds it — or, for
a trajectory or a closure the table took outside a meeting, in the case file only.

The decision's text is the table's own words: a table-only note like every decision text
(P1). Closing asks first when actions are still open or the informing question is
undecided (P7): the question names what is open, its default button is Cancel, and only
"Close anyway" records the closure (``confirm_open=True``). The vault has the last word:
a closure it refuses as needing confirmation (:class:`~vault.errors.ClosureNeedsConfirmation`,
with what it found open) asks the same question then. Closing as *moved* says that the
notes do not travel (review M11).
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.screens.case_words import FOCUS_STYLE, closure_reason_text, decision_kind_text, short_day
from app.screens.notebook import TableOnlyEditor
from app.widgets.basics import (
    ErrorLabel,
    heading,
    label_for,
    name_after_text,
    paragraph,
    scrolling_body,
)
from app.wording.messages import error_message
from vault.api import ClosingBlockers, UnlockedVault
from vault.errors import ClosureNeedsConfirmation, VaultError
from vault.model import CaseDecisionKind, ClosureReason, MeetingStatus

EVALUATION_AFTER_DAYS = 91
"""The evaluation date offered: about three months after the meeting."""


class CaseDecisionDialog(QDialog):
    """Record a trajectory, a referral or a closure for one case."""

    recorded = Signal(str)
    """The decision was recorded; carries its kind (``CaseDecisionKind`` value)."""

    def __init__(
        self,
        vault: UnlockedVault,
        case_id: int,
        *,
        meeting_id: int | None = None,
        kind: CaseDecisionKind = CaseDecisionKind.TRAJECTORY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = vault
        self.case_id = case_id
        self.confirm_box: QMessageBox | None = None
        self.close_anyway_button: QWidget | None = None
        file = vault.cases.file(case_id)
        self._meeting_days: dict[int, date] = {}
        self.setWindowTitle(self.tr("Decision on case %1").replace("%1", file.case.code))

        title = heading(self.tr("Decision on case %1").replace("%1", file.case.code), scale=1.3)
        self.kind = QComboBox()
        for k in CaseDecisionKind:
            self.kind.addItem(decision_kind_text(k), k)
        self.meeting = QComboBox()
        chosen = -1
        for entry in reversed(file.meetings):
            if entry.meeting.status is MeetingStatus.CANCELLED or not entry.items:
                continue
            self._meeting_days[entry.meeting.id] = entry.meeting.starts_at.date()
            if entry.meeting.id == meeting_id:
                chosen = self.meeting.count()
            self.meeting.addItem(
                self.tr("Meeting of %1").replace("%1", short_day(entry.meeting.starts_at.date())),
                (entry.meeting.id, entry.items[0].id),
            )
        self.meeting.addItem(self.tr("Outside a meeting (case file only, no text)"), None)
        self.meeting.setCurrentIndex(max(chosen, 0))
        self.text = TableOnlyEditor()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the table decided, in its own words"))
        self.text.setMinimumHeight(80)
        self.text.setMaximumHeight(160)
        self.text_note = paragraph(
            self.tr("The text stays at the table (table-only) until you release it.")
        )

        # Trajectory
        self.lead = QComboBox()
        self.lead.setEditable(True)
        self.lead.addItem("")
        self.lead.addItems(vault.actions.organisations())
        self.director = QComboBox()
        self.director.addItem(self.tr("Not known yet"), None)
        for person in vault.people.list():
            label = f"{person.name} ({person.organisation})" if person.organisation else person.name
            self.director.addItem(label, person.id)
        self.evaluation = QDateEdit()
        self.evaluation.setCalendarPopup(True)
        self.evaluation.setDisplayFormat("d MMMM yyyy")
        self.running = QCheckBox(self.tr("The trajectory is already r&unning"))
        name_after_text(self.running)
        # Referral
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(self.tr("A service or organisation, e.g. CAW"))

        # Closure
        self.reason = QComboBox()
        for reason in ClosureReason:
            self.reason.addItem(closure_reason_text(reason), reason)
        self.reason_help = paragraph()

        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(label_for(self.tr("&Kind of decision"), self.kind), self.kind)
        form.addRow(label_for(self.tr("At the &meeting"), self.meeting), self.meeting)
        form.addRow(label_for(self.tr("What was &decided"), self.text), self.text)
        form.addRow("", self.text_note)
        form.addRow(label_for(self.tr("&Lead organisation"), self.lead), self.lead)
        form.addRow(
            label_for(self.tr("Case di&rector (casusregisseur)"), self.director), self.director
        )
        form.addRow(label_for(self.tr("E&valuation on"), self.evaluation), self.evaluation)
        form.addRow("", self.running)
        form.addRow(label_for(self.tr("Referred &to"), self.referred_to), self.referred_to)
        form.addRow(label_for(self.tr("Reas&on"), self.reason), self.reason)
        form.addRow("", self.reason_help)
        self.form = form
        self._rows: dict[CaseDecisionKind, list[QWidget]] = {
            CaseDecisionKind.TRAJECTORY: [self.lead, self.director, self.evaluation, self.running],
            CaseDecisionKind.REFERRAL: [self.referred_to],
            CaseDecisionKind.CLOSURE: [self.reason, self.reason_help],
        }
        body = QVBoxLayout()
        body.addWidget(title)
        body.addLayout(form)
        body.addWidget(self.error)
        body.addStretch(1)
        scroll = scrolling_body(body)

        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("Re&cord decision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            name_after_text(button)
        self.record_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 420)
        self.resize(640, 540)

        order: list[QWidget] = [
            self.kind,
            self.meeting,
            self.text,
            self.lead,
            self.director,
            self.evaluation,
            self.running,
            self.referred_to,
            self.reason,
            self.record_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.meeting.currentIndexChanged.connect(lambda _i: self._meeting_changed())
        self.reason.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()
        self._meeting_changed()
        self._reason_changed()
        self.kind.setFocus()
        self.setStyleSheet(FOCUS_STYLE)

    # ------------------------------------------------------------------ form
    def chosen_kind(self) -> CaseDecisionKind:
        return CaseDecisionKind(self.kind.currentData())  # Qt keeps a StrEnum as its str

    def chosen_place(self) -> tuple[int, int] | None:
        """(meeting, agenda item) of the decision, or None outside a meeting."""
        value = self.meeting.currentData()
        return value if isinstance(value, tuple) else None

    def _kind_changed(self) -> None:
        chosen = self.chosen_kind()
        for kind, widgets in self._rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, kind is chosen)
        self.error.clear_message()

    def _meeting_changed(self) -> None:
        place = self.chosen_place()
        self.text.setEnabled(place is not None)
        day = self._meeting_days[place[0]] if place else self._today()
        offered = day + timedelta(days=EVALUATION_AFTER_DAYS)
        self.evaluation.setDate(QDate(offered.year, offered.month, offered.day))

    def _reason_changed(self) -> None:
        reason = ClosureReason(self.reason.currentData())
        if reason is ClosureReason.MOVED:
            self.reason_help.setText(
                self.tr(
                    "The person moved to another municipality. Your notes do not travel: any "
                    "handover runs through the mayor or the information officer and the LTF, "
                    "not through this notebook. The case's retention review counts from its "
                    "closure."
                )
            )
        elif reason is ClosureReason.OUT_OF_SCOPE:
            self.reason_help.setText(
                self.tr("Outside the cell's local definition: the retention review comes sooner.")
            )
        else:
            self.reason_help.setText(self.tr("The case's retention review starts at its closure."))

    def _today(self) -> date:
        vault = self._vault
        return vault.clock.now().date() if vault is not None else date.today()

    # ------------------------------------------------------------------ recording
    def record(self) -> bool:
        """Check the form and record the decision (closing asks first when something is
        still open); True when it was recorded."""
        vault = self._vault
        if vault is None:
            return False
        kind, place = self.chosen_kind(), self.chosen_place()
        text = self.text.toPlainText().strip()
        if place is not None and not text:
            self.error.show_message(self.tr("Write in a few words what the table decided."))
            self.text.setFocus()
            return False
        if kind is CaseDecisionKind.TRAJECTORY:
            return self._record_trajectory(vault, place, text)
        if kind is CaseDecisionKind.REFERRAL:
            if place is None:
                self.error.show_message(self.tr("A referral is decided at a meeting: choose it."))
                self.meeting.setFocus()
                return False
            to = self.referred_to.text().strip()
            if not to:
                self.error.show_message(self.tr("Say to whom the case is referred."))
                self.referred_to.setFocus()
                return False
            return self._done(
                kind, lambda: vault.decisions.record_referral(place[1], text, referred_to=to)
            )
        blockers = vault.cases.closing_blockers(self.case_id)
        if not blockers.empty:
            self._ask_before_closing(blockers)
            return False
        return self.close_case(confirm_open=False)

    def _record_trajectory(
        self, vault: UnlockedVault, place: tuple[int, int] | None, text: str
    ) -> bool:
        lead = self.lead.currentText().strip()
        if not lead:
            self.error.show_message(self.tr("Name the organisation that leads the trajectory."))
            self.lead.setFocus()
            return False
        qdate = self.evaluation.date()
        on = date(qdate.year(), qdate.month(), qdate.day())
        day = self._meeting_days[place[0]] if place else self._today()
        if on <= day:
            self.error.show_message(
                self.tr("The evaluation date comes after %1.").replace("%1", short_day(day))
            )
            self.evaluation.setFocus()
            return False
        director = self.director.currentData()
        running = self.running.isChecked()
        if place is None:
            return self._done(
                CaseDecisionKind.TRAJECTORY,
                lambda: vault.cases.start_trajectory(
                    self.case_id,
                    lead_organisation=lead,
                    evaluation_on=on,
                    running=running,
                    case_director_id=director,
                ),
            )
        return self._done(
            CaseDecisionKind.TRAJECTORY,
            lambda: vault.decisions.record_trajectory(
                place[1],
                text,
                lead_organisation=lead,
                evaluation_on=on,
                case_director_id=director,
                running=running,
            ),
        )

    def close_case(self, *, confirm_open: bool) -> bool:
        """Record the closure (``confirm_open``: the user was asked about what is open).

        When the vault refuses because something is still open — an action was added or
        the informing question came due since it was asked, or nobody asked —
        (:class:`~vault.errors.ClosureNeedsConfirmation`), the user is asked now with what
        the vault found open, and "Close anyway" closes with confirmation."""
        vault = self._vault
        if vault is None:
            return False
        reason = ClosureReason(self.reason.currentData())
        place = self.chosen_place()
        text = self.text.toPlainText().strip()
        try:
            if place is None:
                return self._done(
                    CaseDecisionKind.CLOSURE,
                    lambda: vault.cases.close(self.case_id, reason, confirm_open=confirm_open),
                )
            return self._done(
                CaseDecisionKind.CLOSURE,
                lambda: vault.decisions.record_closure(
                    place[1], text, reason=reason, confirm_open=confirm_open
                ),
            )
        except ClosureNeedsConfirmation as refused:
            self._ask_before_closing(refused.blockers)
            return False

    def open_items_text(self, blockers: ClosingBlockers) -> str:
        """What is still open on the case, in words (the question before closing)."""
        lines = []
        if blockers.open_actions:
            lines.append(
                self.tr("%1 open action(s)").replace("%1", str(len(blockers.open_actions)))
            )
        if blockers.informing is not None:
            lines.append(self.tr("informing the person is not decided yet (P7)"))
        return "; ".join(lines)

    def _ask_before_closing(self, blockers: ClosingBlockers) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the case?"))
        box.setText(
            self.tr("Still open on this case: %1.").replace("%1", self.open_items_text(blockers))
        )
        box.setInformativeText(
            self.tr("Close it anyway? The open items stay in the case file as they are.")
        )
        self.close_anyway_button = box.addButton(
            self.tr("Close &anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        for button in box.buttons():
            name_after_text(button)
        box.finished.connect(lambda _r: self._answered(box))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        chosen = box.clickedButton()
        self.confirm_box = None
        box.deleteLater()
        if chosen is not None and chosen is self.close_anyway_button:
            self.close_case(confirm_open=True)

    def _done(self, kind: CaseDecisionKind, call: object) -> bool:
        assert callable(call)
        try:
            call()
        except ClosureNeedsConfirmation:
            raise  # the caller asks (close_case)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return False
        self.recorded.emit(kind.value)
        self.accept()
        return True

    def done(self, result: int) -> None:
        if self.confirm_box is not None:
            box, self.confirm_box = self.confirm_box, None
            box.finished.disconnect()
            box.reject()
            box.deleteLater()
        self._vault = None
        self.text.clear()
        super().done(result)
