"""Informing the person discussed: the checklist of P7, with the verdict live in words.

The person (or their family) may be told only that they were discussed — nothing of what
was said — and only when every participant knows and agrees, nothing but that fact is
passed on, and there is no danger to the secrecy of a police investigation, as stated by
a police participant present for the item. The verdict is the policy's
(:func:`vault.policy.inform_person_verdict`); the dialog only puts it into words and lists
what is still missing. Recording stores the outcome either way (allowed or not allowed).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import ui_language
from app.messages import error_message, refusal_message
from app.widgets import ErrorLabel, Notice, label_for, name_after_text, paragraph
from vault.attendance import present_for_item
from vault.decisions import get_decision, record_inform_person
from vault.documents.strings import long_date_time
from vault.errors import VaultError
from vault.meeting_view import ItemView
from vault.model import Decision, DecisionKind, DecisionOutcome, Person
from vault.people import get_person
from vault.policy import Reason, inform_person_verdict, superseded_by
from vault.store import Vault


def stamp_text(stamp: str) -> str:
    """A stored ISO timestamp as the user reads it: ``donderdag 5 maart 2026, 10.30 uur``."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return long_date_time(moment, ui_language())


def latest_decision(item_view: ItemView, kind: DecisionKind) -> Decision | None:
    """The most recent decision of ``kind`` on the item: the one that counts."""
    found = [d for d in item_view.decisions if d.kind is kind]
    return max(found, key=lambda d: d.id) if found else None


def superseded_text(vault: Vault, decision: Decision) -> str | None:
    """A line saying that a later decision on the case replaces this one (P6, P7), or
    None when this one governs."""
    try:
        later = superseded_by(vault, decision.id)
        if later is None:
            return None
        when = stamp_text(get_decision(vault, later).decided_at)
    except (KeyError, VaultError):
        return None
    return QCoreApplication.translate(
        "InformDialog",
        "Superseded: a later decision on this case (%1) replaces it; only that one counts "
        "and makes documents.",
    ).replace("%1", when)


def inform_status(decision: Decision) -> str:
    """One line for the item's facts about a recorded P7 decision."""
    when = stamp_text(decision.decided_at)
    if decision.outcome is DecisionOutcome.ALLOWED:
        text = QCoreApplication.translate(
            "InformDialog", "Informing the person: allowed — only the fact of being discussed (%1)."
        )
    else:
        text = QCoreApplication.translate("InformDialog", "Informing the person: not allowed (%1).")
    return text.replace("%1", when)


def police_text(person: Person) -> str:
    # Imported here: the meeting screen imports this module.
    from app.meeting_screen import role_text

    return f"{person.name} — {role_text(person.role)}"


