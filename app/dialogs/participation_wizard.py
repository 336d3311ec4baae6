"""Assessing participation in a cell, one question per step, and a motivated refusal (P10).

Taking part in a LIVC R is voluntary. Before joining, the seed text asks the
professional to weigh: is there a clear agreement framework known to all? a clear
agenda? a clear composition, with trust and equal standing? and is the user the right
person in the right place — or should a permanent representative go instead? A
professional who declines is asked to put the motivation in writing.

The wizard asks the five questions of :data:`vault.participation.QUESTIONS` (yes / partly
/ no), computes the suggested conclusion (:func:`vault.participation.suggested_conclusion`),
lets the user decide, and requires a motivation when the conclusion is to decline.
With a doubt on the framework, the agenda, the composition or trust, it first asks the
seed's follow-up — is there openness in the LIVC R to raise it? — and proposes not to
take part only when there is none. The motivation is a table-only note (P1): the user's
own text, which goes into the letter to the mayor (Documents menu) only by the step
"include my motivation in the letter to the mayor" when the letter is made (P10).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.platform.i18n import ui_language
from app.screens.notebook import TableOnlyEditor
from app.widgets.basics import ErrorLabel, Notice, label_for, name_after_text, paragraph, plain_text
from app.wording.messages import error_message
from app.wording.participation import answer_text, conclusion_text, question_texts
from vault.api import QUESTIONS, Participation, UnlockedVault
from vault.dates import long_date, stamp_date
from vault.errors import VaultError
from vault.model import Answer, Conclusion


class CellPage(QWizardPage):
    """Which cell is being assessed, and why the questions matter."""

    def __init__(self, vault: UnlockedVault) -> None:
        super().__init__()
        self._vault = vault
        self.setTitle(
            QCoreApplication.translate("ParticipationWizard", "Assess taking part in a cell")
        )
        self.cell = QComboBox()
        try:
            for cell in vault.cells.list():
                self.cell.addItem(cell.name, cell.id)
        except VaultError as exc:
            self.setSubTitle(error_message(exc.code))
        intro = paragraph(
            QCoreApplication.translate(
                "ParticipationWizard",
                "Nobody is obliged to take part in a LIVC R. Weigh it beforehand: five "
                "questions follow, one per step, and one more if you have doubts. Answer "
                "with Alt and the underlined letter, or the arrow keys; Enter goes on. If "
                "something is not right, discuss it with a colleague or your head of service.",
            )
        )
        self.none = paragraph(
            QCoreApplication.translate(
                "ParticipationWizard", "There is no cell yet. Add one first under Table › Cells…"
            )
        )
        self.none.setVisible(self.cell.count() == 0)
        form = QFormLayout()
        form.addRow(
            label_for(QCoreApplication.translate("ParticipationWizard", "&Cell"), self.cell),
            self.cell,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.none)
        self.earlier = paragraph()
        self.earlier.setAccessibleName(
            QCoreApplication.translate("ParticipationWizard", "Earlier assessments")
        )
        layout.addSpacing(8)
        layout.addWidget(self.earlier)
        layout.addStretch(1)
        self.cell.currentIndexChanged.connect(self._show_earlier)
        self._show_earlier()

    def _show_earlier(self) -> None:
        """Earlier assessments of the chosen cell: date and conclusion (metadata only)."""
        cell_id = self.cell.currentData()
        try:
            earlier = self._vault.participation.of_cell(int(cell_id)) if cell_id is not None else []
        except VaultError:
            earlier = []
        lines = []
        for each in reversed(earlier[-5:]):
            day = long_date(stamp_date(each.assessed_at), ui_language())
            outcome = conclusion_text(each.conclusion) if each.conclusion else "—"
            lines.append(f"{day}: {outcome}")
        if lines:
            title = QCoreApplication.translate("ParticipationWizard", "Earlier assessments:")
            self.earlier.setText("\n".join([title, *lines]))
        else:
            self.earlier.setText("")
        self.earlier.setVisible(bool(lines))

    def isComplete(self) -> bool:
        return self.cell.count() > 0

    def initializePage(self) -> None:
        self.cell.setFocus()


class _AnswerPage(QWizardPage):
    """A question in large type, answered yes, partly or no, with what to weigh below."""

    def __init__(self, title: str, question: str, considerations: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.question.setFont(font)
        self.considerations = Notice(
            QCoreApplication.translate("ParticipationWizard", "To weigh"), considerations
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addSpacing(6)
        for answer in Answer:
            button = QRadioButton(answer_text(answer))
            name_after_text(button)
            button.setAccessibleDescription(question)
            self.group.addButton(button)
            self.buttons[answer] = button
            button.toggled.connect(self.completeChanged)
            layout.addWidget(button)
        layout.addSpacing(10)
        layout.addWidget(self.considerations)
        layout.addStretch(1)

    def answer(self) -> Answer | None:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return None

    def set_answer(self, answer: Answer) -> None:
        self.buttons[answer].setChecked(True)

    def isComplete(self) -> bool:
        return self.answer() is not None

    def initializePage(self) -> None:
        chosen = self.answer()
        (self.buttons[chosen] if chosen else self.buttons[Answer.YES]).setFocus()


class QuestionPage(_AnswerPage):
    """One of the five questions: yes, partly or no."""

    def __init__(self, key: str, number: int) -> None:
        title, question, considerations = question_texts(key)
        title_text = QCoreApplication.translate("ParticipationWizard", "Question %1 of %2: %3")
        title_text = title_text.replace("%1", str(number)).replace("%2", str(len(QUESTIONS)))
        super().__init__(title_text.replace("%3", title), question, considerations)
        self.key = key


class OpennessPage(_AnswerPage):
    """The seed's follow-up to a doubt: is there openness in the LIVC R to raise it?

    Asked only when a question on the framework, the agenda, the composition or trust
    was answered "no" or "partly"; "not taking part" is proposed only when there is no
    openness (P10, domain review C19).
    """

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ParticipationWizard", "Openness to raise doubts"),
            QCoreApplication.translate(
                "ParticipationWizard", "Is there openness in the LIVC R to raise your doubts?"
            ),
            QCoreApplication.translate(
                "ParticipationWizard",
                "You have doubts about one of the conditions. Discuss them with a colleague "
                "or your head of service first. Then check whether the cell is open to "
                "hearing them: can you put them on the table, and will they be taken up? If "
                "not, you had better not step in.",
            ),
        )


class ConclusionPage(QWizardPage):
    """The suggested conclusion, the user's own, and the motivation (required to decline)."""

    def __init__(self, wizard: ParticipationWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ParticipationWizard", "Your conclusion"))
        self.summary = paragraph()
        self.summary.setAccessibleName(
            QCoreApplication.translate("ParticipationWizard", "Your answers")
        )
        self.suggestion = paragraph()
        self.suggestion.setAccessibleName(
            QCoreApplication.translate("ParticipationWizard", "Suggested conclusion")
        )
        font = self.suggestion.font()
        font.setBold(True)
        self.suggestion.setFont(font)
        self.conclusion = QComboBox()
        for conclusion in Conclusion:
            self.conclusion.addItem(conclusion_text(conclusion), conclusion)
        self.motivation = TableOnlyEditor()
        self.motivation.setTabChangesFocus(True)
        self.motivation.setPlaceholderText(
            QCoreApplication.translate(
                "ParticipationWizard", "Why you take part, with conditions, or decline."
            )
        )
        self.required = paragraph()
        self.stays = paragraph(
            QCoreApplication.translate(
                "ParticipationWizard",
                "The motivation is your own text and stays in the vault. It goes into the "
                "letter to the mayor only when you choose “Include my motivation in the "
                "letter to the mayor” as you make the letter (Documents › Motivation for "
                "taking part or declining…).",
            )
        )
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(
            label_for(
                QCoreApplication.translate("ParticipationWizard", "C&onclusion"), self.conclusion
            ),
            self.conclusion,
        )
        form.addRow(
            label_for(
                QCoreApplication.translate("ParticipationWizard", "&Motivation"), self.motivation
            ),
            self.motivation,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestion)
        layout.addLayout(form)
        layout.addWidget(self.required)
        layout.addWidget(self.stays)
        layout.addWidget(self.error)
        self.conclusion.currentIndexChanged.connect(self._show_requirement)

    def chosen(self) -> Conclusion:
        return Conclusion(self.conclusion.currentData())

    def initializePage(self) -> None:
        answers = self._wizard.answers()
        self.summary.setText(
            " · ".join(
                f"{question_texts(key)[0]}: {plain_text(answer_text(a)) if a else '—'}"
                for key, a in answers.items()
            )
        )
        suggested = Participation.suggested_conclusion(answers, self._wizard.openness())
        if suggested is None:
            self.suggestion.setText(
                QCoreApplication.translate(
                    "ParticipationWizard", "No suggestion: not every question was answered."
                )
            )
        else:
            self.suggestion.setText(
                QCoreApplication.translate(
                    "ParticipationWizard", "Suggested from your answers: %1"
                ).replace("%1", conclusion_text(suggested))
            )
            self.conclusion.setCurrentIndex(self.conclusion.findData(suggested))
        self.error.clear_message()
        self._show_requirement()
        self.conclusion.setFocus()

    def _show_requirement(self) -> None:
        if self.chosen() is Conclusion.DECLINE:
            self.required.setText(
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Declining is motivated in writing: the motivation is required.",
                )
            )
        else:
            self.required.setText(
                QCoreApplication.translate("ParticipationWizard", "A motivation is optional.")
            )

    def validatePage(self) -> bool:
        self.error.clear_message()
        if self.chosen() is Conclusion.DECLINE and not self.motivation.toPlainText().strip():
            self.error.show_message(
                QCoreApplication.translate(
                    "ParticipationWizard", "Write why you decline before you finish."
                )
            )
            self.motivation.setFocus()
            return False
        return self._wizard.save()


