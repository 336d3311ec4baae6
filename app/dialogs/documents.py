"""Making a document that leaves the vault: what, about whom, and whether to lock it.

Why this file is longer than ~500 lines: it is one form. Its options follow the chosen
kind (six kinds: reveal boxes for the overview, the LTF note, letter or script and whom a
notice to a minor addresses, the letter to the mayor's own steps, the PDF password) and
the request is built from all of them at once; its wording functions sit beside it under
the Qt context "Documents". The two-page frame, the busy state and the closing rules are
:class:`app.dialogs.task_dialog.TaskDialog`'s, the work runs on the window's task runner,
and what goes into the PDF is decided behind the door.

The dialog only asks: which kind of document, its subject (the colleague, case, meeting,
decision or assessment the kind is about), and optionally a password. What goes *into*
the document is decided by :mod:`vault.documents` and :mod:`vault.policy` alone (P2, P4,
P6, P7); the dialog offers only subjects that :func:`vault.documents.document_choices`
lists, and words a refusal should the policy still say no.

The PDF is written on a pool thread by the window's task runner
(:class:`app.session.tasks.TaskRunner`), never on the GUI thread. Around that work the
dialog emits :attr:`DocumentDialog.export_started` and :attr:`DocumentDialog.export_finished`,
so the window can keep everything else away from the vault meanwhile. Nothing of the
document, its subject or the chosen path is logged, kept in settings or shown in a window
title; the password fields are emptied the moment the work starts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.prompts import Prompts, SaveKind
from app.dialogs.task_dialog import TaskDialog
from app.platform.i18n import ui_language
from app.platform.save_places import choose_local_save_file, default_save_folder
from app.session.tasks import Failure, Task, TaskRunner
from app.widgets.basics import (
    ErrorLabel,
    Notice,
    label_for,
    name_after_text,
    paragraph,
    plain_text,
)
from app.widgets.new_passphrase import NewPassphraseFields
from app.widgets.passphrase_generator import GeneratedPassphrase
from app.widgets.strength_meter import StrengthMeter
from app.wording.document_kinds import KINDS, kind_description, kind_title
from app.wording.messages import document_error_message, refusal_message
from vault.api import UnlockedVault
from vault.documents import (
    DocumentChoices,
    DocumentRequest,
    request_for,
)
from vault.errors import VaultError
from vault.policy import (
    Addressee,
    DocumentKind,
    LtfDocument,
    Reason,
    RevealedFact,
)
from vault.strength import (
    PDF_POLICY,
    local_personal_words,
    vault_file_words,
)

PDF_FILTER = "PDF (*.pdf)"

PAGE_WIDTH = 500
"""Width of the dialog's content: wide enough for the notice, narrow enough to read."""

ExportFailure = Failure
"""Why an export did not happen: the policy's reason, a vault error code, or ``None``
for a failure nobody planned for (:data:`app.session.tasks.Failure`)."""


def subject_label(kind: DocumentKind) -> str:
    """The label (with mnemonic) of the list of subjects for ``kind``."""
    match kind:
        case DocumentKind.FEEDBACK_SHEET:
            return QCoreApplication.translate("Documents", "Co&lleague")
        case DocumentKind.DOSSIER_EXTRACT:
            return QCoreApplication.translate("Documents", "C&ase")
        case DocumentKind.REFUSAL_LETTER:
            return QCoreApplication.translate("Documents", "Assess&ment")
        case DocumentKind.NOTICE_TO_PERSON | DocumentKind.LTF_RECORD:
            return QCoreApplication.translate("Documents", "D&ecision")
        case DocumentKind.MEETING_OVERVIEW:
            return QCoreApplication.translate("Documents", "M&eeting")