class InformDialog(QDialog):
    """May the person discussed be told that they were discussed? (P7)"""

    def __init__(
        self, vault: Vault, item_view: ItemView, item_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Informing the person discussed"))
        self.setMinimumWidth(560)
        self._vault = vault
        self.item_id = item_view.item.id
        try:
            self.present = present_for_item(vault, self.item_id)
        except VaultError as exc:
            self.present = []
            startup_error: str | None = error_message(exc.code)
        else:
            startup_error = None
        self.recorded = latest_decision(item_view, DecisionKind.INFORM_PERSON)

        self.item_label = paragraph(item_text)
        self.item_label.setAccessibleName(item_text)
        self.intro = paragraph(
            self.tr(
                "The person discussed, or their family, may be told that they were discussed "
                "— only that fact, nothing of what was said — when all of the following is "
                "true. This is the only feedback that reaches them, also through a permanent "
                "representative."
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
        self.no_risk = QCheckBox(self.tr("&No danger to the secrecy of a police investigation"))
        for box in (self.all_agree, self.fact_only, self.no_risk):
            name_after_text(box)
        self.confirmer = QComboBox()
        self.confirmer.addItem(self.tr("Nobody yet"), None)
        self.police = [p for p in self.present if p.role.is_police]
        for person in self.police:
            self.confirmer.addItem(police_text(person), person.id)
        self.no_police = paragraph(
            self.tr(
                "No police participant is recorded as present for this item, so nobody can "
                "state that no investigation is at risk."
            )
        )
        self.no_police.setVisible(not self.police)
        self.verdict_box = Notice("", "")
        self.verdict_box.setAccessibleName(self.tr("Verdict"))
        self.recorded_label = paragraph()
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

        form = QFormLayout()
        form.addRow(
            label_for(self.tr("&Confirmed by (police, present)"), self.confirmer), self.confirmer
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.item_label)
        layout.addWidget(self.intro)
        layout.addWidget(self.present_label)
        layout.addWidget(self.all_agree)
        layout.addWidget(self.fact_only)
        layout.addWidget(self.no_risk)
        layout.addLayout(form)
        layout.addWidget(self.no_police)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self.recorded_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.record_button.clicked.connect(self._accept_if_recorded)
        self.cancel_button.clicked.connect(self.reject)
        self.again_button.clicked.connect(lambda: self._set_editing(True))
        for box in (self.all_agree, self.fact_only, self.no_risk):
            box.toggled.connect(self._show_verdict)
        self.confirmer.currentIndexChanged.connect(self._show_verdict)

        if self.recorded is not None:
            self._show_recorded(self.recorded)
        else:
            self._set_editing(True)
        self._show_verdict()

    # ------------------------------------------------------------------ state
    def _show_recorded(self, decision: Decision) -> None:
        self.all_agree.setChecked(bool(decision.all_agree))
        self.fact_only.setChecked(bool(decision.fact_only))
        self.no_risk.setChecked(bool(decision.no_investigation_risk))
        index = self.confirmer.findData(decision.confirmed_by_id)
        if index < 0 and decision.confirmed_by_id is not None:
            # The confirmer is no longer present for the item: show who it was anyway.
            try:
                name = get_person(self._vault, decision.confirmed_by_id).name
            except (KeyError, VaultError):
                name = "?"
            self.confirmer.addItem(name, decision.confirmed_by_id)
            index = self.confirmer.count() - 1
        self.confirmer.setCurrentIndex(max(0, index))
        text = self.tr("On record: %1").replace("%1", inform_status(decision))
        replaced = superseded_text(self._vault, decision)
        if replaced:
            text += "\n" + replaced
        self.recorded_label.setText(text)
        self.recorded_label.setAccessibleName(text)
        self._set_editing(False)

    def _set_editing(self, editing: bool) -> None:
        for widget in (self.all_agree, self.fact_only, self.no_risk, self.confirmer):
            widget.setEnabled(editing)
        self.record_button.setVisible(editing)
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

    def confirmed_by(self) -> int | None:
        value = self.confirmer.currentData()
        return None if value is None else int(value)

    def missing(self) -> list[str]:
        """The conditions not met yet, in words."""
        missing = []
        if not self.all_agree.isChecked():
            missing.append(self.tr("not every participant present has agreed"))
        if not self.fact_only.isChecked():
            missing.append(self.tr("it is not limited to the fact that they were discussed"))
        if not self.no_risk.isChecked():
            missing.append(self.tr("it is not stated that no investigation is at risk"))
        if self.confirmed_by() is None:
            if self.police:
                missing.append(self.tr("choose the police participant who confirms it"))
            else:
                missing.append(self.tr("no police participant is present to confirm it"))
        return missing

    def verdict_allowed(self) -> tuple[bool, Reason]:
        verdict = inform_person_verdict(
            self._vault,
            self.item_id,
            all_agree=self.all_agree.isChecked(),
            fact_only=self.fact_only.isChecked(),
            no_investigation_risk=self.no_risk.isChecked(),
            confirmed_by_id=self.confirmed_by(),
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

    # ------------------------------------------------------------------ recording
    def perform(self) -> int | None:
        """Record the decision as it stands; its id, or None (with the error shown)."""
        self.error.clear_message()
        try:
            return record_inform_person(
                self._vault,
                self.item_id,
                all_agree=self.all_agree.isChecked(),
                fact_only=self.fact_only.isChecked(),
                no_investigation_risk=self.no_risk.isChecked(),
                confirmed_by_id=self.confirmed_by(),
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return None

    def _accept_if_recorded(self) -> None:
        if self.perform() is not None:
            self.accept()
