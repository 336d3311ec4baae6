"""Decisions on the current agenda item, as the meeting screen shows them (P6, P7, P8).

:class:`DecisionsPanel` sits in the item's facts: one line per recorded decision (the LTF
form's consensus, the case's informing status, P7) and the minors' stepwise check, with
buttons and shortcuts that open :class:`~app.dialogs.consensus.ConsensusDialog`,
:class:`~app.dialogs.inform.InformDialog` and :class:`~app.dialogs.minors_gate.StepwiseDialog`.
Its :attr:`~DecisionsPanel.gate` goes above the note editor: the stepwise reminder that
never takes the focus (P8). The panel keeps track of the one dialog it has open, so that
:meth:`~DecisionsPanel.clear` — called when the meeting screen is wiped at locking —
closes it and forgets what it showed (P12). :meth:`~DecisionsPanel.flag_agenda` flags
agenda entries in words: a minor's open stepwise check (P8), a case whose informing is
undecided (P7).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.minors_gate import STEPWISE_SHORTCUT, StepwiseDialog, StepwiseGate, stepwise_status
from app.widgets.basics import paragraph
from app.wording.decisions import (
    case_status_text,
    inform_status,
    latest_decision,
    ltf_status,
    superseded_text,
)
from vault.api import InformingStatus, ItemView, MeetingView, UnlockedVault
from vault.errors import VaultError
from vault.model import AgendaItemKind, DecisionKind

LTF_SHORTCUT = "Ctrl+Shift+L"
INFORM_SHORTCUT = "Ctrl+Shift+I"

ID_ROLE = Qt.ItemDataRole.UserRole
"""The agenda entries carry their item id here (as the meeting screen sets them)."""
BASE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 41
"""An agenda entry's own text, before the stepwise flag was added to it."""

LTF_KINDS = (AgendaItemKind.CASE, AgendaItemKind.LTF_DECISIONS)


def flagged_title(title: str, *, stepwise: bool = True, informing: bool = False) -> str:
    """An agenda entry flagged in words: a minor's case whose stepwise check is open (P8),
    a case whose informing of the person is undecided (P7), or both."""
    if stepwise and informing:
        text = QCoreApplication.translate(
            "DecisionsPanel", "⚑ %1 · stepwise check open · informing undecided"
        )
    elif informing:
        text = QCoreApplication.translate("DecisionsPanel", "⚑ %1 · informing undecided")
    elif stepwise:
        text = QCoreApplication.translate("DecisionsPanel", "⚑ %1 · stepwise check open")
    else:
        return title
    return text.replace("%1", title)


def wipe_dialog(dialog: QDialog) -> None:
    """Forget every name and text a closed dialog showed: it must not wait in memory for
    its deletion (P12)."""
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QPlainTextEdit | QLineEdit | QComboBox):
            widget.clear()
        elif isinstance(widget, QCheckBox):
            widget.setText("")  # e.g. "<police participant> indicated a risk" (P7)
        widget.setAccessibleName("")
        widget.setAccessibleDescription("")
        widget.setToolTip("")


