"""Making documents from the client: menu, Ctrl+E, the dialog, the PDF, refusals (P2, P4, P6).

Every window here is opened over a small fictional demo vault (``vault.demo``) on the fast
test KDF; the save dialog is a preset answer into ``tmp_path``.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.errors import DependencyError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.prompts import SavePrompts
from support.waiting import JOB_TIMEOUT_MS, wait_for_clicks
from support.windows import make_context, make_window, seed_vault, unlocked_window

from app.dialogs.documents import (
    KINDS,
    DocumentDialog,
    kind_description,
    kind_title,
    ltf_note_text,
    nothing_available,
    suggested_file_name,
)
from app.platform.i18n import Language, install_translators
from app.window import MainWindow
from app.wording.messages import error_message, refusal_message
from vault import ErrorCode, Vault
from vault.api import Documents
from vault.demo import DemoSpec, build_demo
from vault.documents import DocumentRequest, document_choices
from vault.errors import DiskFull
from vault.exports import list_exports
from vault.model import Answer, Conclusion
from vault.participation import save_assessment
from vault.policy import Addressee, DocumentKind, LtfDocument, Reason

DEMO_SPEC = DemoSpec(cells=1, years=1, meetings=8, cases=4, notes=80)
"""Small, yet with feedback, dossier releases, an agreed and a refused LTF form, and an
allowed decision to inform the person (seed 2026). No participation assessment."""

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "app" / "assets" / "i18n" / "tafelboek_nl_BE.ts"


"""A mnemonic clicks with an animation: the button toggles after it."""

PDF_PASSWORD = "otter bakt wafels in de vuurtoren"
"""Strong enough for a PDF (vault.strength.PDF_POLICY), not for a vault."""


def _window(
    qtbot: QtBot,
    tmp_path: Path,
    prompts: SavePrompts,
    *,
    demo: bool = True,
    prepare: Callable[[Vault], object] | None = None,
) -> MainWindow:
    context = make_context(tmp_path / "vaults", prompts=prompts)

    def fill(vault: Vault) -> None:
        if demo:
            build_demo(vault, DEMO_SPEC)
        if prepare is not None:
            prepare(vault)

    seed_vault(context, fill)
    return unlocked_window(qtbot, context)


def _ctrl_e(qtbot: QtBot, window: MainWindow) -> DocumentDialog:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.document_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _open_kind(qtbot: QtBot, window: MainWindow, kind: DocumentKind) -> DocumentDialog:
    window.document_actions[kind].trigger()
    dialog = window.document_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _save(qtbot: QtBot, dialog: DocumentDialog) -> None:
    """Press Save and wait until the document was written."""
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _pdf_text(path: Path, password: str | None = None) -> str:
    source: Path | io.BytesIO = path
    if password is not None:
        # pypdf needs the optional ``cryptography`` package for AES; pikepdf decrypts.
        with pikepdf.open(path, password=password) as pdf:
            source = io.BytesIO()
            pdf.save(source)
    reader = PdfReader(source)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _pypdf_sees_encryption(path: Path) -> bool:
    """pypdf's ``is_encrypted``; reading AES at all needs the optional ``cryptography``
    package, which the lock file does not hold: pypdf then says so while opening."""
    try:
        return PdfReader(path).is_encrypted
    except DependencyError as exc:
        return "AES" in str(exc)


def _person_name(vault: Vault, person_id: int) -> str:
    return str(vault.query("SELECT name FROM person WHERE id = ?", (person_id,))[0][0])


# ----------------------------------------------------------------------- the menu
def test_documents_menu_lists_every_kind_and_works_only_while_unlocked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    menu = window.documents_menu
    assert menu.title() == "&Documents"
    assert menu.menuAction().isEnabled()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Make a &document…"] + [window.document_actions[k].text() for k in KINDS]
    assert window.make_document_action.shortcut().toString() == "Ctrl+E"
    assert all(a.isEnabled() for a in menu.actions())
    assert len(window.document_actions) == len(DocumentKind) == 6

    with qtbot.waitSignal(window.vault_locked, timeout=2000):
        qtbot.keyClick(window.notebook.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not menu.menuAction().isEnabled()
    assert not window.make_document_action.isEnabled()
    assert not any(a.isEnabled() for a in window.document_actions.values())
    # Ctrl+E on the unlock form does nothing.
    qtbot.keyClick(window.unlock_form.passphrase, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.document_dialog is None
    window.open_document_dialog()  # also not when called directly
    assert window.document_dialog is None


def test_menu_is_disabled_before_any_vault_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, make_context(tmp_path, prompts=SavePrompts()))
    assert not window.documents_menu.menuAction().isEnabled()
    assert not window.make_document_action.isEnabled()


def test_ctrl_e_opens_the_dialog_with_the_kind_to_choose(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _ctrl_e(qtbot, window)
    assert dialog.windowTitle() == "Tafelboek"
    assert dialog.kind.isVisible() and dialog.kind.count() == len(KINDS)
    assert dialog.kind.hasFocus()
    assert dialog.current_kind() is DocumentKind.FEEDBACK_SHEET
    assert dialog.title.text() == "Make a document"
    for index, kind in enumerate(KINDS):
        dialog.kind.setCurrentIndex(index)
        assert dialog.kind.currentText() == kind_title(kind)
        assert dialog.description.text() == kind_description(kind)
        assert dialog.current_kind() is kind
    # A second Ctrl+E does not open a second dialog.
    window.open_document_dialog()
    assert window.document_dialog is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.document_dialog is None
    assert window.focusWidget() is window.notebook.editor


@pytest.mark.parametrize("kind", KINDS)
def test_each_menu_action_opens_the_dialog_for_its_kind(
    kind: DocumentKind, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _open_kind(qtbot, window, kind)
    assert dialog.current_kind() is kind
    assert not dialog.kind.isVisible()  # preset: nothing to choose
    assert dialog.title.text() == kind_title(kind)
    vault = window.vault.store
    assert vault is not None
    expected = document_choices(vault).subjects(kind)
    assert dialog.subject.count() == len(expected)
    assert dialog.save_button.isEnabled() == bool(expected)
    dialog.reject()


# ----------------------------------------------------------------------- making PDFs
def test_feedback_sheet_is_saved_as_a_pdf_for_the_chosen_colleague(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "out" / "terugkoppeling.pdf"
    dest.parent.mkdir()
    prompts = SavePrompts(dest)
    window = _window(qtbot, tmp_path, prompts)
    vault = window.vault.store
    assert vault is not None
    threads: list[threading.Thread] = []
    real = Documents.export

    def recording(*args: Any, **kwargs: Any) -> int:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(Documents, "export", recording)
    dialog = _ctrl_e(qtbot, window)
    # Keyboard only: the kind list has focus; Tab to the colleague, then Save.
    assert dialog.kind.hasFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert dialog.subject.hasFocus()
    assert dialog.subject.count() >= 1
    colleague_id = dialog.current_subject()
    assert colleague_id is not None
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS) as done:
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)

    # Written on a pool thread, never on the GUI thread.
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert dest.read_bytes().startswith(b"%PDF")
    assert _person_name(vault, colleague_id) in _pdf_text(dest)
    # Asked once, with a neutral name and the PDF filter.
    [(title, suggested, name_filter)] = prompts.save_asked
    assert title == "Save the PDF"
    assert suggested.name == suggested_file_name(DocumentKind.FEEDBACK_SHEET) == "feedback.pdf"
    assert name_filter == "PDF (*.pdf)"
    # The vault recorded the export (never the path).
    [record] = list_exports(vault)
    assert record.id == done.args[0]
    assert record.kind == DocumentKind.FEEDBACK_SHEET.value
    assert record.recipient_id == colleague_id
    # A short confirmation; nothing of the path or the colleague in it or in any title.
    assert dialog.current_page() is dialog.done_page
    assert dialog.close_button.hasFocus()
    shown = dialog.outcome.text() + dialog.done_title.text()
    assert str(dest.parent) not in shown and dest.name not in shown
    assert _person_name(vault, colleague_id) not in shown
    assert {w.windowTitle() for w in QApplication.topLevelWidgets()} <= {"Tafelboek", ""}
    assert not window.is_busy and window.notebook.isEnabled()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert window.document_dialog is None


@pytest.mark.parametrize("kind", [k for k in KINDS if k is not DocumentKind.REFUSAL_LETTER])
def test_every_kind_with_a_subject_makes_a_pdf(
    kind: DocumentKind, qtbot: QtBot, tmp_path: Path
) -> None:
    dest = tmp_path / "document.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    dialog = _open_kind(qtbot, window, kind)
    assert dialog.save_button.isEnabled(), kind
    _save(qtbot, dialog)
    assert dest.read_bytes()[:4] == b"%PDF"
    assert not PdfReader(dest).is_encrypted


def test_a_name_without_pdf_suffix_gets_one_and_overwrites_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    chosen = tmp_path / "brief"
    existing = tmp_path / "brief.pdf"
    existing.write_bytes(b"mine")
    window = _window(qtbot, tmp_path, SavePrompts(chosen))
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    with qtbot.waitSignal(dialog.export_failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert failed.args == [ErrorCode.EXISTS]
    assert existing.read_bytes() == b"mine" and not chosen.exists()
    assert "nothing was overwritten" in dialog.error.text()
    assert dialog.current_page() is dialog.ask_page and dialog.save_button.isEnabled()


def test_a_file_the_save_dialog_confirmed_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    dest = tmp_path / "overzicht.pdf"
    dest.write_bytes(b"old")
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    _save(qtbot, dialog)
    assert dest.read_bytes()[:4] == b"%PDF"


def test_cancelling_the_save_dialog_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    prompts = SavePrompts(None)
    window = _window(qtbot, tmp_path, prompts)
    dialog = _open_kind(qtbot, window, DocumentKind.FEEDBACK_SHEET)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(prompts.save_asked) == 1
    assert not window.is_busy and dialog.current_page() is dialog.ask_page
    assert window.vault is not None and list_exports(window.vault.store) == []


# ----------------------------------------------------------------------- passwords
def test_password_protected_pdf_is_encrypted_and_the_fields_are_emptied(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dest = tmp_path / "beveiligd.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    vault = window.vault.store
    assert vault is not None
    dialog = _open_kind(qtbot, window, DocumentKind.FEEDBACK_SHEET)
    colleague_id = dialog.current_subject()
    assert colleague_id is not None
    assert not dialog.password.isEnabled()
    dialog.protect.setFocus()
    qtbot.keyClick(dialog.protect, Qt.Key.Key_Space)
    assert dialog.protect.isChecked() and dialog.password.isEnabled()
    assert dialog.password.hasFocus()
    assert "AES-256" in dialog.password_hint.text()
    assert "does not keep the password" in dialog.password_hint.text()
    qtbot.keyClicks(dialog.password, PDF_PASSWORD)
    qtbot.keyClicks(dialog.repeat, PDF_PASSWORD)
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    assert dialog.password.text() == "" and dialog.repeat.text() == ""
    assert _pypdf_sees_encryption(dest)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(dest)
    with pikepdf.open(dest, password=PDF_PASSWORD) as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.bits == 256 and pdf.encryption.R == 6  # AES-256
        assert pdf.encryption.stream_method.name == "aesv3"
    assert _person_name(vault, colleague_id) in _pdf_text(dest, PDF_PASSWORD)
    assert "password" in dialog.outcome.text()


def test_password_mismatch_is_shown_inline_and_nothing_is_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dest = tmp_path / "nooit.pdf"
    prompts = SavePrompts(dest)
    window = _window(qtbot, tmp_path, prompts)
    dialog = _open_kind(qtbot, window, DocumentKind.FEEDBACK_SHEET)
    dialog.protect.setChecked(True)
    qtbot.keyClicks(dialog.password, PDF_PASSWORD)
    qtbot.keyClicks(dialog.repeat, "een ander")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    assert dialog.password_error.isVisible()
    assert dialog.password_error.text() == "The two passwords differ. Repeat the password exactly."
    assert dialog.repeat.text() == "" and dialog.repeat.hasFocus()
    assert prompts.save_asked == []  # not even asked where to save
    assert not dest.exists() and not window.is_busy
    # Typing again clears the message; an empty password is refused too.
    qtbot.keyClicks(dialog.repeat, "x")
    assert not dialog.password_error.isVisible()
    dialog.password.clear()
    dialog.repeat.clear()
    dialog.save()
    assert "Type a password" in dialog.password_error.text()
    assert prompts.save_asked == [] and not dest.exists()
    # Turning the protection off forgets the fields.
    qtbot.keyClicks(dialog.password, "weg")
    dialog.protect.setChecked(False)
    assert dialog.password.text() == "" and not dialog.password.isEnabled()
    assert not dialog.password_error.isVisible()


# ----------------------------------------------------------------------- nothing to choose
def test_no_subject_means_no_save_and_a_plain_explanation(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts(), demo=False)
    dialog = _ctrl_e(qtbot, window)
    for index, kind in enumerate(KINDS):
        dialog.kind.setCurrentIndex(index)
        assert dialog.subject.count() == 0 and not dialog.subject.isVisible()
        assert not dialog.save_button.isEnabled()
        assert dialog.empty.isVisible()
        assert dialog.empty.text() == nothing_available(kind)
        assert dialog.save_button.accessibleDescription() == nothing_available(kind)
    dialog.kind.setCurrentIndex(0)
    assert dialog.empty.text() == "Nothing has been released yet for a colleague you represent."
    dialog.save()  # even when called directly
    assert not window.is_busy


def test_the_demo_has_no_assessment_so_no_motivation_letter(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _open_kind(qtbot, window, DocumentKind.REFUSAL_LETTER)
    assert not dialog.save_button.isEnabled()
    assert dialog.empty.text() == nothing_available(DocumentKind.REFUSAL_LETTER)


def test_p10_a_recorded_assessment_becomes_a_letter_by_the_users_own_steps(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The motivation enters the letter by its own step; a decline letter without it is
    refused with a clear message before a file is chosen; the questions and answers are
    the user's choice, off by default (P10, review C10)."""

    def assess(vault: Vault) -> None:
        cell_id = int(vault.query("SELECT min(id) FROM cell")[0][0])
        save_assessment(
            vault,
            cell_id,
            {"trust": Answer.NO},
            Conclusion.DECLINE,
            "Er is geen vertrouwen KANLETTER.",
        )

    dest = tmp_path / "motivering.pdf"
    prompts = SavePrompts(dest)
    window = _window(qtbot, tmp_path, prompts, prepare=assess)
    dialog = _open_kind(qtbot, window, DocumentKind.REFUSAL_LETTER)
    assert dialog.subject.count() == 1 and dialog.save_button.isEnabled()
    assert dialog.with_motivation.isVisibleTo(dialog) and dialog.with_answers.isVisibleTo(dialog)
    assert not dialog.with_motivation.isChecked() and not dialog.with_answers.isChecked()
    assert dialog.with_motivation.text() == "Include my mot&ivation in the letter to the mayor"
    dialog.save()
    assert dialog.error.text() == refusal_message(Reason.MOTIVATION_REQUIRED)
    assert prompts.save_asked == [] and not dest.exists()  # said before a file is chosen
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    wait_for_clicks(qtbot)
    assert dialog.with_motivation.isChecked()
    _save(qtbot, dialog)
    text = _pdf_text(dest)
    assert "KANLETTER" in text and "Motivation" in text  # the UI's language
    assert "enough trust" not in text  # the questions and answers: only when chosen