def nothing_available(kind: DocumentKind) -> str:
    """Why there is nothing to choose for ``kind`` yet (shown instead of the list)."""
    match kind:
        case DocumentKind.FEEDBACK_SHEET:
            return QCoreApplication.translate(
                "Documents", "Nothing has been released yet for a colleague you represent."
            )
        case DocumentKind.DOSSIER_EXTRACT:
            return QCoreApplication.translate(
                "Documents", "No case has notes released to your own dossier yet."
            )
        case DocumentKind.REFUSAL_LETTER:
            return QCoreApplication.translate(
                "Documents", "No assessment of taking part in a cell has been recorded yet."
            )
        case DocumentKind.NOTICE_TO_PERSON:
            return QCoreApplication.translate(
                "Documents",
                "No decision allows informing a person yet: every participant must agree, "
                "only the fact of being discussed may be passed on, and a police participant "
                "must confirm that no investigation is at risk.",
            )
        case DocumentKind.LTF_RECORD:
            return QCoreApplication.translate(
                "Documents",
                "No LTF feedback form has been agreed by every participating member yet.",
            )
        case DocumentKind.MEETING_OVERVIEW:
            return QCoreApplication.translate("Documents", "No meeting has been recorded yet.")


def ltf_note_text(form: LtfDocument) -> str:
    """Which LTF document the user makes, and why (P6)."""
    if form is LtfDocument.OUTGOING:
        return QCoreApplication.translate(
            "Documents",
            "You are the information officer: you make the outgoing feedback form for the "
            "Local Task Force. It names nobody: only the consensus of all effectively "
            "participating members, with its date.",
        )
    return QCoreApplication.translate(
        "Documents",
        "Only the information officer makes the outgoing feedback form. You get an own "
        "record of the consensus, for your own use: it is never addressed to the LTF and "
        "names nobody.",
    )


def suggested_file_name(kind: DocumentKind, ltf_document: LtfDocument | None = None) -> str:
    """A neutral file name: it never holds a name, a case code or any text (P2). The own
    record of an LTF consensus is not named as the form that goes to the LTF."""
    if kind is DocumentKind.LTF_RECORD and ltf_document is LtfDocument.OWN_RECORD:
        return QCoreApplication.translate("Documents", "own-record-of-consensus.pdf")
    match kind:
        case DocumentKind.FEEDBACK_SHEET:
            return QCoreApplication.translate("Documents", "feedback.pdf")
        case DocumentKind.DOSSIER_EXTRACT:
            return QCoreApplication.translate("Documents", "dossier-extract.pdf")
        case DocumentKind.REFUSAL_LETTER:
            return QCoreApplication.translate("Documents", "motivation.pdf")
        case DocumentKind.NOTICE_TO_PERSON:
            return QCoreApplication.translate("Documents", "notice.pdf")
        case DocumentKind.LTF_RECORD:
            return QCoreApplication.translate("Documents", "ltf-feedback-form.pdf")
        case DocumentKind.MEETING_OVERVIEW:
            return QCoreApplication.translate("Documents", "meeting-overview.pdf")


def default_folder(fallback: Path) -> Path:
    """Where the save dialog starts: Documents, Downloads or home, the first that stays on
    this laptop (not synced, not on a server); else ``fallback``. Never remembered."""
    return default_save_folder(fallback)


def failure_message(failure: ExportFailure) -> str:
    """The sentence shown when a document was not made."""
    if isinstance(failure, Reason):
        return refusal_message(failure)
    return document_error_message(failure)


