"""What the participation assessment (P10) says: its questions, answers and conclusions.

The texts keep the ``ParticipationWizard`` translation context they had in the wizard, so
the Dutch catalogue keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault.model import Answer, Conclusion


def question_texts(key: str) -> tuple[str, str, str]:
    """(step title, the question, the considerations from the seed text) for ``key``."""
    match key:
        case "framework_known":
            return (
                QCoreApplication.translate("ParticipationWizard", "Agreement framework"),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Is there a clear agreement framework, known to every participant?",
                ),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Is it clear what your role, rights and duties are at the table? Do ad "
                    "hoc participants know the framework and the secrecy duty too? Is it "
                    "clear what happens with the information shared, and are the rights of "
                    "the people discussed protected?",
                ),
            )
        case "agenda_clear":
            return (
                QCoreApplication.translate("ParticipationWizard", "Agenda"),
                QCoreApplication.translate("ParticipationWizard", "Is the agenda clear?"),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Is it clear how agenda items, cases and topics can be put forward?",
                ),
            )
        case "composition_clear":
            return (
                QCoreApplication.translate("ParticipationWizard", "Composition"),
                QCoreApplication.translate(
                    "ParticipationWizard", "Is it clear how the cell is composed?"
                ),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Who sits at the table, structurally and ad hoc, and on whose behalf?",
                ),
            )
        case "trust":
            return (
                QCoreApplication.translate("ParticipationWizard", "Trust and equal standing"),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Is there trust between the participants, and equal standing?",
                ),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Is everyone on the same footing? Can you take your seat at the table as "
                    "an equal? Are agreements kept, and is there understanding for each "
                    "other's role?",
                ),
            )
        case _:
            return (
                QCoreApplication.translate("ParticipationWizard", "The right person"),
                QCoreApplication.translate(
                    "ParticipationWizard", "Are you the right person in the right place?"
                ),
                QCoreApplication.translate(
                    "ParticipationWizard",
                    "Could taking part harm your bond of trust with a young person or a "
                    "family, or give you information that makes your work with them "
                    "harder? Then a colleague or head of service further from the case can "
                    "attend as permanent representative.",
                ),
            )


def answer_text(answer: Answer) -> str:
    return {
        Answer.YES: QCoreApplication.translate("ParticipationWizard", "&Yes"),
        Answer.PARTLY: QCoreApplication.translate("ParticipationWizard", "&Partly"),
        Answer.NO: QCoreApplication.translate("ParticipationWizard", "&No"),
    }[answer]


def conclusion_text(conclusion: Conclusion) -> str:
    return {
        Conclusion.PARTICIPATE: QCoreApplication.translate("ParticipationWizard", "Take part"),
        Conclusion.PARTICIPATE_WITH_CONDITIONS: QCoreApplication.translate(
            "ParticipationWizard", "Take part, with conditions"
        ),
        Conclusion.SEND_REPRESENTATIVE: QCoreApplication.translate(
            "ParticipationWizard", "Send a permanent representative"
        ),
        Conclusion.DECLINE: QCoreApplication.translate(
            "ParticipationWizard", "Decline, with a written motivation"
        ),
    }[conclusion]