def test_p6_the_dialog_says_which_ltf_document_the_user_makes(qtbot: QtBot, tmp_path: Path) -> None:
    dest = tmp_path / "verslag.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    dialog = _open_kind(qtbot, window, DocumentKind.LTF_RECORD)
    assert dialog.ltf_note.isVisibleTo(dialog)
    assert dialog.ltf_note.text() == ltf_note_text(LtfDocument.OWN_RECORD)
    assert "Only the information officer makes the outgoing feedback form" in (
        dialog.ltf_note.text()
    )
    _save(qtbot, dialog)
    text = " ".join(_pdf_text(dest).split())
    assert "Own record of the consensus on a feedback form" in text  # the UI's language
    assert "For: Local Task Force" not in text and "For own use" in text
    dialog.accept()


def test_p7_a_notice_about_a_minor_waits_for_the_addressee(qtbot: QtBot, tmp_path: Path) -> None:
    def minor(vault: Vault) -> None:
        choices = document_choices(vault).inform_decisions
        assert choices, "the demo spec should hold an allowed informing decision"
        with vault.transaction() as db:
            db.execute(
                "UPDATE casus SET subject_is_minor = 1 WHERE id = (SELECT i.case_id FROM"
                " decision d JOIN agenda_item i ON i.id = d.agenda_item_id WHERE d.id = ?)",
                (choices[0].id,),
            )

    dest = tmp_path / "gesprek.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest), prepare=minor)
    dialog = _open_kind(qtbot, window, DocumentKind.NOTICE_TO_PERSON)
    assert dialog.as_letter.isChecked() and dialog.as_script.isVisibleTo(dialog)
    assert dialog.addressee_label.isVisibleTo(dialog)
    assert not any(b.isChecked() for b in dialog.addressee_buttons.values())
    assert not dialog.save_button.isEnabled()  # whom it addresses is never assumed
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # T&he parents
    wait_for_clicks(qtbot)
    assert dialog.addressee() is Addressee.PARENTS and dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # con&versation
    wait_for_clicks(qtbot)
    assert dialog.as_script.isChecked()
    _save(qtbot, dialog)
    text = " ".join(_pdf_text(dest).split())
    assert "Conversation with the parents" in text and "What you say" in text


