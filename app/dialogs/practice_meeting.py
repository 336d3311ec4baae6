"""A new meeting with the practice's agenda (P13; domain review M2): opening, previous
report, open actions, running cases, new referrals, LTF information and feedback, cases to
close, varia and signals, next meeting (:meth:`vault.api.Meetings.start_practice`).

:class:`PracticeMeetingDialog` is :class:`~app.screens.meeting.dialogs.NewMeetingDialog`
with one tick more, "Use the practice's agenda". Each of the cell's cases says why it is
proposed (:meth:`vault.api.Meetings.proposed_cases`): running (evaluation due), new
referral, or closed. Ticking the practice's agenda ticks the proposed ones (closed cases
stay unticked); unticking it unticks them again and gives the standard template.
:data:`PRACTICE_BY_DEFAULT` says whether it starts ticked: it does, since the practice's
structure is what a LIVC R meeting follows (issue 16 item 2) and the cell's running cases
and new referrals belong on it; unticking gives the short standard template.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from app.screens.meeting.dialogs import NewMeetingDialog
from app.widgets.basics import name_after_text
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.errors import VaultError
from vault.model import Cell

ID_ROLE = Qt.ItemDataRole.UserRole

PRACTICE_BY_DEFAULT = True
"""Whether "Use the practice's agenda" starts ticked (with the proposed cases)."""


class PracticeMeetingDialog(NewMeetingDialog):
    """A new meeting, offered with the practice's agenda and the cell's proposed cases:
    running cases (with those whose evaluation date has come) and new referrals."""

    def __init__(
        self,
        vault: UnlockedVault,
        cells: list[Cell],
        cell_id: int | None,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        self._proposed_running: set[int] = set()
        self._proposed: set[int] = set()
        self._tick_proposed = PRACTICE_BY_DEFAULT
        super().__init__(vault, cells, cell_id, now, parent)
        self.practice = QCheckBox(self.tr("Use the practice's a&genda"))
        self.practice.setToolTip(
            self.tr(
                "Opening; previous report; open actions; running cases; new referrals; "
                "LTF information and feedback; cases to close; varia and signals; next meeting"
            )
        )
        self.practice.setChecked(PRACTICE_BY_DEFAULT)
        self._tick_proposed = True
        name_after_text(self.practice)
        forms = self.findChildren(QFormLayout)
        if forms:  # above the cases
            forms[0].insertRow(max(0, forms[0].rowCount() - 2), "", self.practice)
        else:
            self.error.parentWidget().layout().addWidget(self.practice)  # type: ignore[union-attr]
        self.practice.toggled.connect(self._practice_toggled)

    def _practice_toggled(self, on: bool) -> None:
        """The practice's agenda brings its proposed cases; without it, none is ticked."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.cases.count()):
            entry = self.cases.item(row)
            if int(entry.data(ID_ROLE)) in self._proposed:
                entry.setCheckState(state)

    def _fill_cases(self) -> None:
        super()._fill_cases()
        cell_id = self.cell.currentData()
        if cell_id is None or not hasattr(self, "_tick_proposed"):
            return
        try:
            proposed = self._vault.meetings.proposed_cases(int(cell_id))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self._proposed_running = set(proposed.running)
        self._proposed = {*proposed.running, *proposed.new}
        tick = self._tick_proposed and hasattr(self, "practice") and self.practice.isChecked()
        words = {c: self.tr("running") for c in proposed.running}
        words.update({c: self.tr("running — evaluation due") for c in proposed.to_evaluate})
        words.update({c: self.tr("new referral") for c in proposed.new})
        closed = self.tr("closed")
        for row in range(self.cases.count()):
            entry = self.cases.item(row)
            case_id = int(entry.data(ID_ROLE))
            if case_id in words:
                entry.setText(f"{entry.text()} — {words[case_id]}")
                if tick or (self._tick_proposed and PRACTICE_BY_DEFAULT):
                    entry.setCheckState(Qt.CheckState.Checked)
            else:
                entry.setText(f"{entry.text()} — {closed}")
        # The closed cases go last: the proposed ones are in sight first.
        ended = [
            r
            for r in range(self.cases.count())
            if int(self.cases.item(r).data(ID_ROLE)) not in words
        ]
        taken = [self.cases.takeItem(r) for r in reversed(ended)]
        for entry in reversed(taken):
            self.cases.addItem(entry)
        self.cases.scrollToTop()  # the first proposed case in sight, not the middle

    def _case_added(self, case_id: int) -> None:
        self._tick_proposed = False  # what the user ticked or unticked stays so
        try:
            super()._case_added(case_id)
        finally:
            self._tick_proposed = True

    def start(self) -> int | None:
        """Create the meeting (the practice's agenda when ticked); its id, or None."""
        if not self.practice.isChecked():
            return super().start()
        cell_id = self.cell.currentData()
        if cell_id is None:  # never a blank error: say what comes first (issue 17 item 2)
            self.error.show_message(self.no_cell_text())
            return None
        chosen = self.chosen_case_ids()
        try:
            return self._vault.meetings.start_practice(
                int(cell_id),
                self._starts_at(),
                self.table_kind(),
                place=self.place.text().strip(),
                running=[c for c in chosen if c in self._proposed_running],
                new=[c for c in chosen if c not in self._proposed_running],
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return None