class DecisionsPanel(QWidget):
    """Decision status and entry points for the current agenda item."""

    changed = Signal()
    """Something was recorded: the meeting view should be loaded again."""

    def __init__(self, prepare: Callable[[], bool], editor: QWidget) -> None:
        super().__init__()
        self._prepare = prepare
        self._editor = editor
        self._vault: UnlockedVault | None = None
        self._view: MeetingView | None = None
        self._item_view: ItemView | None = None
        self._item_text = ""
        self._postponed: set[int] = set()
        """Cases whose stepwise reminder was put off for now (they stay flagged)."""
        self.dialog: QDialog | None = None
        self.presenting: Callable[[], bool] = lambda: False
        """True while the screen is projected: recorded table-only text stays hidden."""

        self.status = paragraph()
        self.ltf_button = QPushButton(self.tr("LTF form… (%1)").replace("%1", LTF_SHORTCUT))
        self.ltf_button.setAccessibleName(self.tr("LTF feedback form and consensus"))
        self.inform_button = QPushButton(
            self.tr("Inform the person… (%1)").replace("%1", INFORM_SHORTCUT)
        )
        self.inform_button.setAccessibleName(self.tr("Informing the person discussed"))
        # The buttons on a row of their own, above the status: beside it, on a narrow
        # screen (a side panel, 960 px) the status wrapped into a column of single words
        # and the second button was cut off.
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.ltf_button)
        buttons.addWidget(self.inform_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.gate = StepwiseGate()

        self.ltf_action = QAction(self.tr("LTF feedback form…"), self)
        self.ltf_action.setShortcut(QKeySequence(LTF_SHORTCUT))
        self.inform_action = QAction(self.tr("Informing the person…"), self)
        self.inform_action.setShortcut(QKeySequence(INFORM_SHORTCUT))
        self.stepwise_action = QAction(self.tr("Stepwise questions for a minor…"), self)
        self.stepwise_action.setShortcut(QKeySequence(STEPWISE_SHORTCUT))
        self.ltf_action.triggered.connect(self.open_ltf)
        self.inform_action.triggered.connect(self.open_inform)
        self.stepwise_action.triggered.connect(self.open_stepwise)
        self.ltf_button.clicked.connect(self.open_ltf)
        self.inform_button.clicked.connect(self.open_inform)
        self.gate.answer_button.clicked.connect(self.open_stepwise)
        self.gate.later_button.clicked.connect(self.postpone)
        self.hide()

    @property
    def actions_for_shortcuts(self) -> tuple[QAction, ...]:
        """The actions the meeting page installs (their shortcuts work anywhere on it)."""
        return (self.ltf_action, self.inform_action, self.stepwise_action)

    # ------------------------------------------------------------------ showing
    def show_item(
        self, vault: UnlockedVault, view: MeetingView, item_view: ItemView, item_text: str
    ) -> None:
        """Show the decisions and the stepwise state of ``item_view``."""
        self._vault, self._view, self._item_view = vault, view, item_view
        self._item_text = item_text
        kind = item_view.item.kind
        case = item_view.case
        lines = []
        if case is not None:
            stepwise = stepwise_status(case)
            if stepwise:
                lines.append(stepwise)
            if case.minors_in_context:
                lines.append(
                    self.tr("Minors in this case's context: weigh their interests at decisions.")
                )
        # The latest decision per case governs (P6, P7): an item's own decision that a
        # later one on the case replaced says so.
        for decision, status in (
            (latest_decision(item_view, DecisionKind.LTF_FORM), ltf_status),
            (latest_decision(item_view, DecisionKind.INFORM_PERSON), inform_status),
        ):
            if decision is None:
                continue
            replaced = None if self._vault is None else superseded_text(self._vault, decision)
            if decision.kind is DecisionKind.INFORM_PERSON and not replaced:
                continue  # it governs: the case's informing status below says it
            lines.append(status(decision))
            if replaced:
                lines.append(replaced)
        informing = view.informing.get(case.id) if case is not None else None
        if informing is not None and kind is AgendaItemKind.CASE:
            lines.append(
                case_status_text(
                    informing,
                    self._names(vault, view, informing),
                    view.informing_undecided(informing.case_id),
                )
            )
        text = "\n".join(lines)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))
        ltf_possible = kind in LTF_KINDS
        inform_possible = kind is AgendaItemKind.CASE
        self.ltf_button.setVisible(ltf_possible)
        self.inform_button.setVisible(inform_possible)
        self.ltf_action.setEnabled(ltf_possible)
        self.inform_action.setEnabled(inform_possible)
        self.setVisible(ltf_possible or inform_possible or bool(text))
        due = case is not None and self._stepwise_due(vault, view, case.id)
        self.stepwise_action.setEnabled(due)
        if due and case is not None and case.id not in self._postponed:
            self.gate.show_for(returning=not case.stepwise_check_open)
        else:
            self.gate.hide()

    @staticmethod
    def _stepwise_due(vault: UnlockedVault, view: MeetingView, case_id: int) -> bool:
        """Ask the stepwise questions now (P8): a minor's check still open, or the case
        returning to the agenda and not yet answered at this meeting."""
        try:
            return vault.cases.stepwise_check_due(case_id, view.meeting.id)
        except (KeyError, VaultError):
            return False

    @staticmethod
    def _names(
        vault: UnlockedVault, view: MeetingView, informing: InformingStatus
    ) -> dict[int, str]:
        """Names for the informing status line: who told the person (P7)."""
        names = {p.id: p.name for p in view.people.values()}
        told = informing.informed
        if told is not None and told.by_id not in names:
            with contextlib.suppress(KeyError, VaultError):
                names[told.by_id] = vault.people.get(told.by_id).name
        return names

    def flag_agenda(self, agenda: QListWidget) -> None:
        """Flag, in words, every agenda entry of a minor's case whose check is open (P8)
        and of a case whose informing is undecided (P7)."""
        view = self._view
        if view is None:
            return
        due: set[int] = set()
        if self._vault is not None:
            with contextlib.suppress(KeyError, VaultError):
                due = set(self._vault.meetings.stepwise_due(view.meeting.id))
        flagged = {iv.item.id for iv in view.items if iv.case is not None and iv.case.id in due}
        undecided = {
            iv.item.id
            for iv in view.items
            if iv.case is not None
            and iv.item.kind is AgendaItemKind.CASE
            and view.informing_undecided(iv.case.id)
        }
        for row in range(agenda.count()):
            entry = agenda.item(row)
            base = entry.data(BASE_TEXT_ROLE)
            if base is None:
                base = entry.text()
                entry.setData(BASE_TEXT_ROLE, base)
            item_id = entry.data(ID_ROLE)
            wanted = flagged_title(
                str(base), stepwise=item_id in flagged, informing=item_id in undecided
            )
            if entry.text() != wanted:
                entry.setText(wanted)

    @property
    def status_text(self) -> str:
        return self.status.text()

    # ------------------------------------------------------------------ dialogs
    def _ready(self) -> tuple[UnlockedVault, MeetingView, ItemView] | None:
        vault, view, item_view = self._vault, self._view, self._item_view
        if vault is None or view is None or item_view is None or self.dialog is not None:
            return None
        if not self._prepare():
            return None
        return vault, view, item_view

    def open_ltf(self) -> None:
        """The LTF feedback form of the current item (P6)."""
        ready = self._ready()
        if ready is None or ready[2].item.kind not in LTF_KINDS:
            return
        vault, view, item_view = ready
        from app.dialogs.consensus import ConsensusDialog

        dialog = ConsensusDialog(
            vault, view, item_view, self._item_text, self, conceal=self.presenting()
        )
        self._open(dialog)

    def open_inform(self) -> None:
        """The checklist for informing the person discussed (P7)."""
        ready = self._ready()
        if ready is None or ready[2].item.kind is not AgendaItemKind.CASE:
            return
        vault, _view, item_view = ready
        from app.dialogs.inform import InformDialog

        self._open(InformDialog(vault, item_view, self._item_text, self))

    def open_stepwise(self) -> None:
        """The stepwise questions for the current minor's case (P8)."""
        ready = self._ready()
        if ready is None:
            return
        vault, _view, item_view = ready
        case = item_view.case
        if case is None or not case.subject_is_minor:
            return
        view = self._view
        if view is None or not self._stepwise_due(vault, view, case.id):
            return
        self._open(StepwiseDialog(vault, case, self, meeting_id=view.meeting.id))

    def _open(self, dialog: QDialog) -> None:
        dialog.accepted.connect(self.changed.emit)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        wipe_dialog(dialog)
        dialog.setParent(None)
        dialog.deleteLater()
        if self._vault is not None:
            self._editor.setFocus()

    def postpone(self) -> None:
        """Put the stepwise reminder off for this case; the agenda keeps the flag."""
        item_view = self._item_view
        if item_view is not None and item_view.case is not None:
            self._postponed.add(item_view.case.id)
        self.gate.hide()
        self._editor.setFocus()

    # ------------------------------------------------------------------ locking
    def clear(self) -> None:
        """Close the open dialog and forget everything shown (P12)."""
        dialog = self.dialog
        self._vault = None
        self._view = None
        self._item_view = None
        self._item_text = ""
        self._postponed.clear()
        self.status.clear()
        self.status.setAccessibleName("")
        self.gate.hide()
        self.hide()
        if dialog is not None:
            dialog.reject()