# ----------------------------------------------------------------------- refusals and errors
def _refused_ltf_decision(vault: Vault) -> int:
    rows = vault.query(
        "SELECT id FROM decision WHERE kind = 'ltf_form' AND outcome != 'agreed' ORDER BY id"
    )
    assert rows, "the demo spec should hold an LTF form without consensus"
    return int(rows[0][0])


def test_only_agreed_ltf_forms_are_offered(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    vault = window.vault.store
    assert vault is not None
    refused = _refused_ltf_decision(vault)
    dialog = _open_kind(qtbot, window, DocumentKind.LTF_RECORD)
    offered = [dialog.subject.itemData(i) for i in range(dialog.subject.count())]
    assert offered and refused not in offered


def test_a_refusal_by_the_policy_is_worded(qtbot: QtBot, tmp_path: Path) -> None:
    dest = tmp_path / "fiche.pdf"
    window = _window(qtbot, tmp_path, SavePrompts())
    vault = window.vault.store
    assert vault is not None
    dialog = _open_kind(qtbot, window, DocumentKind.LTF_RECORD)
    request = DocumentRequest(DocumentKind.LTF_RECORD, decision_id=_refused_ltf_decision(vault))
    with qtbot.waitSignal(dialog.export_failed, timeout=JOB_TIMEOUT_MS) as failed:
        dialog.start_export(request, dest)
    assert failed.args == [Reason.NO_CONSENSUS]
    assert dialog.error.isVisible()
    assert dialog.error.text() == refusal_message(Reason.NO_CONSENSUS)
    assert not dest.exists() and list_exports(vault) == []
    assert dialog.current_page() is dialog.ask_page and not dialog.is_busy
    assert not window.is_busy and window.notebook.isEnabled()


def test_a_vault_error_is_worded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> int:
        raise DiskFull("disk is full")

    monkeypatch.setattr(Documents, "export", disk_full)
    window = _window(qtbot, tmp_path, SavePrompts(tmp_path / "vol.pdf"))
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    with qtbot.waitSignal(dialog.export_failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert failed.args == [ErrorCode.DISK_FULL]
    assert dialog.error.text() == error_message(ErrorCode.DISK_FULL)


def test_an_unexpected_failure_is_worded_and_logs_no_values(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    dest = tmp_path / "geheim-J-17.pdf"
    message = f"could not write {dest} for Casus J-17"

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError(message)  # the traceback's source line holds no value

    monkeypatch.setattr(Documents, "export", broken)
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    with qtbot.waitSignal(dialog.export_failed, timeout=JOB_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert failed.args == [None]
    assert dialog.error.text() == error_message(None)
    assert "J-17" not in caplog.text and str(tmp_path) not in caplog.text
    assert "RuntimeError" in caplog.text


# ----------------------------------------------------------------------- the vault is held
def test_while_a_pdf_is_written_the_vault_is_held_and_locking_waits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Event()
    real = Documents.export

    def slow(*args: Any, **kwargs: Any) -> int:
        started.set()
        if not release.wait(JOB_TIMEOUT_MS / 1000):
            raise TimeoutError("the test never released the export")
        return real(*args, **kwargs)

    monkeypatch.setattr(Documents, "export", slow)
    dest = tmp_path / "overzicht.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    vault = window.vault.store
    assert vault is not None
    qtbot.keyClicks(window.notebook.editor, " nog getypt")
    assert window.notebook.has_unsaved_changes()
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert started.wait(JOB_TIMEOUT_MS / 1000)

    assert dialog.is_busy and window.is_busy
    assert dialog.busy.isVisible() and dialog.busy.status.text() == "Making the PDF…"
    assert not dialog.save_button.isEnabled() and not dialog.cancel.isEnabled()
    assert not window.notebook.has_unsaved_changes()  # saved before the work started
    assert not window.notebook.isEnabled()
    assert not window.make_document_action.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # cannot be closed halfway
    window.lock()  # e.g. a lock on idle: it waits for the file instead of cutting it off
    assert window.vault is not None and window.vault.store is vault and vault.is_open

    with qtbot.waitSignal(window.vault_locked, timeout=JOB_TIMEOUT_MS):
        release.set()
    assert not vault.is_open
    assert dest.read_bytes()[:4] == b"%PDF"
    assert window.document_dialog is None
    assert not window.is_busy and window.notebook.isEnabled()
    assert not window.make_document_action.isEnabled()  # locked now


def test_closing_the_window_while_a_pdf_is_written_waits_and_closes_the_vault(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Event()
    real = Documents.export

    def slow(*args: Any, **kwargs: Any) -> int:
        started.set()
        if not release.wait(JOB_TIMEOUT_MS / 1000):
            raise TimeoutError("the test never released the export")
        return real(*args, **kwargs)

    monkeypatch.setattr(Documents, "export", slow)
    dest = tmp_path / "overzicht.pdf"
    window = _window(qtbot, tmp_path, SavePrompts(dest))
    vault = window.vault.store
    assert vault is not None
    dialog = _open_kind(qtbot, window, DocumentKind.MEETING_OVERVIEW)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert started.wait(JOB_TIMEOUT_MS / 1000)
    threading.Timer(0.2, release.set).start()
    window.close()  # waits for the file, then locks
    assert not vault.is_open
    assert dest.read_bytes()[:4] == b"%PDF"
    qtbot.wait(50)  # the job's queued result arrives at a dialog that no longer waits
    assert not window.is_busy and window.document_dialog is None


def test_locking_closes_an_open_dialog_and_wipes_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _open_kind(qtbot, window, DocumentKind.FEEDBACK_SHEET)
    assert dialog.subject.count() > 0
    dialog.protect.setChecked(True)
    qtbot.keyClicks(dialog.password, "geheim")
    window.lock()
    assert window.document_dialog is None
    assert not dialog.isVisible()
    assert dialog.subject.count() == 0 and dialog.password.text() == ""


# ----------------------------------------------------------------------- accessibility
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox)


def test_every_control_is_named_and_labelled(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _ctrl_e(qtbot, window)
    assert dialog.accessibleName() == "Make a document"
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    assert len(controls) >= 7
    assert [type(w).__name__ for w in controls if not w.accessibleName().strip()] == []
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in controls:
        if isinstance(widget, QLineEdit | QComboBox):
            assert id(widget) in buddies, widget.accessibleName()
    assert dialog.subject.accessibleName() == "Colleague"
    dialog.kind.setCurrentIndex(KINDS.index(DocumentKind.DOSSIER_EXTRACT))
    assert dialog.subject.accessibleName() == "Case"
    assert dialog.protect.accessibleName() == "Protect the PDF with a password"
    assert dialog.save_button.accessibleName() == "Save…"
    assert window.documents_menu.menuAction().text() == "&Documents"


def test_tab_order_runs_from_kind_to_save(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _ctrl_e(qtbot, window)
    dialog.protect.setChecked(True)
    dialog.kind.setFocus()
    path: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in range(7):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())
    assert path == [
        dialog.kind,
        dialog.subject,
        dialog.protect,
        dialog.password,
        dialog.repeat,
        dialog.generator.button,
        dialog.save_button,
        dialog.cancel,
    ]


def test_label_mnemonics_reach_their_fields(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, SavePrompts())
    dialog = _ctrl_e(qtbot, window)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.subject
    qtbot.keyClick(dialog.subject, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.kind


# ----------------------------------------------------------------------- wording


def _in_dutch(qapp: QApplication, compiled_dir: Path, words: Callable[[], str]) -> str:
    previous = QLocale()
    translators = install_translators(qapp, Language.DUTCH, compiled_dir)
    try:
        return words()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_every_policy_reason_has_its_own_english_and_dutch_sentence(
    qapp: QApplication, compiled_dir: Path
) -> None:
    english = {r: refusal_message(r) for r in Reason}
    dutch_text = {r: _in_dutch(qapp, compiled_dir, lambda r=r: refusal_message(r)) for r in Reason}
    for reason in Reason:
        assert len(english[reason]) > 25 and english[reason].endswith("."), reason
        assert len(dutch_text[reason]) > 25 and dutch_text[reason].endswith("."), reason
        assert dutch_text[reason] != english[reason], reason
    assert len(set(english.values())) == len(Reason)
    assert len(set(dutch_text.values())) == len(Reason)


def test_the_client_speaks_dutch_and_the_document_follows(
    qtbot: QtBot, tmp_path: Path, dutch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    requests: list[DocumentRequest] = []
    real = Documents.export

    def recording(vault: Vault, request: DocumentRequest, *args: Any, **kwargs: Any) -> int:
        requests.append(request)
        return real(vault, request, *args, **kwargs)

    monkeypatch.setattr(Documents, "export", recording)
    dest = tmp_path / "terugkoppeling.pdf"
    prompts = SavePrompts(dest)
    window = _window(qtbot, tmp_path, prompts)
    assert window.documents_menu.title() == "&Documenten"
    assert [window.document_actions[k].text().replace("&", "") for k in KINDS] == [
        "Terugkoppeling voor collega…",
        "Uittreksel eigen dossier…",
        "Motivering deelname / weigering…",
        "Kennisgeving aan de betrokkene…",
        "Terugkoppelingsfiche LTF…",
        "Overzicht overleg (eigen gebruik)…",
    ]
    dialog = _open_kind(qtbot, window, DocumentKind.FEEDBACK_SHEET)
    assert dialog.windowTitle() == "Tafelboek"
    assert dialog.outside.title.text() == "Dit PDF-bestand komt buiten de kluis te staan"
    _save(qtbot, dialog)
    assert prompts.save_asked[0][1].name == "terugkoppeling.pdf"
    assert requests[0].language == "nl"
    assert "Terugkoppeling" in _pdf_text(dest)


def test_the_nothing_available_sentence_reads_as_agreed_in_dutch(
    qapp: QApplication, compiled_dir: Path
) -> None:
    text = _in_dutch(qapp, compiled_dir, lambda: nothing_available(DocumentKind.FEEDBACK_SHEET))
    assert text == "Er is nog niets vrijgegeven voor een collega die je vertegenwoordigt."


def test_suggested_file_names_are_neutral(qapp: QApplication, compiled_dir: Path) -> None:
    for kind in KINDS:
        for name in (
            suggested_file_name(kind),
            _in_dutch(qapp, compiled_dir, lambda k=kind: suggested_file_name(k)),
        ):
            assert name.endswith(".pdf")
            assert name.replace("-", "").removesuffix(".pdf").isalpha(), name


def test_p6_the_own_record_is_not_saved_under_the_forms_name(
    qapp: QApplication, compiled_dir: Path
) -> None:
    """Xvfb walk: the own record of a consensus was offered as "terugkoppelingsfiche.pdf"."""
    own = _in_dutch(
        qapp,
        compiled_dir,
        lambda: suggested_file_name(DocumentKind.LTF_RECORD, LtfDocument.OWN_RECORD),
    )
    outgoing = _in_dutch(
        qapp,
        compiled_dir,
        lambda: suggested_file_name(DocumentKind.LTF_RECORD, LtfDocument.OUTGOING),
    )
    assert own == "eigen-verslag-consensus.pdf"
    assert outgoing == "terugkoppelingsfiche.pdf"
