"""The stepwise approach for a minor's case (P8): asked before the first note, never a bar.

When a case's subject is a minor and its stepwise check is open
(:func:`vault.cases.stepwise_check_due`), the meeting screen shows :class:`StepwiseGate`
above the note editor: a calm panel that says the two questions are still open, with a
button to answer them (:class:`StepwiseDialog`) or to put them off. The editor keeps the
focus and typing goes on — the approach is advice the decree did not adopt, and losing a
word is worse. The agenda keeps the item flagged until both questions are answered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.widgets.basics import ErrorLabel, label_for, name_after_text, paragraph
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.errors import VaultError
from vault.model import Case

STEPWISE_SHORTCUT = "Ctrl+Shift+J"


def answer_text(answer: bool | None) -> str:
    if answer is None:
        return QCoreApplication.translate("StepwiseDialog", "not answered")
    return (
        QCoreApplication.translate("StepwiseDialog", "yes")
        if answer
        else QCoreApplication.translate("StepwiseDialog", "no")
    )


def stepwise_advice(care_first: bool | None, clear_signs: bool | None) -> str:
    """What the stepwise approach advises for these answers (empty while both are open)."""
    if care_first is False:
        return QCoreApplication.translate(
            "StepwiseDialog",
            "Care and welfare services outside the cell have not handled this minor first: "
            "the stepwise approach leaves the follow-up to them before the table takes it up.",
        )
    if clear_signs is False:
        return QCoreApplication.translate(
            "StepwiseDialog",
            "Without very clear signs of radicalisation, the stepwise approach does not "
            "discuss a minor at the table.",
        )
    if care_first and clear_signs:
        return QCoreApplication.translate(
            "StepwiseDialog",
            "Both answered yes: the table may discuss this minor, with as little personal "
            "data as possible.",
        )
    return ""


def stepwise_status(case: Case) -> str:
    """One line for the item's facts: the check's state for a minor's case, else empty."""
    if not case.subject_is_minor:
        return ""
    if case.stepwise_check_open:
        return QCoreApplication.translate(
            "StepwiseDialog", "Minor: the stepwise check is not answered yet."
        )
    return (
        QCoreApplication.translate(
            "StepwiseDialog", "Minor: handled first by care and welfare: %1; very clear signs: %2."
        )
        .replace("%1", answer_text(case.care_first))
        .replace("%2", answer_text(case.clear_signs))
    )


