"""Informing the person discussed: the checklist of P7, the case's informing status, and
"done" (P7, rev. December 2026).

The person (or their family) may be told only that they were discussed — nothing of what
was said — when every participant knows and agrees and nothing but that fact is passed
on. Condition 3 follows the seed's default: it holds unless a police participant present
for the item indicates a risk for the secrecy of an investigation; who said what is
recorded. With no police participant present the question stays open: ask the
information officer. The table may also postpone the question until a date. Once the
person was told under a governing "allowed", the dialog records it as done: by whom, how
(a conversation or a letter), when. Verdicts and statuses are the vault's
(:func:`vault.policy.inform_person_verdict`, :mod:`vault.informing`); the dialog puts
them into words.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
    case_status_text,
    inform_status,
    latest_decision,
    superseded_text,
)
from app.wording.meeting import role_text
from app.wording.messages import error_message, refusal_message
from vault.api import (
    Decisions,
    InformedHow,
    InformingStatus,
    ItemView,
    UnlockedVault,
)
from vault.errors import Refused, VaultError
from vault.model import Decision, DecisionKind, DecisionOutcome, Person
from vault.policy import Reason


def police_text(person: Person) -> str:
    return f"{person.name} — {role_text(person.role)}"


def police_record_text(vault: UnlockedVault, decision: Decision) -> str:
    """Who spoke for the police when the decision was taken (P7: who said what)."""
    try:
        statements = vault.decisions.police_statements(decision.id)
        names = {s.person_id: vault.people.get(s.person_id).name for s in statements}
    except (KeyError, VaultError):
        return ""
    if decision.outcome is DecisionOutcome.POSTPONED:
        return ""
    if not statements:
        if decision.confirmed_by_id is not None:
            return ""  # a decision of an earlier version, without this record
        return QCoreApplication.translate("InformDialog", "No police participant was present.")
    risk = [names[s.person_id] for s in statements if s.risk_indicated]
    if risk:
        return QCoreApplication.translate(
            "InformDialog", "Indicated a risk for an investigation: %1."
        ).replace("%1", ", ".join(risk))
    return QCoreApplication.translate(
        "InformDialog", "The police present (%1) gave no indication of risk."
    ).replace("%1", ", ".join(names[s.person_id] for s in statements))


def tellers(vault: UnlockedVault, item_id: int, present: list[Person]) -> list[Person]:
    """Who may have told the person: the user first, then who was present for the item
    (``present``), then the colleagues the user represents at the cell (often the trusted
    worker)."""
    found: list[Person] = []
    try:
        me = vault.people.me()
        if me is not None:
            found.append(me)
        found += [p for p in present if p.id not in {f.id for f in found}]
        item = vault.meetings.item(item_id)
        cell_id = vault.meetings.get(item.meeting_id).cell_id
        for colleague_id in vault.representation.represented_colleagues(cell_id):
            if colleague_id not in {f.id for f in found}:
                found.append(vault.people.get(colleague_id))
    except (KeyError, VaultError):
        pass
    return found


class InformedForm(QGroupBox):
    # Its words are the InformDialog's (context "InformDialog"): one translation serves both.
    """The person was told: by whom, how (a conversation or a letter), on which day, and
    the button that records it (P7, done). Part of :class:`InformDialog` at the meeting and
    of :class:`InformedDialog` in the case file."""

    def __init__(
        self,
        vault: UnlockedVault,
        people: list[Person],
        *,
        earliest: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("InformDialog", "The person was told"), parent)
        self._vault = vault
        self.done_by = QComboBox()
        for person in people:
            self.done_by.addItem(person.name, person.id)
        self.done_how = QComboBox()
        self.done_how.addItem(
            QCoreApplication.translate("InformDialog", "In a conversation"),
            InformedHow.CONVERSATION.value,
        )
        self.done_how.addItem(
            QCoreApplication.translate("InformDialog", "By letter"), InformedHow.LETTER.value
        )
        self.done_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("dd-MM-yyyy")
        self.done_on.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.done_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.done_button = QPushButton(
            QCoreApplication.translate("InformDialog", "Record as &done")
        )
        name_after_text(self.done_button)
        form = QFormLayout(self)
        form.addRow(
            label_for(QCoreApplication.translate("InformDialog", "Told &by"), self.done_by),
            self.done_by,
        )
        form.addRow(
            label_for(QCoreApplication.translate("InformDialog", "&How"), self.done_how),
            self.done_how,
        )
        form.addRow(
            label_for(QCoreApplication.translate("InformDialog", "O&n"), self.done_on), self.done_on
        )
        form.addRow(self.done_button)

    def record(self, case_id: int, error: ErrorLabel) -> int | None:
        """Record that the person of ``case_id`` was told, as the form says; the decision
        it executes, or None with the reason shown in ``error``."""
        error.clear_message()
        by, how = self.done_by.currentData(), self.done_how.currentData()
        if by is None or how is None:
            return None
        chosen = self.done_on.date()
        on = date(chosen.year(), chosen.month(), chosen.day())
        try:
            return self._vault.decisions.record_informed(
                case_id, by_id=int(by), how=InformedHow(how), on=on
            )
        except Refused:
            verdict = self._vault.policy.may_inform(case_id)
            error.show_message(
                refusal_message(verdict.reason)
                if not verdict
                else QCoreApplication.translate(
                    "InformDialog", "Choose a day from the meeting to today."
                )
            )
        except VaultError as exc:
            error.show_message(error_message(exc.code))
        return None


class InformDialog(QDialog):
    """May the person discussed be told that they were discussed? And were they? (P7)"""

    def __init__(
        self,
        vault: UnlockedVault,
        item_view: ItemView,
        item_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Informing the person discussed"))
        self.setMinimumWidth(600)
        self._vault = vault
        self.item_id = item_view.item.id
        self.case_id = item_view.item.case_id
        startup_error: str | None = None
        try:
            self.present = vault.attendance.present_for_item(self.item_id)
        except VaultError as exc:
            self.present = []
            startup_error = error_message(exc.code)
        self.recorded = latest_decision(item_view, DecisionKind.INFORM_PERSON)
        self.meeting_day = self._meeting_day()
        self.today = vault.clock.now().date()

        self.item_label = paragraph(item_text)
        self.item_label.setAccessibleName(item_text)
        self.case_status = paragraph()
        self.intro = paragraph(
            self.tr(
                "The person discussed, or their family, may be told that they were discussed "
                "— only that fact, nothing of what was said — when every participant agrees "
                "and only that fact is passed on, unless the police present indicate a risk "
                "for an investigation. This is the only feedback that reaches them, also "
                "through a permanent representative."
            )
        )
        names = ", ".join(p.name for p in self.present) or self.tr("nobody recorded yet")
        self.present_label = paragraph(self.tr("Present for this item: %1").replace("%1", names))
        self.present_label.setAccessibleName(self.present_label.text())
        self.all_agree = QCheckBox(
            self.tr("&Every participant present for this item knows about it and agrees")
        )
        self.fact_only = QCheckBox(
            self.tr("&Only the fact that they were discussed is passed on, nothing of the content")
        )
        for box in (self.all_agree, self.fact_only):
            name_after_text(box)
        # Condition 3: holds unless a police participant present indicates a risk (P7).
        self.police = [p for p in self.present if p.role.is_police]
        self.police_box = QGroupBox(self.tr("Secrecy of a police investigation"))
        police_layout = QVBoxLayout(self.police_box)
        self.police_intro = paragraph(
            self.tr(
                "No risk unless the police present indicate one. Tick who indicated a risk; "
                "leave all unticked when the police present gave no indication of risk."
            )
            if self.police
            else self.tr(
                "No police participant is present for this item: ask the information "
                "officer. Recording now keeps the question open; it is not a refusal."
            )
        )
        police_layout.addWidget(self.police_intro)
        self.risk_boxes: dict[int, QCheckBox] = {}
        for person in self.police:
            box = QCheckBox(self.tr("%1 indicated a risk").replace("%1", police_text(person)))
            name_after_text(box)
            police_layout.addWidget(box)
            self.risk_boxes[person.id] = box
        self.verdict_box = Notice("", "")
        self.verdict_box.setAccessibleName(self.tr("Verdict"))
        self.recorded_label = paragraph()

        # Postpone the question until a date (P7).
        self.postpone_date = QDateEdit()
        self.postpone_date.setCalendarPopup(True)
        self.postpone_date.setDisplayFormat("dd-MM-yyyy")
        first = self.meeting_day.toordinal() + 1
        earliest = date.fromordinal(first)
        self.postpone_date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        default = Decisions.default_postponement(self.meeting_day, self.today)
        self.postpone_date.setDate(QDate(default.year, default.month, default.day))
        self.postpone_button = QPushButton(self.tr("&Postpone"))
        name_after_text(self.postpone_button)
        postpone_row = QHBoxLayout()
        postpone_row.addWidget(label_for(self.tr("Or postpone &until"), self.postpone_date))
        postpone_row.addWidget(self.postpone_date)
        postpone_row.addWidget(self.postpone_button)
        postpone_row.addStretch(1)
        self.postpone_widget = QWidget()
        self.postpone_widget.setLayout(postpone_row)
        postpone_row.setContentsMargins(0, 0, 0, 0)

        # Done: the person was told — by whom, how, when (P7). The same form records it
        # from the case file (:class:`InformedDialog`).
        day = self.meeting_day
        self.done_box = InformedForm(
            vault, tellers(vault, self.item_id, self.present), earliest=day, today=self.today
        )
        self.done_by = self.done_box.done_by
        self.done_how = self.done_box.done_how
        self.done_on = self.done_box.done_on
        self.done_button = self.done_box.done_button

        self.error = ErrorLabel()
        if startup_error is not None:
            self.error.show_message(startup_error)

        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.again_button: QPushButton = buttons.addButton(
            self.tr("Decide &again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            name_after_text(button)
        self.record_button.setDefault(True)

        # What is weighed scrolls when the screen is short; the verdict, what was
        # recorded and done, and the buttons stay in view.
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        content.addWidget(self.item_label)
        content.addWidget(self.case_status)
        content.addWidget(self.intro)
        content.addWidget(self.present_label)
        content.addWidget(self.all_agree)
        content.addWidget(self.fact_only)
        content.addWidget(self.police_box)
        content.addStretch(1)
        self.body = scrolling_body(content)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self.postpone_widget)
        layout.addWidget(self.recorded_label)
        layout.addWidget(self.done_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, self.body, 660)

        self.record_button.clicked.connect(self._accept_if_recorded)
        self.postpone_button.clicked.connect(self._accept_if_postponed)
        self.done_button.clicked.connect(self._accept_if_done)
        self.cancel_button.clicked.connect(self.reject)
        self.again_button.clicked.connect(lambda: self._set_editing(True))
        for box in (self.all_agree, self.fact_only, *self.risk_boxes.values()):
            box.toggled.connect(self._show_verdict)

        self._show_case_status()
        if self.recorded is not None:
            self._show_recorded(self.recorded)
        else:
            self._set_editing(True)
        self._show_verdict()

    # ------------------------------------------------------------------ facts
    def _meeting_day(self) -> date:
        try:
            item = self._vault.meetings.item(self.item_id)
            return self._vault.meetings.get(item.meeting_id).starts_at.date()
        except VaultError:
            return self._vault.clock.now().date()

    def _tellers(self) -> list[Person]:
        return tellers(self._vault, self.item_id, self.present)

    def status(self) -> InformingStatus | None:
        """The case's informing status now (P7)."""
        if self.case_id is None:
            return None
        try:
            return self._vault.decisions.informing_status(self.case_id)
        except (KeyError, VaultError):
            return None

    def _show_case_status(self) -> None:
        status = self.status()
        if status is None:
            self.case_status.hide()
            self.done_box.hide()
            return
        names = {p.id: p.name for p in self._tellers()}
        if status.informed is not None and status.informed.by_id not in names:
            with contextlib.suppress(KeyError, VaultError):
                names[status.informed.by_id] = self._vault.people.get(status.informed.by_id).name
        due = status.undecided(max(self.meeting_day, self.today))
        text = self.tr("This case: %1").replace("%1", case_status_text(status, names, due))
        self.case_status.setText(text)
        self.case_status.setAccessibleName(text)
        self.case_status.show()
        can_record_done = self.case_id is not None and bool(
            self._vault.policy.may_inform(self.case_id)
        )
        self.done_box.setVisible(can_record_done and self.done_by.count() > 0)

    # ------------------------------------------------------------------ state
    def _show_recorded(self, decision: Decision) -> None:
        self.all_agree.setChecked(bool(decision.all_agree))
        self.fact_only.setChecked(bool(decision.fact_only))
        try:
            said = {
                s.person_id: s.risk_indicated
                for s in self._vault.decisions.police_statements(decision.id)
            }
        except VaultError:
            said = {}
        for person_id, box in self.risk_boxes.items():
            box.setChecked(said.get(person_id, False))
        text = self.tr("On record: %1").replace("%1", inform_status(decision))
        police = police_record_text(self._vault, decision)
        if police:
            text += "\n" + police
        replaced = superseded_text(self._vault, decision)
        if replaced:
            text += "\n" + replaced
        self.recorded_label.setText(text)
        self.recorded_label.setAccessibleName(text)
        self._set_editing(False)

    def _set_editing(self, editing: bool) -> None:
        for widget in (self.all_agree, self.fact_only, *self.risk_boxes.values()):
            widget.setEnabled(editing)
        self.record_button.setVisible(editing)
        self.verdict_box.setVisible(editing)
        self.postpone_widget.setVisible(editing)
        self.again_button.setVisible(not editing and self.recorded is not None)
        self.cancel_button.setText(self.tr("Cancel") if editing else self.tr("Close"))
        name_after_text(self.cancel_button)
        self.recorded_label.setVisible(self.recorded is not None)
        if editing:
            self.record_button.setDefault(True)
            self.all_agree.setFocus()
        else:
            self.again_button.setDefault(True)
            self.again_button.setFocus()

    @property
    def editing(self) -> bool:
        return self.record_button.isVisibleTo(self)

    def risk_indicated_by(self) -> frozenset[int]:
        """The police participants ticked as having indicated a risk."""
        return frozenset(p for p, box in self.risk_boxes.items() if box.isChecked())

    def missing(self) -> list[str]:
        """Conditions 1 and 2 not met yet, in words."""
        missing = []
        if not self.all_agree.isChecked():
            missing.append(self.tr("not every participant present has agreed"))
        if not self.fact_only.isChecked():
            missing.append(self.tr("it is not limited to the fact that they were discussed"))
        return missing

    def verdict_allowed(self) -> tuple[bool, Reason]:
        verdict = self._vault.policy.inform_person_verdict(
            self.item_id,
            all_agree=self.all_agree.isChecked(),
            fact_only=self.fact_only.isChecked(),
            risk_indicated_by=self.risk_indicated_by(),
        )
        return verdict.allowed, verdict.reason

    def _show_verdict(self) -> None:
        try:
            allowed, reason = self.verdict_allowed()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        if allowed:
            title = self.tr("Allowed")
            body = self.tr(
                "The person may be told that they were discussed at the table — nothing else."
            )
            self.record_button.setText(self.tr("&Record: allowed"))
        elif reason is Reason.NO_POLICE_PRESENT:
            title = self.tr("Open: ask the information officer")
            body = refusal_message(reason)
            self.record_button.setText(self.tr("&Record: open"))
        else:
            title = self.tr("Not allowed")
            missing = self.missing()
            if missing:
                body = self.tr("Missing: %1.").replace("%1", "; ".join(missing))
            else:
                body = refusal_message(reason)
            self.record_button.setText(self.tr("&Record: not allowed"))
        name_after_text(self.record_button)
        self.verdict_box.title.setText(title)
        self.verdict_box.body.setText(body)
        self.verdict_box.setAccessibleDescription(f"{title}. {body}")

    @property
    def verdict_words(self) -> str:
        return f"{self.verdict_box.title.text()}. {self.verdict_box.body.text()}"

    @property
    def case_status_words(self) -> str:
        return self.case_status.text()

    # ------------------------------------------------------------------ recording
    def perform(self) -> int | None:
        """Record the decision as it stands; its id, or None (with the error shown)."""
        self.error.clear_message()
        try:
            return self._vault.decisions.record_inform_person(
                self.item_id,
                all_agree=self.all_agree.isChecked(),
                fact_only=self.fact_only.isChecked(),
                risk_indicated_by=self.risk_indicated_by(),
            )
        except Refused:
            self.error.show_message(refusal_message(Reason.CONFIRMER_NOT_PRESENT))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
        return None

    def postpone(self) -> int | None:
        """Record the question as postponed until the chosen date (P7)."""
        self.error.clear_message()
        chosen = self.postpone_date.date()
        until = date(chosen.year(), chosen.month(), chosen.day())
        try:
            return self._vault.decisions.record_inform_postponed(self.item_id, until=until)
        except Refused:
            self.error.show_message(self.tr("Choose a date after the meeting."))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
        return None

    def record_done(self) -> int | None:
        """Record that the person was told, by whom, how and when (P7)."""
        if self.case_id is None:
            return None
        return self.done_box.record(self.case_id, self.error)

    def _accept_if_recorded(self) -> None:
        if self.perform() is not None:
            self.accept()

    def _accept_if_postponed(self) -> None:
        if self.postpone() is not None:
            self.accept()

    def _accept_if_done(self) -> None:
        if self.record_done() is not None:
            self.accept()