# --------------------------------------------------------------------------- the dialog
class DocumentDialog(TaskDialog):
    """Asks kind, subject and an optional password; saves the PDF; confirms briefly."""

    export_started = Signal()
    """Emitted just before the export starts on the pool: the vault is in use until
    :attr:`export_finished`. Connected slots run before the work begins."""
    export_finished = Signal()
    """The pool is done with the vault (whatever the outcome)."""
    exported = Signal(int)
    """The document was written; carries the id of its export record."""
    export_failed = Signal(object)
    """Nothing was written; carries an :data:`ExportFailure`."""

    def __init__(
        self,
        vault: UnlockedVault,
        prompts: Prompts,
        runner: TaskRunner,
        *,
        kind: DocumentKind | None = None,
        choices: DocumentChoices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Make a document"),
            self.tr("&Save…"),
            parent,
            close_text=self.tr("C&lose"),
            min_width=0,
        )
        self._vault = vault
        self._prompts = prompts
        self._runner = runner
        self._choices = (
            choices if choices is not None else vault.documents.choices(language=ui_language())
        )
        self._export: Task | None = None
        """The running export's task while its outcome is awaited (None after a lock)."""
        self._preset = kind is not None
        self._password_used = False
        self.kind = QComboBox()
        for each in KINDS:
            self.kind.addItem(kind_title(each), each)
        self.kind_label = label_for(self.tr("&Document"), self.kind)
        self.description = paragraph()
        self.subject = QComboBox()
        self.subject_label = label_for(subject_label(DocumentKind.FEEDBACK_SHEET), self.subject)
        self.empty = paragraph()
        self.empty.setAccessibleName(self.tr("Nothing to choose"))

        # The meeting overview: facts covered by the secret of the table go in only when
        # the user includes them for this export, after a plain warning (P1).
        self.reveal_label = paragraph(
            self.tr("Also include (covered by the secret of the table, so not by default):")
        )
        self.reveal_boxes = {
            RevealedFact.CASE_CODES: QCheckBox(self.tr("Case c&odes")),
            RevealedFact.ATTENDANCE: QCheckBox(self.tr("Who a&ttended, also per agenda item")),
            RevealedFact.DECISIONS: QCheckBox(
                self.tr("Decisions with their o&utcome, and actions")
            ),
        }
        for box in self.reveal_boxes.values():
            name_after_text(box)
        self.reveal_warning = Notice(self.tr("This file will reveal who was discussed"), "")
        self.reveal_warning.hide()

        # The LTF form: the outgoing form is the information officer's only (P6).
        self.ltf_note = paragraph()
        self.ltf_note.setAccessibleName(self.tr("Which LTF document you make"))
        # The notice (P7): a letter or a script; for a minor, whom it addresses.
        self.as_letter = QRadioButton(self.tr("A letter that you si&gn"))
        self.as_script = QRadioButton(self.tr("A script for a con&versation"))
        self.notice_form = QButtonGroup(self)
        for button in (self.as_letter, self.as_script):
            name_after_text(button)
            self.notice_form.addButton(button)
        self.as_letter.setChecked(True)
        self.addressee_label = paragraph(
            self.tr("The case is about a minor. Whom does it address?")
        )
        self.addressee_buttons = {
            Addressee.YOUNG_PERSON: QRadioButton(self.tr("The &young person")),
            Addressee.PARENTS: QRadioButton(self.tr("T&he parents")),
            Addressee.BOTH: QRadioButton(self.tr("The young person a&nd the parents")),
        }
        self.addressee_group = QButtonGroup(self)
        for button in self.addressee_buttons.values():
            name_after_text(button)
            self.addressee_group.addButton(button)
        # The letter to the mayor (P10): the motivation by its own step; the questions
        # and answers only when chosen.
        self.with_motivation = QCheckBox(
            self.tr("Include my mot&ivation in the letter to the mayor")
        )
        self.with_answers = QCheckBox(self.tr("Also include the &questions and my answers"))
        for box in (self.with_motivation, self.with_answers):
            name_after_text(box)

        self.protect = QCheckBox(self.tr("Protect the PDF with a pass&word"))
        name_after_text(self.protect)
        self.password_error = ErrorLabel()
        # A PDF password is judged by a lower bar than a vault passphrase (it guards one
        # document in transit: vault.strength.PDF_POLICY); generating it is the easy path.
        self.new_password = NewPassphraseFields(
            self.tr("&Password"),
            self.tr("&Repeat password"),
            policy=PDF_POLICY,
            extras=(self.password_error,),
        )
        self.new_password.set_personal_words(
            [*local_personal_words(), *vault_file_words(vault.path), *vault.care.personal_words()]
        )
        self.new_password.filled.connect(self._on_generated)
        self.password_hint = paragraph(
            self.tr(
                "The PDF is then encrypted with AES-256 and opens only with this password. "
                "Tafelboek does not keep the password: give it to the recipient in another "
                "way than the file, for example by phone."
            )
        )
        self.outside = Notice(
            self.tr("This PDF will exist outside the vault"),
            self.tr(
                "Once saved, the file is no longer protected by Tafelboek. Anyone who has "
                "the file can read it, unless it is protected with a password. Keep it "
                "somewhere safe, give it only to whom it is meant for, and delete it when "
                "it is no longer needed."
            ),
        )
        self.save_button = self.primary

        ask_layout = self.body
        ask_layout.addWidget(self.kind_label)
        ask_layout.addWidget(self.kind)
        ask_layout.addWidget(self.description)
        ask_layout.addSpacing(6)
        ask_layout.addWidget(self.subject_label)
        ask_layout.addWidget(self.subject)
        ask_layout.addWidget(self.empty)
        ask_layout.addWidget(self.reveal_label)
        for box in self.reveal_boxes.values():
            ask_layout.addWidget(box)
        ask_layout.addWidget(self.reveal_warning)
        ask_layout.addWidget(self.ltf_note)
        ask_layout.addWidget(self.as_letter)
        ask_layout.addWidget(self.as_script)
        ask_layout.addWidget(self.addressee_label)
        for button in self.addressee_buttons.values():
            ask_layout.addWidget(button)
        ask_layout.addWidget(self.with_motivation)
        ask_layout.addWidget(self.with_answers)
        ask_layout.addSpacing(10)
        ask_layout.addWidget(self.protect)
        indent = QCheckBox().sizeHint().width() - 2  # under the checkbox's text
        self.password_hint.setContentsMargins(indent, 0, 0, 0)
        ask_layout.addWidget(self.password_hint)
        # The fields appear once protection is asked for.
        self.password_fields = QWidget()
        fields = QVBoxLayout(self.password_fields)
        fields.setContentsMargins(indent, 2, 0, 0)
        fields.setSpacing(6)
        fields.addWidget(self.new_password)
        ask_layout.addWidget(self.password_fields)
        ask_layout.addSpacing(10)
        ask_layout.addWidget(self.outside)
        self._finish_body(busy_beside_buttons=True)

        # The short confirmation does not keep the height of the question; the dialog
        # always takes the height its wrapped text needs (also on a small screen, where a
        # plain adjustSize() would squeeze it), and follows as parts show.
        for page in (self.ask_page, self.done_page):
            page.setFixedWidth(PAGE_WIDTH)
        self.pages.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

        self.setTabOrder(self.kind, self.subject)
        previous: QWidget = self.subject
        for box in self.reveal_boxes.values():
            self.setTabOrder(previous, box)
            previous = box
        for widget in (
            self.as_letter,
            self.as_script,
            *self.addressee_buttons.values(),
            self.with_motivation,
            self.with_answers,
        ):
            self.setTabOrder(previous, widget)
            previous = widget
        self.setTabOrder(previous, self.protect)
        self._chain_password_fields()
        self.setTabOrder(self.save_button, self.cancel)

        self.kind.currentIndexChanged.connect(self._show_kind)
        for box in self.reveal_boxes.values():
            box.toggled.connect(lambda _on: self._show_reveal_warning())
        self.subject.currentIndexChanged.connect(self._show_options)
        for button in self.addressee_buttons.values():
            button.toggled.connect(lambda _on: self._update_save())
        self.protect.toggled.connect(self._on_protect_toggled)
        self.new_password.edited.connect(self.password_error.clear_message)
        self.new_password.submitted.connect(self.save)
        self.new_password.renewed.connect(self._chain_password_fields)

        preset = kind is not None
        self.kind_label.setVisible(not preset)
        self.kind.setVisible(not preset)
        self.kind.setCurrentIndex(KINDS.index(kind) if kind is not None else 0)
        self._show_kind()
        self._enable_password_fields()

    # ------------------------------------------------------------------ state
    # The password fields are the NewPassphraseFields' own (renewed there).
    @property
    def password(self) -> QLineEdit:
        return self.new_password.passphrase

    @property
    def repeat(self) -> QLineEdit:
        return self.new_password.repeat

    @property
    def meter(self) -> StrengthMeter:
        return self.new_password.meter

    @property
    def generator(self) -> GeneratedPassphrase:
        return self.new_password.generator

    def current_kind(self) -> DocumentKind:
        return KINDS[max(0, self.kind.currentIndex())]

    def current_subject(self) -> int | None:
        data = self.subject.currentData()
        return int(data) if data is not None else None

    def _show_kind(self) -> None:
        kind = self.current_kind()
        self.title.setText(kind_title(kind) if self._preset else self.tr("Make a document"))
        self.description.setText(kind_description(kind))
        label = subject_label(kind)
        self.subject_label.setText(label)
        self.subject.setAccessibleName(plain_text(label))
        self.subject.clear()
        for choice in self._choices.subjects(kind):
            self.subject.addItem(choice.label, choice.id)
        available = self.subject.count() > 0
        self.subject.setEnabled(available)
        self.subject.setVisible(available)
        self.empty.setText("" if available else nothing_available(kind))
        self.empty.setVisible(not available)
        overview = kind is DocumentKind.MEETING_OVERVIEW
        self.reveal_label.setVisible(overview)
        for box in self.reveal_boxes.values():
            box.setChecked(False)  # never carried over: chosen anew for each export
            box.setVisible(overview)
        self._show_reveal_warning()
        self.with_motivation.setChecked(False)  # the user's own step, each time
        self.with_answers.setChecked(False)
        self.as_letter.setChecked(True)
        self._show_options()

    def _show_options(self) -> None:
        """The choices that belong to the kind and, for a notice, to the decision."""
        kind = self.current_kind()
        ltf = kind is DocumentKind.LTF_RECORD
        self.ltf_note.setVisible(ltf)
        if ltf:
            self.ltf_note.setText(ltf_note_text(self._ltf_document()))
        notice = kind is DocumentKind.NOTICE_TO_PERSON and self.current_subject() is not None
        self.as_letter.setVisible(notice)
        self.as_script.setVisible(notice)
        minor = notice and len(self._addressees()) > 1
        self.addressee_label.setVisible(minor)
        self.addressee_group.setExclusive(False)
        for button in self.addressee_buttons.values():
            button.setChecked(False)  # chosen anew: never assumed
            button.setVisible(minor)
        self.addressee_group.setExclusive(True)
        letter = kind is DocumentKind.REFUSAL_LETTER and self.current_subject() is not None
        self.with_motivation.setVisible(letter)
        self.with_answers.setVisible(letter)
        self.error.clear_message()
        self._update_save()

    def _ltf_document(self) -> LtfDocument:
        try:
            return self._vault.policy.ltf_document_for()
        except VaultError:
            return LtfDocument.OWN_RECORD

    def _addressees(self) -> tuple[Addressee, ...]:
        subject = self.current_subject()
        if subject is None or self.current_kind() is not DocumentKind.NOTICE_TO_PERSON:
            return ()
        try:
            return self._vault.policy.notice_addressees(subject)
        except VaultError:
            return ()

    def addressee(self) -> Addressee | None:
        """Whom the notice addresses: the person, or for a minor the user's choice."""
        options = self._addressees()
        if len(options) == 1:
            return options[0]
        for addressee, button in self.addressee_buttons.items():
            if button.isChecked():
                return addressee
        return None

    def request(self, subject_id: int) -> DocumentRequest:
        """The request for the document as chosen in the dialog."""
        kind = self.current_kind()
        request = request_for(kind, subject_id, ui_language())
        if kind is DocumentKind.MEETING_OVERVIEW:
            request = dataclasses.replace(request, reveal=self.revealed())
        elif kind is DocumentKind.LTF_RECORD:
            request = dataclasses.replace(request, ltf_document=self._ltf_document())
        elif kind is DocumentKind.NOTICE_TO_PERSON:
            request = dataclasses.replace(
                request, script=self.as_script.isChecked(), addressee=self.addressee()
            )
        elif kind is DocumentKind.REFUSAL_LETTER:
            request = dataclasses.replace(
                request,
                with_motivation=self.with_motivation.isChecked(),
                with_answers=self.with_answers.isChecked(),
            )
        return request

    def revealed(self) -> frozenset[RevealedFact]:
        """The facts covered by the secret the user chose to include (overview only)."""
        if self.current_kind() is not DocumentKind.MEETING_OVERVIEW:
            return frozenset()
        return frozenset(f for f, box in self.reveal_boxes.items() if box.isChecked())

    def _show_reveal_warning(self) -> None:
        """Say plainly what the file will reveal, as soon as a fact is ticked (P1)."""
        chosen = self.revealed()
        self.reveal_warning.setVisible(bool(chosen))
        if not chosen:
            self.reveal_warning.body.clear()
            return
        what = {
            RevealedFact.CASE_CODES: self.tr("which cases were discussed (their codes)"),
            RevealedFact.ATTENDANCE: self.tr(
                "who was at the table, and which participant was there for which case — "
                "often enough to tell which school or service knows the young person"
            ),
            RevealedFact.DECISIONS: self.tr(
                "what was decided about them (for example whether an LTF feedback form "
                "was passed on) and who must act"
            ),
        }
        lines = "\n".join(f"• {what[f]}" for f in RevealedFact if f in chosen)
        self.reveal_warning.body.setText(
            self.tr(
                "These facts are covered by the secret of the table. Whoever reads the "
                "file learns:\n%1\nInclude them only if you need them, and keep the file "
                "for your own use."
            ).replace("%1", lines)
        )
        self.reveal_warning.setAccessibleName(self.reveal_warning.title.text())

    def _update_save(self) -> None:
        ready = self.current_subject() is not None and not self._busy
        if self.current_kind() is DocumentKind.NOTICE_TO_PERSON and ready:
            ready = self.addressee() is not None
        self.save_button.setEnabled(ready)
        explanation = "" if self.subject.count() else nothing_available(self.current_kind())
        self.save_button.setAccessibleDescription(explanation)

    def _on_protect_toggled(self, on: bool) -> None:
        self._enable_password_fields()
        if on:
            self.password.setFocus()
        else:
            self.new_password.forget()
            self.password_error.clear_message()

    def _enable_password_fields(self) -> None:
        self.password_fields.setVisible(self.protect.isChecked())
        self.new_password.set_inputs_enabled(self.protect.isChecked() and not self._busy)

    def _chain_password_fields(self) -> None:
        self.new_password.chain(self.protect, self.save_button)

    def _on_generated(self) -> None:
        """A generated password is in both fields (the panel shows it to write down)."""
        self.password_error.clear_message()
        self.save_button.setFocus()

    # ------------------------------------------------------------------ saving
    def submit(self) -> None:
        """The primary button: :meth:`save`."""
        self.save()

    def save(self) -> None:
        """Check the password fields, ask where to save, then make the PDF on the pool."""
        if self._busy or self.current_page() is not self.ask_page:
            return
        subject_id = self.current_subject()
        if subject_id is None:
            return
        password: str | None = None
        if self.protect.isChecked():
            first, second = self.new_password.texts()
            if not first:
                self.password_error.show_message(
                    self.tr("Type a password, or turn off the password protection.")
                )
                self.password.setFocus()
                return
            strength = self.meter.update_for(first)
            if strength is None or not strength.acceptable:
                self.password_error.show_message(
                    self.tr(
                        "This password is too easy to guess for a document that travels. "
                        "Follow the advice under the field, or let Tafelboek generate one."
                    )
                )
                self.password.setFocus()
                return
            if first != second:
                self.password_error.show_message(
                    self.tr("The two passwords differ. Repeat the password exactly.")
                )
                self.new_password.renew("repeat")
                self.repeat.setFocus()
                return
            password = first
        self.password_error.clear_message()
        kind = self.current_kind()
        request = self.request(subject_id)
        try:
            refusal = self._vault.documents.refusal_of(request)
        except VaultError as exc:
            self.error.show_message(failure_message(exc.code))
            return
        if refusal is not None:  # said before a file is chosen, not after
            self.error.show_message(failure_message(refusal))
            return
        local = self._vault.path.parent  # the vault's own folder, if nothing else is local
        chosen = choose_local_save_file(
            self._prompts,
            self,
            self.tr("Save the PDF"),
            default_folder(local) / suggested_file_name(kind, self._ltf_document()),
            PDF_FILTER,
            kind=SaveKind.PDF,
            fallback=local,
        )
        if chosen is None or not self._vault.is_open:
            return  # cancelled (keep what was typed), or locked meanwhile: nothing happened
        # The save dialog asked before replacing a file it returned as is; a name we
        # complete ourselves was never confirmed, so it is never overwritten.
        overwrite = chosen.exists()
        dest = chosen
        if chosen.suffix.lower() != ".pdf":
            dest, overwrite = chosen.with_name(chosen.name + ".pdf"), False
        self.start_export(
            request,
            dest,
            password=password,
            overwrite=overwrite,
        )

    def start_export(
        self,
        request: DocumentRequest,
        dest: Path,
        *,
        password: str | None = None,
        overwrite: bool = False,
    ) -> None:
        """Make the document for ``request`` at ``dest`` on the thread pool.

        :meth:`save` builds the request from the dialog; this is the step after it.
        """
        if self._busy:
            return
        self._password_used = password is not None
        self.new_password.forget()  # new fields: the old ones' undo history held it
        self.set_busy(True)
        self.export_started.emit()  # the window holds the vault before the work starts
        vault = self._vault
        secret: list[str | None] = [password]

        def work(_progress: object) -> object:
            password, secret[0] = secret[0], None  # dropped as soon as it was used
            return vault.documents.export(request, dest, password=password, overwrite=overwrite)

        self._export = self._runner.start(
            work, succeeded=self._on_succeeded, failed=self._on_failed, what="document export"
        )

    def set_busy(self, busy: bool) -> None:
        """Disable input while the PDF is made; the dialog cannot be closed meanwhile."""
        self._busy = busy
        for widget in (self.kind, self.subject, self.protect, self.cancel):
            widget.setEnabled(not busy)
        if not busy:
            self.subject.setEnabled(self.subject.count() > 0)
        self._enable_password_fields()
        self._update_save()
        if busy:
            self.error.clear_message()
            self.busy.start(self.working_text())
        else:
            self.busy.stop()

    def working_text(self) -> str:
        return self.tr("Making the PDF…")

    def _finish_job(self) -> bool:
        """Forget the finished export; False when its result is no longer awaited (locked)."""
        if self._export is None:
            return False
        self._export = None
        self.set_busy(False)
        return True

    def _on_succeeded(self, export_id: object) -> None:
        if not self._finish_job():
            return
        assert isinstance(export_id, int)
        if self._password_used:
            text = self.tr(
                "It opens only with the password you chose; Tafelboek did not keep it. "
                "Give the password to the recipient separately, and delete the file when "
                "it is no longer needed."
            )
        else:
            text = self.tr(
                "Anyone who has the file can read it. Keep it somewhere safe, and delete "
                "it when it is no longer needed."
            )
        text += " " + self.tr("The vault records that this document was made, not where.")
        self.show_outcome(self.tr("The PDF was saved"), text)
        self.exported.emit(export_id)
        self.export_finished.emit()  # last: the window may lock now

    def _on_failed(self, failure: ExportFailure) -> None:
        if not self._finish_job():
            return
        self.error.show_message(failure_message(failure))
        if self.protect.isChecked():
            self.password.setFocus()
        else:
            self.save_button.setFocus()
        self.export_failed.emit(failure)
        self.export_finished.emit()  # last: the window may lock now

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_page() is self.ask_page:
            first: QWidget = self.kind if self.kind.isVisibleTo(self) else self.subject
            if not first.isEnabled():
                first = self.protect
            first.setFocus()

    # ------------------------------------------------------------------ closing
    def close_for_lock(self) -> None:
        """Close at once because the vault is being locked; a late result is ignored."""
        self._export = None
        self._busy = False
        super().reject()

    def _forget_input(self) -> None:
        """Remove what came from the vault and everything typed (P12)."""
        self.new_password.forget()
        self.new_password.set_personal_words([])
        self.password_error.clear_message()
        self.error.clear_message()
        self.subject.clear()
        self.outcome.clear()
