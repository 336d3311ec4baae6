"""User wording of vault errors and warnings (the vault itself only raises codes).

Every sentence says what happened and what the user can do. English source text;
Dutch comes from the translation catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault.errors import ErrorCode, VaultWarning
from vault.policy import Reason


def error_message(code: ErrorCode | None) -> str:
    """The sentence shown for ``code``; ``None`` stands for an unexpected failure."""
    match code:
        case ErrorCode.WRONG_PASSPHRASE:
            return QCoreApplication.translate(
                "Messages",
                "This passphrase does not open the vault. Check Caps Lock and the keyboard "
                "layout, then try again (an older passphrase?). Only if you are sure it is "
                "right, the start of the file may be damaged: then restore a backup — an "
                "older backup lacks the notes written since.",
            )
        case ErrorCode.TARGET_IN_USE:
            return QCoreApplication.translate(
                "Messages",
                "The file is open in another program (a PDF viewer?), so it cannot be "
                "replaced. Close it there and try again, or save under another name. "
                "Nothing was changed.",
            )
        case ErrorCode.OUT_OF_MEMORY:
            return QCoreApplication.translate(
                "Messages",
                "This computer has not enough free memory to unlock the vault right now. "
                "Close other programs and try again. The vault is not damaged: do not "
                "restore a backup.",
            )
        case ErrorCode.NOT_A_VAULT:
            return QCoreApplication.translate(
                "Messages",
                "This file is not a Tafelboek vault. Choose another file with "
                "“Open another vault…”.",
            )
        case ErrorCode.DAMAGED:
            return QCoreApplication.translate(
                "Messages",
                "The vault file is damaged and cannot be read safely. Nothing was changed. "
                "Restore your most recent backup, or ask IT for help.",
            )
        case ErrorCode.NEWER_VERSION:
            return QCoreApplication.translate(
                "Messages",
                "This vault was made by a newer version of Tafelboek. Install that version "
                "to open it; nothing was changed.",
            )
        case ErrorCode.IN_USE:
            return QCoreApplication.translate(
                "Messages",
                "The vault is already open in another Tafelboek window or on another "
                "computer. Close it there first, then try again.",
            )
        case ErrorCode.READ_ONLY:
            return QCoreApplication.translate(
                "Messages",
                "Tafelboek may not write in this folder. Choose a folder where you can save "
                "files, or ask IT for write access.",
            )
        case ErrorCode.DISK_FULL:
            return QCoreApplication.translate(
                "Messages",
                "The disk is full. Free up space, for example by emptying the recycle bin, "
                "then try again.",
            )
        case ErrorCode.WRITE_FAILED:
            return QCoreApplication.translate(
                "Messages",
                "Writing to the disk failed. Check that the disk or USB stick is still "
                "connected, then try again.",
            )
        case ErrorCode.WEAK_KDF:
            return QCoreApplication.translate(
                "Messages",
                "This computer has too little memory to protect a vault safely. Create the "
                "vault on another computer, or ask IT for help.",
            )
        case ErrorCode.EXISTS:
            return QCoreApplication.translate(
                "Messages",
                "A file with this name already exists, and nothing was overwritten. Open it "
                "with “Open another vault…”, or choose another name.",
            )
        case ErrorCode.NOT_FOUND:
            return QCoreApplication.translate(
                "Messages",
                "The vault file cannot be found. It may have been moved or renamed, or it is "
                "on a drive that is not connected. Use “Open another vault…” to find it.",
            )
        case ErrorCode.INVALID_PASSPHRASE:
            return QCoreApplication.translate(
                "Messages",
                "This passphrase cannot be used: it is empty, far too long, or contains "
                "characters that cannot be stored. Type another one.",
            )
        case ErrorCode.CLOSED:
            return QCoreApplication.translate(
                "Messages", "The vault is locked. Unlock it again to continue."
            )
        case ErrorCode.FILE_GONE:
            return QCoreApplication.translate(
                "Messages",
                "The vault file was deleted, moved or replaced while it was open, so nothing "
                "more can be saved into it. Your text is still here. Make a backup now "
                "(Vault › Make a backup…) before you lock or quit: while Tafelboek stays "
                "open it can still copy everything that was in the vault. Then restore that "
                "backup.",
            )
        case ErrorCode.BACKUP_MISMATCH:
            return QCoreApplication.translate(
                "Messages",
                "The copy could not be verified and was not kept; your vault is unchanged. "
                "Try again, preferably on another disk.",
            )
        case ErrorCode.NO_SUCH_RECORD:
            return QCoreApplication.translate(
                "Messages",
                "This item is no longer in the vault: it was deleted or changed in the "
                "meantime. Nothing was changed; look it up again.",
            )
        case ErrorCode.REFUSED:
            return QCoreApplication.translate(
                "Messages",
                "Tafelboek did not allow this because a rule of the consultation forbids "
                "it. Nothing was changed.",
            )
        case None:
            return QCoreApplication.translate(
                "Messages",
                "Something unexpected went wrong; nothing in the vault was changed. Try "
                "again, and contact IT if it keeps happening.",
            )


def warning_message(warning: VaultWarning) -> str:
    """The sentence shown after unlocking for a condition in :attr:`vault.Vault.warnings`."""
    match warning:
        case VaultWarning.NETWORK_SHARE:
            return QCoreApplication.translate(
                "Messages",
                "This vault is on a network share, where it can be damaged and others may "
                "copy it. Move it to this computer's own disk.",
            )
        case VaultWarning.WEAK_KDF:
            return QCoreApplication.translate(
                "Messages", "This vault's protection is weaker than Tafelboek now asks for."
            )
        case VaultWarning.QUICK_KDF:
            return QCoreApplication.translate(
                "Messages",
                "This vault unlocks much faster on this computer than Tafelboek aims for: "
                "it can be protected more strongly, with the same passphrase.",
            )
        case VaultWarning.OLDER_COPY:
            return QCoreApplication.translate(
                "Messages",
                "This vault is older than the copy this computer last closed: notes and "
                "decisions made since are not in it. If you did not put back a backup "
                "yourself, close it and find out where this file came from.",
            )


def strengthen_error_message(code: ErrorCode | None) -> str:
    """The sentence shown when strengthening a vault's protection did not succeed.

    Strengthening re-encrypts the vault under the same passphrase; the passphrase is only
    compared, so a wrong one says nothing about damage. Other codes read as elsewhere.
    """
    if code is ErrorCode.WRONG_PASSPHRASE:
        return QCoreApplication.translate(
            "Messages",
            "This is not the passphrase of this vault. Nothing was changed. Type the "
            "passphrase you use to unlock it.",
        )
    if code is ErrorCode.WEAK_KDF:
        return QCoreApplication.translate(
            "Messages",
            "This computer has too little memory for the stronger protection. Nothing was "
            "changed, and you can keep working as before.",
        )
    return error_message(code)


def refusal_message(reason: Reason) -> str:
    """The sentence shown when the secrecy policy refused to let something leave the vault."""
    match reason:
        case Reason.OK:
            return QCoreApplication.translate(
                "Messages", "The secrecy rules allow this document to be made."
            )
        case Reason.TABLE_ONLY:
            return QCoreApplication.translate(
                "Messages",
                "This text is table-only: it stays in the vault and cannot go into a document.",
            )
        case Reason.NOT_RELEASED_TO_RECIPIENT:
            return QCoreApplication.translate(
                "Messages",
                "Nothing here was released to this colleague, so no feedback can be made for them.",
            )
        case Reason.NOT_REPRESENTED:
            return QCoreApplication.translate(
                "Messages",
                "You do not represent this colleague at the table, so feedback cannot go to them.",
            )
        case Reason.NOT_REPRESENTED_FOR_ITEM:
            return QCoreApplication.translate(
                "Messages",
                "You did not sit in for this colleague for this agenda item: tick “I sit in "
                "for this colleague at this meeting” under Table › Representation…, and be in "
                "the room for the item. Only then can what was said there go to them as "
                "feedback.",
            )
        case Reason.NOT_SAME_ORGANISATION:
            return QCoreApplication.translate(
                "Messages",
                "A permanent representative sits in for colleagues of their own "
                "organisation only, and this person belongs to another organisation.",
            )
        case Reason.ORGANISATION_UNKNOWN:
            return QCoreApplication.translate(
                "Messages",
                "Record your own organisation and your colleague's first (Table › Cells…): "
                "you can represent only colleagues of your own organisation.",
            )
        case Reason.SITS_AT_TABLE:
            return QCoreApplication.translate(
                "Messages",
                "This person sits at this table themselves (the mayor, or a standing "
                "member of the cell), so nobody represents them here.",
            )
        case Reason.OWN_REFLECTION_AS_FEEDBACK:
            return QCoreApplication.translate(
                "Messages",
                "An own reflection, written outside a meeting, cannot be passed on to a "
                "colleague as feedback.",
            )
        case Reason.AGREED_MEETING_REQUIRED:
            return QCoreApplication.translate(
                "Messages", "Name the meeting at which it was agreed that this may leave the table."
            )
        case Reason.AGREED_MEETING_INVALID:
            return QCoreApplication.translate(
                "Messages",
                "The meeting named as the one where this was agreed does not fit: it must be "
                "a meeting of the same cell, on or after the note's meeting, and not cancelled.",
            )
        case Reason.INFO_OWNER_REQUIRED:
            return QCoreApplication.translate(
                "Messages", "Name whose information this is before it leaves the table."
            )
        case Reason.OWNER_AGREEMENT_REQUIRED:
            return QCoreApplication.translate(
                "Messages",
                "This is another participant's information: it leaves the table only when "
                "they agreed to this use at the table. Tick that they agreed, at the "
                "meeting chosen above.",
            )
        case Reason.OWNER_NOT_AT_MEETING:
            return QCoreApplication.translate(
                "Messages",
                "The owner of the information was not recorded as present at that meeting, "
                "so their agreement cannot have been given there. Check the attendance or "
                "choose the meeting where they agreed.",
            )
        case Reason.ALREADY_RELEASED:
            return QCoreApplication.translate(
                "Messages", "This has already been released in this way; nothing was changed."
            )
        case Reason.EMPTY_NOTE:
            return QCoreApplication.translate(
                "Messages", "This note holds no text yet, so there is nothing to release."
            )
        case Reason.NOTE_CHANGED:
            return QCoreApplication.translate(
                "Messages",
                "The note changed while you were releasing it, so nothing was released. "
                "Read the text again and release it if the table agreed to it.",
            )
        case Reason.CHANGED_SINCE_RELEASE:
            return QCoreApplication.translate(
                "Messages",
                "This note changed after it was released. The new text stays at the table "
                "until you release it again; only the released text may leave.",
            )
        case Reason.NOT_RELEASED_TEXT:
            return QCoreApplication.translate(
                "Messages",
                "Only text that was released may leave. What you selected holds text that "
                "was typed or changed after the release.",
            )
        case Reason.NOT_COPYABLE:
            return QCoreApplication.translate(
                "Messages",
                "Only text released to your own dossier can be copied, to paste it into your "
                "dossier system. Feedback for a colleague and an LTF form go out only as "
                "their document.",
            )
        case Reason.NO_CONSENSUS:
            return QCoreApplication.translate(
                "Messages",
                "Not every participating member present approved this LTF feedback form, so "
                "it counts as not passed on and no document can be made of it.",
            )
        case Reason.SUPERSEDED:
            return QCoreApplication.translate(
                "Messages",
                "A later decision on this case replaces this one: only the latest decision "
                "counts, so no document can be made of this one.",
            )
        case Reason.CONDITIONS_MISSING:
            return QCoreApplication.translate(
                "Messages",
                "Informing the person is allowed only when every participant knows about it "
                "and agrees, and only the fact that they were discussed is passed on.",
            )
        case Reason.CONFIRMER_NOT_POLICE:
            return QCoreApplication.translate(
                "Messages",
                "Only a police participant speaks for the police about a risk for an "
                "investigation.",
            )
        case Reason.CONFIRMER_NOT_PRESENT:
            return QCoreApplication.translate(
                "Messages",
                "The police participant named was not present for this agenda item.",
            )
        case Reason.RISK_INDICATED:
            return QCoreApplication.translate(
                "Messages",
                "A police participant indicated a risk for the secrecy of an investigation, "
                "so the person is not told.",
            )
        case Reason.NO_POLICE_PRESENT:
            return QCoreApplication.translate(
                "Messages",
                "No police participant is present for this item: ask the information "
                "officer. The question stays open until then; it is not refused.",
            )
        case Reason.INFORMING_NOT_ALLOWED:
            return QCoreApplication.translate(
                "Messages",
                "The latest decision on this case does not allow telling the person.",
            )
        case Reason.ALREADY_INFORMED:
            return QCoreApplication.translate(
                "Messages", "The person was already told under this decision."
            )
        case Reason.NOT_AN_LTF_FORM:
            return QCoreApplication.translate(
                "Messages", "This decision is not an LTF feedback form."
            )
        case Reason.NOT_AN_INFORM_DECISION:
            return QCoreApplication.translate(
                "Messages", "This decision is not a decision about informing the person."
            )
        case Reason.NOT_INFORMATION_OFFICER:
            return QCoreApplication.translate(
                "Messages",
                "Only the information officer makes the outgoing LTF feedback form. You can "
                "make an own record of the consensus, for your own use.",
            )
        case Reason.MOTIVATION_REQUIRED:
            return QCoreApplication.translate(
                "Messages",
                "A letter declining to take part holds your motivation. Write it in the "
                "assessment (Table › Assess participation…) and tick “Include my motivation "
                "in the letter to the mayor”.",
            )
        case Reason.ADDRESSEE_REQUIRED:
            return QCoreApplication.translate(
                "Messages",
                "The case is about a minor: choose whom the notice addresses — the young "
                "person, the parents, or both.",
            )
        case Reason.NOTICE_DETAILS_MISSING:
            return QCoreApplication.translate(
                "Messages",
                "The notice names the LIVC R of the municipality and a contact point for "
                "questions. Fill in both for this cell first (Table › Cells…, Details).",
            )
        case Reason.UNKNOWN:
            return QCoreApplication.translate(
                "Messages",
                "What this document is about can no longer be found in the vault, so nothing "
                "was made. Close this window and choose again.",
            )


def document_error_message(code: ErrorCode | None) -> str:
    """The sentence shown when saving a document failed; codes that mean something else
    for a new file than for a vault have their own wording, the others read as elsewhere."""
    match code:
        case ErrorCode.EXISTS:
            return QCoreApplication.translate(
                "Messages",
                "A file with this name already exists, and nothing was overwritten. Save "
                "again and choose another name.",
            )
        case ErrorCode.NOT_FOUND:
            return QCoreApplication.translate(
                "Messages",
                "The folder you chose no longer exists, or is on a drive that is not "
                "connected. Save again and choose another folder.",
            )
        case ErrorCode.INVALID_PASSPHRASE:
            return QCoreApplication.translate(
                "Messages",
                "This password cannot be used: it is empty, far too long, or contains "
                "characters a PDF cannot hold. Type another one.",
            )
        case _:
            return error_message(code)
