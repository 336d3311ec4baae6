"""Record that the person was informed — from the case file (P7, done).

At the meeting, :class:`~app.dialogs.inform.InformDialog` decides whether the person may be
told and, once it was allowed, records that they were. The telling itself often happens
weeks later, when nobody has the meeting open: this dialog records it from the case's file,
with the same form (:class:`~app.dialogs.inform.InformedForm`: by whom, how, on which day)
under the case's governing "allowed" (:meth:`vault.api.Policy.may_inform`). Who may have
told them is offered as at the meeting: the user, who was present for the item where it
was allowed, the colleagues the user represents at the cell.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.dialogs.inform import InformedForm, tellers
from app.widgets.basics import ErrorLabel, name_after_text, paragraph
from app.wording.decisions import case_status_text
from app.wording.messages import error_message, refusal_message
from vault.api import UnlockedVault
from vault.errors import VaultError


class InformedDialog(QDialog):
    """The person of one case was told that they were discussed: by whom, how, when."""

    recorded = Signal(int)
    """The decision the telling executes (the case's governing "allowed")."""

    def __init__(self, vault: UnlockedVault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record that the person was informed"))
        self.setMinimumWidth(480)
        self._vault: UnlockedVault | None = vault
        self.case_id = case_id
        self.error = ErrorLabel()
        today = vault.clock.now().date()
        status = vault.decisions.informing_status(case_id)
        decision = status.decision
        earliest, present, item_id = today, [], None
        if decision is not None:
            item_id = decision.agenda_item_id
            with contextlib.suppress(VaultError):
                earliest = vault.meetings.get(decision.meeting_id).starts_at.date()
                present = vault.attendance.present_for_item(item_id)
        people = tellers(vault, item_id, present) if item_id is not None else []
        if not people:
            me = vault.people.me()
            people = [me] if me is not None else []
        names = {p.id: p.name for p in people}
        self.case_status = paragraph(
            QCoreApplication.translate("InformDialog", "This case: %1").replace(
                "%1", case_status_text(status, names, status.undecided(today))
            )
        )
        self.case_status.setAccessibleName(self.case_status.text())
        self.intro = paragraph(
            self.tr(
                "Only the fact that they were discussed may have been passed on, nothing of "
                "what was said (P7)."
            )
        )
        self.form = InformedForm(vault, people, earliest=min(earliest, today), today=today)
        verdict = vault.policy.may_inform(case_id)
        if not verdict:
            self.error.show_message(refusal_message(verdict.reason))
        self.form.setEnabled(bool(verdict) and bool(people))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            name_after_text(button)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.case_status)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.form.done_button.setDefault(True)
        self.form.done_button.clicked.connect(self.record)

    def record(self) -> int | None:
        """Record it as the form says; the decision id (the dialog closes), or None with
        the reason shown."""
        vault = self._vault
        if vault is None:
            return None
        try:
            found = self.form.record(self.case_id, self.error)
        except VaultError as exc:  # the refusal's own check failed (a lock, a lost file)
            self.error.show_message(error_message(exc.code))
            return None
        if found is None:
            return None
        self.recorded.emit(found)
        self.accept()
        return found

    def done(self, result: int) -> None:
        """Closing (or a lock, P12) forgets the vault."""
        self._vault = None
        super().done(result)