def name_aero_back_button(wizard: QWizard) -> None:
    """Give Windows' Aero back button the back button's accessible name.

    On Windows, QWizard always makes a second back button for the Aero style: a bare
    ``QAbstractButton`` (Qt's ``QVistaBackButton``) without text, hidden in the other
    styles. Should it ever show (the Aero style, a style sheet), a screen reader would
    announce an unnamed button; so it gets the name of the button it stands in for.
    """
    own = [wizard.button(which) for which in _STANDARD_BUTTONS]  # kept alive: compared below
    name = plain_text(own[0].text())
    for button in wizard.findChildren(QAbstractButton):
        if button not in own and not button.text() and not button.accessibleName():
            button.setAccessibleName(name)


_STANDARD_BUTTONS = (
    QWizard.WizardButton.BackButton,  # first: the name to lend
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.HelpButton,
)


class ParticipationWizard(QWizard):
    """The participation assessment (P10): cell, five questions, conclusion."""

    def __init__(
        self, vault: UnlockedVault, cell_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.saved_id: int | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ParticipationWizard", "Assess participation")
        )
        self.setAccessibleName(
            QCoreApplication.translate("ParticipationWizard", "Assess participation")
        )
        # One look everywhere: on Windows QWizard would pick the Aero style, whose back
        # button is a bare arrow painted in the title area, without text or mnemonic. The
        # modern style keeps "< Back" (Alt+B) as a labelled button in the tab order.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 500)
        self.cell_page = CellPage(vault)
        if cell_id is not None:
            self.cell_page.cell.setCurrentIndex(max(0, self.cell_page.cell.findData(cell_id)))
        self.addPage(self.cell_page)
        self.question_pages = [QuestionPage(key, n) for n, key in enumerate(QUESTIONS, start=1)]
        for page in self.question_pages:
            self.addPage(page)
        self.openness_page = OpennessPage()
        self._openness_id = self.addPage(self.openness_page)
        self.conclusion_page = ConclusionPage(self)
        self._conclusion_id = self.addPage(self.conclusion_page)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton,
        ):
            name_after_text(self.button(which))
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            QCoreApplication.translate("ParticipationWizard", "&Save"),
        )
        name_after_text(self.button(QWizard.WizardButton.FinishButton))
        name_aero_back_button(self)

    def nextId(self) -> int:
        """After the last question: the openness question only when there is a doubt."""
        following = super().nextId()
        if following == self._openness_id and not Participation.needs_openness(self.answers()):
            return self._conclusion_id
        return following

    def done(self, result: int) -> None:
        """Closing (also by locking, P12) wipes the motivation and the cell names.

        QWizard validates the last page again before it accepts: wipe only once closed.
        """
        super().done(result)
        if not self.isVisible():
            self.conclusion_page.motivation.clear()
            self.conclusion_page.summary.clear()
            self.cell_page.cell.clear()

    def answers(self) -> dict[str, Answer | None]:
        return {page.key: page.answer() for page in self.question_pages}

    def openness(self) -> Answer | None:
        """The answer to the openness question; None when it was not asked (no doubt)."""
        return self.openness_page.answer() if Participation.needs_openness(self.answers()) else None

    def cell_id(self) -> int | None:
        data = self.cell_page.cell.currentData()
        return int(data) if data is not None else None

    def save(self) -> bool:
        """Store the assessment; False with the reason shown."""
        page = self.conclusion_page
        cell_id = self.cell_id()
        if cell_id is None:
            return False
        motivation = page.motivation.toPlainText()
        try:
            self.saved_id = self._vault.participation.save(
                cell_id,
                self.answers(),
                page.chosen(),
                motivation if motivation.strip() else "",
                assessment_id=self.saved_id,
            )
        except (ValueError, VaultError) as exc:
            page.error.show_message(
                error_message(exc.code if isinstance(exc, VaultError) else None)
            )
            return False
        return True