class StepwiseGate(QFrame):
    """Inline panel above the note editor while a minor's stepwise check is open.

    It takes no focus when it appears: the user can keep typing and answer later.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("stepwisegate")
        self.setStyleSheet(
            "QFrame#stepwisegate { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-left: 4px solid #b7791f;"
            " border-radius: 4px; }"
        )
        self.title = paragraph(self.tr("Minor — stepwise approach not checked yet"))
        font = QFont(self.title.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self._first_text = self.tr(
            "Before notes on a minor's case, answer two questions: was the minor handled "
            "first by care and welfare outside the cell, and are there very clear signs "
            "of radicalisation? You can keep typing meanwhile."
        )
        self.text = paragraph(self._first_text)
        self.answer_button = QPushButton(
            self.tr("Answer now… (%1)").replace("%1", STEPWISE_SHORTCUT)
        )
        self.answer_button.setAccessibleName(self.tr("Answer the stepwise questions"))
        self.answer_button.setAccessibleDescription(self.text.text())
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Answer the stepwise questions later"))
        self.later_button.setToolTip(
            self.tr("The case stays flagged in the agenda until the questions are answered.")
        )
        for button in (self.answer_button, self.later_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(10)
        layout.addLayout(words, 1)
        layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.title.text())
        self.hide()

    def show_for(self, *, returning: bool) -> None:
        """Show the gate: for a check never answered, or for a minor's case that returns
        to the agenda, whose answers are asked again (P8: the signs can change)."""
        if returning:
            title = self.tr("Minor — the case returns: check the stepwise answers again")
            text = self.tr(
                "This minor's case was discussed before. Are the answers still right: "
                "handled first by care and welfare outside the cell, very clear signs of "
                "radicalisation? You can keep typing meanwhile."
            )
        else:
            title = self.tr("Minor — stepwise approach not checked yet")
            text = self._first_text
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleName(title)
        self.answer_button.setAccessibleDescription(text)
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Never shorter than its wrapped text at its width: on a 1366×768 screen the
        meeting screen squeezed the panel and drew its text over its title (Xvfb walk)."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width())
            if needed > 0 and self.minimumHeight() != needed:
                self.setMinimumHeight(needed)
            # A resize that reached the frame while it was hidden left the layout at the
            # old (empty) size: the gate showed as an empty box at 1366×708 (Dutch).
            if layout.geometry() != self.contentsRect():
                layout.setGeometry(self.contentsRect())


class StepwiseDialog(QDialog):
    """The two stepwise questions for a minor's case; the answers are recorded (P8) —
    at ``meeting_id`` when asked at a meeting (a returning case is asked again there)."""

    def __init__(
        self,
        vault: UnlockedVault,
        case: Case,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stepwise approach for a minor"))
        self._vault = vault
        self.case_id = case.id
        self.meeting_id = meeting_id
        self.intro = paragraph(
            self.tr(
                "Case %1 concerns a minor. The follow-up of minors is first left to care and "
                "welfare services outside the cell; only with very clear signs of "
                "radicalisation is a minor discussed at the table, and then with as little "
                "personal data as possible."
            ).replace("%1", case.code)
        )
        if meeting_id is not None and not case.stepwise_check_open:
            again = self.tr(
                "The case returns to the agenda: the answers recorded before are filled in. "
                "Change what is no longer right, then record them for this meeting."
            )
            self.intro.setText(f"{self.intro.text()}\n\n{again}")
        self.intro.setMinimumWidth(460)
        self.care_first = self._answer_box(case.care_first)
        self.clear_signs = self._answer_box(case.clear_signs)
        self.advice = paragraph()
        self.advice.setAccessibleName(self.tr("Advice"))
        self.not_a_bar = paragraph(
            self.tr("This is advice, not a bar: notes can be typed whatever the answers.")
        )
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("&Record answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in buttons.buttons():
            name_after_text(button)
        self.record_button.setDefault(True)
        form = QFormLayout()
        form.addRow(
            label_for(
                self.tr("&Handled first by care and welfare outside the cell?"), self.care_first
            ),
            self.care_first,
        )
        form.addRow(
            label_for(self.tr("&Very clear signs of radicalisation?"), self.clear_signs),
            self.clear_signs,
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.not_a_bar)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_recorded)
        buttons.rejected.connect(self.reject)
        self.care_first.currentIndexChanged.connect(self._show_advice)
        self.clear_signs.currentIndexChanged.connect(self._show_advice)
        self._show_advice()
        self.care_first.setFocus()

    def _answer_box(self, answer: bool | None) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Not answered yet"), None)
        box.addItem(self.tr("Yes"), True)
        box.addItem(self.tr("No"), False)
        box.setCurrentIndex(box.findData(answer) if answer is not None else 0)
        return box

    @staticmethod
    def _answer(box: QComboBox) -> bool | None:
        value = box.currentData()
        return None if value is None else bool(value)

    def answers(self) -> tuple[bool | None, bool | None]:
        return self._answer(self.care_first), self._answer(self.clear_signs)

    def _show_advice(self) -> None:
        care_first, clear_signs = self.answers()
        advice = stepwise_advice(care_first, clear_signs)
        if care_first is None or clear_signs is None:
            open_line = self.tr("Until both questions are answered, the case stays flagged.")
            advice = f"{advice}\n{open_line}" if advice else open_line
        self.advice.setText(advice)
        self.advice.setAccessibleDescription(advice)

    def perform(self) -> bool:
        care_first, clear_signs = self.answers()
        try:
            self._vault.cases.record_stepwise_check(
                self.case_id,
                care_first=care_first,
                clear_signs=clear_signs,
                meeting_id=self.meeting_id,
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return False
        return True

    def _accept_if_recorded(self) -> None:
        if self.perform():
            self.accept()
