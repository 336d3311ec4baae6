"""The six document kinds as the client names them: menu entries, titles, descriptions.

Light on purpose: the main window builds its Documents menu from these at start-up,
while the PDF machinery (:mod:`app.dialogs.documents`, reportlab) loads only when a document is
made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.widgets.basics import plain_text
from vault.policy import DocumentKind

KINDS: tuple[DocumentKind, ...] = (
    DocumentKind.FEEDBACK_SHEET,
    DocumentKind.DOSSIER_EXTRACT,
    DocumentKind.REFUSAL_LETTER,
    DocumentKind.NOTICE_TO_PERSON,
    DocumentKind.LTF_RECORD,
    DocumentKind.MEETING_OVERVIEW,
)
"""Every kind, in the order the menu and the dialog show them."""


# --------------------------------------------------------------------------- wording
def kind_action_text(kind: DocumentKind) -> str:
    """The menu entry that makes a document of ``kind`` (with mnemonic and ellipsis)."""
    match kind:
        case DocumentKind.FEEDBACK_SHEET:
            return QCoreApplication.translate("Documents", "&Feedback for a colleague…")
        case DocumentKind.DOSSIER_EXTRACT:
            return QCoreApplication.translate("Documents", "&Extract for own dossier…")
        case DocumentKind.REFUSAL_LETTER:
            return QCoreApplication.translate(
                "Documents", "&Motivation for taking part or declining…"
            )
        case DocumentKind.NOTICE_TO_PERSON:
            return QCoreApplication.translate("Documents", "&Notice to the person discussed…")
        case DocumentKind.LTF_RECORD:
            return QCoreApplication.translate("Documents", "&LTF feedback form…")
        case DocumentKind.MEETING_OVERVIEW:
            return QCoreApplication.translate("Documents", "Meeting &overview (own use)…")


def kind_title(kind: DocumentKind) -> str:
    """The plain name of ``kind``: the dialog's heading and the kind list's entry."""
    return plain_text(kind_action_text(kind)).removesuffix("…")


def kind_description(kind: DocumentKind) -> str:
    """One or two sentences on what a document of ``kind`` holds, and what it never holds."""
    match kind:
        case DocumentKind.FEEDBACK_SHEET:
            return QCoreApplication.translate(
                "Documents",
                "For a colleague you represent at the table. It holds only what you "
                "released as feedback to that colleague, nothing else from the table.",
            )
        case DocumentKind.DOSSIER_EXTRACT:
            return QCoreApplication.translate(
                "Documents",
                "For your organisation's own case file, where colleagues can read it. It "
                "holds only the notes of this case that you released to your own dossier.",
            )
        case DocumentKind.REFUSAL_LETTER:
            return QCoreApplication.translate(
                "Documents",
                "Your assessment of taking part in the cell, as a letter to the mayor: your "
                "conclusion, and only what you choose to include — your motivation, the "
                "questions you weighed. A letter declining to take part holds your motivation.",
            )
        case DocumentKind.NOTICE_TO_PERSON:
            return QCoreApplication.translate(
                "Documents",
                "For the young person or family: only the fact that they were discussed, as a "
                "letter you sign or a script for a conversation, with the LIVC R of the "
                "municipality and its contact point. Nothing of what was said at the table "
                "goes in.",
            )
        case DocumentKind.LTF_RECORD:
            return QCoreApplication.translate(
                "Documents",
                "Only where every effectively participating member agreed: the text written "
                "for the form and the consensus with its date, no names. The information "
                "officer makes the outgoing form; everyone else an own record of the "
                "consensus, for own use.",
            )
        case DocumentKind.MEETING_OVERVIEW:
            return QCoreApplication.translate(
                "Documents",
                "For your own use: date, place and the kinds of agenda item of a meeting, "
                "with only the notes you released to your own dossier. Case codes, "
                "attendance and decisions only if you tick them.",
            )
